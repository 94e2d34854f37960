// split: one loop becomes an outer and an inner loop, with a tail strategy for the last block.
#include "LoopChecks.h"
#include "loom/schedule/Primitives.h"

#include <set>

namespace loom::schedule {

using namespace ir;

namespace detail {

bool storesOutsideItsScope(const Stmt &s, const BufferNode *) {
  std::set<const BufferNode *> local;
  bool outside = false;
  mutate(s, [&](const Stmt &x) {
    if (auto *a = x->as<Allocate>())
      local.insert(a->buffer.get());
    return x;
  });
  mutate(s, [&](const Stmt &x) {
    if (auto *st = x->as<Store>();
        st && st->buffer->role == BufferRole::Local && !local.count(st->buffer.get()))
      outside = true;
    return x;
  });
  return outside;
}

} // namespace detail

using namespace detail;

namespace {
// The guard goes below any loops that are the whole body, so a band of perfectly nested loops
// stays perfectly nested (and can still be reordered); it depends on none of them.
Stmt sinkGuard(const Expr &condition, const Stmt &body) {
  if (auto *f = body->as<For>())
    return forLoop(f->var, f->min, f->extent, sinkGuard(condition, f->body), f->kind);
  return ifThenElse(condition, body);
}
} // namespace

Expected<Kernel> split(const Kernel &k, const std::string &name, int64_t factor, Tail tail) {
  auto loop = constantLoop(k, name);
  if (!loop)
    return loop.error();
  const int64_t extent = loop->extent, lo = loop->min;
  if (factor < 2)
    return Error{fmt::format("split factor {} of loop '{}' must be at least 2", factor, name)};
  if (factor > extent)
    return Error{fmt::format("split factor {} is larger than the extent {} of loop '{}'", factor,
                             extent, name)};
  const std::string outer = name + ".o", inner = name + ".i";
  for (const auto &n : {outer, inner})
    if (auto s = freshName(k, n); !s)
      return s.error();
  const bool divisible = extent % factor == 0;
  if (tail == Tail::Exact && !divisible)
    return Error{fmt::format("extent {} of loop '{}' is not divisible by {} (use guard or shift)",
                             extent, name, factor)};
  if (tail == Tail::Shift && !divisible && storesOutsideItsScope(loop->loop->body))
    return Error{fmt::format("shift tail on loop '{}' would repeat iterations of a reduction "
                             "(its body accumulates into an outer buffer); use guard",
                             name)};

  const int64_t outerExtent = (extent + factor - 1) / factor;
  Expr o = var(outer), i = var(inner);
  Expr base = o * factor;
  if (tail == Tail::Shift && !divisible)
    base = min(base, i32(extent - factor)); // the last block ends exactly at the extent
  Expr value = base + i;
  if (lo != 0)
    value = value + lo;
  Stmt body = substitute(loop->loop->body, {{name, value}});
  if (tail == Tail::Guard && !divisible)
    body = sinkGuard(o * factor + i < i32(extent), body);
  Stmt replacement = forLoop(outer, i32(0), i32(outerExtent),
                             forLoop(inner, i32(0), i32(factor), body, loop->loop->kind));
  return withBody(k, replaceLoop(k.body, name, [&](const For &) { return replacement; }));
}

} // namespace loom::schedule
