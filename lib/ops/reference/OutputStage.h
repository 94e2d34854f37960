// The per-channel output stage of TFLite's reference_integer_ops kernels, shared by the references.
#pragma once

#include "loom/ops/Reference.h"

#include <algorithm>

namespace loom::ops::reference::detail {

// int32 accumulation wraps like the MCU's ADD. TFLite's C++ leaves overflow undefined, but real
// models have dead channels whose bias sits at +-INT32_MAX next to non-zero weights; their
// multiplier is flushed to zero, so only a well-defined wrap keeps every other bit exact.
inline int32_t wrappingAdd(int32_t a, int32_t b) {
  return static_cast<int32_t>(static_cast<uint32_t>(a) + static_cast<uint32_t>(b));
}

// reference_integer_ops: acc = MultiplyByQuantizedMultiplier(acc, mult[c], shift[c]);
// acc += output_offset; acc = clamp(acc, output_activation_min, output_activation_max).
inline int8_t outputStage(int32_t acc, const OutputStage &s, int channel) {
  int32_t y = multiplyByQuantizedMultiplier(acc, s.multipliers[channel], s.shifts[channel]);
  y += s.outputZeroPoint;
  y = std::max(y, s.activationMin);
  y = std::min(y, s.activationMax);
  return static_cast<int8_t>(y);
}

} // namespace loom::ops::reference::detail
