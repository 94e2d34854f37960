// The whole-model reference executor reproduces TensorFlow Lite Micro's reference outputs byte
// for byte (../shared/models/vectors) on every shared model.
#include "loom/graph/ReferenceExecutor.h"
#include "../support/TestFiles.h"
#include "loom/graph/TfliteImport.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace loom::testing {
namespace {

class ReferenceExecutor : public ::testing::TestWithParam<std::string> {};

TEST_P(ReferenceExecutor, MatchesTfliteMicroVectors) {
  const std::string path = GetParam();
  const std::string model = std::filesystem::path(path).filename().string();
  auto g = graph::importTfliteFile(fmt::format("{}/{}.tflite", LOOM_MODELS_DIR, path)).take();
  for (int seed = 1; seed <= 3; ++seed) {
    SCOPED_TRACE(fmt::format("{} seed {}", model, seed));
    const std::string dir = fmt::format("{}/vectors/{}", LOOM_MODELS_DIR, model);
    auto input = readFile(fmt::format("{}/input-{}.bin", dir, seed));
    auto expected = readFile(fmt::format("{}/output-{}.bin", dir, seed));
    ASSERT_FALSE(input.empty());
    auto out = graph::runReference(g, input);
    ASSERT_TRUE(out.ok()) << out.error().message;
    EXPECT_EQ(firstOutput(*out, expected.size()), expected);
  }
}

class NodeVectors : public ::testing::TestWithParam<std::string> {};

// Where TFLite Micro's vectors also hold a node's output (node<K>-output-<seed>.bin, K the
// model's operator number), the reference executor's tensor equals it byte for byte: the LSTM's
// whole output sequence, not only the classifier's saturated scores.
TEST_P(NodeVectors, ReferenceExecutorMatchesTfliteMicro) {
  const std::string path = GetParam();
  const std::string model = std::filesystem::path(path).filename().string();
  const std::string dir = fmt::format("{}/vectors/{}", LOOM_MODELS_DIR, model);
  auto g = graph::importTfliteFile(fmt::format("{}/{}.tflite", LOOM_MODELS_DIR, path)).take();
  int compared = 0;
  for (int seed = 1; seed <= 3; ++seed) {
    auto values = graph::referenceTensors(g, readFile(fmt::format("{}/input-{}.bin", dir, seed)));
    ASSERT_TRUE(values.ok()) << values.error().message;
    for (const graph::Node &n : g.nodes) {
      const std::string file = fmt::format("{}/node{}-output-{}.bin", dir, n.index, seed);
      if (!std::filesystem::exists(file))
        continue;
      SCOPED_TRACE(fmt::format("{} seed {} node {}", model, seed, n.index));
      EXPECT_EQ((*values)[static_cast<size_t>(n.outputs[0])], readFile(file));
      ++compared;
    }
  }
  EXPECT_GT(compared, 0);
}

INSTANTIATE_TEST_SUITE_P(Models, NodeVectors,
                         ::testing::ValuesIn(modelsWithNodeVectors(LOOM_MODELS_DIR "/vectors")),
                         [](const auto &info) { return testName(info.param); });

INSTANTIATE_TEST_SUITE_P(Models, ReferenceExecutor, ::testing::ValuesIn(runnableModels()),
                         [](const auto &info) { return testName(info.param); });

} // namespace
} // namespace loom::testing
