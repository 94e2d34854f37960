// Checks shared by the primitives: finding a loop by name, constant bounds, fresh names.
#pragma once

#include "loom/ir/Mutate.h"
#include "loom/support/Error.h"

#include <fmt/format.h>

#include <functional>

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

// `s` with every buffer it allocates, loads or stores replaced by `swap(buffer)`.
inline ir::Stmt swapBuffers(const ir::Stmt &s,
                            const std::function<ir::Buffer(const ir::Buffer &)> &swap) {
  return ir::mutate(
      s,
      [&](const ir::Stmt &x) -> ir::Stmt {
        if (auto *st = x->as<ir::Store>())
          return ir::store(swap(st->buffer), st->indices, st->value);
        if (auto *a = x->as<ir::Allocate>())
          return ir::allocate(swap(a->buffer), a->body);
        return x;
      },
      [&](const ir::Expr &e) -> ir::Expr {
        if (auto *l = e->as<ir::Load>())
          return ir::load(swap(l->buffer), l->indices);
        return e;
      });
}

inline ir::Kernel withBody(const ir::Kernel &k, ir::Stmt body) {
  ir::Kernel out = k;
  out.body = std::move(body);
  return out;
}

} // namespace loom::schedule::detail
