// Line-buffer schedules of depth-first segments.
#include "DepthFirstParts.h"

#include <fmt/format.h>

#include <algorithm>
#include <climits>
#include <functional>
#include <set>

namespace loom::graph::depth_first {

// Line buffers: the segment's output row by row, each row pulling exactly the input rows it
// needs through the chain, one kernel call per row of each layer. Every band holds the rows its
// consumers still need (the fewest possible) plus `slack` rows, so the kept rows move to the top
// of the band only when it is full. Two passes: the first finds the fewest rows each band needs,
// the second emits the calls and moves.
static Status lineBufferPass(SegmentSchedule &s, const std::vector<KernelNode> &kernels,
                             const std::set<int> &produced, int slack,
                             const std::map<int, size_t> &producerOf,
                             std::map<int, std::vector<std::pair<size_t, size_t>>> &consumersOf,
                             const std::set<size_t> &inPlace, size_t &refused);

//
// A depthwise convolution whose input band has no other reader and whose output row is read at
// once by a single row-for-row consumer keeps no band of its own: its output row goes into its
// input band, over the first input row it read (dead after this row: TinyEngine's in-place
// scheme, a channel plane of scratch) or, when that row is still needed, into a free row of the
// band. If no free row exists the convolution falls back to a band and the schedule is redone.
Status lineBufferSteps(SegmentSchedule &s, const std::vector<KernelNode> &kernels,
                       const std::set<int> &produced, int slack) {
  std::map<int, size_t> producerOf;
  std::map<int, std::vector<std::pair<size_t, size_t>>> consumersOf; // buffer -> (kernel, input)
  for (size_t k = 0; k < kernels.size(); ++k) {
    producerOf[kernels[k].output] = k;
    for (size_t i = 0; i < kernels[k].inputs.size(); ++i)
      consumersOf[kernels[k].inputs[i]].push_back({k, i});
  }
  std::set<size_t> inPlace; // depthwise kernels writing into their input band
  for (size_t k = 0; k < kernels.size(); ++k) {
    const KernelNode &kn = kernels[k];
    if (!kn.depthwise || kn.inputs.size() != 1 || kn.output == s.output)
      continue;
    const int in = kn.inputs[0];
    if (!producerOf.count(in) || in == s.output || consumersOf[in].size() != 1 ||
        consumersOf[kn.output].size() != 1 || s.rowBytes[kn.output] > s.rowBytes[in])
      continue;
    const auto &[c, i] = consumersOf[kn.output].front();
    const ops::RowWindow &w = kernels[c].windows[i];
    if (w.kernel == 1 && w.stride == 1 && w.padTop == 0)
      inPlace.insert(k);
  }
  for (;;) {
    s.steps.clear();
    s.banded.clear();
    size_t refused = kernels.size();
    if (auto st =
            lineBufferPass(s, kernels, produced, slack, producerOf, consumersOf, inPlace, refused);
        !st)
      return st;
    if (refused == kernels.size())
      return {};
    inPlace.erase(refused); // no row to put its output in: give it a band and start again
  }
}

Status lineBufferPass(SegmentSchedule &s, const std::vector<KernelNode> &kernels,
                      const std::set<int> &produced, int slack,
                      const std::map<int, size_t> &producerOf,
                      std::map<int, std::vector<std::pair<size_t, size_t>>> &consumersOf,
                      const std::set<size_t> &inPlace, size_t &refused) {
  std::set<int> kept; // outputs of the in-place kernels: no band
  for (size_t k : inPlace)
    kept.insert(kernels[k].output);
  std::map<int, int> capacity; // rows; 0 in the first pass (unbounded)
  for (int pass = 0; pass < 2; ++pass) {
    std::map<int, int> placed;                // kept output -> the band row holding its current row
    std::vector<int> next(kernels.size(), 0); // next output row of each kernel
    std::map<int, int> start, fewest;         // band -> tensor row at its row 0; rows needed
    std::vector<SegmentSchedule::Step> steps;
    std::vector<SegmentSchedule::Move> pending;
    // The first row of `b` a consumer still needs.
    auto firstNeeded = [&](int b) {
      int lo = INT_MAX;
      for (const auto &[k, i] : consumersOf[b]) {
        const ops::RowWindow &w = kernels[k].windows[i];
        if (next[k] < w.outputHeight)
          lo = std::min(lo, w.inputRows({next[k], next[k] + 1}).begin);
      }
      return lo;
    };
    std::function<Status(size_t)> compute = [&](size_t k) -> Status {
      const KernelNode &kn = kernels[k];
      const int r = next[k];
      SegmentSchedule::Slice slice{kn.node, {r, r + 1}, {}, false, {}};
      SegmentSchedule::Step step;
      for (size_t i = 0; i < kn.inputs.size(); ++i) {
        const ops::RowRange in = kn.windows[i].inputRows({r, r + 1});
        slice.inputs.push_back(in);
        if (auto p = producerOf.find(kn.inputs[i]); p != producerOf.end())
          while (next[p->second] < in.end) {
            if (auto st = compute(p->second); !st)
              return st;
            if (refused != kernels.size()) // an in-place kernel found no row: start again
              return {};
          }
        if (pass == 1 && kept.count(kn.inputs[i])) { // its row waits in the producer's input band
          const int band = kernels[producerOf.at(kn.inputs[i])].inputs[0];
          step.placedIn[kn.inputs[i]] = {band, placed.at(kn.inputs[i])};
        }
      }
      if (pass == 1 && inPlace.count(k)) {
        const int band = kn.inputs[0];
        const ops::RowRange in = slice.inputs[0];
        const bool lastRow = r + 1 >= kn.windows[0].outputHeight;
        const bool baseDies = lastRow || kn.windows[0].inputRows({r + 1, r + 2}).begin > in.begin;
        const int held = next[producerOf.at(band)] - start[band];
        if (baseDies) {
          slice.inPlace = true;
          placed[kn.output] = in.begin - start[band];
        } else if (held < capacity[band]) {
          placed[kn.output] = held;
        } else {
          refused = k;
          return {};
        }
        step.placedIn[kn.output] = {band, placed[kn.output]};
      } else if (kn.output != s.output && !kept.count(kn.output)) {
        const int held = r + 1 - std::min(firstNeeded(kn.output), r);
        fewest[kn.output] = std::max(fewest[kn.output], held);
        if (pass == 1 && r + 1 - start[kn.output] > capacity[kn.output]) {
          const int from = std::min(firstNeeded(kn.output), r);
          if (r > from) // rows [from, r) are kept
            pending.push_back({kn.output, from - start[kn.output], r - from});
          start[kn.output] = from;
        }
      }
      step.moves = std::move(pending);
      pending.clear();
      step.slices.push_back(std::move(slice));
      for (int b : produced)
        if (b != s.output && !kept.count(b))
          step.windowStart[b] = start[b];
      steps.push_back(std::move(step));
      ++next[k];
      return {};
    };
    const size_t last = producerOf.at(s.output);
    while (next[last] < s.height[s.output] && refused == kernels.size())
      if (auto st = compute(last); !st)
        return st;
    if (refused != kernels.size())
      return {};
    if (pass == 0) {
      for (int b : produced)
        if (b != s.output && !kept.count(b))
          capacity[b] = std::max(1, fewest[b]) + slack;
      continue;
    }
    s.steps = std::move(steps);
    for (int b : produced)
      if (b != s.output) // a kept output needs no bytes of its own
        s.banded.push_back({b, kept.count(b) ? 0 : capacity[b], s.rowBytes[b]});
  }
  return {};
}

} // namespace loom::graph::depth_first
