// Graph node -> op parameters.
#include "loom/graph/Lowering.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace loom::graph {

namespace {

Status fail(const Graph &g, const Node &n, const std::string &why) {
  return Error{fmt::format("{}: {}: {}", g.name, g.describe(n), why)};
}

// TfLiteRound: half away from zero.
int32_t quantize(float value, float scale, int32_t zp) {
  return zp + static_cast<int32_t>(std::round(value / scale));
}

// CalculateActivationRangeQuantized for int8 outputs.
std::pair<int32_t, int32_t> activationRange(Activation a, const Tensor &out) {
  const float scale = out.quantization.scales.empty() ? 1.0f : out.quantization.scales[0];
  const int32_t zp = out.quantization.zeroPoints.empty()
                         ? 0
                         : static_cast<int32_t>(out.quantization.zeroPoints[0]);
  int32_t lo = -128, hi = 127;
  switch (a) {
  case Activation::Relu: lo = std::max(lo, quantize(0.0f, scale, zp)); break;
  case Activation::Relu6:
    lo = std::max(lo, quantize(0.0f, scale, zp));
    hi = std::min(hi, quantize(6.0f, scale, zp));
    break;
  case Activation::ReluN1To1:
    lo = std::max(lo, quantize(-1.0f, scale, zp));
    hi = std::min(hi, quantize(1.0f, scale, zp));
    break;
  case Activation::None: break;
  }
  return {lo, hi};
}

Status checkInt8(const Graph &g, const Node &n, int t, const char *what) {
  const Tensor &x = g.tensors[t];
  if (x.type != DataType::Int8)
    return fail(g, n, fmt::format("{} '{}' is {}, not INT8", what, x.name, name(x.type)));
  if (x.quantization.scales.empty() || x.quantization.zeroPoints.empty())
    return fail(g, n, fmt::format("{} '{}' has no quantization", what, x.name));
  return {};
}

int32_t zeroPoint(const Tensor &t) { return static_cast<int32_t>(t.quantization.zeroPoints[0]); }

// TFLite ComputePaddingHeightWidth for SAME: the extra pixel goes to the bottom/right.
std::pair<int, int> samePadding(int in, int filter, int stride) {
  const int out = (in + stride - 1) / stride;
  const int total = std::max((out - 1) * stride + filter - in, 0);
  return {total / 2, total - total / 2};
}

// The producer of `t` if it is a PAD node, with its [top, bottom, left, right] amounts.
const Node *padProducer(const Graph &g, int t, ops::Padding &pad) {
  for (const Node &p : g.nodes) {
    if (p.op != OpType::Pad || p.outputs.empty() || p.outputs[0] != t || p.inputs.size() < 2)
      continue;
    const Tensor &amounts = g.tensors[p.inputs[1]];
    if (!amounts.isConstant() || amounts.elementCount() != 8)
      return nullptr;
    std::vector<int64_t> v(8);
    for (int i = 0; i < 8; ++i) {
      if (amounts.type == DataType::Int32) {
        int32_t x;
        std::memcpy(&x, amounts.data.data() + 4 * i, 4);
        v[i] = x;
      } else if (amounts.type == DataType::Int64) {
        std::memcpy(&v[i], amounts.data.data() + 8 * i, 8);
      } else {
        return nullptr;
      }
    }
    if (v[0] || v[1] || v[6] || v[7]) // batch and channel padding cannot be folded
      return nullptr;
    pad = {static_cast<int>(v[2]), static_cast<int>(v[3]), static_cast<int>(v[4]),
           static_cast<int>(v[5])};
    return &p;
  }
  return nullptr;
}

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

Expected<LoweredNode> lowerNode(const Graph &g, const Node &n, int &input) {
  input = n.inputs.empty() ? -1 : n.inputs[0];
  switch (n.op) {
  case OpType::Reshape: return LoweredNode{Alias{n.inputs[0]}};
  case OpType::Pad: {
    // A PAD is folded into the convolutions that consume it (they read the unpadded tensor with
    // explicit per-side padding); any other use would need the padded bytes.
    ops::Padding pad;
    if (!padProducer(g, n.outputs[0], pad))
      return fail(g, n,
                  "only spatial padding (height/width) can be folded into a convolution; channel "
                  "padding is not supported yet")
          .error();
    for (const Node &c : g.nodes)
      for (size_t i = 0; i < c.inputs.size(); ++i)
        if (c.inputs[i] == n.outputs[0] &&
            !(i == 0 && (c.op == OpType::Conv2D || c.op == OpType::DepthwiseConv2D)))
          return fail(g, n,
                      fmt::format("its output feeds {} (input {}): a PAD that is not folded into "
                                  "a convolution is not supported yet",
                                  g.describe(c), i))
              .error();
    if (std::find(g.outputs.begin(), g.outputs.end(), n.outputs[0]) != g.outputs.end())
      return fail(g, n, "a padded model output is not supported yet").error();
    return LoweredNode{Alias{n.inputs[0]}};
  }
  case OpType::Conv2D:
  case OpType::DepthwiseConv2D: {
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
    if (o.padding == PaddingMode::Same) {
      // SAME amounts come from the convolution's own input: after a folded PAD, if any.
      const auto &seen = g.tensors[n.inputs[0]].shape;
      auto [t, b] = samePadding(seen[1], w[1], o.strideHeight);
      auto [l, r] = samePadding(seen[2], w[2], o.strideWidth);
      pad = {pad.top + t, pad.bottom + b, pad.left + l, pad.right + r};
    }
    if (n.op == OpType::Conv2D) {
      ops::Conv2DParams p;
      p.inputHeight = in[1], p.inputWidth = in[2], p.inputChannels = in[3];
      p.outputChannels = w[0], p.kernelHeight = w[1], p.kernelWidth = w[2];
      if (w[3] != in[3])
        return fail(g, n, fmt::format("weights have {} input channels, the input {}", w[3], in[3]))
            .error();
      p.strideHeight = o.strideHeight, p.strideWidth = o.strideWidth, p.padding = pad;
      p.inputZeroPoint = zeroPoint(g.tensors[input]);
      p.weights = int8Data(g.tensors[n.inputs[1]]);
      if (auto s = outputStage(g, n, input, p.outputChannels, p.bias, p.output, o.activation); !s)
        return s.error();
      if (auto s = ops::validate(p); !s)
        return fail(g, n, s.error().message).error();
      if (p.outputHeight() != out[1] || p.outputWidth() != out[2] || out[3] != p.outputChannels)
        return fail(g, n, "the output shape does not match the convolution").error();
      // A 1x1 convolution without padding is a pointwise convolution (its own nest and schedule).
      if (p.kernelHeight == 1 && p.kernelWidth == 1 && p.strideHeight == p.strideWidth &&
          !pad.top && !pad.bottom && !pad.left && !pad.right) {
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
    if (o.depthMultiplier != 1 || w[3] != in[3])
      return fail(g, n, fmt::format("depth multiplier {} (only 1 is supported)", o.depthMultiplier))
          .error();
    ops::DepthwiseConv2DParams p;
    p.inputHeight = in[1], p.inputWidth = in[2], p.channels = in[3];
    p.kernelHeight = w[1], p.kernelWidth = w[2];
    p.strideHeight = o.strideHeight, p.strideWidth = o.strideWidth, p.padding = pad;
    p.inputZeroPoint = zeroPoint(g.tensors[input]);
    p.weights = int8Data(g.tensors[n.inputs[1]]);
    if (auto s = outputStage(g, n, input, p.channels, p.bias, p.output, o.activation); !s)
      return s.error();
    if (auto s = ops::validate(p); !s)
      return fail(g, n, s.error().message).error();
    if (p.outputHeight() != out[1] || p.outputWidth() != out[2])
      return fail(g, n, "the output shape does not match the convolution").error();
    return LoweredNode{p};
  }
  case OpType::FullyConnected: {
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
  case OpType::Add: {
    for (auto [t, what] :
         {std::pair{n.inputs[0], "input 1"}, {n.inputs[1], "input 2"}, {n.outputs[0], "output"}})
      if (auto s = checkInt8(g, n, t, what); !s)
        return s.error();
    const Tensor &a = g.tensors[n.inputs[0]], &b = g.tensors[n.inputs[1]],
                 &out = g.tensors[n.outputs[0]];
    if (a.shape != b.shape || a.shape != out.shape)
      return fail(g, n, "broadcasting ADD is not supported").error();
    auto [lo, hi] = activationRange(std::get<ElementwiseOptions>(n.options).activation, out);
    return LoweredNode{ops::makeAddParams(out.elementCount(), a.quantization.scales[0],
                                          zeroPoint(a), b.quantization.scales[0], zeroPoint(b),
                                          out.quantization.scales[0], zeroPoint(out), lo, hi)};
  }
  case OpType::AveragePool2D: {
    for (auto [t, what] : {std::pair{input, "input"}, {n.outputs[0], "output"}})
      if (auto s = checkInt8(g, n, t, what); !s)
        return s.error();
    const auto &o = std::get<PoolOptions>(n.options);
    const Tensor &in = g.tensors[input], &out = g.tensors[n.outputs[0]];
    if (in.shape.size() != 4 || in.shape[0] != 1)
      return fail(g, n, "the input is not a batch-1 NHWC tensor").error();
    if (in.quantization.scales[0] != out.quantization.scales[0] || zeroPoint(in) != zeroPoint(out))
      return fail(g, n, "input and output quantization differ").error();
    ops::AveragePool2DParams p;
    p.inputHeight = in.shape[1], p.inputWidth = in.shape[2], p.channels = in.shape[3];
    p.filterHeight = o.filterHeight, p.filterWidth = o.filterWidth;
    p.strideHeight = o.strideHeight, p.strideWidth = o.strideWidth;
    if (o.padding == PaddingMode::Same) {
      auto [t, b] = samePadding(p.inputHeight, p.filterHeight, p.strideHeight);
      auto [l, r] = samePadding(p.inputWidth, p.filterWidth, p.strideWidth);
      p.padding = {t, b, l, r};
    }
    std::tie(p.activationMin, p.activationMax) = activationRange(o.activation, out);
    if (p.outputHeight() != out.shape[1] || p.outputWidth() != out.shape[2])
      return fail(g, n, "the output shape does not match the pooling").error();
    return LoweredNode{p};
  }
  default: return fail(g, n, "no int8 lowering for this operator yet").error();
  }
}

} // namespace loom::graph
