// The glue ops of a network with TFLite int8 semantics: ADD (both inputs requantized), MUL and
// AVERAGE_POOL_2D, with their plain reference kernels.
#pragma once

#include "loom/ops/Ops.h"

#include <vector>

namespace loom::ops {

// TFLite's int8 ADD: each input is shifted left by `leftShift` (20), scaled to the common scale
// (2 x the larger input scale), summed, and the sum requantized to the output scale; all three
// multipliers are below one (non-positive shifts).
// How the two inputs of ADD/MUL map onto the output. Empty `shape`: both inputs and the output
// are `size` elements. Otherwise the output has dimensions `shape` (rank 1 to 4, row-major) and
// input k is read at sum(index[d] * strides_k[d]) (TFLite broadcasting: stride 0 along a
// dimension of size 1). A non-empty `constant2` is input 2's data, baked into the kernel (a
// constant operand): the kernel then takes (input1, output).
struct BinaryOperands {
  std::vector<int64_t> shape, strides1, strides2;
  std::vector<int8_t> constant2;
  // Elements each input spans (its buffer size) given the output size.
  int64_t extent1(int64_t size) const;
  int64_t extent2(int64_t size) const;
};

struct AddParams {
  int64_t size = 0; // output elements
  BinaryOperands operands;
  int32_t input1Offset = 0, input2Offset = 0, outputOffset = 0; // offsets = -zp (inputs), +zp
  int32_t input1Multiplier = 0, input1Shift = 0;
  int32_t input2Multiplier = 0, input2Shift = 0;
  int32_t outputMultiplier = 0, outputShift = 0;
  int leftShift = 20;
  int32_t activationMin = -128, activationMax = 127;
  // TFLite's int8 SUB: the same arithmetic with input 2's scaled value subtracted.
  bool subtract = false;
};
// From the float scales, as TFLite's PrepareInt8AddOrSub computes them.
AddParams makeAddParams(int64_t size, double scale1, int32_t zp1, double scale2, int32_t zp2,
                        double outScale, int32_t outZp, int32_t actMin, int32_t actMax);

// TFLite's int8 MUL: (x1 - zp1) * (x2 - zp2) requantized by scale1 * scale2 / output scale.
struct MulParams {
  int64_t size = 0; // output elements
  BinaryOperands operands;
  int32_t input1Offset = 0, input2Offset = 0, outputOffset = 0; // offsets = -zp (inputs), +zp
  int32_t outputMultiplier = 1 << 30, outputShift = 1;
  int32_t activationMin = -128, activationMax = 127;
};

// TFLite's int8 MAXIMUM / MINIMUM (reference_ops::MaximumMinimumBroadcastSlow): the larger or
// smaller raw value; TFLite Micro does not requantize (its inputs and output share one encoding).
struct MaxMinParams {
  int64_t size = 0; // output elements
  BinaryOperands operands;
  bool maximum = true;
};

// TFLite's int8 PRELU (reference_ops::BroadcastPrelu4DSlow): a non-negative input (after its
// offset) is requantized by multiplier 1 (input / output scale), a negative one multiplied by
// alpha (input 2, usually a constant per channel) and requantized by multiplier 2 (input * alpha
// / output scale).
struct PreluParams {
  int64_t size = 0; // output elements
  BinaryOperands operands;
  int32_t inputOffset = 0, alphaOffset = 0, outputOffset = 0; // -zp, -zp, +zp
  QuantizedMultiplier identity{}, alpha{};
};

// The window of a 2-D pooling (AVERAGE_POOL_2D, MAX_POOL_2D) over an HWC tensor.
struct Pool2DParams {
  int inputHeight = 0, inputWidth = 0, channels = 0;
  int filterHeight = 1, filterWidth = 1, strideHeight = 1, strideWidth = 1;
  Padding padding;
  int32_t activationMin = -128, activationMax = 127;
  int outputHeight() const;
  int outputWidth() const;
};
struct AveragePool2DParams : Pool2DParams {};

Status validate(const AddParams &p);
Status validate(const MulParams &p);
Status validate(const MaxMinParams &p);
Status validate(const PreluParams &p);
Status validate(const AveragePool2DParams &p);
// The checks every pooling window needs (`op` names the pool in the messages).
Status validatePool2D(const std::string &op, const Pool2DParams &p);

// Loop nests. Add, Mul, MaxMin, Prelu: arguments (input1, input2, output), or (input1, output) with
// a constant input 2. AveragePool2D: (input, output).
Expected<ir::Kernel> buildAdd(const AddParams &p, const std::string &name);
Expected<ir::Kernel> buildMul(const MulParams &p, const std::string &name);
Expected<ir::Kernel> buildMaxMin(const MaxMinParams &p, const std::string &name);
Expected<ir::Kernel> buildPrelu(const PreluParams &p, const std::string &name);
Expected<ir::Kernel> buildAveragePool2D(const AveragePool2DParams &p, const std::string &name);

namespace reference {
// `b` is ignored when the operands carry a constant input 2.
void add(const AddParams &p, const int8_t *a, const int8_t *b, int8_t *out);
void mul(const MulParams &p, const int8_t *a, const int8_t *b, int8_t *out);
void maxMin(const MaxMinParams &p, const int8_t *a, const int8_t *b, int8_t *out);
void prelu(const PreluParams &p, const int8_t *in, const int8_t *alpha, int8_t *out);
// Returns false when an output window covers no input (TFLite fails the op then).
bool averagePool2D(const AveragePool2DParams &p, const int8_t *in, int8_t *out);
} // namespace reference

} // namespace loom::ops
