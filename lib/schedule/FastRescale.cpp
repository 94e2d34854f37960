// fast_rescale: every TFLite rescale of a value whose range is known, in SMMLAR form.
//
// SaturatingRoundingDoublingHighMul(x, m) == SMMLAR(2x, m, 0) for |x| < 2^30 and any m (the
// floor identity of fast_requantize), and RoundingDivideByPOT(h, e) with h = SMMLAR(A, m, 0) is
// (SMMLAR(A, m, 2^(e-1)) + ((A ^ m) >> 31)) >> e: the rounding offset rides in SMMLAR's
// accumulator and the -1 for a negative h comes from the product's sign (when h == 0 it is
// absorbed). The glue ops (ADD, MUL, pooling, requantize) rescale by constants, so a value's
// range, found by detail::valueRange, decides statically whether the identity holds; a rescale
// whose input range is not known stays TFLite's 64-bit sequence. Each doubled operand is bound
// by a let around its store, so it is computed once although SMMLAR and the sign both read it.
#include "LoopChecks.h"
#include "Requantization.h"
#include "ValueRange.h"
#include "loom/ir/Intrinsics.h"
#include "loom/schedule/Primitives.h"

#include <fmt/format.h>

#include <optional>

namespace loom::schedule {

using namespace ir;
using namespace detail;

namespace {

Expr i32Call(std::string_view f, std::vector<Expr> args) {
  return call(std::string(f), ScalarType::I32, std::move(args));
}

// Rewrites the rescales of one stored value. Each doubled operand 2x is bound once by a let
// around the store (the tree IR has no sharing: the operand feeds both SMMLAR and the sign).
struct Rewrite {
  std::string prefix; // fresh variable names: prefix + number
  int rescaled = 0;
  std::string firstRefusal;
  RangeBindings ranges;
  std::vector<std::pair<std::string, Expr>> lets; // innermost first

  void refuse(std::string why) {
    if (firstRefusal.empty())
      firstRefusal = std::move(why);
  }

  // SRDHM(y << k, 2^30) -> y << (k - 1) for k >= 1: the product y * 2^(k+30) is a multiple of
  // 2^31 and TFLite's nudge (below 2^30 in magnitude, toward zero after truncation) never
  // changes the quotient. ADD's input of the larger scale is rescaled by exactly 0.5 (multiplier
  // 2^30, shift 0), so one of its two input rescales becomes a shift.
  static std::optional<Expr> halveShifted(const Call &c) {
    auto m = constantValue(c.args[1]);
    auto *shl = c.args[0]->as<Binary>();
    if (!m || *m != (int64_t{1} << 30) || !shl || shl->op != BinaryOp::Shl)
      return std::nullopt;
    auto k = constantValue(shl->b);
    if (!k || *k < 1 || *k > 31)
      return std::nullopt;
    return *k == 1 ? shl->a : binary(BinaryOp::Shl, shl->a, i32(*k - 1));
  }

  // SRDHM(x, m) -> SMMLAR(2x, m, 0) when |x| < 2^30.
  Expr highMultiply(const Call &c, const Expr &original) {
    if (auto halved = halveShifted(c)) {
      ++rescaled;
      return *halved;
    }
    auto x = valueRange(c.args[0], ranges);
    if (!x || x->lo <= -(int64_t{1} << 30) || x->hi >= (int64_t{1} << 30)) {
      refuse(x ? fmt::format("a rescaled value can reach [{}, {}], beyond +-2^30", x->lo, x->hi)
               : "the range of a rescaled value is not known");
      return original;
    }
    const std::string name = prefix + std::to_string(lets.size());
    lets.emplace_back(name, binary(BinaryOp::Shl, c.args[0], i32(1)));
    ranges[name] = ValueRange{2 * x->lo, 2 * x->hi};
    ++rescaled;
    return i32Call(kSmmlar, {var(name), c.args[1], i32(0)});
  }

  // RDBPOT(SMMLAR(A, m, 0), e) -> (SMMLAR(A, m, 2^(e-1)) + ((A ^ m) >> 31)) >> e.
  Expr roundingShift(const Call &c, const Expr &original) {
    auto *high = c.args[0]->as<Call>();
    auto e = constantValue(c.args[1]);
    if (!high || high->name != kSmmlar || !constantValue(high->args[2]) ||
        *constantValue(high->args[2]) != 0 || !e || *e < 0 || *e > 31)
      return original;
    if (*e == 0)
      return c.args[0];
    auto h = valueRange(c.args[0], ranges);
    const int64_t offset = int64_t{1} << (*e - 1);
    if (!h || h->hi + offset >= (int64_t{1} << 31) || h->lo - 1 < -(int64_t{1} << 31)) {
      refuse("a rounding offset does not fit beside the rescaled value");
      return original;
    }
    const Expr &a = high->args[0], &m = high->args[1];
    auto multiplier = valueRange(m, ranges);
    // With m >= 0 the product's sign is A's: one instruction less.
    Expr sign = multiplier && multiplier->lo >= 0 ? a : binary(BinaryOp::Xor, a, m);
    Expr t = i32Call(kSmmlar, {a, m, i32(offset)}) + binary(BinaryOp::Shr, sign, i32(31));
    return binary(BinaryOp::Shr, t, c.args[1]);
  }

  Expr operator()(const Expr &e) {
    auto *c = e->as<Call>();
    if (!c || c->args.size() != 2)
      return e;
    if (c->name == kSatRoundingDoublingHighMul)
      return highMultiply(*c, e);
    if (c->name == kRoundingDivideByPOT)
      return roundingShift(*c, e);
    return e;
  }
};

} // namespace

Expected<Kernel> fastRescale(const Kernel &k) {
  if (findRequantization(k))
    return Error{"the kernel requantizes per channel: that is fast_requantize's"};
  std::string prefix = "rescaled";
  while (ir::usesVar(k.body, prefix + "0"))
    prefix += "_";
  int rescaled = 0;
  std::string firstRefusal;
  Stmt body = mutate(k.body, [&](const Stmt &s) -> Stmt {
    auto *st = s->as<Store>();
    if (!st)
      return s;
    Rewrite rewrite;
    rewrite.prefix = prefix;
    Expr value = mutate(st->value, [&](const Expr &e) { return rewrite(e); });
    rescaled += rewrite.rescaled;
    if (firstRefusal.empty())
      firstRefusal = rewrite.firstRefusal;
    Stmt out = store(st->buffer, st->indices, value);
    for (auto it = rewrite.lets.rbegin(); it != rewrite.lets.rend(); ++it)
      out = let(it->first, it->second, out);
    return out;
  });
  if (rescaled == 0)
    return Error{firstRefusal.empty()
                     ? "no TFLite rescale (SaturatingRoundingDoublingHighMul) in the nest"
                     : fmt::format("no rescale can take the fast form: {}", firstRefusal)};
  return withBody(k, body);
}

} // namespace loom::schedule
