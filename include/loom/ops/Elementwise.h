// The glue ops of a network with TFLite int8 semantics: ADD (both inputs requantized) and
// AVERAGE_POOL_2D, with their plain reference kernels.
#pragma once

#include "loom/ops/Ops.h"

namespace loom::ops {

// TFLite's int8 ADD: each input is shifted left by `leftShift` (20), scaled to the common scale
// (2 x the larger input scale), summed, and the sum requantized to the output scale; all three
// multipliers are below one (non-positive shifts).
struct AddParams {
  int64_t size = 0;
  int32_t input1Offset = 0, input2Offset = 0, outputOffset = 0; // offsets = -zp (inputs), +zp
  int32_t input1Multiplier = 0, input1Shift = 0;
  int32_t input2Multiplier = 0, input2Shift = 0;
  int32_t outputMultiplier = 0, outputShift = 0;
  int leftShift = 20;
  int32_t activationMin = -128, activationMax = 127;
};
// From the float scales, as TFLite's PrepareInt8AddOrSub computes them.
AddParams makeAddParams(int64_t size, double scale1, int32_t zp1, double scale2, int32_t zp2,
                        double outScale, int32_t outZp, int32_t actMin, int32_t actMax);

struct AveragePool2DParams {
  int inputHeight = 0, inputWidth = 0, channels = 0;
  int filterHeight = 1, filterWidth = 1, strideHeight = 1, strideWidth = 1;
  Padding padding;
  int32_t activationMin = -128, activationMax = 127;
  int outputHeight() const;
  int outputWidth() const;
};

Status validate(const AddParams &p);
Status validate(const AveragePool2DParams &p);

// Loop nests. Add: arguments (input1, input2, output). AveragePool2D: (input, output).
Expected<ir::Kernel> buildAdd(const AddParams &p, const std::string &name);
Expected<ir::Kernel> buildAveragePool2D(const AveragePool2DParams &p, const std::string &name);

namespace reference {
void add(const AddParams &p, const int8_t *a, const int8_t *b, int8_t *out);
// Returns false when an output window covers no input (TFLite fails the op then).
bool averagePool2D(const AveragePool2DParams &p, const int8_t *in, int8_t *out);
} // namespace reference

} // namespace loom::ops
