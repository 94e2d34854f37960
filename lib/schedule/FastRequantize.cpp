// fast_requantize: TFLite's double-rounding requantization in three instructions.
//
// With A = 2*acc and |acc| < 2^30: SaturatingRoundingDoublingHighMul(acc, m) == SMMLAR(A, m, 0)
// for both signs (floor((p + 2^30) / 2^31) equals gemmlowp's truncated nudge for p = acc*m).
// RoundingDivideByPOT(h, e) == (h + 2^(e-1) + (h < 0 ? -1 : 0)) >> e, and h < 0 only when A < 0
// (m >= 0; when h == 0 the -1 is absorbed). Folding 2^(e-1) and zp*2^e into SMMLAR's accumulator
// C gives y = SSAT8((SMMLAR(A, m, C) + (A >> 31)) >> e), which is then exactly clamp(y + zp).
#include "LoopChecks.h"
#include "loom/ir/Intrinsics.h"
#include "loom/ir/Printer.h"
#include "loom/schedule/Primitives.h"

#include <cstdlib>

namespace loom::schedule {

using namespace ir;
using namespace detail;

namespace {

// What requantize() in lib/ops/NestParts.cpp builds.
struct Requantization {
  Expr acc, channel;
  Buffer multipliers, shifts;
  int64_t zeroPoint, activationMin, activationMax;
};

const Load *asLoad(const Expr &e) { return e ? e->as<Load>() : nullptr; }

std::optional<Requantization> match(const Expr &value) {
  auto *narrow = value->as<Cast>();
  if (!narrow || value->type != ScalarType::I8)
    return std::nullopt;
  auto *hiClamp = narrow->value->as<Binary>();
  if (!hiClamp || hiClamp->op != BinaryOp::Min)
    return std::nullopt;
  auto *loClamp = hiClamp->a->as<Binary>();
  if (!loClamp || loClamp->op != BinaryOp::Max)
    return std::nullopt;
  auto lo = constantValue(loClamp->b), hi = constantValue(hiClamp->b);
  if (!lo || !hi)
    return std::nullopt;
  Expr y = loClamp->a;
  int64_t zp = 0;
  if (auto *b = y->as<Binary>(); b && (b->op == BinaryOp::Add || b->op == BinaryOp::Sub)) {
    auto c = constantValue(b->b);
    if (!c)
      return std::nullopt;
    zp = b->op == BinaryOp::Add ? *c : -*c;
    y = b->a;
  }
  auto *divide = y->as<Call>();
  if (!divide || divide->name != kRoundingDivideByPOT)
    return std::nullopt;
  auto *high = divide->args[0]->as<Call>();
  if (!high || high->name != kSatRoundingDoublingHighMul)
    return std::nullopt;
  auto *shl = high->args[0]->as<Binary>();
  const Load *mult = asLoad(high->args[1]);
  if (!shl || shl->op != BinaryOp::Shl || !mult)
    return std::nullopt;
  auto *leftShift = shl->b->as<Binary>();
  const Load *shift = leftShift ? asLoad(leftShift->a) : nullptr;
  if (!shift || mult->indices.size() != 1)
    return std::nullopt;
  return Requantization{shl->a, mult->indices[0], mult->buffer, shift->buffer, zp, *lo, *hi};
}

// The largest |accumulator| any channel can reach: |bias| + 255 * sum|w| over the channel's
// weights (255 bounds |x - zp| for int8 x and zp). Every weight dimension as long as the channel
// count could be the channel dimension; the largest slice sum over all of them bounds the true
// one (and with no such dimension, the whole buffer's sum does).
int64_t accumulatorBound(const Kernel &k, int64_t channels) {
  int64_t maxBias = 0, maxWeightSum = 0;
  for (const Buffer &b : k.constantBuffers()) {
    if (b->role == BufferRole::Bias)
      for (int64_t v : b->constantData)
        maxBias = std::max(maxBias, std::abs(v));
    if (b->role != BufferRole::Weight)
      continue;
    bool candidate = false;
    for (size_t d = 0; d < b->shape.size(); ++d) {
      if (b->shape[d] != channels)
        continue;
      candidate = true;
      std::vector<int64_t> sums(static_cast<size_t>(channels), 0);
      for (int64_t flat = 0; flat < b->elementCount(); ++flat)
        sums[static_cast<size_t>((flat / b->strides[d]) % channels)] +=
            std::abs(b->constantData[flat]);
      for (int64_t v : sums)
        maxWeightSum = std::max(maxWeightSum, v);
    }
    if (!candidate) {
      int64_t total = 0;
      for (int64_t v : b->constantData)
        total += std::abs(v);
      maxWeightSum = std::max(maxWeightSum, total);
    }
  }
  return maxBias + 255 * maxWeightSum;
}

} // namespace

Expected<Kernel> fastRequantize(const Kernel &k) {
  std::optional<Requantization> found;
  visit(k.body, [&](const Stmt &s) {
    if (auto *st = s->as<Store>();
        st && (st->buffer->role == BufferRole::Output || st->buffer->role == BufferRole::InOut) &&
        !found)
      found = match(st->value);
  });
  if (!found)
    return Error{"no TFLite requantization (MultiplyByQuantizedMultiplier + zero point + clamp) "
                 "feeds an output store"};
  const Requantization &r = *found;
  if (!r.shifts->isConstant() || !r.multipliers->isConstant())
    return Error{"the multipliers and shifts are not constants"};
  const int64_t bound =
      accumulatorBound(k, static_cast<int64_t>(r.multipliers->constantData.size()));
  if (bound >= (int64_t{1} << 30))
    return Error{
        fmt::format("the accumulator can reach {} >= 2^30, so 2*acc could overflow", bound)};
  const size_t channels = r.shifts->constantData.size();
  std::vector<int64_t> offsets(channels), rightShifts(channels);
  for (size_t c = 0; c < channels; ++c) {
    const int64_t shift = r.shifts->constantData[c], m = r.multipliers->constantData[c];
    if (shift > -1)
      return Error{fmt::format("channel {} has shift {}: the fast sequence needs a right shift "
                               "of at least 1",
                               c, shift)};
    if (m != 0 && m < (int64_t{1} << 30))
      return Error{fmt::format("channel {} has multiplier {} below 2^30", c, m)};
    const int64_t e = -shift;
    const int64_t offset = (int64_t{1} << (e - 1)) + r.zeroPoint * (int64_t{1} << e);
    // |SMMLAR result| <= |acc| + |C| must stay below 2^31.
    if (std::abs(offset) >= (int64_t{1} << 30))
      return Error{fmt::format("channel {}: rounding offset {} does not fit beside the "
                               "accumulator",
                               c, offset)};
    offsets[c] = offset;
    rightShifts[c] = e;
  }
  Buffer offsetBuffer = makeConstantBuffer("requant_offset", ScalarType::I32, {int64_t(channels)},
                                           r.shifts->dimNames, BufferRole::Quantization, offsets);
  Buffer shiftBuffer =
      makeConstantBuffer("right_shift", ScalarType::I32, {int64_t(channels)}, r.shifts->dimNames,
                         BufferRole::Quantization, rightShifts);
  auto dsp = [](std::string_view f, std::vector<Expr> args) {
    return call(std::string(f), ScalarType::I32, std::move(args));
  };
  Stmt body = mutate(k.body, [&](const Stmt &s) -> Stmt {
    auto *st = s->as<Store>();
    if (!st || (st->buffer->role != BufferRole::Output && st->buffer->role != BufferRole::InOut))
      return s;
    auto m = match(st->value);
    if (!m)
      return s;
    Expr a = binary(BinaryOp::Shl, m->acc, i32(1));
    Expr t =
        dsp(kSmmlar, {a, load(m->multipliers, {m->channel}), load(offsetBuffer, {m->channel})}) +
        binary(BinaryOp::Shr, a, i32(31));
    Expr y = dsp(kSsat8, {binary(BinaryOp::Shr, t, load(shiftBuffer, {m->channel}))});
    if (m->activationMin > -128)
      y = max(y, i32(m->activationMin));
    if (m->activationMax < 127)
      y = min(y, i32(m->activationMax));
    return store(st->buffer, st->indices, cast(ScalarType::I8, y));
  });
  return withBody(k, body);
}

} // namespace loom::schedule
