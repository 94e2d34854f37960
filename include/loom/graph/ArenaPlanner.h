// Whole-network arena planning. The API is tiny on purpose (after TFLite Micro's greedy planner):
// each buffer is a size and the first and last step that use it; the plan is an offset per
// buffer. Buffers whose lifetimes overlap must not overlap in memory, except a declared in-place
// pair (an op that writes its output over an input that dies at that op, like TinyEngine's
// in-place depthwise convolution, or a depth-first segment writing its output rows over input
// rows it has consumed), placed at the declared shift from each other.
//
// Algorithms: first-fit in decreasing size order (TFLM's greedy), best-fit in time order, and a
// seeded random-restart search over placement orders; plan() runs them all and keeps the
// smallest arena. lowerBound() (the largest total of simultaneously live bytes, TVM USMP's bound)
// is what no plan can beat.
#pragma once

#include "loom/support/Error.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace loom::graph {

struct BufferRequest {
  std::string name;
  int64_t size = 0;
  int first = 0, last = 0;         // steps using the buffer, inclusive
  std::optional<size_t> inPlaceOf; // may share memory with this request (which dies at `first`)
  // Where it starts relative to inPlaceOf's offset (a multiple of kArenaAlignment; 0 for an
  // in-place op).
  int64_t inPlaceShift = 0;
  // The two lifetimes overlap: the producer writes only bytes the other no longer needs (a
  // depth-first segment's output over its dying input, see DepthFirst.h).
  bool streamed = false;
};

struct ArenaPlan {
  std::vector<int64_t> offsets; // one per request
  int64_t arenaBytes = 0;
  std::string algorithm;
};

inline constexpr int64_t kArenaAlignment = 16;

int64_t lowerBound(const std::vector<BufferRequest> &requests);
// Bytes live at each step (in-place groups counted once, over the span of their live members).
std::vector<int64_t> liveBytesPerStep(const std::vector<BufferRequest> &requests);
ArenaPlan planGreedyBySize(const std::vector<BufferRequest> &requests);
ArenaPlan planBestFitInTimeOrder(const std::vector<BufferRequest> &requests);
ArenaPlan planRandomSearch(const std::vector<BufferRequest> &requests, int restarts, uint32_t seed);
// All of the above; the smallest arena wins (ties: the first).
ArenaPlan plan(const std::vector<BufferRequest> &requests);

// Independent check of a plan: sizes, alignment, bounds, and no two simultaneously live buffers
// overlapping unless they form a legal in-place pair.
Status verifyPlan(const std::vector<BufferRequest> &requests, const ArenaPlan &plan);

// One line per buffer: offset, size, lifetime and a bar of its place in the arena.
std::string dumpPlan(const std::vector<BufferRequest> &requests, const ArenaPlan &plan);

} // namespace loom::graph
