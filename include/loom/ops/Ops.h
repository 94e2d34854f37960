// The int8 ops loom generates, described by their TFLite parameters, and the builders that turn
// them into loop nests. Layouts are TFLite's: activations NHWC (batch 1), conv weights OHWI,
// depthwise weights 1HWC (C = input channels x depth multiplier), fully-connected weights
// [out][in].
#pragma once

#include "loom/ir/Stmt.h"
#include "loom/ops/Quantization.h"
#include "loom/support/Error.h"

#include <cstdint>
#include <string>
#include <vector>

namespace loom::ops {

struct Padding {
  int top = 0, bottom = 0, left = 0, right = 0;
};

struct Conv2DParams {
  int inputHeight = 0, inputWidth = 0, inputChannels = 0, outputChannels = 0;
  int kernelHeight = 0, kernelWidth = 0;
  int strideHeight = 1, strideWidth = 1;
  // TFLite's dilation: tap k of the window reads input row (or column) o * stride + k * dilation
  // - padding; the window spans (kernel - 1) * dilation + 1 input rows.
  int dilationHeight = 1, dilationWidth = 1;
  Padding padding;
  int32_t inputZeroPoint = 0;
  std::vector<int8_t> weights; // [outputChannels][kernelHeight][kernelWidth][inputChannels]
  std::vector<int32_t> bias;   // [outputChannels]
  OutputStage output;

  int64_t windowHeight() const { return int64_t{kernelHeight - 1} * dilationHeight + 1; }
  int64_t windowWidth() const { return int64_t{kernelWidth - 1} * dilationWidth + 1; }
  int outputHeight() const;
  int outputWidth() const;
  int64_t macs() const;
};

// `channels` input channels; with a depth multiplier M, input channel c feeds output channels
// c * M ... c * M + M - 1 (TFLite's order), each with its own weights, bias and output stage.
struct DepthwiseConv2DParams {
  int inputHeight = 0, inputWidth = 0, channels = 0;
  int depthMultiplier = 1;
  int kernelHeight = 0, kernelWidth = 0;
  int strideHeight = 1, strideWidth = 1;
  // TFLite's dilation: tap k of the window reads input row (or column) o * stride + k * dilation
  // - padding; the window spans (kernel - 1) * dilation + 1 input rows.
  int dilationHeight = 1, dilationWidth = 1;
  Padding padding;
  int32_t inputZeroPoint = 0;
  std::vector<int8_t> weights; // [kernelHeight][kernelWidth][channels * depthMultiplier]
  std::vector<int32_t> bias;   // [channels * depthMultiplier]
  OutputStage output;

  int64_t windowHeight() const { return int64_t{kernelHeight - 1} * dilationHeight + 1; }
  int64_t windowWidth() const { return int64_t{kernelWidth - 1} * dilationWidth + 1; }
  int outputHeight() const;
  int outputWidth() const;
  int outputChannels() const { return channels * depthMultiplier; }
  int64_t macs() const;
};

// A 1x1 convolution (optionally strided), the bulk of MobileNet-style networks.
struct PointwiseConv2DParams {
  int inputHeight = 0, inputWidth = 0, inputChannels = 0, outputChannels = 0;
  int stride = 1;
  int32_t inputZeroPoint = 0;
  std::vector<int8_t> weights; // [outputChannels][inputChannels]
  std::vector<int32_t> bias;   // [outputChannels]
  OutputStage output;

  int outputHeight() const;
  int outputWidth() const;
  int64_t macs() const;
};

struct FullyConnectedParams {
  int batches = 1, inputSize = 0, outputSize = 0;
  int32_t inputZeroPoint = 0;
  std::vector<int8_t> weights; // [outputSize][inputSize]
  std::vector<int32_t> bias;   // [outputSize]
  OutputStage output;

  int64_t macs() const;
};

// " dilation 2x2" for a dilated window, "" for dilation 1 (descriptions and tuning keys, which
// stay as they were for undilated layers).
std::string dilationText(int height, int width);

// Each check names the op and the offending parameter; the builders run them first.
// validateShape checks only the shape (before any data is allocated for it).
Status validateShape(const Conv2DParams &p);
Status validateShape(const DepthwiseConv2DParams &p);
Status validateShape(const PointwiseConv2DParams &p);
Status validateShape(const FullyConnectedParams &p);
Status validate(const Conv2DParams &p);
Status validate(const DepthwiseConv2DParams &p);
Status validate(const PointwiseConv2DParams &p);
Status validate(const FullyConnectedParams &p);

// The naive loop nest of each op: one output element per innermost reduction, weights and the
// output stage as constant buffers. Kernel arguments: (input, output).
Expected<ir::Kernel> buildConv2D(const Conv2DParams &p, const std::string &name);
Expected<ir::Kernel> buildDepthwiseConv2D(const DepthwiseConv2DParams &p, const std::string &name);
// The in-place variant (TinyEngine's scheme): arguments (activations, plane). `activations` holds
// the input on entry and the output (in its first bytes) on exit; channel by channel, the input
// plane is copied to the one-channel scratch `plane` and the output channel written back over it.
// Legal because output channel c only overwrites bytes of input channel c.
// The plane is either int16, zero-point-subtracted, inside a zero border (the window needs no
// bounds checks and neighbouring taps pair into SMLADs), or int8 as the input (half the scratch
// or less, for plans where the plane sets the arena's peak; the window checks the padding).
enum class DepthwisePlane { Int16Padded, Int8 };
Expected<ir::Kernel>
buildDepthwiseConv2DInPlace(const DepthwiseConv2DParams &p, const std::string &name,
                            DepthwisePlane plane = DepthwisePlane::Int16Padded);
Expected<ir::Kernel> buildPointwiseConv2D(const PointwiseConv2DParams &p, const std::string &name);
Expected<ir::Kernel> buildFullyConnected(const FullyConnectedParams &p, const std::string &name);

} // namespace loom::ops
