// Ops on float32 tensors, for models whose boundaries are float (TinyNeuralNetwork exports):
// QUANTIZE from float32 to 8 bits, DEQUANTIZE from 8 bits to float32, and LOG_SOFTMAX on float32,
// with TensorFlow Lite Micro's reference semantics; and CAST between element types.
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

// CAST (TFLite Micro's cast.cc): out[i] = static_cast<To>(in[i]). Between the integer types the
// value wraps modulo 2^bits (two's complement, as the C++ conversion); to float32 it rounds to
// nearest. From float32 it is refused: TFLM's static_cast is undefined outside the target range.
enum class CastType : uint8_t { Int8, UInt8, Int16, Int32, Float32 };
std::string_view name(CastType t);
int byteSize(CastType t);
struct CastParams {
  int64_t size = 0;
  CastType from = CastType::Int8, to = CastType::Int8;
};

// Per row of `depth` values: out = x - max - log(sum(exp(x - max))), in float, exp and log being
// the C library's double exp/log rounded to float (the correctly rounded results TFLite's expf/logf
// give on glibc; the generated code calls the same functions, see codegen/IntrinsicLowering.cpp).
struct LogSoftmaxFloatParams {
  int rows = 0, depth = 0;
};

Status validate(const QuantizeFloatParams &p);
Status validate(const DequantizeParams &p);
Status validate(const LogSoftmaxFloatParams &p);
Status validate(const CastParams &p);
// Arguments (input, output).
Expected<ir::Kernel> buildQuantizeFloat(const QuantizeFloatParams &p, const std::string &name);
Expected<ir::Kernel> buildDequantize(const DequantizeParams &p, const std::string &name);
Expected<ir::Kernel> buildLogSoftmaxFloat(const LogSoftmaxFloatParams &p, const std::string &name);
Expected<ir::Kernel> buildCast(const CastParams &p, const std::string &name);

namespace reference {
void quantizeFloat(const QuantizeFloatParams &p, const float *in, uint8_t *out);
void dequantize(const DequantizeParams &p, const uint8_t *in, float *out);
void logSoftmaxFloat(const LogSoftmaxFloatParams &p, const float *in, float *out);
void cast(const CastParams &p, const uint8_t *in, uint8_t *out); // raw bytes, little-endian
} // namespace reference

} // namespace loom::ops
