// The schedule primitives. Each is one self-contained rewrite of a kernel's loop nest with its own
// legality check (lib/schedule/<Primitive>.cpp); an illegal use returns an error that names the
// loop and the reason, and leaves nothing half-applied.
#pragma once

#include "loom/ir/Stmt.h"
#include "loom/support/Error.h"

#include <string>
#include <vector>

namespace loom::schedule {

// What happens to the last, partial block of a split whose factor does not divide the extent.
enum class Tail {
  Guard, // an if around the body skips the iterations past the end
  Shift, // the last block is shifted inwards to end at the extent (recomputes a few iterations:
         // only legal when the body's effects are idempotent, i.e. not inside a reduction)
  Exact, // the factor must divide the extent
  Loop,  // the full blocks, then the last iterations as a loop of their own, LOOP.t: no
         // iteration repeated or guarded. Every loop inside the tail copy is renamed NAME.t (and
         // its local buffers too), so the primitives that follow address the full blocks and the
         // tail separately (a 4-wide register block on the blocks, a 2-wide one on the tail).
};

// loop -> loop.o (outer, extent ceil(E/f), floor(E/f) with a loop tail) and loop.i (inner,
// extent f).
Expected<ir::Kernel> split(const ir::Kernel &k, const std::string &loop, int64_t factor, Tail tail);
// Permutes a perfectly nested band of loops into the given order (outermost first).
Expected<ir::Kernel> reorder(const ir::Kernel &k, const std::vector<std::string> &order);
// tile: split two perfectly nested loops and reorder to outer.o inner.o outer.i inner.i.
Expected<ir::Kernel> tile(const ir::Kernel &k, const std::string &outer, const std::string &inner,
                          int64_t outerFactor, int64_t innerFactor, Tail tail);
// Fuses an outer loop with the inner loop that is its whole body into "outer_inner".
Expected<ir::Kernel> fuse(const ir::Kernel &k, const std::string &outer, const std::string &inner);
// factor 0: unroll fully (constant extent <= 64); otherwise split by factor and unroll the inner.
Expected<ir::Kernel> unroll(const ir::Kernel &k, const std::string &loop, int64_t factor);

// peel LOOP BEFORE AFTER: the first BEFORE and last AFTER iterations of every loop named LOOP
// become loops of their own (same body, in order), and guards whose outcome the loop ranges and
// constant lets decide are removed everywhere (a convolution's interior pixels lose their
// padding checks). Legal for any loop with constant bounds; the interior must be non-empty.
Expected<ir::Kernel> peel(const ir::Kernel &k, const std::string &loop, int64_t before,
                          int64_t after);

// pad_reduction LOOP EXTENT: the reduction loop LOOP (over the last dimension of an im2col
// scratch patch and of constant weights) runs to EXTENT, the weights padded with zeros and the
// patch widened (its new columns are multiplied by zero): whole SIMD groups, no scalar tail.
Expected<ir::Kernel> padReduction(const ir::Kernel &k, const std::string &loop, int64_t extent);

// Folds the input zero point into the bias at generation time:
// acc = bias[c] - zp * sum(weights of c), and the reduction multiplies raw inputs. Legal only
// when every weight of a channel meets a real input (no padding guard around the reduction).
Expected<ir::Kernel> foldZeroPoint(const ir::Kernel &k);
// Register blocking: a band of constant loops directly around an output's accumulator
// (allocate acc; acc = init; reduction; store) keeps one accumulator per band iteration and
// moves the band inside the reduction loops, fully unrolled, so the inputs and weights loaded
// in one reduction step are shared by the whole block.
Expected<ir::Kernel> registerBlock(const ir::Kernel &k, const std::vector<std::string> &band);
// SIMD on a reduction loop over a contiguous int8 dimension: four MACs per step become two
// SMLADs on SXTB16-unpacked 32-bit loads; a scalar loop handles extent % 4.
Expected<ir::Kernel> simd(const ir::Kernel &k, const std::string &loop, bool phased = false);
// SIMD across lanes: an unrolled loop of extent 4 that indexes the accumulators and the last,
// contiguous int8 dimension of both operands (depthwise channels) becomes one word load per
// operand, SXTAB16 (folding in the input zero point) and four SMLABB/SMLATT.
Expected<ir::Kernel> simdLanes(const ir::Kernel &k, const std::string &loop);
// layout weights int16: after simd, keep the weights pre-widened to int16 and interleaved so the
// SXTB16 unpacking of every weight word becomes a plain load (flash for speed).
// layout requant interleaved: the per-channel constant tables (bias, multipliers, shifts, ...)
// as one int32 table [channel][table], one base address for all of a channel's constants.
Expected<ir::Kernel> layout(const ir::Kernel &k, const std::string &buffer,
                            const std::string &format);
Expected<ir::Kernel> interleaveChannelTables(const ir::Kernel &k);
// layout requant offsets_from_shifts: fast_requantize's rounding offsets computed from the
// channels' shifts ((K << e) >> 1) instead of read from an int32 table (flash for instructions).
Expected<ir::Kernel> offsetsFromShifts(const ir::Kernel &k);
// im2col: at the top of loop `at`, copy each output pixel's input patch into a scratch buffer
// (an extra kernel argument, int8 [columns][patch]), one column per iteration of `column` (or a
// single column when empty), padding filled with the input zero point; the reduction becomes one
// dense loop "r" over the patch and the weights are viewed as [channel][patch].
Expected<ir::Kernel> im2col(const ir::Kernel &k, const std::string &at, const std::string &column);
// Requantization in three instructions, bit-exact with TFLite's double rounding:
// y = SSAT8((SMMLAR(2*acc, m, C) + (2*acc >> 31)) >> e), C = 2^(e-1) + zp*2^e, after checking
// statically that |acc| < 2^30 and C fits; per channel, constant channels (clamp(zp)), negative
// multipliers, large right shifts and left shifts each take an exact variant.
Expected<ir::Kernel> fastRequantize(const ir::Kernel &k, bool int8Shifts = false);
// Every TFLite rescale (SaturatingRoundingDoublingHighMul, then RoundingDivideByPOT) of a value
// whose range is statically within +-2^30 becomes SMMLAR + sign + shift, bit-exact; the glue ops'
// constant rescales (ADD, MUL, pooling). Refused when no rescale qualifies.
Expected<ir::Kernel> fastRescale(const ir::Kernel &k);
// pack_store LOOP: a loop of four iterations storing i8(V), or V clamped to bounds inside the
// int8 range, into four consecutive int8 elements becomes one word store: the lanes (saturated
// to bytes when clamped) packed into a word, the clamp applied to all four at once (SSUB8 + SEL).
Expected<ir::Kernel> packStore(const ir::Kernel &k, const std::string &loop);

} // namespace loom::schedule
