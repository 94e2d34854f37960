// Buffer requests and text dumps of depth-first plans.
#include "loom/graph/DepthFirst.h"

#include <fmt/format.h>

#include <algorithm>
#include <climits>
#include <functional>
#include <set>

namespace loom::graph {

namespace {

// The buffer requests of a depth-first segment: band buffers instead of whole tensors, inputs
// and output alive across the whole segment, the output over a dying input (evict-in).
void adjustBuffers(std::vector<BufferRequest> &buffers, SegmentSchedule &s) {
  const int a = s.segment.first, b = s.segment.last;
  if (s.isPatched()) {
    // Each inner tensor in a patch-sized buffer from its producer to its consumer (every patch
    // runs the layers in the same order, so node positions order the patch buffers too).
    const auto &calls = s.patches.front().calls;
    for (size_t i = 0; i + 1 < calls.size(); ++i) {
      BufferRequest &r = buffers[static_cast<size_t>(calls[i].outputBuffer)];
      r.size = s.patchBytes.at(calls[i].outputBuffer);
      r.first = calls[i].node, r.last = calls[i + 1].node;
      r.inPlaceOf.reset();
      r.name += " (patch)";
    }
    const int x = s.inputs[0];
    buffers[static_cast<size_t>(x)].last = std::max(buffers[static_cast<size_t>(x)].last, b);
    BufferRequest &out = buffers[static_cast<size_t>(s.output)];
    out.first = std::min(out.first, a);
    out.inPlaceOf.reset();
    s.inputPatchBuffer = static_cast<int>(buffers.size());
    buffers.push_back({buffers[static_cast<size_t>(x)].name + " (patch cut out)", s.inputPatchBytes,
                       a, calls.front().node, std::nullopt});
    s.outputPatchBuffer = static_cast<int>(buffers.size());
    buffers.push_back({buffers[static_cast<size_t>(s.output)].name + " (tile)", s.outputPatchBytes,
                       calls.back().node, b, std::nullopt});
    return;
  }
  for (const auto &band : s.banded) {
    BufferRequest &r = buffers[static_cast<size_t>(band.buffer)];
    r.size = band.rowsHeld * band.rowBytes;
    r.first = a, r.last = b;
    r.inPlaceOf.reset();
    r.name += fmt::format(" (band of {} rows)", band.rowsHeld);
  }
  // A patched head's inner tensors and its cut-out: patch-sized, alive across the segment (its
  // rows are computed between the other layers' rows).
  for (const auto &[inner, bytes] : s.patchBytes) {
    BufferRequest &r = buffers[static_cast<size_t>(inner)];
    r.size = bytes;
    r.first = a, r.last = b;
    r.inPlaceOf.reset();
    r.name += " (head patch)";
  }
  if (s.inputPatchBytes > 0) {
    s.inputPatchBuffer = static_cast<int>(buffers.size());
    buffers.push_back({fmt::format("segment {} head cut-out", toString(s.segment)),
                       s.inputPatchBytes, a, b, std::nullopt});
  }
  for (int x : s.inputs)
    buffers[static_cast<size_t>(x)].last = std::max(buffers[static_cast<size_t>(x)].last, b);
  BufferRequest &out = buffers[static_cast<size_t>(s.output)];
  out.first = std::min(out.first, a);
  out.inPlaceOf.reset();
  if (s.evictedInput) {
    // Floor to the arena alignment: a lower shift only moves the output further from the input
    // rows still to be read.
    const int64_t shift =
        s.maxOutputShift >= 0
            ? s.maxOutputShift / kArenaAlignment * kArenaAlignment
            : -((-s.maxOutputShift + kArenaAlignment - 1) / kArenaAlignment * kArenaAlignment);
    out.inPlaceOf = static_cast<size_t>(*s.evictedInput);
    out.inPlaceShift = shift;
    out.streamed = true;
  }
}

} // namespace

Expected<DepthFirstLayout> depthFirstLayout(const Graph &g, bool inPlaceDepthwise,
                                            const std::vector<DepthFirstSegment> &segments,
                                            bool streamInput) {
  return depthFirstLayout(g, activationBuffers(g, inPlaceDepthwise), segments, streamInput);
}

Expected<DepthFirstLayout> depthFirstLayout(const Graph &g, const ActivationBuffers &act,
                                            const std::vector<DepthFirstSegment> &segments,
                                            bool streamInput) {
  DepthFirstLayout out;
  out.activations = act;
  out.requests = out.activations.requests;
  std::vector<int> segmentAt(g.nodes.size(), -1);
  for (const auto &seg : segments) {
    auto s = scheduleSegment(g, out.activations, seg, nullptr, streamInput);
    if (!s)
      return s.error();
    for (int i = seg.first; i <= seg.last; ++i) {
      if (segmentAt[static_cast<size_t>(i)] >= 0)
        return Error{fmt::format(
            "depth-first segments {} and {} overlap", toString(seg),
            toString(segments[static_cast<size_t>(segmentAt[static_cast<size_t>(i)])]))};
      segmentAt[static_cast<size_t>(i)] = static_cast<int>(out.segments.size());
    }
    out.segments.push_back(std::move(*s));
  }
  for (auto &s : out.segments)
    adjustBuffers(out.requests, s);
  return out;
}

DepthFirstLayout depthFirstLayout(const ActivationBuffers &act,
                                  std::vector<SegmentSchedule> schedules) {
  DepthFirstLayout out;
  out.activations = act;
  out.requests = act.requests;
  out.segments = std::move(schedules);
  for (auto &s : out.segments)
    adjustBuffers(out.requests, s);
  return out;
}

std::string dumpSchedule(const Graph &g, const SegmentSchedule &s) {
  auto tensor = [&](int node) {
    return node < 0 ? std::string("input") : g.nodes[static_cast<size_t>(node)].tag();
  };
  std::string out = fmt::format("depth-first segment {}: {} steps, output buffer {}",
                                toString(s.segment), s.steps.size(), s.output);
  auto rect = [](const SegmentSchedule::Rect &r) {
    return fmt::format("[{}-{})x[{}-{})", r.rows.begin, r.rows.end, r.cols.begin, r.cols.end);
  };
  if (s.isPatched()) {
    out += fmt::format(", {} patches, {} MACs recomputed\n", s.patches.size(), s.extraMacs);
    for (size_t p = 0; p < s.patches.size(); ++p) {
      out += fmt::format("patch {}: cut {};", p, rect(s.patches[p].input));
      for (const auto &c : s.patches[p].calls)
        out += fmt::format(" {} {} <- {};", tensor(c.node), rect(c.output), rect(c.input));
      out += "\n";
    }
    return out;
  }
  for (const auto &b : s.banded)
    out += fmt::format(", band {}: {} rows x {} B", b.buffer, b.rowsHeld, b.rowBytes);
  if (s.evictedInput)
    out += fmt::format(", output over input {} (shift <= {})", *s.evictedInput, s.maxOutputShift);
  for (const auto &[inner, bytes] : s.patchBytes)
    out += fmt::format(", head patch {}: {} B", inner, bytes);
  if (s.extraMacs)
    out += fmt::format(", {} MACs recomputed", s.extraMacs);
  out += "\n";
  for (size_t t = 0; t < s.steps.size(); ++t) {
    out += fmt::format("step {}:", t);
    for (const auto &m : s.steps[t].moves)
      out += fmt::format(" move b{} rows {}+{}->0;", m.buffer, m.fromRow, m.rows);
    for (const auto &[tensorBuffer, at] : s.steps[t].placedIn)
      out += fmt::format(" b{} in b{} row {};", tensorBuffer, at.first, at.second);
    for (const auto &sl : s.steps[t].slices) {
      out += fmt::format(" {} rows {}-{}{} <-", tensor(sl.node), sl.output.begin, sl.output.end,
                         sl.inPlace ? " in place" : "");
      for (const auto &in : sl.inputs)
        out += fmt::format(" {}-{}", in.begin, in.end);
      for (const auto &p : sl.head) { // the head's chunks
        out += fmt::format(" [cut {}", rect(p.input));
        for (const auto &c : p.calls)
          out += fmt::format(" {} {}", tensor(c.node), rect(c.output));
        out += "]";
      }
      out += ";";
    }
    out += "\n";
  }
  return out;
}

} // namespace loom::graph
