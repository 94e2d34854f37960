// The executed-instruction count of a kernel call is deterministic (identical across runs) and,
// for a fixed op, linear in the number of output pixels.
#include "../support/TestFiles.h"
#include "loom/fixtures/RandomParams.h"
#include "loom/ops/Ops.h"
#include "loom/qemu/ExecutedMix.h"
#include "loom/qemu/Process.h"
#include "loom/qemu/QemuRunner.h"

#include <fstream>

#include <fmt/format.h>
#include <gtest/gtest.h>

namespace loom::testing {
namespace {

namespace fs = std::filesystem;
const codegen::Target kM7{codegen::Cpu::CortexM7, codegen::FloatAbi::Hard};

fs::path workDir(const std::string &name) { return testWorkDir("instruction_count", name); }

ops::DepthwiseConv2DParams depthwise(int size, std::mt19937 &rng) {
  ops::DepthwiseConv2DParams p;
  p.inputHeight = p.inputWidth = size;
  p.channels = 16;
  p.kernelHeight = p.kernelWidth = 3;
  p.padding = {1, 1, 1, 1};
  ops::fillRandom(p, rng);
  return p;
}

int64_t measureDepthwise(const ops::DepthwiseConv2DParams &p, const std::string &name,
                         std::mt19937 &rng) {
  ir::Kernel k = ops::buildDepthwiseConv2D(p, name).take();
  auto input = ops::randomInt8(static_cast<size_t>(p.inputHeight) * p.inputWidth * p.channels, rng);
  auto run = qemu::runKernelInQemu(k, kM7, {std::vector<uint8_t>(input.begin(), input.end())},
                                   workDir(name));
  EXPECT_TRUE(run.ok()) << run.error().message;
  return run.ok() ? run->instructions : -1;
}

// The firmware of `target` around one function of tests/qemu/known_sequence.S; its count.
int64_t countKnownSequence(const codegen::Target &target, const std::string &function,
                           const std::string &source = "known_sequence.S") {
  const fs::path dir =
      workDir(fmt::format("{}_{}{}", function, target.cpuName(),
                          target.floatAbi == codegen::FloatAbi::Soft ? "_soft" : ""));
  fs::create_directories(dir);
  auto as = qemu::runProcess({LOOM_ARM_GCC, fmt::format("-mcpu={}", target.cpuName()), "-c",
                              std::string(LOOM_TEST_DIR "/qemu/") + source, "-o",
                              (dir / "known.o").string()},
                             {}, 60);
  EXPECT_TRUE(as.ok() && as->exitCode == 0) << (as.ok() ? as->output : as.error().message);
  auto fw = qemu::buildKernelFirmware(target, dir / "known.o", function, dir / "known.elf");
  EXPECT_TRUE(fw.ok()) << fw.error().message;
  std::ofstream(dir / "manifest.txt") << "";
  auto n = qemu::runFirmware(target, dir / "known.elf", dir);
  EXPECT_TRUE(n.ok()) << (n.ok() ? "" : n.error().message);
  return n.ok() ? *n : -1;
}

// The counter itself: a hand-written function of exactly 2002 instructions is counted as such,
// to within the few instructions of the edge-synchronisation loops, on every board (and in a
// soft-float Cortex-M55 build, whose predefined macros are those of a Cortex-M33).
TEST(InstructionCount, CountsAKnownInstructionSequence) {
  using codegen::Cpu, codegen::FloatAbi;
  for (const codegen::Target target : {codegen::Target{Cpu::CortexM7, FloatAbi::Hard},
                                       codegen::Target{Cpu::CortexM4, FloatAbi::Hard},
                                       codegen::Target{Cpu::CortexM33, FloatAbi::Hard},
                                       codegen::Target{Cpu::CortexM55, FloatAbi::Hard},
                                       codegen::Target{Cpu::CortexM55, FloatAbi::Soft}})
    EXPECT_NEAR(static_cast<double>(countKnownSequence(target, "known_sequence")), 2002.0, 8.0)
        << target.name();
}

// SysTick (mps3-an547) is a 24-bit counter: a call of 600 million instructions spans two of its
// wraps, which the counter adds back (plus the few instructions of the wrap handler).
TEST(InstructionCount, CountsAcrossSysTickWraps) {
  const codegen::Target m55{codegen::Cpu::CortexM55, codegen::FloatAbi::Hard};
  EXPECT_NEAR(static_cast<double>(countKnownSequence(m55, "known_long_sequence")), 600000003.0,
              24.0);
}

// The Cortex-M55's beat-weighted figure: of a known sequence's 3,002 instructions the execution
// trace finds exactly the 1,000 MVE ones; a scalar sequence has none.
TEST(InstructionCount, FindsTheExecutedVectorInstructions) {
  const codegen::Target m55{codegen::Cpu::CortexM55, codegen::FloatAbi::Hard};
  EXPECT_NEAR(
      static_cast<double>(countKnownSequence(m55, "known_mve_sequence", "known_mve_sequence.S")),
      3002.0, 8.0);
  const fs::path dir = workDir("known_mve_sequence_cortex-m55");
  auto mix = qemu::executedMix(m55, dir / "known.elf", dir, "known_mve_sequence");
  ASSERT_TRUE(mix.ok()) << mix.error().message;
  EXPECT_EQ(mix->vector, 1000);
  EXPECT_EQ(mix->scalar, 2002);
  countKnownSequence(m55, "known_sequence");
  const fs::path scalarDir = workDir("known_sequence_cortex-m55");
  auto scalar = qemu::executedMix(m55, scalarDir / "known.elf", scalarDir, "known_sequence");
  ASSERT_TRUE(scalar.ok()) << scalar.error().message;
  EXPECT_EQ(scalar->vector, 0);
  EXPECT_EQ(scalar->scalar, 2002);
}

TEST(InstructionCount, IsIdenticalAcrossRuns) {
  std::mt19937 rng(7);
  ops::DepthwiseConv2DParams p = depthwise(12, rng);
  const int64_t first = measureDepthwise(p, "repeat", rng);
  // Re-run the very same firmware and inputs.
  auto second = qemu::runFirmware(kM7, workDir("repeat") / "repeat.elf", workDir("repeat"));
  ASSERT_TRUE(second.ok()) << second.error().message;
  EXPECT_GT(first, 10000);
  EXPECT_EQ(first, *second);
}

// A 1x1 convolution has no border effects: its cost per output pixel must not depend on the
// image size (within 2%), from 8x8 to 32x32 output pixels.
TEST(InstructionCount, GrowsLinearlyWithOutputPixels) {
  std::mt19937 rng(8);
  ops::PointwiseConv2DParams base;
  base.inputChannels = 16;
  base.outputChannels = 24;
  base.inputHeight = base.inputWidth = 1;
  ops::fillRandom(base, rng);
  std::vector<double> perPixel;
  for (int size : {8, 16, 32}) {
    ops::PointwiseConv2DParams p = base;
    p.inputHeight = p.inputWidth = size;
    const std::string name = fmt::format("linear_{}", size);
    ir::Kernel k = ops::buildPointwiseConv2D(p, name).take();
    auto input = ops::randomInt8(static_cast<size_t>(size) * size * p.inputChannels, rng);
    auto run = qemu::runKernelInQemu(k, kM7, {std::vector<uint8_t>(input.begin(), input.end())},
                                     workDir(name));
    ASSERT_TRUE(run.ok()) << run.error().message;
    perPixel.push_back(static_cast<double>(run->instructions) / (size * size));
    std::printf("%dx%d: %lld instructions, %.2f per output pixel\n", size, size,
                static_cast<long long>(run->instructions), perPixel.back());
  }
  for (double x : perPixel)
    EXPECT_NEAR(x / perPixel.back(), 1.0, 0.02);
}

} // namespace
} // namespace loom::testing
