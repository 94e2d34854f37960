// peel: the first and last iterations of a loop become loops of their own, and in every part the
// conditions its range settles are removed. For a convolution window the padding checks hold for
// every interior output pixel, so the interior runs without them (what TinyEngine gets from a
// padded copy of the input, without the copy).
#include "LoopChecks.h"
#include "loom/schedule/Primitives.h"

#include <map>
#include <optional>

namespace loom::schedule {

using namespace ir;
using namespace detail;

namespace {

struct Interval {
  int64_t lo, hi;
};
using Ranges = std::map<std::string, Interval>;

// The values an integer expression can take given the variables' ranges (nullopt: unknown).
std::optional<Interval> range(const Expr &e, const Ranges &r) {
  if (auto c = constantValue(e))
    return Interval{*c, *c};
  if (auto *v = e->as<Var>()) {
    auto it = r.find(v->name);
    return it == r.end() ? std::nullopt : std::optional<Interval>(it->second);
  }
  auto *b = e->as<Binary>();
  if (!b || isFloat(e->type))
    return std::nullopt;
  auto x = range(b->a, r), y = range(b->b, r);
  if (!x || !y)
    return std::nullopt;
  switch (b->op) {
  case BinaryOp::Add: return Interval{x->lo + y->lo, x->hi + y->hi};
  case BinaryOp::Sub: return Interval{x->lo - y->hi, x->hi - y->lo};
  case BinaryOp::Mul: {
    const int64_t p[] = {x->lo * y->lo, x->lo * y->hi, x->hi * y->lo, x->hi * y->hi};
    return Interval{*std::min_element(p, p + 4), *std::max_element(p, p + 4)};
  }
  case BinaryOp::Min: return Interval{std::min(x->lo, y->lo), std::min(x->hi, y->hi)};
  case BinaryOp::Max: return Interval{std::max(x->lo, y->lo), std::max(x->hi, y->hi)};
  default: return std::nullopt;
  }
}

// A condition with what the ranges prove removed: true/false when settled, else the rest.
Expr settle(const Expr &c, const Ranges &r) {
  if (auto *b = c->as<Binary>(); b && b->op == BinaryOp::And && c->type == ScalarType::I1) {
    Expr x = settle(b->a, r), y = settle(b->b, r);
    auto cx = constantValue(x), cy = constantValue(y);
    if ((cx && !*cx) || (cy && !*cy))
      return imm(ScalarType::I1, 0);
    if (cx)
      return y;
    if (cy)
      return x;
    return logicalAnd(x, y);
  }
  auto *cmp = c->as<Compare>();
  if (!cmp)
    return c;
  auto x = range(cmp->a, r), y = range(cmp->b, r);
  if (!x || !y)
    return c;
  std::optional<bool> known;
  switch (cmp->op) {
  case CompareOp::LT:
    known = x->hi < y->lo    ? std::optional(true)
            : x->lo >= y->hi ? std::optional(false)
                             : std::nullopt;
    break;
  case CompareOp::LE:
    known = x->hi <= y->lo  ? std::optional(true)
            : x->lo > y->hi ? std::optional(false)
                            : std::nullopt;
    break;
  case CompareOp::GT:
    known = x->lo > y->hi    ? std::optional(true)
            : x->hi <= y->lo ? std::optional(false)
                             : std::nullopt;
    break;
  case CompareOp::GE:
    known = x->lo >= y->hi  ? std::optional(true)
            : x->hi < y->lo ? std::optional(false)
                            : std::nullopt;
    break;
  default: break;
  }
  return known ? imm(ScalarType::I1, *known ? 1 : 0) : c;
}

// Removes the guards the ranges settle, tracking loop and let ranges on the way down.
Stmt settleGuards(const Stmt &s, Ranges r) {
  if (auto *f = s->as<For>()) {
    auto lo = constantValue(f->min), n = constantValue(f->extent);
    if (lo && n)
      r[f->var] = {*lo, *lo + *n - 1};
    else
      r.erase(f->var);
    return forLoop(f->var, f->min, f->extent, settleGuards(f->body, r), f->kind);
  }
  if (auto *l = s->as<Let>()) {
    if (auto v = range(l->value, r))
      r[l->var] = *v;
    else
      r.erase(l->var);
    return let(l->var, l->value, settleGuards(l->body, r));
  }
  if (auto *b = s->as<Block>()) {
    std::vector<Stmt> out;
    for (const auto &x : b->stmts)
      out.push_back(settleGuards(x, r));
    return block(out);
  }
  if (auto *a = s->as<Allocate>())
    return allocate(a->buffer, settleGuards(a->body, r));
  if (auto *i = s->as<IfThenElse>()) {
    Expr c = settle(i->condition, r);
    if (auto known = constantValue(c)) {
      if (*known)
        return settleGuards(i->thenCase, r);
      return i->elseCase ? settleGuards(i->elseCase, r) : block({});
    }
    return ifThenElse(c, settleGuards(i->thenCase, r),
                      i->elseCase ? settleGuards(i->elseCase, r) : nullptr);
  }
  return s;
}

} // namespace

Expected<Kernel> peel(const Kernel &k, const std::string &name, int64_t before, int64_t after) {
  auto loop = constantLoop(k, name);
  if (!loop)
    return loop.error();
  if (before < 0 || after < 0 || before + after == 0)
    return Error{fmt::format("peel of loop '{}' needs non-negative counts, not both zero (got {} "
                             "and {})",
                             name, before, after)};
  if (before + after >= loop->extent)
    return Error{fmt::format("peel {} + {} iterations of loop '{}' leaves no interior (extent {})",
                             before, after, name, loop->extent)};
  // Every loop of that name is peeled (an earlier peel may have copied it).
  Stmt body = replaceLoop(k.body, name, [&](const For &f) -> Stmt {
    const int64_t lo = *constantValue(f.min), n = *constantValue(f.extent);
    std::vector<Stmt> parts;
    auto part = [&](int64_t start, int64_t count) {
      if (count > 0)
        parts.push_back(forLoop(f.var, i32(start), i32(count), f.body, f.kind));
    };
    part(lo, before);
    part(lo + before, n - before - after);
    part(lo + n - after, after);
    return block(parts);
  });
  return withBody(k, settleGuards(body, {}));
}

} // namespace loom::schedule
