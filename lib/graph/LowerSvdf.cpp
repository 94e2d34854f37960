// SVDF -> ops::SvdfParams with TensorFlow Lite Micro's integer rules (svdf_common.cc PrepareSvdf):
// int8 input and feature weights, int16 time weights and state, int32 bias, int8 output; the two
// multipliers from float products of the scales, taken to double.
#include "LoweringParts.h"
#include "loom/ops/Svdf.h"

#include <fmt/format.h>

#include <cmath>

namespace loom::graph::detail {

namespace {
// The SVDF's operand positions (TFLite's kSvdf*Tensor numbering).
constexpr int kInput = 0, kFeatureWeights = 1, kTimeWeights = 2, kBias = 3, kState = 4;
} // namespace

Expected<LoweredNode> lowerSvdf(const Graph &g, const Node &n) {
  const int rank = std::get<SvdfOptions>(n.options).rank;
  const int in = operand(n, kInput), wf = operand(n, kFeatureWeights),
            wt = operand(n, kTimeWeights), b = operand(n, kBias), st = operand(n, kState);
  if (in < 0 || wf < 0 || wt < 0 || st < 0 || n.outputs.empty() || n.outputs[0] < 0)
    return fail(g, n, "the input, a weight tensor, the state or the output is missing").error();
  for (auto [t, what] : {std::pair{in, "input"}, {n.outputs[0], "output"}})
    if (auto s = checkInt8(g, n, t, what); !s)
      return s.error();
  const Tensor &input = g.tensors[in], &output = g.tensors[n.outputs[0]];
  const Tensor &featureW = g.tensors[wf], &timeW = g.tensors[wt], &state = g.tensors[st];
  if (state.type != DataType::Int16 || !state.variable)
    return fail(g, n,
                fmt::format("state '{}' is {}{}; only a variable INT16 state is supported",
                            state.name, name(state.type), state.variable ? "" : " (not variable)"))
        .error();
  if (input.shape.size() != 2 || input.shape[0] != 1)
    return fail(g, n,
                fmt::format("input '{}' is not [1, features] (only batch 1 is supported)",
                            input.name))
        .error();
  if (featureW.type != DataType::Int8 || !featureW.isConstant() || featureW.shape.size() != 2 ||
      timeW.type != DataType::Int16 || !timeW.isConstant() || timeW.shape.size() != 2)
    return fail(g, n,
                fmt::format("weights '{}' / '{}' are not constant INT8 [filters, features] and "
                            "INT16 [filters, memory]",
                            featureW.name, timeW.name))
        .error();
  ops::SvdfParams p;
  const int filters = featureW.shape[0];
  p.inputSize = input.shape[1];
  p.rank = rank;
  p.memory = timeW.shape[1];
  if (rank <= 0 || filters % rank != 0)
    return fail(g, n, fmt::format("rank {} does not divide the {} filters", rank, filters)).error();
  p.units = filters / rank;
  if (featureW.shape[1] != p.inputSize || timeW.shape[0] != filters ||
      state.elementCount() != int64_t{filters} * p.memory || output.elementCount() != p.units)
    return fail(g, n, "the weights, state and output shapes do not agree").error();
  for (const Tensor *w : {&featureW, &timeW})
    if (w->quantization.scales.size() != 1 ||
        (!w->quantization.zeroPoints.empty() && w->quantization.zeroPoints[0] != 0))
      return fail(g, n, fmt::format("weights '{}' are not per-tensor symmetric", w->name)).error();
  if (!state.quantization.zeroPoints.empty() && state.quantization.zeroPoints[0] != 0)
    return fail(g, n, fmt::format("state '{}' has a zero point", state.name)).error();
  for (const Tensor *t : {&input, &featureW, &state, &timeW, &output})
    if (!(scaleOf(*t) > 0))
      return fail(g, n, fmt::format("tensor '{}' has no positive scale", t->name)).error();
  p.featureWeights = constantValues<int8_t>(featureW);
  p.timeWeights = constantValues<int16_t>(timeW);
  p.bias.assign(static_cast<size_t>(p.units), 0);
  if (b >= 0) {
    const Tensor &bias = g.tensors[b];
    if (bias.type != DataType::Int32 || !bias.isConstant() || bias.elementCount() != p.units)
      return fail(g, n, fmt::format("bias '{}' is not constant INT32[{}]", bias.name, p.units))
          .error();
    p.bias = constantValues<int32_t>(bias);
  }
  p.inputZeroPoint = zeroPoint(input), p.outputZeroPoint = zeroPoint(output);
  // PrepareSvdf: the products and quotients in float, the result taken to double.
  p.featureScale = ops::quantizeMultiplier(
      static_cast<double>(scaleOf(input) * scaleOf(featureW) / scaleOf(state)));
  p.outputScale = ops::quantizeMultiplier(
      static_cast<double>(scaleOf(state) * scaleOf(timeW) / scaleOf(output)));
  if (auto s = ops::validate(p); !s)
    return fail(g, n, s.error().message).error();
  return LoweredNode{std::move(p)};
}

} // namespace loom::graph::detail
