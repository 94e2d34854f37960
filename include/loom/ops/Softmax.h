// TFLite's int8 SOFTMAX (reference_ops::Softmax with gemmlowp fixed point, as TFLite Micro runs
// it for int8 in and out): per row, exp(beta * scale * (x - max)) in Q5.26 -> Q0.31, summed in
// Q12.19, one reciprocal per row, output scale 1/256 with zero point -128.
#pragma once

#include "loom/ops/Ops.h"

namespace loom::ops {

struct SoftmaxParams {
  int rows = 1, depth = 0;     // softmax over the last dimension, `rows` times
  int32_t inputMultiplier = 0; // beta * input_scale * 2^26, as QuantizeMultiplierGreaterThanOne
  int32_t inputLeftShift = 0;
  int32_t diffMin = 0; // differences below this give exp = 0 (TFLite's -input radius)
  // int8 output (scale 1/256, zero point -128) or int16 (scale 1/65536, zero point -32768), as
  // TFLite Micro runs int8 -> int16 softmax.
  int outputBits = 8;
};
// TFLite's PreprocessSoftmaxScaling and CalculateInputRadius with 5 integer bits.
SoftmaxParams makeSoftmaxParams(int rows, int depth, double beta, double inputScale);

Status validate(const SoftmaxParams &p);
// Arguments (input, output), both rows x depth; int8 input, output of `outputBits`.
Expected<ir::Kernel> buildSoftmax(const SoftmaxParams &p, const std::string &name);

namespace reference {
void softmax(const SoftmaxParams &p, const int8_t *in, int8_t *out);
void softmax(const SoftmaxParams &p, const int8_t *in, int16_t *out); // outputBits 16
} // namespace reference

} // namespace loom::ops
