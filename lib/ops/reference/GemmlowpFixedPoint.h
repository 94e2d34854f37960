// gemmlowp's fixedpoint.h functions that TFLite's reference kernels call, written out on raw int32
// values for loom's reference kernels (SOFTMAX, LOGISTIC, TANH). Fixed-point formats are named Qm
// (m integer bits, 31 - m fractional bits); every function gives gemmlowp's bits exactly.
#pragma once

#include "loom/ops/Reference.h"

#include <cstdint>
#include <limits>

namespace loom::ops::reference::gemmlowp {

inline constexpr int32_t kMax = std::numeric_limits<int32_t>::max();
inline constexpr int32_t kMin = std::numeric_limits<int32_t>::min();

inline int32_t mul(int32_t a, int32_t b) { return saturatingRoundingDoublingHighMul(a, b); }

// SaturatingRoundingMultiplyByPOT with a positive exponent: a saturating left shift.
inline int32_t saturatingShiftLeft(int32_t x, int exponent) {
  const int32_t threshold = (1 << (31 - exponent)) - 1;
  if (x > threshold)
    return kMax;
  if (x < -threshold)
    return kMin;
  return static_cast<int32_t>(static_cast<uint32_t>(x) << exponent);
}

// exp(a) for a in [-1/4, 0), Q0 in and out: Taylor series around -1/8.
inline int32_t expOnQuarterInterval(int32_t a) {
  const int32_t expMinusOneEighth = 1895147668, oneThird = 715827883;
  const int32_t x = a + (1 << 28);
  const int32_t x2 = mul(x, x), x3 = mul(x2, x), x4 = mul(x2, x2);
  const int32_t x4Over4 = roundingDivideByPOT(x4, 2);
  const int32_t poly = roundingDivideByPOT(mul(x4Over4 + x3, oneThird) + x2, 1);
  return expMinusOneEighth + mul(expMinusOneEighth, x + poly);
}

// exp(a) for a <= 0 in Q`integerBits` (at most 5), result in Q0: the fractional quarter by
// polynomial, then one constant factor exp(-2^k) per set bit of the remaining multiple of 1/4.
inline int32_t expOnNegativeValues(int32_t a, int integerBits) {
  const int fractionalBits = 31 - integerBits;
  const int32_t oneQuarter = 1 << (fractionalBits - 2);
  const int32_t modQuarterMinusQuarter = (a & (oneQuarter - 1)) - oneQuarter;
  int32_t result = expOnQuarterInterval(saturatingShiftLeft(modQuarterMinusQuarter, integerBits));
  const int32_t remainder = modQuarterMinusQuarter - a;
  const int32_t factors[] = {1672461947, 1302514674, 790015084, 290630308, 39332535, 720401, 242};
  for (int k = -2; k <= 4 && k < integerBits; ++k)
    if (remainder & (1 << (fractionalBits + k)))
      result = mul(result, factors[k + 2]);
  return a == 0 ? kMax : result;
}

// Newton-Raphson for 1 / (1 + a), a in [0, 1) in Q0: x in Q2 from 48/17 - 32/17 * d, where d is
// (1 + a) / 2; `halfDenominator` receives d.
inline int32_t reciprocalOfOnePlusXInQ2(int32_t a, int32_t &halfDenominator) {
  const int64_t sum = int64_t{a} + kMax;
  halfDenominator = static_cast<int32_t>((sum + (sum >= 0 ? 1 : -1)) / 2);
  int32_t x = 1515870810 + mul(halfDenominator, -1010580540);
  for (int i = 0; i < 3; ++i) {
    const int32_t oneMinusHalfDenominatorTimesX = (1 << 29) - mul(halfDenominator, x);
    x = x + saturatingShiftLeft(mul(x, oneMinusHalfDenominatorTimesX), 2);
  }
  return x;
}

// one_over_one_plus_x_for_x_in_0_1: 1 / (1 + a), Q0 in and out.
inline int32_t oneOverOnePlusX(int32_t a) {
  int32_t d = 0;
  return saturatingShiftLeft(reciprocalOfOnePlusXInQ2(a, d), 1);
}

// one_minus_x_over_one_plus_x_for_x_in_0_1: (1 - a) / (1 + a) = 2 / (1 + a) - 1, Q0.
inline int32_t oneMinusXOverOnePlusX(int32_t a) {
  int32_t d = 0;
  return saturatingShiftLeft(reciprocalOfOnePlusXInQ2(a, d) - (1 << 29), 2);
}

// gemmlowp::logistic on Q`integerBits`, result in Q0.
inline int32_t logistic(int32_t a, int integerBits) {
  if (a == 0)
    return 1 << 30; // one half
  const int32_t absolute = a > 0 ? a : -a;
  const int32_t positive = oneOverOnePlusX(expOnNegativeValues(-absolute, integerBits));
  return a > 0 ? positive : kMax - positive;
}

// gemmlowp::tanh on Q`integerBits`, result in Q0: -tanh(n) for n = -|a| is
// (1 - exp(2n)) / (1 + exp(2n)), exp taken on the same raw value read with one more integer bit.
inline int32_t tanh(int32_t a, int integerBits) {
  if (a == 0)
    return 0;
  const int32_t n = a < 0 ? a : -a;
  const int32_t t = oneMinusXOverOnePlusX(expOnNegativeValues(n, integerBits + 1));
  return a < 0 ? -t : t;
}

} // namespace loom::ops::reference::gemmlowp
