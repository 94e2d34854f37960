// What the thumbv7em objects promise: ARM ELF relocatables with the requested float ABI, no calls
// into a runtime library, a header that compiles for the MCU, and firmware that refuses an object
// of the other float ABI.
#include "../support/OpCases.h"
#include "loom/codegen/Codegen.h"
#include "loom/qemu/Process.h"
#include "loom/qemu/QemuRunner.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <cstring>
#include <fstream>

namespace loom::testing {
namespace {

namespace fs = std::filesystem;

fs::path workDir(const std::string &name) {
  return fs::path(LOOM_BINARY_DIR) / "test-work" / "object_file" / name;
}

ir::Kernel sampleKernel(const std::string &name) {
  std::mt19937 rng(5);
  return build(randomCase(OpKind::Conv2D, rng), name);
}

// The float ABI and the short enums are recorded as EABI build attributes, which the GNU linker
// checks against the firmware's.
TEST(ObjectFile, IsAnArmRelocatableWithTheRequestedAbi) {
  for (auto abi : {codegen::FloatAbi::Hard, codegen::FloatAbi::Soft}) {
    const codegen::Target target{codegen::Cpu::CortexM4, abi};
    ir::Kernel k = sampleKernel("abi");
    const fs::path dir = workDir(abi == codegen::FloatAbi::Hard ? "abi_hard" : "abi_soft");
    codegen::writeKernel(k, target, dir).check();
    std::ifstream f(dir / "abi.o", std::ios::binary);
    std::vector<char> elf((std::istreambuf_iterator<char>(f)), {});
    ASSERT_GT(elf.size(), 52u);
    EXPECT_EQ(std::memcmp(elf.data(),
                          "\x7f"
                          "ELF",
                          4),
              0);
    EXPECT_EQ(elf[4], 1);                         // ELFCLASS32
    EXPECT_EQ(elf[16], 1);                        // ET_REL
    EXPECT_EQ(static_cast<uint8_t>(elf[18]), 40); // EM_ARM
    auto attrs =
        qemu::runProcess({"arm-none-eabi-readelf", "-A", (dir / "abi.o").string()}, {}, 60);
    ASSERT_TRUE(attrs.ok() && attrs->exitCode == 0);
    EXPECT_NE(attrs->output.find("Tag_CPU_name: \"cortex-m4\""), std::string::npos);
    EXPECT_NE(attrs->output.find("Tag_ABI_enum_size: small"), std::string::npos);
    EXPECT_EQ(attrs->output.find("Tag_ABI_VFP_args: VFP registers") != std::string::npos,
              abi == codegen::FloatAbi::Hard)
        << attrs->output;
  }
}

TEST(ObjectFile, NeedsNoRuntimeLibrary) {
  for (OpKind op :
       {OpKind::Conv2D, OpKind::DepthwiseConv2D, OpKind::PointwiseConv2D, OpKind::FullyConnected}) {
    std::mt19937 rng(6);
    ir::Kernel k = build(randomCase(op, rng), "nolib_" + name(op));
    const fs::path dir = workDir("nolib");
    codegen::writeKernel(k, {codegen::Cpu::CortexM7, codegen::FloatAbi::Hard}, dir,
                         {.llvmIR = true, .assembly = true})
        .check();
    auto nm = qemu::runProcess(
        {"arm-none-eabi-nm", "--undefined-only", (dir / (k.name + ".o")).string()}, {}, 60);
    ASSERT_TRUE(nm.ok() && nm->exitCode == 0);
    EXPECT_EQ(nm->output, "") << name(op) << " references external symbols";
    std::ifstream s(dir / (k.name + ".s"));
    std::string text((std::istreambuf_iterator<char>(s)), {});
    EXPECT_NE(text.find(k.name + ":"), std::string::npos);
    EXPECT_EQ(text.find("__aeabi"), std::string::npos);
    EXPECT_EQ(text.find("\tbl\t"), std::string::npos) << "a kernel must not call anything";
    std::ifstream ll(dir / (k.name + ".ll"));
    std::string ir((std::istreambuf_iterator<char>(ll)), {});
    EXPECT_NE(ir.find("define void @" + k.name), std::string::npos);
  }
}

TEST(ObjectFile, HeaderDeclaresTheKernelAndCompilesForTheMcu) {
  ir::Kernel k = sampleKernel("header_check");
  const std::string header = codegen::emitHeader(k, {});
  EXPECT_NE(header.find("void header_check(const int8_t *input, int8_t *output);"),
            std::string::npos)
      << header;
  EXPECT_NE(
      header.find(fmt::format("#define HEADER_CHECK_INPUT_BYTES {}", k.arguments[0]->byteSize())),
      std::string::npos);
  EXPECT_NE(
      header.find(fmt::format("#define HEADER_CHECK_OUTPUT_BYTES {}", k.arguments[1]->byteSize())),
      std::string::npos);
  const fs::path dir = workDir("header");
  fs::create_directories(dir);
  std::ofstream(dir / "header_check.h") << header;
  std::ofstream(dir / "use.c")
      << "#include \"header_check.h\"\n"
         "static int8_t in[HEADER_CHECK_INPUT_BYTES], out[HEADER_CHECK_OUTPUT_BYTES];\n"
         "void use(void) { header_check(in, out); }\n";
  auto cc =
      qemu::runProcess({LOOM_ARM_GCC, "-mcpu=cortex-m7", "-mthumb", "-std=c99", "-Wall", "-Wextra",
                        "-Werror", "-c", (dir / "use.c").string(), "-o", (dir / "use.o").string()},
                       {}, 60);
  ASSERT_TRUE(cc.ok());
  EXPECT_EQ(cc->exitCode, 0) << cc->output;
}

TEST(ObjectFile, HardFloatFirmwareRefusesASoftFloatObject) {
  ir::Kernel k = sampleKernel("softfloat");
  const fs::path dir = workDir("softfloat");
  codegen::writeKernel(k, {codegen::Cpu::CortexM7, codegen::FloatAbi::Soft}, dir).check();
  Status s = qemu::buildKernelFirmware({codegen::Cpu::CortexM7, codegen::FloatAbi::Hard},
                                       dir / "softfloat.o", "softfloat", dir / "fw.elf");
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.error().message.find("VFP register arguments"), std::string::npos)
      << s.error().message;
  // The matching firmware links it.
  EXPECT_TRUE(qemu::buildKernelFirmware({codegen::Cpu::CortexM7, codegen::FloatAbi::Soft},
                                        dir / "softfloat.o", "softfloat", dir / "fw.elf")
                  .ok());
}

} // namespace
} // namespace loom::testing
