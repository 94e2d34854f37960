// Search over depth-first plans (DepthFirst.h): which parts of the network run by row bands, and
// how many rows per step. The arena of a candidate is estimated by the lower bound of its buffer
// requests (the largest total of simultaneously live bytes, which the planner reaches on these
// networks), its cost by the work depth-first execution adds: the bytes the band moves copy and
// the extra kernel calls (and the halos patches recompute).
#pragma once

#include "loom/graph/DepthFirst.h"
#include "loom/graph/Graph.h"
#include "loom/support/Error.h"

#include <vector>

namespace loom::graph {

struct MemoryPlanCandidate {
  std::vector<DepthFirstSegment> segments;
  int64_t liveBytes = 0;          // lower bound of the arena (activations; scratch not included)
  int64_t movedBytes = 0;         // copied per inference by band moves
  int64_t extraCalls = 0;         // kernel calls beyond one per layer
  int64_t extraMacs = 0;          // recomputed by patches
  int64_t plainDepthwiseMacs = 0; // depthwise MACs not run by the in-place nest
  // Instructions: moves, calls, recomputation and (when charged) depthwise MACs in the plain nest.
  int64_t overheadEstimate(bool chargePlainDepthwise = true) const;
};

// Evaluates a plan (depthwise convolutions in place outside the segments).
Expected<MemoryPlanCandidate> evaluatePlan(const Graph &g,
                                           const std::vector<DepthFirstSegment> &segments,
                                           bool streamInput = false);

// The smallest arena: dynamic programming over node positions (each one layer by layer or the
// end of a segment: bands, line buffers, patches, line buffers with a patched head); ties go to
// the cheaper plan.
// streamInput: segments that read the model input may stream it (DepthFirst.h).
// patchedHeads: line-buffer segments may patch their first layers (they recompute halos).
// chargePlainDepthwise: ties between equal peaks also weigh the depthwise MACs a plan runs in the
// plain nest (false: only moves, calls and recomputation; the two may land the planner's arena
// differently, so the smallest-arena compile tries both).
Expected<MemoryPlanCandidate> searchMinMemory(const Graph &g, bool streamInput = false,
                                              bool patchedHeads = true,
                                              bool chargePlainDepthwise = true);

// The cheapest plan whose estimated arena is at most `budget` bytes; an error (with the smallest
// arena found) when no plan fits.
Expected<MemoryPlanCandidate> searchMemoryBudget(const Graph &g, int64_t budget,
                                                 bool streamInput = false,
                                                 bool patchedHeads = true);

std::string describe(const MemoryPlanCandidate &c); // "0-11:2,13-18:1"

} // namespace loom::graph
