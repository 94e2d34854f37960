// Checks a kernel before anything lowers it: every variable bound, every operand typed as its
// operator requires, every constant index inside its buffer.
#pragma once

#include "loom/ir/Stmt.h"
#include "loom/support/Error.h"

namespace loom::ir {

// Returns the first problem found, naming the kernel and the offending expression.
Status verify(const Kernel &kernel);

} // namespace loom::ir
