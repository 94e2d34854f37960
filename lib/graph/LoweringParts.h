// Helpers shared by the lowering of convolution-like ops (Lowering.cpp) and of the glue ops
// (LowerGlueOps.cpp): errors that name the node, TFLite's activation ranges and padding rules.
#pragma once

#include "loom/graph/Lowering.h"
#include "loom/ops/Quantization.h"

#include <cstring>
#include <string>
#include <utility>
#include <vector>

namespace loom::graph::detail {

Status fail(const Graph &g, const Node &n, const std::string &why);
// TfLiteRound(value / scale) + zp.
int32_t quantize(float value, float scale, int32_t zp);
// CalculateActivationRangeQuantized for int8 outputs.
std::pair<int32_t, int32_t> activationRange(Activation a, const Tensor &out);
// The tensor is INT8 with a scale and a zero point.
Status checkInt8(const Graph &g, const Node &n, int t, const char *what);
int32_t zeroPoint(const Tensor &t);
// QuantizeMultiplier(scale(numerator) / scale(denominator)), the ratio taken in double as TFLM's
// Prepare functions do.
ops::QuantizedMultiplier scaleRatio(const Tensor &numerator, const Tensor &denominator);
// The first scale of a quantized tensor (0 when it has none).
float scaleOf(const Tensor &t);
// A constant tensor's contents as values of T (little-endian, as TFLite stores them).
template <typename T> std::vector<T> constantValues(const Tensor &t) {
  std::vector<T> v(t.data.size() / sizeof(T));
  std::memcpy(v.data(), t.data.data(), v.size() * sizeof(T));
  return v;
}
// Node operand k, or -1 when it is absent (optional operands and short operand lists).
inline int operand(const Node &n, int k) {
  return k < static_cast<int>(n.inputs.size()) ? n.inputs[k] : -1;
}
// TFLite ComputePaddingHeightWidth for SAME: the extra pixel goes to the bottom/right.
std::pair<int, int> samePadding(int in, int filter, int stride);

// The producer of tensor `t` if it is a PAD of height and width only, with its
// [top, bottom, left, right] amounts in `pad` (Lowering.cpp).
const Node *padProducer(const Graph &g, int t, ops::Padding &pad);
// CONV_2D and DEPTHWISE_CONV_2D (`input` moves past a folded PAD) and FULLY_CONNECTED
// (LowerConvolutions.cpp).
Expected<LoweredNode> lowerConvolution(const Graph &g, const Node &n, int &input);
Expected<LoweredNode> lowerFullyConnected(const Graph &g, const Node &n, int input);

// ADD, MUL, MEAN, MAX_POOL_2D, TRANSPOSE, RESIZE_NEAREST_NEIGHBOR, QUANTIZE/DEQUANTIZE with a
// float32 side and LOG_SOFTMAX; any other op gets an error naming it.
Expected<LoweredNode> lowerGlueOp(const Graph &g, const Node &n, int &input);

// UNIDIRECTIONAL_SEQUENCE_LSTM (TFLite Micro's integer LSTM; LowerLstm.cpp).
Expected<LoweredNode> lowerLstm(const Graph &g, const Node &n);
// SVDF (TFLite Micro's integer SVDF with an int16 state; LowerSvdf.cpp).
Expected<LoweredNode> lowerSvdf(const Graph &g, const Node &n);
// LOGISTIC, TANH, HARD_SWISH, LEAKY_RELU, RELU and RELU6 on int8, as TFLM's kernels tabulated
// (LowerActivations.cpp).
Expected<LoweredNode> lowerActivation(const Graph &g, const Node &n);
// CONCATENATION and PACK of up to three int8 activations sharing one encoding (LowerConcat.cpp).
Expected<LoweredNode> lowerConcat(const Graph &g, const Node &n);
Expected<LoweredNode> lowerPack(const Graph &g, const Node &n);

} // namespace loom::graph::detail
