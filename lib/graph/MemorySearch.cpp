// Greedy search over depth-first plans.
#include "loom/graph/MemorySearch.h"

#include <fmt/format.h>

#include <algorithm>
#include <memory>

namespace loom::graph {

namespace {

// What one kernel call and one moved byte cost, in instructions (Cortex-M7, measured on the
// mcunet-vww0 plans: a call with its loop set-up ~60, a copied byte ~0.6).
constexpr int64_t kCallInstructions = 60;
constexpr int64_t kMovedByteTenths = 6;

// Rows per step (bands) and line buffers with 0 or 2 rows of slack: {rows, slack}.
constexpr std::pair<int, int> kStepShapes[] = {{1, 0}, {2, 0}, {4, 0}, {8, 0}, {0, 0}, {0, 2}};
// Patch grids (MCUNetV2): they recompute halos, so they only win where they save memory.
constexpr int kPatchGrids[] = {2, 3, 4};
// Patched heads of line-buffer segments: {layers, column chunks}.
constexpr std::pair<int, int> kHeads[] = {{2, 4}, {2, 8}, {3, 4}, {3, 8}};
constexpr int64_t kInstructionsPerMac = 3; // what a recomputed MAC costs, roughly
// What a depthwise MAC costs beyond the in-place nest (its int16 plane pairs taps into SMLADs)
// when a band, a patch or a line-buffer row runs the plain NHWC nest: about 2.5 instructions
// (Cortex-M7, default schedules: 5.5 vs 2.6 per MAC on 3x3 stride 1, 4.2 vs 1.9 on 5x5).
constexpr int64_t kPlainDepthwiseTenthsPerMac = 25;
constexpr int kLongestSegment = 40; // nodes (PADs included)

// A segment's schedule with what it adds: bytes moved and kernel calls beyond one per layer.
struct Scheduled {
  SegmentSchedule schedule;
  int64_t movedBytes = 0, extraCalls = 0, extraMacs = 0, plainDepthwiseMacs = 0;
};

// The MACs of `node` on `rows` x `cols` (-1: all) of its output, when it is a depthwise
// convolution.
int64_t depthwiseMacs(const Graph &g, int node, int64_t rows, int64_t cols = -1) {
  if (node < 0 || g.nodes[static_cast<size_t>(node)].op != OpType::DepthwiseConv2D)
    return 0;
  const Node &n = g.nodes[static_cast<size_t>(node)];
  const auto &shape = g.tensors[static_cast<size_t>(n.outputs[0])].shape; // NHWC
  const int64_t width = shape[2];
  return macs(g, n) * rows * (cols < 0 ? width : cols) / std::max<int64_t>(1, shape[1] * width);
}

Scheduled withCosts(const Graph &g, SegmentSchedule s) {
  Scheduled out;
  int kernels = 0;
  for (int i = s.segment.first; i <= s.segment.last; ++i)
    kernels += g.nodes[static_cast<size_t>(i)].op != OpType::Pad;
  int64_t calls = 0;
  for (const auto &step : s.steps) {
    calls += static_cast<int64_t>(step.slices.size());
    for (const auto &slice : step.slices) {
      if (!slice.inPlace && slice.head.empty())
        out.plainDepthwiseMacs += depthwiseMacs(g, slice.node, slice.output.size());
    }
    for (const auto &slice : step.slices) // a patched head's row: per chunk, cut-out and layers
      for (const auto &patch : slice.head) {
        for (const auto &call : patch.calls)
          out.plainDepthwiseMacs +=
              depthwiseMacs(g, call.node, call.output.rows.size(), call.output.cols.size());
        calls += static_cast<int64_t>(patch.calls.size()) + 1;
        out.movedBytes +=
            patch.input.rows.size() * patch.input.cols.size() * s.channelBytes.at(s.headInput);
      }
    calls -= std::any_of(step.slices.begin(), step.slices.end(),
                         [](const SegmentSchedule::Slice &sl) { return !sl.head.empty(); });
    for (const auto &mv : step.moves) {
      out.movedBytes += mv.rows * s.rowBytes.at(mv.buffer);
      calls += (mv.rows + mv.fromRow - 1) / mv.fromRow;
    }
  }
  for (const auto &patch : s.patches) {
    for (const auto &call : patch.calls)
      out.plainDepthwiseMacs +=
          depthwiseMacs(g, call.node, call.output.rows.size(), call.output.cols.size());
    calls += static_cast<int64_t>(patch.calls.size()) + 2; // cut out, layers, paste
    out.movedBytes +=
        patch.input.rows.size() * patch.input.cols.size() * s.channelBytes.at(s.inputs[0]);
  }
  out.extraCalls = calls - kernels;
  out.extraMacs = s.extraMacs;
  out.schedule = std::move(s);
  return out;
}

struct Evaluated {
  MemoryPlanCandidate plan;
  int64_t prefixPeak = 0; // live bytes, positions up to the evaluated one
};

Evaluated evaluate(const ActivationBuffers &act, const std::vector<const Scheduled *> &segments,
                   int until) {
  std::vector<SegmentSchedule> schedules;
  Evaluated e;
  for (const Scheduled *s : segments) {
    schedules.push_back(s->schedule);
    e.plan.segments.push_back(s->schedule.segment);
    e.plan.movedBytes += s->movedBytes;
    e.plan.extraCalls += s->extraCalls;
    e.plan.extraMacs += s->extraMacs;
    e.plan.plainDepthwiseMacs += s->plainDepthwiseMacs;
  }
  const auto layout = depthFirstLayout(act, std::move(schedules));
  const auto live = liveBytesPerStep(layout.requests);
  e.prefixPeak = *std::max_element(
      live.begin(), live.begin() + std::min<size_t>(live.size(), static_cast<size_t>(until) + 1));
  e.plan.liveBytes = e.prefixPeak;
  return e;
}

// Dynamic programming over node positions: the best plan for the nodes up to j either runs node
// j layer by layer after the best plan up to j - 1, or ends a segment [i, j] after the best plan
// up to i - 1. Live bytes before a position do not depend on segments after it, so "best"
// (smallest peak above the budget, then the smallest overhead) composes. budget 0: smallest peak.
Expected<MemoryPlanCandidate> search(const Graph &g, int64_t budget, bool streamInput,
                                     bool patchedHeads, bool chargePlainDepthwise = true) {
  const ActivationBuffers act = activationBuffers(g, true);
  const std::vector<RowNode> facts = rowNodes(g, act);
  const int n = static_cast<int>(g.nodes.size());
  if (n == 0)
    return Error{fmt::format("{}: the model has no nodes", g.name)};
  std::vector<std::unique_ptr<Scheduled>> pool;
  struct State {
    std::vector<const Scheduled *> segments;
    Evaluated value;
  };
  auto better = [&](const Evaluated &a, const Evaluated &b) {
    const int64_t ka = std::max(a.prefixPeak, budget), kb = std::max(b.prefixPeak, budget);
    if (ka != kb)
      return ka < kb;
    const int64_t oa = a.plan.overheadEstimate(chargePlainDepthwise),
                  ob = b.plan.overheadEstimate(chargePlainDepthwise);
    if (oa != ob)
      return oa < ob;
    return a.prefixPeak < b.prefixPeak;
  };
  std::vector<State> best(static_cast<size_t>(n));
  for (int j = 0; j < n; ++j) {
    State &s = best[static_cast<size_t>(j)];
    s.segments =
        j > 0 ? best[static_cast<size_t>(j - 1)].segments : std::vector<const Scheduled *>{};
    s.value = evaluate(act, s.segments, j);
    if (!facts[static_cast<size_t>(j)].error.empty() || facts[static_cast<size_t>(j)].pad)
      continue;
    for (int i = j; i >= 0 && j - i < kLongestSegment; --i) {
      if (!facts[static_cast<size_t>(i)].error.empty())
        break;
      std::vector<DepthFirstSegment> shapes;
      for (const auto &[rows, slack] : kStepShapes)
        shapes.push_back({i, j, rows, slack});
      for (int grid : kPatchGrids)
        shapes.push_back({i, j, 1, 0, grid, grid});
      for (const auto &[layers, columns] : kHeads)
        if (patchedHeads)
          shapes.push_back({i, j, 0, 0, 0, 0, layers, columns});
      for (const auto &shape : shapes) {
        auto sched = scheduleSegment(g, act, shape, &facts, streamInput);
        if (!sched)
          continue;
        pool.push_back(std::make_unique<Scheduled>(withCosts(g, std::move(*sched))));
        std::vector<const Scheduled *> segs =
            i > 0 ? best[static_cast<size_t>(i - 1)].segments : std::vector<const Scheduled *>{};
        segs.push_back(pool.back().get());
        Evaluated e = evaluate(act, segs, j);
        if (better(e, s.value)) {
          s.segments = std::move(segs);
          s.value = std::move(e);
        } else {
          pool.pop_back();
        }
        // More rows per step only pay off if they keep the segment's own peak.
      }
    }
  }
  const State &last = best.back();
  Evaluated whole = evaluate(act, last.segments, n - 1);
  return whole.plan;
}

} // namespace

int64_t MemoryPlanCandidate::overheadEstimate(bool chargePlainDepthwise) const {
  return movedBytes * kMovedByteTenths / 10 + extraCalls * kCallInstructions +
         extraMacs * kInstructionsPerMac +
         (chargePlainDepthwise ? plainDepthwiseMacs * kPlainDepthwiseTenthsPerMac / 10 : 0);
}

std::string describe(const MemoryPlanCandidate &c) {
  std::string out;
  for (const auto &s : c.segments) {
    if (!out.empty())
      out += ',';
    out += toString(s);
  }
  return out.empty() ? "layer by layer" : out;
}

Expected<MemoryPlanCandidate>
evaluatePlan(const Graph &g, const std::vector<DepthFirstSegment> &segments, bool streamInput) {
  const ActivationBuffers act = activationBuffers(g, true);
  std::vector<std::unique_ptr<Scheduled>> pool;
  std::vector<const Scheduled *> segs;
  for (const auto &seg : segments) {
    auto s = scheduleSegment(g, act, seg, nullptr, streamInput);
    if (!s)
      return s.error();
    pool.push_back(std::make_unique<Scheduled>(withCosts(g, std::move(*s))));
    segs.push_back(pool.back().get());
  }
  if (g.nodes.empty())
    return MemoryPlanCandidate{};
  return evaluate(act, segs, static_cast<int>(g.nodes.size()) - 1).plan;
}

Expected<MemoryPlanCandidate> searchMinMemory(const Graph &g, bool streamInput, bool patchedHeads,
                                              bool chargePlainDepthwise) {
  return search(g, 0, streamInput, patchedHeads, chargePlainDepthwise);
}

Expected<MemoryPlanCandidate> searchMemoryBudget(const Graph &g, int64_t budget, bool streamInput,
                                                 bool patchedHeads) {
  auto found = search(g, budget, streamInput, patchedHeads);
  if (found && found->liveBytes > budget)
    return Error{fmt::format("{}: no plan found fits {} bytes; the smallest found needs {} "
                             "bytes ({})",
                             g.name, budget, found->liveBytes, describe(*found))};
  return found;
}

} // namespace loom::graph
