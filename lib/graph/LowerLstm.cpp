// UNIDIRECTIONAL_SEQUENCE_LSTM -> ops::LstmParams with TensorFlow Lite Micro's integer LSTM rules
// (unidirectional_sequence_lstm.cc, lstm_shared): gate layers requantized to Q3.12, the inter-gate
// products' multipliers, the cell state's power-of-two scale and its clip.
#include "LoweringParts.h"
#include "loom/ops/Lstm.h"
#include "loom/ops/Quantization.h"

#include <fmt/format.h>

#include <cmath>

namespace loom::graph::detail {

namespace {

// The LSTM's operand positions (TFLite's kLstm*Tensor numbering).
constexpr int kInput = 0, kInputWeightsFirst = 1, kRecurrentWeightsFirst = 5, kPeepholeFirst = 9,
              kBiasFirst = 12, kProjectionWeights = 16, kProjectionBias = 17, kHiddenState = 18,
              kCellState = 19, kLayerNormFirst = 20;
// The gate layers' output scale: TFLite's int16 sigmoid and tanh take Q3.12.
constexpr double kGateInputScale = 1.0 / 4096;

} // namespace

Expected<LoweredNode> lowerLstm(const Graph &g, const Node &n) {
  const auto &o = std::get<LstmOptions>(n.options);
  if (n.inputs.size() < 20)
    return fail(g, n, fmt::format("{} operands, TFLite's LSTM has 24", n.inputs.size())).error();
  if (operand(n, kInputWeightsFirst) < 0)
    return fail(g, n, "the input gate is missing (CIFG LSTMs are not supported)").error();
  for (int k = kPeepholeFirst; k < kPeepholeFirst + 3; ++k)
    if (operand(n, k) >= 0)
      return fail(g, n, "peephole connections are not supported").error();
  if (operand(n, kProjectionWeights) >= 0 || operand(n, kProjectionBias) >= 0)
    return fail(g, n, "a projection layer is not supported").error();
  for (int k = kLayerNormFirst; k < static_cast<int>(n.inputs.size()); ++k)
    if (operand(n, k) >= 0)
      return fail(g, n, "layer normalisation is not supported").error();
  const int hiddenT = operand(n, kHiddenState), cellT = operand(n, kCellState);
  if (n.inputs[kInput] < 0 || hiddenT < 0 || cellT < 0 || n.outputs.empty() || n.outputs[0] < 0)
    return fail(g, n, "the input, output, hidden or cell state is missing").error();
  for (auto [t, what] :
       {std::pair{n.inputs[kInput], "input"}, {n.outputs[0], "output"}, {hiddenT, "hidden state"}})
    if (auto s = checkInt8(g, n, t, what); !s)
      return s.error();
  const Tensor &in = g.tensors[n.inputs[kInput]], &out = g.tensors[n.outputs[0]];
  const Tensor &hidden = g.tensors[hiddenT], &cell = g.tensors[cellT];
  if (!hidden.variable || !cell.variable)
    return fail(g, n, "the hidden and cell states are not variable tensors").error();
  if (cell.type != DataType::Int16 || cell.quantization.scales.size() != 1)
    return fail(g, n,
                fmt::format("cell state '{}' is {}; TFLite Micro's integer LSTM keeps it in "
                            "INT16 with one scale",
                            cell.name, name(cell.type)))
        .error();
  if (in.shape.size() != 3)
    return fail(g, n,
                fmt::format("input '{}' has rank {} (3: batch, time, features)", in.name,
                            in.shape.size()))
        .error();
  const int batch = o.timeMajor ? in.shape[1] : in.shape[0];
  if (batch != 1)
    return fail(g, n, fmt::format("batch {} (only batch 1 is supported)", batch)).error();
  ops::LstmParams p;
  p.timeSteps = o.timeMajor ? in.shape[0] : in.shape[1];
  p.inputSize = in.shape[2];
  p.units = static_cast<int>(hidden.elementCount());
  if (out.elementCount() != int64_t{p.timeSteps} * p.units || cell.elementCount() != p.units)
    return fail(g, n, "the output or cell state does not have the hidden state's units").error();
  // TFLite Micro writes the hidden state and copies it to the output: one encoding for both.
  if (scaleOf(out) != scaleOf(hidden) || zeroPoint(out) != zeroPoint(hidden))
    return fail(g, n, "the output and the hidden state are quantized differently").error();
  p.inputZeroPoint = zeroPoint(in), p.hiddenZeroPoint = zeroPoint(hidden);

  for (int gate = 0; gate < 4; ++gate) {
    ops::LstmGateParams &gp = p.gates[static_cast<size_t>(gate)];
    const int w = operand(n, kInputWeightsFirst + gate),
              r = operand(n, kRecurrentWeightsFirst + gate), b = operand(n, kBiasFirst + gate);
    for (auto [t, what, inner] : {std::tuple{w, "input weights", p.inputSize},
                                  std::tuple{r, "recurrent weights", p.units}}) {
      if (t < 0)
        return fail(g, n, fmt::format("gate {} has no {}", gate, what)).error();
      const Tensor &x = g.tensors[t];
      if (x.type != DataType::Int8 || !x.isConstant() || x.quantization.scales.size() != 1 ||
          x.elementCount() != int64_t{p.units} * inner)
        return fail(g, n,
                    fmt::format("{} '{}' are not constant per-tensor INT8[{}, {}]", what, x.name,
                                p.units, inner))
            .error();
      if (!x.quantization.zeroPoints.empty() && x.quantization.zeroPoints[0] != 0)
        return fail(g, n, fmt::format("{} '{}' are not symmetric", what, x.name)).error();
    }
    if (b < 0 || g.tensors[b].type != DataType::Int32 || !g.tensors[b].isConstant() ||
        g.tensors[b].elementCount() != p.units)
      return fail(g, n, fmt::format("gate {} has no constant INT32[{}] bias", gate, p.units))
          .error();
    gp.inputWeights = constantValues<int8_t>(g.tensors[w]);
    gp.recurrentWeights = constantValues<int8_t>(g.tensors[r]);
    gp.bias = constantValues<int32_t>(g.tensors[b]);
    // TFLM GetQuantizedConvolutionMultipler: the scale product in float, then double.
    auto gateScale = [&](const Tensor &x, const Tensor &weights) {
      return ops::quantizeMultiplier(static_cast<double>(scaleOf(x) * scaleOf(weights)) /
                                     kGateInputScale);
    };
    gp.inputScale = gateScale(in, g.tensors[w]);
    gp.recurrentScale = gateScale(hidden, g.tensors[r]);
  }
  p.cellGateTanh = o.cellTanh;
  // CreateLstmCellStateInfo: the cell state's scale must be a power of two.
  const float cellScale = scaleOf(cell);
  int power = 0;
  if (cellScale <= 0 || std::frexp(cellScale, &power) != 0.5)
    return fail(g, n, fmt::format("cell state scale {} is not a power of two", cellScale)).error();
  p.cellScalePower = power - 1;
  if (o.cellClip > 0)
    p.cellClip =
        static_cast<int16_t>(std::min(std::max(o.cellClip / cellScale, -32768.0f), 32767.0f));
  // CreateInterGateMulParams: gate outputs are Q0.15.
  constexpr double kGateOutputScale = 1.0 / 32768;
  p.forgetTimesCell = ops::quantizeMultiplier(kGateOutputScale * cellScale / cellScale);
  p.inputTimesCellGate = ops::quantizeMultiplier(kGateOutputScale * kGateOutputScale / cellScale);
  p.outputTimesTanhCell =
      ops::quantizeMultiplier(kGateOutputScale * kGateOutputScale / scaleOf(hidden));
  if (auto s = ops::validate(p); !s)
    return fail(g, n, s.error().message).error();
  return LoweredNode{std::move(p)};
}

} // namespace loom::graph::detail
