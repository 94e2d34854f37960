// Must-fail tests: every primitive refuses its illegal uses with an error that names the loop
// (or the value) and the reason, through the schedule text as a user writes it.
#include "loom/codegen/Codegen.h"
#include "loom/fixtures/RandomParams.h"
#include "loom/ir/Intrinsics.h"
#include "loom/ops/Elementwise.h"
#include "loom/ops/Ops.h"
#include "loom/ops/Reference.h"
#include "loom/schedule/Schedule.h"

#include <gtest/gtest.h>

namespace loom::testing {
namespace {

ir::Kernel pointwise(bool positiveShifts = false) {
  ops::PointwiseConv2DParams p;
  p.inputHeight = 3, p.inputWidth = 5, p.inputChannels = 10, p.outputChannels = 6;
  std::mt19937 rng(3);
  ops::fillRandom(p, rng, {.positiveShifts = false});
  if (positiveShifts)
    p.output.shifts[4] = 20; // acc << 21 can overflow
  return ops::buildPointwiseConv2D(p, "pw").take();
}

ir::Kernel paddedConv() {
  ops::Conv2DParams p;
  p.inputHeight = p.inputWidth = 6, p.inputChannels = 3, p.outputChannels = 4;
  p.kernelHeight = p.kernelWidth = 3;
  p.padding = {1, 1, 1, 1};
  std::mt19937 rng(4);
  ops::fillRandom(p, rng);
  return ops::buildConv2D(p, "conv").take();
}

void expectError(const ir::Kernel &k, const std::string &scheduleText,
                 const std::string &fragment) {
  auto s = schedule::parseSchedule(scheduleText);
  ASSERT_TRUE(s.ok()) << s.error().message;
  auto r = schedule::applySchedule(k, *s);
  ASSERT_FALSE(r.ok()) << "'" << scheduleText << "' was accepted";
  EXPECT_NE(r.error().message.find(fragment), std::string::npos) << r.error().message;
}

TEST(SplitMustFail, RefusesBadFactorsTailsAndLoops) {
  expectError(pointwise(), "split ox 1 guard", "split factor 1 of loop 'ox' must be at least 2");
  expectError(pointwise(), "split ox 9 guard",
              "split factor 9 is larger than the extent 5 of loop 'ox'");
  expectError(pointwise(), "split zz 2 guard", "no loop 'zz' in the nest");
  expectError(pointwise(), "split ox 2 exact", "extent 5 of loop 'ox' is not divisible by 2");
  expectError(pointwise(), "split ic 4 shift",
              "shift tail on loop 'ic' would repeat iterations of a reduction");
  expectError(pointwise(), "split ox 2 guard\nsplit ox 2 guard", "no loop 'ox' in the nest");
}

TEST(ReorderMustFail, RefusesLoopsThatAreNotOneBand) {
  expectError(pointwise(), "reorder ic oc", "not perfectly nested");
  expectError(pointwise(), "reorder ox ox", "reorder names a loop twice");
  expectError(pointwise(), "reorder ox nope", "no loop 'nope'");
}

TEST(FuseMustFail, RefusesLoopsThatAreNotNested) {
  expectError(pointwise(), "fuse oy oc", "loop 'oc' is not the whole body of loop 'oy'");
  expectError(pointwise(), "fuse oc ic", "loop 'ic' is not the whole body of loop 'oc'");
}

TEST(UnrollMustFail, RefusesFactorsOutsideTheExtentInItsOwnName) {
  expectError(pointwise(), "unroll ox 9", "unroll factor 9 of loop 'ox' must be in [2, 5]");
}

TEST(UnrollMustFail, RefusesHugeFullUnrolls) {
  ops::FullyConnectedParams p;
  p.inputSize = 100, p.outputSize = 2;
  std::mt19937 rng(5);
  ops::fillRandom(p, rng);
  expectError(ops::buildFullyConnected(p, "fc").take(), "unroll i",
              "loop 'i' has extent 100: too large to unroll fully");
}

TEST(FoldZeroPointMustFail, RefusesPaddedReductionsAndRefolding) {
  expectError(paddedConv(), "fold_zero_point", "guarded by padding");
  expectError(pointwise(), "fold_zero_point\nfold_zero_point", "already folded");
}

TEST(RegisterBlockMustFail, RefusesBandsThatAreNotAroundOneOutput) {
  expectError(pointwise(), "register_block oy", "is not one output's accumulation");
  expectError(pointwise(), "register_block oy oc", "must be perfectly nested");
  expectError(pointwise(),
              "split ox 5 exact\nsplit oc 6 exact\nreorder oy ox.o oc.o ox.i oc.i\n"
              "register_block ox.i oc.i",
              "a block of 30 accumulators does not fit the registers (at most 16)");
  expectError(pointwise(), "split oc 3 exact\nsplit ic 2 exact\nreorder oy ox oc.o ic.o oc.i",
              "not perfectly nested");
}

TEST(SimdMustFail, RefusesWhatIsNotAContiguousInt8Reduction) {
  expectError(pointwise(), "simd ic", "apply fold_zero_point first");
  expectError(pointwise(), "fold_zero_point\nsimd ox", "loop 'ox'");
  expectError(pointwise(), "fold_zero_point\nsplit ic 5 exact\nsimd ic.o",
              "is not indexed by 'ic.o' in its last dimension");
  ops::FullyConnectedParams p;
  p.inputSize = 3, p.outputSize = 2;
  std::mt19937 rng(7);
  ops::fillRandom(p, rng);
  expectError(ops::buildFullyConnected(p, "fc").take(), "fold_zero_point\nsimd i",
              "loop 'i' has extent 3: fewer than the 4 lanes");
  expectError(paddedConv(), "simd kx", "apply fold_zero_point first");
}

TEST(Im2colMustFail, RefusesPatchesThatCannotBeShared) {
  expectError(paddedConv(), "im2col ic", "no accumulator below loop 'ic'");
  expectError(paddedConv(), "im2col oy", "depends on loop 'ox'");
  expectError(paddedConv(), "split ox 2 exact\nim2col oy ox.i", "depends on loop 'ox.o'");
  expectError(paddedConv(), "im2col ox\nim2col ox", "does not read the kernel input");
  expectError(paddedConv(), "im2col ox oy", "column loop 'oy' is not inside loop 'ox'");
}

TEST(PeelMustFail, RefusesAnEmptyInteriorOrNothingToPeel) {
  ops::DepthwiseConv2DParams d;
  d.inputHeight = d.inputWidth = 5, d.channels = 8, d.kernelHeight = d.kernelWidth = 3;
  d.padding = {1, 1, 1, 1};
  std::mt19937 rng(9);
  ops::fillRandom(d, rng);
  ir::Kernel dw = ops::buildDepthwiseConv2D(d, "dw").take();
  expectError(dw, "peel oy 3 2", "leaves no interior (extent 5)");
  expectError(dw, "peel oy 0 0", "not both zero");
  expectError(dw, "peel oy -1 2", "needs non-negative counts");
  expectError(dw, "peel nowhere 1 1", "no loop 'nowhere'");
}

TEST(PadReductionMustFail, RefusesWhatCannotBeWidenedWithZeros) {
  const std::string im2col = "im2col ox\nfold_zero_point\n";
  expectError(paddedConv(), im2col + "pad_reduction r 26", "needs a loop from 0 and a larger");
  expectError(paddedConv(), im2col + "pad_reduction r 60", "by at most 16");
  expectError(paddedConv(), im2col + "pad_reduction ox 8", "not a reduction");
  expectError(pointwise(), "pad_reduction ic 12", "only a scratch copy");
  expectError(paddedConv(), "pad_reduction kx 4", "not a reduction");
}

TEST(PackStoreMustFail, RefusesWhatIsNotFourConsecutiveClampedBytes) {
  const std::string block4 = "split oc 4 shift\nregister_block oc.i\n";
  expectError(pointwise(), "split oc 2 exact\nregister_block oc.i\npack_store oc.i.store",
              "exactly 4 iterations");
  // The accumulators' initialisation stores int32 into a local buffer.
  expectError(pointwise(), block4 + "pack_store oc.i.init", "not an int8 buffer");
  expectError(pointwise(),
              "split ox 4 shift\nreorder oy ox.o oc ox.i\nregister_block ox.i\n"
              "pack_store ox.i.store",
              "outside its last dimension");
  expectError(pointwise(), "split ox 4 shift\npack_store ox.i", "not a single store");
  expectError(pointwise(), block4 + "pack_store nowhere", "no loop 'nowhere'");
}

TEST(SplitTailMustFail, RefusesNamesAlreadyUsed) {
  // The tail copy of oy's body would bind the names of ox's tail copy (ox.t, oc.t) again.
  expectError(paddedConv(), "split ox 4 tail\nsplit oy 4 tail", "is already used in the nest");
  expectError(paddedConv(), "split ox 4 tail\nsplit ox.t 3 tail", "split factor 3 is larger");
}

ir::Kernel inPlaceDepthwise(int kernelWidth) {
  ops::DepthwiseConv2DParams d;
  d.inputHeight = d.inputWidth = 6, d.channels = 3, d.kernelHeight = 3;
  d.kernelWidth = kernelWidth;
  d.padding = {1, 1, kernelWidth / 2, kernelWidth / 2};
  std::mt19937 rng(9);
  ops::fillRandom(d, rng);
  return ops::buildDepthwiseConv2DInPlace(d, "dwip").take();
}

TEST(SimdMustFail, RefusesInt16PairsThatAreNotTwoNeighbouringTaps) {
  // ky steps the plane's rows, not its contiguous last dimension.
  expectError(inPlaceDepthwise(3), "simd ky", "loop 'ky'");
  expectError(inPlaceDepthwise(1), "simd kx", "loop 'kx' has extent 1: fewer than the 2 lanes");
  expectError(inPlaceDepthwise(3), "split kx 3 exact\nsimd kx.o",
              "is not indexed by 'kx.o' in its last dimension");
  // phased moves the scalar tap of the int16 form's odd extent, to pixels at a known odd column.
  expectError(inPlaceDepthwise(3), "simd kx phased", "no multiply-accumulate starts at a column");
  expectError(pointwise(), "fold_zero_point\nsimd ic phased",
              "only the int16 form with an odd extent");
  expectError(inPlaceDepthwise(3), "split ox 4 shift\nregister_block ox.i\nsimd kx phased",
              "no multiply-accumulate starts at a column"); // 6 pixels: the last block shifts
  // The int8-only primitives refuse the int16 plane.
  expectError(inPlaceDepthwise(3), "fold_zero_point", "int16 copy of the input");
  expectError(inPlaceDepthwise(3), "pad_reduction kx 4", "int16 input");
}

TEST(SimdLanesMustFail, RefusesLoopsThatAreNotFourContiguousLanes) {
  ops::DepthwiseConv2DParams d;
  d.inputHeight = d.inputWidth = 5, d.channels = 8, d.kernelHeight = d.kernelWidth = 3;
  std::mt19937 rng(8);
  ops::fillRandom(d, rng);
  ir::Kernel dw = ops::buildDepthwiseConv2D(d, "dw").take();
  expectError(dw, "simd_lanes c", "loop 'c' must run over exactly the 4 byte lanes");
  expectError(dw, "split c 4 exact\nsimd_lanes c.i", "is not one multiply-accumulate");
  expectError(pointwise(), "split oc 4 guard\nregister_block oc.i",
              "is not one output's accumulation");
  expectError(pointwise(), "split ic 5 exact\nsplit ic.i 4 guard\nsimd_lanes ic.i.i",
              "depends on lane loop 'ic.i.i'");
  // With a depth multiplier the weights are [kh][kw][c][m]: lanes over the input channels would
  // take one weight of each of four channels, which is not a word; the input broadcast is
  // legal only across `m`.
  d.depthMultiplier = 2;
  ops::fillRandom(d, rng);
  expectError(ops::buildDepthwiseConv2D(d, "dw_m2").take(),
              "split c 4 exact\nreorder oy ox c.o m c.i\nregister_block c.i\nsimd_lanes c.i",
              "'weights[ky, kx, ((c.o * 4) + c.i), m]' is not contiguous in lane loop 'c.i'");
}

TEST(TileMustFail, RefusesWhatSplitOrReorderRefuse) {
  expectError(pointwise(), "tile ox oc 2 4 exact", "extent 5 of loop 'ox' is not divisible by 2");
  expectError(pointwise(), "tile oc ic 2 2 guard", "not perfectly nested");
}

TEST(LayoutMustFail, RefusesWeightsThatAreNotAllReadAsWords) {
  ops::FullyConnectedParams fc;
  fc.inputSize = 8, fc.outputSize = 3;
  std::mt19937 rng(9);
  ops::fillRandom(fc, rng);
  expectError(ops::buildFullyConnected(fc, "fc").take(), "layout weights int16",
              "apply simd first");
  expectError(pointwise(), "fold_zero_point\nsimd ic\nlayout weights int8", "weight layout 'int8'");
  expectError(pointwise(), "fold_zero_point\nsimd ic\nlayout bias int16", "layout of 'bias'");
  // 10 input channels: two of every ten weights are read by the scalar tail loop.
  expectError(pointwise(), "fold_zero_point\nsimd ic\nlayout weights int16", "not a multiple of 4");
}

TEST(LayoutMustFail, RefusesAnInterleavingWithoutPerChannelTables) {
  expectError(pointwise(), "layout requant planar", "requant layout 'planar'");
  // Interleaved tables are no longer the multipliers and shifts fast_requantize recognises.
  expectError(pointwise(), "layout requant interleaved\nfast_requantize",
              "no TFLite requantization");
  ops::AveragePool2DParams pool;
  pool.inputHeight = 4, pool.inputWidth = 4, pool.channels = 8;
  pool.filterHeight = pool.filterWidth = pool.strideHeight = pool.strideWidth = 2;
  expectError(ops::buildAveragePool2D(pool, "pool").take(), "layout requant interleaved",
              "has 0 per-channel table(s)");
}

TEST(LayoutMustFail, RefusesOffsetsFromShiftsWithoutTheirTables) {
  // Before fast_requantize there is no offset table; after the interleaving it is a column.
  expectError(pointwise(), "layout requant offsets_from_shifts",
              "reads no rounding-offset and right-shift tables");
  expectError(pointwise(),
              "fast_requantize\nlayout requant interleaved\nlayout requant "
              "offsets_from_shifts",
              "so it comes after this step");
}

TEST(FastRequantizeMustFail, RefusesWhatTheFastSequenceCannotReproduce) {
  expectError(pointwise(true), "fast_requantize", "channel 4 has left shift 20");
  ops::FullyConnectedParams p;
  p.inputSize = 40000, p.outputSize = 1;
  std::mt19937 rng(6);
  ops::fillRandom(p, rng, {.positiveShifts = false});
  p.weights.assign(40000, 127); // |acc| can reach 255 * 127 * 40000 > 2^30
  expectError(ops::buildFullyConnected(p, "fc").take(), "fast_requantize", ">= 2^30");
  expectError(pointwise(), "fast_requantize\nfast_requantize", "no TFLite requantization");
}

// Once the zero point is folded the reduction multiplies raw int8 inputs (|x| <= 128, not
// |x - zp| <= 255): 40,000 weights of 127 refuse fast_requantize with the zero point in the
// loop (255 * 127 * 40000 >= 2^30) and accept it after fold_zero_point, bit-exact.
TEST(FastRequantizeMustFail, FoldedInputsHalveTheAccumulatorBound) {
  ops::FullyConnectedParams p;
  p.inputSize = 40000, p.outputSize = 2;
  std::mt19937 rng(6);
  ops::fillRandom(p, rng, {.positiveShifts = false});
  p.weights.assign(80000, 127);
  p.inputZeroPoint = 1;
  const ir::Kernel fc = ops::buildFullyConnected(p, "fc").take();
  expectError(fc, "fast_requantize", ">= 2^30");
  auto folded = schedule::applySchedule(
      fc, schedule::parseSchedule("fold_zero_point\nfast_requantize").take());
  ASSERT_TRUE(folded.ok()) << folded.error().message;
  auto input = ops::randomInt8(40000, rng);
  std::vector<int8_t> expected(2), out(2);
  ops::reference::fullyConnected(p, input.data(), expected.data());
  codegen::JitKernel::compile(*folded).take()->run({input.data(), out.data()}).check();
  EXPECT_EQ(out, expected);
}

TEST(FastRescaleMustFail, RefusesNestsWithoutAProvableRescale) {
  using namespace ir;
  // No rescale at all; a per-channel requantization is fast_requantize's.
  expectError(pointwise(), "fast_rescale", "the kernel requantizes per channel");
  Buffer in = makeBuffer("x", ScalarType::I32, {8}, {"i"}, BufferRole::Input);
  Buffer out = makeBuffer("y", ScalarType::I8, {8}, {"i"}, BufferRole::Output);
  Expr i = var("i");
  auto kernelOf = [&](Expr value) {
    return Kernel{"k", {in, out}, forLoop("i", i32(0), i32(8), store(out, {i}, value)), "test"};
  };
  expectError(kernelOf(cast(ScalarType::I8, load(in, {i}))), "fast_rescale", "no TFLite rescale");
  // An int32 input's range is not known: 2x could overflow.
  Expr rescaled = call(std::string(kRoundingDivideByPOT), ScalarType::I32,
                       {call(std::string(kSatRoundingDoublingHighMul), ScalarType::I32,
                             {load(in, {i}), i32(1 << 30)}),
                        i32(3)});
  expectError(kernelOf(cast(ScalarType::I8, rescaled)), "fast_rescale",
              "the range of a rescaled value is not known");
}

} // namespace
} // namespace loom::testing
