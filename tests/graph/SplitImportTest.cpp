// SPLIT, SPLIT_V and UNPACK of activations: the importer turns each into one SLICE per output
// (models built here with the schema's builders); every part runs in QEMU (Cortex-M7 and M4)
// bit-exact with the host reference executor, and the reference parts equal the input's slices;
// bad axes and sizes are refused with the operator's name.
#include "../support/ModelRuns.h"
#include "loom/graph/TfliteImport.h"
#include "tflite_subset_generated.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <cstring>

namespace loom::testing {
namespace {

struct TensorSpec {
  TensorSpec(std::vector<int32_t> s) : shape(std::move(s)) {} // an int8 activation
  TensorSpec(std::vector<int32_t> s, tflite::TensorType t, std::vector<int32_t> d)
      : shape(std::move(s)), type(t), data(std::move(d)) {}
  std::vector<int32_t> shape;
  tflite::TensorType type = tflite::TensorType::INT8;
  std::vector<int32_t> data; // constant INT32 contents, or empty
};

// One operator `builtin` from `inputs` to `outputs`; tensor 0 is the model input, the outputs
// are the model outputs.
std::vector<uint8_t> oneOperatorModel(const std::vector<TensorSpec> &specs, int32_t builtin,
                                      const std::vector<int32_t> &inputs,
                                      const std::vector<int32_t> &outputs, int unpackAxis = 0) {
  flatbuffers::FlatBufferBuilder b;
  const std::vector<float> scale{0.1f};
  const std::vector<int64_t> zeroPoint{-3};
  std::vector<flatbuffers::Offset<tflite::Tensor>> tensors;
  std::vector<flatbuffers::Offset<tflite::Buffer>> buffers{tflite::CreateBuffer(b)};
  for (size_t t = 0; t < specs.size(); ++t) {
    uint32_t buffer = 0;
    if (!specs[t].data.empty()) {
      std::vector<uint8_t> bytes(specs[t].data.size() * 4);
      std::memcpy(bytes.data(), specs[t].data.data(), bytes.size());
      buffers.push_back(tflite::CreateBufferDirect(b, &bytes));
      buffer = static_cast<uint32_t>(buffers.size() - 1);
    }
    const bool quantized = specs[t].type == tflite::TensorType::INT8;
    tensors.push_back(tflite::CreateTensorDirect(
        b, &specs[t].shape, specs[t].type, buffer, fmt::format("t{}", t).c_str(),
        quantized
            ? tflite::CreateQuantizationParametersDirect(b, nullptr, nullptr, &scale, &zeroPoint)
            : 0));
  }
  std::vector<flatbuffers::Offset<tflite::OperatorCode>> codes{
      tflite::CreateOperatorCode(b, static_cast<int8_t>(std::min(builtin, 127)), 0, 1, builtin)};
  auto options =
      builtin == 88
          ? tflite::CreateUnpackOptions(b, static_cast<int32_t>(outputs.size()), unpackAxis).Union()
          : 0;
  std::vector<flatbuffers::Offset<tflite::Operator>> operators{tflite::CreateOperatorDirect(
      b, 0, &inputs, &outputs,
      builtin == 88 ? tflite::BuiltinOptions::UnpackOptions : tflite::BuiltinOptions::NONE,
      options)};
  const std::vector<int32_t> modelInputs{0};
  std::vector<flatbuffers::Offset<tflite::SubGraph>> subgraphs{
      tflite::CreateSubGraphDirect(b, &tensors, &modelInputs, &outputs, &operators)};
  b.Finish(tflite::CreateModelDirect(b, 3, &codes, &subgraphs, nullptr, &buffers),
           tflite::ModelIdentifier());
  return {b.GetBufferPointer(), b.GetBufferPointer() + b.GetSize()};
}

using TT = tflite::TensorType;

// Each output k of the reference equals the input's part [offset_k, offset_k + size_k) along
// `axis` of `shape` (row-major).
void expectParts(const std::vector<uint8_t> &input, const std::vector<uint8_t> &outputs,
                 const std::vector<int32_t> &shape, int axis, const std::vector<int> &sizes) {
  int64_t outer = 1, inner = 1;
  for (int d = 0; d < static_cast<int>(shape.size()); ++d)
    if (d != axis)
      (d < axis ? outer : inner) *= shape[static_cast<size_t>(d)];
  const int64_t dim = shape[static_cast<size_t>(axis)];
  size_t at = 0;
  int offset = 0;
  for (int size : sizes) {
    for (int64_t o = 0; o < outer; ++o)
      for (int64_t j = 0; j < size * inner; ++j)
        ASSERT_EQ(outputs[at++], input[static_cast<size_t>((o * dim + offset) * inner + j)]);
    offset += size;
  }
  EXPECT_EQ(at, outputs.size());
}

TEST(SplitImport, SplitSplitVAndUnpackRunBitExactInQemu) {
  std::mt19937 rng(160);
  struct Case {
    std::vector<uint8_t> model;
    std::vector<int32_t> shape;
    int axis;
    std::vector<int> sizes;
  };
  const std::vector<Case> cases = {
      {oneOperatorModel({{{1, 4, 6}}, {{}, TT::INT32, {2}}, {{1, 4, 3}}, {{1, 4, 3}}}, 49, {1, 0},
                        {2, 3}),
       {1, 4, 6},
       2,
       {3, 3}},
      {oneOperatorModel({{{1, 4, 6}},
                         {{3}, TT::INT32, {1, -1, 2}},
                         {{}, TT::INT32, {-2}},
                         {{1, 1, 6}},
                         {{1, 1, 6}},
                         {{1, 2, 6}}},
                        102, {0, 1, 2}, {3, 4, 5}),
       {1, 4, 6},
       1,
       {1, 1, 2}},
      {oneOperatorModel({{{1, 3, 4}}, {{1, 4}}, {{1, 4}}, {{1, 4}}}, 88, {0}, {1, 2, 3}, 1),
       {1, 3, 4},
       1,
       {1, 1, 1}}};
  for (size_t c = 0; c < cases.size(); ++c) {
    SCOPED_TRACE(fmt::format("case {}", c));
    auto g = graph::importTflite(cases[c].model, fmt::format("split{}", c));
    ASSERT_TRUE(g.ok()) << g.error().message;
    EXPECT_EQ(g->nodes.size(), cases[c].sizes.size()); // one SLICE per output
    for (const graph::Node &n : g->nodes)
      EXPECT_EQ(n.op, graph::OpType::Slice);
    std::mt19937 inputRng(161);
    const auto out = expectModelRunsLikeReference(*g, fmt::format("split_import_{}", c), rng);
    auto bytes =
        ops::randomInt8(static_cast<size_t>(g->tensors[g->inputs[0]].byteSize()), inputRng);
    const std::vector<uint8_t> input(bytes.begin(), bytes.end());
    auto reference = graph::runReference(*g, input);
    ASSERT_TRUE(reference.ok()) << reference.error().message;
    expectParts(input, *reference, cases[c].shape, cases[c].axis, cases[c].sizes);
    EXPECT_FALSE(out.empty());
  }
}

TEST(SplitImport, RefusesBadAxesAndSizesByName) {
  auto refusal = [](const std::vector<uint8_t> &model) {
    auto g = graph::importTflite(model, "bad");
    return g.ok() ? std::string("imported") : g.error().message;
  };
  std::string m = refusal(oneOperatorModel(
      {{{1, 4, 6}}, {{}, TT::INT32, {2}}, {{1, 4, 2}}, {{1, 4, 2}}, {{1, 4, 2}}, {{1, 4, 2}}}, 49,
      {1, 0}, {2, 3, 4, 5}));
  EXPECT_NE(m.find("node 0 (SPLIT): 6 does not split into 4 equal parts"), std::string::npos) << m;
  m = refusal(oneOperatorModel({{{1, 4, 6}}, {{}, TT::INT32, {5}}, {{1, 4, 3}}, {{1, 4, 3}}}, 49,
                               {1, 0}, {2, 3}));
  EXPECT_NE(m.find("axis 5 outside rank 3"), std::string::npos) << m;
  m = refusal(oneOperatorModel(
      {{{1, 4, 6}}, {{2}, TT::INT32, {-1, -1}}, {{}, TT::INT32, {1}}, {{1, 2, 6}}, {{1, 2, 6}}},
      102, {0, 1, 2}, {3, 4}));
  EXPECT_NE(m.find("SPLIT_V"), std::string::npos) << m;
  EXPECT_NE(m.find("one -1 at most"), std::string::npos) << m;
  m = refusal(oneOperatorModel({{{1, 3, 4}}, {{1, 4}}, {{1, 4}}}, 88, {0}, {1, 2}, 1));
  EXPECT_NE(m.find("UNPACK): 2 outputs for a dimension of 3"), std::string::npos) << m;
}

} // namespace
} // namespace loom::testing
