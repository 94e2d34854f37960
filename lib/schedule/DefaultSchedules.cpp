// Default schedules by op class. The shapes of the blocks follow what fits the Cortex-M register
// file (r0-r12 and lr): a few accumulators plus the unpacked operands of one reduction step.
#include "loom/schedule/DefaultSchedules.h"

#include <fmt/format.h>

#include <algorithm>

namespace loom::schedule {

namespace {

std::vector<std::string> candidates(const ops::AnyOp &op) {
  return std::visit(
      [](const auto &p) -> std::vector<std::string> {
        using T = std::decay_t<decltype(p)>;
        if constexpr (std::is_same_v<T, ops::PointwiseConv2DParams>) {
          // 2x2: four accumulators plus the unpacked operands stay in registers; 2x4 spills.
          return {"fold_zero_point",          "split ox 2 shift",
                  "split oc 2 shift",         "reorder oy ox.o oc.o ox.i oc.i",
                  "register_block ox.i oc.i", "simd ic",
                  "fast_requantize"};
        } else if constexpr (std::is_same_v<T, ops::FullyConnectedParams>) {
          return {"fold_zero_point", "split o 4 shift", "register_block o.i", "simd i",
                  "fast_requantize"};
        } else if constexpr (std::is_same_v<T, ops::Conv2DParams>) {
          // The patch of two output pixels is copied once and shared by every output channel;
          // padding becomes zero-point bytes, so the reduction is one dense SIMD loop.
          return {"split ox 2 shift", "split oc 2 shift", "reorder oy ox.o oc.o ox.i oc.i",
                  "im2col ox.o ox.i", "fold_zero_point",  "register_block ox.i oc.i",
                  "simd r",           "fast_requantize"};
        } else {
          // Depthwise: four channels per word (SXTAB16 + SMLABB/SMLATT); the kernel window is
          // unrolled so the padding checks and addresses fold into constants per tap.
          return {"split c 4 shift", "register_block c.i", "simd_lanes c.i",
                  "unroll ky",       "unroll kx",          "fast_requantize"};
        }
      },
      op);
}

} // namespace

Schedule legalSteps(const ir::Kernel &kernel, const std::vector<std::string> &candidates) {
  Schedule kept;
  ir::Kernel current = kernel;
  for (const auto &line : candidates) {
    auto step = parseSchedule(line);
    if (!step || step->steps.empty())
      continue;
    auto next = applySchedule(current, *step);
    if (!next)
      continue; // the primitive refused it for this shape: the rule falls back to not using it
    current = std::move(*next);
    kept.steps.push_back(step->steps.front());
  }
  return kept;
}

Schedule defaultSchedule(const ops::AnyOp &op, const ir::Kernel &naive) {
  return legalSteps(naive, candidates(op));
}

std::vector<std::string> peelBorderSteps(int in, int out, int kernel, int stride, int padBefore,
                                         const std::string &loop, int block) {
  const int before = (padBefore + stride - 1) / stride;
  const int lastInterior = (in - kernel + padBefore) / stride; // in - kernel + pad >= 0
  const int after = std::max(0, out - 1 - lastInterior);
  const int blocks = (out + block - 1) / block;
  const int b = (before + block - 1) / block, a = (after + block - 1) / block;
  if (b + a == 0 || b + a >= blocks)
    return {};
  return {fmt::format("peel {} {} {}", loop, b, a)};
}

Schedule inPlaceDepthwiseSchedule(const ir::Kernel &naive, const ops::DepthwiseConv2DParams &p) {
  // Channel by channel: two output pixels share each weight load; the window is unrolled.
  std::vector<std::string> steps = {"split ox 2 shift", "register_block ox.i", "unroll ky",
                                    "unroll kx", "fast_requantize"};
  for (auto &s : peelBorderSteps(p.inputHeight, p.outputHeight(), p.kernelHeight, p.strideHeight,
                                 p.padding.top, "oy", 1))
    steps.push_back(s);
  for (auto &s : peelBorderSteps(p.inputWidth, p.outputWidth(), p.kernelWidth, p.strideWidth,
                                 p.padding.left, p.outputWidth() >= 2 ? "ox.o" : "ox", 2))
    steps.push_back(s);
  return legalSteps(naive, steps);
}

Expected<ir::Kernel> buildDefaultKernel(const ops::AnyOp &op, const std::string &name) {
  auto naive = ops::buildKernel(op, name);
  if (!naive)
    return naive.error();
  return applySchedule(*naive, defaultSchedule(op, *naive));
}

} // namespace loom::schedule
