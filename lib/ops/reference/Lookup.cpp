// Reference table lookup, and the tables: TFLite Micro's int8 LOGISTIC, TANH, LEAKY_RELU and RELU
// kernels (their Prepare's parameters, then their per-element integer arithmetic) evaluated on
// every int8 input value.
#include "loom/ops/Lookup.h"
#include "GemmlowpFixedPoint.h"
#include "loom/ops/Quantization.h"
#include "loom/ops/Reference.h"

#include <algorithm>
#include <climits>
#include <cmath>
#include <cstdint>

#include <fmt/format.h>

namespace loom::ops {

namespace {

template <typename F> std::array<int8_t, 256> tabulate(F f) {
  std::array<int8_t, 256> t{};
  for (int x = -128; x <= 127; ++x)
    t[static_cast<size_t>(x + 128)] = static_cast<int8_t>(std::clamp(f(x), -128, 127));
  return t;
}

// The Q4 input stage LOGISTIC and TANH share: frexp of scale * 2^27 as multiplier and left shift,
// and CalculateInputRadius(4, shift, 31) beyond which the output saturates.
struct Q4Input {
  int32_t multiplier = 0, leftShift = 0, radius = 0;
};
Q4Input q4Input(float inputScale) {
  constexpr int kInputIntegerBits = 4;
  Q4Input q;
  const double real =
      static_cast<double>(inputScale) * static_cast<double>(1 << (31 - kInputIntegerBits));
  int shift = 0;
  const double m = std::frexp(real, &shift);
  q.multiplier = static_cast<int32_t>(std::round(m * static_cast<double>(int64_t{1} << 31)));
  q.leftShift = shift;
  const double maxInput = 1.0 * ((1 << kInputIntegerBits) - 1) *
                          static_cast<double>(int64_t{1} << (31 - kInputIntegerBits)) /
                          static_cast<double>(int64_t{1} << shift);
  q.radius = static_cast<int32_t>(std::floor(maxInput));
  return q;
}

// LOGISTIC and TANH: saturated beyond the input radius, else `f` of the input rescaled to Q4.
template <typename F>
std::array<int8_t, 256> q4Table(int32_t inputZeroPoint, float inputScale, F f) {
  const Q4Input q = q4Input(inputScale);
  return tabulate([&](int32_t x) {
    const int32_t input = x - inputZeroPoint;
    if (input <= -q.radius)
      return -128;
    if (input >= q.radius)
      return 127;
    return f(reference::multiplyByQuantizedMultiplier(input, q.multiplier, q.leftShift));
  });
}

} // namespace

std::array<int8_t, 256> logisticTable(int32_t inputZeroPoint, float inputScale) {
  return q4Table(inputZeroPoint, inputScale, [](int32_t inQ4) {
    const int32_t outQ0 = reference::gemmlowp::logistic(inQ4, 4);
    return reference::roundingDivideByPOT(outQ0, 31 - 8) - 128; // Q0.8, zero point -128
  });
}

std::array<int8_t, 256> tanhTable(int32_t inputZeroPoint, float inputScale) {
  return q4Table(inputZeroPoint, inputScale, [](int32_t inQ4) {
    return reference::roundingDivideByPOT(reference::gemmlowp::tanh(inQ4, 4), 31 - 7); // Q0.7
  });
}

std::array<int8_t, 256> leakyReluTable(int32_t inputZeroPoint, float inputScale, float alpha,
                                       int32_t outputZeroPoint, float outputScale) {
  // CalculateOpDataLeakyRelu: both ratios in float, then double.
  const QuantizedMultiplier a =
      quantizeMultiplier(static_cast<double>(inputScale * alpha / outputScale));
  const QuantizedMultiplier identity =
      quantizeMultiplier(static_cast<double>(inputScale / outputScale));
  return tabulate([&](int32_t x) {
    const int32_t input = x - inputZeroPoint;
    const QuantizedMultiplier &q = input >= 0 ? identity : a;
    return outputZeroPoint + reference::multiplyByQuantizedMultiplier(input, q.multiplier, q.shift);
  });
}

std::array<int8_t, 256> reluTable(int32_t inputZeroPoint, float inputScale, int32_t outputZeroPoint,
                                  float outputScale) {
  // CalculateReluOpData: the ratio in double; the clamp at the output's quantized 0.
  const QuantizedMultiplier q =
      quantizeMultiplier(static_cast<double>(inputScale) / static_cast<double>(outputScale));
  const int32_t lo = std::max(-128, outputZeroPoint);
  return tabulate([&](int32_t x) {
    return std::max(lo, outputZeroPoint + reference::multiplyByQuantizedMultiplier(
                                              x - inputZeroPoint, q.multiplier, q.shift));
  });
}

std::array<int8_t, 256> relu6Table(int32_t inputZeroPoint, float inputScale) {
  // FloatToQuantizedType<int8_t>(6.0f, scale, zero point).
  const int32_t six =
      std::clamp(static_cast<int32_t>(std::round(6.0f / inputScale)) + inputZeroPoint, -128, 127);
  return tabulate([&](int32_t x) { return std::min(std::max(x, inputZeroPoint), six); });
}

namespace {

// gemmlowp's int16 SaturatingRoundingDoublingHighMul.
int16_t roundingDoublingHighMul16(int16_t a, int16_t b) {
  if (a == b && a == INT16_MIN)
    return INT16_MAX;
  const int32_t ab = int32_t{a} * int32_t{b};
  const int32_t nudge = ab >= 0 ? (1 << 14) : (1 - (1 << 14));
  return static_cast<int16_t>((ab + nudge) / (1 << 15));
}

// reference_ops::SaturatingDoublingHighMul: the same, truncating (SQDMULH).
int16_t doublingHighMul16(int16_t a, int16_t b) {
  if (a == b && a == INT16_MIN)
    return INT16_MAX;
  return static_cast<int16_t>((int32_t{a} * int32_t{b}) / (1 << 15));
}

int16_t saturatingLeftShift16(int16_t value, int amount) {
  const int64_t result = static_cast<int64_t>(value) * (int64_t{1} << amount);
  return static_cast<int16_t>(std::clamp<int64_t>(result, INT16_MIN, INT16_MAX));
}

// DownScaleInt32ToInt16Multiplier.
int16_t downScaleMultiplier(int32_t multiplier) {
  constexpr int32_t kRoundingOffset = 1 << 15;
  if (multiplier >= INT32_MAX - kRoundingOffset)
    return INT16_MAX;
  return static_cast<int16_t>((multiplier + kRoundingOffset) >> 16);
}

} // namespace

Expected<std::array<int8_t, 256>> hardSwishTable(int32_t inputZeroPoint, float inputScale,
                                                 int32_t outputZeroPoint, float outputScale) {
  // HardSwishPrepare: float scale arithmetic, then QuantizeMultiplier and a 16-bit multiplier.
  const float hiresInputScale = (1.0f / 128.0f) * inputScale;
  const float reluishScale = 3.0f / 32768.0f;
  const QuantizedMultiplier output =
      quantizeMultiplier(static_cast<double>(hiresInputScale / outputScale));
  if (output.shift > 0)
    return Error{fmt::format("HardSwish: output multiplier {} exceeds one (exponent {}); TFLite "
                             "Micro refuses it too",
                             static_cast<double>(hiresInputScale / outputScale), output.shift)};
  const QuantizedMultiplier reluish =
      quantizeMultiplier(static_cast<double>(hiresInputScale / reluishScale));
  const int16_t outputMultiplier = downScaleMultiplier(output.multiplier);
  const int16_t reluishMultiplier = downScaleMultiplier(reluish.multiplier);
  return tabulate([&](int32_t x) {
    const auto inputValue = static_cast<int16_t>(x - inputZeroPoint);
    const auto hires = static_cast<int16_t>(inputValue * (1 << 7));
    const int16_t preshiftOutputScale = roundingDoublingHighMul16(hires, outputMultiplier);
    int16_t reluishValue = hires;
    if (reluish.shift > 0)
      reluishValue = saturatingLeftShift16(reluishValue, reluish.shift - 1);
    reluishValue = roundingDoublingHighMul16(reluishValue, reluishMultiplier);
    if (reluish.shift > 0)
      reluishValue = saturatingLeftShift16(reluishValue, 1);
    if (reluish.shift < 0)
      reluishValue =
          static_cast<int16_t>(reference::roundingDivideByPOT(reluishValue, -reluish.shift));
    reluishValue = static_cast<int16_t>((reluishValue + (1 << 15)) >> 1);
    const int16_t preshiftOutput = doublingHighMul16(reluishValue, preshiftOutputScale);
    const auto outputValue = static_cast<int16_t>(
        reference::roundingDivideByPOT(preshiftOutput, -output.shift) + outputZeroPoint);
    return static_cast<int32_t>(outputValue);
  });
}

namespace reference {

void lookup(const LookupParams &p, const int8_t *in, int8_t *out) {
  for (int64_t i = 0; i < p.size; ++i)
    out[i] = p.table[static_cast<size_t>(in[i] + 128)];
}

} // namespace reference

} // namespace loom::ops
