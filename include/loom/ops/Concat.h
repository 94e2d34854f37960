// TFLite's CONCATENATION on int8 (reference_ops::Concatenation, as TFLite Micro runs it: a copy;
// the inputs share the output's encoding). Every tensor is viewed as [outer][axis][inner]: the
// dimensions before the axis, the axis, the dimensions after it; input k fills output rows
// offset_k .. offset_k + axis_k - 1 of the axis.
#pragma once

#include "loom/ops/Ops.h"

#include <optional>
#include <vector>

namespace loom::ops {

// At most three inputs per kernel: a kernel takes four buffer arguments (r0-r3). A concatenation
// of more inputs runs as several kernels (concatParts), each writing its inputs' columns of the
// one output.
inline constexpr int kMaxConcatInputs = 3;

struct ConcatParams {
  int64_t outer = 1, inner = 1;
  std::vector<int64_t> axisSizes; // per input, in order
  // For a part of a wider concatenation: the output's axis rows before and after this part's
  // inputs, which its kernel leaves alone.
  int64_t axisBefore = 0, axisAfter = 0;
  int inputCount() const { return static_cast<int>(axisSizes.size()); }
  int64_t outputAxis() const; // the whole output's: before + the inputs' + after
};

Status validate(const ConcatParams &p);
// Where each input lies in the output of a whole concatenation (no part): the output is `rows`
// rows (the dimensions before the axis) of `pitch` elements, and each row holds input k's row of
// lengths[k] elements from element starts[k]. With one row the inputs lie one after another.
// Such a concatenation needs no copy: its producers can write into their place in the output
// (graph/Liveness.h).
struct ConcatPlacement {
  int64_t rows = 1, pitch = 0;
  std::vector<int64_t> starts, lengths;
};
std::optional<ConcatPlacement> inputPlacement(const ConcatParams &p);
// The kernel calls of a concatenation: its inputs in consecutive groups of at most
// kMaxConcatInputs, each part with the axis rows before and after it (one part when it fits).
std::vector<ConcatParams> concatParts(const ConcatParams &p);
// Arguments (input 1, .., input k, output); at most kMaxConcatInputs inputs.
Expected<ir::Kernel> buildConcat(const ConcatParams &p, const std::string &name);

namespace reference {
void concat(const ConcatParams &p, const std::vector<const int8_t *> &inputs, int8_t *out);
} // namespace reference

} // namespace loom::ops
