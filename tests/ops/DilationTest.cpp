// Dilated CONV_2D and DEPTHWISE_CONV_2D (issue 15), the ops. The oracle does not share the
// dilated index arithmetic: a dilated window equals the undilated window over its whole span with
// zero weights between the taps (TFLite's sum gains only zero products), so loom's reference is
// checked against its own undilated kernels, and the nests (naive, default schedule, in place over
// either plane, points of the tuner's space) against the reference on random shapes on the host
// JIT, a few in QEMU on the M7 and M4; row slices compute their rows of the whole; the printed
// nest matches tests/golden/dilation_small.txt; layer ids name the dilation; a dilation of 0 and
// a window wider than the padded input are refused with the reason. The graph side is in
// tests/graph/DilationGraphTest.cpp.
#include "../support/KernelRuns.h"
#include "../support/OpCases.h"
#include "../support/TestFiles.h"
#include "loom/fixtures/LayerId.h"
#include "loom/fixtures/RandomParams.h"
#include "loom/ir/Printer.h"
#include "loom/ops/Ops.h"
#include "loom/ops/Reference.h"
#include "loom/ops/RowSlice.h"
#include "loom/schedule/DefaultSchedules.h"

#include <fmt/format.h>

#include <cstring>

namespace loom::testing {
namespace {

// The window's fields of a random dilated op: kernel 1-3 by 1-3, dilation 1-3 each way, stride
// 1-2, padding up to half the span, an input at least as large as the padded span needs.
template <class P> void randomWindow(P &p, std::mt19937 &rng) {
  p.kernelHeight = pick(rng, 1, 3), p.kernelWidth = pick(rng, 1, 3);
  p.dilationHeight = pick(rng, 1, 3), p.dilationWidth = pick(rng, 1, 3);
  if (p.dilationHeight == 1 && p.dilationWidth == 1)
    p.dilationWidth = 2;
  p.strideHeight = pick(rng, 1, 2), p.strideWidth = pick(rng, 1, 2);
  const int sh = static_cast<int>(p.windowHeight()), sw = static_cast<int>(p.windowWidth());
  p.padding = {pick(rng, 0, sh / 2), pick(rng, 0, sh / 2), pick(rng, 0, sw / 2),
               pick(rng, 0, sw / 2)};
  p.inputHeight = std::max(pick(rng, 3, 12), sh);
  p.inputWidth = std::max(pick(rng, 3, 12), sw);
}

ops::Conv2DParams randomConv(std::mt19937 &rng) {
  ops::Conv2DParams p;
  randomWindow(p, rng);
  p.inputChannels = pick(rng, 1, 9), p.outputChannels = pick(rng, 1, 10);
  ops::fillRandom(p, rng);
  return p;
}

ops::DepthwiseConv2DParams randomDepthwise(std::mt19937 &rng) {
  ops::DepthwiseConv2DParams p;
  randomWindow(p, rng);
  p.channels = pick(rng, 1, 13);
  ops::fillRandom(p, rng);
  return p;
}

// The undilated op over the whole span: tap (ky, kx) of the dilated window sits at
// (ky * dilation, kx * dilation) of the span; every other weight is zero.
ops::Conv2DParams spread(const ops::Conv2DParams &p) {
  ops::Conv2DParams s = p;
  s.kernelHeight = static_cast<int>(p.windowHeight()),
  s.kernelWidth = static_cast<int>(p.windowWidth());
  s.dilationHeight = s.dilationWidth = 1;
  s.weights.assign(
      static_cast<size_t>(s.outputChannels) * s.kernelHeight * s.kernelWidth * s.inputChannels, 0);
  for (int o = 0; o < p.outputChannels; ++o)
    for (int ky = 0; ky < p.kernelHeight; ++ky)
      for (int kx = 0; kx < p.kernelWidth; ++kx)
        for (int i = 0; i < p.inputChannels; ++i)
          s.weights[static_cast<size_t>(
              ((o * s.kernelHeight + ky * p.dilationHeight) * s.kernelWidth +
               kx * p.dilationWidth) *
                  s.inputChannels +
              i)] =
              p.weights[static_cast<size_t>(
                  ((o * p.kernelHeight + ky) * p.kernelWidth + kx) * p.inputChannels + i)];
  return s;
}

ops::DepthwiseConv2DParams spread(const ops::DepthwiseConv2DParams &p) {
  ops::DepthwiseConv2DParams s = p;
  s.kernelHeight = static_cast<int>(p.windowHeight()),
  s.kernelWidth = static_cast<int>(p.windowWidth());
  s.dilationHeight = s.dilationWidth = 1;
  s.weights.assign(static_cast<size_t>(s.kernelHeight) * s.kernelWidth * s.channels, 0);
  for (int ky = 0; ky < p.kernelHeight; ++ky)
    for (int kx = 0; kx < p.kernelWidth; ++kx)
      for (int c = 0; c < p.channels; ++c)
        s.weights[static_cast<size_t>(
            ((ky * p.dilationHeight) * s.kernelWidth + kx * p.dilationWidth) * s.channels + c)] =
            p.weights[static_cast<size_t>((ky * p.kernelWidth + kx) * p.channels + c)];
  return s;
}

template <class P> std::vector<int8_t> reference(const P &p, const std::vector<int8_t> &input) {
  std::vector<int8_t> out(ops::outputBytes(ops::AnyOp{p}));
  if constexpr (std::is_same_v<P, ops::Conv2DParams>)
    ops::reference::conv2D(p, input.data(), out.data());
  else
    ops::reference::depthwiseConv2D(p, input.data(), out.data());
  return out;
}

TEST(Dilation, ReferenceEqualsTheUndilatedSpanWithZeroTaps) {
  std::mt19937 rng(151);
  for (int n = 0; n < 60; ++n) {
    if (n % 2 == 0) {
      const auto p = randomConv(rng);
      SCOPED_TRACE(ops::describe(ops::AnyOp{p}));
      const auto input = ops::randomInt8(ops::inputBytes(ops::AnyOp{p}), rng);
      EXPECT_EQ(reference(p, input), reference(spread(p), input));
    } else {
      const auto p = randomDepthwise(rng);
      SCOPED_TRACE(ops::describe(ops::AnyOp{p}));
      const auto input = ops::randomInt8(ops::inputBytes(ops::AnyOp{p}), rng);
      EXPECT_EQ(reference(p, input), reference(spread(p), input));
    }
  }
}

// The kernel's output in QEMU (its scratch arguments are the runner's).
std::vector<int8_t> runQemu(const ir::Kernel &k, codegen::Cpu cpu,
                            const std::vector<int8_t> &input) {
  auto run = qemu::runKernelInQemu(
      k, {cpu, codegen::FloatAbi::Hard}, {std::vector<uint8_t>(input.begin(), input.end())},
      std::filesystem::path(LOOM_BINARY_DIR) / "test-work" / "dilation" / k.name);
  EXPECT_TRUE(run.ok()) << run.error().message;
  if (!run.ok())
    return {};
  for (size_t a = 0; a < k.arguments.size(); ++a)
    if (k.arguments[a]->role == ir::BufferRole::Output)
      return std::vector<int8_t>(run->outputs[a].begin(), run->outputs[a].end());
  return {};
}

// The naive nest, the default schedule and one random legal point of the tuner's space.
void expectNestsMatch(const ops::AnyOp &op, const std::vector<int8_t> &input,
                      const std::vector<int8_t> &expected, int n, std::mt19937 &rng) {
  const ir::Kernel naive = ops::buildKernel(op, fmt::format("dilated_{}", n)).take();
  EXPECT_EQ(runJit(naive, input, expected.size()), expected) << "naive";
  const schedule::Schedule defaults = schedule::defaultSchedule(op, naive);
  SCOPED_TRACE(defaults.toText());
  const ir::Kernel scheduled = schedule::applySchedule(naive, defaults).take();
  EXPECT_EQ(runJit(scheduled, input, expected.size()), expected) << "default schedule, JIT";
  if (n % 8 < 2) {
    EXPECT_EQ(runQemu(scheduled, n % 2 ? codegen::Cpu::CortexM4 : codegen::Cpu::CortexM7, input),
              expected)
        << "default schedule, QEMU";
  }
  if (auto s = randomLegalSchedule(op, naive, rng)) {
    SCOPED_TRACE(s->toText());
    EXPECT_EQ(runJit(schedule::applySchedule(naive, *s).take(), input, expected.size()), expected)
        << "a point of the tuner's space";
  }
}

TEST(Dilation, NestsMatchReferenceOnJitAndQemu) {
  std::mt19937 rng(152);
  for (int n = 0; n < 24; ++n) {
    if (n % 2 == 0) {
      const auto p = randomConv(rng);
      SCOPED_TRACE(ops::describe(ops::AnyOp{p}));
      const auto input = ops::randomInt8(ops::inputBytes(ops::AnyOp{p}), rng);
      expectNestsMatch(p, input, reference(p, input), n, rng);
    } else {
      const auto p = randomDepthwise(rng);
      SCOPED_TRACE(ops::describe(ops::AnyOp{p}));
      const auto input = ops::randomInt8(ops::inputBytes(ops::AnyOp{p}), rng);
      expectNestsMatch(p, input, reference(p, input), n, rng);
    }
  }
}

// In place over the int16 padded plane and over the int8 plane, with the model compiler's
// schedule: the activations buffer holds the input and then the output in its first bytes.
TEST(Dilation, InPlaceDepthwiseMatchesReferenceOnJitAndQemu) {
  std::mt19937 rng(153);
  int checked = 0;
  for (int n = 0; n < 24; ++n) {
    const auto p = randomDepthwise(rng);
    if (int64_t{p.outputHeight()} * p.outputWidth() > int64_t{p.inputHeight} * p.inputWidth)
      continue; // in place needs an output no larger than the input
    SCOPED_TRACE(ops::describe(ops::AnyOp{p}));
    const auto input = ops::randomInt8(ops::inputBytes(ops::AnyOp{p}), rng);
    const auto expected = reference(p, input);
    const auto plane = n % 2 ? ops::DepthwisePlane::Int8 : ops::DepthwisePlane::Int16Padded;
    const ir::Kernel naive =
        ops::buildDepthwiseConv2DInPlace(p, fmt::format("dilated_ip_{}", n), plane).take();
    const ir::Kernel k =
        schedule::applySchedule(naive, schedule::inPlaceDepthwiseSchedule(naive, p, plane)).take();
    EXPECT_EQ(runInPlace(k, input, expected.size()), expected) << "host JIT";
    if (n % 6 == 0) {
      auto run = qemu::runKernelInQemu(
          k, {codegen::Cpu::CortexM7, codegen::FloatAbi::Hard},
          {std::vector<uint8_t>(input.begin(), input.end()),
           std::vector<uint8_t>(static_cast<size_t>(k.arguments[1]->byteSize()))},
          std::filesystem::path(LOOM_BINARY_DIR) / "test-work" / "dilation" / k.name);
      ASSERT_TRUE(run.ok()) << run.error().message;
      EXPECT_EQ(std::vector<int8_t>(run->outputs[0].begin(),
                                    run->outputs[0].begin() + static_cast<long>(expected.size())),
                expected)
          << "QEMU";
    }
    ++checked;
  }
  EXPECT_GE(checked, 12);
}

// SAME padding of a 3x3 window dilated 50x50 over a 6x6 map is 50 rows and columns per side:
// the int16 plane keeps only what the one reaching tap reads (the centre), not the border.
TEST(Dilation, InPlacePlaneHoldsOnlyWhatTheWindowReads) {
  ops::DepthwiseConv2DParams p;
  p.inputHeight = p.inputWidth = 6, p.channels = 5, p.kernelHeight = p.kernelWidth = 3;
  p.dilationHeight = p.dilationWidth = 50, p.padding = {50, 50, 50, 50};
  std::mt19937 rng(158);
  ops::fillRandom(p, rng);
  ASSERT_EQ(p.outputHeight(), 6);
  const ir::Kernel k = ops::buildDepthwiseConv2DInPlace(p, "dilated_sparse").take();
  EXPECT_EQ(k.arguments[1]->byteSize(), 6 * 6 * 2);
  const auto input = ops::randomInt8(ops::inputBytes(ops::AnyOp{p}), rng);
  const auto expected = reference(p, input);
  EXPECT_EQ(runInPlace(k, input, expected.size()), expected);
}

// A depth-first band computes its output rows from the input rows RowWindow names.
TEST(Dilation, RowSlicesComputeTheirRowsOfTheWhole) {
  std::mt19937 rng(154);
  for (int n = 0; n < 30; ++n) {
    const auto p = randomDepthwise(rng);
    SCOPED_TRACE(ops::describe(ops::AnyOp{p}));
    const auto input = ops::randomInt8(ops::inputBytes(ops::AnyOp{p}), rng);
    const auto whole = reference(p, input);
    const int first = pick(rng, 0, p.outputHeight() - 1);
    const ops::RowRange rows{first, pick(rng, first + 1, p.outputHeight())};
    const ops::RowRange in = ops::rowWindow(p).inputRows(rows);
    const auto slice = ops::sliceRows(p, rows);
    const size_t rowBytes = static_cast<size_t>(p.inputWidth) * p.channels;
    const std::vector<int8_t> sliceInput(input.begin() + static_cast<long>(in.begin * rowBytes),
                                         input.begin() + static_cast<long>(in.end * rowBytes));
    const size_t outRow = static_cast<size_t>(p.outputWidth()) * p.channels;
    ASSERT_EQ(slice.outputHeight(), rows.size());
    EXPECT_EQ(reference(slice, sliceInput),
              std::vector<int8_t>(whole.begin() + static_cast<long>(rows.begin * outRow),
                                  whole.begin() + static_cast<long>(rows.end * outRow)));
  }
}

TEST(Dilation, PrintedNestMatchesGolden) {
  ops::DepthwiseConv2DParams d;
  d.inputHeight = 6, d.inputWidth = 6, d.channels = 2, d.kernelHeight = d.kernelWidth = 3;
  d.dilationHeight = 2, d.dilationWidth = 3, d.padding = {2, 2, 3, 3};
  std::mt19937 rng(155);
  ops::fillRandom(d, rng);
  ops::Conv2DParams c;
  c.inputHeight = 5, c.inputWidth = 5, c.inputChannels = 1, c.outputChannels = 1;
  c.kernelHeight = c.kernelWidth = 2, c.dilationHeight = c.dilationWidth = 2;
  ops::fillRandom(c, rng);
  checkGolden(ir::toString(ops::buildDepthwiseConv2D(d, "dilated_depthwise").take()) +
                  ir::toString(ops::buildConv2D(c, "dilated_conv").take()),
              "dilation_small.txt");
}

TEST(Dilation, LayerIdsNameTheMultiplierAndTheDilation) {
  auto layer = ops::parseLayerId("dw3_s1_20x20x8_m4_d2");
  ASSERT_TRUE(layer.ok()) << layer.error().message;
  const auto &dw = std::get<ops::DepthwiseConv2DParams>(layer->op);
  EXPECT_EQ(dw.depthMultiplier, 4);
  EXPECT_EQ(dw.dilationHeight, 2);
  EXPECT_EQ(dw.padding.top, 2); // half the 5-pixel span: the output keeps 20x20
  EXPECT_EQ(dw.outputHeight(), 20);
  EXPECT_EQ(layer->input.size(), 20u * 20 * 8);
  auto conv = ops::parseLayerId("conv3_s2_16x16x3_8_d3");
  ASSERT_TRUE(conv.ok()) << conv.error().message;
  EXPECT_EQ(std::get<ops::Conv2DParams>(conv->op).dilationWidth, 3);
  // The undilated ids mean what they meant.
  const auto plain =
      std::get<ops::DepthwiseConv2DParams>(ops::parseLayerId("dw3_s1_40x40x48").take().op);
  EXPECT_EQ(plain.padding.top, 1);
  EXPECT_EQ(plain.depthMultiplier, 1);
  for (const char *bad : {"dw3_s1_20x20x8_m4_m4", "conv3_s1_8x8x3_4_m2", "dw3_s1_8x8x4_d2000",
                          "dw3_s1_8x8x4_x2", "dw3_s1_8x8x4_m0"}) {
    auto r = ops::parseLayerId(bad);
    ASSERT_FALSE(r.ok()) << bad;
    EXPECT_NE(r.error().message.find(bad), std::string::npos) << r.error().message;
  }
}

TEST(Dilation, RefusesAZeroDilationAndAWindowTooWide) {
  ops::DepthwiseConv2DParams p;
  p.inputHeight = p.inputWidth = 8, p.channels = 4, p.kernelHeight = p.kernelWidth = 3;
  p.dilationHeight = 0;
  auto s = ops::validateShape(p);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.error().message.find("dilation height"), std::string::npos) << s.error().message;
  p.dilationHeight = 4; // a span of 9 rows over 8
  s = ops::validateShape(p);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.error().message.find("dilated 4x1"), std::string::npos) << s.error().message;
}

} // namespace
} // namespace loom::testing
