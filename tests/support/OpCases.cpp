// Random op configurations and the runners the equivalence tests share.
#include "OpCases.h"

#include "loom/codegen/Codegen.h"
#include "loom/fixtures/RandomParams.h"

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

OpParams randomCase(OpKind kind, std::mt19937 &rng, const ops::RandomOptions &options) {
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
    ops::fillRandom(p, rng, options);
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
    ops::fillRandom(p, rng, options);
    return p;
  }
  case OpKind::PointwiseConv2D: {
    ops::PointwiseConv2DParams p;
    p.inputHeight = size(rng, 10);
    p.inputWidth = size(rng, 10);
    p.inputChannels = size(rng, 40);
    p.outputChannels = size(rng, 40);
    p.stride = pick(rng, 0, 4) == 0 ? 2 : 1;
    ops::fillRandom(p, rng, options);
    return p;
  }
  case OpKind::FullyConnected: {
    ops::FullyConnectedParams p;
    p.batches = pick(rng, 0, 3) == 0 ? pick(rng, 2, 3) : 1;
    p.inputSize = size(rng, 200);
    p.outputSize = size(rng, 60);
    ops::fillRandom(p, rng, options);
    return p;
  }
  }
  return {};
}

std::string describeCase(const OpParams &p) {
  return fmt::format("{}, shifts [{}]", ops::describe(p),
                     fmt::join(ops::outputStage(p).shifts, ","));
}

std::pair<int32_t, int32_t> activationRange(const OpParams &p) {
  const auto &s = ops::outputStage(p);
  return {s.activationMin, s.activationMax};
}

ir::Kernel build(const OpParams &p, const std::string &name) {
  return ops::buildKernel(p, name).take();
}

std::vector<int8_t> runJit(const ir::Kernel &kernel, const std::vector<int8_t> &input,
                           size_t outputBytes) {
  auto jit = codegen::JitKernel::compile(kernel).take();
  // Poisoned output and scratch: an element the kernel forgets to write shows up as a mismatch.
  std::vector<int8_t> out(outputBytes, static_cast<int8_t>(0xA5));
  std::vector<std::vector<int8_t>> scratch;
  std::vector<void *> args;
  for (const auto &b : kernel.arguments) {
    if (b->role == ir::BufferRole::Input)
      args.push_back(const_cast<int8_t *>(input.data()));
    else if (b->role == ir::BufferRole::Output)
      args.push_back(out.data());
    else
      args.push_back(scratch.emplace_back(static_cast<size_t>(b->byteSize()), 0x5A).data());
  }
  jit->run(args).check();
  return out;
}

} // namespace loom::testing
