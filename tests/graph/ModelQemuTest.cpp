// Whole models in QEMU: loom compiles the shared int8 MCUNet models (default schedules, planned
// arena), links them with the C runtime into the Cortex-M7 firmware, and the outputs equal
// TensorFlow Lite Micro's reference vectors byte for byte.
#include "../support/TestFiles.h"
#include "loom/graph/DemoNetwork.h"
#include "loom/graph/ModelCompiler.h"
#include "loom/graph/ReferenceExecutor.h"
#include "loom/graph/TfliteImport.h"
#include "loom/tune/QemuRunner.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <fstream>
#include <random>

namespace loom::testing {
namespace {

class ModelInQemu : public ::testing::TestWithParam<std::string> {};

TEST_P(ModelInQemu, MatchesTfliteMicroVectors) {
  const std::string path = GetParam();
  const std::string model = std::filesystem::path(path).filename().string();
  auto g = graph::importTfliteFile(fmt::format("{}/{}.tflite", LOOM_MODELS_DIR, path)).take();
  for (bool inPlace : {false, true}) {
    auto m = graph::compileModel(g, {.inPlaceDepthwise = inPlace});
    ASSERT_TRUE(m.ok()) << m.error().message;
    const codegen::Target m7{codegen::Cpu::CortexM7, codegen::FloatAbi::Hard};
    const auto dir = std::filesystem::path(LOOM_BINARY_DIR) / "test-work" / "models" /
                     (model + (inPlace ? "_in_place" : ""));
    graph::writeModel(*m, m7, dir / "gen").check();
    for (int seed = 1; seed <= 3; ++seed) {
      SCOPED_TRACE(fmt::format("{} seed {}{}", model, seed, inPlace ? " in-place depthwise" : ""));
      const std::string vectors = fmt::format("{}/vectors/{}", LOOM_MODELS_DIR, model);
      auto run = tune::runModelInQemu(m7, dir / "gen", m->name, m->plan.arenaBytes,
                                      readFile(fmt::format("{}/input-{}.bin", vectors, seed)),
                                      dir / fmt::format("run{}", seed));
      ASSERT_TRUE(run.ok()) << run.error().message;
      EXPECT_EQ(run->output, readFile(fmt::format("{}/output-{}.bin", vectors, seed)));
      std::printf("%s seed %d%s: %lld instructions, arena %lld bytes, %lld MACs\n", model.c_str(),
                  seed, inPlace ? " (in-place depthwise)" : "",
                  static_cast<long long>(run->instructions),
                  static_cast<long long>(m->plan.arenaBytes), static_cast<long long>(m->macs));
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Models, ModelInQemu, ::testing::ValuesIn(runnableModels()),
                         [](const auto &info) { return testName(info.param); });

// The shared models loom cannot run yet are refused at compile time with an error that names the
// node and the missing piece (never compiled into something silently wrong).
TEST(ModelInQemu, ModelsThatCannotRunYetAreRefusedClearly) {
  const std::pair<const char *, const char *> expected[] = {
      {"extra/tinyengine-mnist-lenet-300-100", "node 0 (QUANTIZE"},
      {"extra/tinyengine-mnist-lenet-300-100-nobias", "node 0 (QUANTIZE"},
      {"tinyengine-vww", "node 0 (QUANTIZE"},
      {"tinyengine-mcunetv2-large", "node 0 (QUANTIZE"},
      {"tinyengine-person-det", "1 inputs and 3 outputs are not supported yet"},
  };
  for (const auto &[path, message] : expected) {
    SCOPED_TRACE(path);
    auto g = graph::importTfliteFile(fmt::format("{}/{}.tflite", LOOM_MODELS_DIR, path));
    ASSERT_TRUE(g.ok()) << g.error().message;
    auto m = graph::compileModel(*g);
    ASSERT_FALSE(m.ok());
    EXPECT_NE(m.error().message.find(message), std::string::npos) << m.error().message;
  }
}

// The built-in demo network (what scripts/demo runs): QEMU equals the host reference executor on
// three random inputs, with the default schedules and with the naive nests.
TEST(DemoNetwork, RunsInQemuBitExactWithTheReferenceExecutor) {
  graph::Graph g = graph::demoNetwork();
  const codegen::Target m7{codegen::Cpu::CortexM7, codegen::FloatAbi::Hard};
  for (bool scheduled : {true, false}) {
    auto m = graph::compileModel(g, {.defaultSchedules = scheduled});
    ASSERT_TRUE(m.ok()) << m.error().message;
    const auto dir = std::filesystem::path(LOOM_BINARY_DIR) / "test-work" / "models" /
                     (scheduled ? "demo" : "demo_naive");
    graph::writeModel(*m, m7, dir / "gen").check();
    std::mt19937 rng(3);
    for (int seed = 1; seed <= 3; ++seed) {
      std::vector<uint8_t> input(static_cast<size_t>(m->inputBytes));
      for (auto &b : input)
        b = static_cast<uint8_t>(rng());
      auto expected = graph::runReference(g, input);
      ASSERT_TRUE(expected.ok()) << expected.error().message;
      auto run = tune::runModelInQemu(m7, dir / "gen", m->name, m->plan.arenaBytes, input,
                                      dir / fmt::format("run{}", seed));
      ASSERT_TRUE(run.ok()) << run.error().message;
      EXPECT_EQ(run->output, *expected) << (scheduled ? "default" : "naive") << " seed " << seed;
      // The per-layer counts (a second, hooked inference) add up to the whole inference.
      ASSERT_EQ(run->layerInstructions.size(), m->steps.size());
      int64_t sum = 0;
      for (int64_t n : run->layerInstructions)
        sum += n;
      EXPECT_NEAR(static_cast<double>(sum) / static_cast<double>(run->instructions), 1.0, 0.01);
    }
  }
}

} // namespace
} // namespace loom::testing
