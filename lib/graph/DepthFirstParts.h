// What the depth-first schedulers share (lib/graph only): the kernels of a segment with their
// row windows, and the two fine-grained schedules, line buffers and patches.
#pragma once

#include "loom/graph/DepthFirst.h"

#include <map>
#include <set>
#include <vector>

namespace loom::graph::depth_first {

struct KernelNode {
  int node = -1;
  std::vector<int> inputs; // buffers
  std::vector<ops::RowWindow> windows;
  int output = -1;
  bool depthwise = false;
};

// Line buffers (LineBuffers.cpp): fills s.steps and s.banded.
Status lineBufferSteps(SegmentSchedule &s, const std::vector<KernelNode> &kernels,
                       const std::set<int> &produced, int slack);

// Patches (Patches.cpp): fills s.patches and the patch sizes; `facts` as rowNodes gives them.
Status patchSteps(const Graph &g, SegmentSchedule &s, const std::vector<KernelNode> &kernels,
                  const std::vector<RowNode> &facts);

// A patched head (Patches.cpp): checks that the segment's first s.segment.headLayers kernels are
// a chain of windowed layers whose inner tensors nothing else reads, replaces them in `kernels`
// by one kernel (the last head layer's node and output, the first one's input, the composed row
// window), drops the inner tensors from `produced` and returns the head's kernels.
Expected<std::vector<KernelNode>> mergeHead(const Graph &g, const ActivationBuffers &act,
                                            const SegmentSchedule &s,
                                            std::vector<KernelNode> &kernels,
                                            std::set<int> &produced,
                                            const std::vector<RowNode> &facts);
// After the line buffers: the head's patches on every row of its output, column chunk by chunk.
Status headPatches(const Graph &g, SegmentSchedule &s, const std::vector<KernelNode> &head,
                   const std::vector<RowNode> &facts);

} // namespace loom::graph::depth_first
