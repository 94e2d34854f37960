// The ARMv8-M cores: Cortex-M33 (ARMv8-M Mainline with the DSP extension, QEMU mps2-an505) and
// Cortex-M55 (ARMv8.1-M Mainline with DSP and MVE, QEMU mps3-an547). Their objects carry the right
// build attributes, and the default schedules (the M4/M7 DSP schedules, unchanged) give kernels
// that use the dual 16-bit MAC, call no runtime library and run bit-exact in QEMU with the
// reference, within 5% of the Cortex-M7's instructions. The instruction counters of both boards
// are checked in InstructionCountTest.cpp; whole models in ModelQemuTest.cpp.
#include "../support/TestFiles.h"
#include "loom/codegen/Codegen.h"
#include "loom/fixtures/LayerId.h"
#include "loom/qemu/Process.h"
#include "loom/schedule/KernelChoice.h"
#include "loom/tune/LayerMeasurement.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

namespace loom::testing {
namespace {

namespace fs = std::filesystem;
const codegen::Target kM7{codegen::Cpu::CortexM7, codegen::FloatAbi::Hard};

fs::path workDir(const std::string &name) { return testWorkDir("armv8m_cores", name); }

// A core and the build attributes its objects must carry.
struct Armv8MCore {
  codegen::Cpu cpu;
  std::vector<std::string> attributes;
};

class Armv8MCores : public ::testing::TestWithParam<Armv8MCore> {
protected:
  codegen::Target target() const { return {GetParam().cpu, codegen::FloatAbi::Hard}; }
};

TEST_P(Armv8MCores, ObjectsCarryTheCoresBuildAttributes) {
  auto layer = ops::parseLayerId("pw_4x4x16_8").take();
  auto chosen = schedule::chooseKernel(layer.op, "attributes", schedule::KernelForm::Plain, {});
  ASSERT_TRUE(chosen.ok()) << chosen.error().message;
  const fs::path dir = workDir(fmt::format("attributes_{}", target().cpuName()));
  codegen::writeKernel(chosen->kernel, target(), dir).check();
  auto attrs =
      qemu::runProcess({"arm-none-eabi-readelf", "-A", (dir / "attributes.o").string()}, {}, 60);
  ASSERT_TRUE(attrs.ok() && attrs->exitCode == 0);
  for (const std::string &tag : GetParam().attributes)
    EXPECT_NE(attrs->output.find(tag), std::string::npos) << tag << "\n" << attrs->output;
}

// One layer of each kernel op (and a depthwise with a depth multiplier), default schedules.
TEST_P(Armv8MCores, DefaultSchedulesRunBitExactWithTheDualMac) {
  for (const char *id : {"pw_10x10x16_24", "dw3_s1_12x12x16", "dw3_s2_12x12x16", "dw5_s1_10x10x24",
                         "conv3_s2_20x20x3_8", "fc_64_10", "dw3_s1_10x10x4_m4"}) {
    SCOPED_TRACE(id);
    auto layer = ops::parseLayerId(id).take();
    auto chosen =
        schedule::chooseKernel(layer.op, ops::symbolName(id), schedule::KernelForm::Plain, {});
    ASSERT_TRUE(chosen.ok()) << chosen.error().message;
    int64_t instructions[2] = {0, 0};
    int i = 0;
    for (const codegen::Target &t : {target(), kM7}) {
      const fs::path dir = workDir(fmt::format("{}_{}", id, t.cpuName()));
      auto run = tune::measureLayer(layer, chosen->kernel, chosen->scheduleText, t, dir);
      ASSERT_TRUE(run.ok()) << run.error().message;
      EXPECT_TRUE(run->bitExact) << t.name();
      instructions[i++] = run->instructions;
      if (t.cpu == codegen::Cpu::CortexM7)
        continue;
      const std::string assembly = readText(dir / (chosen->kernel.name + ".s"));
      EXPECT_NE(assembly.find("\tsmla"), std::string::npos) << "no DSP multiply-accumulate";
      EXPECT_EQ(assembly.find("__aeabi"), std::string::npos);
      EXPECT_EQ(assembly.find("\tbl\t"), std::string::npos) << "a kernel must not call anything";
    }
    std::printf("%s: %lld instructions on %s, %lld on Cortex-M7\n", id,
                static_cast<long long>(instructions[0]), std::string(target().cpuName()).c_str(),
                static_cast<long long>(instructions[1]));
    EXPECT_LE(static_cast<double>(instructions[0]), 1.05 * static_cast<double>(instructions[1]));
  }
}

INSTANTIATE_TEST_SUITE_P(
    Cores, Armv8MCores,
    ::testing::Values(Armv8MCore{codegen::Cpu::CortexM33,
                                 {"Tag_CPU_name: \"cortex-m33\"", "Tag_CPU_arch: v8-M.mainline",
                                  "Tag_DSP_extension: Allowed", "Tag_ABI_VFP_args: VFP registers"}},
                      Armv8MCore{codegen::Cpu::CortexM55,
                                 {"Tag_CPU_name: \"cortex-m55\"", "Tag_CPU_arch: v8.1-M.mainline",
                                  "Tag_DSP_extension: Allowed", "Tag_MVE_arch: MVE Integer and FP",
                                  "Tag_ABI_VFP_args: VFP registers"}}),
    [](const auto &info) {
      return info.param.cpu == codegen::Cpu::CortexM33 ? std::string("CortexM33")
                                                       : std::string("CortexM55");
    });

} // namespace
} // namespace loom::testing
