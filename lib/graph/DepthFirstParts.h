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

} // namespace loom::graph::depth_first
