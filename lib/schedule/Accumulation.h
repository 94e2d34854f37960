// Recognising the accumulation pattern the ops build and the primitives preserve:
//   allocate acc; acc[..] = init; <reduction loops, lets, ifs> acc[..] = acc[..] + x * w; store
#pragma once

#include "loom/ir/Stmt.h"

#include <optional>
#include <vector>

namespace loom::schedule::detail {

// acc[..] = acc[..] + (i32(input) [- zp]) * i32(weight)
struct MacUpdate {
  const ir::Store *store;
  ir::Expr input;    // the int8 input load (int16 when the nest keeps its input widened)
  ir::Expr weight;   // the int8 weight load
  int32_t zeroPoint; // subtracted from the input (0 when folded)
  bool hasZeroPoint; // the (x - zp) form is present
  bool wideInput() const { return input->type == ir::ScalarType::I16; }
};
std::optional<MacUpdate> matchMacUpdate(const ir::Stmt &s);

// The parts of `allocate acc { acc = init; reduction; store }`.
struct AccumulatorSite {
  const ir::Allocate *allocate;
  const ir::Store *init;
  ir::Stmt reduction;
  const ir::Store *result;
};
std::optional<AccumulatorSite> matchAccumulator(const ir::Stmt &s);

// Every statement of `s` that is a MAC update; `other` receives stores that are not.
std::vector<MacUpdate> findMacUpdates(const ir::Stmt &s, std::vector<const ir::Store *> *other);

// A statement peeled down to its leaf: the loops passed through (when allowed) and the lets and
// guards (ifs without else) around the leaf, outermost first.
struct Chain {
  std::vector<const ir::For *> loops;
  std::vector<ir::Stmt> wrappers;
  ir::Stmt leaf;
};
Chain peelChain(const ir::Stmt &s, bool throughLoops);
// `inner` wrapped again in the lets and guards of a chain.
ir::Stmt rewrap(const std::vector<ir::Stmt> &wrappers, ir::Stmt inner);

} // namespace loom::schedule::detail
