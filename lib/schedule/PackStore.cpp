// pack_store LOOP: four consecutive int8 outputs written by one word store.
//
// LOOP (constant, from 0, extent 4) stores into element X + LOOP of the last, contiguous
// dimension of an int8 buffer either i8(V) (the low byte of V) or V clamped to [lo, hi] with
// -128 <= lo <= hi <= 127 (both bounds, or one bound on a V that is already ssat8(...)). Because
// the bounds lie in the int8 range, clamp(V, lo, hi) == clamp(ssat8(V), lo, hi): each lane is
// saturated to a byte (SSAT, kept when V is already ssat8), the four bytes are packed into one
// word, the activation range is applied to all lanes at once (SSUB8 + SEL per bound) and one
// STR writes the word (ARMv7-M allows it unaligned). Per four outputs that replaces four
// compare-and-select pairs per bound and four byte stores with a few bit-field instructions,
// two instructions per bound and one store.
#include "LoopChecks.h"
#include "loom/ir/Intrinsics.h"
#include "loom/ir/Printer.h"
#include "loom/schedule/Primitives.h"

namespace loom::schedule {

using namespace ir;
using namespace detail;

namespace {

constexpr int64_t kLanes = 4;

struct ClampedValue {
  Expr value;        // V, i32
  bool hasLo, hasHi; // which of the clamps is there
  int64_t lo, hi;    // -128 / 127 when absent
  bool saturated;    // V is ssat8(...): already a byte
};

// i8(V), i8(max(V, lo)), i8(min(V, hi)) or i8(min(max(V, lo), hi)) with constant bounds.
std::optional<ClampedValue> matchClamp(const Expr &e) {
  auto *narrow = e->as<Cast>();
  if (!narrow || e->type != ScalarType::I8 || narrow->value->type != ScalarType::I32)
    return std::nullopt;
  ClampedValue c{narrow->value, false, false, -128, 127, false};
  if (auto *m = c.value->as<Binary>(); m && m->op == BinaryOp::Min) {
    auto hi = constantValue(m->b);
    if (!hi)
      return std::nullopt;
    c.hi = *hi, c.value = m->a, c.hasHi = true;
  }
  if (auto *m = c.value->as<Binary>(); m && m->op == BinaryOp::Max) {
    auto lo = constantValue(m->b);
    if (!lo)
      return std::nullopt;
    c.lo = *lo, c.value = m->a, c.hasLo = true;
  }
  auto *sat = c.value->as<Call>();
  c.saturated = sat && sat->name == kSsat8;
  // With one bound only, an unsaturated V could still wrap in the cast, which lane clamps
  // cannot reproduce.
  if (c.hasLo != c.hasHi && !c.saturated)
    return std::nullopt;
  return c;
}

// The last index as X + loop (X free of the loop), or nullopt.
std::optional<Expr> laneBase(const Expr &last, const std::string &loop) {
  if (auto *v = last->as<Var>(); v && v->name == loop)
    return i32(0);
  auto *add = last->as<Binary>();
  if (!add || add->op != BinaryOp::Add)
    return std::nullopt;
  for (auto [lane, base] : {std::pair{add->b, add->a}, std::pair{add->a, add->b}}) {
    auto *v = lane->as<Var>();
    if (v && v->name == loop && !usesVar(base, loop))
      return base;
  }
  return std::nullopt;
}

// The int32 whose four bytes are all `byte`.
Expr replicated(int64_t byte) {
  const uint32_t b = static_cast<uint8_t>(static_cast<int8_t>(byte));
  return i32(static_cast<int32_t>(b * 0x01010101u));
}

// The word store that replaces one loop named `name` (checked on its own: peeled copies of a
// loop share its name).
Expected<Stmt> packedStore(const For &f, const std::string &name) {
  auto lo = constantValue(f.min), extent = constantValue(f.extent);
  if (!lo || !extent || *lo != 0 || *extent != kLanes)
    return Error{fmt::format("loop '{}' must run from 0 over exactly {} iterations", name, kLanes)};
  auto *st = f.body->as<Store>();
  if (!st)
    return Error{fmt::format("the body of loop '{}' is not a single store", name)};
  const Buffer &out = st->buffer;
  if (out->type != ScalarType::I8 || st->value->type != ScalarType::I8)
    return Error{fmt::format("loop '{}' stores into '{}', which is not an int8 buffer written "
                             "element by element",
                             name, out->name)};
  if (out->strides.empty() || out->strides.back() != 1)
    return Error{fmt::format("the last dimension of '{}' is not contiguous", out->name)};
  for (size_t i = 0; i + 1 < st->indices.size(); ++i)
    if (usesVar(st->indices[i], name))
      return Error{
          fmt::format("'{}' is indexed by '{}' outside its last dimension", out->name, name)};
  auto base = laneBase(st->indices.back(), name);
  if (!base)
    return Error{fmt::format("the last index of '{}' is not X + {}: the four stores are not "
                             "consecutive",
                             out->name, name)};
  auto clamp = matchClamp(st->value);
  if (!clamp)
    return Error{fmt::format("the value stored into '{}' is not i8(V) clamped by constant bounds "
                             "(both, or one on a saturated V)",
                             out->name)};
  if (clamp->lo < -128 || clamp->hi > 127 || clamp->lo > clamp->hi)
    return Error{fmt::format("the clamp [{}, {}] of '{}' is not inside the int8 range", clamp->lo,
                             clamp->hi, out->name)};
  // The four values are evaluated before the single store; that is the same only if no value
  // reads what an earlier iteration stored (it cannot read the output; a local could).
  bool readsStored = false;
  mutate(clamp->value, [&](const Expr &x) {
    if (auto *l = x->as<Load>(); l && l->buffer == out)
      readsStored = true;
    return x;
  });
  if (readsStored)
    return Error{fmt::format("the value stored into '{}' reads '{}' itself", out->name, out->name)};

  // Unclamped, the cast keeps V's low byte, as packing does. Clamped by both bounds,
  // clamp(V, lo, hi) == clamp(ssat8(V), lo, hi) since the bounds are inside the int8 range.
  const bool saturate = !clamp->saturated && clamp->hasLo && clamp->hasHi;
  std::vector<Expr> lanes;
  for (int64_t lane = 0; lane < kLanes; ++lane) {
    Expr v = substitute(clamp->value, {{name, i32(lane)}});
    lanes.push_back(saturate ? call(std::string(kSsat8), ScalarType::I32, {v}) : v);
  }
  Expr word = call(std::string(kPack4I8), ScalarType::I32, lanes);
  if (clamp->lo > -128)
    word = call(std::string(kSmax8), ScalarType::I32, {word, replicated(clamp->lo)});
  if (clamp->hi < 127)
    word = call(std::string(kSmin8), ScalarType::I32, {word, replicated(clamp->hi)});
  std::vector<Expr> indices = st->indices;
  indices.back() = *base;
  return store(out, indices, word);
}

} // namespace

Expected<Kernel> packStore(const Kernel &k, const std::string &name) {
  if (!findLoop(k.body, name))
    return Error{fmt::format("no loop '{}' in the nest", name)};
  std::optional<Error> failed;
  Stmt body = replaceLoop(k.body, name, [&](const For &f) -> Stmt {
    auto packed = packedStore(f, name);
    if (packed)
      return *packed;
    if (!failed)
      failed = packed.error();
    return std::make_shared<const StmtNode>(StmtNode{f});
  });
  if (failed)
    return *failed;
  return withBody(k, body);
}

} // namespace loom::schedule
