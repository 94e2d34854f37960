// Readable text form of the IR: what golden tests compare and what `--dump-ir` shows.
#pragma once

#include "loom/ir/Stmt.h"

#include <string>

namespace loom::ir {

std::string toString(const Expr &e);
std::string toString(const Stmt &s, int indent = 0);
std::string toString(const Kernel &k);

} // namespace loom::ir
