// Reference int8 SOFTMAX after TFLite's reference_ops::Softmax and gemmlowp's fixedpoint.h
// (exp_on_negative_values, one_over_one_plus_x_for_x_in_0_1), written out on raw int32 values.
// Fixed-point formats are named Qm (m integer bits, 31 - m fractional bits).
#include "loom/ops/Softmax.h"
#include "GemmlowpFixedPoint.h"
#include "loom/ops/Quantization.h"
#include "loom/ops/Reference.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace loom::ops {

namespace {
constexpr int kScaledDiffIntegerBits = 5; // TFLite's softmax works on differences in Q5
} // namespace

SoftmaxParams makeSoftmaxParams(int rows, int depth, double beta, double inputScale) {
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

using namespace gemmlowp;

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
                            p.inputMultiplier),
                        kScaledDiffIntegerBits)
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
