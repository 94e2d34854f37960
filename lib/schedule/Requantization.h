// TFLite's per-channel requantization as the ops build it, and what each channel's quantization
// allows: shared by fold_zero_point, fast_requantize and the report.
#pragma once

#include "loom/ir/Mutate.h"

#include <optional>
#include <string>
#include <vector>

namespace loom::schedule::detail {

// clamp(RoundingDivideByPOT(SRDHM(acc << max(shift, 0), multiplier[c]), max(-shift, 0)) + zp),
// as requantize() in lib/ops/NestParts.cpp builds it.
struct Requantization {
  ir::Expr acc, channel;
  ir::Buffer multipliers, shifts;
  int64_t zeroPoint, activationMin, activationMax;
};

std::optional<Requantization> matchRequantization(const ir::Expr &value);

// The requantization feeding the kernel's (first) output store, if any.
std::optional<Requantization> findRequantization(const ir::Kernel &k);

// For each output channel, the largest |accumulator| it can reach: |bias[c]| + M * sum|w| over
// the channel's weights, M = k.macInputMagnitude (255 bounds |x - zp| for int8 x and zp; 128 the
// raw x once the zero point is folded). Every weight dimension (or run of neighbouring dimensions,
// [c][m]) as long as the channel count could be the channel dimension; the largest slice sum over
// them bounds the true one (and with no such dimension, the whole buffer's sum does).
std::vector<int64_t> accumulatorBounds(const ir::Kernel &k, int64_t channels);

// A channel whose output is the same byte for every input: a zero multiplier, or a right shift
// so large that every reachable |SRDHM(acc, m)| rounds to zero. TFLite then writes
// clamp(zero point), and a kernel may too without computing the channel's accumulator.
bool constantChannel(int64_t multiplier, int64_t shift, int64_t accumulatorBound);

// Per channel, the interval the accumulator can reach: its bias +- M * sum|w| when the kernel
// has one per-channel bias, otherwise +- accumulatorBounds.
std::vector<std::pair<int64_t, int64_t>> accumulatorIntervals(const ir::Kernel &k,
                                                              int64_t channels);

// The byte a channel writes for every accumulator in [lo, hi], if it is one byte: a channel that
// saturates (a bias near 2^30 beside small weights, as some exports have). TFLite's output stage
// (right shifts only) is monotone in the accumulator, so the two ends decide.
std::optional<int64_t> saturatedChannelByte(int64_t multiplier, int64_t shift, int64_t zeroPoint,
                                            int64_t activationMin, int64_t activationMax,
                                            int64_t lo, int64_t hi);

// Which channels of the kernel's requantization are constant (empty without a requantization
// with constant multipliers and shifts).
std::vector<bool> constantChannels(const ir::Kernel &k);

// How the kernel's output stage requantizes, for the report: "fast" (SMMLAR; with the number of
// constant channels and whether multipliers are signed), "exact 64-bit" (TFLite's sequence) or ""
// (no per-channel requantization).
std::string describeRequantization(const ir::Kernel &k);

} // namespace loom::schedule::detail
