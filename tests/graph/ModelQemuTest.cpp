// Whole models in QEMU: loom compiles every shared model (default schedules, planned arena),
// links it with the C runtime into the Cortex-M7 firmware, and output 0 equals TensorFlow Lite
// Micro's reference vectors byte for byte; every output equals the host reference executor.
#include "../support/TestFiles.h"
#include "loom/fixtures/DemoNetwork.h"
#include "loom/graph/ReferenceExecutor.h"
#include "loom/graph/TfliteImport.h"
#include "loom/model/ModelCompiler.h"
#include "loom/qemu/QemuRunner.h"

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
    auto m = model::compileModel(g, {.inPlaceDepthwise = inPlace});
    ASSERT_TRUE(m.ok()) << m.error().message;
    const codegen::Target m7{codegen::Cpu::CortexM7, codegen::FloatAbi::Hard};
    const auto dir = std::filesystem::path(LOOM_BINARY_DIR) / "test-work" / "models" /
                     (model + (inPlace ? "_in_place" : ""));
    model::writeModel(*m, m7, dir / "gen").check();
    // The header gives the input's shape and quantization (it is compiled into the firmware
    // below, so the macros are valid C).
    const graph::Tensor &in = g.tensors[g.inputs[0]];
    std::ifstream headerFile(dir / "gen" / (m->name + ".h"));
    const std::string header((std::istreambuf_iterator<char>(headerFile)), {});
    std::string shape;
    for (size_t d = 0; d < in.shape.size(); ++d)
      shape += fmt::format("{}{}", d ? ", " : "", in.shape[d]);
    EXPECT_NE(header.find(fmt::format("_INPUT_SHAPE {{{}}}", shape)), std::string::npos) << header;
    if (in.quantization.zeroPoints.size() == 1) {
      EXPECT_NE(header.find(fmt::format("_INPUT_ZERO_POINT ({})", in.quantization.zeroPoints[0])),
                std::string::npos)
          << header;
      EXPECT_NE(header.find(fmt::format("_INPUT_SCALE {:.9g}", in.quantization.scales[0])),
                std::string::npos)
          << header;
    }
    EXPECT_EQ(m->outputs.size(), g.outputs.size());
    for (int seed = 1; seed <= 3; ++seed) {
      SCOPED_TRACE(fmt::format("{} seed {}{}", model, seed, inPlace ? " in-place depthwise" : ""));
      const std::string vectors = fmt::format("{}/vectors/{}", LOOM_MODELS_DIR, model);
      auto run = qemu::runModelInQemu(m7, dir / "gen", m->name, m->plan.arenaBytes,
                                      readFile(fmt::format("{}/input-{}.bin", vectors, seed)),
                                      dir / fmt::format("run{}", seed));
      ASSERT_TRUE(run.ok()) << run.error().message;
      const auto expected = readFile(fmt::format("{}/output-{}.bin", vectors, seed));
      EXPECT_EQ(firstOutput(run->output, expected.size()), expected);
      auto reference =
          graph::runReference(g, readFile(fmt::format("{}/input-{}.bin", vectors, seed)));
      ASSERT_TRUE(reference.ok()) << reference.error().message;
      EXPECT_EQ(run->output, *reference) << "every output, against the host reference executor";
      std::printf("%s seed %d%s: %lld instructions, arena %lld bytes, %lld MACs\n", model.c_str(),
                  seed, inPlace ? " (in-place depthwise)" : "",
                  static_cast<long long>(run->instructions),
                  static_cast<long long>(m->plan.arenaBytes), static_cast<long long>(m->macs));
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Models, ModelInQemu, ::testing::ValuesIn(runnableModels()),
                         [](const auto &info) { return testName(info.param); });

// `path` (under the models folder) in the plan users ship (in-place depthwise) on another core:
// output 0 equals TFLM's vectors for every seed, the per-layer counts add up to the whole
// inference's and, with `everyOutput`, every output equals the host reference executor's.
void expectVectorsOnCore(const std::string &path, const codegen::Target &target, bool everyOutput) {
  const std::string model = std::filesystem::path(path).filename().string();
  auto g = graph::importTfliteFile(fmt::format("{}/{}.tflite", LOOM_MODELS_DIR, path)).take();
  auto m = model::compileModel(g, {.inPlaceDepthwise = true});
  ASSERT_TRUE(m.ok()) << m.error().message;
  const auto dir = std::filesystem::path(LOOM_BINARY_DIR) / "test-work" / "models" /
                   fmt::format("{}_{}", model, target.cpuName());
  model::writeModel(*m, target, dir / "gen").check();
  for (int seed = 1; seed <= 3; ++seed) {
    SCOPED_TRACE(fmt::format("{} seed {} on {}", model, seed, target.cpuName()));
    const std::string vectors = fmt::format("{}/vectors/{}", LOOM_MODELS_DIR, model);
    const auto input = readFile(fmt::format("{}/input-{}.bin", vectors, seed));
    auto run = qemu::runModelInQemu(target, dir / "gen", m->name, m->plan.arenaBytes, input,
                                    dir / fmt::format("run{}", seed));
    ASSERT_TRUE(run.ok()) << run.error().message;
    const auto expected = readFile(fmt::format("{}/output-{}.bin", vectors, seed));
    EXPECT_EQ(firstOutput(run->output, expected.size()), expected);
    // The per-layer counts (the board's timer read before each kernel) add up to the whole.
    ASSERT_EQ(run->layerInstructions.size(), m->steps.size());
    int64_t sum = 0;
    for (int64_t n : run->layerInstructions)
      sum += n;
    EXPECT_NEAR(static_cast<double>(sum) / static_cast<double>(run->instructions), 1.0, 0.01);
    if (everyOutput) {
      auto reference = graph::runReference(g, input);
      ASSERT_TRUE(reference.ok()) << reference.error().message;
      EXPECT_EQ(run->output, *reference) << "every output, against the host reference executor";
    }
    std::printf("%s seed %d on %s: %lld instructions, arena %lld bytes\n", model.c_str(), seed,
                std::string(target.cpuName()).c_str(), static_cast<long long>(run->instructions),
                static_cast<long long>(m->plan.arenaBytes));
  }
}

// The models of coverage/ (the ops TFLite Micro's own examples need) also on Cortex-M4.
class CoverageModelOnCortexM4 : public ::testing::TestWithParam<std::string> {};

TEST_P(CoverageModelOnCortexM4, MatchesTfliteMicroVectors) {
  expectVectorsOnCore(GetParam(), {codegen::Cpu::CortexM4, codegen::FloatAbi::Hard}, false);
}

INSTANTIATE_TEST_SUITE_P(Coverage, CoverageModelOnCortexM4, ::testing::ValuesIn(coverageModels()),
                         [](const auto &info) { return testName(info.param); });

// The ARMv8-M cores, Cortex-M33 (mps2-an505) and Cortex-M55 (mps3-an547): mcunet-vww0 (ADD),
// tinyengine-vww (ADD, float output) and the LeNet (float input and output).
class ModelOnArmv8MCore : public ::testing::TestWithParam<std::tuple<codegen::Cpu, std::string>> {};

TEST_P(ModelOnArmv8MCore, MatchesTfliteMicroVectors) {
  const auto &[cpu, model] = GetParam();
  expectVectorsOnCore(model, {cpu, codegen::FloatAbi::Hard}, true);
}

std::string
coreAndModelName(const ::testing::TestParamInfo<std::tuple<codegen::Cpu, std::string>> &info) {
  const codegen::Target target{std::get<0>(info.param), codegen::FloatAbi::Hard};
  return testName(std::string(target.cpuName()) + "_" + std::get<1>(info.param));
}

INSTANTIATE_TEST_SUITE_P(
    Models, ModelOnArmv8MCore,
    ::testing::Combine(::testing::Values(codegen::Cpu::CortexM33, codegen::Cpu::CortexM55),
                       ::testing::Values("mcunet-vww0", "tinyengine-vww",
                                         "extra/tinyengine-mnist-lenet-300-100")),
    coreAndModelName);

// The graph up to and including `node`, whose first output becomes the model's only output.
graph::Graph prefixUpTo(const graph::Graph &g, size_t node) {
  graph::Graph p = g;
  p.name = fmt::format("{}_to_{}", g.name, node);
  p.nodes.resize(node + 1);
  p.outputs = {g.nodes[node].outputs[0]};
  return p;
}

// TFLM's vectors are weak for these two (their outputs barely depend on the input), so QEMU is
// also compared with the host reference executor on intermediate tensors: the network cut after
// the deepest convolution whose output still differs between the vectors' inputs (three seeds,
// three different tensors, found with the reference executor; deeper, the activations fade to a
// constant) and after the first informative one from halfway there.
TEST(ModelInQemu, WeakVectorModelsMatchTheReferenceOnIntermediateTensors) {
  for (const char *path : {"tinyengine-vww", "tinyengine-mcunetv2-large"}) {
    auto g = graph::importTfliteFile(fmt::format("{}/{}.tflite", LOOM_MODELS_DIR, path)).take();
    auto input = [&](int seed) {
      return readFile(fmt::format("{}/vectors/{}/input-{}.bin", LOOM_MODELS_DIR, path, seed));
    };
    std::vector<size_t> convs;
    for (size_t i = 0; i < g.nodes.size(); ++i)
      if (g.nodes[i].op == graph::OpType::Conv2D)
        convs.push_back(i);
    auto informative = [&](size_t node) { // three seeds, three different tensors
      graph::Graph prefix = prefixUpTo(g, node);
      const auto a = graph::runReference(prefix, input(1)).take(),
                 b = graph::runReference(prefix, input(2)).take(),
                 c = graph::runReference(prefix, input(3)).take();
      return a != b && b != c && a != c;
    };
    ASSERT_TRUE(informative(convs.front())) << path;
    size_t lo = 0, hi = convs.size(); // convs[lo] informative; convs[hi..] not (or past the end)
    while (hi - lo > 1) {
      const size_t mid = (lo + hi) / 2;
      (informative(convs[mid]) ? lo : hi) = mid;
    }
    size_t half = lo / 2;
    while (half < lo && !informative(convs[half]))
      ++half;
    const std::vector<size_t> cuts = {convs[half], convs[lo]};
    std::printf("%s: intermediate tensors after nodes %zu and %zu\n", path, cuts[0], cuts[1]);
    const codegen::Target m7{codegen::Cpu::CortexM7, codegen::FloatAbi::Hard};
    for (size_t cut : cuts) {
      graph::Graph prefix = prefixUpTo(g, cut);
      auto m = model::compileModel(prefix, {.inPlaceDepthwise = true});
      ASSERT_TRUE(m.ok()) << m.error().message;
      const auto dir = std::filesystem::path(LOOM_BINARY_DIR) / "test-work" / "models" /
                       fmt::format("{}_to_{}", path, cut);
      model::writeModel(*m, m7, dir / "gen").check();
      std::vector<std::vector<uint8_t>> seen;
      for (int seed = 1; seed <= 3; ++seed) {
        SCOPED_TRACE(fmt::format("{} cut after node {} seed {}", path, cut, seed));
        auto input =
            readFile(fmt::format("{}/vectors/{}/input-{}.bin", LOOM_MODELS_DIR, path, seed));
        auto expected = graph::runReference(prefix, input);
        ASSERT_TRUE(expected.ok()) << expected.error().message;
        auto run = qemu::runModelInQemu(m7, dir / "gen", m->name, m->plan.arenaBytes, input,
                                        dir / fmt::format("run{}", seed));
        ASSERT_TRUE(run.ok()) << run.error().message;
        EXPECT_EQ(run->output, *expected);
        seen.push_back(*expected);
      }
      ASSERT_EQ(seen.size(), 3u);
      EXPECT_TRUE(seen[0] != seen[1] && seen[1] != seen[2] && seen[0] != seen[2])
          << path << " cut after node " << cut << ": the intermediate tensor ignores the input";
    }
  }
}

// Where TFLite Micro's vectors hold a node's output (node<K>-output-<seed>.bin: the LSTM's whole
// output sequence of micro_speech_lstm, whose scores saturate), the network cut after node K runs
// in QEMU on Cortex-M7 and M4 and equals that tensor byte for byte.
class NodeVectorsInQemu : public ::testing::TestWithParam<std::string> {};

TEST_P(NodeVectorsInQemu, MatchTfliteMicro) {
  const std::string path = GetParam();
  const std::string model = std::filesystem::path(path).filename().string();
  const std::string vectors = fmt::format("{}/vectors/{}", LOOM_MODELS_DIR, model);
  auto g = graph::importTfliteFile(fmt::format("{}/{}.tflite", LOOM_MODELS_DIR, path)).take();
  int compared = 0;
  for (size_t k = 0; k < g.nodes.size(); ++k) {
    auto vector = [&](int seed) {
      return fmt::format("{}/node{}-output-{}.bin", vectors, g.nodes[k].index, seed);
    };
    if (!std::filesystem::exists(vector(1)))
      continue;
    graph::Graph prefix = prefixUpTo(g, k);
    auto m = model::compileModel(prefix, {.inPlaceDepthwise = true});
    ASSERT_TRUE(m.ok()) << m.error().message;
    for (codegen::Cpu cpu : {codegen::Cpu::CortexM7, codegen::Cpu::CortexM4}) {
      const codegen::Target target{cpu, codegen::FloatAbi::Hard};
      const auto dir = std::filesystem::path(LOOM_BINARY_DIR) / "test-work" / "models" /
                       fmt::format("{}_node{}_{}", model, k, target.cpuName());
      model::writeModel(*m, target, dir / "gen").check();
      for (int seed = 1; seed <= 3; ++seed) {
        SCOPED_TRACE(fmt::format("{} node {} seed {} on {}", model, k, seed, target.cpuName()));
        auto run = qemu::runModelInQemu(target, dir / "gen", m->name, m->plan.arenaBytes,
                                        readFile(fmt::format("{}/input-{}.bin", vectors, seed)),
                                        dir / fmt::format("run{}", seed));
        ASSERT_TRUE(run.ok()) << run.error().message;
        EXPECT_EQ(run->output, readFile(vector(seed)));
        ++compared;
      }
    }
  }
  EXPECT_GT(compared, 0);
}

INSTANTIATE_TEST_SUITE_P(Models, NodeVectorsInQemu,
                         ::testing::ValuesIn(modelsWithNodeVectors(LOOM_MODELS_DIR "/vectors")),
                         [](const auto &info) { return testName(info.param); });

// The built-in demo network (what scripts/demo runs): QEMU equals the host reference executor on
// three random inputs, with the default schedules and with the naive nests.
TEST(DemoNetwork, RunsInQemuBitExactWithTheReferenceExecutor) {
  graph::Graph g = graph::demoNetwork();
  const codegen::Target m7{codegen::Cpu::CortexM7, codegen::FloatAbi::Hard};
  for (bool scheduled : {true, false}) {
    auto m = model::compileModel(g, {.defaultSchedules = scheduled});
    ASSERT_TRUE(m.ok()) << m.error().message;
    const auto dir = std::filesystem::path(LOOM_BINARY_DIR) / "test-work" / "models" /
                     (scheduled ? "demo" : "demo_naive");
    model::writeModel(*m, m7, dir / "gen").check();
    std::mt19937 rng(3);
    for (int seed = 1; seed <= 3; ++seed) {
      std::vector<uint8_t> input(static_cast<size_t>(m->inputBytes));
      for (auto &b : input)
        b = static_cast<uint8_t>(rng());
      auto expected = graph::runReference(g, input);
      ASSERT_TRUE(expected.ok()) << expected.error().message;
      auto run = qemu::runModelInQemu(m7, dir / "gen", m->name, m->plan.arenaBytes, input,
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
