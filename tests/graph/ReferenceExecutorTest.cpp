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

INSTANTIATE_TEST_SUITE_P(Models, ReferenceExecutor, ::testing::ValuesIn(runnableModels()),
                         [](const auto &info) { return testName(info.param); });

} // namespace
} // namespace loom::testing
