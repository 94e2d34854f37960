// For each schedule primitive: the op it is exercised on and a generator of legal schedules that
// end with it, for random shapes. Shared by the equivalence tests (JIT and QEMU).
#pragma once

#include "../support/OpCases.h"

#include <functional>
#include <random>
#include <string>
#include <vector>

namespace loom::testing {

struct PrimitiveCase {
  std::string primitive;
  OpKind op;
  bool realisticQuantization; // right shifts only (what fast_requantize requires)
  // A schedule (text) legal for this op instance, or "" when the shape does not allow one.
  std::function<std::string(const OpParams &, std::mt19937 &)> schedule;
};

const std::vector<PrimitiveCase> &primitiveCases();

} // namespace loom::testing
