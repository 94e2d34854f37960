// layout: generation-time layout changes of constant buffers.
//   layout weights int16 — after simd, store the weights pre-widened to int16 and interleaved as
//   (w0, w2, w1, w3) per group of four, so the two halfword pairs SXTB16 / SXTB16 ROR #8 would
//   produce are plain word loads: two instructions less per group, twice the weight flash.
//   layout requant interleaved — the per-channel tables as one [channel][table] int32 table
//   (InterleavedTables.cpp).
//   layout requant offsets_from_shifts — the rounding offsets computed from the shifts instead of
//   stored (OffsetsFromShifts.cpp).
#include "LoopChecks.h"
#include "loom/ir/Intrinsics.h"
#include "loom/ir/Printer.h"
#include "loom/schedule/Primitives.h"

namespace loom::schedule {

using namespace ir;
using namespace detail;

namespace {

// sxtb16 / sxtb16_ror8 of a packed word of the weights.
const Load *unpackedWeightWord(const Expr &e, bool &odd) {
  auto *c = e->as<Call>();
  if (!c || (c->name != kSxtb16 && c->name != kSxtb16Ror8) || c->args.size() != 1)
    return nullptr;
  auto *l = c->args[0]->as<Load>();
  if (!l || l->buffer->role != BufferRole::Weight || c->args[0]->type != ScalarType::I32)
    return nullptr;
  odd = c->name == kSxtb16Ror8;
  return l;
}

} // namespace

Expected<Kernel> layout(const Kernel &k, const std::string &buffer, const std::string &format) {
  if (buffer == "requant") {
    if (format == "offsets_from_shifts")
      return offsetsFromShifts(k);
    if (format != "interleaved")
      return Error{fmt::format(
          "requant layout '{}' is not supported ('interleaved' or 'offsets_from_shifts')", format)};
    return interleaveChannelTables(k);
  }
  if (buffer != "weights")
    return Error{fmt::format("layout of '{}' is not supported ('weights' or 'requant')", buffer)};
  if (format != "int16")
    return Error{fmt::format("weight layout '{}' is not supported (only 'int16')", format)};
  Buffer weights;
  for (const Buffer &b : k.constantBuffers())
    if (b->role == BufferRole::Weight)
      weights = b;
  if (!weights || weights->type != ScalarType::I8)
    return Error{"the kernel has no int8 constant weights"};
  const int64_t k4 = weights->shape.back();
  if (k4 % 4 != 0)
    return Error{fmt::format("the weights' last dimension ({}) is not a multiple of 4, so some "
                             "are read element by element (apply simd on a multiple of 4)",
                             k4)};
  // Every read of the weights must be an unpacked word (i.e. simd was applied to all of them).
  int words = 0, reads = 0;
  visit(k.body, [&](const Stmt &s) {
    auto count = [&](const Expr &e) {
      mutate(e, [&](const Expr &x) {
        bool odd = false;
        if (unpackedWeightWord(x, odd))
          ++words;
        if (auto *l = x->as<Load>(); l && l->buffer == weights)
          ++reads;
        return x;
      });
    };
    if (auto *st = s->as<Store>())
      count(st->value);
    if (auto *l = s->as<Let>())
      count(l->value);
  });
  if (reads == 0)
    return Error{"the weights are not read"};
  if (reads != words)
    return Error{fmt::format("{} of the {} reads of the weights are not SXTB16-unpacked words: "
                             "apply simd first",
                             reads - words, reads)};
  std::vector<int64_t> widened(weights->constantData.size());
  static constexpr int kPosition[4] = {0, 2, 1, 3}; // element j of a group goes to this slot
  for (size_t i = 0; i < widened.size(); ++i) {
    const size_t group = i / 4 * 4;
    widened[group + static_cast<size_t>(kPosition[i % 4])] = weights->constantData[i];
  }
  Buffer w16 = makeConstantBuffer(weights->name + "_i16", ScalarType::I16, weights->shape,
                                  weights->dimNames, BufferRole::Weight, widened);
  auto rewrite = [&](const Expr &e) {
    return mutate(e, [&](const Expr &x) -> Expr {
      bool odd = false;
      const Load *l = unpackedWeightWord(x, odd);
      if (!l || l->buffer != weights)
        return x;
      std::vector<Expr> idx = l->indices;
      if (odd)
        idx.back() = idx.back() + 2;
      return std::make_shared<const ExprNode>(ExprNode{ScalarType::I32, Load{w16, idx}});
    });
  };
  Stmt body = mutate(k.body, nullptr, rewrite);
  return withBody(k, body);
}

Expected<Kernel> tile(const Kernel &k, const std::string &outer, const std::string &inner,
                      int64_t outerFactor, int64_t innerFactor, Tail tail) {
  auto a = split(k, outer, outerFactor, tail);
  if (!a)
    return a.error();
  auto b = split(*a, inner, innerFactor, tail);
  if (!b)
    return b.error();
  return reorder(*b, {outer + ".o", inner + ".o", outer + ".i", inner + ".i"});
}

} // namespace loom::schedule
