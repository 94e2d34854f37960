// Must-fail tests for op parameters: impossible shapes and quantization are refused with an error
// naming the op and the problem, before any nest is built.
#include "loom/fixtures/RandomParams.h"
#include "loom/ops/Ops.h"

#include <gtest/gtest.h>

namespace loom::testing {
namespace {

ops::Conv2DParams validConv() {
  ops::Conv2DParams p;
  p.inputHeight = p.inputWidth = 8;
  p.inputChannels = 3;
  p.outputChannels = 4;
  p.kernelHeight = p.kernelWidth = 3;
  p.padding = {1, 1, 1, 1};
  std::mt19937 rng(1);
  ops::fillRandom(p, rng);
  return p;
}

void expectError(Status s, const std::string &fragment) {
  ASSERT_FALSE(s.ok()) << "expected an error containing '" << fragment << "'";
  EXPECT_NE(s.error().message.find(fragment), std::string::npos) << s.error().message;
}

TEST(OpValidation, AcceptsAValidConv) { EXPECT_TRUE(ops::validate(validConv()).ok()); }

TEST(OpValidation, RefusesAKernelLargerThanThePaddedInput) {
  auto p = validConv();
  p.inputHeight = p.inputWidth = 2;
  p.kernelHeight = p.kernelWidth = 5;
  p.padding = {1, 1, 1, 1};
  std::mt19937 rng(2);
  ops::fillRandom(p, rng);
  expectError(ops::validate(p), "Conv2D: kernel 5x5 larger than padded input 4x4");
  auto built = ops::buildConv2D(p, "k");
  ASSERT_FALSE(built.ok());
}

TEST(OpValidation, RefusesAZeroStride) {
  auto p = validConv();
  p.strideWidth = 0;
  expectError(ops::validate(p), "stride width is 0");
  ops::DepthwiseConv2DParams d;
  d.inputHeight = d.inputWidth = 4;
  d.channels = 2;
  d.kernelHeight = d.kernelWidth = 3;
  d.strideHeight = 0;
  expectError(ops::validate(d), "DepthwiseConv2D: stride height is 0");
  ops::PointwiseConv2DParams pw;
  pw.inputHeight = pw.inputWidth = pw.inputChannels = pw.outputChannels = 2;
  pw.stride = 0;
  expectError(ops::validate(pw), "PointwiseConv2D: stride is 0");
}

TEST(OpValidation, RefusesAShiftOutOfRange) {
  auto p = validConv();
  p.output.shifts[2] = 31;
  expectError(ops::validate(p), "output shift 31 of channel 2 out of range [-31, 30]");
  p.output.shifts[2] = -32;
  expectError(ops::validate(p), "output shift -32 of channel 2 out of range");
}

TEST(OpValidation, RefusesZeroSizedTensors) {
  auto p = validConv();
  p.inputChannels = 0;
  expectError(ops::validate(p), "Conv2D: input channels is 0");
  ops::FullyConnectedParams fc;
  fc.inputSize = 0;
  fc.outputSize = 3;
  expectError(ops::validate(fc), "FullyConnected: input size is 0");
  ops::DepthwiseConv2DParams d;
  d.inputHeight = 0;
  d.inputWidth = 4;
  d.channels = 2;
  d.kernelHeight = d.kernelWidth = 3;
  expectError(ops::validate(d), "DepthwiseConv2D: input height is 0");
}

TEST(OpValidation, RefusesMismatchedWeightAndQuantizationSizes) {
  auto p = validConv();
  p.weights.pop_back();
  expectError(ops::validate(p), "weights has 107 values, expected 108");
  p = validConv();
  p.output.multipliers.pop_back();
  expectError(ops::validate(p), "3 multipliers and 4 shifts for 4 output channels");
}

TEST(OpValidation, RefusesBadZeroPointsAndActivationRanges) {
  auto p = validConv();
  p.inputZeroPoint = 200;
  expectError(ops::validate(p), "input zero point 200 outside int8");
  p = validConv();
  p.output.activationMin = 10;
  p.output.activationMax = 5;
  expectError(ops::validate(p), "activation range [10, 5]");
}

TEST(OpValidation, RefusesShapesThatOverflow) {
  ops::PointwiseConv2DParams pw;
  pw.inputHeight = pw.inputWidth = 50000;
  pw.inputChannels = 1000;
  pw.outputChannels = 1;
  expectError(ops::validate(pw), "input has more than 2^31-1 elements");
}

} // namespace
} // namespace loom::testing
