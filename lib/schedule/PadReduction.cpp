// pad_reduction LOOP EXTENT: a reduction over a patch of E elements runs over EXTENT > E, the
// extra weights being zeros, so it splits into whole SIMD groups (a 3x3x3 patch of 27 becomes 28:
// seven words for SMLAD, no scalar tail, and the int16 weight layout becomes legal). The patch
// buffer (an im2col scratch) gets the extra columns; what they hold is multiplied by zero.
#include "Accumulation.h"
#include "LoopChecks.h"
#include "loom/schedule/Primitives.h"

#include <map>

namespace loom::schedule {

using namespace ir;
using namespace detail;

Expected<Kernel> padReduction(const Kernel &k, const std::string &name, int64_t extent) {
  auto loop = constantLoop(k, name);
  if (!loop)
    return loop.error();
  if (loop->min != 0 || extent <= loop->extent || extent > loop->extent + 16)
    return Error{fmt::format("pad_reduction of loop '{}' ([{}, {})) to {}: needs a loop from 0 "
                             "and a larger extent, by at most 16",
                             name, loop->min, loop->min + loop->extent, extent)};
  // The loop must be the reduction itself: one multiply-accumulate whose weight and input are
  // both indexed by the loop variable in their last dimension, the input a scratch copy.
  auto mac = matchMacUpdate(loop->loop->body);
  if (!mac)
    return Error{fmt::format("loop '{}' is not a reduction of one multiply-accumulate", name)};
  if (mac->wideInput())
    return Error{
        fmt::format("loop '{}' reads an int16 input: pad_reduction pads int8 patches", name)};
  auto *in = mac->input->as<Load>();
  auto *w = mac->weight->as<Load>();
  auto indexedByLoop = [&](const Load *l) {
    auto *v = l->indices.back()->as<Var>();
    return v && v->name == name && l->buffer->shape.back() == loop->extent;
  };
  if (!in || !w || !indexedByLoop(in) || !indexedByLoop(w))
    return Error{fmt::format("loop '{}' must index the last dimension of both the input and the "
                             "weights of its multiply-accumulate",
                             name)};
  if (w->buffer->role != BufferRole::Weight || !w->buffer->isConstant())
    return Error{"the reduction's weights are not constant: their padding cannot be zeroed"};
  if (in->buffer->role != BufferRole::Scratch)
    return Error{fmt::format("the reduction reads '{}' directly; only a scratch copy (im2col) can "
                             "be widened",
                             in->buffer->name)};
  // Zero weights in the new columns; the patch keeps its columns, with room for the new ones.
  const Buffer &oldW = w->buffer, &oldIn = in->buffer;
  std::vector<int64_t> wShape = oldW->shape, inShape = oldIn->shape;
  wShape.back() = extent, inShape.back() = extent;
  const int64_t rows = oldW->elementCount() / loop->extent;
  std::vector<int64_t> data(static_cast<size_t>(rows * extent), 0);
  for (int64_t r = 0; r < rows; ++r)
    for (int64_t c = 0; c < loop->extent; ++c)
      data[static_cast<size_t>(r * extent + c)] =
          oldW->constantData[static_cast<size_t>(r * loop->extent + c)];
  Buffer newW = makeConstantBuffer(oldW->name + "_padded", oldW->type, wShape, oldW->dimNames,
                                   oldW->role, data);
  Buffer newIn = makeBuffer(oldIn->name, oldIn->type, inShape, oldIn->dimNames, oldIn->role);
  const std::map<const BufferNode *, Buffer> swap = {{oldW.get(), newW}, {oldIn.get(), newIn}};
  auto swapped = [&](const Buffer &b) {
    auto it = swap.find(b.get());
    return it == swap.end() ? b : it->second;
  };
  Stmt body = mutate(
      k.body,
      [&](const Stmt &s) -> Stmt {
        if (auto *st = s->as<Store>())
          return store(swapped(st->buffer), st->indices, st->value);
        if (auto *a = s->as<Allocate>())
          return allocate(swapped(a->buffer), a->body);
        return s;
      },
      [&](const Expr &e) -> Expr {
        if (auto *l = e->as<Load>())
          return load(swapped(l->buffer), l->indices);
        return e;
      });
  body = replaceLoop(
      body, name, [&](const For &f) { return forLoop(f.var, f.min, i32(extent), f.body, f.kind); });
  Kernel out = withBody(k, body);
  for (auto &a : out.arguments)
    a = swapped(a);
  return out;
}

} // namespace loom::schedule
