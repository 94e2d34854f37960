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
    auto ready = [&](int t) { return t >= 0 && !values[t].empty(); };
    if (!ready(source))
      return Error{fmt::format("{}: {}: input not computed", g.name, g.describe(n))};
    bool ok = true;
    std::visit(
        [&](const auto &p) {
          using T = std::decay_t<decltype(p)>;
          if constexpr (std::is_same_v<T, Alias>)
            out = values[p.source];
          else if constexpr (std::is_same_v<T, ops::Conv2DParams>)
            ops::reference::conv2D(p, i8(source), o);
          else if constexpr (std::is_same_v<T, ops::PointwiseConv2DParams>)
            ops::reference::pointwiseConv2D(p, i8(source), o);
          else if constexpr (std::is_same_v<T, ops::DepthwiseConv2DParams>)
            ops::reference::depthwiseConv2D(p, i8(source), o);
          else if constexpr (std::is_same_v<T, ops::FullyConnectedParams>)
            ops::reference::fullyConnected(p, i8(source), o);
          else if constexpr (std::is_same_v<T, ops::AddParams>) {
            if (!ready(n.inputs[1]))
              ok = false;
            else
              ops::reference::add(p, i8(n.inputs[0]), i8(n.inputs[1]), o);
          } else if constexpr (std::is_same_v<T, ops::AveragePool2DParams>)
            ok = ops::reference::averagePool2D(p, i8(source), o);
          else if constexpr (std::is_same_v<T, ops::SoftmaxParams>)
            ops::reference::softmax(p, i8(source), o);
          else if constexpr (std::is_same_v<T, ops::PadParams>)
            ops::reference::pad(p, i8(source), o);
          else if constexpr (std::is_same_v<T, ops::RequantizeParams>)
            ops::reference::requantize(p, values[source].data(), out.data());
          else
            static_assert(std::is_same_v<T, ShapeOnly>, "every lowered op has a reference");
        },
        *lowered);
    if (!ok)
      return Error{fmt::format("{}: {}: the reference kernel failed", g.name, g.describe(n))};
    values[outT] = std::move(out);
  }
  if (values[g.outputs[0]].empty())
    return Error{fmt::format("{}: the output was never computed", g.name)};
  return values[g.outputs[0]];
}

} // namespace loom::graph
