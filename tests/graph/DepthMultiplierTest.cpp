// DEPTHWISE_CONV_2D with a depth multiplier on a 1-channel input (TFLite Micro's person_detect and
// micro_speech start so) lowers to a convolution with one output channel per multiplier; on
// several input channels to a depthwise nest with the multiplier (four output channels of one
// input channel per SIMD word for multipliers of 4 and more). Checked against TFLite's
// reference_integer_ops::DepthwiseConvPerChannel written out here with the multiplier (output
// channel = input channel * M + m) on random shapes, through the host reference executor, the
// nests on the host JIT and in QEMU, and whole models in QEMU; weights that do not fit the
// multiplier are refused with the reason.
#include "../support/GraphBuilder.h"
#include "../support/KernelRuns.h"
#include "../support/OpCases.h"
#include "../support/TestFiles.h"
#include "loom/fixtures/RandomParams.h"
#include "loom/graph/Lowering.h"
#include "loom/graph/ReferenceExecutor.h"
#include "loom/model/ModelCompiler.h"
#include "loom/ops/Quantization.h"
#include "loom/ops/Reference.h"
#include "loom/qemu/QemuRunner.h"
#include "loom/schedule/DefaultSchedules.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cstring>
#include <random>

namespace loom::testing {
namespace {

struct Case {
  int height, width, inputChannels, multiplier, kernelHeight, kernelWidth, stride;
  bool same;
  graph::Activation activation;
};

int outputSize(int in, int k, int stride, bool same) {
  return same ? (in + stride - 1) / stride : (in - k) / stride + 1;
}

// One DEPTHWISE_CONV_2D node with random per-channel weights, bias and quantization.
graph::Graph depthwiseGraph(const Case &c, std::mt19937 &rng) {
  graph::Graph g;
  g.name = "depth_multiplier";
  const int channels = c.inputChannels * c.multiplier;
  const int oh = outputSize(c.height, c.kernelHeight, c.stride, c.same),
            ow = outputSize(c.width, c.kernelWidth, c.stride, c.same);
  std::uniform_int_distribution<int> zp(-128, 127), byte(-127, 127), bias(-3000, 3000);
  std::uniform_real_distribution<float> spread(0.5f, 2.0f);
  g.tensors.push_back(int8Tensor("input", {1, c.height, c.width, c.inputChannels}, 0.05f, zp(rng)));
  graph::Tensor w = int8Tensor("weights", {1, c.kernelHeight, c.kernelWidth, channels}, 0, 0);
  w.quantization.scales.clear(), w.quantization.zeroPoints.clear();
  for (int ch = 0; ch < channels; ++ch) {
    w.quantization.scales.push_back(0.004f * spread(rng));
    w.quantization.zeroPoints.push_back(0);
  }
  w.quantization.quantizedDimension = 3;
  for (int64_t i = 0; i < w.elementCount(); ++i)
    w.data.push_back(static_cast<uint8_t>(static_cast<int8_t>(byte(rng))));
  graph::Tensor b;
  b.name = "bias";
  b.type = graph::DataType::Int32;
  b.shape = {channels};
  for (int ch = 0; ch < channels; ++ch) {
    const int32_t v = bias(rng);
    b.data.resize(b.data.size() + 4);
    std::memcpy(b.data.data() + 4 * ch, &v, 4);
  }
  g.tensors.push_back(std::move(w));
  g.tensors.push_back(std::move(b));
  g.tensors.push_back(int8Tensor("output", {1, oh, ow, channels}, 0.06f * spread(rng), zp(rng)));
  graph::Node n;
  n.op = graph::OpType::DepthwiseConv2D;
  n.inputs = {0, 1, 2};
  n.outputs = {3};
  graph::ConvOptions o;
  o.padding = c.same ? graph::PaddingMode::Same : graph::PaddingMode::Valid;
  o.strideHeight = o.strideWidth = c.stride;
  o.depthMultiplier = c.multiplier;
  o.activation = c.activation;
  n.options = o;
  g.nodes.push_back(n);
  g.inputs = {0};
  g.outputs = {3};
  return g;
}

// TFLite's DepthwiseConvPerChannel (batch 1, dilation 1), padding as ComputePaddingHeightWidth.
std::vector<uint8_t> tfliteDepthwise(const graph::Graph &g, const Case &c,
                                     const std::vector<uint8_t> &input) {
  const auto &in = g.tensors[0], &w = g.tensors[1], &b = g.tensors[2], &out = g.tensors[3];
  const int oh = out.shape[1], ow = out.shape[2], channels = out.shape[3];
  const int padTop = c.same ? std::max((oh - 1) * c.stride + c.kernelHeight - c.height, 0) / 2 : 0;
  const int padLeft = c.same ? std::max((ow - 1) * c.stride + c.kernelWidth - c.width, 0) / 2 : 0;
  const int32_t inputOffset = -static_cast<int32_t>(in.quantization.zeroPoints[0]);
  const int32_t outputOffset = static_cast<int32_t>(out.quantization.zeroPoints[0]);
  int32_t lo = -128, hi = 127;
  if (c.activation == graph::Activation::Relu)
    lo = std::max(lo, outputOffset);
  std::vector<uint8_t> result(static_cast<size_t>(oh) * ow * channels);
  for (int oy = 0; oy < oh; ++oy)
    for (int ox = 0; ox < ow; ++ox)
      for (int ic = 0; ic < c.inputChannels; ++ic)
        for (int m = 0; m < c.multiplier; ++m) {
          const int oc = m + ic * c.multiplier;
          int32_t acc = 0;
          for (int ky = 0; ky < c.kernelHeight; ++ky)
            for (int kx = 0; kx < c.kernelWidth; ++kx) {
              const int iy = oy * c.stride - padTop + ky, ix = ox * c.stride - padLeft + kx;
              if (iy < 0 || iy >= c.height || ix < 0 || ix >= c.width)
                continue;
              const int32_t x = static_cast<int8_t>(
                  input[static_cast<size_t>((iy * c.width + ix) * c.inputChannels + ic)]);
              const int32_t f = static_cast<int8_t>(
                  w.data[static_cast<size_t>((ky * c.kernelWidth + kx) * channels + oc)]);
              acc += f * (x + inputOffset);
            }
          int32_t bias;
          std::memcpy(&bias, b.data.data() + 4 * oc, 4);
          acc += bias;
          const auto q = ops::quantizeMultiplier(
              static_cast<double>(in.quantization.scales[0]) *
              static_cast<double>(w.quantization.scales[static_cast<size_t>(oc)]) /
              static_cast<double>(out.quantization.scales[0]));
          acc = ops::reference::multiplyByQuantizedMultiplier(acc, q.multiplier, q.shift);
          acc = std::clamp(acc + outputOffset, lo, hi);
          result[static_cast<size_t>((oy * ow + ox) * channels + oc)] =
              static_cast<uint8_t>(static_cast<int8_t>(acc));
        }
  return result;
}

std::vector<Case> randomCases(std::mt19937 &rng, int count, int maxInputChannels = 1) {
  std::vector<Case> out;
  auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
  for (int i = 0; i < count; ++i) {
    Case c{pick(4, 20),
           pick(4, 20),
           pick(1, maxInputChannels),
           pick(2, 9),
           pick(1, 5),
           pick(1, 5),
           pick(1, 2),
           pick(0, 1) == 1,
           pick(0, 1) ? graph::Activation::Relu : graph::Activation::None};
    c.kernelHeight = std::min(c.kernelHeight, c.height);
    c.kernelWidth = std::min(c.kernelWidth, c.width);
    out.push_back(c);
  }
  if (maxInputChannels == 1) {
    out.push_back({49, 40, 1, 8, 10, 8, 2, true, graph::Activation::Relu}); // micro_speech's
    out.push_back({12, 12, 1, 4, 1, 1, 1, false, graph::Activation::None}); // 1x1: pointwise
  }
  return out;
}

std::vector<uint8_t> randomInput(const graph::Graph &g, std::mt19937 &rng) {
  std::vector<uint8_t> input(static_cast<size_t>(g.tensors[0].elementCount()));
  for (auto &v : input)
    v = static_cast<uint8_t>(rng());
  return input;
}

TEST(DepthMultiplier, OnOneInputChannelLowersToAConvolutionWithTflitesResults) {
  std::mt19937 rng(15);
  for (const Case &c : randomCases(rng, 40)) {
    SCOPED_TRACE(fmt::format("{}x{} k{}x{} stride {} multiplier {}{}", c.height, c.width,
                             c.kernelHeight, c.kernelWidth, c.stride, c.multiplier,
                             c.same ? " same" : " valid"));
    const graph::Graph g = depthwiseGraph(c, rng);
    int input = -1;
    auto lowered = graph::lowerNode(g, g.nodes[0], input);
    ASSERT_TRUE(lowered.ok()) << lowered.error().message;
    const auto &op = std::get<ops::Op>(*lowered);
    EXPECT_TRUE(std::holds_alternative<ops::Conv2DParams>(op) ||
                std::holds_alternative<ops::PointwiseConv2DParams>(op))
        << ops::opName(op);
    const auto x = randomInput(g, rng);
    auto got = graph::runReference(g, x);
    ASSERT_TRUE(got.ok()) << got.error().message;
    EXPECT_EQ(*got, tfliteDepthwise(g, c, x));
  }
}

// On several input channels the layer stays a depthwise convolution with the multiplier.
TEST(DepthMultiplier, OnSeveralInputChannelsMatchesTflite) {
  std::mt19937 rng(18);
  for (Case c : randomCases(rng, 30, 6)) {
    c.inputChannels = std::max(c.inputChannels, 2);
    SCOPED_TRACE(fmt::format("{}x{}x{} k{}x{} stride {} multiplier {}{}", c.height, c.width,
                             c.inputChannels, c.kernelHeight, c.kernelWidth, c.stride, c.multiplier,
                             c.same ? " same" : " valid"));
    const graph::Graph g = depthwiseGraph(c, rng);
    int input = -1;
    auto lowered = graph::lowerNode(g, g.nodes[0], input);
    ASSERT_TRUE(lowered.ok()) << lowered.error().message;
    const auto *dw = std::get_if<ops::DepthwiseConv2DParams>(&std::get<ops::Op>(*lowered));
    ASSERT_NE(dw, nullptr);
    EXPECT_EQ(dw->depthMultiplier, c.multiplier);
    const auto x = randomInput(g, rng);
    auto got = graph::runReference(g, x);
    ASSERT_TRUE(got.ok()) << got.error().message;
    EXPECT_EQ(*got, tfliteDepthwise(g, c, x));
  }
}

// The nest, its default schedule (SIMD lanes over the multiplier from 4 up) and a point of the
// tuner's space against the reference kernel on the host JIT; every fourth in QEMU.
TEST(DepthMultiplier, NestsOnSeveralInputChannelsMatchReferenceOnJitAndQemu) {
  std::mt19937 rng(19);
  for (int n = 0; n < 24; ++n) {
    ops::DepthwiseConv2DParams p;
    p.channels = pick(rng, 2, 7), p.depthMultiplier = std::array{2, 3, 4, 5, 8}[pick(rng, 0, 4)];
    p.kernelHeight = pick(rng, 1, 5), p.kernelWidth = pick(rng, 1, 5);
    p.strideHeight = p.strideWidth = pick(rng, 1, 2);
    p.padding = {pick(rng, 0, p.kernelHeight / 2), pick(rng, 0, p.kernelHeight / 2),
                 pick(rng, 0, p.kernelWidth / 2), pick(rng, 0, p.kernelWidth / 2)};
    p.inputHeight = pick(rng, p.kernelHeight, 12), p.inputWidth = pick(rng, p.kernelWidth, 12);
    ops::fillRandom(p, rng, {.positiveShifts = n % 3 == 0});
    const ops::AnyOp op = p;
    SCOPED_TRACE(ops::describe(op));
    const auto input = ops::randomInt8(ops::inputBytes(op), rng);
    std::vector<int8_t> expected(ops::outputBytes(op));
    ops::reference::depthwiseConv2D(p, input.data(), expected.data());
    const ir::Kernel naive = ops::buildKernel(op, fmt::format("dm_{}", n)).take();
    EXPECT_EQ(runJit(naive, input, expected.size()), expected) << "naive";
    const schedule::Schedule s = schedule::defaultSchedule(op, naive);
    SCOPED_TRACE(s.toText());
    EXPECT_EQ(s.toText().find("simd_lanes m.i") != std::string::npos, p.depthMultiplier >= 4);
    const ir::Kernel k = schedule::applySchedule(naive, s).take();
    EXPECT_EQ(runJit(k, input, expected.size()), expected) << "default schedule";
    if (n % 4 == 0) {
      auto run = qemu::runKernelInQemu(
          k, {n % 8 ? codegen::Cpu::CortexM4 : codegen::Cpu::CortexM7, codegen::FloatAbi::Hard},
          {std::vector<uint8_t>(input.begin(), input.end())},
          std::filesystem::path(LOOM_BINARY_DIR) / "test-work" / "depth_multiplier" / k.name);
      ASSERT_TRUE(run.ok()) << run.error().message;
      EXPECT_EQ(std::vector<int8_t>(run->outputs[1].begin(), run->outputs[1].end()), expected)
          << "QEMU";
    }
    if (auto tuned = randomLegalSchedule(op, naive, rng)) {
      EXPECT_EQ(runJit(schedule::applySchedule(naive, *tuned).take(), input, expected.size()),
                expected)
          << "tuner point:\n"
          << tuned->toText();
    }
  }
}

// The compiled kernels in QEMU, on both cores, with the plan users ship (in-place depthwise: the
// layer must not be taken for one that can write over its input).
TEST(DepthMultiplier, RunsInQemuOnCortexM7AndM4) {
  std::mt19937 rng(16);
  const std::vector<Case> cases = {{20, 17, 1, 8, 3, 3, 2, true, graph::Activation::Relu},
                                   {11, 9, 1, 3, 2, 4, 1, false, graph::Activation::None},
                                   {13, 10, 3, 4, 3, 3, 1, true, graph::Activation::Relu},
                                   {9, 12, 5, 2, 5, 3, 2, true, graph::Activation::None}};
  for (size_t i = 0; i < cases.size(); ++i) {
    const graph::Graph g = depthwiseGraph(cases[i], rng);
    auto m = model::compileModel(g, {.inPlaceDepthwise = true});
    ASSERT_TRUE(m.ok()) << m.error().message;
    const auto x = randomInput(g, rng);
    const auto expected = tfliteDepthwise(g, cases[i], x);
    for (auto cpu : {codegen::Cpu::CortexM7, codegen::Cpu::CortexM4}) {
      const codegen::Target target{cpu, codegen::FloatAbi::Hard};
      const auto dir = std::filesystem::path(LOOM_BINARY_DIR) / "test-work" / "depth_multiplier" /
                       fmt::format("case{}_{}", i, target.name());
      model::writeModel(*m, target, dir / "gen").check();
      auto run =
          qemu::runModelInQemu(target, dir / "gen", m->name, m->plan.arenaBytes, x, dir / "run");
      ASSERT_TRUE(run.ok()) << run.error().message;
      EXPECT_EQ(run->output, expected) << target.name();
    }
  }
}

TEST(DepthMultiplier, WeightsThatDoNotFitTheMultiplierAreRefusedWithTheReason) {
  std::mt19937 rng(17);
  graph::Graph g = depthwiseGraph({8, 8, 3, 2, 3, 3, 1, true, graph::Activation::None}, rng);
  std::get<graph::ConvOptions>(g.nodes[0].options).depthMultiplier = 3; // 6 weight channels
  int input = -1;
  auto lowered = graph::lowerNode(g, g.nodes[0], input);
  ASSERT_FALSE(lowered.ok());
  EXPECT_NE(
      lowered.error().message.find(
          "weights of shape [1, 3, 3, 6] do not fit 3 input channels with depth multiplier 3"),
      std::string::npos)
      << lowered.error().message;
  EXPECT_FALSE(model::compileModel(g).ok());
  ops::DepthwiseConv2DParams p;
  p.inputHeight = p.inputWidth = 4, p.channels = 2, p.kernelHeight = p.kernelWidth = 3;
  p.depthMultiplier = 0;
  auto s = ops::validateShape(p);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.error().message.find("depth multiplier"), std::string::npos) << s.error().message;
  p.depthMultiplier = 2;
  std::mt19937 r(3);
  ops::fillRandom(p, r);
  auto inPlace = ops::buildDepthwiseConv2DInPlace(p, "dm_in_place");
  ASSERT_FALSE(inPlace.ok());
  EXPECT_NE(inPlace.error().message.find("depth multiplier 2"), std::string::npos);
}

} // namespace
} // namespace loom::testing
