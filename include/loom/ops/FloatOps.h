// Ops on float32 tensors, for models whose boundaries are float (TinyNeuralNetwork exports):
// QUANTIZE from float32 to 8 bits, DEQUANTIZE from 8 bits to float32, and LOG_SOFTMAX on float32,
// with TensorFlow Lite Micro's reference semantics.
#pragma once

#include "loom/ops/Ops.h"

namespace loom::ops {

// output = clamp(TfLiteRound(input / scale) + zeroPoint) to int8 (or uint8): the division in
// float, rounding half away from zero (TFLM's AffineQuantize at the vectors' commit).
struct QuantizeFloatParams {
  int64_t size = 0;
  float scale = 1.0f;
  int32_t zeroPoint = 0;
  bool outputUnsigned = false;
};

// output = scale * float(input - zeroPoint), rounded once to float.
struct DequantizeParams {
  int64_t size = 0;
  float scale = 1.0f;
  int32_t zeroPoint = 0;
  bool inputUnsigned = false;
};

// Per row of `depth` values: out = x - max - log(sum(exp(x - max))), in float with libm's expf
// and logf (as the reference kernel; the generated code calls them).
struct LogSoftmaxFloatParams {
  int rows = 0, depth = 0;
};

Status validate(const QuantizeFloatParams &p);
Status validate(const DequantizeParams &p);
Status validate(const LogSoftmaxFloatParams &p);
// Arguments (input, output).
Expected<ir::Kernel> buildQuantizeFloat(const QuantizeFloatParams &p, const std::string &name);
Expected<ir::Kernel> buildDequantize(const DequantizeParams &p, const std::string &name);
Expected<ir::Kernel> buildLogSoftmaxFloat(const LogSoftmaxFloatParams &p, const std::string &name);

namespace reference {
void quantizeFloat(const QuantizeFloatParams &p, const float *in, uint8_t *out);
void dequantize(const DequantizeParams &p, const uint8_t *in, float *out);
void logSoftmaxFloat(const LogSoftmaxFloatParams &p, const float *in, float *out);
} // namespace reference

} // namespace loom::ops
