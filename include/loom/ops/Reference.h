// Plain reference kernels: loom's oracle. Written independently of the loop-nest builders, line
// by line after TFLite's reference_integer_ops, so that a bug in one does not hide in the other.
#pragma once

#include "loom/ops/Ops.h"

#include <cstdint>

namespace loom::ops::reference {

int32_t saturatingRoundingDoublingHighMul(int32_t a, int32_t b);
int32_t roundingDivideByPOT(int32_t x, int exponent);
int32_t multiplyByQuantizedMultiplier(int32_t x, int32_t multiplier, int shift);

// Inputs and outputs are dense NHWC (batch 1) or [batches][size]; parameters must be valid.
void conv2D(const Conv2DParams &p, const int8_t *input, int8_t *output);
void depthwiseConv2D(const DepthwiseConv2DParams &p, const int8_t *input, int8_t *output);
void pointwiseConv2D(const PointwiseConv2DParams &p, const int8_t *input, int8_t *output);
void fullyConnected(const FullyConnectedParams &p, const int8_t *input, int8_t *output);

} // namespace loom::ops::reference
