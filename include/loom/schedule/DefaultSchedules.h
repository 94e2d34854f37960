// The schedule used for an op when no tuned schedule exists, chosen by rules per op class.
#pragma once

#include "loom/ops/AnyOp.h"
#include "loom/ops/Layer.h"
#include "loom/schedule/Schedule.h"

namespace loom::schedule {

// A candidate step that its primitive refused for a kernel, and why.
struct Refusal {
  Step step;
  std::string reason;
};
struct LegalSchedule {
  Schedule schedule;            // the steps kept, in order
  std::vector<Refusal> refused; // the steps left out
};

// The rule's candidate steps for this op class, in order (typed: a default step cannot fail to
// parse).
std::vector<Step> defaultCandidates(const ops::AnyOp &op);

// The candidate steps that apply, in order, to `kernel`: each is kept only if its primitive's own
// legality check accepts it at that point (e.g. fast_requantize is dropped for a layer with a
// left-shifting channel); the others are listed with the primitive's reason.
LegalSchedule legalSteps(const ir::Kernel &kernel, const std::vector<Step> &candidates);

// legalSteps(naive, defaultCandidates(op)): a default schedule always applies.
Schedule defaultSchedule(const ops::AnyOp &op, const ir::Kernel &naive);
// The same for a kernel form: the in-place forms take inPlaceDepthwiseCandidates.
std::vector<Step> defaultCandidates(const ops::AnyOp &op, ops::KernelForm form);
Schedule defaultSchedule(const ops::AnyOp &op, ops::KernelForm form, const ir::Kernel &naive);

// The candidate steps of the in-place depthwise nest (ops::buildDepthwiseConv2DInPlace): two
// pixels per weight load, neighbouring taps paired into SMLADs, the window unrolled (the padded
// plane needs no border peeling).
// The int8-plane form: two pixels per weight load, the window unrolled, the border rows and
// columns peeled so the interior runs without padding checks.
std::vector<Step>
inPlaceDepthwiseCandidates(const ops::DepthwiseConv2DParams &p,
                           ops::DepthwisePlane plane = ops::DepthwisePlane::Int16Padded);
// The knobs of those steps (the tuner's space for the in-place forms); inPlaceDepthwiseChoice is
// the default rule's point.
struct InPlaceDepthwiseChoice {
  int pixels = 2;          // output pixels sharing each weight load (a register block)
  bool pairTaps = true;    // int16 plane: neighbouring taps as one SMLAD (undilated rows only)
  bool phased = false;     // int16 plane: odd pixels take their odd tap first
  bool unrollRows = true;  // the window's rows unrolled (its columns always are)
  bool peelBorders = true; // int8 plane: border rows and columns run apart
  bool fastRequantize = true;
};
InPlaceDepthwiseChoice inPlaceDepthwiseChoice(const ops::DepthwiseConv2DParams &p,
                                              ops::DepthwisePlane plane);
std::vector<Step> inPlaceDepthwiseSteps(const ops::DepthwiseConv2DParams &p,
                                        ops::DepthwisePlane plane, const InPlaceDepthwiseChoice &c);
Schedule inPlaceDepthwiseSchedule(const ir::Kernel &naive, const ops::DepthwiseConv2DParams &p,
                                  ops::DepthwisePlane plane = ops::DepthwisePlane::Int16Padded);

// "peel LOOP BEFORE AFTER" for a window op's output loop over blocks of `block` pixels: the
// blocks whose window reaches into the padding before or after the input, or nothing when every
// block does (or none).
std::vector<Step> peelBorderSteps(int inputSize, int outputSize, int kernel, int stride,
                                  int padBefore, const std::string &loop, int block);

// buildKernel + defaultSchedule + applySchedule.
Expected<ir::Kernel> buildDefaultKernel(const ops::AnyOp &op, const std::string &name);

} // namespace loom::schedule
