// End-to-end bit-exactness on the MCU: the object of every op, linked into the QEMU
// firmware, produces the reference kernel's output byte for byte (10 configurations per op on
// Cortex-M7, 5 each on Cortex-M4, Cortex-M33 and Cortex-M55).
#include "../support/OpCases.h"
#include "loom/fixtures/RandomParams.h"
#include "loom/qemu/QemuRunner.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

namespace loom::testing {
namespace {

struct QemuCase {
  OpKind op;
  codegen::Cpu cpu;
  int count;
};

class QemuEquivalence : public ::testing::TestWithParam<QemuCase> {};

TEST_P(QemuEquivalence, MatchesReferenceOnRandomConfigurations) {
  const QemuCase c = GetParam();
  codegen::Target target{c.cpu, codegen::FloatAbi::Hard};
  std::mt19937 rng(2000 + 10 * static_cast<int>(c.op) + static_cast<int>(c.cpu));
  for (int i = 0; i < c.count; ++i) {
    OpParams p = randomCase(c.op, rng);
    SCOPED_TRACE(describeCase(p));
    std::vector<int8_t> input = ops::randomInt8(inputBytes(p), rng);
    ir::Kernel k = build(p, fmt::format("k_{}_{}", name(c.op), i));
    const auto dir = std::filesystem::path(LOOM_BINARY_DIR) / "test-work" / "qemu_equivalence" /
                     std::string(target.cpuName()) / k.name;
    auto run =
        qemu::runKernelInQemu(k, target, {std::vector<uint8_t>(input.begin(), input.end())}, dir);
    ASSERT_TRUE(run.ok()) << run.error().message;
    const std::vector<int8_t> expected = ops::runReference(p, input);
    const std::vector<uint8_t> &got = run->outputs.at(1);
    EXPECT_EQ(std::vector<int8_t>(got.begin(), got.end()), expected) << "case " << i;
    EXPECT_GT(run->instructions, 0);
  }
}

std::vector<QemuCase> cases() {
  std::vector<QemuCase> out;
  for (OpKind op :
       {OpKind::Conv2D, OpKind::DepthwiseConv2D, OpKind::PointwiseConv2D, OpKind::FullyConnected}) {
    out.push_back({op, codegen::Cpu::CortexM7, 10});
    out.push_back({op, codegen::Cpu::CortexM4, 5});
    out.push_back({op, codegen::Cpu::CortexM33, 5});
    out.push_back({op, codegen::Cpu::CortexM55, 5});
  }
  return out;
}

INSTANTIATE_TEST_SUITE_P(AllOps, QemuEquivalence, ::testing::ValuesIn(cases()),
                         [](const auto &info) {
                           const codegen::Cpu cpu = info.param.cpu;
                           return name(info.param.op) + (cpu == codegen::Cpu::CortexM4    ? "_M4"
                                                         : cpu == codegen::Cpu::CortexM33 ? "_M33"
                                                         : cpu == codegen::Cpu::CortexM55 ? "_M55"
                                                                                          : "_M7");
                         });

} // namespace
} // namespace loom::testing
