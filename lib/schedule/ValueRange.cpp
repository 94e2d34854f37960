#include "ValueRange.h"

#include "loom/ir/Intrinsics.h"

#include <algorithm>
#include <limits>

namespace loom::schedule::detail {

using namespace ir;

namespace {

constexpr int64_t kLimit = int64_t{1} << 62; // beyond this, products could overflow int64

std::optional<ValueRange> typeRange(ScalarType t) {
  switch (t) {
  case ScalarType::I1: return ValueRange{0, 1};
  case ScalarType::I8: return ValueRange{-128, 127};
  case ScalarType::I16: return ValueRange{-32768, 32767};
  case ScalarType::I32:
    return ValueRange{std::numeric_limits<int32_t>::min(), std::numeric_limits<int32_t>::max()};
  default: return std::nullopt;
  }
}

bool within(const ValueRange &r, ScalarType t) {
  auto limits = typeRange(t);
  return limits && r.lo >= limits->lo && r.hi <= limits->hi;
}

std::optional<ValueRange> checked(int64_t lo, int64_t hi, ScalarType t) {
  ValueRange r{lo, hi};
  if (lo < -kLimit || hi > kLimit || !within(r, t))
    return std::nullopt;
  return r;
}

int64_t floorShift(int64_t v, int64_t k) { return v >> k; } // arithmetic: floor(v / 2^k)

std::optional<ValueRange> binaryRange(const Binary &b, ScalarType t, const RangeBindings &v) {
  auto a = valueRange(b.a, v);
  const auto k = constantValue(b.b);
  // x >> 31 of an i32 is 0 or -1 whatever x is (the sign of a rescale's product).
  if (b.op == BinaryOp::Shr && k && *k == 31 && t == ScalarType::I32)
    return ValueRange{-1, 0};
  auto c = valueRange(b.b, v);
  if (!a || !c)
    return std::nullopt;
  switch (b.op) {
  case BinaryOp::Add: return checked(a->lo + c->lo, a->hi + c->hi, t);
  case BinaryOp::Sub: return checked(a->lo - c->hi, a->hi - c->lo, t);
  case BinaryOp::Mul: {
    if (std::max({std::abs(a->lo), std::abs(a->hi), std::abs(c->lo), std::abs(c->hi)}) >
        (int64_t{1} << 31))
      return std::nullopt;
    const int64_t p[] = {a->lo * c->lo, a->lo * c->hi, a->hi * c->lo, a->hi * c->hi};
    return checked(*std::min_element(p, p + 4), *std::max_element(p, p + 4), t);
  }
  case BinaryOp::Shl:
    if (!k || *k < 0 || *k > 31 || std::abs(a->lo) >= (kLimit >> *k) ||
        std::abs(a->hi) >= (kLimit >> *k))
      return std::nullopt;
    return checked(a->lo * (int64_t{1} << *k), a->hi * (int64_t{1} << *k), t);
  case BinaryOp::Shr:
    if (!k || *k < 0 || *k > 31)
      return std::nullopt;
    return checked(floorShift(a->lo, *k), floorShift(a->hi, *k), t);
  case BinaryOp::Min: return checked(std::min(a->lo, c->lo), std::min(a->hi, c->hi), t);
  case BinaryOp::Max: return checked(std::max(a->lo, c->lo), std::max(a->hi, c->hi), t);
  default: return std::nullopt;
  }
}

std::optional<ValueRange> callRange(const Call &c, ScalarType t, const RangeBindings &v) {
  if (c.name == kSatRoundingDoublingHighMul && c.args.size() == 2) {
    // floor-or-truncate((x * m +- 2^30) / 2^31): within one of x * m / 2^31.
    auto x = valueRange(c.args[0], v), m = valueRange(c.args[1], v);
    if (!x || !m || (x->lo <= INT32_MIN && m->lo <= INT32_MIN))
      return std::nullopt; // the saturating corner
    const int64_t p[] = {x->lo * m->lo, x->lo * m->hi, x->hi * m->lo, x->hi * m->hi};
    return checked(floorShift(*std::min_element(p, p + 4), 31) - 1,
                   floorShift(*std::max_element(p, p + 4), 31) + 1, t);
  }
  if (c.name == kRoundingDivideByPOT && c.args.size() == 2) {
    auto x = valueRange(c.args[0], v), e = valueRange(c.args[1], v);
    if (!x || !e || e->lo < 0 || e->hi > 31)
      return std::nullopt;
    // Monotone in x and, for a fixed x, in e: the extremes are at the corners; rounding adds at
    // most one.
    return checked(std::min(floorShift(x->lo, e->lo), floorShift(x->lo, e->hi)),
                   std::max(floorShift(x->hi, e->lo), floorShift(x->hi, e->hi)) + 1, t);
  }
  if (c.name == kSmmlar && c.args.size() == 3) {
    // acc + floor((a * b + 2^31) / 2^32).
    auto a = valueRange(c.args[0], v), b = valueRange(c.args[1], v), acc = valueRange(c.args[2], v);
    if (!a || !b || !acc)
      return std::nullopt;
    const int64_t p[] = {a->lo * b->lo, a->lo * b->hi, a->hi * b->lo, a->hi * b->hi};
    return checked(acc->lo + floorShift(*std::min_element(p, p + 4), 32),
                   acc->hi + floorShift(*std::max_element(p, p + 4), 32) + 1, t);
  }
  return std::nullopt;
}

} // namespace

std::optional<ValueRange> valueRange(const Expr &e, const RangeBindings &bindings) {
  if (!e)
    return std::nullopt;
  const ScalarType t = e->type;
  if (auto *imm = e->as<IntImm>())
    return ValueRange{imm->value, imm->value};
  if (auto *v = e->as<Var>()) {
    auto it = bindings.find(v->name);
    return it == bindings.end() ? std::nullopt : std::optional{it->second};
  }
  if (auto *c = e->as<Cast>()) {
    if (auto r = valueRange(c->value, bindings); r && within(*r, t))
      return r;
    // A narrowing cast wraps: an i8, i16 or i1 result is still within its type.
    return t == ScalarType::I32 ? std::nullopt : typeRange(t);
  }
  if (auto *l = e->as<Load>()) {
    if (l->buffer->isConstant() && !l->buffer->constantData.empty()) {
      const auto &d = l->buffer->constantData;
      return ValueRange{*std::min_element(d.begin(), d.end()),
                        *std::max_element(d.begin(), d.end())};
    }
    if (t == ScalarType::I32)
      return std::nullopt;
    return typeRange(t);
  }
  if (auto *b = e->as<Binary>())
    return binaryRange(*b, t, bindings);
  if (auto *s = e->as<Select>()) {
    auto a = valueRange(s->trueValue, bindings), b = valueRange(s->falseValue, bindings);
    if (!a || !b)
      return std::nullopt;
    return ValueRange{std::min(a->lo, b->lo), std::max(a->hi, b->hi)};
  }
  if (auto *c = e->as<Call>())
    return callRange(*c, t, bindings);
  return std::nullopt;
}

} // namespace loom::schedule::detail
