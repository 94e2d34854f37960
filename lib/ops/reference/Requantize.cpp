// TFLite's fixed-point requantization (gemmlowp fixedpoint.h,
// tensorflow/lite/kernels/internal/common.h).
#include "loom/ops/Reference.h"

#include <limits>

namespace loom::ops::reference {

// gemmlowp SaturatingRoundingDoublingHighMul: (2*a*b + 2^31 rounding nudge) >> 32, where the
// nudge is 2^30 for a non-negative product and 1 - 2^30 otherwise, and the division truncates
// toward zero (so exact ties go toward +infinity: 1.5 -> 2, -1.5 -> -1); the single overflowing
// case INT32_MIN * INT32_MIN saturates to INT32_MAX.
int32_t saturatingRoundingDoublingHighMul(int32_t a, int32_t b) {
  const bool overflow = a == b && a == std::numeric_limits<int32_t>::min();
  const int64_t ab = static_cast<int64_t>(a) * static_cast<int64_t>(b);
  const int64_t nudge = ab >= 0 ? (1 << 30) : (1 - (1 << 30));
  const auto high = static_cast<int32_t>((ab + nudge) / (int64_t{1} << 31));
  return overflow ? std::numeric_limits<int32_t>::max() : high;
}

// gemmlowp RoundingDivideByPOT: arithmetic shift right, then +1 when the discarded remainder
// exceeds half (ties round away from zero, because the threshold is one larger for negatives).
int32_t roundingDivideByPOT(int32_t x, int exponent) {
  const int32_t mask = static_cast<int32_t>((int64_t{1} << exponent) - 1);
  const int32_t remainder = x & mask;
  const int32_t threshold = (mask >> 1) + (x < 0 ? 1 : 0);
  return (x >> exponent) + (remainder > threshold ? 1 : 0);
}

// TFLite MultiplyByQuantizedMultiplier (the default, double-rounding variant): a positive shift
// multiplies x by 2^shift first; a negative one is a rounding right shift of the high product.
// The pre-shift wraps like the uint32 arithmetic the MCU does.
int32_t multiplyByQuantizedMultiplier(int32_t x, int32_t multiplier, int shift) {
  const int leftShift = shift > 0 ? shift : 0;
  const int rightShift = shift > 0 ? 0 : -shift;
  const auto shifted = static_cast<int32_t>(static_cast<uint32_t>(x) << leftShift);
  return roundingDivideByPOT(saturatingRoundingDoublingHighMul(shifted, multiplier), rightShift);
}

} // namespace loom::ops::reference
