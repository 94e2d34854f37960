// QuantizeMultiplier and output-stage checks.
#include "loom/ops/Quantization.h"

#include <fmt/format.h>

#include <cmath>

namespace loom::ops {

// TFLite quantization_util.cc QuantizeMultiplier: frexp gives scale = q * 2^shift with
// q in [0.5, 1); q is rounded to Q31, and a rounding that reaches 2^31 bumps the shift.
QuantizedMultiplier quantizeMultiplier(double scale) {
  if (scale == 0.0)
    return {0, 0};
  int shift = 0;
  const double q = std::frexp(scale, &shift);
  auto qFixed = static_cast<int64_t>(std::round(q * (int64_t{1} << 31)));
  if (qFixed == (int64_t{1} << 31)) {
    qFixed /= 2;
    ++shift;
  }
  // TFLite flushes shifts below -31 to a zero multiplier.
  if (shift < -31) {
    shift = 0;
    qFixed = 0;
  }
  return {static_cast<int32_t>(qFixed), shift};
}

Status validate(const OutputStage &s, int64_t channels, const std::string &op) {
  if (static_cast<int64_t>(s.multipliers.size()) != channels ||
      static_cast<int64_t>(s.shifts.size()) != channels)
    return Error{fmt::format("{}: {} multipliers and {} shifts for {} output channels", op,
                             s.multipliers.size(), s.shifts.size(), channels)};
  for (int64_t c = 0; c < channels; ++c) {
    if (s.shifts[c] < kMinShift || s.shifts[c] > kMaxShift)
      return Error{fmt::format("{}: output shift {} of channel {} out of range [{}, {}]", op,
                               s.shifts[c], c, kMinShift, kMaxShift)};
  }
  if (s.outputZeroPoint < -128 || s.outputZeroPoint > 127)
    return Error{fmt::format("{}: output zero point {} outside int8", op, s.outputZeroPoint)};
  if (s.activationMin < -128 || s.activationMax > 127 || s.activationMin > s.activationMax)
    return Error{fmt::format("{}: activation range [{}, {}] is not a non-empty int8 range", op,
                             s.activationMin, s.activationMax)};
  return {};
}

} // namespace loom::ops
