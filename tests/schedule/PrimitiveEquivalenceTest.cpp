// Before/after equivalence of every schedule primitive: on random shapes and data, the scheduled
// kernel equals the reference kernel byte for byte: 30 shapes on the host JIT and 5 in QEMU
// (Cortex-M7) per primitive; the same for the default schedule of every op.
#include "PrimitiveCases.h"
#include "loom/qemu/QemuRunner.h"
#include "loom/schedule/DefaultSchedules.h"
#include "loom/schedule/Schedule.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

namespace loom::testing {
namespace {

struct Instance {
  OpParams op;
  std::string schedule;
  std::vector<int8_t> input;
};

// Random op instances with a legal schedule ending in the primitive.
std::vector<Instance> instances(const PrimitiveCase &c, int count, uint32_t seed) {
  std::mt19937 rng(seed);
  std::vector<Instance> out;
  ops::RandomOptions options;
  options.positiveShifts = !c.realisticQuantization;
  while (static_cast<int>(out.size()) < count) {
    OpParams op = randomCase(c.op, rng, options);
    std::string text = c.schedule(op, rng);
    if (text.empty())
      continue;
    out.push_back({op, text, ops::randomInt8(inputBytes(op), rng)});
  }
  return out;
}

ir::Kernel scheduled(const Instance &i, const std::string &name) {
  auto s = schedule::parseSchedule(i.schedule).take();
  return schedule::applySchedule(build(i.op, name), s).take();
}

class PrimitiveEquivalence : public ::testing::TestWithParam<PrimitiveCase> {};

TEST_P(PrimitiveEquivalence, HostJitMatchesReference) {
  for (const Instance &i : instances(GetParam(), 30, 300)) {
    SCOPED_TRACE(describeCase(i.op) + "\nschedule:\n" + i.schedule);
    EXPECT_EQ(runJit(scheduled(i, "k"), i.input, outputBytes(i.op)),
              ops::runReference(i.op, i.input));
  }
}

TEST_P(PrimitiveEquivalence, CortexM7MatchesReference) {
  const codegen::Target m7{codegen::Cpu::CortexM7, codegen::FloatAbi::Hard};
  int n = 0;
  for (const Instance &i : instances(GetParam(), 5, 500)) {
    SCOPED_TRACE(describeCase(i.op) + "\nschedule:\n" + i.schedule);
    ir::Kernel k = scheduled(i, fmt::format("k_{}_{}", GetParam().primitive, n++));
    auto run = qemu::runKernelInQemu(k, m7, {std::vector<uint8_t>(i.input.begin(), i.input.end())},
                                     std::filesystem::path(LOOM_BINARY_DIR) / "test-work" /
                                         "primitive_equivalence" / k.name);
    ASSERT_TRUE(run.ok()) << run.error().message;
    const auto &got = run->outputs.at(1);
    EXPECT_EQ(std::vector<int8_t>(got.begin(), got.end()), ops::runReference(i.op, i.input));
  }
}

INSTANTIATE_TEST_SUITE_P(Primitives, PrimitiveEquivalence, ::testing::ValuesIn(primitiveCases()),
                         [](const auto &info) { return info.param.primitive; });

class DefaultScheduleEquivalence : public ::testing::TestWithParam<OpKind> {};

TEST_P(DefaultScheduleEquivalence, HostJitAndCortexM7MatchReference) {
  std::mt19937 rng(700 + static_cast<int>(GetParam()));
  const codegen::Target m7{codegen::Cpu::CortexM7, codegen::FloatAbi::Hard};
  for (int n = 0; n < 30; ++n) {
    // Half with realistic quantization (right shifts), so fast_requantize is part of the default.
    ops::RandomOptions options;
    options.positiveShifts = n % 2 == 0;
    OpParams op = randomCase(GetParam(), rng, options);
    auto input = ops::randomInt8(inputBytes(op), rng);
    ir::Kernel naive = build(op, fmt::format("default_{}_{}", name(GetParam()), n));
    schedule::Schedule s = schedule::defaultSchedule(op, naive);
    SCOPED_TRACE(describeCase(op) + "\nschedule:\n" + s.toText());
    ir::Kernel k = schedule::applySchedule(naive, s).take();
    const auto expected = ops::runReference(op, input);
    EXPECT_EQ(runJit(k, input, outputBytes(op)), expected);
    if (n < 5) {
      auto run = qemu::runKernelInQemu(k, m7, {std::vector<uint8_t>(input.begin(), input.end())},
                                       std::filesystem::path(LOOM_BINARY_DIR) / "test-work" /
                                           "default_schedule" / k.name);
      ASSERT_TRUE(run.ok()) << run.error().message;
      const auto &got = run->outputs.at(1);
      EXPECT_EQ(std::vector<int8_t>(got.begin(), got.end()), expected);
    }
  }
}

INSTANTIATE_TEST_SUITE_P(AllOps, DefaultScheduleEquivalence,
                         ::testing::Values(OpKind::Conv2D, OpKind::DepthwiseConv2D,
                                           OpKind::PointwiseConv2D, OpKind::FullyConnected),
                         [](const auto &info) { return name(info.param); });

} // namespace
} // namespace loom::testing
