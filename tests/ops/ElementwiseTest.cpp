// ADD and AVERAGE_POOL_2D loop nests equal their reference kernels byte for byte: 40 random
// configurations on the host JIT, 5 in QEMU on Cortex-M7 and 2 on Cortex-M4; impossible
// parameters are refused.
#include "loom/ops/Elementwise.h"
#include "../support/KernelRuns.h"
#include "loom/codegen/Codegen.h"
#include "loom/fixtures/RandomParams.h"
#include "loom/qemu/QemuRunner.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

namespace loom::testing {
namespace {

ops::AddParams randomAdd(std::mt19937 &rng) {
  const int64_t size = pick(rng, 1, 3000);
  int lo = -128, hi = 127;
  if (pick(rng, 0, 1))
    lo = pick(rng, -128, 0), hi = pick(rng, lo, 127);
  return ops::makeAddParams(size, real(rng, 0.005, 0.2), pick(rng, -128, 127),
                            real(rng, 0.005, 0.2), pick(rng, -128, 127), real(rng, 0.01, 0.3),
                            pick(rng, -128, 127), lo, hi);
}

ops::AveragePool2DParams randomPool(std::mt19937 &rng) {
  ops::AveragePool2DParams p;
  p.inputHeight = pick(rng, 1, 12), p.inputWidth = pick(rng, 1, 12), p.channels = pick(rng, 1, 20);
  p.filterHeight = pick(rng, 1, std::min(4, p.inputHeight));
  p.filterWidth = pick(rng, 1, std::min(4, p.inputWidth));
  if (pick(rng, 0, 3) == 0) // global pooling, as in the MCUNet heads
    p.filterHeight = p.inputHeight, p.filterWidth = p.inputWidth;
  p.strideHeight = pick(rng, 1, 2), p.strideWidth = pick(rng, 1, 2);
  if (pick(rng, 0, 1))
    p.padding = {pick(rng, 0, p.filterHeight - 1), pick(rng, 0, p.filterHeight - 1),
                 pick(rng, 0, p.filterWidth - 1), pick(rng, 0, p.filterWidth - 1)};
  if (pick(rng, 0, 1))
    p.activationMin = pick(rng, -128, 0), p.activationMax = pick(rng, p.activationMin, 127);
  return p;
}

TEST(Add, MatchesReferenceOnJitAndQemu) {
  std::mt19937 rng(40);
  for (int n = 0; n < 40; ++n) {
    ops::AddParams p = randomAdd(rng);
    auto a = ops::randomInt8(static_cast<size_t>(p.size), rng),
         b = ops::randomInt8(static_cast<size_t>(p.size), rng);
    std::vector<int8_t> expected(static_cast<size_t>(p.size));
    ops::reference::add(p, a.data(), b.data(), expected.data());
    ir::Kernel k = ops::buildAdd(p, fmt::format("add_{}", n)).take();
    EXPECT_EQ(jit(k, {a, b}, expected.size()), expected) << "case " << n;
    if (n < 7) {
      EXPECT_EQ(
          qemu(k, n < 5 ? codegen::Cpu::CortexM7 : codegen::Cpu::CortexM4, {a, b}, "elementwise"),
          expected);
    }
  }
}

TEST(AveragePool2D, MatchesReferenceOnJitAndQemu) {
  std::mt19937 rng(41);
  for (int n = 0; n < 40; ++n) {
    ops::AveragePool2DParams p = randomPool(rng);
    SCOPED_TRACE(fmt::format("{}x{}x{} filter {}x{} stride {}x{} pad {} {} {} {}", p.inputHeight,
                             p.inputWidth, p.channels, p.filterHeight, p.filterWidth,
                             p.strideHeight, p.strideWidth, p.padding.top, p.padding.bottom,
                             p.padding.left, p.padding.right));
    auto in = ops::randomInt8(static_cast<size_t>(p.inputHeight) * p.inputWidth * p.channels, rng);
    std::vector<int8_t> expected(static_cast<size_t>(p.outputHeight()) * p.outputWidth() *
                                 p.channels);
    ASSERT_TRUE(ops::reference::averagePool2D(p, in.data(), expected.data()));
    ir::Kernel k = ops::buildAveragePool2D(p, fmt::format("pool_{}", n)).take();
    EXPECT_EQ(jit(k, {in}, expected.size()), expected) << "case " << n;
    if (n < 7) {
      EXPECT_EQ(
          qemu(k, n < 5 ? codegen::Cpu::CortexM7 : codegen::Cpu::CortexM4, {in}, "elementwise"),
          expected);
    }
  }
}

TEST(Elementwise, RefusesImpossibleParameters) {
  ops::AveragePool2DParams p;
  p.inputHeight = p.inputWidth = 4, p.channels = 2, p.filterHeight = p.filterWidth = 2;
  p.padding = {2, 0, 0, 0};
  auto s = ops::validate(p);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.error().message.find("leaves windows with no input"), std::string::npos);
  p.padding = {};
  p.filterHeight = 5;
  EXPECT_NE(ops::validate(p).error().message.find("filter 5x2 larger than the padded input"),
            std::string::npos);
  ops::AddParams a = ops::makeAddParams(10, 0.1, 0, 0.1, 0, 0.1, 0, -128, 127);
  a.outputShift = 3;
  EXPECT_NE(ops::validate(a).error().message.find("shift 3 outside [-31, 0]"), std::string::npos);
  a = ops::makeAddParams(0, 0.1, 0, 0.1, 0, 0.1, 0, -128, 127);
  EXPECT_FALSE(ops::buildAdd(a, "add").ok());
}

} // namespace
} // namespace loom::testing
