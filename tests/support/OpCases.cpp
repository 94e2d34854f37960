// Random op configurations and the runners the equivalence tests share.
#include "OpCases.h"

#include "loom/codegen/Codegen.h"
#include "loom/ops/RandomParams.h"
#include "loom/ops/Reference.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <array>

namespace loom::testing {

std::string name(OpKind k) {
  switch (k) {
  case OpKind::Conv2D: return "Conv2D";
  case OpKind::DepthwiseConv2D: return "DepthwiseConv2D";
  case OpKind::PointwiseConv2D: return "PointwiseConv2D";
  case OpKind::FullyConnected: return "FullyConnected";
  }
  return "?";
}

namespace {
int pick(std::mt19937 &rng, int lo, int hi) {
  return std::uniform_int_distribution<int>(lo, hi)(rng);
}

// Sizes skewed towards edges: 1 and odd values come up often.
int size(std::mt19937 &rng, int hi) {
  switch (pick(rng, 0, 3)) {
  case 0: return 1;
  case 1: return pick(rng, 1, 4) * 2 + 1;
  default: return pick(rng, 1, hi);
  }
}

ops::Padding randomPadding(std::mt19937 &rng, int kh, int kw) {
  if (pick(rng, 0, 3) == 0)
    return {};
  // Mostly symmetric k//2 (PyTorch style, as in MCUNet), sometimes arbitrary per side.
  if (pick(rng, 0, 1) == 0)
    return {kh / 2, kh / 2, kw / 2, kw / 2};
  return {pick(rng, 0, kh - 1), pick(rng, 0, kh - 1), pick(rng, 0, kw - 1), pick(rng, 0, kw - 1)};
}

// Grows the input until the (padded) input holds the kernel.
void fitInput(int &h, int &w, int kh, int kw, const ops::Padding &pad) {
  h = std::max(h, kh - pad.top - pad.bottom);
  w = std::max(w, kw - pad.left - pad.right);
  h = std::max(h, 1);
  w = std::max(w, 1);
}
} // namespace

OpParams randomCase(OpKind kind, std::mt19937 &rng) {
  switch (kind) {
  case OpKind::Conv2D: {
    ops::Conv2DParams p;
    p.kernelHeight = std::array{1, 3, 3, 5, 2}[pick(rng, 0, 4)];
    p.kernelWidth = pick(rng, 0, 3) == 0 ? pick(rng, 1, 5) : p.kernelHeight;
    p.strideHeight = pick(rng, 1, 2);
    p.strideWidth = pick(rng, 0, 3) == 0 ? pick(rng, 1, 3) : p.strideHeight;
    p.padding = randomPadding(rng, p.kernelHeight, p.kernelWidth);
    p.inputHeight = size(rng, 12);
    p.inputWidth = size(rng, 12);
    fitInput(p.inputHeight, p.inputWidth, p.kernelHeight, p.kernelWidth, p.padding);
    p.inputChannels = pick(rng, 0, 2) == 0 ? 3 : size(rng, 12);
    p.outputChannels = size(rng, 12);
    ops::fillRandom(p, rng);
    return p;
  }
  case OpKind::DepthwiseConv2D: {
    ops::DepthwiseConv2DParams p;
    p.kernelHeight = p.kernelWidth = std::array{3, 5, 7, 1, 2}[pick(rng, 0, 4)];
    if (pick(rng, 0, 4) == 0)
      p.kernelWidth = pick(rng, 1, 4);
    p.strideHeight = p.strideWidth = pick(rng, 1, 2);
    p.padding = randomPadding(rng, p.kernelHeight, p.kernelWidth);
    p.inputHeight = size(rng, 14);
    p.inputWidth = size(rng, 14);
    fitInput(p.inputHeight, p.inputWidth, p.kernelHeight, p.kernelWidth, p.padding);
    p.channels = size(rng, 20);
    ops::fillRandom(p, rng);
    return p;
  }
  case OpKind::PointwiseConv2D: {
    ops::PointwiseConv2DParams p;
    p.inputHeight = size(rng, 10);
    p.inputWidth = size(rng, 10);
    p.inputChannels = size(rng, 40);
    p.outputChannels = size(rng, 40);
    p.stride = pick(rng, 0, 4) == 0 ? 2 : 1;
    ops::fillRandom(p, rng);
    return p;
  }
  case OpKind::FullyConnected: {
    ops::FullyConnectedParams p;
    p.batches = pick(rng, 0, 3) == 0 ? pick(rng, 2, 3) : 1;
    p.inputSize = size(rng, 200);
    p.outputSize = size(rng, 60);
    ops::fillRandom(p, rng);
    return p;
  }
  }
  return {};
}

std::string describe(const OpParams &v) {
  return std::visit(
      [](const auto &p) -> std::string {
        using T = std::decay_t<decltype(p)>;
        std::string stage = fmt::format("zp_out={} act=[{},{}] shifts=[{}]",
                                        p.output.outputZeroPoint, p.output.activationMin,
                                        p.output.activationMax, fmt::join(p.output.shifts, ","));
        if constexpr (std::is_same_v<T, ops::Conv2DParams>)
          return fmt::format(
              "Conv2D in={}x{}x{} out_c={} k={}x{} s={}x{} pad=t{}b{}l{}r{} zp_in={} {}",
              p.inputHeight, p.inputWidth, p.inputChannels, p.outputChannels, p.kernelHeight,
              p.kernelWidth, p.strideHeight, p.strideWidth, p.padding.top, p.padding.bottom,
              p.padding.left, p.padding.right, p.inputZeroPoint, stage);
        else if constexpr (std::is_same_v<T, ops::DepthwiseConv2DParams>)
          return fmt::format(
              "DepthwiseConv2D in={}x{}x{} k={}x{} s={}x{} pad=t{}b{}l{}r{} zp_in={} {}",
              p.inputHeight, p.inputWidth, p.channels, p.kernelHeight, p.kernelWidth,
              p.strideHeight, p.strideWidth, p.padding.top, p.padding.bottom, p.padding.left,
              p.padding.right, p.inputZeroPoint, stage);
        else if constexpr (std::is_same_v<T, ops::PointwiseConv2DParams>)
          return fmt::format("PointwiseConv2D in={}x{}x{} out_c={} s={} zp_in={} {}", p.inputHeight,
                             p.inputWidth, p.inputChannels, p.outputChannels, p.stride,
                             p.inputZeroPoint, stage);
        else
          return fmt::format("FullyConnected batches={} in={} out={} zp_in={} {}", p.batches,
                             p.inputSize, p.outputSize, p.inputZeroPoint, stage);
      },
      v);
}

std::pair<int32_t, int32_t> activationRange(const OpParams &v) {
  return std::visit(
      [](const auto &p) {
        return std::pair{p.output.activationMin, p.output.activationMax};
      },
      v);
}

ir::Kernel build(const OpParams &v, const std::string &name) {
  return std::visit(
      [&](const auto &p) -> ir::Kernel {
        using T = std::decay_t<decltype(p)>;
        if constexpr (std::is_same_v<T, ops::Conv2DParams>)
          return ops::buildConv2D(p, name).take();
        else if constexpr (std::is_same_v<T, ops::DepthwiseConv2DParams>)
          return ops::buildDepthwiseConv2D(p, name).take();
        else if constexpr (std::is_same_v<T, ops::PointwiseConv2DParams>)
          return ops::buildPointwiseConv2D(p, name).take();
        else
          return ops::buildFullyConnected(p, name).take();
      },
      v);
}

size_t inputBytes(const OpParams &v) {
  return std::visit(
      [](const auto &p) -> size_t {
        using T = std::decay_t<decltype(p)>;
        if constexpr (std::is_same_v<T, ops::FullyConnectedParams>)
          return static_cast<size_t>(p.batches) * p.inputSize;
        else if constexpr (std::is_same_v<T, ops::DepthwiseConv2DParams>)
          return static_cast<size_t>(p.inputHeight) * p.inputWidth * p.channels;
        else
          return static_cast<size_t>(p.inputHeight) * p.inputWidth * p.inputChannels;
      },
      v);
}

size_t outputBytes(const OpParams &v) {
  return std::visit(
      [](const auto &p) -> size_t {
        using T = std::decay_t<decltype(p)>;
        if constexpr (std::is_same_v<T, ops::FullyConnectedParams>)
          return static_cast<size_t>(p.batches) * p.outputSize;
        else if constexpr (std::is_same_v<T, ops::DepthwiseConv2DParams>)
          return static_cast<size_t>(p.outputHeight()) * p.outputWidth() * p.channels;
        else
          return static_cast<size_t>(p.outputHeight()) * p.outputWidth() * p.outputChannels;
      },
      v);
}

std::vector<int8_t> runReference(const OpParams &v, const std::vector<int8_t> &input) {
  std::vector<int8_t> out(outputBytes(v));
  std::visit(
      [&](const auto &p) {
        using T = std::decay_t<decltype(p)>;
        if constexpr (std::is_same_v<T, ops::Conv2DParams>)
          ops::reference::conv2D(p, input.data(), out.data());
        else if constexpr (std::is_same_v<T, ops::DepthwiseConv2DParams>)
          ops::reference::depthwiseConv2D(p, input.data(), out.data());
        else if constexpr (std::is_same_v<T, ops::PointwiseConv2DParams>)
          ops::reference::pointwiseConv2D(p, input.data(), out.data());
        else
          ops::reference::fullyConnected(p, input.data(), out.data());
      },
      v);
  return out;
}

std::vector<int8_t> runJit(const ir::Kernel &kernel, const std::vector<int8_t> &input,
                           size_t outputBytes) {
  auto jit = codegen::JitKernel::compile(kernel).take();
  // Poisoned output: an element the kernel forgets to write shows up as a mismatch.
  std::vector<int8_t> out(outputBytes, static_cast<int8_t>(0xA5));
  jit->run({const_cast<int8_t *>(input.data()), out.data()}).check();
  return out;
}

} // namespace loom::testing
