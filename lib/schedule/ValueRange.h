// Sound bounds of integer expressions, for primitives whose legality depends on how large a value
// can get (fast_rescale: |x| < 2^30 before a doubling high multiply).
#pragma once

#include "loom/ir/Expr.h"

#include <optional>

namespace loom::schedule::detail {

struct ValueRange {
  int64_t lo, hi;
};

// Every value `e` can take, or nothing when that is not known: int8/int16 loads, constants and
// constant tables, +, -, *, shifts by constants, min, max, select, casts that do not wrap, the
// TFLite rescale helpers and SMMLAR. An i32 step whose true range leaves int32 (it would wrap) has
// no range.
std::optional<ValueRange> valueRange(const ir::Expr &e);

} // namespace loom::schedule::detail
