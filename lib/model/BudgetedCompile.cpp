// Compiling within a memory budget: the searched depth-first plans (MemorySearch.h), in the
// model's operator order and in the order with the smallest live-set peak (OperatorOrder.h),
// compiled and compared by their real arenas.
#include "loom/graph/MemorySearch.h"
#include "loom/graph/OperatorOrder.h"
#include "loom/model/ModelCompiler.h"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <optional>
#include <utility>
#include <vector>

namespace loom::model {

using namespace graph;

std::string describePlan(const CompiledModel &m) {
  MemoryPlanCandidate plan;
  for (const auto &s : m.segments)
    plan.segments.push_back(s.segment);
  return describe(plan);
}

int64_t recomputedMacs(const CompiledModel &m) {
  int64_t extra = 0;
  for (const auto &s : m.segments)
    extra += s.extraMacs;
  return extra;
}

namespace {

Expected<CompiledModel> compileInOrder(const Graph &g, CompileOptions options, int64_t budget) {
  if (budget == 0) {
    // The search ranks plans by their live bytes; the planner's arena may land above that
    // (fragmentation), so the smallest arena is taken among the best plans of each option: the
    // input whole, then streamed (a permission: a tiny input's band may not beat the planner's
    // gaps), each without and with patched heads, ties between equal peaks broken with and
    // without the plain-depthwise charge (ties go to the earlier, cheaper one).
    std::optional<CompiledModel> best;
    std::optional<Error> failed;
    std::vector<std::pair<bool, std::vector<DepthFirstSegment>>> compiled;
    // The time left, estimated from the options done so far (each one search and one compile).
    const auto start = std::chrono::steady_clock::now();
    const int searches = options.streamInput ? 8 : 4;
    int done = 0;
    auto left = [&] {
      const double seconds =
          std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      return done >= searches
                 ? std::string("done")
                 : fmt::format("at most about {:.0f} s left", seconds / done * (searches - done));
    };
    for (bool stream : {false, true})
      for (bool heads : {false, true})
        for (bool charge : {true, false}) {
          if (stream && !options.streamInput)
            continue;
          auto found = searchMinMemory(g, stream, heads, charge);
          ++done;
          if (found) {
            auto key = std::pair{stream, found->segments};
            if (std::find(compiled.begin(), compiled.end(), key) != compiled.end()) {
              if (options.progress)
                options.progress(fmt::format("smallest-arena search {} of {}: the plan of an "
                                             "earlier search; {}",
                                             done, searches, left()));
              continue;
            }
            compiled.push_back(std::move(key));
          }
          CompileOptions o = options;
          o.streamInput = stream;
          if (found)
            o.depthFirst = found->segments;
          auto m = found ? compileModel(g, o) : Expected<CompiledModel>(found.error());
          if (options.progress)
            options.progress(fmt::format(
                "smallest-arena search {} of {} (input {}, {} heads): {}; {}", done, searches,
                stream ? "streamed" : "whole", heads ? "patched" : "plain",
                m ? fmt::format("{} -> arena {} bytes", describePlan(*m), m->plan.arenaBytes)
                  : "no plan: " + m.error().message,
                left()));
          if (!m)
            failed = m.error();
          else if (!best || m->plan.arenaBytes < best->plan.arenaBytes)
            best = std::move(*m);
        }
    if (!best)
      return *failed;
    return std::move(*best);
  }
  auto fitted = [&]() -> Expected<CompiledModel> {
    int64_t searchBudget = budget;
    for (int attempt = 0;; ++attempt) {
      auto found = searchMemoryBudget(g, searchBudget, options.streamInput);
      if (!found)
        return found.error();
      options.depthFirst = found->segments;
      auto m = compileModel(g, options);
      if (options.progress && m)
        options.progress(fmt::format("plan within {} bytes, attempt {} of up to 5: {} -> arena {} "
                                     "bytes",
                                     budget, attempt + 1, describePlan(*m), m->plan.arenaBytes));
      if (!m || m->plan.arenaBytes <= budget)
        return m;
      if (attempt == 4)
        return Error{fmt::format("{}: the plan found ({}) needs an arena of {} bytes (with "
                                 "scratch and alignment), over the budget of {} bytes",
                                 g.name, describe(*found), m->plan.arenaBytes, budget)};
      searchBudget -= m->plan.arenaBytes - budget;
    }
  }();
  if (fitted)
    return fitted;
  // The search ranks plans by live bytes, below the arena the planner then lays out: a plan may
  // miss a budget that the smallest compiled arena meets. That arena is the fallback and the
  // hint, so following the hint always fits.
  options.depthFirst.clear();
  auto smallest = compileInOrder(g, options, 0);
  if (!smallest)
    return fitted.error();
  if (smallest->plan.arenaBytes <= budget)
    return smallest;
  return Error{fmt::format("{}: no plan found fits {} bytes; the smallest arena found is {} bytes "
                           "({}): --memory-budget {} fits",
                           g.name, budget, smallest->plan.arenaBytes, describePlan(*smallest),
                           smallest->plan.arenaBytes)};
}

} // namespace

Expected<CompiledModel> compileWithinBudget(const Graph &g, CompileOptions options,
                                            int64_t budget) {
  options.inPlaceDepthwise = true;
  // Operator reordering: where parallel branches let the nodes run in another order, the order
  // with the smallest live-set peak is planned too; the smaller arena (budget 0) or the cheaper
  // plan that fits wins, ties keep the model's own order.
  auto best = compileInOrder(g, options, budget);
  const OperatorOrder order = minPeakOrder(g);
  if (!order.changed())
    return best;
  if (options.progress)
    options.progress("the same in the operator order with the smallest live-set peak");
  auto reordered = compileInOrder(withOrder(g, order.positions), options, budget);
  if (!reordered)
    return best;
  if (!best)
    return reordered;
  auto cost = [](const CompiledModel &m) {
    return MemoryPlanCandidate{{}, 0, m.movedBytes, static_cast<int64_t>(m.steps.size()), m.macs}
        .overheadEstimate();
  };
  const bool smaller = reordered->plan.arenaBytes < best->plan.arenaBytes;
  const bool cheaper = budget > 0 && cost(*reordered) < cost(*best);
  return (budget == 0 ? smaller : cheaper) ? reordered : best;
}

} // namespace loom::model
