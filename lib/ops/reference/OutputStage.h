// The per-channel output stage of TFLite's reference_integer_ops kernels, shared by the references.
#pragma once

#include "loom/ops/Reference.h"

#include <algorithm>

namespace loom::ops::reference::detail {

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
