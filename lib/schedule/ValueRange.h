// Sound bounds of integer expressions, for primitives whose legality depends on how large a value
// can get (fast_rescale: |x| < 2^30 before a doubling high multiply).
#pragma once

#include "loom/ir/Expr.h"

#include <map>
#include <optional>
#include <string>

namespace loom::schedule::detail {

struct ValueRange {
  int64_t lo, hi;
};
// Ranges of variables bound by enclosing lets.
using RangeBindings = std::map<std::string, ValueRange>;

// Every value `e` can take, or nothing when that is not known: int8/int16 loads, constants and
// constant tables, +, -, *, shifts by constants, min, max, select, casts that do not wrap, the
// TFLite rescale helpers and SMMLAR. An i32 step whose true range leaves int32 (it would wrap) has
// no range. A variable has the range `bindings` gives it, if any.
std::optional<ValueRange> valueRange(const ir::Expr &e, const RangeBindings &bindings = {});

} // namespace loom::schedule::detail
