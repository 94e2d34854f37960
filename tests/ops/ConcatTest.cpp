// CONCATENATION: the Concat nest equals the reference on random shapes and 1-3 inputs on the host
// JIT and in QEMU (Cortex-M7 and M4); the reference equals the definition (index arithmetic);
// the printed nest matches tests/golden/concat_small.txt; impossible parameters and what TFLite
// Micro would compute differently are refused; a graph concatenating three activations runs in
// QEMU bit-exact with the host reference executor.
#include "loom/ops/Concat.h"
#include "../support/GraphBuilder.h"
#include "../support/KernelRuns.h"
#include "../support/ModelRuns.h"
#include "../support/TestFiles.h"
#include "loom/fixtures/RandomParams.h"
#include "loom/graph/Lowering.h"
#include "loom/ir/Printer.h"

#include <fmt/format.h>

#include <set>

namespace loom::testing {
namespace {

codegen::Cpu cpuOf(int n) { return n % 2 ? codegen::Cpu::CortexM4 : codegen::Cpu::CortexM7; }

TEST(Concat, MatchesReferenceAndDefinitionOnJitAndQemu) {
  std::mt19937 rng(150);
  for (int n = 0; n < 30; ++n) {
    ops::ConcatParams p;
    p.outer = pick(rng, 1, 6), p.inner = pick(rng, 1, 9);
    const int k = pick(rng, 1, ops::kMaxConcatInputs);
    std::vector<std::vector<int8_t>> inputs;
    for (int i = 0; i < k; ++i) {
      p.axisSizes.push_back(pick(rng, 1, 7));
      inputs.push_back(
          ops::randomInt8(static_cast<size_t>(p.outer * p.axisSizes.back() * p.inner), rng));
    }
    std::vector<const int8_t *> pointers;
    for (const auto &in : inputs)
      pointers.push_back(in.data());
    std::vector<int8_t> expected(static_cast<size_t>(p.outer * p.outputAxis() * p.inner));
    ops::reference::concat(p, pointers, expected.data());
    // Definition: output[o][a][i] = input_k[o][a - offset_k][i] for the k whose rows hold a.
    for (int64_t o = 0; o < p.outer; ++o)
      for (int64_t a = 0, offset = 0, input = 0; a < p.outputAxis(); ++a) {
        if (a - offset >= p.axisSizes[static_cast<size_t>(input)])
          offset += p.axisSizes[static_cast<size_t>(input++)];
        const int64_t rows = p.axisSizes[static_cast<size_t>(input)];
        for (int64_t i = 0; i < p.inner; ++i)
          ASSERT_EQ(expected[static_cast<size_t>((o * p.outputAxis() + a) * p.inner + i)],
                    inputs[static_cast<size_t>(input)]
                          [static_cast<size_t>((o * rows + a - offset) * p.inner + i)]);
      }
    ir::Kernel kernel = ops::buildConcat(p, fmt::format("concat_{}", n)).take();
    expectKernelOutput(kernel, inputs, expected, n < 4, cpuOf(n), "concat");
  }
}

TEST(Concat, PrintedNestMatchesGolden) {
  ops::ConcatParams p;
  p.outer = 2, p.inner = 3, p.axisSizes = {1, 2};
  checkGolden(ir::toString(ops::buildConcat(p, "concat_small").take()), "concat_small.txt");
}

TEST(Concat, RefusesImpossibleParameters) {
  ops::ConcatParams p;
  EXPECT_NE(ops::validate(p).error().message.find("0 inputs"), std::string::npos);
  p.axisSizes = {1, 2, 3, 4};
  EXPECT_NE(ops::validate(p).error().message.find("4 inputs (1 to 3 supported"), std::string::npos);
  p.axisSizes = {1, 0};
  EXPECT_NE(ops::validate(p).error().message.find("axis size is 0"), std::string::npos);
  p.axisSizes = {1}, p.inner = 0;
  EXPECT_FALSE(ops::buildConcat(p, "bad").ok());
}

// in [1, 3, 4, 5] -> RELU6 (same encoding) and LEAKY_RELU (to the same encoding); out =
// CONCATENATION(in, relu6, leaky) on `axis`.
graph::Graph concatGraph(int axis) {
  graph::Graph g;
  g.name = "concat";
  using graph::DataType, graph::OpType;
  const std::vector<int32_t> shape{1, 3, 4, 5};
  const int in = addTensor(g, DataType::Int8, shape, 0.1f, 3, false);
  const int relu6 = addTensor(g, DataType::Int8, shape, 0.1f, 3, false);
  const int leaky = addTensor(g, DataType::Int8, shape, 0.1f, 3, false);
  std::vector<int32_t> outShape = shape;
  outShape[static_cast<size_t>(axis < 0 ? axis + 4 : axis)] *= 3;
  const int out = addTensor(g, DataType::Int8, outShape, 0.1f, 3, false);
  auto node = [&](OpType op, std::vector<int> inputs, int output, graph::Options options) {
    graph::Node n;
    n.index = static_cast<int>(g.nodes.size());
    n.op = op, n.inputs = std::move(inputs), n.outputs = {output}, n.options = options;
    g.nodes.push_back(n);
  };
  node(OpType::Relu6, {in}, relu6, {});
  node(OpType::LeakyRelu, {in}, leaky, graph::LeakyReluOptions{0.2f});
  node(OpType::Concatenation, {in, relu6, leaky}, out, graph::ConcatOptions{axis});
  g.inputs = {in};
  g.outputs = {out};
  return g;
}

Expected<ops::ConcatParams> lowered(const graph::Graph &g) {
  int input = -1;
  auto l = graph::lowerNode(g, g.nodes[2], input);
  if (!l)
    return l.error();
  return std::get<ops::ConcatParams>(std::get<ops::Op>(*l));
}

TEST(Concat, LoweringViewsTheTensorsAroundTheAxis) {
  auto p = lowered(concatGraph(-1));
  ASSERT_TRUE(p.ok()) << p.error().message;
  EXPECT_EQ(p->outer, 12);
  EXPECT_EQ(p->inner, 1);
  EXPECT_EQ(p->axisSizes, (std::vector<int64_t>{5, 5, 5}));
  p = lowered(concatGraph(2));
  ASSERT_TRUE(p.ok()) << p.error().message;
  EXPECT_EQ(p->outer, 3);
  EXPECT_EQ(p->inner, 5);
  const graph::Graph g = concatGraph(1);
  EXPECT_EQ(graph::kernelInputs(g.nodes[2], graph::LoweredNode{*lowered(g)}, g.nodes[2].inputs[0]),
            g.nodes[2].inputs);
}

TEST(Concat, LoweringRefusesWhatTfliteMicroComputesDifferently) {
  auto refusal = [](const graph::Graph &g) {
    auto p = lowered(g);
    return p.ok() ? std::string("lowered") : p.error().message;
  };
  graph::Graph g = concatGraph(3);
  g.tensors[static_cast<size_t>(g.nodes[2].inputs[1])].quantization.zeroPoints = {4};
  EXPECT_NE(refusal(g).find("quantized unlike the output"), std::string::npos) << refusal(g);
  EXPECT_NE(refusal(g).find("CONCATENATION"), std::string::npos) << refusal(g);
  g = concatGraph(3);
  g.nodes[2].inputs.push_back(g.nodes[2].inputs[0]);
  g.tensors[static_cast<size_t>(g.nodes[2].outputs[0])].shape[3] = 20;
  EXPECT_NE(refusal(g).find("4 inputs; at most 3"), std::string::npos) << refusal(g);
  g = concatGraph(3);
  g.nodes[2].options = graph::ConcatOptions{5};
  EXPECT_NE(refusal(g).find("axis 5 outside rank 4"), std::string::npos) << refusal(g);
  g = concatGraph(3);
  g.nodes[2].options = graph::ConcatOptions{3, graph::Activation::Relu};
  EXPECT_NE(refusal(g).find("fused activation"), std::string::npos) << refusal(g);
}

// in [3, 4, 5] and RELU6(in) PACKed on `axis` into [.., 2, ..]: a concatenation of one-row slices.
graph::Graph packGraph(int axis) {
  graph::Graph g;
  g.name = "pack";
  using graph::DataType, graph::OpType;
  const std::vector<int32_t> shape{3, 4, 5};
  const int in = addTensor(g, DataType::Int8, shape, 0.1f, -5, false);
  const int relu6 = addTensor(g, DataType::Int8, shape, 0.1f, -5, false);
  std::vector<int32_t> outShape = shape;
  outShape.insert(outShape.begin() + (axis < 0 ? axis + 4 : axis), 2);
  const int out = addTensor(g, DataType::Int8, outShape, 0.1f, -5, false);
  graph::Node relu{0, OpType::Relu6, {in}, {relu6}, {}};
  graph::Node pack{1, OpType::Pack, {in, relu6}, {out}, graph::ConcatOptions{axis}};
  g.nodes = {relu, pack};
  g.inputs = {in};
  g.outputs = {out};
  return g;
}

TEST(Concat, PackOfActivationsIsAConcatenationOfRows) {
  graph::Graph g = packGraph(1);
  int input = -1;
  auto l = graph::lowerNode(g, g.nodes[1], input);
  ASSERT_TRUE(l.ok()) << l.error().message;
  const auto &p = std::get<ops::ConcatParams>(std::get<ops::Op>(*l));
  EXPECT_EQ(p.outer, 3);
  EXPECT_EQ(p.inner, 20);
  EXPECT_EQ(p.axisSizes, (std::vector<int64_t>{1, 1}));
  std::mt19937 rng(152);
  for (int axis : {0, -1}) {
    const auto out =
        expectModelRunsLikeReference(packGraph(axis), fmt::format("pack_graph_{}", axis + 1), rng);
    EXPECT_GT(std::set<int8_t>(out.begin(), out.end()).size(), 10u);
  }
}

TEST(Concat, GraphRunsBitExactInQemu) {
  std::mt19937 rng(151);
  for (int axis : {1, -1}) {
    const auto out = expectModelRunsLikeReference(concatGraph(axis),
                                                  fmt::format("concat_graph_{}", axis + 1), rng);
    EXPECT_GT(std::set<int8_t>(out.begin(), out.end()).size(), 10u) << "outputs depend on inputs";
  }
}

} // namespace
} // namespace loom::testing
