// SVDF: the Svdf nest equals the reference (TFLite Micro's integer SVDF, itself checked against
// TFLM's vectors of the keyword model by reference_executor_test) on random shapes and
// quantization on the host JIT and in QEMU (Cortex-M7 and M4), output and state, over two
// invocations (the state carries over); the printed nest matches tests/golden/svdf_small.txt;
// impossible parameters and SVDFs TFLite Micro's integer kernel does not run are refused.
#include "loom/ops/Svdf.h"
#include "../support/GraphBuilder.h"
#include "../support/KernelRuns.h"
#include "../support/TestFiles.h"
#include "loom/fixtures/RandomParams.h"
#include "loom/graph/Lowering.h"
#include "loom/ir/Printer.h"

#include <fmt/format.h>

#include <cstring>

namespace loom::testing {
namespace {

codegen::Cpu cpuOf(int n) { return n % 2 ? codegen::Cpu::CortexM4 : codegen::Cpu::CortexM7; }

ops::SvdfParams randomSvdf(std::mt19937 &rng) {
  ops::SvdfParams p;
  p.inputSize = pick(rng, 1, 40), p.units = pick(rng, 1, 10), p.rank = pick(rng, 1, 3);
  p.memory = pick(rng, 1, 12);
  p.inputZeroPoint = pick(rng, -128, 127), p.outputZeroPoint = pick(rng, -128, 127);
  p.featureWeights = ops::randomInt8(static_cast<size_t>(p.filters() * p.inputSize), rng);
  for (int k = 0; k < p.filters() * p.memory; ++k)
    p.timeWeights.push_back(static_cast<int16_t>(pick(rng, -32768, 32767)));
  for (int u = 0; u < p.units; ++u)
    p.bias.push_back(pick(rng, -1 << 20, 1 << 20));
  // The state saturates sometimes; the output lands anywhere in int8.
  p.featureScale = ops::quantizeMultiplier(real(rng, 0.5, 40.0));
  p.outputScale = ops::quantizeMultiplier(real(rng, 1e-7, 1e-5));
  return p;
}

std::vector<uint8_t> bytesOf(const std::vector<int16_t> &v) {
  std::vector<uint8_t> b(v.size() * 2);
  std::memcpy(b.data(), v.data(), b.size());
  return b;
}

TEST(Svdf, MatchesReferenceOnJitAndQemuAcrossInvocations) {
  std::mt19937 rng(120);
  for (int n = 0; n < 30; ++n) {
    SCOPED_TRACE(fmt::format("case {}", n));
    const ops::SvdfParams p = randomSvdf(rng);
    ASSERT_TRUE(ops::validate(p).ok()) << ops::validate(p).error().message;
    const ir::Kernel k = ops::buildSvdf(p, fmt::format("svdf_{}", n)).take();
    auto compiled = codegen::JitKernel::compile(k).take();
    std::vector<int16_t> expected(static_cast<size_t>(p.filters() * p.memory));
    for (auto &s : expected)
      s = static_cast<int16_t>(pick(rng, -32768, 32767));
    std::vector<int16_t> jitState = expected;
    for (int invocation = 0; invocation < 2; ++invocation) {
      auto input = ops::randomInt8(static_cast<size_t>(p.inputSize), rng);
      const std::vector<int16_t> before = expected;
      std::vector<int8_t> want(static_cast<size_t>(p.units));
      ops::reference::svdf(p, input.data(), want.data(), expected.data());
      std::vector<int8_t> got(want.size(), static_cast<int8_t>(0xA5));
      compiled->run({input.data(), got.data(), jitState.data()}).check();
      EXPECT_EQ(got, want) << "output, invocation " << invocation << " on the host JIT";
      EXPECT_EQ(jitState, expected) << "state on the host JIT";
      if (invocation == 1 && n < 4) { // QEMU: the second invocation, from the carried state
        auto run = qemu::runKernelInQemu(
            k, {cpuOf(n), codegen::FloatAbi::Hard},
            {std::vector<uint8_t>(input.begin(), input.end()), bytesOf(before)},
            std::filesystem::path(LOOM_BINARY_DIR) / "test-work" / "svdf_ops" / k.name);
        ASSERT_TRUE(run.ok()) << run.error().message;
        EXPECT_EQ(run->outputs[1], std::vector<uint8_t>(want.begin(), want.end())) << "in QEMU";
        EXPECT_EQ(run->outputs[2], bytesOf(expected)) << "state in QEMU";
      }
    }
  }
}

TEST(Svdf, PrintedNestMatchesGolden) {
  std::mt19937 rng(121);
  ops::SvdfParams p = randomSvdf(rng);
  p.inputSize = 3, p.units = 2, p.rank = 2, p.memory = 4;
  p.featureWeights.resize(12), p.timeWeights.resize(16), p.bias.resize(2);
  checkGolden(ir::toString(ops::buildSvdf(p, "svdf_small").take()), "svdf_small.txt");
}

TEST(Svdf, RefusesImpossibleParameters) {
  std::mt19937 rng(122);
  auto expectError = [&](auto change, const std::string &fragment) {
    ops::SvdfParams p = randomSvdf(rng);
    change(p);
    auto s = ops::validate(p);
    ASSERT_FALSE(s.ok()) << fragment;
    EXPECT_NE(s.error().message.find(fragment), std::string::npos) << s.error().message;
    EXPECT_FALSE(ops::buildSvdf(p, "bad").ok());
  };
  expectError([](ops::SvdfParams &p) { p.memory = 0; }, "memory is 0");
  expectError([](ops::SvdfParams &p) { p.timeWeights.pop_back(); }, "time weights");
  expectError([](ops::SvdfParams &p) { p.bias.push_back(0); }, "bias");
  expectError([](ops::SvdfParams &p) { p.outputZeroPoint = 128; }, "output zero point");
  expectError([](ops::SvdfParams &p) { p.featureScale.shift = 31; }, "feature shift 31");
}

// A one-node SVDF graph as TFLite exports it: the state a variable INT16 tensor.
graph::Graph svdfGraph(int inputSize, int filters, int memory, int rank) {
  graph::Graph g;
  g.name = "svdf";
  auto tensor = [&](graph::DataType type, std::vector<int32_t> shape, float scale, int64_t zp,
                    bool constant) {
    return addTensor(g, type, std::move(shape), scale, zp, constant);
  };
  using graph::DataType;
  graph::Node n;
  n.op = graph::OpType::Svdf;
  n.inputs = {tensor(DataType::Int8, {1, inputSize}, 0.05f, -128, false),
              tensor(DataType::Int8, {filters, inputSize}, 0.01f, 0, true),
              tensor(DataType::Int16, {filters, memory}, 0.003f, 0, true),
              tensor(DataType::Int32, {filters / rank}, 0.00001f, 0, true),
              tensor(DataType::Int16, {1, filters * memory}, 0.004f, 0, false)};
  g.tensors[static_cast<size_t>(n.inputs[4])].variable = true;
  n.outputs = {tensor(DataType::Int8, {1, filters / rank}, 0.2f, -128, false)};
  n.options = graph::SvdfOptions{rank, graph::Activation::Relu};
  g.nodes.push_back(n);
  g.inputs = {n.inputs[0]};
  g.outputs = n.outputs;
  return g;
}

Expected<ops::SvdfParams> lowered(const graph::Graph &g) {
  int input = -1;
  auto l = graph::lowerNode(g, g.nodes[0], input);
  if (!l)
    return l.error();
  return std::get<ops::SvdfParams>(std::get<ops::Op>(*l));
}

TEST(Svdf, LoweringFollowsTfliteMicro) {
  graph::Graph g = svdfGraph(10, 12, 5, 2);
  auto p = lowered(g);
  ASSERT_TRUE(p.ok()) << p.error().message;
  EXPECT_EQ(p->inputSize, 10);
  EXPECT_EQ(p->units, 6);
  EXPECT_EQ(p->rank, 2);
  EXPECT_EQ(p->memory, 5);
  EXPECT_EQ(graph::macs(g, g.nodes[0]), p->macs()); // what bench and reports count
  EXPECT_EQ(p->inputZeroPoint, -128);
  EXPECT_EQ(p->outputZeroPoint, -128);
  // PrepareSvdf: the scale arithmetic in float, then double.
  const auto q1 = ops::quantizeMultiplier(static_cast<double>(0.05f * 0.01f / 0.004f));
  const auto q2 = ops::quantizeMultiplier(static_cast<double>(0.004f * 0.003f / 0.2f));
  EXPECT_EQ(p->featureScale.multiplier, q1.multiplier);
  EXPECT_EQ(p->featureScale.shift, q1.shift);
  EXPECT_EQ(p->outputScale.multiplier, q2.multiplier);
  EXPECT_EQ(p->outputScale.shift, q2.shift);
  EXPECT_EQ(graph::dataInputs(g, g.nodes[0]),
            (std::vector<int>{g.nodes[0].inputs[0], g.nodes[0].inputs[1], g.nodes[0].inputs[2],
                              g.nodes[0].inputs[3]}));
  EXPECT_EQ(graph::stateInputs(g, g.nodes[0]), (std::vector<int>{g.nodes[0].inputs[4]}));
  // Without a bias the units start from 0.
  g.nodes[0].inputs[3] = -1;
  p = lowered(g);
  ASSERT_TRUE(p.ok()) << p.error().message;
  EXPECT_EQ(p->bias, std::vector<int32_t>(6, 0));
}

TEST(Svdf, LoweringRefusesWhatTheIntegerKernelDoesNotRun) {
  auto expectRefusal = [](graph::Graph g, const std::string &fragment) {
    auto p = lowered(g);
    ASSERT_FALSE(p.ok()) << fragment;
    EXPECT_NE(p.error().message.find(fragment), std::string::npos) << p.error().message;
    EXPECT_NE(p.error().message.find("SVDF"), std::string::npos) << p.error().message;
  };
  graph::Graph g = svdfGraph(6, 8, 4, 3);
  expectRefusal(g, "rank 3 does not divide the 8 filters");
  g = svdfGraph(6, 8, 4, 1);
  g.tensors[static_cast<size_t>(g.nodes[0].inputs[4])].variable = false;
  expectRefusal(g, "not variable");
  g = svdfGraph(6, 8, 4, 1);
  g.tensors[static_cast<size_t>(g.nodes[0].inputs[4])].type = graph::DataType::Int8;
  expectRefusal(g, "only a variable INT16 state");
  g = svdfGraph(6, 8, 4, 1);
  g.tensors[static_cast<size_t>(g.nodes[0].inputs[0])].shape = {2, 3};
  expectRefusal(g, "batch 1");
  g = svdfGraph(6, 8, 4, 1);
  g.tensors[static_cast<size_t>(g.nodes[0].inputs[2])].shape = {8, 3};
  expectRefusal(g, "do not agree");
  g = svdfGraph(6, 8, 4, 1);
  g.tensors[static_cast<size_t>(g.nodes[0].inputs[1])].quantization.zeroPoints = {3};
  expectRefusal(g, "not per-tensor symmetric");
}

} // namespace
} // namespace loom::testing
