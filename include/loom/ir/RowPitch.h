// A kernel argument placed by rows inside a wider buffer: the plan's views put a tensor's rows at a
// pitch (a channel slice of a concatenation's output, for example), and the kernel that writes it
// then addresses those rows there instead of densely. Only the argument's strides change; the
// kernel's loops, schedule and arithmetic stay as they are.
#pragma once

#include "loom/ir/Stmt.h"
#include "loom/support/Error.h"

#include <string>

namespace loom::ir {

// `k` with its dense argument `argument` read and written as rows of `rowElements` elements,
// `pitch` elements apart. Refused (with the reason) when the argument is not dense or no
// dimension boundary of its shape falls at `rowElements` (its innermost dimensions must make up
// exactly one row, e.g. the channels of a pixel, so the rows' starts are what the outer indices
// select).
Expected<Kernel> withRowPitch(const Kernel &k, const std::string &argument, int64_t rowElements,
                              int64_t pitch);

} // namespace loom::ir
