// Reference MEAN and MAX_POOL_2D, after TFLM's reference_ops::QuantizedMeanOrSum and
// reference_integer_ops::MaxPool.
#include "loom/ops/Reduce.h"
#include "loom/ops/Reference.h"

#include <algorithm>

namespace loom::ops::reference {

void mean(const MeanParams &p, const int8_t *in, int8_t *out) {
  const size_t rank = p.shape.size();
  std::vector<int64_t> sums(static_cast<size_t>(p.outputCount()), 0);
  // Walk the input in row-major order; the output index drops the reduced dimensions.
  std::vector<int> index(rank, 0);
  int64_t total = 1;
  for (int d : p.shape)
    total *= d;
  for (int64_t i = 0; i < total; ++i) {
    int64_t o = 0;
    for (size_t d = 0; d < rank; ++d)
      if (!p.reduced[d])
        o = o * p.shape[d] + index[d];
    sums[static_cast<size_t>(o)] += in[i];
    for (size_t d = rank; d-- > 0;) {
      if (++index[d] < p.shape[d])
        break;
      index[d] = 0;
    }
  }
  const int64_t n = p.reducedCount();
  auto [m, shift] = p.meanMultiplier();
  for (size_t o = 0; o < sums.size(); ++o) {
    const auto shifted = static_cast<int32_t>(sums[o] - p.inputZeroPoint * n);
    const int32_t y = multiplyByQuantizedMultiplier(shifted, m, shift) + p.outputZeroPoint;
    out[o] = static_cast<int8_t>(std::clamp(y, -128, 127));
  }
}

void maxPool2D(const MaxPool2DParams &p, const int8_t *in, int8_t *out) {
  const int oh = p.outputHeight(), ow = p.outputWidth(), ch = p.channels;
  for (int oy = 0; oy < oh; ++oy)
    for (int ox = 0; ox < ow; ++ox)
      for (int c = 0; c < ch; ++c) {
        const int y0 = oy * p.strideHeight - p.padding.top;
        const int x0 = ox * p.strideWidth - p.padding.left;
        int32_t best = -128;
        for (int fy = std::max(0, -y0); fy < std::min(p.filterHeight, p.inputHeight - y0); ++fy)
          for (int fx = std::max(0, -x0); fx < std::min(p.filterWidth, p.inputWidth - x0); ++fx)
            best = std::max<int32_t>(
                best, in[(static_cast<int64_t>(y0 + fy) * p.inputWidth + x0 + fx) * ch + c]);
        best = std::clamp(best, p.activationMin, p.activationMax);
        out[(static_cast<int64_t>(oy) * ow + ox) * ch + c] = static_cast<int8_t>(best);
      }
}

} // namespace loom::ops::reference
