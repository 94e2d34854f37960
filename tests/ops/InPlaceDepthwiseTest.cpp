// The in-place depthwise convolution (output written over its input, one padded int16 channel
// plane of scratch, or the int8 plane) equals the reference kernel on 40 random configurations on
// the host JIT and 6 in QEMU (Cortex-M7), with the naive nest, with its schedule and with simd's
// int16 tap pairs.
#include "loom/codegen/Codegen.h"
#include "loom/fixtures/RandomParams.h"
#include "loom/ops/Ops.h"
#include "loom/ops/Reference.h"
#include "loom/qemu/QemuRunner.h"
#include "loom/schedule/DefaultSchedules.h"
#include "loom/schedule/Schedule.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

namespace loom::testing {
namespace {

int pick(std::mt19937 &rng, int lo, int hi) {
  return std::uniform_int_distribution<int>(lo, hi)(rng);
}

ops::DepthwiseConv2DParams randomDepthwise(std::mt19937 &rng) {
  ops::DepthwiseConv2DParams p;
  const int k = std::array{3, 5, 7}[pick(rng, 0, 2)];
  p.kernelHeight = p.kernelWidth = k;
  p.strideHeight = p.strideWidth = pick(rng, 1, 2);
  p.padding = {k / 2, k / 2, k / 2, k / 2}; // MCUNet's symmetric padding
  p.inputHeight = pick(rng, 2, 14), p.inputWidth = pick(rng, 2, 14);
  p.channels = pick(rng, 1, 24);
  ops::fillRandom(p, rng, {.positiveShifts = false});
  return p;
}

TEST(InPlaceDepthwise, MatchesReferenceOnJitAndQemu) {
  std::mt19937 rng(77);
  for (int n = 0; n < 40; ++n) {
    ops::DepthwiseConv2DParams p = randomDepthwise(rng);
    SCOPED_TRACE(fmt::format("{}x{}x{} k{} s{}", p.inputHeight, p.inputWidth, p.channels,
                             p.kernelHeight, p.strideHeight));
    auto input =
        ops::randomInt8(static_cast<size_t>(p.inputHeight) * p.inputWidth * p.channels, rng);
    std::vector<int8_t> expected(static_cast<size_t>(p.outputHeight()) * p.outputWidth() *
                                 p.channels);
    ops::reference::depthwiseConv2D(p, input.data(), expected.data());
    // Every third configuration takes the int8 plane (what plans whose peak it sets use).
    const auto planeKind =
        n % 3 == 2 ? ops::DepthwisePlane::Int8 : ops::DepthwisePlane::Int16Padded;
    ir::Kernel naive =
        ops::buildDepthwiseConv2DInPlace(p, fmt::format("dwip_{}", n), planeKind).take();
    const bool scheduled = n % 2 == 1;
    // The schedule the model compiler uses, or (every other time) simd's int16 tap pairs alone.
    const bool pairsAlone = n % 4 == 3 && planeKind == ops::DepthwisePlane::Int16Padded;
    const schedule::Schedule s = pairsAlone
                                     ? schedule::parseSchedule("simd kx").take()
                                     : schedule::inPlaceDepthwiseSchedule(naive, p, planeKind);
    ir::Kernel k = scheduled ? schedule::applySchedule(naive, s).take() : naive;
    auto jit = codegen::JitKernel::compile(k).take();
    std::vector<int8_t> io = input, plane(static_cast<size_t>(k.arguments[1]->byteSize()));
    jit->run({io.data(), plane.data()}).check();
    EXPECT_EQ(std::vector<int8_t>(io.begin(), io.begin() + static_cast<long>(expected.size())),
              expected)
        << (scheduled ? "scheduled" : "naive")
        << (planeKind == ops::DepthwisePlane::Int8 ? ", int8 plane" : "");
    if (n < 6) {
      auto run = qemu::runKernelInQemu(k, {codegen::Cpu::CortexM7, codegen::FloatAbi::Hard},
                                       {std::vector<uint8_t>(input.begin(), input.end())},
                                       std::filesystem::path(LOOM_BINARY_DIR) / "test-work" /
                                           "in_place" / k.name);
      ASSERT_TRUE(run.ok()) << run.error().message;
      const auto &out = run->outputs[0];
      EXPECT_EQ(std::vector<int8_t>(out.begin(), out.begin() + static_cast<long>(expected.size())),
                expected);
    }
  }
}

ir::Buffer biasOf(const ir::Kernel &k) {
  for (const ir::Buffer &b : k.constantBuffers())
    if (b->role == ir::BufferRole::Bias)
      return b;
  return nullptr;
}

// The int16 plane holds raw values and the bias absorbs the zero point, unless a folded bias
// would leave int32: then the plane holds x - zp. A dead channel (multiplier 0) whose bias sits at
// -2^31 + 1 does not stop the fold: its output is the zero point whatever it accumulates, so its
// folded bias is 0. All are bit-exact.
TEST(InPlaceDepthwise, FoldsTheZeroPointIntoTheBiasWhenItFits) {
  std::mt19937 rng(5);
  ops::DepthwiseConv2DParams p;
  p.inputHeight = p.inputWidth = 6, p.channels = 3, p.kernelHeight = p.kernelWidth = 3;
  p.padding = {1, 1, 1, 1};
  ops::fillRandom(p, rng, {.positiveShifts = false});
  p.inputZeroPoint = 100;
  std::fill(p.weights.begin(), p.weights.end(), int8_t{50});
  const int32_t liveMultiplier = p.output.multipliers[1];
  for (const auto &[deadBias, dead] :
       {std::pair{0, false}, std::pair{INT32_MIN + 1, false}, std::pair{INT32_MIN + 1, true}}) {
    p.bias[1] = deadBias;
    p.output.multipliers[1] = dead ? 0 : liveMultiplier;
    ir::Kernel naive = ops::buildDepthwiseConv2DInPlace(p, "dwip_fold").take();
    const bool folds = deadBias == 0 || dead;
    // Channel 0's 9 taps of 50 at zero point 100: -45,000 moves into its bias.
    EXPECT_EQ(biasOf(naive)->constantData[0], int64_t{p.bias[0]} - (folds ? 45000 : 0));
    if (dead) {
      EXPECT_EQ(biasOf(naive)->constantData[1], 0);
    }
    auto input = ops::randomInt8(6 * 6 * 3, rng);
    std::vector<int8_t> expected(6 * 6 * 3);
    ops::reference::depthwiseConv2D(p, input.data(), expected.data());
    for (const bool scheduled : {false, true}) {
      ir::Kernel k =
          scheduled
              ? schedule::applySchedule(naive, schedule::inPlaceDepthwiseSchedule(
                                                   naive, p, ops::DepthwisePlane::Int16Padded))
                    .take()
              : naive;
      auto jit = codegen::JitKernel::compile(k).take();
      std::vector<int8_t> io = input, plane(static_cast<size_t>(k.arguments[1]->byteSize()));
      jit->run({io.data(), plane.data()}).check();
      EXPECT_EQ(io, expected) << (folds ? "folded" : "centred") << (scheduled ? ", scheduled" : "");
    }
  }
}

TEST(InPlaceDepthwise, RefusesAnOutputLargerThanItsInput) {
  ops::DepthwiseConv2DParams p;
  p.inputHeight = p.inputWidth = 2, p.channels = 3, p.kernelHeight = p.kernelWidth = 1;
  p.padding = {1, 1, 1, 1};
  std::mt19937 rng(1);
  ops::fillRandom(p, rng);
  auto k = ops::buildDepthwiseConv2DInPlace(p, "x");
  ASSERT_FALSE(k.ok());
  EXPECT_NE(k.error().message.find("larger than the input"), std::string::npos);
}

// `simd kx phased` (odd pixels take their odd tap first, one SMLABT on the words their neighbours
// pair) is bit-exact for 3-, 5- and 7-tap rows, in blocks of 2 and 4 pixels, on the host JIT; the
// QEMU runs of mcunet-vww0 and mcunet-in3 (model_qemu_test) cover it on the target.
TEST(InPlaceDepthwise, PhasedTapPairsMatchTheReference) {
  std::mt19937 rng(31);
  for (const int k : {3, 5, 7})
    for (const int pixels : {2, 4}) {
      ops::DepthwiseConv2DParams p;
      p.kernelHeight = p.kernelWidth = k;
      p.padding = {k / 2, k / 2, k / 2, k / 2};
      p.inputHeight = 5, p.inputWidth = 8, p.channels = 5;
      ops::fillRandom(p, rng, {.positiveShifts = false});
      SCOPED_TRACE(fmt::format("k{} blocks of {}", k, pixels));
      auto input = ops::randomInt8(5 * 8 * 5, rng);
      std::vector<int8_t> expected(input.size());
      ops::reference::depthwiseConv2D(p, input.data(), expected.data());
      ir::Kernel naive =
          ops::buildDepthwiseConv2DInPlace(p, fmt::format("dwip_phased_{}", k)).take();
      auto s = schedule::parseSchedule(
                   fmt::format("split ox {} shift\nregister_block ox.i\nsimd kx phased\nunroll ky\n"
                               "unroll kx.o\nunroll kx\nfast_requantize",
                               pixels))
                   .take();
      ir::Kernel scheduled = schedule::applySchedule(naive, s).take();
      auto jit = codegen::JitKernel::compile(scheduled).take();
      std::vector<int8_t> io = input,
                          plane(static_cast<size_t>(scheduled.arguments[1]->byteSize()));
      jit->run({io.data(), plane.data()}).check();
      EXPECT_EQ(io, expected);
    }
}

} // namespace
} // namespace loom::testing
