// DEPTHWISE_CONV_2D with a depth multiplier on a 1-channel input (TFLite Micro's person_detect and
// micro_speech start so) lowers to a convolution with one output channel per multiplier. Checked
// against TFLite's reference_integer_ops::DepthwiseConvPerChannel written out here with the
// multiplier (output channel = input channel * M + m) on random shapes, through the host reference
// executor and in QEMU; a multiplier on several input channels is refused with its reason.
#include "../support/GraphBuilder.h"
#include "../support/TestFiles.h"
#include "loom/graph/Lowering.h"
#include "loom/graph/ReferenceExecutor.h"
#include "loom/model/ModelCompiler.h"
#include "loom/ops/Quantization.h"
#include "loom/ops/Reference.h"
#include "loom/qemu/QemuRunner.h"

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

std::vector<Case> randomCases(std::mt19937 &rng, int count) {
  std::vector<Case> out;
  auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
  for (int i = 0; i < count; ++i) {
    Case c{pick(4, 20),
           pick(4, 20),
           1,
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
  out.push_back({49, 40, 1, 8, 10, 8, 2, true, graph::Activation::Relu}); // micro_speech's layer
  out.push_back({12, 12, 1, 4, 1, 1, 1, false, graph::Activation::None}); // a 1x1: pointwise
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

// The compiled kernels in QEMU, on both cores, with the plan users ship (in-place depthwise: the
// layer must not be taken for one that can write over its input).
TEST(DepthMultiplier, RunsInQemuOnCortexM7AndM4) {
  std::mt19937 rng(16);
  const std::vector<Case> cases = {{20, 17, 1, 8, 3, 3, 2, true, graph::Activation::Relu},
                                   {11, 9, 1, 3, 2, 4, 1, false, graph::Activation::None}};
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

TEST(DepthMultiplier, OnSeveralInputChannelsIsRefusedWithItsReason) {
  std::mt19937 rng(17);
  const graph::Graph g = depthwiseGraph({8, 8, 3, 2, 3, 3, 1, true, graph::Activation::None}, rng);
  int input = -1;
  auto lowered = graph::lowerNode(g, g.nodes[0], input);
  ASSERT_FALSE(lowered.ok());
  EXPECT_NE(lowered.error().message.find("depth multiplier 2 on 3 input channels"),
            std::string::npos)
      << lowered.error().message;
  EXPECT_FALSE(model::compileModel(g).ok());
}

} // namespace
} // namespace loom::testing
