// TFLite int8 quantization parameters shared by every op: the per-channel output stage.
#pragma once

#include "loom/support/Error.h"

#include <cstdint>
#include <string>
#include <vector>

namespace loom::ops {

// TFLite's QuantizeMultiplier: scale = multiplier * 2^(shift - 31), multiplier in [2^30, 2^31)
// (or 0 for a zero scale). A positive shift is a left shift, as in TFLite's output_shift.
struct QuantizedMultiplier {
  int32_t multiplier;
  int32_t shift;
};
QuantizedMultiplier quantizeMultiplier(double scale);

// Everything after the int32 accumulator: bias is added by the op, then, per output channel,
// MultiplyByQuantizedMultiplier, + output zero point, clamp to the fused activation range.
struct OutputStage {
  std::vector<int32_t> multipliers; // per output channel
  std::vector<int32_t> shifts;      // per output channel, TFLite sign convention
  int32_t outputZeroPoint = 0;
  int32_t activationMin = -128;
  int32_t activationMax = 127;
};

// TFLite accepts shifts in [-31, 30]: beyond that the rounding divide or the pre-shift is
// undefined.
inline constexpr int32_t kMinShift = -31;
inline constexpr int32_t kMaxShift = 30;

// Checks an output stage for `channels` output channels; `op` names the layer in messages.
Status validate(const OutputStage &stage, int64_t channels, const std::string &op);

} // namespace loom::ops
