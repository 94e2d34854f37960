// Reference PAD (reference_ops::Pad with a constant value) and QUANTIZE between 8-bit types
// (reference_ops::Requantize).
#include "loom/ops/DataMovement.h"
#include "loom/ops/Reference.h"

#include <algorithm>

namespace loom::ops::reference {

void pad(const PadParams &p, const int8_t *in, int8_t *out) {
  const int oh = p.outputHeight(), ow = p.outputWidth(), oc = p.outputChannels();
  for (int y = 0; y < oh; ++y)
    for (int x = 0; x < ow; ++x)
      for (int c = 0; c < oc; ++c) {
        const int iy = y - p.top, ix = x - p.left, ic = c - p.front;
        const bool inside = iy >= 0 && iy < p.inputHeight && ix >= 0 && ix < p.inputWidth &&
                            ic >= 0 && ic < p.channels;
        out[(static_cast<int64_t>(y) * ow + x) * oc + c] =
            inside ? in[(static_cast<int64_t>(iy) * p.inputWidth + ix) * p.channels + ic]
                   : static_cast<int8_t>(p.padValue);
      }
}

void requantize(const RequantizeParams &p, const uint8_t *in, uint8_t *out) {
  const int32_t lo = p.outputUnsigned ? 0 : -128, hi = p.outputUnsigned ? 255 : 127;
  for (int64_t i = 0; i < p.size; ++i) {
    const int32_t x = p.inputUnsigned ? in[i] : static_cast<int8_t>(in[i]);
    const int32_t y = multiplyByQuantizedMultiplier(x - p.inputZeroPoint, p.multiplier, p.shift) +
                      p.outputZeroPoint;
    out[i] = static_cast<uint8_t>(std::clamp(y, lo, hi));
  }
}

} // namespace loom::ops::reference
