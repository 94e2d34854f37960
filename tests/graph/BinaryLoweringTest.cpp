// SUB, MAXIMUM and MINIMUM from the graph: SUB lowers to ADD's parameters with the subtraction
// flag (TFLM's SUB Prepare is ADD's), MAXIMUM/MINIMUM to raw comparisons; what TFLite Micro would
// not compute the same way is refused by name; a graph with all three (two activations, a
// broadcast constant) compiles and runs in QEMU bit-exact with the host reference executor.
#include "../support/GraphBuilder.h"
#include "../support/KernelRuns.h"
#include "../support/ModelRuns.h"
#include "loom/fixtures/RandomParams.h"
#include "loom/graph/Lowering.h"

#include <fmt/format.h>

#include <set>

namespace loom::testing {
namespace {

using graph::DataType, graph::OpType;

// in1: [1, 4, 6, 5]; in2 = RELU(in1) (another encoding); d = SUB(in1, in2) with RELU;
// m = MAXIMUM(d, c) with c a constant [5]; out = MINIMUM(m, d).
graph::Graph binaryGraph() {
  graph::Graph g;
  g.name = "binary";
  const std::vector<int32_t> shape{1, 4, 6, 5};
  const int in1 = addTensor(g, DataType::Int8, shape, 0.05f, 3, false);
  const int in2 = addTensor(g, DataType::Int8, shape, 0.03f, -7, false);
  const int d = addTensor(g, DataType::Int8, shape, 0.04f, -128, false);
  const int c = addTensor(g, DataType::Int8, {5}, 0.04f, -128, true);
  for (size_t k = 0; k < 5; ++k)
    g.tensors[static_cast<size_t>(c)].data[k] =
        static_cast<uint8_t>(-100 + 40 * static_cast<int>(k));
  const int m = addTensor(g, DataType::Int8, shape, 0.04f, -128, false);
  const int out = addTensor(g, DataType::Int8, shape, 0.04f, -128, false);
  auto node = [&](OpType op, std::vector<int> inputs, int output) {
    graph::Node n;
    n.index = static_cast<int>(g.nodes.size());
    n.op = op;
    n.inputs = std::move(inputs);
    n.outputs = {output};
    if (op != OpType::Relu)
      n.options = graph::ElementwiseOptions{op == OpType::Sub ? graph::Activation::Relu
                                                              : graph::Activation::None};
    g.nodes.push_back(n);
  };
  node(OpType::Relu, {in1}, in2);
  node(OpType::Sub, {in1, in2}, d);
  node(OpType::Maximum, {d, c}, m);
  node(OpType::Minimum, {m, d}, out);
  g.inputs = {in1};
  g.outputs = {out};
  return g;
}

Expected<ops::Op> lowered(const graph::Graph &g, size_t k) {
  int input = -1;
  auto l = graph::lowerNode(g, g.nodes[k], input);
  if (!l)
    return l.error();
  return std::get<ops::Op>(*l);
}

TEST(BinaryLowering, SubIsAddWithTheSecondTermSubtracted) {
  const graph::Graph g = binaryGraph();
  auto sub = lowered(g, 1);
  ASSERT_TRUE(sub.ok()) << sub.error().message;
  const auto &p = std::get<ops::AddParams>(*sub);
  EXPECT_TRUE(p.subtract);
  const ops::AddParams add = ops::makeAddParams(120, 0.05f, 3, 0.03f, -7, 0.04f, -128, -128, 127);
  EXPECT_EQ(p.input1Multiplier, add.input1Multiplier);
  EXPECT_EQ(p.input2Multiplier, add.input2Multiplier);
  EXPECT_EQ(p.outputMultiplier, add.outputMultiplier);
  EXPECT_EQ(p.activationMin, -128); // RELU at zero point -128
  auto max = lowered(g, 2);
  ASSERT_TRUE(max.ok()) << max.error().message;
  EXPECT_TRUE(std::get<ops::MaxMinParams>(*max).maximum);
  EXPECT_EQ(std::get<ops::MaxMinParams>(*max).operands.constant2.size(), 5u);
  auto min = lowered(g, 3);
  ASSERT_TRUE(min.ok()) << min.error().message;
  EXPECT_FALSE(std::get<ops::MaxMinParams>(*min).maximum);
}

TEST(BinaryLowering, RefusesWhatTfliteMicroComputesDifferently) {
  graph::Graph g = binaryGraph();
  std::swap(g.nodes[2].inputs[0], g.nodes[2].inputs[1]); // MAXIMUM(c, d): symmetric, fine
  EXPECT_TRUE(lowered(g, 2).ok());
  g.nodes[1].inputs[0] = g.nodes[2].inputs[0]; // SUB(c, in2)
  auto sub = lowered(g, 1);
  ASSERT_FALSE(sub.ok());
  EXPECT_NE(sub.error().message.find("SUB"), std::string::npos) << sub.error().message;
  EXPECT_NE(sub.error().message.find("constant minuend"), std::string::npos);
  g = binaryGraph();
  g.tensors[static_cast<size_t>(g.nodes[3].outputs[0])].quantization.scales = {0.05f};
  auto min = lowered(g, 3);
  ASSERT_FALSE(min.ok());
  EXPECT_NE(min.error().message.find("MINIMUM"), std::string::npos) << min.error().message;
  EXPECT_NE(min.error().message.find("quantized unlike the output"), std::string::npos);
}

// in [1, 4, 6, 5] -> PRELU with a constant per-channel alpha [5] -> out.
graph::Graph preluGraph() {
  graph::Graph g;
  g.name = "prelu";
  const std::vector<int32_t> shape{1, 4, 6, 5};
  const int in = addTensor(g, DataType::Int8, shape, 0.05f, 3, false);
  const int alpha = addTensor(g, DataType::Int8, {5}, 0.01f, -10, true);
  for (size_t k = 0; k < 5; ++k)
    g.tensors[static_cast<size_t>(alpha)].data[k] = static_cast<uint8_t>(10 * static_cast<int>(k));
  const int out = addTensor(g, DataType::Int8, shape, 0.03f, -20, false);
  g.nodes = {graph::Node{0, OpType::Prelu, {in, alpha}, {out}, graph::ElementwiseOptions{}}};
  g.inputs = {in};
  g.outputs = {out};
  return g;
}

TEST(BinaryLowering, PreluTakesTfliteMicrosMultipliers) {
  graph::Graph g = preluGraph();
  auto op = lowered(g, 0);
  ASSERT_TRUE(op.ok()) << op.error().message;
  const auto &p = std::get<ops::PreluParams>(*op);
  const auto identity = ops::quantizeMultiplier(static_cast<double>(0.05f) / 0.03f);
  const auto alpha = ops::quantizeMultiplier(static_cast<double>(0.05f) * 0.01f / 0.03f);
  EXPECT_EQ(p.identity.multiplier, identity.multiplier);
  EXPECT_EQ(p.alpha.multiplier, alpha.multiplier);
  EXPECT_EQ(p.alpha.shift, alpha.shift);
  EXPECT_EQ(p.alphaOffset, 10);
  EXPECT_EQ(p.operands.constant2.size(), 5u);
  std::mt19937 rng(141);
  const auto out = expectModelRunsLikeReference(g, "prelu_graph", rng);
  EXPECT_GT(std::set<int8_t>(out.begin(), out.end()).size(), 10u) << "outputs depend on inputs";
  std::swap(g.nodes[0].inputs[0], g.nodes[0].inputs[1]);
  auto refused = lowered(g, 0);
  ASSERT_FALSE(refused.ok());
  EXPECT_NE(refused.error().message.find("PRELU"), std::string::npos) << refused.error().message;
}

TEST(BinaryLowering, GraphRunsBitExactInQemu) {
  std::mt19937 rng(140);
  const auto out = expectModelRunsLikeReference(binaryGraph(), "binary_graph", rng);
  EXPECT_GT(std::set<int8_t>(out.begin(), out.end()).size(), 10u) << "outputs depend on inputs";
}

} // namespace
} // namespace loom::testing
