// An int8 -> int8 elementwise function as a 256-entry table: LOGISTIC, TANH, HARD_SWISH,
// LEAKY_RELU and the standalone RELUs of TFLite Micro. Each output byte depends on the input byte
// alone, so the table is TFLM's integer kernel evaluated once per input value when the model is
// compiled (bit-exact by construction); the kernel is one load per element (256 bytes of flash per
// layer).
#pragma once

#include "loom/ops/Ops.h"

#include <array>
#include <string>

namespace loom::ops {

struct LookupParams {
  int64_t size = 0;                // elements
  std::string function;            // what the table holds, for reports ("Logistic", ...)
  std::array<int8_t, 256> table{}; // output for input byte x at table[x + 128]
};

Status validate(const LookupParams &p);
// Arguments (input, output), both `size` int8 values.
Expected<ir::Kernel> buildLookup(const LookupParams &p, const std::string &name);

// TFLite Micro's int8 kernels as tables, each from the input (and output) quantization the way
// its Prepare takes them:
// LOGISTIC (reference_integer_ops::Logistic, gemmlowp logistic in Q4, output Q0.8 with zero
// point -128).
std::array<int8_t, 256> logisticTable(int32_t inputZeroPoint, float inputScale);
// TANH (reference_integer_ops::Tanh, gemmlowp tanh in Q4, output Q0.7 with zero point 0).
std::array<int8_t, 256> tanhTable(int32_t inputZeroPoint, float inputScale);
// LEAKY_RELU (reference_ops::QuantizeLeakyRelu: identity and alpha multipliers).
std::array<int8_t, 256> leakyReluTable(int32_t inputZeroPoint, float inputScale, float alpha,
                                       int32_t outputZeroPoint, float outputScale);
// RELU (ReluQuantized: rescale, then clamp at the output's quantized 0).
std::array<int8_t, 256> reluTable(int32_t inputZeroPoint, float inputScale, int32_t outputZeroPoint,
                                  float outputScale);

// RELU6 (Relu6Quantized: a clamp to [zero point, quantized 6] in the input's quantization; the
// output's is not consulted, as in TFLM).
std::array<int8_t, 256> relu6Table(int32_t inputZeroPoint, float inputScale);

// HARD_SWISH (reference_ops::HardSwish in int16 fixed point with HardSwishPrepare's 16-bit
// multipliers); TFLM refuses an output multiplier above one, and so does this.
Expected<std::array<int8_t, 256>> hardSwishTable(int32_t inputZeroPoint, float inputScale,
                                                 int32_t outputZeroPoint, float outputScale);

namespace reference {
void lookup(const LookupParams &p, const int8_t *in, int8_t *out);
} // namespace reference

} // namespace loom::ops
