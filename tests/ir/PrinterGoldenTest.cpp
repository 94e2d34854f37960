// Golden tests: the printed loop nests of a small conv and a small depthwise conv match the
// committed text in tests/golden/. Set LOOM_UPDATE_GOLDEN=1 to rewrite them after a deliberate
// change, and review the diff.
#include "../support/TestFiles.h"
#include "loom/ir/Printer.h"
#include "loom/ops/FloatOps.h"
#include "loom/ops/Ops.h"

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

} // namespace
} // namespace loom::testing
