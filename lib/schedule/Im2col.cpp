// im2col: before the output loop nest at AT, copy the input patch of each output pixel into a
// scratch buffer, one column per iteration of COLUMNS; padding positions are filled with the
// input zero point, so the reduction over the patch is one dense loop with no padding checks
// (which makes fold_zero_point and simd legal on convolutions with padding). The weights are
// viewed as [channel][patch] (same bytes) to match.
#include "Accumulation.h"
#include "LoopChecks.h"
#include "loom/ir/Printer.h"
#include "loom/schedule/Primitives.h"

namespace loom::schedule {

using namespace ir;
using namespace detail;

namespace {

// The reduction as a chain of loops, lets and guards ending in one multiply-accumulate.
Expected<Chain> reductionChain(const Stmt &reduction) {
  Chain chain = peelChain(reduction, true);
  if (!matchMacUpdate(chain.leaf))
    return Error{"the reduction is not a chain of loops ending in one multiply-accumulate"};
  return chain;
}

} // namespace

Expected<Kernel> im2col(const Kernel &k, const std::string &at, const std::string &column) {
  const For *atLoop = findLoop(k.body, at);
  if (!atLoop)
    return Error{fmt::format("no loop '{}' in the nest", at)};
  int64_t columns = 1;
  if (!column.empty()) {
    auto c = constantLoop(k, column);
    if (!c)
      return c.error();
    if (c->min != 0)
      return Error{fmt::format("column loop '{}' does not start at 0", column)};
    if (!findLoop(atLoop->body, column))
      return Error{fmt::format("column loop '{}' is not inside loop '{}'", column, at)};
    columns = c->extent;
  }
  std::optional<AccumulatorSite> site;
  std::vector<std::string> between; // loops from AT down to the accumulator
  visit(atLoop->body, [&](const Stmt &s) {
    if (site)
      return;
    if (auto *f = s->as<For>())
      between.push_back(f->var);
    site = matchAccumulator(s);
  });
  if (!site)
    return Error{fmt::format("no accumulator below loop '{}'", at)};
  auto chain = reductionChain(site->reduction);
  if (!chain)
    return chain.error();
  auto mac = matchMacUpdate(chain->leaf);
  if (mac->wideInput())
    return Error{"the reduction reads an int16 copy of the input, not the kernel input"};
  auto *in = mac->input->as<Load>();
  auto *w = mac->weight->as<Load>();
  if (in->buffer->role != BufferRole::Input)
    return Error{"the reduction does not read the kernel input (im2col already applied?)"};
  // The patch must be the same for every iteration of the loops between AT and the output,
  // except the column loop: otherwise it could not be shared.
  for (const auto &v : between)
    if (v != column)
      for (const auto &idx : in->indices)
        if (usesVar(idx, v))
          return Error{fmt::format("the input patch depends on loop '{}', inside '{}': it cannot "
                                   "be copied once per iteration of '{}'",
                                   v, at, at)};
  for (const auto &wr : chain->wrappers)
    if (auto *l = wr->as<Let>())
      for (const auto &v : between)
        if (v != column && usesVar(l->value, v))
          return Error{fmt::format("the patch address depends on loop '{}'", v)};

  // Flattened patch index r over the reduction loops; the weights must be indexed by exactly
  // those loops, in order, in their trailing dimensions (dense), i.e. [channel, ky, kx, ic].
  int64_t patch = 1;
  Expr flat = i32(0);
  for (const For *l : chain->loops) {
    auto lo = constantValue(l->min), extent = constantValue(l->extent);
    if (!lo || !extent || *lo != 0)
      return Error{fmt::format("reduction loop '{}' does not have constant bounds from 0", l->var)};
    flat = patch == 1 ? var(l->var) : flat * *extent + var(l->var);
    patch *= *extent;
  }
  const size_t n = chain->loops.size();
  if (w->indices.size() != n + 1)
    return Error{"the weights are not indexed as [channel, reduction loops...]"};
  for (size_t i = 0; i < n; ++i) {
    auto *v = w->indices[i + 1]->as<Var>();
    if (!v || v->name != chain->loops[i]->var ||
        w->buffer->shape[i + 1] != *constantValue(chain->loops[i]->extent))
      return Error{fmt::format("weight dimension {} is not the reduction loop '{}'", i + 1,
                               chain->loops[i]->var)};
  }
  const std::string r = "r";
  if (auto s = freshName(k, r); !s)
    return s.error();

  Buffer scratch =
      makeBuffer("patch", ScalarType::I8, {columns, patch}, {"col", "r"}, BufferRole::Scratch);
  Buffer weights =
      makeConstantBuffer(w->buffer->name, w->buffer->type, {w->buffer->shape[0], patch},
                         {w->buffer->dimNames[0], "r"}, w->buffer->role, w->buffer->constantData);
  Expr col = column.empty() ? i32(0) : var(column);

  // The copy: the original loops and lets, with the padding check choosing input or zero point.
  Stmt copy;
  {
    Stmt leaf = store(scratch, {col, flat}, mac->input);
    Stmt fill = store(scratch, {col, flat}, imm(ScalarType::I8, mac->zeroPoint));
    for (auto it = chain->wrappers.rbegin(); it != chain->wrappers.rend(); ++it) {
      if (auto *l = (*it)->as<Let>())
        leaf = let(l->var, l->value, leaf), fill = let(l->var, l->value, fill);
      else
        leaf = ifThenElse((*it)->as<IfThenElse>()->condition, leaf, fill), fill = leaf;
    }
    copy = leaf;
    for (auto it = chain->loops.rbegin(); it != chain->loops.rend(); ++it)
      copy = forLoop((*it)->var, (*it)->min, (*it)->extent, copy);
    if (!column.empty()) {
      // The copy gets its own column loop so that `column` keeps naming one loop of the nest.
      const std::string copyColumn = column + ".copy";
      if (auto st = freshName(k, copyColumn); !st)
        return st.error();
      copy =
          forLoop(copyColumn, i32(0), i32(columns), substitute(copy, {{column, var(copyColumn)}}));
    }
  }
  if (mac->zeroPoint < -128 || mac->zeroPoint > 127)
    return Error{"the input zero point is not an int8 value"};

  // The reduction over the patch.
  auto *update = chain->leaf->as<Store>();
  Expr x = cast(ScalarType::I32, load(scratch, {col, var(r)}));
  if (mac->zeroPoint > 0)
    x = x - i32(mac->zeroPoint);
  else if (mac->zeroPoint < 0)
    x = x + i32(-mac->zeroPoint);
  std::vector<Expr> wIndex = {w->indices[0], var(r)};
  Stmt reduction = forLoop(r, i32(0), i32(patch),
                           store(update->buffer, update->indices,
                                 load(update->buffer, update->indices) +
                                     x * cast(ScalarType::I32, load(weights, wIndex))));
  const std::string oldReduction = toString(site->reduction);
  Stmt newAt = mutate(atLoop->body, [&](const Stmt &s) -> Stmt {
    return toString(s) == oldReduction ? reduction : s;
  });
  Kernel out = withBody(k, replaceLoop(k.body, at, [&](const For &f) {
                          return forLoop(f.var, f.min, f.extent, block({copy, newAt}), f.kind);
                        }));
  out.arguments.push_back(scratch);
  return out;
}

} // namespace loom::schedule
