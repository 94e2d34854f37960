#include "Requantization.h"

#include "loom/ir/Intrinsics.h"
#include "loom/ops/Quantization.h"
#include "loom/ops/Reference.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>

namespace loom::schedule::detail {

using namespace ir;

namespace {

const Load *asLoad(const Expr &e) { return e ? e->as<Load>() : nullptr; }

bool writesOutput(const Store &st) {
  return st.buffer->role == BufferRole::Output || st.buffer->role == BufferRole::InOut;
}

} // namespace

std::optional<Requantization> matchRequantization(const Expr &value) {
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

std::optional<Requantization> findRequantization(const Kernel &k) {
  std::optional<Requantization> found;
  visit(k.body, [&](const Stmt &s) {
    if (auto *st = s->as<Store>(); st && writesOutput(*st) && !found)
      found = matchRequantization(st->value);
  });
  return found;
}

std::vector<int64_t> accumulatorBounds(const Kernel &k, int64_t channels) {
  const auto n = static_cast<size_t>(channels);
  std::vector<int64_t> bias(n, 0), weightSums(n, 0);
  for (const Buffer &b : k.constantBuffers()) {
    if (b->role == BufferRole::Bias) {
      const bool perChannel = b->elementCount() == channels;
      int64_t largest = 0;
      for (int64_t v : b->constantData)
        largest = std::max(largest, std::abs(v));
      for (size_t c = 0; c < n; ++c)
        bias[c] = std::max(bias[c], perChannel ? std::abs(b->constantData[c]) : largest);
    }
    if (b->role != BufferRole::Weight)
      continue;
    // A run of neighbouring dimensions d..e as long as the channel count together (one
    // dimension, or [c][m] of a depthwise convolution with a depth multiplier).
    bool candidate = false;
    for (size_t d = 0; d < b->shape.size(); ++d) {
      int64_t run = 1;
      for (size_t e = d; e < b->shape.size() && run < channels; ++e) {
        run *= b->shape[e];
        if (run != channels)
          continue;
        candidate = true;
        std::vector<int64_t> sums(n, 0);
        for (int64_t flat = 0; flat < b->elementCount(); ++flat)
          sums[static_cast<size_t>((flat / b->strides[e]) % channels)] +=
              std::abs(b->constantData[flat]);
        for (size_t c = 0; c < n; ++c)
          weightSums[c] = std::max(weightSums[c], sums[c]);
      }
    }
    if (!candidate) {
      int64_t total = 0;
      for (int64_t v : b->constantData)
        total += std::abs(v);
      for (auto &s : weightSums)
        s = std::max(s, total);
    }
  }
  std::vector<int64_t> bounds(n);
  for (size_t c = 0; c < n; ++c)
    bounds[c] = bias[c] + int64_t{k.macInputMagnitude} * weightSums[c];
  return bounds;
}

std::vector<std::pair<int64_t, int64_t>> accumulatorIntervals(const Kernel &k, int64_t channels) {
  const auto bounds = accumulatorBounds(k, channels);
  std::vector<std::pair<int64_t, int64_t>> out(bounds.size());
  std::vector<Buffer> biases;
  for (const Buffer &b : k.constantBuffers())
    if (b->role == BufferRole::Bias)
      biases.push_back(b);
  const bool perChannel = biases.size() == 1 && biases[0]->elementCount() == channels;
  for (size_t c = 0; c < bounds.size(); ++c) {
    if (!perChannel) {
      out[c] = {-bounds[c], bounds[c]};
      continue;
    }
    // bounds = |bias| + M * sum|w|: the weights' part is the same either side of the bias.
    const int64_t bias = biases[0]->constantData[c], spread = bounds[c] - std::abs(bias);
    out[c] = {bias - spread, bias + spread};
  }
  return out;
}

std::optional<int64_t> saturatedChannelByte(int64_t multiplier, int64_t shift, int64_t zeroPoint,
                                            int64_t activationMin, int64_t activationMax,
                                            int64_t lo, int64_t hi) {
  if (shift > 0 || shift < ops::kMinShift || lo < INT32_MIN || hi > INT32_MAX ||
      multiplier < INT32_MIN || multiplier > INT32_MAX)
    return std::nullopt;
  auto byte = [&](int64_t acc) {
    const int64_t y =
        ops::reference::multiplyByQuantizedMultiplier(
            static_cast<int32_t>(acc), static_cast<int32_t>(multiplier), static_cast<int>(shift)) +
        zeroPoint;
    return std::clamp(y, activationMin, activationMax);
  };
  const int64_t first = byte(lo);
  if (first != byte(hi))
    return std::nullopt;
  return first;
}

bool constantChannel(int64_t multiplier, int64_t shift, int64_t accumulatorBound) {
  if (multiplier == 0)
    return true;
  if (shift > -1 || shift < -62 || accumulatorBound >= (int64_t{1} << 32))
    return false;
  // |SRDHM(acc, m)| <= (|acc| * |m| + 2^30) / 2^31, and RoundingDivideByPOT(h, e) is zero for
  // |h| < 2^(e-1) (a tie rounds away from zero).
  const __int128 product = static_cast<__int128>(accumulatorBound) * std::abs(multiplier);
  const auto largestHigh = static_cast<int64_t>((product + (int64_t{1} << 30)) >> 31);
  return largestHigh < (int64_t{1} << (-shift - 1));
}

std::vector<bool> constantChannels(const Kernel &k) {
  auto r = findRequantization(k);
  if (!r || !r->multipliers->isConstant() || !r->shifts->isConstant() ||
      r->multipliers->elementCount() != r->shifts->elementCount())
    return {};
  const int64_t channels = r->multipliers->elementCount();
  const auto bounds = accumulatorBounds(k, channels);
  std::vector<bool> constant(static_cast<size_t>(channels));
  for (size_t c = 0; c < constant.size(); ++c)
    constant[c] =
        constantChannel(r->multipliers->constantData[c], r->shifts->constantData[c], bounds[c]);
  return constant;
}

std::string describeRequantization(const Kernel &k) {
  if (findRequantization(k))
    return "exact 64-bit";
  Buffer multipliers;  // held, not pointed into: mutate() below builds temporary parents
  int64_t column = -1; // the multipliers' column of an interleaved [channel][table] table
  visit(k.body, [&](const Stmt &s) {
    auto *st = s->as<Store>();
    if (!st || !writesOutput(*st) || multipliers)
      return;
    // mutate() as a visitor: every node is returned unchanged.
    mutate(st->value, [&](const Expr &e) {
      if (auto *c = e->as<Call>(); c && c->name == kSmmlar && !multipliers)
        if (const Load *l = asLoad(c->args[1])) {
          multipliers = l->buffer;
          if (l->indices.size() == 2)
            column = constantValue(l->indices[1]).value_or(-1);
        }
      return e;
    });
  });
  if (!multipliers || !multipliers->isConstant() ||
      (multipliers->shape.size() == 2 && column < 0) || multipliers->shape.size() > 2)
    return "";
  std::vector<int64_t> m = multipliers->constantData;
  if (multipliers->shape.size() == 2) {
    m.clear();
    for (int64_t c = 0; c < multipliers->shape[0]; ++c)
      m.push_back(multipliers->constantData[static_cast<size_t>(c * multipliers->strides[0] +
                                                                column * multipliers->strides[1])]);
  }
  const auto constant = std::count(m.begin(), m.end(), 0);
  const bool signedMultipliers = std::any_of(m.begin(), m.end(), [](int64_t v) { return v < 0; });
  std::string text = "fast";
  if (constant > 0)
    text += fmt::format(", {} constant channel{}", constant, constant == 1 ? "" : "s");
  if (signedMultipliers)
    text += ", signed multipliers";
  return text;
}

} // namespace loom::schedule::detail
