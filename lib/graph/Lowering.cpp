// Graph node -> op parameters.
#include "loom/graph/Lowering.h"
#include "LoweringParts.h"
#include "loom/ops/DataMovement.h"
#include "loom/ops/Quantization.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace loom::graph {

namespace detail {

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

float scaleOf(const Tensor &t) {
  return t.quantization.scales.empty() ? 0.0f : t.quantization.scales[0];
}

ops::QuantizedMultiplier scaleRatio(const Tensor &numerator, const Tensor &denominator) {
  return ops::quantizeMultiplier(static_cast<double>(numerator.quantization.scales[0]) /
                                 static_cast<double>(denominator.quantization.scales[0]));
}

int32_t zeroPoint(const Tensor &t) { return static_cast<int32_t>(t.quantization.zeroPoints[0]); }

// TFLite ComputePaddingHeightWidth for SAME: the extra pixel goes to the bottom/right.
std::pair<int, int> samePadding(int in, int filter, int stride) {
  const int out = (in + stride - 1) / stride;
  const int total = std::max((out - 1) * stride + filter - in, 0);
  return {total / 2, total - total / 2};
}

} // namespace detail

using namespace detail;

namespace {

// Every constant PAD amount as [dim][before, after], or an error.
Expected<std::vector<int64_t>> padAmounts(const Graph &g, const Node &n) {
  if (n.inputs.size() < 2 || n.inputs[1] < 0)
    return fail(g, n, "no padding amounts").error();
  const Tensor &amounts = g.tensors[n.inputs[1]];
  const int64_t count = amounts.elementCount();
  if (!amounts.isConstant() || count % 2 != 0 || count > 8)
    return fail(g, n,
                fmt::format("padding amounts '{}' are not a constant [rank, 2] tensor",
                            amounts.name))
        .error();
  std::vector<int64_t> v(static_cast<size_t>(count));
  for (int64_t i = 0; i < count; ++i) {
    if (amounts.type == DataType::Int32) {
      int32_t x;
      std::memcpy(&x, amounts.data.data() + 4 * i, 4);
      v[i] = x;
    } else if (amounts.type == DataType::Int64) {
      std::memcpy(&v[i], amounts.data.data() + 8 * i, 8);
    } else {
      return fail(g, n,
                  fmt::format("padding amounts '{}' are {}", amounts.name, name(amounts.type)))
          .error();
    }
  }
  return v;
}

// A PAD that is not folded: a copy with zero-point fill on height, width and channels.
Expected<LoweredNode> lowerPad(const Graph &g, const Node &n) {
  for (auto [t, what] : {std::pair{n.inputs[0], "input"}, {n.outputs[0], "output"}})
    if (auto s = checkInt8(g, n, t, what); !s)
      return s.error();
  const Tensor &in = g.tensors[n.inputs[0]], &out = g.tensors[n.outputs[0]];
  if (zeroPoint(in) != zeroPoint(out) || in.quantization.scales[0] != out.quantization.scales[0])
    return fail(g, n, "input and output quantization differ").error();
  auto v = padAmounts(g, n);
  if (!v)
    return v.error();
  // Rank <= 4, right-aligned to NHWC.
  std::vector<int64_t> amounts(8, 0);
  std::vector<int> shape(4, 1);
  const size_t rank = in.shape.size();
  if (rank > 4 || v->size() != 2 * rank)
    return fail(g, n, fmt::format("a rank-{} PAD is not supported", rank)).error();
  for (size_t d = 0; d < rank; ++d) {
    shape[4 - rank + d] = in.shape[d];
    amounts[2 * (4 - rank + d)] = (*v)[2 * d];
    amounts[2 * (4 - rank + d) + 1] = (*v)[2 * d + 1];
  }
  if (shape[0] != 1 || amounts[0] || amounts[1])
    return fail(g, n, "padding the batch dimension is not supported").error();
  for (int64_t a : amounts)
    if (a < 0 || a > (1 << 20))
      return fail(g, n, fmt::format("padding amount {} outside [0, 2^20]", a)).error();
  ops::PadParams p;
  p.inputHeight = shape[1], p.inputWidth = shape[2], p.channels = shape[3];
  p.top = static_cast<int>(amounts[2]), p.bottom = static_cast<int>(amounts[3]);
  p.left = static_cast<int>(amounts[4]), p.right = static_cast<int>(amounts[5]);
  p.front = static_cast<int>(amounts[6]), p.back = static_cast<int>(amounts[7]);
  p.padValue = zeroPoint(in);
  if (auto s = ops::validate(p); !s)
    return fail(g, n, s.error().message).error();
  if (static_cast<int64_t>(p.outputHeight()) * p.outputWidth() * p.outputChannels() !=
      out.elementCount())
    return fail(g, n, "the output shape does not match the padding").error();
  return LoweredNode{p};
}

bool isShapeOp(OpType t) {
  return t == OpType::Shape || t == OpType::StridedSlice || t == OpType::Pack;
}

// True when tensor t is read only as RESHAPE's shape operand or by other shape computations.
bool onlyShapeUse(const Graph &g, int t) {
  if (std::find(g.outputs.begin(), g.outputs.end(), t) != g.outputs.end())
    return false;
  for (const Node &c : g.nodes)
    for (size_t i = 0; i < c.inputs.size(); ++i)
      if (c.inputs[i] == t && !(c.op == OpType::Reshape && i == 1) &&
          !(isShapeOp(c.op) && onlyShapeUse(g, c.outputs[0])))
        return false;
  return true;
}

} // namespace

namespace detail {

const Node *padProducer(const Graph &g, int t, ops::Padding &pad) {
  for (const Node &p : g.nodes) {
    if (p.op != OpType::Pad || p.outputs.empty() || p.outputs[0] != t)
      continue;
    auto v = padAmounts(g, p);
    if (!v || v->size() != 8 || (*v)[0] || (*v)[1] || (*v)[6] || (*v)[7])
      return nullptr; // batch and channel padding cannot be folded
    const auto &a = *v;
    pad = {static_cast<int>(a[2]), static_cast<int>(a[3]), static_cast<int>(a[4]),
           static_cast<int>(a[5])};
    return &p;
  }
  return nullptr;
}

} // namespace detail

std::vector<int> dataInputs(const Graph &g, const Node &n) {
  if (isShapeOp(n.op) && onlyShapeUse(g, n.outputs[0]))
    return {};
  if (n.op == OpType::Reshape)
    return {n.inputs[0]};
  std::vector<int> read;
  for (int t : n.inputs)
    if (t < 0 || !g.tensors[t].variable)
      read.push_back(t);
  return read;
}

std::vector<int> stateInputs(const Graph &g, const Node &n) {
  std::vector<int> state;
  for (int t : n.inputs)
    if (t >= 0 && g.tensors[t].variable)
      state.push_back(t);
  return state;
}

std::vector<int> kernelInputs(const Node &n, const ops::Op &op, int input) {
  if (const int k = ops::activationInputs(op); k >= 2)
    return std::vector<int>(n.inputs.begin(), n.inputs.begin() + k);
  return {input};
}

std::vector<int> kernelInputs(const Node &n, const LoweredNode &op, int input) {
  if (const auto *o = std::get_if<ops::Op>(&op))
    return kernelInputs(n, *o, input);
  return {input};
}

Expected<LoweredNode> lowerNode(const Graph &g, const Node &n, int &input) {
  input = n.inputs.empty() ? -1 : n.inputs[0];
  switch (n.op) {
  case OpType::Reshape: return LoweredNode{Alias{n.inputs[0]}};
  case OpType::Pad: {
    // A spatial PAD whose only consumers are convolutions is folded into them (they read the
    // unpadded tensor with explicit per-side padding); any other PAD is materialised.
    ops::Padding pad;
    bool foldable = padProducer(g, n.outputs[0], pad) != nullptr &&
                    std::find(g.outputs.begin(), g.outputs.end(), n.outputs[0]) == g.outputs.end();
    for (const Node &c : g.nodes)
      for (size_t i = 0; i < c.inputs.size(); ++i)
        if (c.inputs[i] == n.outputs[0] &&
            !(i == 0 && (c.op == OpType::Conv2D || c.op == OpType::DepthwiseConv2D)))
          foldable = false;
    if (foldable)
      return LoweredNode{Alias{n.inputs[0]}};
    return lowerPad(g, n);
  }
  case OpType::StridedSlice:
    // On a tensor's shape (feeding a RESHAPE) it has no kernel; on activations it is a copy.
    if (onlyShapeUse(g, n.outputs[0]))
      return LoweredNode{ShapeOnly{}};
    return lowerGlueOp(g, n, input);
  case OpType::Pack:
    // On a tensor's shape (feeding a RESHAPE) it has no kernel; on activations it is a copy.
    if (onlyShapeUse(g, n.outputs[0]))
      return LoweredNode{ShapeOnly{}};
    return lowerPack(g, n);
  case OpType::Shape: {
    if (!onlyShapeUse(g, n.outputs[0]))
      return fail(g, n, "a shape computation whose result is used as data is not supported")
          .error();
    return LoweredNode{ShapeOnly{}};
  }
  case OpType::Softmax: {
    if (auto s = checkInt8(g, n, input, "input"); !s)
      return s.error();
    const Tensor &in = g.tensors[input], &out = g.tensors[n.outputs[0]];
    const bool wide = out.type == DataType::Int16;
    if (!wide) {
      if (auto s = checkInt8(g, n, n.outputs[0], "output"); !s)
        return s.error();
    } else if (out.quantization.scales.empty() || out.quantization.zeroPoints.empty()) {
      return fail(g, n, fmt::format("output '{}' has no quantization", out.name)).error();
    }
    // TFLite Micro's softmax requires these output encodings (SoftmaxPrepare): int8 scale 1/256
    // and zero point -128, int16 scale 1/65536 (within 0.1%) and zero point -32768.
    const float scale = scaleOf(out);
    const bool encoded =
        wide ? std::abs(scale - 1.0f / 65536) <= 0.001f / 65536 && zeroPoint(out) == -32768
             : scale == 1.0f / 256 && zeroPoint(out) == -128;
    if (!encoded)
      return fail(g, n,
                  fmt::format("output '{}' has scale {} and zero point {}; {} SOFTMAX needs {}",
                              out.name, scale, zeroPoint(out), wide ? "int16" : "int8",
                              wide ? "1/65536 and -32768" : "1/256 and -128"))
          .error();
    if (in.shape.empty() || in.shape != out.shape)
      return fail(g, n, "input and output shapes differ").error();
    const int depth = in.shape.back();
    const auto rows = static_cast<int>(in.elementCount() / std::max(depth, 1));
    ops::SoftmaxParams p = ops::makeSoftmaxParams(
        rows, depth, std::get<SoftmaxOptions>(n.options).beta, in.quantization.scales[0]);
    p.outputBits = wide ? 16 : 8;
    if (auto s = ops::validate(p); !s)
      return fail(g, n, s.error().message).error();
    return LoweredNode{p};
  }
  case OpType::Quantize: {
    const Tensor &in = g.tensors[input], &out = g.tensors[n.outputs[0]];
    if (in.type == DataType::Float32)
      return lowerGlueOp(g, n, input);
    // TFLite Micro's integer QUANTIZE (Requantize): int8/uint8/int16 in, int8/uint8/int16/int32
    // out.
    auto quantized = [](const Tensor &t, bool isInput) {
      const bool typed = t.type == DataType::Int8 || t.type == DataType::UInt8 ||
                         t.type == DataType::Int16 || (!isInput && t.type == DataType::Int32);
      return typed && !t.quantization.scales.empty() && !t.quantization.zeroPoints.empty();
    };
    if (!quantized(in, true) || !quantized(out, false))
      return fail(g, n,
                  fmt::format("QUANTIZE from {} '{}' to {} '{}': only float32, or int8, uint8 "
                              "or int16 to int8, uint8, int16 or int32, is supported",
                              name(in.type), in.name, name(out.type), out.name))
          .error();
    if (in.elementCount() != out.elementCount())
      return fail(g, n, "input and output sizes differ").error();
    ops::RequantizeParams p;
    p.size = out.elementCount();
    p.inputBits = elementSize(in.type) * 8;
    p.outputBits = elementSize(out.type) * 8;
    p.inputUnsigned = in.type == DataType::UInt8, p.outputUnsigned = out.type == DataType::UInt8;
    p.inputZeroPoint = zeroPoint(in), p.outputZeroPoint = zeroPoint(out);
    auto q = scaleRatio(in, out); // TFLite Micro PrepareQuantizeReference
    p.multiplier = q.multiplier, p.shift = q.shift;
    if (auto s = ops::validate(p); !s)
      return fail(g, n, s.error().message).error();
    return LoweredNode{p};
  }
  case OpType::Conv2D:
  case OpType::DepthwiseConv2D: return lowerConvolution(g, n, input);
  case OpType::FullyConnected: return lowerFullyConnected(g, n, input);
  case OpType::AveragePool2D:
  case OpType::MaxPool2D: {
    for (auto [t, what] : {std::pair{input, "input"}, {n.outputs[0], "output"}})
      if (auto s = checkInt8(g, n, t, what); !s)
        return s.error();
    const auto &o = std::get<PoolOptions>(n.options);
    const Tensor &in = g.tensors[input], &out = g.tensors[n.outputs[0]];
    if (in.shape.size() != 4 || in.shape[0] != 1 || out.shape.size() != 4)
      return fail(g, n, "the input or output is not a batch-1 NHWC tensor").error();
    if (in.quantization.scales[0] != out.quantization.scales[0] || zeroPoint(in) != zeroPoint(out))
      return fail(g, n, "input and output quantization differ").error();
    // Both pools share the window description; only the reduction differs.
    auto window = [&](auto p) -> Expected<LoweredNode> {
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
    };
    if (n.op == OpType::MaxPool2D)
      return window(ops::MaxPool2DParams{});
    return window(ops::AveragePool2DParams{});
  }
  default: return lowerGlueOp(g, n, input);
  }
}

} // namespace loom::graph
