// register_block: one accumulator per iteration of a band of small loops, with the band moved
// inside the reduction so the loads of one reduction step serve the whole block.
#include "Accumulation.h"
#include "LoopChecks.h"
#include "loom/schedule/Primitives.h"

#include <map>

namespace loom::schedule {

using namespace ir;
using namespace detail;

namespace {

// Thumb-2 has 13 general registers free in a loop: beyond 16 accumulators spilling is certain.
constexpr int64_t kMaxAccumulators = 16;

// Wraps `s` in the band loops, fully unrolled. The copies around the initialisation and the
// stores get their own names (suffix ".init" / ".store") so that every loop name stays unique.
Stmt wrapInBand(Stmt s, const std::vector<ConstantLoop> &band, const std::string &suffix = "") {
  std::map<std::string, Expr> renamed;
  for (const auto &b : band)
    renamed[b.loop->var] = var(b.loop->var + suffix);
  if (!suffix.empty())
    s = substitute(s, renamed);
  for (auto it = band.rbegin(); it != band.rend(); ++it)
    s = forLoop(it->loop->var + suffix, i32(0), i32(it->extent), s, LoopKind::Unrolled);
  return s;
}

// Replaces every access to `from` (one element) by the block accumulator at `index`.
Expr retarget(const Expr &e, const Buffer &from, const Buffer &to, const std::vector<Expr> &index) {
  return mutate(e, [&](const Expr &x) -> Expr {
    if (auto *l = x->as<Load>(); l && l->buffer == from)
      return load(to, index);
    return x;
  });
}

} // namespace

Expected<Kernel> registerBlock(const Kernel &k, const std::vector<std::string> &names) {
  std::vector<ConstantLoop> band;
  int64_t accumulators = 1;
  for (const auto &n : names) {
    auto l = constantLoop(k, n);
    if (!l)
      return l.error();
    if (l->min != 0)
      return Error{fmt::format("loop '{}' does not start at 0 (split it first)", n)};
    if (!band.empty() && band.back().loop->body.get() != nullptr &&
        band.back().loop->body->as<For>() != l->loop)
      return Error{fmt::format("loop '{}' is not the whole body of loop '{}': the band must be "
                               "perfectly nested (reorder first)",
                               n, band.back().loop->var)};
    accumulators *= l->extent;
    band.push_back(*l);
  }
  if (accumulators > kMaxAccumulators)
    return Error{fmt::format("a block of {} accumulators does not fit the registers (at most {})",
                             accumulators, kMaxAccumulators)};
  auto site = matchAccumulator(band.back().loop->body);
  if (!site)
    return Error{fmt::format("the body of loop '{}' is not one output's accumulation "
                             "(allocate acc; init; reduction; store)",
                             band.back().loop->var)};

  // The reduction must be a single chain of loops, lets and guards ending in one update.
  Chain chain = peelChain(site->reduction, true);
  const std::vector<const For *> &loops = chain.loops;
  const std::vector<Stmt> &wrappers = chain.wrappers;
  const Stmt &cursor = chain.leaf;
  for (const For *f : loops)
    for (const auto &b : band)
      if (usesVar(f->min, b.loop->var) || usesVar(f->extent, b.loop->var))
        return Error{
            fmt::format("the bounds of reduction loop '{}' depend on '{}'", f->var, b.loop->var)};
  if (!cursor->as<Store>() || cursor->as<Store>()->buffer != site->allocate->buffer)
    return Error{"the reduction is not a single chain of loops ending in one accumulator update"};
  for (const auto &w : wrappers)
    if (auto *l = w->as<Let>())
      for (const For *f : loops)
        if (usesVar(f->min, l->var) || usesVar(f->extent, l->var))
          return Error{fmt::format("reduction loop '{}' depends on '{}'", f->var, l->var)};

  const Buffer &acc = site->allocate->buffer;
  std::vector<int64_t> shape;
  std::vector<std::string> dims;
  std::vector<Expr> index;
  for (const auto &b : band) {
    shape.push_back(b.extent);
    dims.push_back(b.loop->var);
    index.push_back(var(b.loop->var));
  }
  Buffer block = makeBuffer(acc->name, acc->type, shape, dims, BufferRole::Local);

  const Store *update = cursor->as<Store>();
  Stmt inner = rewrap(wrappers, store(block, index, retarget(update->value, acc, block, index)));
  Stmt reduction = wrapInBand(inner, band);
  for (auto it = loops.rbegin(); it != loops.rend(); ++it)
    reduction = forLoop((*it)->var, (*it)->min, (*it)->extent, reduction, (*it)->kind);
  Stmt init = wrapInBand(store(block, index, retarget(site->init->value, acc, block, index)), band,
                         ".init");
  Stmt result = wrapInBand(store(site->result->buffer, site->result->indices,
                                 retarget(site->result->value, acc, block, index)),
                           band, ".store");
  Stmt replacement = allocate(block, ir::block({init, reduction, result}));
  return withBody(
      k, replaceLoop(k.body, band.front().loop->var, [&](const For &) { return replacement; }));
}

} // namespace loom::schedule
