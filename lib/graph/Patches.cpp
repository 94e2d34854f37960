// Patch schedules of depth-first segments (MCUNetV2's patch-based inference).
#include "DepthFirstParts.h"

#include <fmt/format.h>

#include <algorithm>
#include <climits>
#include <functional>
#include <set>

namespace loom::graph::depth_first {

// Patches: a chain only (each kernel reads the previous one's output, the first the segment's
// input); the output grid cut into near-equal tiles; receptive fields walked back per tile.
Status patchSteps(const Graph &g, SegmentSchedule &s, const std::vector<KernelNode> &kernels,
                  const std::vector<RowNode> &facts) {
  const DepthFirstSegment &seg = s.segment;
  for (size_t k = 0; k < kernels.size(); ++k) {
    const auto &kn = kernels[k];
    if (kn.node < 0 || kn.inputs.size() != 1 || (k > 0 && kn.inputs[0] != kernels[k - 1].output))
      return Error{fmt::format("patches need a chain of single-input layers; {} is not one",
                               kn.node < 0 ? std::string("the streamed input")
                                           : g.describe(g.nodes[static_cast<size_t>(kn.node)]))};
  }
  if (s.inputs.size() != 1 || kernels.back().output != s.output)
    return Error{"patches need one input and the last layer's output as the segment's output"};
  // Width and bytes per pixel of each buffer, from the tensors the kernels read and write.
  for (const auto &kn : kernels)
    for (const auto &[b, w, cb] : facts[static_cast<size_t>(kn.node)].pixels) {
      s.width[b] = w;
      s.channelBytes[b] = cb;
    }
  const int outH = s.height[s.output], outW = s.width[s.output];
  if (seg.patchRows > outH || seg.patchCols > outW)
    return Error{fmt::format("a {}x{} patch grid on a {}x{} output", seg.patchRows, seg.patchCols,
                             outH, outW)};
  auto cut = [](int size, int parts, int i) {
    return ops::RowRange{size * i / parts, size * (i + 1) / parts};
  };
  int64_t layerMacs = 0, patchMacs = 0;
  for (const auto &kn : kernels)
    layerMacs += macs(g, g.nodes[static_cast<size_t>(kn.node)]);
  for (int pr = 0; pr < seg.patchRows; ++pr)
    for (int pc = 0; pc < seg.patchCols; ++pc) {
      SegmentSchedule::Patch patch;
      SegmentSchedule::Rect out{cut(outH, seg.patchRows, pr), cut(outW, seg.patchCols, pc)};
      for (size_t k = kernels.size(); k-- > 0;) {
        const RowNode &f = facts[static_cast<size_t>(kernels[k].node)];
        SegmentSchedule::Rect in{f.windows[0].inputRows(out.rows),
                                 f.columns[0].inputRows(out.cols)};
        patch.calls.insert(patch.calls.begin(), {kernels[k].node, out, in, kernels[k].output});
        if (k > 0) {
          const int64_t bytes =
              int64_t{in.rows.size()} * in.cols.size() * s.channelBytes[kernels[k - 1].output];
          s.patchBytes[kernels[k - 1].output] =
              std::max(s.patchBytes[kernels[k - 1].output], bytes);
        }
        out = in;
      }
      patch.input = out;
      s.inputPatchBytes = std::max(s.inputPatchBytes, int64_t{out.rows.size()} * out.cols.size() *
                                                          s.channelBytes[s.inputs[0]]);
      const auto &lastCall = patch.calls.back();
      s.outputPatchBytes =
          std::max(s.outputPatchBytes, int64_t{lastCall.output.rows.size()} *
                                           lastCall.output.cols.size() * s.channelBytes[s.output]);
      s.patches.push_back(std::move(patch));
    }
  // Recomputation: the MACs of every call against the layers' own.
  for (const auto &patch : s.patches)
    for (const auto &c : patch.calls) {
      const Node &n = g.nodes[static_cast<size_t>(c.node)];
      const int64_t whole = macs(g, n);
      const Tensor &o = g.tensors[n.outputs[0]];
      const int64_t pixels = int64_t{o.shape[1]} * o.shape[2];
      patchMacs += pixels ? whole / pixels * c.output.rows.size() * c.output.cols.size() : 0;
    }
  s.extraMacs = patchMacs - layerMacs;
  return {};
}

} // namespace loom::graph::depth_first
