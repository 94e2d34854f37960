// Reference CONCATENATION: reference_ops::Concatenation's loops (outer, then each input's
// axis * inner block).
#include "loom/ops/Concat.h"

#include <algorithm>

namespace loom::ops::reference {

void concat(const ConcatParams &p, const std::vector<const int8_t *> &inputs, int8_t *out) {
  for (int64_t o = 0; o < p.outer; ++o) {
    // A part of a wider concatenation writes its own columns of each outer row.
    int8_t *at = out + (o * p.outputAxis() + p.axisBefore) * p.inner;
    for (size_t k = 0; k < inputs.size(); ++k) {
      const int64_t copy = p.axisSizes[k] * p.inner;
      at = std::copy(inputs[k] + o * copy, inputs[k] + (o + 1) * copy, at);
    }
  }
}

} // namespace loom::ops::reference
