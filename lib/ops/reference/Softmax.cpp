// Reference int8 SOFTMAX after TFLite's reference_ops::Softmax and gemmlowp's fixedpoint.h
// (exp_on_negative_values, one_over_one_plus_x_for_x_in_0_1), written out on raw int32 values.
// Fixed-point formats are named Qm (m integer bits, 31 - m fractional bits).
#include "loom/ops/Softmax.h"
#include "loom/ops/Quantization.h"
#include "loom/ops/Reference.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace loom::ops {

SoftmaxParams makeSoftmaxParams(int rows, int depth, double beta, double inputScale) {
  constexpr int kScaledDiffIntegerBits = 5;
  SoftmaxParams p;
  p.rows = rows, p.depth = depth;
  const double real = std::min(beta * inputScale * (1 << (31 - kScaledDiffIntegerBits)),
                               static_cast<double>((int64_t{1} << 31) - 1));
  QuantizedMultiplier q = quantizeMultiplier(real);
  p.inputMultiplier = q.multiplier;
  p.inputLeftShift = q.shift;
  const double radius = 1.0 * ((1 << kScaledDiffIntegerBits) - 1) *
                        static_cast<double>(int64_t{1} << (31 - kScaledDiffIntegerBits)) /
                        static_cast<double>(int64_t{1} << p.inputLeftShift);
  p.diffMin = -static_cast<int32_t>(std::floor(radius));
  return p;
}

namespace reference {
namespace {

constexpr int32_t kMax = std::numeric_limits<int32_t>::max();
constexpr int32_t kMin = std::numeric_limits<int32_t>::min();

int32_t mul(int32_t a, int32_t b) { return saturatingRoundingDoublingHighMul(a, b); }

// gemmlowp SaturatingRoundingMultiplyByPOT with a positive exponent: a saturating left shift.
int32_t saturatingShiftLeft(int32_t x, int exponent) {
  const int32_t threshold = (1 << (31 - exponent)) - 1;
  if (x > threshold)
    return kMax;
  if (x < -threshold)
    return kMin;
  return static_cast<int32_t>(static_cast<uint32_t>(x) << exponent);
}

// exp(a) for a in [-1/4, 0), Q0 in and out: Taylor series around -1/8.
int32_t expOnQuarterInterval(int32_t a) {
  const int32_t expMinusOneEighth = 1895147668, oneThird = 715827883;
  const int32_t x = a + (1 << 28);
  const int32_t x2 = mul(x, x), x3 = mul(x2, x), x4 = mul(x2, x2);
  const int32_t x4Over4 = roundingDivideByPOT(x4, 2);
  const int32_t poly = roundingDivideByPOT(mul(x4Over4 + x3, oneThird) + x2, 1);
  return expMinusOneEighth + mul(expMinusOneEighth, x + poly);
}

// exp(a) for a <= 0 in Q5, result in Q0: the fractional quarter by polynomial, then one constant
// factor exp(-2^k) per set bit of the remaining multiple of 1/4.
int32_t expOnNegativeValues(int32_t a) {
  constexpr int kFractionalBits = 26;
  const int32_t oneQuarter = 1 << (kFractionalBits - 2);
  const int32_t modQuarterMinusQuarter = (a & (oneQuarter - 1)) - oneQuarter;
  int32_t result = expOnQuarterInterval(saturatingShiftLeft(modQuarterMinusQuarter, 5));
  const int32_t remainder = modQuarterMinusQuarter - a;
  const int32_t factors[] = {1672461947, 1302514674, 790015084, 290630308, 39332535, 720401, 242};
  for (int k = -2; k <= 4; ++k)
    if (remainder & (1 << (kFractionalBits + k)))
      result = mul(result, factors[k + 2]);
  return a == 0 ? kMax : result;
}

// 1 / (1 + a) for a in [0, 1), Q0 in and out: Newton-Raphson in Q2 from 48/17 - 32/17 * d.
int32_t oneOverOnePlusX(int32_t a) {
  const int64_t sum = int64_t{a} + kMax;
  const auto halfDenominator = static_cast<int32_t>((sum + (sum >= 0 ? 1 : -1)) / 2);
  int32_t x = 1515870810 + mul(halfDenominator, -1010580540);
  for (int i = 0; i < 3; ++i) {
    const int32_t oneMinusHalfDenominatorTimesX = (1 << 29) - mul(halfDenominator, x);
    x = x + saturatingShiftLeft(mul(x, oneMinusHalfDenominatorTimesX), 2);
  }
  return saturatingShiftLeft(x, 1);
}

} // namespace

namespace {

template <typename Out> void softmaxTo(const SoftmaxParams &p, const int8_t *in, Out *out) {
  constexpr int kAccumulationIntegerBits = 12;
  constexpr int32_t outMin = std::numeric_limits<Out>::min(),
                    outMax = std::numeric_limits<Out>::max();
  constexpr int outBits = 8 * sizeof(Out);
  for (int r = 0; r < p.rows; ++r) {
    const int8_t *x = in + static_cast<int64_t>(r) * p.depth;
    Out *y = out + static_cast<int64_t>(r) * p.depth;
    const int32_t maxInRow = *std::max_element(x, x + p.depth);
    auto scaledExp = [&](int c, bool &used) {
      const int32_t diff = x[c] - maxInRow;
      used = diff >= p.diffMin;
      // MultiplyByQuantizedMultiplierGreaterThanOne: pre-shift, then the high product.
      return used ? expOnNegativeValues(
                        mul(static_cast<int32_t>(static_cast<uint32_t>(diff) << p.inputLeftShift),
                            p.inputMultiplier))
                  : 0;
    };
    int32_t sumOfExps = 0; // Q12
    for (int c = 0; c < p.depth; ++c) {
      bool used = false;
      const int32_t e = scaledExp(c, used);
      if (used)
        sumOfExps += roundingDivideByPOT(e, kAccumulationIntegerBits);
    }
    // TFLite GetReciprocal: normalise the sum to [1, 2), invert, remember the exponent.
    const int headroomPlusOne = __builtin_clz(static_cast<uint32_t>(sumOfExps));
    const int numBitsOverUnit = kAccumulationIntegerBits - headroomPlusOne;
    const auto shiftedSumMinusOne = static_cast<int32_t>(
        (static_cast<uint32_t>(sumOfExps) << headroomPlusOne) - (uint32_t{1} << 31));
    const int32_t shiftedScale = oneOverOnePlusX(shiftedSumMinusOne);
    for (int c = 0; c < p.depth; ++c) {
      bool used = false;
      const int32_t e = scaledExp(c, used);
      if (!used) {
        y[c] = static_cast<Out>(outMin);
        continue;
      }
      const int32_t unsat =
          roundingDivideByPOT(mul(shiftedScale, e), numBitsOverUnit + 31 - outBits);
      y[c] = static_cast<Out>(std::clamp(unsat + outMin, outMin, outMax));
    }
  }
}

} // namespace

void softmax(const SoftmaxParams &p, const int8_t *in, int8_t *out) { softmaxTo(p, in, out); }
void softmax(const SoftmaxParams &p, const int8_t *in, int16_t *out) { softmaxTo(p, in, out); }

} // namespace reference
} // namespace loom::ops
