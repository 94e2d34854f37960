// TFLite's CONCATENATION on int8 (reference_ops::Concatenation, as TFLite Micro runs it: a copy;
// the inputs share the output's encoding). Every tensor is viewed as [outer][axis][inner]: the
// dimensions before the axis, the axis, the dimensions after it; input k fills output rows
// offset_k .. offset_k + axis_k - 1 of the axis.
#pragma once

#include "loom/ops/Ops.h"

#include <vector>

namespace loom::ops {

// At most three inputs: a kernel takes four buffer arguments (r0-r3).
inline constexpr int kMaxConcatInputs = 3;

struct ConcatParams {
  int64_t outer = 1, inner = 1;
  std::vector<int64_t> axisSizes; // per input, in order
  int inputCount() const { return static_cast<int>(axisSizes.size()); }
  int64_t outputAxis() const;
};

Status validate(const ConcatParams &p);
// Arguments (input 1, .., input k, output).
Expected<ir::Kernel> buildConcat(const ConcatParams &p, const std::string &name);

namespace reference {
void concat(const ConcatParams &p, const std::vector<const int8_t *> &inputs, int8_t *out);
} // namespace reference

} // namespace loom::ops
