// Flash accounting (issue 19): the report's split of the kernel objects (weights, tables, code)
// adds up to what the linker puts in the firmware from them, the weights are exactly the weight
// buffers the nests hold, and the C glue and runtime are told apart in the linked firmware.
#include "loom/qemu/FlashSplit.h"
#include "loom/fixtures/DemoNetwork.h"
#include "loom/model/ModelCompiler.h"
#include "loom/qemu/QemuRunner.h"

#include <gtest/gtest.h>

#include <filesystem>

namespace {

using namespace loom;
namespace fs = std::filesystem;

const codegen::Target kM7{codegen::Cpu::CortexM7, codegen::FloatAbi::Hard};

TEST(FlashSplit, KernelObjectsAddUpToTheLinkedFirmware) {
  const graph::Graph g = graph::demoNetwork();
  auto m = model::compileModel(g, {.inPlaceDepthwise = true});
  ASSERT_TRUE(m.ok()) << m.error().message;
  const fs::path dir = fs::path(LOOM_BINARY_DIR) / "test-work" / "flash-split";
  fs::remove_all(dir);
  ASSERT_TRUE(model::writeModel(*m, kM7, dir / "gen").ok());
  qemu::KernelFlash sum;
  int64_t weightBuffers = 0;
  for (const auto &s : m->steps) {
    auto k = qemu::kernelFlash(dir / "gen" / (s.kernel.name + ".o"), s.kernel);
    ASSERT_TRUE(k.ok()) << k.error().message;
    EXPECT_GT(k->code, 0) << s.kernel.name;
    EXPECT_EQ(k->total(), *qemu::flashBytes(dir / "gen" / (s.kernel.name + ".o")));
    sum += *k;
    for (const auto &b : s.kernel.constantBuffers())
      if (b->role == ir::BufferRole::Weight)
        weightBuffers += b->byteSize();
  }
  EXPECT_EQ(sum.weights, weightBuffers);
  EXPECT_GT(sum.tables, 0);
  auto run = qemu::runModelInQemu(kM7, dir / "gen", m->name, m->plan.arenaBytes,
                                  std::vector<uint8_t>(static_cast<size_t>(m->inputBytes), 1),
                                  dir / "run");
  ASSERT_TRUE(run.ok()) << run.error().message;
  auto linked = qemu::linkedModelFlash(dir / "run" / (m->name + ".elf"), dir / "gen", m->name);
  ASSERT_TRUE(linked.ok()) << linked.error().message;
  EXPECT_EQ(linked->kernels, sum.total());
  EXPECT_GT(linked->glue, 0);
  EXPECT_GT(linked->runtime, 0);
  EXPECT_GT(linked->firmware, 0); // start-up, semihosting, the counter: not the model's
}

TEST(FlashSplit, ABadObjectOrMapIsAnErrorNamingIt) {
  auto k = qemu::kernelFlash("/nonexistent/k.o", ir::Kernel{});
  ASSERT_FALSE(k.ok());
  EXPECT_NE(k.error().message.find("k.o"), std::string::npos) << k.error().message;
  auto l = qemu::linkedModelFlash("/nonexistent/m.elf", "/nonexistent", "m");
  ASSERT_FALSE(l.ok());
  EXPECT_NE(l.error().message.find("m.elf.map"), std::string::npos) << l.error().message;
}

} // namespace
