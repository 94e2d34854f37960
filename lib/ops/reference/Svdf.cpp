// Reference integer SVDF after TFLite Micro's svdf_common.cc (EvalIntegerSvdfReference with an
// int16 state), in its order.
#include "loom/ops/Svdf.h"
#include "loom/ops/Reference.h"

#include <algorithm>
#include <cstddef>
#include <vector>

namespace loom::ops::reference {

void svdf(const SvdfParams &p, const int8_t *input, int8_t *output, int16_t *state) {
  const int F = p.filters(), M = p.memory;
  // EvalIntegerSvdfReference's order: shift the whole state left by one, feature layer into
  // each filter's newest value, time layer per filter, then the units.
  std::copy(state + 1, state + static_cast<ptrdiff_t>(F) * M, state);
  for (int f = 0; f < F; ++f) {
    int32_t dot = 0;
    for (int c = 0; c < p.inputSize; ++c)
      dot += p.featureWeights[static_cast<size_t>(f) * p.inputSize + c] *
             (input[c] - p.inputZeroPoint);
    dot = multiplyByQuantizedMultiplier(dot, p.featureScale.multiplier, p.featureScale.shift);
    state[static_cast<ptrdiff_t>(f) * M + M - 1] =
        static_cast<int16_t>(std::clamp<int32_t>(dot, -32768, 32767));
  }
  std::vector<int32_t> filter(static_cast<size_t>(F));
  for (int f = 0; f < F; ++f)
    for (int m = 0; m < M; ++m)
      filter[static_cast<size_t>(f)] +=
          p.timeWeights[static_cast<size_t>(f) * M + m] * state[static_cast<ptrdiff_t>(f) * M + m];
  for (int u = 0; u < p.units; ++u) {
    int32_t sum = p.bias[static_cast<size_t>(u)];
    for (int r = 0; r < p.rank; ++r)
      sum += filter[static_cast<size_t>(u * p.rank + r)];
    const int32_t y =
        multiplyByQuantizedMultiplier(sum, p.outputScale.multiplier, p.outputScale.shift) +
        p.outputZeroPoint;
    output[u] = static_cast<int8_t>(std::clamp(y, -128, 127));
  }
}

} // namespace loom::ops::reference
