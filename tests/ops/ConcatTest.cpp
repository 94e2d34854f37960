// CONCATENATION: the Concat nest equals the reference on random shapes and 1-3 inputs on the host
// JIT and in QEMU (Cortex-M7 and M4); the reference equals the definition (index arithmetic);
// more inputs run as parts (at most 3 per kernel) whose kernels, run one after the other over one
// output, equal the whole; the printed nests match tests/golden/concat_small.txt; impossible
// parameters and what TFLite Micro would compute differently are refused; graphs concatenating
// three and seven activations run in QEMU bit-exact with the host reference executor, and the
// data-flow check misses no part.
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

// A random concatenation of `inputs` inputs, its input data and the reference output.
struct RandomConcat {
  ops::ConcatParams p;
  std::vector<std::vector<int8_t>> inputs;
  std::vector<int8_t> expected;
};
RandomConcat randomConcat(std::mt19937 &rng, int inputs, int maxOuter, int maxInner, int maxAxis) {
  RandomConcat c;
  c.p.outer = pick(rng, 1, maxOuter), c.p.inner = pick(rng, 1, maxInner);
  for (int i = 0; i < inputs; ++i) {
    c.p.axisSizes.push_back(pick(rng, 1, maxAxis));
    c.inputs.push_back(
        ops::randomInt8(static_cast<size_t>(c.p.outer * c.p.axisSizes.back() * c.p.inner), rng));
  }
  std::vector<const int8_t *> pointers;
  for (const auto &in : c.inputs)
    pointers.push_back(in.data());
  c.expected.resize(static_cast<size_t>(c.p.outer * c.p.outputAxis() * c.p.inner));
  ops::reference::concat(c.p, pointers, c.expected.data());
  return c;
}

TEST(Concat, MatchesReferenceAndDefinitionOnJitAndQemu) {
  std::mt19937 rng(150);
  for (int n = 0; n < 30; ++n) {
    auto [p, inputs, expected] = randomConcat(rng, pick(rng, 1, ops::kMaxConcatInputs), 6, 9, 7);
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

// 4 to 10 inputs: the parts' kernels over one (poisoned) output equal the whole reference.
TEST(Concat, PartsOfManyInputsMatchTheWholeOnJit) {
  std::mt19937 rng(153);
  for (int n = 0; n < 20; ++n) {
    auto [p, inputs, expected] = randomConcat(rng, pick(rng, 4, 10), 5, 6, 4);
    const auto parts = ops::concatParts(p);
    ASSERT_EQ(parts.size(), static_cast<size_t>((p.inputCount() + 2) / 3));
    std::vector<int8_t> out(expected.size(), static_cast<int8_t>(0xA5));
    size_t first = 0;
    for (size_t k = 0; k < parts.size(); ++k) {
      ASSERT_LE(parts[k].inputCount(), ops::kMaxConcatInputs);
      EXPECT_EQ(parts[k].outputAxis(), p.outputAxis());
      auto jit =
          codegen::JitKernel::compile(ops::buildConcat(parts[k], fmt::format("part{}", k)).take())
              .take();
      std::vector<void *> args;
      for (int i = 0; i < parts[k].inputCount(); ++i)
        args.push_back(inputs[first++].data());
      args.push_back(out.data());
      jit->run(args).check();
    }
    EXPECT_EQ(out, expected);
    EXPECT_FALSE(ops::buildConcat(p, "whole").ok()); // more than a kernel takes
  }
}

TEST(Concat, PrintedNestMatchesGolden) {
  ops::ConcatParams p;
  p.outer = 2, p.inner = 3, p.axisSizes = {1, 2};
  ops::ConcatParams part = p;
  part.axisBefore = 4, part.axisAfter = 1; // columns 12..20 of 24
  checkGolden(ir::toString(ops::buildConcat(p, "concat_small").take()) +
                  ir::toString(ops::buildConcat(part, "concat_part").take()),
              "concat_small.txt");
}

TEST(Concat, RefusesImpossibleParameters) {
  ops::ConcatParams p;
  EXPECT_NE(ops::validate(p).error().message.find("0 inputs"), std::string::npos);
  p.axisSizes = {1, 2, 3, 4};
  EXPECT_TRUE(ops::validate(p).ok());
  EXPECT_NE(ops::buildConcat(p, "four").error().message.find("4 inputs in one kernel (at most 3"),
            std::string::npos);
  p.axisSizes = {1}, p.axisBefore = -1;
  EXPECT_NE(ops::validate(p).error().message.find("negative axis rows"), std::string::npos);
  p.axisBefore = 0;
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
  EXPECT_NE(refusal(g).find("do not add up to the output's axis"), std::string::npos) << refusal(g);
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

// in [1, 2, 3, 4] and six RELU/RELU6/LEAKY_RELU of it concatenated with it on `axis`: seven
// inputs, three kernel calls.
graph::Graph sevenInputs(int axis) {
  graph::Graph g;
  g.name = "concat7";
  using graph::DataType, graph::OpType;
  const std::vector<int32_t> shape{1, 2, 3, 4};
  const int in = addTensor(g, DataType::Int8, shape, 0.1f, -2, false);
  std::vector<int> joined = {in};
  for (int k = 0; k < 6; ++k) {
    const int t = addTensor(g, DataType::Int8, shape, 0.1f, -2, false);
    graph::Node n;
    n.index = static_cast<int>(g.nodes.size());
    n.op = k % 3 == 0 ? OpType::Relu : k % 3 == 1 ? OpType::Relu6 : OpType::LeakyRelu;
    if (n.op == OpType::LeakyRelu)
      n.options = graph::LeakyReluOptions{0.1f * static_cast<float>(k)};
    n.inputs = {in}, n.outputs = {t};
    g.nodes.push_back(n);
    joined.push_back(t);
  }
  std::vector<int32_t> outShape = shape;
  outShape[static_cast<size_t>(axis < 0 ? axis + 4 : axis)] *= 7;
  const int out = addTensor(g, DataType::Int8, outShape, 0.1f, -2, false);
  graph::Node concat;
  concat.index = static_cast<int>(g.nodes.size());
  concat.op = OpType::Concatenation, concat.inputs = joined, concat.outputs = {out};
  concat.options = graph::ConcatOptions{axis};
  g.nodes.push_back(concat);
  g.inputs = {in};
  g.outputs = {out};
  return g;
}

TEST(Concat, SevenInputsRunBitExactInQemuAndEveryPartIsChecked) {
  std::mt19937 rng(154);
  for (int axis : {1, 3}) {
    const graph::Graph g = sevenInputs(axis);
    const auto out = expectModelRunsLikeReference(g, fmt::format("concat7_graph_{}", axis), rng);
    EXPECT_GT(std::set<int8_t>(out.begin(), out.end()).size(), 10u) << "outputs depend on inputs";
    auto m = model::compileModel(g, {});
    ASSERT_TRUE(m.ok()) << m.error().message;
    int parts = 0;
    for (const auto &s : m->steps)
      parts += s.kernel.name.find("_part") != std::string::npos;
    EXPECT_EQ(parts, 3);
    // Without its last part the output is not whole: the data-flow check must say so.
    auto broken = *m;
    broken.steps.pop_back();
    auto s = model::verifyDataFlow(broken);
    ASSERT_FALSE(s.ok());
    EXPECT_NE(s.error().message.find("is not intact"), std::string::npos) << s.error().message;
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
