// The per-op overload sets behind Op's and AnyOp's dispatch: one function per op and concern.
#include "OpOverloads.h"

#include "loom/ops/Reference.h"

namespace loom::ops::overloads {

namespace {
// The reference kernels, on byte pointers: `in` holds one pointer per activation input.
const int8_t *s8(const uint8_t *p) { return reinterpret_cast<const int8_t *>(p); }
int8_t *s8(uint8_t *p) { return reinterpret_cast<int8_t *>(p); }
const float *f32(const uint8_t *p) { return reinterpret_cast<const float *>(p); }
float *f32(uint8_t *p) { return reinterpret_cast<float *>(p); }
int16_t *s16(uint8_t *p) { return reinterpret_cast<int16_t *>(p); }
const int8_t *second(const ReferenceInputs &in) { return in.size() > 1 ? s8(in[1]) : nullptr; }

namespace ref = reference;
} // namespace

std::string nameOf(const Conv2DParams &) { return "Conv2D"; }
std::string nameOf(const DepthwiseConv2DParams &) { return "DepthwiseConv2D"; }
std::string nameOf(const PointwiseConv2DParams &) { return "PointwiseConv2D"; }
std::string nameOf(const FullyConnectedParams &) { return "FullyConnected"; }
std::string nameOf(const AddParams &) { return "Add"; }
std::string nameOf(const MulParams &) { return "Mul"; }
std::string nameOf(const AveragePool2DParams &) { return "AveragePool2D"; }
std::string nameOf(const MaxPool2DParams &) { return "MaxPool2D"; }
std::string nameOf(const MeanParams &) { return "Mean"; }
std::string nameOf(const SoftmaxParams &) { return "Softmax"; }
std::string nameOf(const PadParams &) { return "Pad"; }
std::string nameOf(const RequantizeParams &) { return "Requantize"; }
std::string nameOf(const TransposeParams &) { return "Transpose"; }
std::string nameOf(const SliceParams &) { return "Slice"; }
std::string nameOf(const ResizeNearestParams &) { return "ResizeNearest"; }
std::string nameOf(const ResizeBilinearParams &) { return "ResizeBilinear"; }
std::string nameOf(const QuantizeFloatParams &) { return "QuantizeFloat"; }
std::string nameOf(const DequantizeParams &) { return "Dequantize"; }
std::string nameOf(const CastParams &) { return "Cast"; }
std::string nameOf(const LogSoftmaxFloatParams &) { return "LogSoftmaxFloat"; }
std::string nameOf(const LstmParams &) { return "Lstm"; }
std::string nameOf(const SvdfParams &) { return "Svdf"; }
std::string nameOf(const LookupParams &) { return "Lookup"; }
std::string nameOf(const MaxMinParams &p) { return p.maximum ? "Maximum" : "Minimum"; }
std::string nameOf(const ConcatParams &) { return "Concat"; }
std::string nameOf(const PreluParams &) { return "Prelu"; }

Expected<ir::Kernel> nestOf(const Conv2DParams &p, const std::string &n) {
  return buildConv2D(p, n);
}
Expected<ir::Kernel> nestOf(const PointwiseConv2DParams &p, const std::string &n) {
  return buildPointwiseConv2D(p, n);
}
Expected<ir::Kernel> nestOf(const DepthwiseConv2DParams &p, const std::string &n) {
  return buildDepthwiseConv2D(p, n);
}
Expected<ir::Kernel> nestOf(const FullyConnectedParams &p, const std::string &n) {
  return buildFullyConnected(p, n);
}
Expected<ir::Kernel> nestOf(const AddParams &p, const std::string &n) { return buildAdd(p, n); }
Expected<ir::Kernel> nestOf(const MulParams &p, const std::string &n) { return buildMul(p, n); }
Expected<ir::Kernel> nestOf(const AveragePool2DParams &p, const std::string &n) {
  return buildAveragePool2D(p, n);
}
Expected<ir::Kernel> nestOf(const MaxPool2DParams &p, const std::string &n) {
  return buildMaxPool2D(p, n);
}
Expected<ir::Kernel> nestOf(const MeanParams &p, const std::string &n) { return buildMean(p, n); }
Expected<ir::Kernel> nestOf(const SoftmaxParams &p, const std::string &n) {
  return buildSoftmax(p, n);
}
Expected<ir::Kernel> nestOf(const PadParams &p, const std::string &n) { return buildPad(p, n); }
Expected<ir::Kernel> nestOf(const RequantizeParams &p, const std::string &n) {
  return buildRequantize(p, n);
}
Expected<ir::Kernel> nestOf(const TransposeParams &p, const std::string &n) {
  return buildTranspose(p, n);
}
Expected<ir::Kernel> nestOf(const SliceParams &p, const std::string &n) { return buildSlice(p, n); }
Expected<ir::Kernel> nestOf(const ResizeNearestParams &p, const std::string &n) {
  return buildResizeNearest(p, n);
}
Expected<ir::Kernel> nestOf(const ResizeBilinearParams &p, const std::string &n) {
  return buildResizeBilinear(p, n);
}
Expected<ir::Kernel> nestOf(const QuantizeFloatParams &p, const std::string &n) {
  return buildQuantizeFloat(p, n);
}
Expected<ir::Kernel> nestOf(const DequantizeParams &p, const std::string &n) {
  return buildDequantize(p, n);
}
Expected<ir::Kernel> nestOf(const CastParams &p, const std::string &n) { return buildCast(p, n); }
Expected<ir::Kernel> nestOf(const LogSoftmaxFloatParams &p, const std::string &n) {
  return buildLogSoftmaxFloat(p, n);
}
Expected<ir::Kernel> nestOf(const LstmParams &p, const std::string &n) { return buildLstm(p, n); }
Expected<ir::Kernel> nestOf(const SvdfParams &p, const std::string &n) { return buildSvdf(p, n); }
Expected<ir::Kernel> nestOf(const LookupParams &p, const std::string &n) {
  return buildLookup(p, n);
}
Expected<ir::Kernel> nestOf(const MaxMinParams &p, const std::string &n) {
  return buildMaxMin(p, n);
}
Expected<ir::Kernel> nestOf(const ConcatParams &p, const std::string &n) {
  return buildConcat(p, n);
}
Expected<ir::Kernel> nestOf(const PreluParams &p, const std::string &n) { return buildPrelu(p, n); }

bool referenceOf(const Conv2DParams &p, const ReferenceInputs &in, uint8_t *o) {
  return ref::conv2D(p, s8(in[0]), s8(o)), true;
}
bool referenceOf(const PointwiseConv2DParams &p, const ReferenceInputs &in, uint8_t *o) {
  return ref::pointwiseConv2D(p, s8(in[0]), s8(o)), true;
}
bool referenceOf(const DepthwiseConv2DParams &p, const ReferenceInputs &in, uint8_t *o) {
  return ref::depthwiseConv2D(p, s8(in[0]), s8(o)), true;
}
bool referenceOf(const FullyConnectedParams &p, const ReferenceInputs &in, uint8_t *o) {
  return ref::fullyConnected(p, s8(in[0]), s8(o)), true;
}
bool referenceOf(const AddParams &p, const ReferenceInputs &in, uint8_t *o) {
  return ref::add(p, s8(in[0]), second(in), s8(o)), true;
}
bool referenceOf(const MulParams &p, const ReferenceInputs &in, uint8_t *o) {
  return ref::mul(p, s8(in[0]), second(in), s8(o)), true;
}
bool referenceOf(const AveragePool2DParams &p, const ReferenceInputs &in, uint8_t *o) {
  return ref::averagePool2D(p, s8(in[0]), s8(o));
}
bool referenceOf(const MaxPool2DParams &p, const ReferenceInputs &in, uint8_t *o) {
  return ref::maxPool2D(p, s8(in[0]), s8(o)), true;
}
bool referenceOf(const MeanParams &p, const ReferenceInputs &in, uint8_t *o) {
  return ref::mean(p, s8(in[0]), s8(o)), true;
}
bool referenceOf(const SoftmaxParams &p, const ReferenceInputs &in, uint8_t *o) {
  if (p.outputBits == 16)
    return ref::softmax(p, s8(in[0]), s16(o)), true;
  return ref::softmax(p, s8(in[0]), s8(o)), true;
}
bool referenceOf(const PadParams &p, const ReferenceInputs &in, uint8_t *o) {
  return ref::pad(p, s8(in[0]), s8(o)), true;
}
bool referenceOf(const RequantizeParams &p, const ReferenceInputs &in, uint8_t *o) {
  return ref::requantize(p, in[0], o), true;
}
bool referenceOf(const TransposeParams &p, const ReferenceInputs &in, uint8_t *o) {
  return ref::transpose(p, s8(in[0]), s8(o)), true;
}
bool referenceOf(const SliceParams &p, const ReferenceInputs &in, uint8_t *o) {
  return ref::slice(p, s8(in[0]), s8(o)), true;
}
bool referenceOf(const ResizeNearestParams &p, const ReferenceInputs &in, uint8_t *o) {
  return ref::resizeNearest(p, s8(in[0]), s8(o)), true;
}
bool referenceOf(const ResizeBilinearParams &p, const ReferenceInputs &in, uint8_t *o) {
  return validate(p) ? (ref::resizeBilinear(p, s8(in[0]), s8(o)), true) : false;
}
bool referenceOf(const QuantizeFloatParams &p, const ReferenceInputs &in, uint8_t *o) {
  return ref::quantizeFloat(p, f32(in[0]), o), true;
}
bool referenceOf(const DequantizeParams &p, const ReferenceInputs &in, uint8_t *o) {
  return ref::dequantize(p, in[0], f32(o)), true;
}
bool referenceOf(const CastParams &p, const ReferenceInputs &in, uint8_t *o) {
  return validate(p) ? (ref::cast(p, in[0], o), true) : false;
}
bool referenceOf(const LogSoftmaxFloatParams &p, const ReferenceInputs &in, uint8_t *o) {
  return ref::logSoftmaxFloat(p, f32(in[0]), f32(o)), true;
}
bool referenceOf(const LstmParams &p, const ReferenceInputs &in, uint8_t *o) {
  std::vector<int8_t> hidden(static_cast<size_t>(p.units), static_cast<int8_t>(p.hiddenZeroPoint));
  std::vector<int16_t> cell(static_cast<size_t>(p.units), 0);
  return ref::lstm(p, s8(in[0]), s8(o), hidden.data(), cell.data()), true;
}
bool referenceOf(const SvdfParams &p, const ReferenceInputs &in, uint8_t *o) {
  std::vector<int16_t> state(static_cast<size_t>(p.filters() * p.memory), 0);
  return ref::svdf(p, s8(in[0]), s8(o), state.data()), true;
}
bool referenceOf(const PreluParams &p, const ReferenceInputs &in, uint8_t *o) {
  return ref::prelu(p, s8(in[0]), second(in), s8(o)), true;
}
bool referenceOf(const ConcatParams &p, const ReferenceInputs &in, uint8_t *o) {
  std::vector<const int8_t *> inputs;
  for (const uint8_t *x : in)
    inputs.push_back(s8(x));
  return ref::concat(p, inputs, s8(o)), true;
}
bool referenceOf(const MaxMinParams &p, const ReferenceInputs &in, uint8_t *o) {
  return ref::maxMin(p, s8(in[0]), second(in), s8(o)), true;
}
bool referenceOf(const LookupParams &p, const ReferenceInputs &in, uint8_t *o) {
  return ref::lookup(p, s8(in[0]), s8(o)), true;
}

} // namespace loom::ops::overloads
