// split: one loop becomes an outer and an inner loop, with a tail strategy for the last block.
#include "LoopChecks.h"
#include "loom/schedule/Primitives.h"

#include <map>
#include <memory>
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

// The tail copy of a loop body: every loop and local buffer allocated in it gets `suffix`, so
// later primitives name the copy apart from the full blocks.
Stmt renamedCopy(const Stmt &s, const std::string &suffix) {
  std::map<std::string, Expr> loops;
  std::map<const BufferNode *, Buffer> buffers;
  visit(s, [&](const Stmt &x) {
    if (auto *f = x->as<For>())
      loops[f->var] = var(f->var + suffix);
    else if (auto *a = x->as<Allocate>()) {
      auto copy = std::make_shared<BufferNode>(*a->buffer);
      copy->name += suffix;
      buffers[a->buffer.get()] = copy;
    }
  });
  auto renamed = [&](const Buffer &b) {
    auto it = buffers.find(b.get());
    return it == buffers.end() ? b : it->second;
  };
  Stmt out = mutate(swapBuffers(s, renamed), [&](const Stmt &x) -> Stmt {
    if (auto *f = x->as<For>())
      return forLoop(f->var + suffix, f->min, f->extent, f->body, f->kind);
    return x;
  });
  return substitute(out, loops);
}

// Names a tail copy would bind that the nest already uses.
Status freshTailNames(const Kernel &k, const Stmt &body, const std::string &suffix) {
  Status st;
  visit(body, [&](const Stmt &x) {
    if (auto *f = x->as<For>(); f && st)
      st = freshName(k, f->var + suffix);
  });
  return st;
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
  if (tail == Tail::Loop && !divisible) {
    // Full blocks, then the rest as a loop of its own (renamed, see Primitives.h).
    const std::string rest = name + ".t";
    if (auto s = freshName(k, rest); !s)
      return s.error();
    if (auto s = freshTailNames(k, loop->loop->body, ".t"); !s)
      return s.error();
    const int64_t blocks = extent / factor;
    Expr value = var(outer) * factor + var(inner);
    if (lo != 0)
      value = value + lo;
    Stmt full = forLoop(outer, i32(0), i32(blocks),
                        forLoop(inner, i32(0), i32(factor),
                                substitute(loop->loop->body, {{name, value}}), loop->loop->kind));
    Stmt last = forLoop(
        rest, i32(0), i32(extent - blocks * factor),
        renamedCopy(substitute(loop->loop->body, {{name, var(rest) + i32(lo + blocks * factor)}}),
                    ".t"),
        loop->loop->kind);
    Stmt replacement = block({full, last});
    return withBody(k, replaceLoop(k.body, name, [&](const For &) { return replacement; }));
  }
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
