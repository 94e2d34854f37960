// UNIDIRECTIONAL_SEQUENCE_LSTM: the Lstm nest equals the reference (TFLite Micro's integer LSTM,
// itself checked against TFLM's vectors by reference_executor_test) on random shapes and
// quantization on the host JIT and in QEMU (Cortex-M7 and M4), output and both states, over two
// invocations (the state carries over); the int16 sigmoid and tanh agree with their float
// definitions; the printed nest matches tests/golden/lstm_small.txt; impossible parameters and the
// LSTM variants TFLite Micro's integer kernel does not run are refused with their reason.
#include "loom/ops/Lstm.h"
#include "../support/GraphBuilder.h"
#include "../support/KernelRuns.h"
#include "../support/TestFiles.h"
#include "loom/fixtures/RandomParams.h"
#include "loom/graph/Lowering.h"
#include "loom/ir/Printer.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace loom::testing {
namespace {

codegen::Cpu cpuOf(int n) { return n % 2 ? codegen::Cpu::CortexM4 : codegen::Cpu::CortexM7; }

ops::LstmParams randomLstm(std::mt19937 &rng) {
  ops::LstmParams p;
  p.timeSteps = pick(rng, 1, 4), p.inputSize = pick(rng, 1, 24), p.units = pick(rng, 1, 12);
  p.inputZeroPoint = pick(rng, -128, 127), p.hiddenZeroPoint = pick(rng, -20, 20);
  for (auto &g : p.gates) {
    g.inputWeights = ops::randomInt8(static_cast<size_t>(p.units * p.inputSize), rng);
    g.recurrentWeights = ops::randomInt8(static_cast<size_t>(p.units * p.units), rng);
    for (int j = 0; j < p.units; ++j)
      g.bias.push_back(pick(rng, -40000, 40000));
    // Gate layers land anywhere in Q3.12, saturating sometimes.
    g.inputScale = ops::quantizeMultiplier(real(rng, 0.002, 0.4));
    g.recurrentScale = ops::quantizeMultiplier(real(rng, 0.002, 0.4));
  }
  p.cellGateTanh = pick(rng, 0, 3) != 0;
  p.cellScalePower = pick(rng, -15, -8);
  p.cellClip = pick(rng, 0, 1) ? static_cast<int16_t>(pick(rng, 100, 32767)) : 0;
  const double cellScale = std::ldexp(1.0, p.cellScalePower), gate = 1.0 / 32768;
  p.forgetTimesCell = ops::quantizeMultiplier(gate);
  p.inputTimesCellGate = ops::quantizeMultiplier(gate * gate / cellScale);
  p.outputTimesTanhCell = ops::quantizeMultiplier(gate * gate / real(rng, 1.0 / 256, 1.0 / 40));
  return p;
}

struct LstmState {
  std::vector<int8_t> hidden;
  std::vector<int16_t> cell;
};

std::vector<int8_t> bytesOf(const std::vector<int16_t> &v) {
  std::vector<int8_t> b(v.size() * 2);
  std::memcpy(b.data(), v.data(), b.size());
  return b;
}

TEST(Lstm, MatchesReferenceOnJitAndQemuAcrossInvocations) {
  std::mt19937 rng(90);
  for (int n = 0; n < 24; ++n) {
    SCOPED_TRACE(fmt::format("case {}", n));
    const ops::LstmParams p = randomLstm(rng);
    ASSERT_TRUE(ops::validate(p).ok()) << ops::validate(p).error().message;
    const ir::Kernel k = ops::buildLstm(p, fmt::format("lstm_{}", n)).take();
    auto compiled = codegen::JitKernel::compile(k).take();
    LstmState expected{ops::randomInt8(static_cast<size_t>(p.units), rng),
                       std::vector<int16_t>(static_cast<size_t>(p.units))};
    for (auto &c : expected.cell)
      c = static_cast<int16_t>(pick(rng, -32768, 32767));
    LstmState jitState = expected;
    for (int invocation = 0; invocation < 2; ++invocation) {
      auto input = ops::randomInt8(static_cast<size_t>(p.timeSteps * p.inputSize), rng);
      const LstmState before = expected;
      std::vector<int8_t> want(static_cast<size_t>(p.timeSteps * p.units));
      ops::reference::lstm(p, input.data(), want.data(), expected.hidden.data(),
                           expected.cell.data());
      std::vector<int8_t> got(want.size(), static_cast<int8_t>(0xA5));
      compiled->run({input.data(), got.data(), jitState.hidden.data(), jitState.cell.data()})
          .check();
      EXPECT_EQ(got, want) << "output, invocation " << invocation << " on the host JIT";
      EXPECT_EQ(jitState.hidden, expected.hidden) << "hidden state on the host JIT";
      EXPECT_EQ(jitState.cell, expected.cell) << "cell state on the host JIT";
      if (invocation == 1 && n < 4) { // QEMU: the second invocation, from the carried state
        std::vector<std::vector<uint8_t>> inputs;
        for (const auto &b : {input, before.hidden, bytesOf(before.cell)})
          inputs.emplace_back(b.begin(), b.end());
        auto run = qemu::runKernelInQemu(k, {cpuOf(n), codegen::FloatAbi::Hard}, inputs,
                                         std::filesystem::path(LOOM_BINARY_DIR) / "test-work" /
                                             "lstm_ops" / k.name);
        ASSERT_TRUE(run.ok()) << run.error().message;
        EXPECT_EQ(run->outputs[1], std::vector<uint8_t>(want.begin(), want.end())) << "in QEMU";
        EXPECT_EQ(run->outputs[2],
                  std::vector<uint8_t>(expected.hidden.begin(), expected.hidden.end()));
        const auto cellBytes = bytesOf(expected.cell);
        EXPECT_EQ(run->outputs[3], std::vector<uint8_t>(cellBytes.begin(), cellBytes.end()));
      }
    }
  }
}

// TFLite's int16 sigmoid and tanh are within a few Q0.15 steps of their definitions on every
// input (the interpolated table), and odd/symmetric as TFLite's are.
TEST(Lstm, Int16SigmoidAndTanhFollowTheirDefinitions) {
  for (int x = -32768; x <= 32767; ++x) {
    const double real = x / 4096.0; // Q3.12
    const int16_t s = ops::reference::logistic16(static_cast<int16_t>(x), 0, 0);
    const int16_t t = ops::reference::tanh16(static_cast<int16_t>(x), 0, 0);
    ASSERT_NEAR(s, 32768.0 / (1.0 + std::exp(-real)), 4.0) << x;
    ASSERT_NEAR(t, 32768.0 * std::tanh(real), 8.0) << x;
  }
}

TEST(Lstm, PrintedNestMatchesGolden) {
  std::mt19937 rng(91);
  ops::LstmParams p = randomLstm(rng);
  p.timeSteps = 2, p.inputSize = 3, p.units = 2, p.cellClip = 1000;
  for (auto &g : p.gates) {
    g.inputWeights.resize(6), g.recurrentWeights.resize(4), g.bias.resize(2);
  }
  checkGolden(ir::toString(ops::buildLstm(p, "lstm_small").take()), "lstm_small.txt");
}

TEST(Lstm, RefusesImpossibleParameters) {
  std::mt19937 rng(92);
  auto expectError = [&](auto change, const std::string &fragment) {
    ops::LstmParams p = randomLstm(rng);
    change(p);
    auto s = ops::validate(p);
    ASSERT_FALSE(s.ok()) << fragment;
    EXPECT_NE(s.error().message.find(fragment), std::string::npos) << s.error().message;
    EXPECT_FALSE(ops::buildLstm(p, "bad").ok());
  };
  expectError([](ops::LstmParams &p) { p.units = 0; }, "units");
  expectError([](ops::LstmParams &p) { p.gates[2].bias.pop_back(); }, "cell gate: bias");
  expectError([](ops::LstmParams &p) { p.gates[1].recurrentWeights.push_back(1); },
              "forget gate: recurrent weights");
  expectError([](ops::LstmParams &p) { p.cellScalePower = -16; }, "cell state scale 2^-16");
  expectError([](ops::LstmParams &p) { p.cellClip = -1; }, "cell clip -1");
  expectError([](ops::LstmParams &p) { p.hiddenZeroPoint = 200; }, "hidden zero point");
}

// A one-node LSTM graph as TFLite exports it: 24 operands, the states variable tensors.
graph::Graph lstmGraph(int timeSteps, int inputSize, int units) {
  graph::Graph g;
  g.name = "lstm";
  auto tensor = [&](graph::DataType type, std::vector<int32_t> shape, float scale, int64_t zp,
                    bool constant) {
    return addTensor(g, type, std::move(shape), scale, zp, constant);
  };
  using graph::DataType;
  graph::Node n;
  n.op = graph::OpType::UnidirectionalSequenceLstm;
  n.inputs.push_back(tensor(DataType::Int8, {1, timeSteps, inputSize}, 0.05f, -3, false));
  for (int k = 0; k < 4; ++k)
    n.inputs.push_back(tensor(DataType::Int8, {units, inputSize}, 0.01f, 0, true));
  for (int k = 0; k < 4; ++k)
    n.inputs.push_back(tensor(DataType::Int8, {units, units}, 0.02f, 0, true));
  n.inputs.insert(n.inputs.end(), {-1, -1, -1});
  for (int k = 0; k < 4; ++k)
    n.inputs.push_back(tensor(DataType::Int32, {units}, 0.0005f, 0, true));
  n.inputs.insert(n.inputs.end(), {-1, -1});
  n.inputs.push_back(tensor(DataType::Int8, {1, units}, 1.0f / 128, -1, false));
  n.inputs.push_back(tensor(DataType::Int16, {1, units}, 1.0f / 2048, 0, false));
  g.tensors[static_cast<size_t>(n.inputs[18])].variable = true;
  g.tensors[static_cast<size_t>(n.inputs[19])].variable = true;
  n.inputs.insert(n.inputs.end(), {-1, -1, -1, -1});
  n.outputs = {tensor(DataType::Int8, {1, timeSteps, units}, 1.0f / 128, -1, false)};
  n.options = graph::LstmOptions{};
  g.nodes.push_back(n);
  g.inputs = {n.inputs[0]};
  g.outputs = n.outputs;
  return g;
}

Expected<ops::LstmParams> lowered(const graph::Graph &g) {
  int input = -1;
  auto l = graph::lowerNode(g, g.nodes[0], input);
  if (!l)
    return l.error();
  return std::get<ops::LstmParams>(std::get<ops::Op>(*l));
}

TEST(Lstm, LoweringFollowsTfliteMicro) {
  graph::Graph g = lstmGraph(5, 7, 3);
  g.nodes[0].options = graph::LstmOptions{true, 2.0f, 0.0f, false};
  auto p = lowered(g);
  ASSERT_TRUE(p.ok()) << p.error().message;
  EXPECT_EQ(p->timeSteps, 5);
  EXPECT_EQ(p->inputSize, 7);
  EXPECT_EQ(p->units, 3);
  EXPECT_EQ(p->inputZeroPoint, -3);
  EXPECT_EQ(p->hiddenZeroPoint, -1);
  EXPECT_EQ(p->cellScalePower, -11);
  EXPECT_EQ(p->cellClip, 4096);                     // 2.0 / 2^-11
  EXPECT_EQ(graph::macs(g, g.nodes[0]), p->macs()); // what bench and reports count
  // Input layer: 0.05 * 0.01 / 2^-12 (the product in float, as TFLM takes it).
  const auto q = ops::quantizeMultiplier(static_cast<double>(0.05f * 0.01f) * 4096);
  EXPECT_EQ(p->gates[0].inputScale.multiplier, q.multiplier);
  EXPECT_EQ(p->gates[0].inputScale.shift, q.shift);
  // The state tensors are not activations: only the input is read from the arena.
  const std::vector<int> read = graph::dataInputs(g, g.nodes[0]);
  EXPECT_EQ(read[0], g.nodes[0].inputs[0]);
  for (int k : {18, 19})
    EXPECT_EQ(std::count(read.begin(), read.end(), g.nodes[0].inputs[static_cast<size_t>(k)]), 0);
  EXPECT_EQ(graph::stateInputs(g, g.nodes[0]),
            (std::vector<int>{g.nodes[0].inputs[18], g.nodes[0].inputs[19]}));
}

TEST(Lstm, LoweringRefusesWhatTheIntegerKernelDoesNotRun) {
  auto expectRefusal = [](graph::Graph g, const std::string &fragment) {
    auto p = lowered(g);
    ASSERT_FALSE(p.ok()) << fragment;
    EXPECT_NE(p.error().message.find(fragment), std::string::npos) << p.error().message;
    EXPECT_NE(p.error().message.find("UNIDIRECTIONAL_SEQUENCE_LSTM"), std::string::npos)
        << p.error().message;
  };
  graph::Graph g = lstmGraph(2, 4, 3);
  g.nodes[0].inputs[1] = -1;
  expectRefusal(g, "CIFG");
  g = lstmGraph(2, 4, 3);
  g.nodes[0].inputs[10] = g.nodes[0].inputs[12];
  expectRefusal(g, "peephole");
  g = lstmGraph(2, 4, 3);
  g.nodes[0].inputs[16] = g.nodes[0].inputs[1];
  expectRefusal(g, "projection");
  g = lstmGraph(2, 4, 3);
  g.nodes[0].inputs[21] = g.nodes[0].inputs[12];
  expectRefusal(g, "layer normalisation");
  g = lstmGraph(2, 4, 3);
  g.tensors[static_cast<size_t>(g.nodes[0].inputs[19])].quantization.scales = {0.001f};
  expectRefusal(g, "not a power of two");
  g = lstmGraph(2, 4, 3);
  g.tensors[static_cast<size_t>(g.nodes[0].inputs[19])].variable = false;
  expectRefusal(g, "not variable tensors");
  g = lstmGraph(2, 4, 3);
  g.tensors[static_cast<size_t>(g.nodes[0].inputs[0])].shape = {2, 2, 4};
  expectRefusal(g, "batch 2");
  g = lstmGraph(2, 4, 3);
  g.tensors[static_cast<size_t>(g.nodes[0].outputs[0])].quantization.zeroPoints = {5};
  expectRefusal(g, "quantized differently");
}

} // namespace
} // namespace loom::testing
