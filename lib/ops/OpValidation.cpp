// Parameter checks and output shapes of the ops.
#include "OpChecks.h"
#include "loom/ops/Ops.h"

namespace loom::ops {

using namespace detail;

namespace {
int convOutput(int in, int padBefore, int padAfter, int64_t window, int stride) {
  return static_cast<int>((int64_t{in} + padBefore + padAfter - window) / stride + 1);
}

// The window of a convolution (dilation 1 for pools).
struct WindowShape {
  int h, w, kh, kw, sh, sw;
  Padding pad;
  int dh = 1, dw = 1;
};

Status checkWindow(const std::string &op, const WindowShape &s) {
  const auto [h, w, kh0, kw0, sh, sw, pad, dh, dw] = s;
  if (auto st = firstError(
          {checkPositive(op, "input height", h), checkPositive(op, "input width", w),
           checkPositive(op, "kernel height", kh0), checkPositive(op, "kernel width", kw0),
           checkPositive(op, "stride height", sh), checkPositive(op, "stride width", sw),
           checkPositive(op, "dilation height", dh), checkPositive(op, "dilation width", dw)});
      !st)
    return st;
  // The span of the dilated window (in int64: a huge dilation must not overflow).
  const int64_t kh = int64_t{kh0 - 1} * dh + 1, kw = int64_t{kw0 - 1} * dw + 1;
  if (pad.top < 0 || pad.bottom < 0 || pad.left < 0 || pad.right < 0)
    return Error{fmt::format("{}: negative padding t{} b{} l{} r{}", op, pad.top, pad.bottom,
                             pad.left, pad.right)};
  const int64_t ph = int64_t{h} + pad.top + pad.bottom, pw = int64_t{w} + pad.left + pad.right;
  if (kh > ph || kw > pw)
    return Error{fmt::format("{}: kernel {}x{}{} larger than padded input {}x{}", op, kh0, kw0,
                             dh == 1 && dw == 1 ? "" : fmt::format(" dilated {}x{}", dh, dw), ph,
                             pw)};
  return {};
}
} // namespace

std::string dilationText(int height, int width) {
  return height == 1 && width == 1 ? "" : fmt::format(" dilation {}x{}", height, width);
}

int Conv2DParams::outputHeight() const {
  return convOutput(inputHeight, padding.top, padding.bottom, windowHeight(), strideHeight);
}
int Conv2DParams::outputWidth() const {
  return convOutput(inputWidth, padding.left, padding.right, windowWidth(), strideWidth);
}
int64_t Conv2DParams::macs() const {
  return int64_t{outputHeight()} * outputWidth() * outputChannels * kernelHeight * kernelWidth *
         inputChannels;
}

int DepthwiseConv2DParams::outputHeight() const {
  return convOutput(inputHeight, padding.top, padding.bottom, windowHeight(), strideHeight);
}
int DepthwiseConv2DParams::outputWidth() const {
  return convOutput(inputWidth, padding.left, padding.right, windowWidth(), strideWidth);
}
int64_t DepthwiseConv2DParams::macs() const {
  return int64_t{outputHeight()} * outputWidth() * channels * depthMultiplier * kernelHeight *
         kernelWidth;
}

int PointwiseConv2DParams::outputHeight() const { return (inputHeight - 1) / stride + 1; }
int PointwiseConv2DParams::outputWidth() const { return (inputWidth - 1) / stride + 1; }
int64_t PointwiseConv2DParams::macs() const {
  return int64_t{outputHeight()} * outputWidth() * outputChannels * inputChannels;
}

int64_t FullyConnectedParams::macs() const { return int64_t{batches} * outputSize * inputSize; }

Status validateShape(const Conv2DParams &p) {
  const std::string op = "Conv2D";
  if (auto s = firstError({checkPositive(op, "input channels", p.inputChannels),
                           checkPositive(op, "output channels", p.outputChannels),
                           checkWindow(op, {p.inputHeight, p.inputWidth, p.kernelHeight,
                                            p.kernelWidth, p.strideHeight, p.strideWidth, p.padding,
                                            p.dilationHeight, p.dilationWidth})});
      !s)
    return s;
  return firstError(
      {checkElements(op, "input", {p.inputHeight, p.inputWidth, p.inputChannels}),
       checkElements(op, "output", {p.outputHeight(), p.outputWidth(), p.outputChannels}),
       checkElements(op, "weights",
                     {p.outputChannels, p.kernelHeight, p.kernelWidth, p.inputChannels})});
}

Status validate(const Conv2DParams &p) {
  const std::string op = "Conv2D";
  if (auto s = validateShape(p); !s)
    return s;
  return firstError(
      {checkSize(op, "weights", p.weights.size(),
                 int64_t{p.outputChannels} * p.kernelHeight * p.kernelWidth * p.inputChannels),
       checkSize(op, "bias", p.bias.size(), p.outputChannels),
       checkInt8(op, "input zero point", p.inputZeroPoint),
       validate(p.output, p.outputChannels, op)});
}

Status validateShape(const DepthwiseConv2DParams &p) {
  const std::string op = "DepthwiseConv2D";
  if (auto s = firstError({checkPositive(op, "channels", p.channels),
                           checkPositive(op, "depth multiplier", p.depthMultiplier),
                           checkWindow(op, {p.inputHeight, p.inputWidth, p.kernelHeight,
                                            p.kernelWidth, p.strideHeight, p.strideWidth, p.padding,
                                            p.dilationHeight, p.dilationWidth})});
      !s)
    return s;
  return firstError(
      {checkElements(op, "input", {p.inputHeight, p.inputWidth, p.channels}),
       checkElements(op, "output channels", {p.channels, p.depthMultiplier}),
       checkElements(op, "output", {p.outputHeight(), p.outputWidth(), p.outputChannels()}),
       checkElements(op, "weights", {p.kernelHeight, p.kernelWidth, p.outputChannels()})});
}

Status validate(const DepthwiseConv2DParams &p) {
  const std::string op = "DepthwiseConv2D";
  if (auto s = validateShape(p); !s)
    return s;
  return firstError({checkSize(op, "weights", p.weights.size(),
                               int64_t{p.kernelHeight} * p.kernelWidth * p.outputChannels()),
                     checkSize(op, "bias", p.bias.size(), p.outputChannels()),
                     checkInt8(op, "input zero point", p.inputZeroPoint),
                     validate(p.output, p.outputChannels(), op)});
}

Status validateShape(const PointwiseConv2DParams &p) {
  const std::string op = "PointwiseConv2D";
  if (auto s = firstError({checkPositive(op, "input height", p.inputHeight),
                           checkPositive(op, "input width", p.inputWidth),
                           checkPositive(op, "input channels", p.inputChannels),
                           checkPositive(op, "output channels", p.outputChannels),
                           checkPositive(op, "stride", p.stride)});
      !s)
    return s;
  return firstError(
      {checkElements(op, "input", {p.inputHeight, p.inputWidth, p.inputChannels}),
       checkElements(op, "output", {p.outputHeight(), p.outputWidth(), p.outputChannels}),
       checkElements(op, "weights", {p.outputChannels, p.inputChannels})});
}

Status validate(const PointwiseConv2DParams &p) {
  const std::string op = "PointwiseConv2D";
  if (auto s = validateShape(p); !s)
    return s;
  return firstError(
      {checkSize(op, "weights", p.weights.size(), int64_t{p.outputChannels} * p.inputChannels),
       checkSize(op, "bias", p.bias.size(), p.outputChannels),
       checkInt8(op, "input zero point", p.inputZeroPoint),
       validate(p.output, p.outputChannels, op)});
}

Status validateShape(const FullyConnectedParams &p) {
  const std::string op = "FullyConnected";
  if (auto s = firstError({checkPositive(op, "batches", p.batches),
                           checkPositive(op, "input size", p.inputSize),
                           checkPositive(op, "output size", p.outputSize)});
      !s)
    return s;
  return firstError({checkElements(op, "input", {p.batches, p.inputSize}),
                     checkElements(op, "output", {p.batches, p.outputSize}),
                     checkElements(op, "weights", {p.outputSize, p.inputSize})});
}

Status validate(const FullyConnectedParams &p) {
  const std::string op = "FullyConnected";
  if (auto s = validateShape(p); !s)
    return s;
  return firstError(
      {checkSize(op, "weights", p.weights.size(), int64_t{p.outputSize} * p.inputSize),
       checkSize(op, "bias", p.bias.size(), p.outputSize),
       checkInt8(op, "input zero point", p.inputZeroPoint), validate(p.output, p.outputSize, op)});
}

} // namespace loom::ops
