// layout requant offsets_from_shifts: the fast requantization's rounding offset per channel,
// C = zp * 2^e + 2^(e-1) (SMMLAR's accumulate operand), is (K << e) >> 1 with K = 2zp + 1 for
// every channel of an ordinary layer, so it is computed from the channel's shift instead of read
// from a table of int32: four bytes of flash less per output channel for two instructions where
// the offset is read (once per channel in a channel-outer loop, once per output in a
// channel-inner one). A flash budget (--flash-budget) chooses between the two forms.
#include "LoopChecks.h"
#include "loom/ir/Printer.h"
#include "loom/schedule/Primitives.h"

#include <algorithm>
#include <map>

namespace loom::schedule {

using namespace ir;
using namespace detail;

namespace {

// The constant table fast_requantize named `name`, if the kernel reads it.
Buffer channelTable(const Kernel &k, const std::string &name) {
  for (const Buffer &b : k.constantBuffers())
    if (b->name == name && b->shape.size() == 1 && b->isDense())
      return b;
  return nullptr;
}

} // namespace

Expected<Kernel> offsetsFromShifts(const Kernel &k) {
  const Buffer offsets = channelTable(k, "requant_offset"), shifts = channelTable(k, "right_shift");
  if (!offsets || !shifts)
    return Error{"the kernel reads no rounding-offset and right-shift tables (fast_requantize "
                 "makes them; layout requant interleaved merges them, so it comes after this "
                 "step)"};
  if (offsets->shape != shifts->shape || offsets->dimNames != shifts->dimNames)
    return Error{"the rounding offsets and right shifts are not over the same channels"};
  const std::vector<int64_t> &c = offsets->constantData, &e = shifts->constantData;
  // K is the offsets' common factor: C = K << (e - 1) for a channel that rounds (e >= 1); a
  // layer whose channels all shift left (e == 0: C = K >> 1 = zp) has K = 2C + 1. The most
  // frequent candidate, so that the error names the odd channel out (a saturated one).
  std::map<int64_t, size_t> votes;
  for (size_t ch = 0; ch < c.size(); ++ch)
    if (e[ch] >= 1 && e[ch] <= 31)
      ++votes[c[ch] >> (e[ch] - 1)];
  int64_t factor = 2 * c[0] + 1;
  if (!votes.empty())
    factor = std::max_element(votes.begin(), votes.end(), [](const auto &a, const auto &b) {
               return a.second < b.second;
             })->first;
  for (size_t ch = 0; ch < c.size(); ++ch) {
    if (e[ch] < 0 || e[ch] > 31)
      return Error{fmt::format("channel {} has right shift {}, outside [0, 31]", ch, e[ch])};
    const int64_t wide = factor * (int64_t{1} << e[ch]);
    if (wide < INT32_MIN || wide > INT32_MAX || (wide >> 1) != c[ch])
      return Error{fmt::format("channel {}'s rounding offset {} is not ({} << {}) >> 1 like the "
                               "layer's other channels' (a saturated channel keeps its own "
                               "offset)",
                               ch, c[ch], factor, e[ch])};
  }
  bool readsSeveral = false;
  Stmt body = mutate(k.body, nullptr, [&](const Expr &x) -> Expr {
    auto *l = x->as<Load>();
    if (!l || l->buffer != offsets)
      return x;
    readsSeveral |= x->type != ScalarType::I32;
    Expr shift = load(shifts, l->indices);
    if (shifts->type != ScalarType::I32)
      shift = cast(ScalarType::I32, shift);
    return binary(BinaryOp::Shr, binary(BinaryOp::Shl, i32(factor), shift), i32(1));
  });
  if (readsSeveral)
    return Error{"the rounding offsets are read several at once"};
  return withBody(k, body);
}

} // namespace loom::schedule
