// The schedule used for an op when no tuned schedule exists, chosen by rules per op class.
#pragma once

#include "loom/ops/AnyOp.h"
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

// The candidate steps of the in-place depthwise nest (ops::buildDepthwiseConv2DInPlace): two
// pixels per weight load, neighbouring taps paired into SMLADs, the window unrolled (the padded
// plane needs no border peeling).
// The int8-plane form: two pixels per weight load, the window unrolled, the border rows and
// columns peeled so the interior runs without padding checks.
std::vector<Step>
inPlaceDepthwiseCandidates(const ops::DepthwiseConv2DParams &p,
                           ops::DepthwisePlane plane = ops::DepthwisePlane::Int16Padded);
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
