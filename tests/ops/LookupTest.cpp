// Int8 activations as tables (LOGISTIC, TANH, HARD_SWISH, LEAKY_RELU, RELU, RELU6): the Lookup nest
// equals the reference on the host JIT and in QEMU (Cortex-M7 and M4); every table follows its real
// function to within one output step and hits TFLite's fixed points exactly (0 -> 0.5 and 0,
// saturation past the input radius); the printed nest matches tests/golden/lookup_small.txt;
// the lowering names what it refuses; a chain of all five, compiled as a model, runs in QEMU
// bit-exact with the host reference executor.
#include "loom/ops/Lookup.h"
#include "../support/GraphBuilder.h"
#include "../support/KernelRuns.h"
#include "../support/ModelRuns.h"
#include "../support/TestFiles.h"
#include "loom/fixtures/RandomParams.h"
#include "loom/graph/Lowering.h"
#include "loom/ir/Printer.h"

#include <fmt/format.h>

#include <cmath>
#include <set>

namespace loom::testing {
namespace {

codegen::Cpu cpuOf(int n) { return n % 2 ? codegen::Cpu::CortexM4 : codegen::Cpu::CortexM7; }

TEST(Lookup, MatchesReferenceOnJitAndQemu) {
  std::mt19937 rng(130);
  for (int n = 0; n < 20; ++n) {
    ops::LookupParams p;
    p.size = pick(rng, 1, 3000);
    p.function = "random";
    auto table = ops::randomInt8(256, rng);
    std::copy(table.begin(), table.end(), p.table.begin());
    auto in = ops::randomInt8(static_cast<size_t>(p.size), rng);
    std::vector<int8_t> expected(in.size());
    ops::reference::lookup(p, in.data(), expected.data());
    for (size_t i = 0; i < in.size(); ++i) // the reference indexes by the byte's value
      ASSERT_EQ(expected[i], table[static_cast<size_t>(in[i] + 128)]);
    ir::Kernel k = ops::buildLookup(p, fmt::format("lookup_{}", n)).take();
    EXPECT_EQ(jit(k, {in}, in.size()), expected) << "case " << n;
    if (n < 4) {
      EXPECT_EQ(qemu(k, cpuOf(n), {in}, "lookup"), expected);
    }
  }
}

int quantized(double real, double scale, int zeroPoint) {
  return std::clamp(static_cast<int>(std::lround(real / scale)) + zeroPoint, -128, 127);
}

// Each table against its real function on random quantizations: within one output step.
TEST(Lookup, TablesFollowTheirFunctions) {
  std::mt19937 rng(131);
  for (int n = 0; n < 200; ++n) {
    SCOPED_TRACE(fmt::format("case {}", n));
    const float inScale = static_cast<float>(std::exp(real(rng, std::log(0.002), std::log(0.5))));
    const float outScale = static_cast<float>(std::exp(real(rng, std::log(0.002), std::log(0.5))));
    const int inZp = pick(rng, -128, 127), outZp = pick(rng, -128, 127);
    const float alpha = static_cast<float>(real(rng, 0.0, 1.0));
    const auto logistic = ops::logisticTable(inZp, inScale);
    const auto tanh = ops::tanhTable(inZp, inScale);
    const auto leaky = ops::leakyReluTable(inZp, inScale, alpha, outZp, outScale);
    const auto relu = ops::reluTable(inZp, inScale, outZp, outScale);
    const auto relu6 = ops::relu6Table(inZp, inScale);
    // HARD_SWISH's output covers [-3/8, max]: an output scale at least the input's / 128.
    const auto hardSwish = ops::hardSwishTable(inZp, inScale, outZp, std::max(outScale, inScale));
    ASSERT_TRUE(hardSwish.ok()) << hardSwish.error().message;
    const int six = std::clamp(static_cast<int>(std::lround(6.0 / inScale)) + inZp, -128, 127);
    for (int x = -128; x <= 127; ++x) {
      const size_t at = static_cast<size_t>(x + 128);
      const double v = static_cast<double>(inScale) * (x - inZp);
      ASSERT_NEAR(logistic[at], quantized(1.0 / (1.0 + std::exp(-v)), 1.0 / 256, -128), 1) << x;
      ASSERT_NEAR(tanh[at], quantized(std::tanh(v), 1.0 / 128, 0), 1) << x;
      ASSERT_NEAR(leaky[at], quantized(v >= 0 ? v : alpha * v, outScale, outZp), 1) << x;
      ASSERT_NEAR(relu[at], quantized(std::max(v, 0.0), outScale, outZp), 1) << x;
      ASSERT_EQ(relu6[at], std::min(std::max(x, inZp), six)) << x;
      const double hs = v * std::min(6.0, std::max(0.0, v + 3)) / 6;
      ASSERT_NEAR((*hardSwish)[at], quantized(hs, std::max(outScale, inScale), outZp), 1) << x;
    }
    // TFLite's exact points: sigmoid(0) = 1/2 (byte 0), tanh(0) = 0, relu(0) = the zero point.
    EXPECT_EQ(logistic[static_cast<size_t>(inZp + 128)], 0);
    EXPECT_EQ(tanh[static_cast<size_t>(inZp + 128)], 0);
    EXPECT_EQ(relu[static_cast<size_t>(inZp + 128)], outZp);
  }
  // Past the Q4 input radius (|x| >= 15 in real terms) LOGISTIC and TANH saturate.
  const auto logistic = ops::logisticTable(0, 0.25f), tanh = ops::tanhTable(0, 0.25f);
  EXPECT_EQ(logistic[0], -128);
  EXPECT_EQ(logistic[255], 127);
  EXPECT_EQ(tanh[0], -128);
  EXPECT_EQ(tanh[255], 127);
  // TFLM refuses HARD_SWISH with an output multiplier above one (output scale < input / 128).
  auto tooFine = ops::hardSwishTable(0, 0.5f, 0, 0.001f);
  ASSERT_FALSE(tooFine.ok());
  EXPECT_NE(tooFine.error().message.find("exceeds one"), std::string::npos);
}

TEST(Lookup, PrintedNestMatchesGolden) {
  ops::LookupParams p;
  p.size = 6, p.function = "Logistic", p.table = ops::logisticTable(-3, 0.05f);
  checkGolden(ir::toString(ops::buildLookup(p, "lookup_small").take()), "lookup_small.txt");
}

TEST(Lookup, RefusesImpossibleParameters) {
  ops::LookupParams p;
  p.function = "Tanh";
  EXPECT_NE(ops::validate(p).error().message.find("size is 0"), std::string::npos);
  p.size = 4, p.function.clear();
  EXPECT_NE(ops::validate(p).error().message.find("not named"), std::string::npos);
  EXPECT_FALSE(ops::buildLookup(p, "bad").ok());
}

// input -> LOGISTIC -> TANH -> LEAKY_RELU -> RELU -> RELU6 -> HARD_SWISH -> output,
// int8 [1, 5, 7, 3].
graph::Graph activationChain() {
  graph::Graph g;
  g.name = "activations";
  using graph::DataType, graph::OpType;
  const std::vector<int32_t> shape{1, 5, 7, 3};
  int t = addTensor(g, DataType::Int8, shape, 0.08f, 5, false);
  g.inputs = {t};
  const std::vector<std::tuple<OpType, float, int>> chain = {
      {OpType::Logistic, 1.0f / 256, -128}, {OpType::Tanh, 1.0f / 128, 0},
      {OpType::LeakyRelu, 0.006f, -20},     {OpType::Relu, 0.004f, -128},
      {OpType::Relu6, 0.004f, -128},        {OpType::HardSwish, 0.003f, -100}};
  for (const auto &[op, scale, zp] : chain) {
    graph::Node n;
    n.index = static_cast<int>(g.nodes.size());
    n.op = op;
    if (op == OpType::LeakyRelu)
      n.options = graph::LeakyReluOptions{0.1f};
    n.inputs = {t};
    t = addTensor(g, DataType::Int8, shape, scale, zp, false);
    n.outputs = {t};
    g.nodes.push_back(n);
  }
  g.outputs = {t};
  return g;
}

TEST(Lookup, ActivationChainRunsBitExactInQemu) {
  std::mt19937 rng(132);
  const auto out = expectModelRunsLikeReference(activationChain(), "lookup_chain", rng);
  EXPECT_GT(std::set<int8_t>(out.begin(), out.end()).size(), 10u) << "outputs depend on inputs";
}

TEST(Lookup, LoweringNamesWhatItRefuses) {
  auto refusal = [](graph::Graph g) {
    int input = -1;
    auto l = graph::lowerNode(g, g.nodes[0], input);
    return l.ok() ? std::string("lowered") : l.error().message;
  };
  graph::Graph g = activationChain();
  g.tensors[static_cast<size_t>(g.nodes[0].outputs[0])].quantization.zeroPoints = {0};
  EXPECT_NE(refusal(g).find("int8 LOGISTIC needs -128"), std::string::npos) << refusal(g);
  g = activationChain();
  g.nodes[0] = g.nodes[2];
  g.nodes[0].options = graph::LeakyReluOptions{-0.5f};
  EXPECT_NE(refusal(g).find("alpha -0.5 is not supported"), std::string::npos) << refusal(g);
  g = activationChain();
  g.tensors[static_cast<size_t>(g.nodes[0].inputs[0])].type = graph::DataType::Int16;
  EXPECT_NE(refusal(g).find("is INT16, not INT8"), std::string::npos) << refusal(g);
  EXPECT_NE(refusal(g).find("LOGISTIC"), std::string::npos) << refusal(g);
}

} // namespace
} // namespace loom::testing
