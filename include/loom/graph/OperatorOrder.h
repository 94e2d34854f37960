// Operator reordering: a graph's nodes may run in any order that respects their data
// dependencies. Where a network has parallel branches (a fork whose branches are computed one
// after the other), the order decides which tensors are alive together; the order with the
// smallest live-set peak is found by dynamic programming over the sets of nodes already run
// (Serenity, Ahn et al. 2020): the live bytes after a set of nodes do not depend on the order
// inside it. Chains have one order; a network with w parallel branches has a state count that
// grows with their lengths multiplied, so the search gives up past a state budget (and says so).
#pragma once

#include "loom/graph/Graph.h"

#include <cstdint>
#include <vector>

namespace loom::graph {

struct OperatorOrder {
  std::vector<int> positions;    // node positions of `g` in the order found
  int64_t peakBytes = 0;         // live-set peak of that order
  int64_t originalPeakBytes = 0; // of the graph's own order
  bool exact = true;             // false: the state budget ran out, positions is the own order
  bool changed() const;          // the order differs from the graph's own
};

// The order with the smallest live-set peak (in-place depthwise convolutions counted as such);
// ties keep the graph's own order.
OperatorOrder minPeakOrder(const Graph &g, int64_t maxStates = 200000);

// `g` with its nodes in `positions` order (node indices, the operator numbers of the model, are
// kept). positions must be a permutation that respects the data dependencies.
Graph withOrder(const Graph &g, const std::vector<int> &positions);

} // namespace loom::graph
