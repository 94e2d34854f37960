// The schedule used for an op when no tuned schedule exists, chosen by rules per op class.
#pragma once

#include "loom/ops/AnyOp.h"
#include "loom/schedule/Schedule.h"

namespace loom::schedule {

// The rule's candidate steps for this op, in order. Each step is kept only if its primitive's own
// legality check accepts it at that point (e.g. fast_requantize is dropped for a layer with a
// left-shifting channel), so a default schedule always applies.
Schedule defaultSchedule(const ops::AnyOp &op, const ir::Kernel &naive);

// The candidate steps (one primitive per string) that apply, in order, to `kernel`: each is kept
// only if its primitive accepts it at that point.
Schedule legalSteps(const ir::Kernel &kernel, const std::vector<std::string> &candidates);

// The default schedule of the in-place depthwise nest (ops::buildDepthwiseConv2DInPlace); its
// border rows and columns are peeled so the interior runs without padding checks.
Schedule inPlaceDepthwiseSchedule(const ir::Kernel &naive, const ops::DepthwiseConv2DParams &p);

// "peel LOOP BEFORE AFTER" for a window op's output loop over blocks of `block` pixels: the
// blocks whose window reaches into the padding before or after the input, or nothing when every
// block does (or none).
std::vector<std::string> peelBorderSteps(int inputSize, int outputSize, int kernel, int stride,
                                         int padBefore, const std::string &loop, int block);

// buildKernel + defaultSchedule + applySchedule.
Expected<ir::Kernel> buildDefaultKernel(const ops::AnyOp &op, const std::string &name);

} // namespace loom::schedule
