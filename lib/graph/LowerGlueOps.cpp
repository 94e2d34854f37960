// Graph node -> op parameters for the glue ops around the convolutions: broadcasting ADD and MUL
// (with constant operands), MEAN, TRANSPOSE, RESIZE_NEAREST_NEIGHBOR and the float32 ops at model
// boundaries, with TensorFlow Lite Micro's rules.
#include "LoweringParts.h"
#include "loom/ops/Quantization.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstring>

namespace loom::graph::detail {

namespace {

bool eightBit(const Tensor &t) {
  return (t.type == DataType::Int8 || t.type == DataType::UInt8) &&
         !t.quantization.scales.empty() && !t.quantization.zeroPoints.empty();
}

// A constant INT32 tensor's values (axes, permutations, sizes).
Expected<std::vector<int>> int32Values(const Graph &g, const Node &n, int t, const char *what) {
  if (t < 0 || t >= static_cast<int>(g.tensors.size()))
    return fail(g, n, fmt::format("no {} operand", what)).error();
  const Tensor &x = g.tensors[t];
  if (!x.isConstant() || x.type != DataType::Int32 ||
      static_cast<int64_t>(x.data.size()) != 4 * x.elementCount())
    return fail(g, n, fmt::format("{} '{}' is not a constant INT32 tensor", what, x.name)).error();
  std::vector<int> v(static_cast<size_t>(x.elementCount()));
  std::memcpy(v.data(), x.data.data(), v.size() * 4);
  return v;
}

// ADD, SUB, MUL, MAXIMUM and MINIMUM operands under TFLite broadcasting; a constant operand
// becomes constant2 (swapped to the second place for the symmetric ops; SUB refuses a constant
// first input). `input` is set to the first activation input.
Expected<ops::BinaryOperands> binaryOperands(const Graph &g, const Node &n, int &first,
                                             int &second) {
  first = n.inputs[0], second = n.inputs[1];
  if (g.tensors[first].isConstant() && n.op == OpType::Sub)
    return fail(g, n, "a constant minuend (constant - activation) is not supported").error();
  if (g.tensors[first].isConstant() && n.op == OpType::Prelu)
    return fail(g, n, "a constant input (with alpha the activation) is not supported").error();
  if (g.tensors[first].isConstant())
    std::swap(first, second);
  if (g.tensors[first].isConstant())
    return fail(g, n, "both inputs are constant").error();
  const Tensor &a = g.tensors[first], &b = g.tensors[second], &out = g.tensors[n.outputs[0]];
  ops::BinaryOperands o;
  if (b.isConstant()) {
    if (static_cast<int64_t>(b.data.size()) != b.elementCount())
      return fail(g, n,
                  fmt::format("constant '{}' has {} bytes for {} elements", b.name, b.data.size(),
                              b.elementCount()))
          .error();
    o.constant2.assign(reinterpret_cast<const int8_t *>(b.data.data()),
                       reinterpret_cast<const int8_t *>(b.data.data()) + b.data.size());
  }
  if (a.shape == out.shape && b.shape == out.shape)
    return o;
  const size_t rank = out.shape.size();
  if (rank == 0 || rank > 4 || a.shape.size() > rank || b.shape.size() > rank)
    return fail(g, n, fmt::format("broadcast to rank {} (1 to 4 supported)", rank)).error();
  // Right-align each input to the output, TFLite's rule; size-1 dimensions repeat (stride 0).
  auto strides = [&](const Tensor &t, std::vector<int64_t> &s) -> Status {
    const size_t pad = rank - t.shape.size();
    s.assign(rank, 0);
    int64_t stride = 1;
    for (size_t d = rank; d-- > 0;) {
      const int64_t dim = d < pad ? 1 : t.shape[d - pad];
      if (dim != 1 && dim != out.shape[d])
        return fail(g, n, fmt::format("'{}' does not broadcast to the output shape", t.name));
      s[d] = dim == 1 ? 0 : stride;
      stride *= dim;
    }
    return {};
  };
  for (int d : out.shape)
    o.shape.push_back(d);
  if (auto s = strides(a, o.strides1); !s)
    return s.error();
  if (auto s = strides(b, o.strides2); !s)
    return s.error();
  return o;
}

Expected<LoweredNode> lowerAddOrMul(const Graph &g, const Node &n, int &input) {
  for (auto [t, what] :
       {std::pair{n.inputs[0], "input 1"}, {n.inputs[1], "input 2"}, {n.outputs[0], "output"}})
    if (auto s = checkInt8(g, n, t, what); !s)
      return s.error();
  int first = 0, second = 0;
  auto operands = binaryOperands(g, n, first, second);
  if (!operands)
    return operands.error();
  input = first;
  const Tensor &a = g.tensors[first], &b = g.tensors[second], &out = g.tensors[n.outputs[0]];
  auto [lo, hi] = activationRange(std::get<ElementwiseOptions>(n.options).activation, out);
  if (n.op == OpType::Maximum || n.op == OpType::Minimum) {
    // TFLite Micro compares the raw values; its inputs and output share one encoding.
    for (const Tensor *t : {&a, &b})
      if (scaleOf(*t) != scaleOf(out) || zeroPoint(*t) != zeroPoint(out))
        return fail(g, n,
                    fmt::format("'{}' is quantized unlike the output '{}' (TFLite Micro compares "
                                "raw values)",
                                t->name, out.name))
            .error();
    ops::MaxMinParams p{out.elementCount(), std::move(*operands), n.op == OpType::Maximum};
    if (auto s = ops::validate(p); !s)
      return fail(g, n, s.error().message).error();
    return LoweredNode{p};
  }
  if (n.op == OpType::Prelu) {
    // PreluPrepare: input / output and input * alpha / output scales, in double.
    const double in = scaleOf(a), alpha = scaleOf(b), o = scaleOf(out);
    ops::PreluParams p{out.elementCount(),
                       std::move(*operands),
                       -zeroPoint(a),
                       -zeroPoint(b),
                       zeroPoint(out),
                       ops::quantizeMultiplier(in / o),
                       ops::quantizeMultiplier(in * alpha / o)};
    if (auto s = ops::validate(p); !s)
      return fail(g, n, s.error().message).error();
    return LoweredNode{p};
  }
  if (n.op == OpType::Add || n.op == OpType::Sub) {
    ops::AddParams p = ops::makeAddParams(out.elementCount(), a.quantization.scales[0],
                                          zeroPoint(a), b.quantization.scales[0], zeroPoint(b),
                                          out.quantization.scales[0], zeroPoint(out), lo, hi);
    p.operands = std::move(*operands);
    p.subtract = n.op == OpType::Sub;
    if (auto s = ops::validate(p); !s)
      return fail(g, n, s.error().message).error();
    return LoweredNode{p};
  }
  ops::MulParams p;
  p.size = out.elementCount();
  p.operands = std::move(*operands);
  p.input1Offset = -zeroPoint(a), p.input2Offset = -zeroPoint(b), p.outputOffset = zeroPoint(out);
  // TFLM mul_common.cc: the product of the input scales over the output scale, in double.
  auto q = ops::quantizeMultiplier(static_cast<double>(a.quantization.scales[0]) *
                                   static_cast<double>(b.quantization.scales[0]) /
                                   static_cast<double>(out.quantization.scales[0]));
  p.outputMultiplier = q.multiplier, p.outputShift = q.shift;
  p.activationMin = lo, p.activationMax = hi;
  if (auto s = ops::validate(p); !s)
    return fail(g, n, s.error().message).error();
  return LoweredNode{p};
}

Expected<LoweredNode> lowerMean(const Graph &g, const Node &n) {
  for (auto [t, what] : {std::pair{n.inputs[0], "input"}, {n.outputs[0], "output"}})
    if (auto s = checkInt8(g, n, t, what); !s)
      return s.error();
  const Tensor &in = g.tensors[n.inputs[0]], &out = g.tensors[n.outputs[0]];
  auto axes = int32Values(g, n, n.inputs[1], "axis");
  if (!axes)
    return axes.error();
  ops::MeanParams p;
  p.shape.assign(in.shape.begin(), in.shape.end());
  p.reduced.assign(in.shape.size(), false);
  const int rank = static_cast<int>(in.shape.size());
  for (int a : *axes) {
    const int axis = a < 0 ? a + rank : a;
    if (axis < 0 || axis >= rank)
      return fail(g, n, fmt::format("axis {} outside a rank-{} input", a, rank)).error();
    p.reduced[static_cast<size_t>(axis)] = true;
  }
  p.inputZeroPoint = zeroPoint(in), p.outputZeroPoint = zeroPoint(out);
  auto q = scaleRatio(in, out); // TFLM PrepareMeanOrSum
  p.multiplier = q.multiplier, p.shift = q.shift;
  if (auto s = ops::validate(p); !s)
    return fail(g, n, s.error().message).error();
  if (p.outputCount() != out.elementCount())
    return fail(g, n, "the output size does not match the reduced axes").error();
  return LoweredNode{p};
}

Expected<LoweredNode> lowerTranspose(const Graph &g, const Node &n) {
  const Tensor &in = g.tensors[n.inputs[0]], &out = g.tensors[n.outputs[0]];
  if (!eightBit(in) || in.type != out.type)
    return fail(g, n,
                fmt::format("TRANSPOSE of {} '{}' (8-bit tensors only)", name(in.type), in.name))
        .error();
  auto perm = int32Values(g, n, n.inputs[1], "permutation");
  if (!perm)
    return perm.error();
  ops::TransposeParams p;
  p.shape.assign(in.shape.begin(), in.shape.end());
  p.perm = *perm;
  if (auto s = ops::validate(p); !s)
    return fail(g, n, s.error().message).error();
  if (p.outputShape() != std::vector<int>(out.shape.begin(), out.shape.end()))
    return fail(g, n, "the output shape does not match the permutation").error();
  return LoweredNode{p};
}

// TFLite's strided_slice::StartForAxis / StopForAxis: a masked bound is the far end in the
// stride's direction; negative indices count from the end; then the index is clamped (one past
// either end for a stop).
int sliceBound(int index, int stride, int size, bool masked, bool stop) {
  int64_t i = masked ? ((stride > 0) != stop ? INT32_MIN : INT32_MAX) : index;
  if (i < 0)
    i += size;
  return static_cast<int>(stride > 0 ? std::clamp<int64_t>(i, 0, size)
                                     : std::clamp<int64_t>(i, -1, size - 1));
}

// STRIDED_SLICE (begin, end, strides and masks) and SLICE (begin, size; -1: to the end) on 8-bit
// activations: a copy of the elements they select, with the input's quantization.
Expected<LoweredNode> lowerSlice(const Graph &g, const Node &n) {
  const Tensor &in = g.tensors[n.inputs[0]], &out = g.tensors[n.outputs[0]];
  const std::string op(name(n.op));
  if (!eightBit(in) || in.type != out.type)
    return fail(g, n, fmt::format("{} of {} '{}' (8-bit tensors only)", op, name(in.type), in.name))
        .error();
  if (in.quantization.scales[0] != out.quantization.scales[0] || zeroPoint(in) != zeroPoint(out))
    return fail(g, n, "input and output quantization differ").error();
  const int rank = static_cast<int>(in.shape.size());
  auto begin = int32Values(g, n, n.inputs[1], "begin");
  if (!begin)
    return begin.error();
  auto ends = int32Values(g, n, n.inputs[2], n.op == OpType::Slice ? "size" : "end");
  if (!ends)
    return ends.error();
  std::vector<int> strides(static_cast<size_t>(rank), 1);
  if (n.op == OpType::StridedSlice) {
    auto s = int32Values(g, n, n.inputs[3], "strides");
    if (!s)
      return s.error();
    strides = *s;
  }
  if (static_cast<int>(begin->size()) != rank || static_cast<int>(ends->size()) != rank ||
      static_cast<int>(strides.size()) != rank)
    return fail(g, n,
                fmt::format("{} begins, {} ends and {} strides for a rank-{} input", begin->size(),
                            ends->size(), strides.size(), rank))
        .error();
  StridedSliceOptions o;
  if (const auto *so = std::get_if<StridedSliceOptions>(&n.options))
    o = *so;
  if (o.ellipsisMask || o.newAxisMask)
    return fail(g, n,
                fmt::format("ellipsis mask {} / new axis mask {} (only 0 is supported)",
                            o.ellipsisMask, o.newAxisMask))
        .error();
  ops::SliceParams p;
  p.shape.assign(in.shape.begin(), in.shape.end());
  int64_t count = 1;
  for (int d = 0; d < rank; ++d) {
    const int size = in.shape[static_cast<size_t>(d)], stride = strides[static_cast<size_t>(d)];
    if (stride == 0)
      return fail(g, n, fmt::format("stride 0 in dimension {}", d)).error();
    int start = 0, stop = 0;
    if (n.op == OpType::Slice) { // TFLM slice.cc: size -1 runs to the end
      const int b = (*begin)[static_cast<size_t>(d)], s = (*ends)[static_cast<size_t>(d)];
      start = b, stop = s == -1 ? size : b + s;
      if (b < 0 || stop > size || stop < b)
        return fail(g, n, fmt::format("begin {} size {} outside dimension {} of {}", b, s, d, size))
            .error();
    } else {
      start =
          sliceBound((*begin)[static_cast<size_t>(d)], stride, size, o.beginMask >> d & 1, false);
      stop = o.shrinkAxisMask >> d & 1 ? start + 1
                                       : sliceBound(o.offset ? (*begin)[static_cast<size_t>(d)] +
                                                                   (*ends)[static_cast<size_t>(d)]
                                                             : (*ends)[static_cast<size_t>(d)],
                                                    stride, size, o.endMask >> d & 1, true);
    }
    const int elements = stride > 0 ? std::max(0, (stop - start + stride - 1) / stride)
                                    : std::max(0, (start - stop - stride - 1) / -stride);
    if (elements == 0)
      return fail(g, n, fmt::format("dimension {} selects no element", d)).error();
    p.begin.push_back(start), p.stride.push_back(stride), p.outputShape.push_back(elements);
    count *= elements;
  }
  if (count != out.elementCount())
    return fail(g, n,
                fmt::format("the slice has {} elements, the output '{}' {}", count, out.name,
                            out.elementCount()))
        .error();
  if (auto s = ops::validate(p); !s)
    return fail(g, n, s.error().message).error();
  return LoweredNode{p};
}

Expected<LoweredNode> lowerResize(const Graph &g, const Node &n) {
  for (auto [t, what] : {std::pair{n.inputs[0], "input"}, {n.outputs[0], "output"}})
    if (auto s = checkInt8(g, n, t, what); !s)
      return s.error();
  const Tensor &in = g.tensors[n.inputs[0]], &out = g.tensors[n.outputs[0]];
  if (in.shape.size() != 4 || out.shape.size() != 4 || in.shape[0] != 1 || out.shape[0] != 1 ||
      in.shape[3] != out.shape[3])
    return fail(g, n, "input and output must be batch-1 NHWC tensors with the same channels")
        .error();
  auto size = int32Values(g, n, n.inputs[1], "size");
  if (!size)
    return size.error();
  if (size->size() != 2 || (*size)[0] != out.shape[1] || (*size)[1] != out.shape[2])
    return fail(g, n, "the size operand does not match the output shape").error();
  const auto &o = std::get<ResizeOptions>(n.options);
  if (n.op == OpType::ResizeBilinear) {
    // TFLM interpolates the stored values: the output must be quantized like the input.
    if (in.quantization.scales[0] != out.quantization.scales[0] || zeroPoint(in) != zeroPoint(out))
      return fail(g, n,
                  "input and output quantization differ (TFLM interpolates the int8 values "
                  "as they are)")
          .error();
    ops::ResizeBilinearParams p{in.shape[1],  in.shape[2],    in.shape[3],       out.shape[1],
                                out.shape[2], o.alignCorners, o.halfPixelCenters};
    if (auto s = ops::validate(p); !s)
      return fail(g, n, s.error().message).error();
    return LoweredNode{p};
  }
  ops::ResizeNearestParams p{in.shape[1],  in.shape[2],    in.shape[3],       out.shape[1],
                             out.shape[2], o.alignCorners, o.halfPixelCenters};
  if (auto s = ops::validate(p); !s)
    return fail(g, n, s.error().message).error();
  return LoweredNode{p};
}

Expected<LoweredNode> lowerFloatBoundary(const Graph &g, const Node &n) {
  const Tensor &in = g.tensors[n.inputs[0]], &out = g.tensors[n.outputs[0]];
  if (in.elementCount() != out.elementCount())
    return fail(g, n, "input and output sizes differ").error();
  if (n.op == OpType::Quantize) {
    if (in.type != DataType::Float32 || !eightBit(out))
      return fail(g, n,
                  fmt::format("QUANTIZE from {} '{}' to {} '{}' is not supported", name(in.type),
                              in.name, name(out.type), out.name))
          .error();
    ops::QuantizeFloatParams p;
    p.size = out.elementCount();
    p.scale = out.quantization.scales[0], p.zeroPoint = zeroPoint(out);
    p.outputUnsigned = out.type == DataType::UInt8;
    if (auto s = ops::validate(p); !s)
      return fail(g, n, s.error().message).error();
    return LoweredNode{p};
  }
  if (!eightBit(in) || out.type != DataType::Float32)
    return fail(g, n,
                fmt::format("DEQUANTIZE from {} '{}' to {} '{}' is not supported", name(in.type),
                            in.name, name(out.type), out.name))
        .error();
  ops::DequantizeParams p;
  p.size = in.elementCount();
  p.scale = in.quantization.scales[0], p.zeroPoint = zeroPoint(in);
  p.inputUnsigned = in.type == DataType::UInt8;
  if (auto s = ops::validate(p); !s)
    return fail(g, n, s.error().message).error();
  return LoweredNode{p};
}

// CAST between int8, uint8, int16, int32 and float32 (not from float32 to an integer).
Expected<LoweredNode> lowerCast(const Graph &g, const Node &n) {
  const Tensor &in = g.tensors[n.inputs[0]], &out = g.tensors[n.outputs[0]];
  auto castType = [](DataType t) -> std::optional<ops::CastType> {
    switch (t) {
    case DataType::Int8: return ops::CastType::Int8;
    case DataType::UInt8: return ops::CastType::UInt8;
    case DataType::Int16: return ops::CastType::Int16;
    case DataType::Int32: return ops::CastType::Int32;
    case DataType::Float32: return ops::CastType::Float32;
    default: return std::nullopt;
    }
  };
  const auto from = castType(in.type), to = castType(out.type);
  if (!from || !to)
    return fail(g, n,
                fmt::format("CAST from {} '{}' to {} '{}' is not supported", name(in.type), in.name,
                            name(out.type), out.name))
        .error();
  if (in.elementCount() != out.elementCount())
    return fail(g, n, "input and output sizes differ").error();
  ops::CastParams p{in.elementCount(), *from, *to};
  if (auto s = ops::validate(p); !s)
    return fail(g, n, s.error().message).error();
  return LoweredNode{p};
}

Expected<LoweredNode> lowerLogSoftmax(const Graph &g, const Node &n) {
  const Tensor &in = g.tensors[n.inputs[0]], &out = g.tensors[n.outputs[0]];
  if (in.type != DataType::Float32 || out.type != DataType::Float32)
    return fail(g, n,
                fmt::format("LOG_SOFTMAX on {} '{}' (only float32 is supported)", name(in.type),
                            in.name))
        .error();
  if (in.shape.empty() || in.shape != out.shape)
    return fail(g, n, "input and output shapes differ").error();
  ops::LogSoftmaxFloatParams p;
  p.depth = in.shape.back();
  p.rows = p.depth > 0 ? static_cast<int>(in.elementCount() / p.depth) : 0;
  if (auto s = ops::validate(p); !s)
    return fail(g, n, s.error().message).error();
  return LoweredNode{p};
}

} // namespace

Expected<LoweredNode> lowerGlueOp(const Graph &g, const Node &n, int &input) {
  switch (n.op) {
  case OpType::Add:
  case OpType::Sub:
  case OpType::Mul:
  case OpType::Maximum:
  case OpType::Minimum:
  case OpType::Prelu: return lowerAddOrMul(g, n, input);
  case OpType::Mean: return lowerMean(g, n);
  case OpType::Transpose: return lowerTranspose(g, n);
  case OpType::StridedSlice:
  case OpType::Slice: return lowerSlice(g, n);
  case OpType::ResizeNearestNeighbor:
  case OpType::ResizeBilinear: return lowerResize(g, n);
  case OpType::Quantize:
  case OpType::Dequantize: return lowerFloatBoundary(g, n);
  case OpType::LogSoftmax: return lowerLogSoftmax(g, n);
  case OpType::Cast: return lowerCast(g, n);
  case OpType::UnidirectionalSequenceLstm: return lowerLstm(g, n);
  case OpType::Svdf: return lowerSvdf(g, n);
  case OpType::Logistic:
  case OpType::Tanh:
  case OpType::LeakyRelu:
  case OpType::Relu:
  case OpType::Relu6:
  case OpType::HardSwish: return lowerActivation(g, n);
  case OpType::Concatenation: return lowerConcat(g, n);
  default: return fail(g, n, "no lowering for this operator yet").error();
  }
}

} // namespace loom::graph::detail
