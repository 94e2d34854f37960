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

// The default schedule of the in-place depthwise nest (ops::buildDepthwiseConv2DInPlace).
Schedule inPlaceDepthwiseSchedule(const ir::Kernel &naive);

// buildKernel + defaultSchedule + applySchedule.
Expected<ir::Kernel> buildDefaultKernel(const ops::AnyOp &op, const std::string &name);

} // namespace loom::schedule
