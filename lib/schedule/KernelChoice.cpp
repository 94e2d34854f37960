// Kernel choice: tuned record, default rule or naive nest, for each form a plan calls.
#include "loom/schedule/KernelChoice.h"

#include <fmt/format.h>

#include <algorithm>

namespace loom::schedule {

namespace {

// Steps whose legality depends on a layer's quantization rather than on its shape: a record
// measured on one layer of a shape may meet another whose channels refuse them.
bool dependsOnQuantization(const Step &s) {
  return s.is<step::FoldZeroPoint>() || s.is<step::FastRequantize>();
}

} // namespace

std::optional<LegalSchedule> applicableTunedSteps(const ir::Kernel &naive, const Schedule &record) {
  LegalSchedule kept = legalSteps(naive, record.steps);
  if (std::all_of(kept.refused.begin(), kept.refused.end(),
                  [](const Refusal &r) { return dependsOnQuantization(r.step); }))
    return kept;
  return std::nullopt;
}

Expected<ChosenKernel> chooseKernel(const ops::AnyOp &op, const std::string &name, KernelForm form,
                                    const ScheduleSources &sources) {
  if (form == KernelForm::InPlace) {
    const auto *dw = std::get_if<ops::DepthwiseConv2DParams>(&op);
    if (!dw)
      return Error{fmt::format("{}: only a depthwise convolution runs in place", ops::opName(op))};
    auto naive = ops::buildDepthwiseConv2DInPlace(*dw, name);
    if (!naive)
      return naive.error();
    if (!sources.scheduled)
      return ChosenKernel{*naive, "", false, {}};
    LegalSchedule s = legalSteps(*naive, inPlaceDepthwiseCandidates(*dw));
    auto kernel = applySchedule(*naive, s.schedule);
    if (!kernel)
      return kernel.error();
    return ChosenKernel{*kernel, s.schedule.toText(), false, std::move(s.refused)};
  }
  auto naive = ops::buildKernel(op, name);
  if (!naive || !sources.scheduled)
    return naive ? Expected<ChosenKernel>{ChosenKernel{*naive, "", false, {}}}
                 : Expected<ChosenKernel>{naive.error()};
  if (sources.tuned)
    if (auto text = sources.tuned(op))
      if (auto record = parseSchedule(*text))
        if (auto kept = applicableTunedSteps(*naive, *record))
          if (auto kernel = applySchedule(*naive, kept->schedule))
            return ChosenKernel{*kernel, kept->schedule.toText(), true, std::move(kept->refused)};
  LegalSchedule s = legalSteps(*naive, defaultCandidates(op));
  auto kernel = applySchedule(*naive, s.schedule);
  if (!kernel)
    return kernel.error();
  return ChosenKernel{*kernel, s.schedule.toText(), false, std::move(s.refused)};
}

} // namespace loom::schedule
