// Patch schedules of depth-first segments (MCUNetV2's patch-based inference).
#include "DepthFirstParts.h"

#include <fmt/format.h>

#include <algorithm>
#include <climits>
#include <functional>
#include <set>

namespace loom::graph::depth_first {

namespace {

ops::RowRange cut(int size, int parts, int i) {
  return ops::RowRange{size * i / parts, size * (i + 1) / parts};
}

// Width and bytes per pixel of each buffer, from the tensors the kernels read and write.
void recordPixels(SegmentSchedule &s, const std::vector<KernelNode> &chain,
                  const std::vector<RowNode> &facts) {
  for (const auto &kn : chain)
    for (const auto &[b, w, cb] : facts[static_cast<size_t>(kn.node)].pixels) {
      s.width[b] = w;
      s.channelBytes[b] = cb;
    }
}

// One patch of a chain: the last layer on `out`, its receptive field walked back through the
// chain to the input rectangle; inner patch buffers and the cut-out grow to fit it.
SegmentSchedule::Patch patchOf(SegmentSchedule &s, const std::vector<KernelNode> &chain,
                               const std::vector<RowNode> &facts, SegmentSchedule::Rect out) {
  SegmentSchedule::Patch patch;
  for (size_t k = chain.size(); k-- > 0;) {
    const RowNode &f = facts[static_cast<size_t>(chain[k].node)];
    SegmentSchedule::Rect in{f.windows[0].inputRows(out.rows), f.columns[0].inputRows(out.cols)};
    patch.calls.insert(patch.calls.begin(), {chain[k].node, out, in, chain[k].output});
    if (k > 0) {
      const int64_t bytes =
          int64_t{in.rows.size()} * in.cols.size() * s.channelBytes[chain[k - 1].output];
      s.patchBytes[chain[k - 1].output] = std::max(s.patchBytes[chain[k - 1].output], bytes);
    }
    out = in;
  }
  patch.input = out;
  s.inputPatchBytes = std::max(s.inputPatchBytes, int64_t{out.rows.size()} * out.cols.size() *
                                                      s.channelBytes[chain[0].inputs[0]]);
  return patch;
}

// The MACs of every call against the chain's layers' own: the recomputed halos.
int64_t recomputedMacs(const Graph &g, const std::vector<SegmentSchedule::Patch> &patches,
                       const std::vector<KernelNode> &chain) {
  int64_t layerMacs = 0, patchMacs = 0;
  for (const auto &kn : chain)
    layerMacs += macs(g, g.nodes[static_cast<size_t>(kn.node)]);
  for (const auto &patch : patches)
    for (const auto &c : patch.calls) {
      const Node &n = g.nodes[static_cast<size_t>(c.node)];
      const int64_t whole = macs(g, n);
      const Tensor &o = g.tensors[n.outputs[0]];
      const int64_t pixels = int64_t{o.shape[1]} * o.shape[2];
      patchMacs += pixels ? whole / pixels * c.output.rows.size() * c.output.cols.size() : 0;
    }
  return patchMacs - layerMacs;
}

// A chain of single-input layers, each reading the previous one's output.
Status checkChain(const Graph &g, const std::vector<KernelNode> &chain, const char *what) {
  for (size_t k = 0; k < chain.size(); ++k) {
    const auto &kn = chain[k];
    if (kn.node < 0 || kn.inputs.size() != 1 || (k > 0 && kn.inputs[0] != chain[k - 1].output))
      return Error{fmt::format("{} a chain of single-input layers; {} is not one", what,
                               kn.node < 0 ? std::string("the streamed input")
                                           : g.describe(g.nodes[static_cast<size_t>(kn.node)]))};
  }
  return {};
}

} // namespace

// Patches: a chain only (each kernel reads the previous one's output, the first the segment's
// input); the output grid cut into near-equal tiles; receptive fields walked back per tile.
Status patchSteps(const Graph &g, SegmentSchedule &s, const std::vector<KernelNode> &kernels,
                  const std::vector<RowNode> &facts) {
  const DepthFirstSegment &seg = s.segment;
  if (auto st = checkChain(g, kernels, "patches need"); !st)
    return st;
  if (s.inputs.size() != 1 || kernels.back().output != s.output)
    return Error{"patches need one input and the last layer's output as the segment's output"};
  recordPixels(s, kernels, facts);
  const int outH = s.height[s.output], outW = s.width[s.output];
  if (seg.patchRows > outH || seg.patchCols > outW)
    return Error{fmt::format("a {}x{} patch grid on a {}x{} output", seg.patchRows, seg.patchCols,
                             outH, outW)};
  for (int pr = 0; pr < seg.patchRows; ++pr)
    for (int pc = 0; pc < seg.patchCols; ++pc) {
      SegmentSchedule::Patch patch =
          patchOf(s, kernels, facts, {cut(outH, seg.patchRows, pr), cut(outW, seg.patchCols, pc)});
      const auto &lastCall = patch.calls.back();
      s.outputPatchBytes =
          std::max(s.outputPatchBytes, int64_t{lastCall.output.rows.size()} *
                                           lastCall.output.cols.size() * s.channelBytes[s.output]);
      s.patches.push_back(std::move(patch));
    }
  s.extraMacs = recomputedMacs(g, s.patches, kernels);
  return {};
}
Expected<std::vector<KernelNode>> mergeHead(const Graph &g, const ActivationBuffers &act,
                                            const SegmentSchedule &s,
                                            std::vector<KernelNode> &kernels,
                                            std::set<int> &produced,
                                            const std::vector<RowNode> &facts) {
  const DepthFirstSegment &seg = s.segment;
  if (seg.rows != 0 || seg.patchRows > 0)
    return Error{"a patched head needs line buffers (FIRST-LAST:L/LAYERSxCOLUMNS)"};
  const size_t first = s.streamsInput ? 1 : 0; // after the streamed input's producer
  const size_t layers = static_cast<size_t>(seg.headLayers);
  if (kernels.size() < first + layers + 1)
    return Error{fmt::format("a head of {} layers needs a segment of more layers", layers)};
  std::vector<KernelNode> head(kernels.begin() + static_cast<std::ptrdiff_t>(first),
                               kernels.begin() + static_cast<std::ptrdiff_t>(first + layers));
  if (auto st = checkChain(g, head, "a patched head needs"); !st)
    return st.error();
  for (size_t k = 0; k < layers; ++k) {
    const Node &n = g.nodes[static_cast<size_t>(head[k].node)];
    if (!facts[static_cast<size_t>(head[k].node)].windowed)
      return Error{
          fmt::format("a patched head needs convolutions or pools; {} is not one", g.describe(n))};
    if (k + 1 == layers)
      break;
    // An inner tensor lives only in the patches: nothing else may read it.
    const int inner = head[k].output;
    const int readers =
        static_cast<int>(std::count_if(kernels.begin(), kernels.end(), [&](const KernelNode &kn) {
          return std::find(kn.inputs.begin(), kn.inputs.end(), inner) != kn.inputs.end();
        }));
    if (readers != 1 || act.requests[static_cast<size_t>(inner)].last > seg.last ||
        std::any_of(g.outputs.begin(), g.outputs.end(),
                    [&](int t) { return act.bufferOfTensor[t] == inner; }))
      return Error{fmt::format("the output of {} is read outside the patched head", g.describe(n))};
  }
  if (head.back().output == s.output)
    return Error{"a patched head needs a layer after it in the segment"};
  // Output row r of the head reads the input rows of the composed window (a superset of what
  // its patches cut out at the borders, which only makes the evict-in check stricter).
  ops::RowWindow w = head.back().windows[0];
  for (size_t k = layers - 1; k-- > 0;) {
    const ops::RowWindow &in = head[k].windows[0];
    w = {(w.kernel - 1) * in.stride + in.kernel, w.stride * in.stride,
         w.padTop * in.stride + in.padTop, in.inputHeight, w.outputHeight};
  }
  KernelNode merged{head.back().node, head.front().inputs, {w}, head.back().output, false};
  kernels.erase(kernels.begin() + static_cast<std::ptrdiff_t>(first),
                kernels.begin() + static_cast<std::ptrdiff_t>(first + layers));
  kernels.insert(kernels.begin() + static_cast<std::ptrdiff_t>(first), merged);
  for (size_t k = 0; k + 1 < layers; ++k)
    produced.erase(head[k].output);
  return head;
}

Status headPatches(const Graph &g, SegmentSchedule &s, const std::vector<KernelNode> &head,
                   const std::vector<RowNode> &facts) {
  recordPixels(s, head, facts);
  s.headInput = head.front().inputs[0];
  const int width = s.width.at(head.back().output), chunks = s.segment.headColumns;
  if (chunks > width)
    return Error{fmt::format("{} column chunks of a {}-column tensor", chunks, width)};
  std::vector<SegmentSchedule::Patch> all;
  for (auto &step : s.steps)
    for (auto &slice : step.slices) {
      if (slice.node != head.back().node)
        continue;
      for (int c = 0; c < chunks; ++c)
        slice.head.push_back(patchOf(s, head, facts, {slice.output, cut(width, chunks, c)}));
      all.insert(all.end(), slice.head.begin(), slice.head.end());
    }
  s.extraMacs = recomputedMacs(g, all, head);
  return {};
}

} // namespace loom::graph::depth_first
