// Kernel choice: tuned record, default rule or naive nest, for each form a plan calls.
#include "loom/schedule/KernelChoice.h"

#include "Accumulation.h"
#include "Requantization.h"
#include "loom/ir/Intrinsics.h"
#include "loom/ir/Printer.h"

#include <fmt/format.h>

#include <algorithm>

namespace loom::schedule {

namespace {

// Steps whose legality depends on a layer's quantization rather than on its shape: a record
// measured on one layer of a shape may meet another whose channels refuse them (a saturated
// channel keeps its own rounding offset).
bool dependsOnQuantization(const Step &s) {
  if (auto *l = std::get_if<step::Layout>(&s.record))
    return l->buffer == "requant" && l->format == "offsets_from_shifts";
  return s.is<step::FoldZeroPoint>() || s.is<step::FastRequantize>();
}

ChosenKernel chosen(ir::Kernel kernel, std::string text, bool tuned, std::vector<Refusal> refused) {
  std::string requantization = detail::describeRequantization(kernel);
  return ChosenKernel{std::move(kernel), std::move(text), tuned, std::move(refused),
                      std::move(requantization)};
}

} // namespace

Expected<ChosenKernel> chooseGlueKernel(const ir::Kernel &nest, const ScheduleSources &sources) {
  bool rescales = false;
  std::vector<Step> steps;
  ir::visit(nest.body, [&](const ir::Stmt &s) {
    if (auto *st = s->as<ir::Store>())
      rescales |=
          ir::toString(st->value).find(ir::kSatRoundingDoublingHighMul) != std::string::npos;
    // A loop that is a pure int8 dot product (an LSTM gate's fully connected layer) gets the
    // fully connected layer's SIMD reduction.
    if (auto *f = s->as<ir::For>()) {
      std::vector<const ir::Store *> others;
      auto macs = detail::findMacUpdates(f->body, &others);
      if (!macs.empty() && others.empty() && f->body->as<ir::Store>() &&
          std::none_of(macs.begin(), macs.end(), [](const auto &m) { return m.hasZeroPoint; }))
        steps.push_back(step::Simd{f->var});
    }
  });
  // An element-wise op (one loop `i` over a multiple of 4 outputs) writes four outputs per word
  // store; pack_store refuses a store that is not an int8 clamp, and split alone then only
  // unrolls by four.
  if (auto *f = nest.body->as<ir::For>(); f && f->var == "i") {
    auto extent = ir::constantValue(f->extent);
    if (extent && *extent >= 8 && *extent % 4 == 0) {
      steps.push_back(step::Split{"i", 4, Tail::Exact});
      steps.push_back(step::PackStore{"i.i"});
    }
  }
  if (rescales)
    steps.push_back(step::FastRescale{});
  if (!sources.scheduled || steps.empty())
    return chosen(nest, "", false, {});
  LegalSchedule s = legalSteps(nest, steps);
  auto kernel = applySchedule(nest, s.schedule);
  if (!kernel)
    return kernel.error();
  return chosen(*kernel, s.schedule.toText(), false, std::move(s.refused));
}

std::string quantizationClass(const ir::Kernel &naive) {
  if (!detail::findRequantization(naive))
    return "";
  auto folded = applyStep(naive, step::FoldZeroPoint{});
  return applyStep(folded ? *folded : naive, step::FastRequantize{}) ? "" : "exact requantization";
}

std::optional<LegalSchedule> applicableTunedSteps(const ir::Kernel &naive, const Schedule &record) {
  LegalSchedule kept = legalSteps(naive, record.steps);
  if (std::all_of(kept.refused.begin(), kept.refused.end(),
                  [](const Refusal &r) { return dependsOnQuantization(r.step); }))
    return kept;
  return std::nullopt;
}

namespace {

Expected<ChosenKernel> chooseScheduled(const ops::AnyOp &op, const std::string &name,
                                       KernelForm form, const ScheduleSources &sources) {
  auto naive = ops::buildLayerKernel(op, form, name);
  if (!naive || !sources.scheduled)
    return naive ? Expected<ChosenKernel>{chosen(*naive, "", false, {})}
                 : Expected<ChosenKernel>{naive.error()};
  if (sources.tuned)
    if (auto text = sources.tuned(op, form))
      if (auto record = parseSchedule(*text))
        if (auto kept = applicableTunedSteps(*naive, *record))
          if (auto kernel = applySchedule(*naive, kept->schedule))
            return chosen(*kernel, kept->schedule.toText(), true, std::move(kept->refused));
  LegalSchedule s = legalSteps(*naive, defaultCandidates(op, form));
  auto kernel = applySchedule(*naive, s.schedule);
  if (!kernel)
    return kernel.error();
  return chosen(*kernel, s.schedule.toText(), false, std::move(s.refused));
}

} // namespace

Expected<ChosenKernel> chooseKernel(const ops::AnyOp &op, const std::string &name, KernelForm form,
                                    const ScheduleSources &sources) {
  auto c = chooseScheduled(op, name, form, sources);
  if (c) {
    c->op = std::make_shared<const ops::AnyOp>(op);
    c->form = form;
  }
  return c;
}

} // namespace loom::schedule
