// Default schedules by op class. The shapes of the blocks follow what fits the Cortex-M register
// file (r0-r12 and lr): a few accumulators plus the unpacked operands of one reduction step.
// The default rules keep fast_requantize's shift tables as int8 (kRequantize; mcunet-vww0: 15 KB
// less flash, 0.1% more instructions); a tuned record says which form it measured.
#include "loom/schedule/DefaultSchedules.h"

#include <fmt/format.h>

#include <algorithm>

namespace loom::schedule {

namespace {

using step::FastRequantize, step::FoldZeroPoint, step::Im2col, step::Layout, step::PadReduction,
    step::RegisterBlock, step::Reorder, step::Simd, step::SimdLanes, step::Split, step::Unroll;

// Every default rule requantizes with int8 shift tables: the flash of the per-channel shifts
// and masks shrinks to a quarter for a fraction of a percent of instructions.
const FastRequantize kRequantize{.int8Shifts = true};

} // namespace

std::vector<Step> defaultCandidates(const ops::AnyOp &op) {
  return std::visit(
      [](const auto &p) -> std::vector<Step> {
        using T = std::decay_t<decltype(p)>;
        if constexpr (std::is_same_v<T, ops::PointwiseConv2DParams>) {
          // Few input channels (the expand layers): a 2x2 block would keep both pixels' unpacked
          // inputs live across the channel loop and spill them. Channel outermost instead: its
          // Cin/2 unpacked weight pairs stay in registers over the whole image, and four
          // pixels share them (measured at Cin 8: 0.84x on the M7 and M4; at Cin 16 the 2x2
          // block is as good or better).
          if (p.inputChannels <= 8) {
            const int ow = p.outputWidth(), block = ow >= 4 ? 4 : ow >= 2 ? 2 : 1;
            if (block == 1)
              return {FoldZeroPoint{}, Reorder{{"oc", "oy", "ox"}}, Simd{"ic"}, kRequantize};
            return {FoldZeroPoint{},
                    Split{"ox", block, Tail::Shift},
                    Reorder{{"oc", "oy", "ox.o", "ox.i"}},
                    RegisterBlock{{"ox.i"}},
                    Simd{"ic"},
                    kRequantize};
          }
          // Cin 16 on rows of 4 or more: four pixels per block with the output channel inside
          // the block loop, the reduction unrolled (measured on mcunet-vww0's 32x32x16 -> 8,
          // 16x16x16 -> 64 and -> 80: 0.90x-0.91x the 2x2 block; at Cin 24 and more the 2x2
          // block is better).
          if (p.inputChannels <= 16 && p.outputWidth() >= 4)
            return {FoldZeroPoint{},
                    Split{"ox", 4, Tail::Shift},
                    Reorder{{"oy", "ox.o", "oc", "ox.i"}},
                    RegisterBlock{{"ox.i"}},
                    Simd{"ic"},
                    Unroll{"ic.o", 4},
                    kRequantize};
          // Expand layers on maps 4 columns wide: two pixels per block, the output channel inside
          // it, the reduction unrolled (measured on mcunet-vww0's 4x4x40 -> 120 and -> 160, 4x4x48
          // -> 192 and -> 240: 0.89x-0.96x the 2x2 block; on its 2x2 maps 1.33x, so not there).
          if (p.outputChannels >= 3 * p.inputChannels && p.outputWidth() == 4)
            return {FoldZeroPoint{},
                    Split{"ox", 2, Tail::Shift},
                    Reorder{{"oy", "ox.o", "oc", "ox.i"}},
                    RegisterBlock{{"ox.i"}},
                    Simd{"ic"},
                    Unroll{"ic.o", 4},
                    kRequantize};
          // 2x2: four accumulators plus the unpacked operands stay in registers; 2x4 spills.
          return {FoldZeroPoint{},
                  Split{"ox", 2, Tail::Shift},
                  Split{"oc", 2, Tail::Shift},
                  Reorder{{"oy", "ox.o", "oc.o", "ox.i", "oc.i"}},
                  RegisterBlock{{"ox.i", "oc.i"}},
                  Simd{"ic"},
                  kRequantize};
        } else if constexpr (std::is_same_v<T, ops::FullyConnectedParams>) {
          return {FoldZeroPoint{}, Split{"o", 4, Tail::Shift}, RegisterBlock{{"o.i"}}, Simd{"i"},
                  kRequantize};
        } else if constexpr (std::is_same_v<T, ops::Conv2DParams>) {
          // The patch of two output pixels is copied once and shared by every output channel;
          // padding becomes zero-point bytes, so the reduction is one dense SIMD loop.
          std::vector<Step> steps = {Split{"ox", 2, Tail::Shift}, Split{"oc", 2, Tail::Shift},
                                     Reorder{{"oy", "ox.o", "oc.o", "ox.i", "oc.i"}},
                                     Im2col{"ox.o", "ox.i"}, FoldZeroPoint{}};
          // A network's first layer (an image or a spectrogram of 1-4 channels, at most 2 KiB
          // of weights): its short reduction is padded to whole words (no scalar tail) and
          // unrolled, and its weights are stored as int16 pairs (no unpacking; mcunet-vww0:
          // 923,113 -> 741,080 instructions for 432 B of flash). Deeper convolutions, and the
          // pad and unroll without the int16 pairs, measured slower.
          const int reduction = p.kernelHeight * p.kernelWidth * p.inputChannels;
          const bool firstLayer =
              p.inputChannels <= 4 && int64_t{reduction} * p.outputChannels <= 2048;
          if (firstLayer && reduction % 4 != 0)
            steps.push_back(PadReduction{"r", (reduction + 3) / 4 * 4});
          steps.push_back(RegisterBlock{{"ox.i", "oc.i"}});
          steps.push_back(Simd{"r"});
          if (firstLayer) {
            steps.push_back(Unroll{"r.o", 2});
            steps.push_back(Layout{"weights", "int16"});
          }
          steps.push_back(kRequantize);
          return steps;
        } else {
          // A depth multiplier of 4 or more: four output channels of one input channel per word
          // of weights against the broadcast input byte. Smaller ones stay scalar.
          if (p.depthMultiplier >= 4)
            return {Split{"m", 4, Tail::Shift},
                    RegisterBlock{{"m.i"}},
                    SimdLanes{"m.i"},
                    Unroll{"ky", 0},
                    Unroll{"kx", 0},
                    kRequantize};
          if (p.depthMultiplier > 1)
            return {RegisterBlock{{"m"}}, Unroll{"ky", 0}, Unroll{"kx", 0}, kRequantize};
          // Depthwise: four channels per word (SXTAB16 + SMLABB/SMLATT); the kernel window is
          // unrolled so the padding checks and addresses fold into constants per tap.
          return {Split{"c", 4, Tail::Shift},
                  RegisterBlock{{"c.i"}},
                  SimdLanes{"c.i"},
                  Unroll{"ky", 0},
                  Unroll{"kx", 0},
                  kRequantize};
        }
      },
      op);
}

LegalSchedule legalSteps(const ir::Kernel &kernel, const std::vector<Step> &candidates) {
  LegalSchedule kept;
  ir::Kernel current = kernel;
  for (const auto &step : candidates) {
    auto next = applyStep(current, step);
    if (!next) {
      // The primitive refused it for this shape: the rule falls back to not using it, and says so.
      kept.refused.push_back({step, next.error().message});
      continue;
    }
    current = std::move(*next);
    kept.schedule.steps.push_back(step);
  }
  return kept;
}

Schedule defaultSchedule(const ops::AnyOp &op, const ir::Kernel &naive) {
  return legalSteps(naive, defaultCandidates(op)).schedule;
}

std::vector<Step> peelBorderSteps(int in, int out, int kernel, int stride, int padBefore,
                                  const std::string &loop, int block) {
  const int before = (padBefore + stride - 1) / stride;
  const int lastInterior = (in - kernel + padBefore) / stride; // in - kernel + pad >= 0
  const int after = std::max(0, out - 1 - lastInterior);
  const int blocks = (out + block - 1) / block;
  const int b = (before + block - 1) / block, a = (after + block - 1) / block;
  if (b + a == 0 || b + a >= blocks)
    return {};
  return {step::Peel{loop, b, a}};
}

InPlaceDepthwiseChoice inPlaceDepthwiseChoice(const ops::DepthwiseConv2DParams &p,
                                              ops::DepthwisePlane plane) {
  InPlaceDepthwiseChoice c;
  if (plane == ops::DepthwisePlane::Int8)
    return c; // two pixels per weight load, the window unrolled, the borders peeled
  // Output pixels share each weight load: four on rows of 4 or more, where that measured fewer
  // instructions on mcunet-vww0; two on narrower ones. Odd pixels take their odd tap first on
  // rows of 32 or more at stride 1 that the blocks divide: the block then reads each word once
  // (measured on mcunet-vww0's 32-wide layers; 16- and 8-wide rows got slower). A row the blocks
  // do not divide shifts its last block, whose parity is then unknown.
  c.pixels = p.outputWidth() >= 4 ? 4 : 2;
  c.phased = p.strideWidth == 1 && p.kernelWidth % 2 == 1 && p.outputWidth() >= 32 &&
             p.outputWidth() % c.pixels == 0;
  return c;
}

std::vector<Step> inPlaceDepthwiseSteps(const ops::DepthwiseConv2DParams &p,
                                        ops::DepthwisePlane plane,
                                        const InPlaceDepthwiseChoice &c) {
  std::vector<Step> steps;
  const bool blocked = c.pixels > 1;
  if (blocked)
    steps = {Split{"ox", c.pixels, Tail::Shift}, RegisterBlock{{"ox.i"}}};
  const std::string pixelLoop = blocked && p.outputWidth() >= c.pixels ? "ox.o" : "ox";
  if (plane == ops::DepthwisePlane::Int8) {
    if (c.unrollRows)
      steps.push_back(Unroll{"ky", 0});
    steps.push_back(Unroll{"kx", 0});
    if (c.fastRequantize)
      steps.push_back(kRequantize);
    if (c.peelBorders) {
      for (auto &s : peelBorderSteps(p.inputHeight, p.outputHeight(), p.kernelHeight,
                                     p.strideHeight, p.padding.top, "oy", 1))
        steps.push_back(s);
      for (auto &s : peelBorderSteps(p.inputWidth, p.outputWidth(), p.kernelWidth, p.strideWidth,
                                     p.padding.left, pixelLoop, std::max(1, c.pixels)))
        steps.push_back(s);
    }
    return steps;
  }
  // Channel by channel over the padded int16 plane: each pair of neighbouring taps is one SMLAD
  // (not in a dilated row, whose taps are not neighbours).
  const bool pairTaps = c.pairTaps && p.kernelWidth >= 2 && p.dilationWidth == 1;
  if (pairTaps)
    steps.push_back(Simd{"kx", c.phased});
  if (c.unrollRows)
    steps.push_back(Unroll{"ky", 0});
  if (pairTaps)
    steps.push_back(Unroll{"kx.o", 0});
  if (!pairTaps || p.kernelWidth % 2 == 1)
    steps.push_back(Unroll{"kx", 0});
  if (c.fastRequantize)
    steps.push_back(kRequantize);
  return steps;
}

std::vector<Step> inPlaceDepthwiseCandidates(const ops::DepthwiseConv2DParams &p,
                                             ops::DepthwisePlane plane) {
  return inPlaceDepthwiseSteps(p, plane, inPlaceDepthwiseChoice(p, plane));
}

std::vector<Step> defaultCandidates(const ops::AnyOp &op, ops::KernelForm form) {
  const auto *dw = std::get_if<ops::DepthwiseConv2DParams>(&op);
  if (form == ops::KernelForm::Plain || !dw)
    return defaultCandidates(op);
  return inPlaceDepthwiseCandidates(*dw, form == ops::KernelForm::InPlace
                                             ? ops::DepthwisePlane::Int16Padded
                                             : ops::DepthwisePlane::Int8);
}

Schedule defaultSchedule(const ops::AnyOp &op, ops::KernelForm form, const ir::Kernel &naive) {
  return legalSteps(naive, defaultCandidates(op, form)).schedule;
}

Schedule inPlaceDepthwiseSchedule(const ir::Kernel &naive, const ops::DepthwiseConv2DParams &p,
                                  ops::DepthwisePlane plane) {
  return legalSteps(naive, inPlaceDepthwiseCandidates(p, plane)).schedule;
}

Expected<ir::Kernel> buildDefaultKernel(const ops::AnyOp &op, const std::string &name) {
  auto naive = ops::buildKernel(op, name);
  if (!naive)
    return naive.error();
  return applySchedule(*naive, defaultSchedule(op, *naive));
}

} // namespace loom::schedule
