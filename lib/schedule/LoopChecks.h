// Checks shared by the primitives: finding a loop by name, constant bounds, fresh names.
#pragma once

#include "loom/ir/Mutate.h"
#include "loom/support/Error.h"

#include <fmt/format.h>

namespace loom::schedule::detail {

struct ConstantLoop {
  const ir::For *loop;
  int64_t min, extent;
};

inline Expected<ConstantLoop> constantLoop(const ir::Kernel &k, const std::string &name) {
  const ir::For *f = ir::findLoop(k.body, name);
  if (!f)
    return Error{fmt::format("no loop '{}' in the nest", name)};
  auto lo = ir::constantValue(f->min), extent = ir::constantValue(f->extent);
  if (!lo || !extent)
    return Error{fmt::format("loop '{}' has non-constant bounds", name)};
  return ConstantLoop{f, *lo, *extent};
}

inline Status freshName(const ir::Kernel &k, const std::string &name) {
  if (ir::findLoop(k.body, name) || ir::usesVar(k.body, name))
    return Error{fmt::format("the name '{}' is already used in the nest", name)};
  return {};
}

// True when a store in `s` writes a buffer that is not allocated inside `s`: iterations of a
// loop around `s` then accumulate into shared state (a reduction).
bool storesOutsideItsScope(const ir::Stmt &s, const ir::BufferNode *onlyRole = nullptr);

inline ir::Kernel withBody(const ir::Kernel &k, ir::Stmt body) {
  ir::Kernel out = k;
  out.body = std::move(body);
  return out;
}

} // namespace loom::schedule::detail
