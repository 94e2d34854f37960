// Whole-graph execution with the reference kernels, tensor by tensor in node order.
#include "loom/graph/ReferenceExecutor.h"

#include "loom/graph/Lowering.h"
#include "loom/ops/Reference.h"

#include <fmt/format.h>

namespace loom::graph {

Expected<std::vector<uint8_t>> runReference(const Graph &g, const std::vector<uint8_t> &input) {
  if (g.inputs.size() != 1 || g.outputs.empty())
    return Error{fmt::format("{}: only single-input models are supported", g.name)};
  std::vector<std::vector<uint8_t>> values(g.tensors.size());
  const Tensor &in = g.tensors[g.inputs[0]];
  if (static_cast<int64_t>(input.size()) != in.byteSize())
    return Error{fmt::format("{}: input '{}' needs {} bytes, got {}", g.name, in.name,
                             in.byteSize(), input.size())};
  values[g.inputs[0]] = input;
  auto i8 = [&](int t) { return reinterpret_cast<const int8_t *>(values[t].data()); };
  for (const Node &n : g.nodes) {
    int source = -1;
    auto lowered = lowerNode(g, n, source);
    if (!lowered)
      return lowered.error();
    if (std::holds_alternative<ShapeOnly>(*lowered))
      continue; // nothing to compute: RESHAPE reads its shape from its output tensor
    const int outT = n.outputs[0];
    std::vector<uint8_t> out(static_cast<size_t>(g.tensors[outT].byteSize()));
    auto *o = reinterpret_cast<int8_t *>(out.data());
    const std::vector<int> inputs = kernelInputs(n, *lowered, source);
    for (int t : inputs)
      if (t < 0 || values[t].empty())
        return Error{fmt::format("{}: {}: input not computed", g.name, g.describe(n))};
    const int8_t *x = i8(inputs[0]);
    const int8_t *second = inputs.size() > 1 ? i8(inputs[1]) : nullptr;
    auto f32 = [](std::vector<uint8_t> &v) { return reinterpret_cast<float *>(v.data()); };
    bool ok = true;
    std::visit(
        [&](const auto &p) {
          using T = std::decay_t<decltype(p)>;
          namespace ref = ops::reference;
          if constexpr (std::is_same_v<T, Alias>)
            out = values[p.source];
          else if constexpr (std::is_same_v<T, ops::Conv2DParams>)
            ref::conv2D(p, x, o);
          else if constexpr (std::is_same_v<T, ops::PointwiseConv2DParams>)
            ref::pointwiseConv2D(p, x, o);
          else if constexpr (std::is_same_v<T, ops::DepthwiseConv2DParams>)
            ref::depthwiseConv2D(p, x, o);
          else if constexpr (std::is_same_v<T, ops::FullyConnectedParams>)
            ref::fullyConnected(p, x, o);
          else if constexpr (std::is_same_v<T, ops::AddParams>)
            ref::add(p, x, second, o);
          else if constexpr (std::is_same_v<T, ops::MulParams>)
            ref::mul(p, x, second, o);
          else if constexpr (std::is_same_v<T, ops::AveragePool2DParams>)
            ok = ref::averagePool2D(p, x, o);
          else if constexpr (std::is_same_v<T, ops::MaxPool2DParams>)
            ref::maxPool2D(p, x, o);
          else if constexpr (std::is_same_v<T, ops::MeanParams>)
            ref::mean(p, x, o);
          else if constexpr (std::is_same_v<T, ops::SoftmaxParams>)
            ref::softmax(p, x, o);
          else if constexpr (std::is_same_v<T, ops::PadParams>)
            ref::pad(p, x, o);
          else if constexpr (std::is_same_v<T, ops::RequantizeParams>)
            ref::requantize(p, values[inputs[0]].data(), out.data());
          else if constexpr (std::is_same_v<T, ops::TransposeParams>)
            ref::transpose(p, x, o);
          else if constexpr (std::is_same_v<T, ops::ResizeNearestParams>)
            ref::resizeNearest(p, x, o);
          else if constexpr (std::is_same_v<T, ops::QuantizeFloatParams>)
            ref::quantizeFloat(p, f32(values[inputs[0]]), out.data());
          else if constexpr (std::is_same_v<T, ops::DequantizeParams>)
            ref::dequantize(p, values[inputs[0]].data(), f32(out));
          else if constexpr (std::is_same_v<T, ops::LogSoftmaxFloatParams>)
            ref::logSoftmaxFloat(p, f32(values[inputs[0]]), f32(out));
          else
            static_assert(std::is_same_v<T, ShapeOnly>, "every lowered op has a reference");
        },
        *lowered);
    if (!ok)
      return Error{fmt::format("{}: {}: the reference kernel failed", g.name, g.describe(n))};
    values[outT] = std::move(out);
  }
  // The outputs one after another, in the model's output order (as the executor lays them out).
  std::vector<uint8_t> outputs;
  for (int t : g.outputs) {
    if (values[t].empty())
      return Error{fmt::format("{}: output '{}' was never computed", g.name, g.tensors[t].name)};
    outputs.insert(outputs.end(), values[t].begin(), values[t].end());
  }
  return outputs;
}

} // namespace loom::graph
