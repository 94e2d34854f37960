// Golden tests: the printed loop nests of a small conv and a small depthwise conv match the
// committed text in tests/golden/. Set LOOM_UPDATE_GOLDEN=1 to rewrite them after a deliberate
// change, and review the diff.
#include "../support/TestFiles.h"
#include "loom/ir/Printer.h"
#include "loom/ops/DataMovement.h"
#include "loom/ops/Elementwise.h"
#include "loom/ops/FloatOps.h"
#include "loom/ops/Ops.h"
#include "loom/ops/Quantization.h"
#include "loom/ops/Softmax.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

namespace loom::testing {
namespace {

ops::OutputStage stage(int channels) {
  ops::OutputStage s;
  for (int c = 0; c < channels; ++c) {
    auto q = ops::quantizeMultiplier(0.001 * (c + 1));
    s.multipliers.push_back(q.multiplier);
    s.shifts.push_back(q.shift);
  }
  s.outputZeroPoint = -3;
  s.activationMin = -3; // fused ReLU
  return s;
}

TEST(PrinterGolden, SmallConv2D) {
  ops::Conv2DParams p;
  p.inputHeight = 5;
  p.inputWidth = 5;
  p.inputChannels = 3;
  p.outputChannels = 4;
  p.kernelHeight = p.kernelWidth = 3;
  p.strideHeight = p.strideWidth = 2;
  p.padding = {1, 1, 1, 1};
  p.inputZeroPoint = 5;
  p.weights.assign(4 * 3 * 3 * 3, 1);
  p.bias.assign(4, 0);
  p.output = stage(4);
  checkGolden(ir::toString(ops::buildConv2D(p, "conv_small").take()), "conv2d_small.txt");
}

TEST(PrinterGolden, SmallDepthwiseConv2D) {
  ops::DepthwiseConv2DParams p;
  p.inputHeight = 6;
  p.inputWidth = 6;
  p.channels = 8;
  p.kernelHeight = p.kernelWidth = 3;
  p.padding = {1, 1, 1, 1};
  p.inputZeroPoint = -7;
  p.weights.assign(3 * 3 * 8, 2);
  p.bias.assign(8, 10);
  p.output = stage(8);
  checkGolden(ir::toString(ops::buildDepthwiseConv2D(p, "dw_small").take()), "depthwise_small.txt");
}

// The float32 boundary ops print their f32 constants exactly and their rounding steps as lets.
TEST(PrinterGolden, FloatQuantizeAndLogSoftmax) {
  ops::QuantizeFloatParams q;
  q.size = 12, q.scale = 0.0235186f, q.zeroPoint = -18;
  ops::LogSoftmaxFloatParams l;
  l.rows = 1, l.depth = 10;
  checkGolden(ir::toString(ops::buildQuantizeFloat(q, "quantize_small").take()) +
                  ir::toString(ops::buildLogSoftmaxFloat(l, "log_softmax_small").take()),
              "float_ops_small.txt");
}

// The binary elementwise ops beyond ADD/MUL (SUB's sign, MAXIMUM/MINIMUM's comparison, PRELU's
// select between its two multipliers) with a broadcast constant operand, QUANTIZE int16 -> int32
// and SOFTMAX int8 -> int16.
TEST(PrinterGolden, SubMaxMinPreluWideQuantizeAndSoftmax) {
  ops::BinaryOperands broadcast;
  broadcast.shape = {2, 3}, broadcast.strides1 = {3, 1}, broadcast.strides2 = {0, 1};
  broadcast.constant2 = {-5, 0, 7};
  ops::AddParams sub = ops::makeAddParams(6, 0.05, 3, 0.02, -4, 0.04, -10, -128, 127);
  sub.subtract = true, sub.operands = broadcast;
  ops::MaxMinParams max{6, broadcast, true};
  ops::PreluParams prelu{
      6, broadcast, -3, 4, -10, ops::quantizeMultiplier(1.25), ops::quantizeMultiplier(0.0125)};
  ops::RequantizeParams wide;
  wide.size = 4, wide.inputBits = 16, wide.outputBits = 32;
  const auto q = ops::quantizeMultiplier(0.5);
  wide.multiplier = q.multiplier, wide.shift = q.shift, wide.inputZeroPoint = -32768;
  ops::SoftmaxParams softmax = ops::makeSoftmaxParams(1, 2, 1.0, 0.07);
  softmax.outputBits = 16;
  checkGolden(ir::toString(ops::buildAdd(sub, "sub_small").take()) +
                  ir::toString(ops::buildMaxMin(max, "maximum_small").take()) +
                  ir::toString(ops::buildPrelu(prelu, "prelu_small").take()) +
                  ir::toString(ops::buildRequantize(wide, "quantize16_small").take()) +
                  ir::toString(ops::buildSoftmax(softmax, "softmax16_small").take()),
              "binary_and_wide_small.txt");
}

} // namespace
} // namespace loom::testing
