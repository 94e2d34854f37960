// Golden tests: for each primitive, the printed nest before and after it is applied to a small
// op matches tests/golden/schedule/<primitive>.txt (LOOM_UPDATE_GOLDEN=1 rewrites them).
#include "../support/TestFiles.h"
#include "loom/ir/Printer.h"
#include "loom/ops/Elementwise.h"
#include "loom/ops/Ops.h"
#include "loom/schedule/Schedule.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

namespace loom::testing {
namespace {

ops::OutputStage stage(int channels) {
  ops::OutputStage s;
  for (int c = 0; c < channels; ++c) {
    auto q = ops::quantizeMultiplier(0.002 * (c + 1));
    s.multipliers.push_back(q.multiplier);
    s.shifts.push_back(q.shift);
  }
  s.outputZeroPoint = 3;
  return s;
}

ops::PointwiseConv2DParams pointwise() {
  ops::PointwiseConv2DParams p;
  p.inputHeight = 2, p.inputWidth = 4, p.inputChannels = 8, p.outputChannels = 4;
  p.inputZeroPoint = -5;
  for (int i = 0; i < 32; ++i)
    p.weights.push_back(static_cast<int8_t>(i - 16));
  p.bias = {100, -100, 7, 0};
  p.output = stage(4);
  return p;
}

ops::Conv2DParams conv() {
  ops::Conv2DParams p;
  p.inputHeight = p.inputWidth = 4, p.inputChannels = 2, p.outputChannels = 4;
  p.kernelHeight = p.kernelWidth = 3;
  p.padding = {1, 1, 1, 1};
  p.weights.assign(4 * 3 * 3 * 2, 3);
  p.bias.assign(4, 1);
  p.output = stage(4);
  return p;
}

void checkSchedule(const ir::Kernel &k, const std::string &scheduleText, const std::string &file) {
  auto s = schedule::parseSchedule(scheduleText).take();
  std::vector<std::string> trace;
  schedule::applySchedule(k, s, &trace).take();
  std::string text = "# before\n" + ir::toString(k);
  for (const auto &t : trace)
    text += t;
  ::loom::testing::checkGolden(text, "schedule/" + file);
}

ir::Kernel pw() { return ops::buildPointwiseConv2D(pointwise(), "pw").take(); }
ir::Kernel cv() { return ops::buildConv2D(conv(), "conv").take(); }

TEST(PrimitiveGolden, Split) {
  checkSchedule(pw(), "split ox 3 guard\nsplit oc 3 shift", "split.txt");
}
TEST(PrimitiveGolden, Reorder) {
  checkSchedule(cv(), "reorder oc oy ox\nreorder kx ky", "reorder.txt");
}
TEST(PrimitiveGolden, Fuse) { checkSchedule(pw(), "fuse oy ox", "fuse.txt"); }
TEST(PrimitiveGolden, Unroll) { checkSchedule(cv(), "unroll kx\nunroll oc 2", "unroll.txt"); }
TEST(PrimitiveGolden, FoldZeroPoint) {
  checkSchedule(pw(), "fold_zero_point", "fold_zero_point.txt");
}
TEST(PrimitiveGolden, RegisterBlock) {
  checkSchedule(cv(),
                "split ox 2 exact\nsplit oc 2 exact\nreorder oy ox.o oc.o ox.i oc.i\n"
                "register_block ox.i oc.i",
                "register_block.txt");
}
TEST(PrimitiveGolden, Simd) { checkSchedule(pw(), "fold_zero_point\nsimd ic", "simd.txt"); }
TEST(PrimitiveGolden, Im2col) {
  checkSchedule(cv(), "split ox 2 exact\nreorder oy ox.o oc ox.i\nim2col ox.o ox.i", "im2col.txt");
}
// A 3x3 in-place depthwise nest over two channels of height x width.
ir::Kernel inPlaceDepthwise(int height, int width) {
  ops::DepthwiseConv2DParams d;
  d.inputHeight = height, d.inputWidth = width, d.channels = 2;
  d.kernelHeight = d.kernelWidth = 3;
  d.padding = {1, 1, 1, 1};
  d.inputZeroPoint = -7;
  for (int i = 0; i < 18; ++i)
    d.weights.push_back(static_cast<int8_t>(3 * i - 20));
  d.bias = {50, -50};
  d.output = stage(2);
  return ops::buildDepthwiseConv2DInPlace(d, "dwip").take();
}
// The in-place depthwise nest reads a zero-point-subtracted int16 plane: simd pairs neighbouring
// taps (two lanes, one SMLAD on halfword pairs, int16 weights), the odd tap in a scalar tail.
TEST(PrimitiveGolden, SimdInt16Pairs) {
  checkSchedule(inPlaceDepthwise(4, 5), "simd kx", "simd_int16.txt");
}
// Over a register block of pixels at stride 1, the odd pixels take their odd tap first (one
// SMLABT on the words their neighbours pair) and pair the rest from an even column.
TEST(PrimitiveGolden, SimdInt16PhasedPairs) {
  checkSchedule(inPlaceDepthwise(3, 4), "split ox 2 shift\nregister_block ox.i\nsimd kx phased",
                "simd_int16_phased.txt");
}
// With every weight stored as int16, fast_requantize stores weights and bias doubled and the
// output stage reads the accumulator as it is (no shift per output).
TEST(PrimitiveGolden, FastRequantizeDoubledConstants) {
  checkSchedule(inPlaceDepthwise(3, 4), "simd kx\nfast_requantize",
                "fast_requantize_doubled_constants.txt");
}
TEST(PrimitiveGolden, SimdLanes) {
  ops::DepthwiseConv2DParams p;
  p.inputHeight = p.inputWidth = 3, p.channels = 4, p.kernelHeight = p.kernelWidth = 3;
  p.padding = {1, 1, 1, 1};
  p.inputZeroPoint = 9;
  p.weights.assign(3 * 3 * 4, -2);
  p.bias.assign(4, 5);
  p.output = stage(4);
  checkSchedule(ops::buildDepthwiseConv2D(p, "dw").take(),
                "split c 4 exact\nregister_block c.i\nsimd_lanes c.i", "simd_lanes.txt");
}
// A depth multiplier of 4: the lanes are four output channels of one input channel, whose byte
// is broadcast into bytes 0 and 2 of a word (one SXTAB16 for all four lanes).
TEST(PrimitiveGolden, SimdLanesBroadcast) {
  ops::DepthwiseConv2DParams p;
  p.inputHeight = p.inputWidth = 3, p.channels = 2, p.depthMultiplier = 4;
  p.kernelHeight = p.kernelWidth = 3;
  p.padding = {1, 1, 1, 1};
  p.inputZeroPoint = 9;
  p.weights.assign(3 * 3 * 8, -2);
  p.bias.assign(8, 5);
  p.output = stage(8);
  checkSchedule(ops::buildDepthwiseConv2D(p, "dw").take(),
                "split m 4 exact\nregister_block m.i\nsimd_lanes m.i", "simd_lanes_broadcast.txt");
}
TEST(PrimitiveGolden, Peel) {
  ops::DepthwiseConv2DParams p;
  p.inputHeight = p.inputWidth = 4, p.channels = 2, p.kernelHeight = p.kernelWidth = 3;
  p.padding = {1, 1, 1, 1};
  p.inputZeroPoint = 9;
  p.weights.assign(3 * 3 * 2, 3);
  p.bias.assign(2, 5);
  p.output = stage(2);
  checkSchedule(ops::buildDepthwiseConv2D(p, "dw").take(), "peel oy 1 1\npeel ox 1 1", "peel.txt");
}
TEST(PrimitiveGolden, SplitTail) {
  ops::DepthwiseConv2DParams p;
  p.inputHeight = 2, p.inputWidth = 5, p.channels = 4, p.kernelHeight = p.kernelWidth = 3;
  p.padding = {1, 1, 1, 1};
  p.inputZeroPoint = 9;
  p.weights.assign(3 * 3 * 4, 3);
  p.bias.assign(4, 5);
  p.output = stage(4);
  checkSchedule(ops::buildDepthwiseConv2D(p, "dw").take(),
                "split c 4 exact\nreorder oy c.o ox c.i\nsplit ox 2 tail\n"
                "register_block ox.i c.i\nregister_block ox.t c.i.t",
                "split_tail.txt");
}
TEST(PrimitiveGolden, PadReduction) {
  checkSchedule(cv(), "im2col ox\npad_reduction r 20\nsimd r", "pad_reduction.txt");
}
TEST(PrimitiveGolden, PackStore) {
  auto p = pointwise();
  p.output.activationMin = 3; // a fused ReLU6-like range: both lane clamps appear
  p.output.activationMax = 100;
  checkSchedule(ops::buildPointwiseConv2D(p, "pw").take(),
                "split oc 4 exact\nregister_block oc.i\nfast_requantize\npack_store oc.i.store",
                "pack_store.txt");
}
TEST(PrimitiveGolden, Tile) { checkSchedule(pw(), "tile ox oc 2 2 exact", "tile.txt"); }
TEST(PrimitiveGolden, Layout) {
  checkSchedule(pw(), "fold_zero_point\nsimd ic\nlayout weights int16", "layout.txt");
}
TEST(PrimitiveGolden, LayoutRequantInterleaved) {
  // The int8 shift tables are widened into the int32 table and their reads narrowed back.
  checkSchedule(pw(), "fast_requantize int8_shifts\nlayout requant interleaved",
                "layout_requant_interleaved.txt");
}
TEST(PrimitiveGolden, LayoutRequantOffsetsFromShifts) {
  // The offset table's reads become (K << shift) >> 1 with K = 2zp + 1.
  checkSchedule(pw(), "fast_requantize int8_shifts\nlayout requant offsets_from_shifts",
                "layout_requant_offsets_from_shifts.txt");
}
TEST(PrimitiveGolden, FastRequantize) {
  checkSchedule(pw(), "fast_requantize", "fast_requantize.txt");
}
TEST(PrimitiveGolden, FastRequantizeInt8Shifts) {
  checkSchedule(pw(), "fast_requantize int8_shifts", "fast_requantize_int8_shifts.txt");
}
TEST(PrimitiveGolden, FastRescale) {
  // Two inputs at different scales, a narrowed activation range.
  ops::AddParams p = ops::makeAddParams(6, 0.05, -3, 0.02, 10, 0.07, 4, -100, 127);
  checkSchedule(ops::buildAdd(p, "add").take(), "fast_rescale", "fast_rescale.txt");
}

} // namespace
} // namespace loom::testing
