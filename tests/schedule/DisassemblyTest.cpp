// The default schedules deliver the DSP instructions they promise, as llvm-objdump shows them in
// the emitted thumbv7em objects: SXTB16 + SMLAD inside the loops of the pointwise, conv and
// fully-connected kernels, SXTAB16 + SMLABB/SMLATT in depthwise, SMMLAR + SSAT in every epilogue,
// and no call (bl/blx) to any helper.
#include "loom/codegen/Codegen.h"
#include "loom/fixtures/LayerId.h"
#include "loom/qemu/Process.h"
#include "loom/schedule/DefaultSchedules.h"

#include <gtest/gtest.h>

#include <regex>
#include <sstream>

namespace loom::testing {
namespace {

namespace fs = std::filesystem;

struct Disassembly {
  std::vector<std::string> lines; // instruction lines of the kernel, in address order
  std::vector<std::pair<uint64_t, uint64_t>> loops; // [target, branch] of each backward branch
  std::vector<uint64_t> addresses;
};

Disassembly disassemble(const std::string &layerId) {
  auto layer = ops::parseLayerId(layerId).take();
  const std::string name = ops::symbolName(layerId);
  ir::Kernel k = schedule::buildDefaultKernel(layer.op, name).take();
  const fs::path dir = fs::path(LOOM_BINARY_DIR) / "test-work" / "disassembly";
  codegen::writeKernel(k, {codegen::Cpu::CortexM7, codegen::FloatAbi::Hard}, dir).check();
  auto dump = qemu::runProcess(
      {"llvm-objdump-19", "-d", "--no-show-raw-insn", (dir / (name + ".o")).string()}, {}, 60);
  EXPECT_TRUE(dump.ok() && dump->exitCode == 0);
  Disassembly d;
  std::istringstream in(dump.ok() ? dump->output : "");
  const std::regex instruction(R"(^\s*([0-9a-f]+):\s+(\S+)\s*(.*)$)");
  const std::regex branchTarget(
      R"(^(b|b\.w|bne|bne\.w|beq|beq\.w|blt|blt\.w|bgt|bgt\.w|ble|ble\.w|bge|bge\.w|blo|blo\.w|bhi|bhi\.w|bls|bls\.w|bhs|bhs\.w|bmi|bpl|cbz|cbnz)$)");
  for (std::string line; std::getline(in, line);) {
    std::smatch m;
    if (!std::regex_match(line, m, instruction))
      continue;
    const uint64_t address = std::stoull(m[1], nullptr, 16);
    const std::string mnemonic = m[2];
    d.lines.push_back(mnemonic + " " + std::string(m[3]));
    d.addresses.push_back(address);
    std::smatch t;
    const std::string operands = m[3];
    if (std::regex_match(mnemonic, branchTarget) &&
        std::regex_search(operands, t, std::regex(R"(0x([0-9a-f]+))"))) {
      const uint64_t target = std::stoull(t[1], nullptr, 16);
      if (target < address)
        d.loops.push_back({target, address});
    }
  }
  return d;
}

// True when `mnemonic` appears inside some loop (between a backward branch and its target).
bool inLoop(const Disassembly &d, const std::string &mnemonic) {
  for (size_t i = 0; i < d.lines.size(); ++i)
    if (d.lines[i].rfind(mnemonic + " ", 0) == 0)
      for (auto [lo, hi] : d.loops)
        if (d.addresses[i] >= lo && d.addresses[i] <= hi)
          return true;
  return false;
}

bool callsAnything(const Disassembly &d) {
  for (const auto &l : d.lines)
    if (l.rfind("bl ", 0) == 0 || l.rfind("blx ", 0) == 0)
      return true;
  return false;
}

TEST(Disassembly, PointwiseConvAndFullyConnectedUseSmladAndSxtb16InTheirLoops) {
  for (const char *layer : {"pw_20x20x48_16", "conv3_s2_80x80x3_16", "fc_160_1000"}) {
    SCOPED_TRACE(layer);
    Disassembly d = disassemble(layer);
    ASSERT_FALSE(d.lines.empty());
    EXPECT_FALSE(d.loops.empty());
    EXPECT_TRUE(inLoop(d, "smlad"));
    EXPECT_TRUE(inLoop(d, "sxtb16"));
    EXPECT_TRUE(inLoop(d, "smmlar"));
    EXPECT_TRUE(inLoop(d, "ssat"));
    EXPECT_FALSE(callsAnything(d));
  }
}

TEST(Disassembly, DepthwiseUsesSxtab16AndHalfwordMacs) {
  Disassembly d = disassemble("dw3_s1_40x40x48");
  EXPECT_TRUE(inLoop(d, "sxtab16"));
  EXPECT_TRUE(inLoop(d, "smlabb"));
  EXPECT_TRUE(inLoop(d, "smlatt"));
  EXPECT_TRUE(inLoop(d, "smmlar"));
  EXPECT_FALSE(callsAnything(d));
}

} // namespace
} // namespace loom::testing
