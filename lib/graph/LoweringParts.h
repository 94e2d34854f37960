// Helpers shared by the lowering of convolution-like ops (Lowering.cpp) and of the glue ops
// (LowerGlueOps.cpp): errors that name the node, TFLite's activation ranges and padding rules.
#pragma once

#include "loom/graph/Lowering.h"
#include "loom/ops/Quantization.h"

#include <string>
#include <utility>

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
// TFLite ComputePaddingHeightWidth for SAME: the extra pixel goes to the bottom/right.
std::pair<int, int> samePadding(int in, int filter, int stride);

// ADD, MUL, MEAN, MAX_POOL_2D, TRANSPOSE, RESIZE_NEAREST_NEIGHBOR, QUANTIZE/DEQUANTIZE with a
// float32 side and LOG_SOFTMAX; any other op gets an error naming it.
Expected<LoweredNode> lowerGlueOp(const Graph &g, const Node &n, int &input);

} // namespace loom::graph::detail
