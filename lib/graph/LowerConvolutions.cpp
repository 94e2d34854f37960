// CONV_2D, DEPTHWISE_CONV_2D (a depth multiplier on a 1-channel input as a convolution, 1x1 as
// pointwise, a spatial PAD folded in) and FULLY_CONNECTED -> op parameters, with TFLM's
// per-channel output stages.
#include "LoweringParts.h"
#include "loom/ops/Reference.h"

#include <fmt/format.h>

#include <cstring>
#include <tuple>

namespace loom::graph::detail {

namespace {

// Larger dilated windows are refused (their span must stay an int with room to spare).
constexpr int64_t kMaxWindowSpan = 1 << 15;

std::vector<int8_t> int8Data(const Tensor &t) {
  return std::vector<int8_t>(reinterpret_cast<const int8_t *>(t.data.data()),
                             reinterpret_cast<const int8_t *>(t.data.data()) + t.data.size());
}

// Per-channel multipliers, bias and the output stage of a convolution-like node.
Status outputStage(const Graph &g, const Node &n, int input, int channels,
                   std::vector<int32_t> &bias, ops::OutputStage &stage, Activation act) {
  const Tensor &in = g.tensors[input], &w = g.tensors[n.inputs[1]], &out = g.tensors[n.outputs[0]];
  const auto &ws = w.quantization.scales;
  if (ws.empty() || (ws.size() != 1 && static_cast<int>(ws.size()) != channels))
    return fail(
        g, n,
        fmt::format("weights '{}' have {} scales for {} channels", w.name, ws.size(), channels));
  for (int64_t zp : w.quantization.zeroPoints)
    if (zp != 0)
      return fail(g, n, fmt::format("weights '{}' are not symmetric (zero point {})", w.name, zp));
  bias.assign(static_cast<size_t>(channels), 0);
  if (n.inputs.size() > 2 && n.inputs[2] >= 0) {
    const Tensor &b = g.tensors[n.inputs[2]];
    if (b.type != DataType::Int32 || b.elementCount() != channels || !b.isConstant())
      return fail(g, n, fmt::format("bias '{}' is not a constant INT32[{}]", b.name, channels));
    std::memcpy(bias.data(), b.data.data(), static_cast<size_t>(channels) * 4);
  }
  for (int c = 0; c < channels; ++c) {
    // TFLM PopulateConvolutionQuantizationParams: the product in double.
    const double scale = static_cast<double>(in.quantization.scales[0]) *
                         static_cast<double>(ws.size() == 1 ? ws[0] : ws[c]) /
                         static_cast<double>(out.quantization.scales[0]);
    auto q = ops::quantizeMultiplier(scale);
    stage.multipliers.push_back(q.multiplier);
    stage.shifts.push_back(q.shift);
  }
  stage.outputZeroPoint = zeroPoint(out);
  std::tie(stage.activationMin, stage.activationMax) = activationRange(act, out);
  return {};
}

} // namespace

Expected<LoweredNode> lowerConvolution(const Graph &g, const Node &n, int &input) {
  const auto &o = std::get<ConvOptions>(n.options);
  ops::Padding pad;
  if (padProducer(g, input, pad)) {
    for (const Node &p : g.nodes)
      if (p.op == OpType::Pad && p.outputs[0] == input)
        input = p.inputs[0];
  }
  for (auto [t, what] :
       {std::pair{input, "input"}, {n.inputs[1], "weights"}, {n.outputs[0], "output"}})
    if (auto s = checkInt8(g, n, t, what); !s)
      return s.error();
  const auto &in = g.tensors[input].shape, &w = g.tensors[n.inputs[1]].shape,
             &out = g.tensors[n.outputs[0]].shape;
  if (in[0] != 1)
    return fail(g, n, fmt::format("batch {} (only batch 1 is supported)", in[0])).error();
  // A dilated window spans (kernel - 1) * dilation + 1 rows (TFLite's effective filter size).
  const int64_t spanH = int64_t{w[1] - 1} * o.dilationHeight + 1,
                spanW = int64_t{w[2] - 1} * o.dilationWidth + 1;
  if (spanH > kMaxWindowSpan || spanW > kMaxWindowSpan)
    return fail(g, n,
                fmt::format("dilation {}x{} makes the {}x{} window span {}x{} pixels (at most {})",
                            o.dilationHeight, o.dilationWidth, w[1], w[2], spanH, spanW,
                            kMaxWindowSpan))
        .error();
  if (o.padding == PaddingMode::Same) {
    // SAME amounts come from the convolution's own input: after a folded PAD, if any.
    const auto &seen = g.tensors[n.inputs[0]].shape;
    auto [t, b] = samePadding(seen[1], static_cast<int>(spanH), o.strideHeight);
    auto [l, r] = samePadding(seen[2], static_cast<int>(spanW), o.strideWidth);
    pad = {pad.top + t, pad.bottom + b, pad.left + l, pad.right + r};
  }
  // A depthwise convolution with depth multiplier M on a 1-channel input is a convolution with
  // M output channels: output channel m sums the one input channel with weights [0, ky, kx, m],
  // which TFLite's reference kernels compute identically. It then gets the convolution
  // schedules (im2col, SIMD) instead of a depthwise nest that would have no channel to vectorise.
  const bool depthwiseAsConv = n.op == OpType::DepthwiseConv2D && in[3] == 1 && w[3] > 1;
  // Otherwise output channel c * M + m reads input channel c (TFLite's order).
  if (n.op == OpType::DepthwiseConv2D && !depthwiseAsConv &&
      (o.depthMultiplier < 1 || w[0] != 1 || int64_t{w[3]} != int64_t{in[3]} * o.depthMultiplier))
    return fail(g, n,
                fmt::format("weights of shape [{}, {}, {}, {}] do not fit {} input channels with "
                            "depth multiplier {}",
                            w[0], w[1], w[2], w[3], in[3], o.depthMultiplier))
        .error();
  if (n.op == OpType::Conv2D || depthwiseAsConv) {
    ops::Conv2DParams p;
    p.inputHeight = in[1], p.inputWidth = in[2], p.inputChannels = in[3];
    p.kernelHeight = w[1], p.kernelWidth = w[2];
    p.weights = int8Data(g.tensors[n.inputs[1]]);
    if (depthwiseAsConv) {
      if (w[0] != 1 || w[3] != o.depthMultiplier)
        return fail(g, n,
                    fmt::format("weights have shape [{}, {}, {}, {}] for depth multiplier {}", w[0],
                                w[1], w[2], w[3], o.depthMultiplier))
            .error();
      p.outputChannels = w[3];
      // [1, kh, kw, M] -> [M, kh, kw, 1]: a [taps, M] transpose.
      std::vector<int8_t> t(p.weights.size());
      ops::reference::transpose({{p.kernelHeight * p.kernelWidth, p.outputChannels}, {1, 0}},
                                p.weights.data(), t.data());
      p.weights = std::move(t);
    } else {
      p.outputChannels = w[0];
      if (w[3] != in[3])
        return fail(g, n, fmt::format("weights have {} input channels, the input {}", w[3], in[3]))
            .error();
    }
    p.strideHeight = o.strideHeight, p.strideWidth = o.strideWidth, p.padding = pad;
    p.dilationHeight = o.dilationHeight, p.dilationWidth = o.dilationWidth;
    p.inputZeroPoint = zeroPoint(g.tensors[input]);
    if (auto s = outputStage(g, n, input, p.outputChannels, p.bias, p.output, o.activation); !s)
      return s.error();
    if (auto s = ops::validate(p); !s)
      return fail(g, n, s.error().message).error();
    if (p.outputHeight() != out[1] || p.outputWidth() != out[2] || out[3] != p.outputChannels)
      return fail(g, n, "the output shape does not match the convolution").error();
    // A 1x1 convolution without padding is a pointwise convolution (its own nest and schedule).
    if (p.kernelHeight == 1 && p.kernelWidth == 1 && p.strideHeight == p.strideWidth && !pad.top &&
        !pad.bottom && !pad.left && !pad.right) {
      ops::PointwiseConv2DParams pw;
      pw.inputHeight = p.inputHeight, pw.inputWidth = p.inputWidth;
      pw.inputChannels = p.inputChannels, pw.outputChannels = p.outputChannels;
      pw.stride = p.strideHeight, pw.inputZeroPoint = p.inputZeroPoint;
      pw.weights = std::move(p.weights), pw.bias = std::move(p.bias);
      pw.output = std::move(p.output);
      return LoweredNode{pw};
    }
    return LoweredNode{p};
  }
  ops::DepthwiseConv2DParams p;
  p.inputHeight = in[1], p.inputWidth = in[2], p.channels = in[3];
  p.depthMultiplier = o.depthMultiplier;
  p.kernelHeight = w[1], p.kernelWidth = w[2];
  p.strideHeight = o.strideHeight, p.strideWidth = o.strideWidth, p.padding = pad;
  p.dilationHeight = o.dilationHeight, p.dilationWidth = o.dilationWidth;
  p.inputZeroPoint = zeroPoint(g.tensors[input]);
  p.weights = int8Data(g.tensors[n.inputs[1]]);
  if (auto s = outputStage(g, n, input, p.outputChannels(), p.bias, p.output, o.activation); !s)
    return s.error();
  if (auto s = ops::validate(p); !s)
    return fail(g, n, s.error().message).error();
  if (p.outputHeight() != out[1] || p.outputWidth() != out[2] || out[3] != p.outputChannels())
    return fail(g, n, "the output shape does not match the convolution").error();
  return LoweredNode{p};
}

Expected<LoweredNode> lowerFullyConnected(const Graph &g, const Node &n, int input) {
  for (auto [t, what] :
       {std::pair{input, "input"}, {n.inputs[1], "weights"}, {n.outputs[0], "output"}})
    if (auto s = checkInt8(g, n, t, what); !s)
      return s.error();
  const auto &w = g.tensors[n.inputs[1]].shape;
  ops::FullyConnectedParams p;
  p.outputSize = w[0], p.inputSize = w[1];
  const int64_t elements = g.tensors[input].elementCount();
  if (elements % p.inputSize != 0)
    return fail(g, n, "the input is not a whole number of rows").error();
  p.batches = static_cast<int>(elements / p.inputSize);
  p.inputZeroPoint = zeroPoint(g.tensors[input]);
  p.weights = int8Data(g.tensors[n.inputs[1]]);
  if (auto s = outputStage(g, n, input, p.outputSize, p.bias, p.output,
                           std::get<ElementwiseOptions>(n.options).activation);
      !s)
    return s.error();
  if (auto s = ops::validate(p); !s)
    return fail(g, n, s.error().message).error();
  return LoweredNode{p};
}

} // namespace loom::graph::detail
