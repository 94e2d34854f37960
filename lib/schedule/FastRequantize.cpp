// fast_requantize: TFLite's double-rounding requantization in three instructions.
//
// With A = 2*acc and |acc| < 2^30: SaturatingRoundingDoublingHighMul(acc, m) == SMMLAR(A, m, 0)
// for both signs (floor((p + 2^30) / 2^31) equals gemmlowp's truncated nudge for p = acc*m).
// RoundingDivideByPOT(h, e) == (h + 2^(e-1) + (h < 0 ? -1 : 0)) >> e, and h < 0 only when the
// product p = acc*m is negative, i.e. when the sign bit of A ^ m is set (when h == 0 the -1 is
// absorbed, so A == 0 may take either); with every m >= 0 that bit is A's own. Folding 2^(e-1)
// and zp*2^e into SMMLAR's accumulator C gives y = SSAT8((SMMLAR(A, m, C) + (A >> 31)) >> e),
// which is then exactly clamp(y + zp).
//
// Per channel, so that no channel's corner case costs the others the fast path:
// - a constant channel (constantChannel(): zero multiplier, or a right shift that rounds every
//   reachable value to zero) gets m = 0, e = 1 and C = 1 + 2*zp: (C - 0 or 1) >> 1 == zp, the
//   byte TFLite writes; its accumulator bound does not count against the layer's;
// - a saturated channel (saturatedChannelByte(): every accumulator it can reach gives one byte v,
//   e.g. a bias near 2^30 beside small weights) is constant the same way, with C = 1 + 2v (v - zp
//   when zp is added after the shift); 2*acc may wrap there, which m = 0 makes harmless;
// - negative multipliers make the rounding term (A ^ m) >> 31 (one EOR more per output);
// - when zp*2^e does not fit beside the accumulator (right shifts of 24 and more), C holds only
//   2^(e-1) and zp is added after the shift (one ADD more per output, for the whole layer).
// - a left shift s (TFLite: SRDHM(acc << s, m), no rounding shift after) makes A = acc << (1 + s)
//   per channel, e = 0 and the rounding term masked off for those channels (two loads, a
//   register shift and an AND more per output, only in layers that have one).
// - when every weight of the reduction is stored as int16 (the in-place depthwise plane's pairs,
//   `layout weights int16`) and the bias only initialises the accumulator, the doubling moves into
//   the constants: weights and bias are stored doubled (|2w| <= 256 fits int16, |2 bias| < 2^31
//   by the bound below; constant and saturated channels, whose output does not depend on their
//   accumulator, get a bias of 0), so the accumulator is A itself and each output saves its shift.
// `fast_requantize int8_shifts` stores the shift counts and rounding masks as int8 tables (the
// default rules' choice, for flash); plain `fast_requantize` keeps int32 tables.
#include "LoopChecks.h"
#include "Requantization.h"
#include "loom/ir/Intrinsics.h"
#include "loom/ir/Printer.h"
#include "loom/ops/Quantization.h"
#include "loom/schedule/Primitives.h"

#include <cstdlib>
#include <map>

namespace loom::schedule {

using namespace ir;
using namespace detail;

namespace {

// Whether A = 2*acc can be had by doubling the constants: every weight buffer is int16 and every
// read of a bias is a whole accumulator initialisation (acc = bias[c]).
bool doublingFitsTheConstants(const Kernel &k) {
  for (const Buffer &b : k.constantBuffers())
    if (b->role == BufferRole::Weight && b->type != ScalarType::I16)
      return false;
  bool onlyInits = true;
  visit(k.body, [&](const Stmt &s) {
    auto *st = s->as<Store>();
    if (!st)
      return;
    auto *whole = st->value->as<Load>();
    const bool init =
        st->buffer->role == BufferRole::Local && whole && whole->buffer->role == BufferRole::Bias;
    std::vector<Expr> values = st->indices;
    if (!init)
      values.push_back(st->value);
    for (const Expr &v : values)
      mutate(v, [&](const Expr &e) {
        if (auto *l = e->as<Load>(); l && l->buffer->role == BufferRole::Bias)
          onlyInits = false;
        return e;
      });
  });
  return onlyInits;
}

// `k` reading `doubled(b)` wherever it read a weight or bias buffer b.
Kernel withDoubledConstants(const Kernel &k, const std::vector<bool> &independent) {
  std::map<const BufferNode *, Buffer> doubled;
  for (const Buffer &b : k.constantBuffers()) {
    if (b->role != BufferRole::Weight && b->role != BufferRole::Bias)
      continue;
    std::vector<int64_t> values = b->constantData;
    for (size_t i = 0; i < values.size(); ++i)
      values[i] = b->role == BufferRole::Bias && i < independent.size() && independent[i]
                      ? 0
                      : 2 * values[i];
    doubled[b.get()] =
        makeConstantBuffer(b->name, b->type, b->shape, b->dimNames, b->role, std::move(values));
  }
  Stmt body = mutate(k.body, nullptr, [&](const Expr &e) -> Expr {
    auto *l = e->as<Load>();
    if (!l || !doubled.count(l->buffer.get()))
      return e;
    return std::make_shared<const ExprNode>(
        ExprNode{e->type, Load{doubled.at(l->buffer.get()), l->indices}});
  });
  return withBody(k, body);
}

} // namespace

Expected<Kernel> fastRequantize(const Kernel &k, bool int8Shifts) {
  const std::optional<Requantization> found = findRequantization(k);
  if (!found)
    return Error{"no TFLite requantization (MultiplyByQuantizedMultiplier + zero point + clamp) "
                 "feeds an output store"};
  const Requantization &r = *found;
  if (!r.shifts->isConstant() || !r.multipliers->isConstant() ||
      r.shifts->elementCount() != r.multipliers->elementCount())
    return Error{"the multipliers and shifts are not constants of one channel count"};
  const size_t channels = r.shifts->constantData.size();
  const auto bounds = accumulatorBounds(k, static_cast<int64_t>(channels));
  const auto intervals = accumulatorIntervals(k, static_cast<int64_t>(channels));
  std::vector<std::optional<int64_t>> saturated(channels);
  // Per channel: A = acc << doublings (1, or 1 + a left shift), the rounding right shift e
  // (0 after a left shift) and whether the rounding term applies (not when e == 0).
  std::vector<int64_t> multipliers(channels), rightShifts(channels), doublings(channels, 1),
      roundingMasks(channels, -1);
  int64_t layerBound = 0;
  size_t boundChannel = 0;
  bool signedMultipliers = false, leftShifts = false;
  for (size_t c = 0; c < channels; ++c) {
    const int64_t shift = r.shifts->constantData[c], m = r.multipliers->constantData[c];
    if (constantChannel(m, shift, bounds[c])) {
      multipliers[c] = 0;
      rightShifts[c] = 1;
      continue;
    }
    if ((saturated[c] =
             saturatedChannelByte(m, shift, r.zeroPoint, r.activationMin, r.activationMax,
                                  intervals[c].first, intervals[c].second))) {
      multipliers[c] = 0;
      rightShifts[c] = 1;
      continue;
    }
    if (shift > ops::kMaxShift || shift < ops::kMinShift)
      return Error{fmt::format("channel {} has shift {} outside TFLite's [{}, {}] and is not "
                               "constant",
                               c, shift, ops::kMinShift, ops::kMaxShift)};
    if (std::abs(m) < (int64_t{1} << 30))
      return Error{fmt::format("channel {} has multiplier {}: |m| below 2^30", c, m)};
    multipliers[c] = m;
    signedMultipliers |= m < 0;
    if (shift >= 0) {
      // TFLite shifts the accumulator left before the high multiply and does not round after.
      leftShifts = true;
      doublings[c] = 1 + shift;
      rightShifts[c] = 0;
      roundingMasks[c] = 0;
      if (bounds[c] >= (int64_t{1} << (30 - shift)))
        return Error{fmt::format("channel {} has left shift {}: the accumulator can reach {}, so "
                                 "acc << {} could overflow",
                                 c, shift, bounds[c], shift + 1)};
      if ((bounds[c] << shift) > layerBound)
        layerBound = bounds[c] << shift, boundChannel = c;
    } else {
      rightShifts[c] = -shift;
      if (bounds[c] > layerBound)
        layerBound = bounds[c], boundChannel = c;
    }
  }
  if (layerBound >= (int64_t{1} << 30))
    return Error{
        fmt::format("the accumulator of channel {} can reach {} >= 2^30, so 2*acc could overflow",
                    boundChannel, layerBound)};
  // |SMMLAR result| <= |acc << shift| + 1 + |C| must stay below 2^31.
  auto fits = [&](int64_t offset) {
    return std::abs(offset) + layerBound + 1 < (int64_t{1} << 31);
  };
  auto offset = [&](int64_t e, bool withZeroPoint) {
    return (e > 0 ? int64_t{1} << (e - 1) : 0) +
           (withZeroPoint ? r.zeroPoint * (int64_t{1} << e) : 0);
  };
  bool zeroPointAfterShift = false;
  for (size_t c = 0; c < channels; ++c)
    zeroPointAfterShift |= !fits(offset(rightShifts[c], true));
  std::vector<int64_t> offsets(channels);
  for (size_t c = 0; c < channels; ++c) {
    offsets[c] = saturated[c] ? 1 + 2 * (*saturated[c] - (zeroPointAfterShift ? r.zeroPoint : 0))
                              : offset(rightShifts[c], !zeroPointAfterShift);
    if (!fits(offsets[c]))
      return Error{fmt::format("channel {}: rounding offset {} does not fit beside the "
                               "accumulator",
                               c, offsets[c])};
  }
  const std::vector<std::string> &dims = r.shifts->dimNames;
  // With int8Shifts the shift counts (0..31) and rounding masks (0 or -1) are int8 tables: a
  // byte load is one instruction like a word load, and each table takes a quarter of the flash.
  const ScalarType shiftType = int8Shifts ? ScalarType::I8 : ScalarType::I32;
  auto table = [&](const std::string &name, const std::vector<int64_t> &values,
                   ScalarType type = ScalarType::I32) {
    return makeConstantBuffer(name, type, {int64_t(channels)}, dims, BufferRole::Quantization,
                              values);
  };
  Buffer offsetBuffer = table("requant_offset", offsets);
  Buffer shiftBuffer = table("right_shift", rightShifts, shiftType);
  Buffer multiplierBuffer = multipliers == r.multipliers->constantData
                                ? r.multipliers
                                : table("requant_multiplier", multipliers);
  Buffer doublingBuffer = table("requant_doublings", doublings, shiftType);
  Buffer roundingBuffer = table("rounding_mask", roundingMasks, shiftType);
  auto shiftTable = [](const Buffer &b, const Expr &channel) {
    Expr value = load(b, {channel});
    return b->type == ScalarType::I32 ? value : cast(ScalarType::I32, value);
  };
  auto dsp = [](std::string_view f, std::vector<Expr> args) {
    return call(std::string(f), ScalarType::I32, std::move(args));
  };
  const bool prescaled = !leftShifts && doublingFitsTheConstants(k);
  std::vector<bool> independent(channels);
  for (size_t c = 0; c < channels; ++c)
    independent[c] = multipliers[c] == 0;
  const Kernel source = prescaled ? withDoubledConstants(k, independent) : k;
  Stmt body = mutate(source.body, [&](const Stmt &s) -> Stmt {
    auto *st = s->as<Store>();
    if (!st || (st->buffer->role != BufferRole::Output && st->buffer->role != BufferRole::InOut))
      return s;
    auto m = matchRequantization(st->value);
    if (!m)
      return s;
    Expr a = prescaled ? m->acc
                       : binary(BinaryOp::Shl, m->acc,
                                leftShifts ? shiftTable(doublingBuffer, m->channel) : i32(1));
    Expr multiplier = load(multiplierBuffer, {m->channel});
    Expr signOfProduct = signedMultipliers ? binary(BinaryOp::Xor, a, multiplier) : a;
    Expr rounding = binary(BinaryOp::Shr, signOfProduct, i32(31));
    if (leftShifts)
      rounding = binary(BinaryOp::And, rounding, shiftTable(roundingBuffer, m->channel));
    Expr t = dsp(kSmmlar, {a, multiplier, load(offsetBuffer, {m->channel})}) + rounding;
    Expr shifted = binary(BinaryOp::Shr, t, shiftTable(shiftBuffer, m->channel));
    if (zeroPointAfterShift && m->zeroPoint != 0)
      shifted = shifted + i32(m->zeroPoint);
    Expr y = dsp(kSsat8, {shifted});
    if (m->activationMin > -128)
      y = max(y, i32(m->activationMin));
    if (m->activationMax < 127)
      y = min(y, i32(m->activationMax));
    return store(st->buffer, st->indices, cast(ScalarType::I8, y));
  });
  return withBody(source, body);
}

} // namespace loom::schedule
