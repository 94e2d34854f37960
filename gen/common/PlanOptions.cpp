// Parsing and checking the plan flags loom-gen and loom-tune share.
#include "PlanOptions.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>

namespace loom::cli {

Expected<int64_t> parseByteSize(const std::string &text) {
  int64_t n = 0;
  const char *end = text.data() + text.size();
  auto [rest, ec] = std::from_chars(text.data(), end, n);
  const std::string_view unit(rest, static_cast<size_t>(end - rest));
  const int64_t scale = unit.empty()                                  ? 1
                        : unit == "k" || unit == "K" || unit == "KiB" ? 1024
                        : unit == "m" || unit == "M" || unit == "MiB" ? 1024 * 1024
                                                                      : 0;
  if (ec != std::errc{} || scale == 0 || n < 1 || n > (int64_t{1} << 40))
    return Error{fmt::format("'{}' is not a size (bytes, or a number followed by k/KiB or "
                             "M/MiB: 28672, 28k)",
                             text)};
  return n * scale;
}

Expected<PlanOptions> planOptions(const PlanFlags &flags, bool profile) {
  PlanOptions o;
  o.minMemory = flags.minMemory;
  o.streamInput = flags.streamInput;
  o.depthFirstText = flags.depthFirst;
  const std::string &text = flags.depthFirst;
  for (size_t at = 0; !text.empty() && at <= text.size();) {
    const size_t comma = std::min(text.find(',', at), text.size());
    auto seg = graph::parseSegment(text.substr(at, comma - at));
    if (!seg)
      return seg.error();
    o.depthFirst.push_back(*seg);
    at = comma + 1;
  }
  // Memory plans: searched (--min-memory, --memory-budget) or given (--depth-first).
  if (!flags.memoryBudget.empty()) {
    auto bytes = parseByteSize(flags.memoryBudget);
    if (!bytes)
      return Error{"--memory-budget: " + bytes.error().message};
    o.memoryBudget = *bytes;
  }
  if (!flags.flashBudget.empty()) {
    auto bytes = parseByteSize(flags.flashBudget);
    if (!bytes)
      return Error{"--flash-budget: " + bytes.error().message};
    o.flashBudget = *bytes;
  }
  if (flags.plainDepthwise && (o.searched() || profile))
    return Error{fmt::format("--plain-depthwise excludes {}: {} plans depthwise layers in place",
                             o.minMemory      ? "--min-memory"
                             : o.memoryBudget ? "--memory-budget"
                                              : "--profile",
                             o.searched() ? "a memory search" : "--profile")};
  o.inPlaceDepthwise = !flags.plainDepthwise;
  if (o.searched() && !o.depthFirst.empty())
    return Error{"--depth-first gives the plan; --min-memory and --memory-budget search one"};
  if (o.minMemory && o.memoryBudget)
    return Error{"--min-memory and --memory-budget exclude each other"};
  return o;
}

Expected<model::CompiledModel> compilePlan(const graph::Graph &g, const model::CompileOptions &base,
                                           const PlanOptions &plan) {
  model::CompileOptions options = base;
  options.inPlaceDepthwise = plan.inPlaceDepthwise;
  options.depthFirst = plan.depthFirst;
  options.streamInput = plan.streamInput;
  return plan.searched() ? model::compileWithinBudget(g, options, plan.memoryBudget)
                         : model::compileModel(g, options);
}

Expected<FlashBudgetedModel>
compilePlanWithinFlash(const graph::Graph &g, const model::CompileOptions &base,
                       const PlanOptions &plan, const tune::TuningLog &log,
                       const codegen::Target &target, const std::filesystem::path &workDirectory) {
  auto fastest = compilePlan(g, base, plan);
  if (!fastest)
    return fastest.error();
  if (plan.flashBudget == 0)
    return FlashBudgetedModel{std::move(*fastest), std::nullopt};
  // The naive nests have no schedule to choose: their flash only has to fit.
  const tune::TuningLog none;
  auto choice = tune::chooseWithinFlash(*fastest, base.defaultSchedules ? log : none, target,
                                        plan.flashBudget, workDirectory, base.progress);
  std::error_code ec;
  std::filesystem::remove_all(workDirectory, ec);
  if (!choice)
    return choice.error();
  if (choice->leaner == 0)
    return FlashBudgetedModel{std::move(*fastest), std::move(*choice)};
  model::CompileOptions options = base;
  options.tunedSchedule = tune::chosenScheduleLookup(log, target, *choice);
  auto within = compilePlan(g, options, plan);
  if (!within)
    return within.error();
  return FlashBudgetedModel{std::move(*within), std::move(*choice)};
}

} // namespace loom::cli
