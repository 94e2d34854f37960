// Cortex-M33 (ARMv8-M Mainline with the DSP extension, QEMU mps2-an505): the objects carry the
// v8-M Mainline and DSP build attributes, and the default schedules (the M4/M7 DSP schedules,
// unchanged) give kernels that use the dual 16-bit MAC, call no runtime library and run bit-exact
// in QEMU with the reference, within 5% of the Cortex-M7's instructions. The instruction counter
// on the an505 is checked in InstructionCountTest.cpp; whole models in ModelQemuTest.cpp.
#include "loom/codegen/Codegen.h"
#include "loom/fixtures/LayerId.h"
#include "loom/qemu/Process.h"
#include "loom/schedule/KernelChoice.h"
#include "loom/tune/LayerMeasurement.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <fstream>

namespace loom::testing {
namespace {

namespace fs = std::filesystem;
const codegen::Target kM33{codegen::Cpu::CortexM33, codegen::FloatAbi::Hard};
const codegen::Target kM7{codegen::Cpu::CortexM7, codegen::FloatAbi::Hard};

fs::path workDir(const std::string &name) {
  return fs::path(LOOM_BINARY_DIR) / "test-work" / "cortex_m33" / name;
}

std::string readText(const fs::path &path) {
  std::ifstream f(path);
  return {std::istreambuf_iterator<char>(f), {}};
}

TEST(CortexM33, ObjectsAreArmv8MMainlineWithTheDspExtension) {
  auto layer = ops::parseLayerId("pw_4x4x16_8").take();
  auto chosen = schedule::chooseKernel(layer.op, "attributes", schedule::KernelForm::Plain, {});
  ASSERT_TRUE(chosen.ok()) << chosen.error().message;
  const fs::path dir = workDir("attributes");
  codegen::writeKernel(chosen->kernel, kM33, dir).check();
  auto attrs =
      qemu::runProcess({"arm-none-eabi-readelf", "-A", (dir / "attributes.o").string()}, {}, 60);
  ASSERT_TRUE(attrs.ok() && attrs->exitCode == 0);
  for (const char *tag : {"Tag_CPU_name: \"cortex-m33\"", "Tag_CPU_arch: v8-M.mainline",
                          "Tag_DSP_extension: Allowed", "Tag_ABI_VFP_args: VFP registers"})
    EXPECT_NE(attrs->output.find(tag), std::string::npos) << tag << "\n" << attrs->output;
}

// One layer of each kernel op (and a depthwise with a depth multiplier), default schedules.
TEST(CortexM33, DefaultSchedulesRunBitExactWithTheDualMac) {
  for (const char *id : {"pw_10x10x16_24", "dw3_s1_12x12x16", "dw3_s2_12x12x16", "dw5_s1_10x10x24",
                         "conv3_s2_20x20x3_8", "fc_64_10", "dw3_s1_10x10x4_m4"}) {
    SCOPED_TRACE(id);
    auto layer = ops::parseLayerId(id).take();
    auto chosen =
        schedule::chooseKernel(layer.op, ops::symbolName(id), schedule::KernelForm::Plain, {});
    ASSERT_TRUE(chosen.ok()) << chosen.error().message;
    int64_t instructions[2] = {0, 0};
    int i = 0;
    for (const codegen::Target &target : {kM33, kM7}) {
      const fs::path dir = workDir(fmt::format("{}_{}", id, target.cpuName()));
      auto run = tune::measureLayer(layer, chosen->kernel, chosen->scheduleText, target, dir);
      ASSERT_TRUE(run.ok()) << run.error().message;
      EXPECT_TRUE(run->bitExact) << target.name();
      instructions[i++] = run->instructions;
      if (target.cpu != codegen::Cpu::CortexM33)
        continue;
      const std::string assembly = readText(dir / (chosen->kernel.name + ".s"));
      EXPECT_NE(assembly.find("\tsmla"), std::string::npos) << "no DSP multiply-accumulate";
      EXPECT_EQ(assembly.find("__aeabi"), std::string::npos);
      EXPECT_EQ(assembly.find("\tbl\t"), std::string::npos) << "a kernel must not call anything";
    }
    std::printf("%s: %lld instructions on Cortex-M33, %lld on Cortex-M7\n", id,
                static_cast<long long>(instructions[0]), static_cast<long long>(instructions[1]));
    EXPECT_LE(static_cast<double>(instructions[0]), 1.05 * static_cast<double>(instructions[1]));
  }
}

} // namespace
} // namespace loom::testing
