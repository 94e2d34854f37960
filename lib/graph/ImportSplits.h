// SPLIT, SPLIT_V and UNPACK in the importer: one SLICE node per output (a copy of its part of
// the input; the output's shape may drop the axis, as UNPACK's does). Every part keeps the
// operator's index in the model.
#pragma once

#include "loom/graph/Graph.h"
#include "loom/support/Error.h"

#include <vector>

namespace loom::graph::detail {

inline constexpr int kSplitBuiltin = 49, kSplitVBuiltin = 102, kUnpackBuiltin = 88;

// Appends the SLICE nodes (and their constant begin/size tensors) for model operator `index`
// with builtin code `builtin`; `unpackAxis` is UNPACK's axis option.
Status appendSplit(Graph &g, int builtin, int index, const std::vector<int> &inputs,
                   const std::vector<int> &outputs, int unpackAxis);

} // namespace loom::graph::detail
