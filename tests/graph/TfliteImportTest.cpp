// The TFLite importer on the real models in ../shared/models: every model imports, and its op
// counts and MACs equal the figures of ../shared/models/LAYERS.md; malformed files are refused
// with a message, never a crash.
#include "loom/graph/TfliteImport.h"
#include "tflite_subset_generated.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <cstring>
#include <fstream>
#include <map>
#include <random>
#include <regex>
#include <sstream>

namespace loom::testing {
namespace {

namespace fs = std::filesystem;
const fs::path kModels = LOOM_MODELS_DIR;

struct Expected {
  std::map<std::string, int> opCounts;
  int64_t macs = -1;
};

// "### name" sections of LAYERS.md with their "Op counts:" and "Total MACs" lines.
std::map<std::string, Expected> layersTable() {
  std::ifstream in(kModels / "LAYERS.md");
  std::map<std::string, Expected> out;
  std::string line, current;
  const std::regex count(R"(([A-Z_0-9]+) (\d+))"), macs(R"(\*\*([\d,]+)\*\*)");
  while (std::getline(in, line)) {
    if (line.rfind("### ", 0) == 0) {
      current = line.substr(4);
      continue;
    }
    if (current.empty())
      continue;
    if (line.rfind("Op counts:", 0) == 0)
      for (std::sregex_iterator it(line.begin(), line.end(), count), end; it != end; ++it)
        out[current].opCounts[(*it)[1]] = std::stoi((*it)[2]);
    std::smatch m;
    if (line.rfind("Total MACs", 0) == 0 && std::regex_search(line, m, macs))
      out[current].macs = std::stoll(std::regex_replace(m[1].str(), std::regex(","), ""));
  }
  return out;
}

std::vector<fs::path> models() {
  std::vector<fs::path> out;
  for (const auto &dir : {kModels, kModels / "extra"})
    for (const auto &e : fs::directory_iterator(dir))
      if (e.path().extension() == ".tflite")
        out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

TEST(TfliteImport, EveryModelMatchesLayersMd) {
  ASSERT_TRUE(fs::exists(kModels / "LAYERS.md")) << "models not found at " << kModels;
  auto table = layersTable();
  int checked = 0;
  for (const auto &path : models()) {
    SCOPED_TRACE(path.filename().string());
    auto g = graph::importTfliteFile(path);
    ASSERT_TRUE(g.ok()) << g.error().message;
    std::map<std::string, int> counts;
    int64_t macs = 0;
    for (const auto &n : g->nodes) {
      ++counts[std::string(graph::name(n.op))];
      macs += graph::macs(*g, n);
    }
    auto it = table.find(path.stem().string());
    if (it == table.end())
      continue;
    // LAYERS.md folds no op away in its counts: every op of the file is listed.
    EXPECT_EQ(counts, it->second.opCounts);
    EXPECT_EQ(macs, it->second.macs);
    ++checked;
  }
  EXPECT_GE(checked, 10);
}

TEST(TfliteImport, ReadsShapesQuantizationAndConstants) {
  auto g = graph::importTfliteFile(kModels / "mcunet-vww0.tflite").take();
  ASSERT_EQ(g.inputs.size(), 1u);
  const auto &input = g.tensors[g.inputs[0]];
  EXPECT_EQ(input.shape, (std::vector<int32_t>{1, 64, 64, 3}));
  EXPECT_EQ(input.type, graph::DataType::Int8);
  ASSERT_EQ(input.quantization.scales.size(), 1u);
  const auto &first = g.nodes[1]; // PAD, then the first CONV_2D
  ASSERT_EQ(first.op, graph::OpType::Conv2D);
  const auto &w = g.tensors[first.inputs[1]];
  EXPECT_TRUE(w.isConstant());
  EXPECT_EQ(w.shape, (std::vector<int32_t>{16, 3, 3, 3}));
  EXPECT_EQ(w.quantization.scales.size(), 16u); // per-channel
}

// A chain of [1, 8] tensors of `type` through `ops` (builtin codes), one operator each, as a
// .tflite file's bytes.
std::vector<uint8_t> chainModel(const std::vector<int32_t> &ops, tflite::TensorType type) {
  flatbuffers::FlatBufferBuilder b;
  const std::vector<int32_t> shape{1, 8};
  const std::vector<float> scale{0.1f};
  const std::vector<int64_t> zeroPoint{0};
  std::vector<flatbuffers::Offset<tflite::Tensor>> tensors;
  for (size_t t = 0; t <= ops.size(); ++t)
    tensors.push_back(tflite::CreateTensorDirect(
        b, &shape, type, 0, fmt::format("t{}", t).c_str(),
        tflite::CreateQuantizationParametersDirect(b, nullptr, nullptr, &scale, &zeroPoint)));
  std::vector<flatbuffers::Offset<tflite::OperatorCode>> codes;
  std::vector<flatbuffers::Offset<tflite::Operator>> operators;
  for (size_t k = 0; k < ops.size(); ++k) {
    codes.push_back(
        tflite::CreateOperatorCode(b, static_cast<int8_t>(std::min(ops[k], 127)), 0, 1, ops[k]));
    const std::vector<int32_t> in{static_cast<int32_t>(k)}, out{static_cast<int32_t>(k + 1)};
    operators.push_back(tflite::CreateOperatorDirect(b, static_cast<uint32_t>(k), &in, &out));
  }
  const std::vector<int32_t> inputs{0}, outputs{static_cast<int32_t>(ops.size())};
  std::vector<flatbuffers::Offset<tflite::SubGraph>> subgraphs{
      tflite::CreateSubGraphDirect(b, &tensors, &inputs, &outputs, &operators)};
  std::vector<flatbuffers::Offset<tflite::Buffer>> buffers{tflite::CreateBuffer(b)};
  b.Finish(tflite::CreateModelDirect(b, 3, &codes, &subgraphs, nullptr, &buffers),
           tflite::ModelIdentifier());
  return {b.GetBufferPointer(), b.GetBufferPointer() + b.GetSize()};
}

// input [1, 8] -> FULLY_CONNECTED (constant weights [4, 8]) -> [1, 4], every tensor of `type`.
std::vector<uint8_t> fullyConnectedModel(tflite::TensorType type) {
  flatbuffers::FlatBufferBuilder b;
  const std::vector<float> scale{0.1f};
  const std::vector<int64_t> zeroPoint{0};
  auto tensor = [&](std::vector<int32_t> shape, uint32_t buffer, const char *name) {
    return tflite::CreateTensorDirect(
        b, &shape, type, buffer, name,
        tflite::CreateQuantizationParametersDirect(b, nullptr, nullptr, &scale, &zeroPoint));
  };
  std::vector<flatbuffers::Offset<tflite::Tensor>> tensors{
      tensor({1, 8}, 0, "in"), tensor({4, 8}, 1, "weights"), tensor({1, 4}, 0, "out")};
  std::vector<flatbuffers::Offset<tflite::OperatorCode>> codes{
      tflite::CreateOperatorCode(b, 9, 0, 1, 9)};
  const std::vector<int32_t> in{0, 1, -1}, out{2}, inputs{0}, outputs{2};
  std::vector<flatbuffers::Offset<tflite::Operator>> operators{
      tflite::CreateOperatorDirect(b, 0, &in, &out)};
  std::vector<flatbuffers::Offset<tflite::SubGraph>> subgraphs{
      tflite::CreateSubGraphDirect(b, &tensors, &inputs, &outputs, &operators)};
  const std::vector<uint8_t> weights(32, 1);
  std::vector<flatbuffers::Offset<tflite::Buffer>> buffers{tflite::CreateBuffer(b),
                                                           tflite::CreateBufferDirect(b, &weights)};
  b.Finish(tflite::CreateModelDirect(b, 3, &codes, &subgraphs, nullptr, &buffers),
           tflite::ModelIdentifier());
  return {b.GetBufferPointer(), b.GetBufferPointer() + b.GetSize()};
}

// A legacy all-uint8 graph is refused with what to do; the same graph in int8 imports.
TEST(TfliteImport, RefusesLegacyUint8GraphsWithAReexportRecipe) {
  auto legacy = graph::importTflite(fullyConnectedModel(tflite::TensorType::UINT8), "legacy");
  ASSERT_FALSE(legacy.ok());
  const std::string &m = legacy.error().message;
  EXPECT_NE(m.find("weights 'weights' are UINT8: a legacy all-uint8 (TF1) graph"),
            std::string::npos)
      << m;
  EXPECT_NE(m.find("re-export the model with int8 quantization"), std::string::npos) << m;
  auto modern = graph::importTflite(fullyConnectedModel(tflite::TensorType::INT8), "modern");
  EXPECT_TRUE(modern.ok()) << modern.error().message;
}

// Every unsupported operator of a model is named at once, by name and node; a single one alone.
TEST(TfliteImport, NamesEveryUnsupportedOperatorAtOnce) {
  // RELU6 (21), GATHER (36), RELU6, CUMSUM (128).
  auto two = graph::importTflite(chainModel({21, 36, 21, 128}, tflite::TensorType::INT8), "two");
  ASSERT_FALSE(two.ok());
  const std::string &m = two.error().message;
  EXPECT_NE(m.find("two: 2 operators are not supported"), std::string::npos) << m;
  EXPECT_NE(m.find("node 1: GATHER (builtin operator 36) is not supported (inputs 't1'; "
                   "outputs 't2')"),
            std::string::npos)
      << m;
  EXPECT_NE(m.find("node 3: CUMSUM (builtin operator 128)"), std::string::npos) << m;
  auto one = graph::importTflite(chainModel({21, 36}, tflite::TensorType::INT8), "one");
  ASSERT_FALSE(one.ok());
  EXPECT_NE(one.error().message.find("one: node 1: GATHER (builtin operator 36) is not supported"),
            std::string::npos)
      << one.error().message;
  EXPECT_TRUE(graph::importTflite(chainModel({21, 21}, tflite::TensorType::INT8), "fine").ok());
}

// loom-gen --profile's operator table: every operator type in order of first use, with its node
// count and whether loom imports it, also for a model the import then refuses; loom-gen prints
// it above the refusal.
TEST(TfliteImport, ListsTheOperatorsOfAModelItRefuses) {
  const fs::path file = fs::temp_directory_path() / "loom-operator-uses.tflite";
  const auto bytes = chainModel({21, 36, 21, 128}, tflite::TensorType::INT8);
  std::ofstream(file, std::ios::binary)
      .write(reinterpret_cast<const char *>(bytes.data()), static_cast<long>(bytes.size()));
  auto uses = graph::tfliteOperatorUses(file);
  ASSERT_TRUE(uses.ok()) << uses.error().message;
  ASSERT_EQ(uses->size(), 3u);
  EXPECT_EQ((*uses)[0].name, "RELU6");
  EXPECT_EQ((*uses)[0].nodes, 2);
  EXPECT_TRUE((*uses)[0].supported);
  EXPECT_EQ((*uses)[1].name, "GATHER");
  EXPECT_FALSE((*uses)[1].supported);
  EXPECT_EQ((*uses)[2].name, "CUMSUM");
  EXPECT_FALSE((*uses)[2].supported);
  EXPECT_FALSE(graph::tfliteOperatorUses(file.parent_path() / "nosuch.tflite").ok());
  fs::remove(file);
}

TEST(TfliteImport, RefusesADirectory) {
  auto dir = graph::importTfliteFile(kModels);
  ASSERT_FALSE(dir.ok());
  EXPECT_NE(dir.error().message.find("is a directory"), std::string::npos);
}

TEST(TfliteImport, RefusesMalformedFilesWithAMessage) {
  std::ifstream f(kModels / "mcunet-vww0.tflite", std::ios::binary);
  std::vector<uint8_t> bytes((std::istreambuf_iterator<char>(f)), {});
  ASSERT_FALSE(bytes.empty());
  auto empty = graph::importTflite({}, "empty");
  ASSERT_FALSE(empty.ok());
  EXPECT_NE(empty.error().message.find("too short"), std::string::npos);
  auto truncated = graph::importTflite(std::span(bytes.data(), bytes.size() / 2), "truncated");
  ASSERT_FALSE(truncated.ok());
  EXPECT_NE(truncated.error().message.find("verification failed"), std::string::npos);
  std::vector<uint8_t> wrongId = bytes;
  wrongId[4] = 'X'; // file identifier "TFL3"
  EXPECT_FALSE(graph::importTflite(wrongId, "wrong-id").ok());

  // Mutations: bit flips, overwritten words and truncations anywhere in the file. Each either
  // imports (a flip in weight data is still a valid model) or is refused with a message.
  std::mt19937 rng(17);
  int refused = 0;
  for (int i = 0; i < 300; ++i) {
    std::vector<uint8_t> m = bytes;
    std::uniform_int_distribution<size_t> pos(0, m.size() - 1);
    switch (i % 3) {
    case 0:
      for (int k = 0; k < 8; ++k)
        m[pos(rng)] ^= static_cast<uint8_t>(1u << (rng() % 8));
      break;
    case 1: {
      // Overwrite a word in the metadata part (the first 4 KiB: tables, offsets, shapes).
      size_t at = std::uniform_int_distribution<size_t>(0, 4096)(rng);
      uint32_t word = static_cast<uint32_t>(rng());
      std::memcpy(&m[at], &word, 4);
      break;
    }
    default: m.resize(pos(rng)); break;
    }
    auto g = graph::importTflite(m, "mutant");
    if (!g.ok()) {
      ++refused;
      EXPECT_FALSE(g.error().message.empty());
    }
  }
  EXPECT_GT(refused, 50);
}

} // namespace
} // namespace loom::testing
