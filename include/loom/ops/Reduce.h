// Reductions with TensorFlow Lite Micro's int8 semantics: MEAN over any set of axes of a rank <= 4
// tensor (QuantizedMeanOrSum: the 1/N folded into the output multiplier) and MAX_POOL_2D.
#pragma once

#include "loom/ops/Elementwise.h"
#include "loom/ops/Ops.h"

#include <vector>

namespace loom::ops {

struct MeanParams {
  std::vector<int> shape;    // input dimensions (rank 1 to 4), row-major
  std::vector<bool> reduced; // per dimension: summed over (the output keeps the others, in order)
  int32_t inputZeroPoint = 0, outputZeroPoint = 0;
  int32_t multiplier = 1 << 30, shift = 1; // input_scale / output_scale (QuantizeMultiplier)
  int64_t reducedCount() const;            // N, the elements averaged per output
  int64_t outputCount() const;
  // TFLM's rescale for the mean: multiplier * 2^s / N and shift - s, s = min(floor(log2 N), 32,
  // 31 + shift), so that one MultiplyByQuantizedMultiplier both averages and requantizes.
  std::pair<int32_t, int32_t> meanMultiplier() const;
};

struct MaxPool2DParams : Pool2DParams {};

Status validate(const MeanParams &p);
Status validate(const MaxPool2DParams &p);
// Arguments (input, output).
Expected<ir::Kernel> buildMean(const MeanParams &p, const std::string &name);
Expected<ir::Kernel> buildMaxPool2D(const MaxPool2DParams &p, const std::string &name);

namespace reference {
void mean(const MeanParams &p, const int8_t *in, int8_t *out);
void maxPool2D(const MaxPool2DParams &p, const int8_t *in, int8_t *out);
} // namespace reference

} // namespace loom::ops
