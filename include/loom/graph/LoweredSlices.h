// Lowered nodes restricted to part of their output, for depth-first plans (the graph side of
// depth-first plans).
#pragma once

#include "loom/graph/Lowering.h"
#include "loom/ops/RowSlice.h"

namespace loom::graph {

// The MACs of a lowered convolution or fully connected op (0 for the others).
int64_t sliceMacs(const LoweredNode &op);

// A node on a rectangle of its output (patch-based execution): windowed ops get the rectangle's
// own padding; element-wise ones (and width/channel PADs without width padding) its pixels.
Expected<LoweredNode> rectNode(const Graph &g, const Node &n, const LoweredNode &op,
                               ops::RowRange rows, ops::RowRange cols);

// A node on rows of its output (the ops scheduleSegment admits; others come back unchanged).
LoweredNode sliceNode(const Graph &g, const Node &n, const LoweredNode &op, ops::RowRange rows);

} // namespace loom::graph
