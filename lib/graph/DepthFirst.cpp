// Row schedules of depth-first segments.
#include "DepthFirstParts.h"

#include "loom/ops/OpSlices.h"

#include <fmt/format.h>

#include <algorithm>
#include <climits>
#include <functional>
#include <set>

namespace loom::graph {

std::string toString(const DepthFirstSegment &s) {
  if (s.patchRows > 0)
    return fmt::format("{}-{}:P{}x{}", s.first, s.last, s.patchRows, s.patchCols);
  if (s.rows == 0)
    return fmt::format("{}-{}:L{}{}", s.first, s.last, s.slack ? std::to_string(s.slack) : "",
                       s.headLayers ? fmt::format("/{}x{}", s.headLayers, s.headColumns) : "");
  return fmt::format("{}-{}:{}", s.first, s.last, s.rows);
}

Expected<DepthFirstSegment> parseSegment(const std::string &text) {
  DepthFirstSegment s;
  // FIRST-LAST:PRxC: patches.
  if (const size_t l = text.find(":P"); l != std::string::npos) {
    auto base = parseSegment(text.substr(0, l) + ":1");
    int r = 0, c = 0, used = 0;
    const std::string rest = text.substr(l + 2);
    if (!base || std::sscanf(rest.c_str(), "%dx%d%n", &r, &c, &used) != 2 ||
        used != static_cast<int>(rest.size()) || r < 1 || c < 1 || r * c < 2 || r > 64 || c > 64)
      return Error{fmt::format("depth-first segment '{}': expected FIRST-LAST:PRxC, a grid of at "
                               "least two patches (e.g. 0-12:P2x2)",
                               text)};
    base->patchRows = r, base->patchCols = c;
    return base;
  }
  // FIRST-LAST:L[SLACK][/LAYERSxCOLUMNS]: line buffers, maybe with a patched head.
  if (const size_t l = text.find(":L"); l != std::string::npos) {
    auto base = parseSegment(text.substr(0, l) + ":1");
    std::string rest = text.substr(l + 2);
    if (const size_t h = rest.find('/'); h != std::string::npos && base) {
      int layers = 0, columns = 0, used = 0;
      const std::string head = rest.substr(h + 1);
      if (std::sscanf(head.c_str(), "%dx%d%n", &layers, &columns, &used) != 2 ||
          used != static_cast<int>(head.size()) || layers < 2 || layers > 8 || columns < 1 ||
          columns > 256)
        return Error{fmt::format("depth-first segment '{}': expected FIRST-LAST:L[SLACK]/LxC, a "
                                 "head of 2 to 8 layers in 1 to 256 column chunks (e.g. 0-9:L/2x8)",
                                 text)};
      base->headLayers = layers, base->headColumns = columns;
      rest = rest.substr(0, h);
    }
    if (!base ||
        !std::all_of(rest.begin(), rest.end(), [](char c) { return c >= '0' && c <= '9'; }) ||
        rest.size() > 3)
      return Error{fmt::format("depth-first segment '{}': expected FIRST-LAST:ROWS or "
                               "FIRST-LAST:L[SLACK]",
                               text)};
    base->rows = 0;
    base->slack = rest.empty() ? 0 : std::stoi(rest);
    return base;
  }
  char dash = 0, colon = 0;
  int used = 0;
  if (std::sscanf(text.c_str(), "%d%c%d%c%d%n", &s.first, &dash, &s.last, &colon, &s.rows, &used) !=
          5 ||
      dash != '-' || colon != ':' || used != static_cast<int>(text.size()))
    return Error{fmt::format("depth-first segment '{}': expected FIRST-LAST:ROWS (node positions "
                             "and output rows per step), e.g. 0-12:2",
                             text)};
  if (s.first < 0 || s.last < s.first || s.rows < 1)
    return Error{
        fmt::format("depth-first segment '{}': needs 0 <= FIRST <= LAST and ROWS >= 1", text)};
  return s;
}

namespace {

using depth_first::KernelNode;

} // namespace

std::vector<RowNode> rowNodes(const Graph &g, const ActivationBuffers &act) {
  std::vector<RowNode> out(g.nodes.size());
  for (size_t i = 0; i < g.nodes.size(); ++i) {
    const Node &n = g.nodes[i];
    RowNode &r = out[i];
    r.node = static_cast<int>(i);
    int input = -1;
    auto lowered = lowerNode(g, n, input);
    if (!lowered) {
      r.error = lowered.error().message;
      continue;
    }
    if (act.viewNode[i]) {
      r.error = fmt::format("{}: cannot run depth-first: a {} done by placement (a view, no "
                            "kernel)",
                            g.describe(n), name(n.op));
      continue;
    }
    if (std::holds_alternative<Alias>(*lowered)) {
      if (n.op == OpType::Pad)
        r.pad = true; // folded into the convolution that reads the unpadded tensor
      else
        r.error = fmt::format("{}: cannot run depth-first: a {} view changes the row layout",
                              g.describe(n), name(n.op));
      continue;
    }
    const auto *kernel = std::get_if<ops::Op>(&*lowered);
    if (!kernel) {
      r.error = fmt::format("{}: cannot run depth-first: a shape computation", g.describe(n));
      continue;
    }
    const ops::Op &op = *kernel;
    const auto &outShape = g.tensors[n.outputs[0]].shape;
    auto windows = ops::rowWindows(op, outShape);
    if (!windows) {
      r.error =
          fmt::format("{}: cannot run depth-first: {}", g.describe(n), windows.error().message);
      continue;
    }
    r.windows = *windows;
    // Channel by channel (in place in a line buffer) only without a depth multiplier.
    const auto *dw = std::get_if<ops::DepthwiseConv2DParams>(&op);
    r.depthwise = dw && dw->depthMultiplier == 1;
    r.windowed = ops::isWindowed(op);
    r.columns = ops::colWindows(op, outShape);
    r.output = act.bufferOfTensor[n.outputs[0]];
    std::vector<int> tensors = kernelInputs(n, *lowered, input);
    tensors.push_back(n.outputs[0]);
    for (size_t t = 0; t < tensors.size() && r.error.empty(); ++t) {
      const Tensor &x = g.tensors[tensors[t]];
      const int b = act.bufferOfTensor[tensors[t]];
      if (x.shape.size() != 4 || x.shape[0] != 1)
        r.error = fmt::format("{}: cannot run depth-first: tensor '{}' is not 1xHxWxC",
                              g.describe(n), x.name);
      else if (t + 1 < tensors.size() && r.windows[t].inputHeight != x.shape[1])
        r.error = fmt::format("{}: input '{}' has {} rows, the op reads {}", g.describe(n), x.name,
                              x.shape[1], r.windows[t].inputHeight);
      else if (b < 0)
        r.error = fmt::format("{}: cannot run depth-first: '{}' has no activation buffer",
                              g.describe(n), x.name);
      else if (act.viewTensor[tensors[t]]) // row bands hold whole tensors' rows
        r.error = fmt::format("{}: cannot run depth-first: '{}' is a view into '{}'", g.describe(n),
                              x.name, act.requests[static_cast<size_t>(b)].name);
      if (t + 1 < tensors.size())
        r.inputs.push_back(b);
      r.dims.push_back({b, int64_t{x.shape[2]} * x.shape[3] * elementSize(x.type), x.shape[1]});
      r.pixels.push_back({b, x.shape[2], x.shape[3] * elementSize(x.type)});
    }
  }
  return out;
}

Expected<SegmentSchedule> scheduleSegment(const Graph &g, const ActivationBuffers &act,
                                          const DepthFirstSegment &seg,
                                          const std::vector<RowNode> *nodeFacts, bool streamInput) {
  const int nodes = static_cast<int>(g.nodes.size());
  if (seg.last >= nodes)
    return Error{fmt::format("depth-first segment {}: the model has {} nodes (0-{})", toString(seg),
                             nodes, nodes - 1)};
  std::vector<RowNode> computed;
  if (!nodeFacts) {
    computed = rowNodes(g, act);
    nodeFacts = &computed;
  }
  SegmentSchedule s;
  s.segment = seg;
  std::vector<KernelNode> kernels;
  std::set<int> produced;
  for (int i = seg.first; i <= seg.last; ++i) {
    const RowNode &r = (*nodeFacts)[static_cast<size_t>(i)];
    if (!r.error.empty())
      return Error{r.error};
    if (r.pad)
      continue;
    for (const auto &[b, rowBytes, height] : r.dims) {
      s.rowBytes[b] = rowBytes;
      s.height[b] = height;
    }
    produced.insert(r.output);
    kernels.push_back({i, r.inputs, r.windows, r.output, r.depthwise});
  }
  if (kernels.empty())
    return Error{fmt::format("depth-first segment {}: no kernel to run", toString(seg))};
  // A streamed model input is produced here too, by the application, a band of rows at a time
  // (node -1): it must die in the segment and be a 1xHxWxC tensor the segment reads.
  if (streamInput && seg.patchRows == 0 && g.inputs.size() == 1) {
    const int in = act.bufferOfTensor[g.inputs[0]];
    const Tensor &t = g.tensors[g.inputs[0]];
    const bool read = std::any_of(kernels.begin(), kernels.end(), [&](const KernelNode &k) {
      return std::find(k.inputs.begin(), k.inputs.end(), in) != k.inputs.end();
    });
    const bool dies =
        std::find(g.outputs.begin(), g.outputs.end(), g.inputs[0]) == g.outputs.end() &&
        act.requests[static_cast<size_t>(in)].last <= seg.last;
    if (read && dies && t.shape.size() == 4 && t.shape[0] == 1) {
      kernels.insert(kernels.begin(), KernelNode{-1, {}, {}, in});
      produced.insert(in);
      s.streamsInput = true;
    }
  }

  std::vector<KernelNode> head;
  if (seg.headLayers > 0) {
    auto merged = depth_first::mergeHead(g, act, s, kernels, produced, *nodeFacts);
    if (!merged)
      return Error{
          fmt::format("depth-first segment {}: {}", toString(seg), merged.error().message)};
    head = std::move(*merged);
  }

  // The output: the one buffer produced here and used after the segment (or a model output).
  std::set<int> modelOutputs;
  for (int t : g.outputs)
    modelOutputs.insert(act.bufferOfTensor[t]);
  std::set<int> consumed;
  for (const auto &k : kernels)
    for (int b : k.inputs)
      consumed.insert(b);
  std::vector<int> outputs;
  for (int b : produced) {
    const bool usedAfter =
        act.requests[static_cast<size_t>(b)].last > seg.last || modelOutputs.count(b) > 0;
    if (usedAfter)
      outputs.push_back(b);
    else if (!consumed.count(b))
      return Error{fmt::format("depth-first segment {}: tensor '{}' is never read", toString(seg),
                               act.requests[static_cast<size_t>(b)].name)};
  }
  if (outputs.size() != 1)
    return Error{fmt::format("depth-first segment {}: {} tensors are used after it (one needed)",
                             toString(seg), outputs.size())};
  s.output = outputs[0];
  for (int b : consumed)
    if (!produced.count(b))
      s.inputs.push_back(b);

  // The first row of each buffer still read from step t on.
  auto firstReadFrom = [&](int buffer) {
    const int steps = static_cast<int>(s.steps.size());
    std::vector<int> lo(static_cast<size_t>(steps) + 1, INT_MAX);
    for (int t = steps - 1; t >= 0; --t) {
      lo[static_cast<size_t>(t)] = lo[static_cast<size_t>(t) + 1];
      for (const auto &slice : s.steps[static_cast<size_t>(t)].slices) {
        const auto &k = *std::find_if(kernels.begin(), kernels.end(),
                                      [&](const KernelNode &kn) { return kn.node == slice.node; });
        for (size_t i = 0; i < k.inputs.size(); ++i)
          if (k.inputs[i] == buffer && !slice.inputs[i].empty())
            lo[static_cast<size_t>(t)] =
                std::min(lo[static_cast<size_t>(t)], slice.inputs[i].begin);
      }
    }
    return lo;
  };

  if (seg.patchRows > 0) {
    if (auto st = depth_first::patchSteps(g, s, kernels, *nodeFacts); !st)
      return Error{fmt::format("depth-first segment {}: {}", toString(seg), st.error().message)};
    return s; // no bands, no evict-in: each patch reads anywhere in the input
  }
  if (seg.rows == 0) {
    if (auto st = depth_first::lineBufferSteps(s, kernels, produced, seg.slack); !st)
      return Error{fmt::format("depth-first segment {}: {}", toString(seg), st.error().message)};
    if (!head.empty())
      if (auto st = depth_first::headPatches(g, s, head, *nodeFacts); !st)
        return Error{fmt::format("depth-first segment {}: {}", toString(seg), st.error().message)};
  } else {
    // Rows each buffer must hold by the end of each step, from the output back.
    const int outHeight = s.height[s.output];
    const int steps = (outHeight + seg.rows - 1) / seg.rows;
    std::vector<std::map<int, int>> need(static_cast<size_t>(steps));
    for (int t = 0; t < steps; ++t) {
      auto &nd = need[static_cast<size_t>(t)];
      nd[s.output] = std::min(outHeight, (t + 1) * seg.rows);
      for (auto k = kernels.rbegin(); k != kernels.rend(); ++k) {
        const int e = nd.count(k->output) ? nd[k->output] : 0;
        for (size_t i = 0; i < k->inputs.size(); ++i)
          nd[k->inputs[i]] = std::max(nd[k->inputs[i]], k->windows[i].inputRows({0, e}).end);
      }
    }
    s.steps.resize(static_cast<size_t>(steps));
    std::map<int, int> done;
    for (int t = 0; t < steps; ++t)
      for (const auto &k : kernels) {
        const ops::RowRange out{done[k.output], need[static_cast<size_t>(t)][k.output]};
        if (out.empty())
          continue;
        SegmentSchedule::Slice slice{k.node, out, {}, false, {}};
        for (size_t i = 0; i < k.inputs.size(); ++i)
          slice.inputs.push_back(k.windows[i].inputRows(out));
        s.steps[static_cast<size_t>(t)].slices.push_back(std::move(slice));
        done[k.output] = out.end;
      }
    for (const auto &[b, rows] : done)
      if (rows != s.height[b])
        return Error{fmt::format("depth-first segment {}: internal error: '{}' computed to row {} "
                                 "of {}",
                                 toString(seg), act.requests[static_cast<size_t>(b)].name, rows,
                                 s.height[b])};

    // Band buffers: the window [start, need) slides down; rows produced in a step are always held.
    for (int b : produced) {
      if (b == s.output)
        continue;
      const std::vector<int> lo = firstReadFrom(b);
      BandedBuffer band{b, 0, s.rowBytes[b]};
      int prevStart = 0, prevNeed = 0;
      for (int t = 0; t < steps; ++t) {
        const int nd = need[static_cast<size_t>(t)][b];
        const int start = std::min({lo[static_cast<size_t>(t)], prevNeed, nd});
        s.steps[static_cast<size_t>(t)].windowStart[b] = start;
        band.rowsHeld = std::max(band.rowsHeld, nd - start);
        if (t > 0 && start > prevStart && prevNeed > start)
          s.steps[static_cast<size_t>(t)].moves.push_back({b, start - prevStart, prevNeed - start});
        prevStart = start, prevNeed = nd;
      }
      s.banded.push_back(band);
    }
  }
  const int steps = static_cast<int>(s.steps.size());
  // Rows of the output written by the end of each step.
  std::vector<int> written(static_cast<size_t>(steps), 0);
  for (int t = 0, w = 0; t < steps; ++t) {
    for (const auto &slice : s.steps[static_cast<size_t>(t)].slices)
      if (slice.node >= 0 &&
          kernels[static_cast<size_t>(
                      std::find_if(kernels.begin(), kernels.end(),
                                   [&](const KernelNode &k) { return k.node == slice.node; }) -
                      kernels.begin())]
                  .output == s.output)
        w = std::max(w, slice.output.end);
    written[static_cast<size_t>(t)] = w;
  }
  if (written.empty() || written.back() != s.height[s.output])
    return Error{fmt::format("depth-first segment {}: internal error: the output is not complete",
                             toString(seg))};
  // Evict-in: the largest input that dies here may share memory with the output.
  int64_t bestSize = 0;
  for (int x : s.inputs) {
    const BufferRequest &r = act.requests[static_cast<size_t>(x)];
    if (r.last > seg.last || modelOutputs.count(x) || r.size <= bestSize)
      continue;
    const std::vector<int> lo = firstReadFrom(x);
    int64_t shift = INT64_MAX;
    for (int t = 0; t < steps; ++t) {
      const int64_t firstKept = std::min(lo[static_cast<size_t>(t)], s.height[x]) * s.rowBytes[x];
      shift = std::min(shift, firstKept - written[static_cast<size_t>(t)] * s.rowBytes[s.output]);
    }
    if (shift > -act.requests[static_cast<size_t>(s.output)].size) {
      s.evictedInput = x;
      s.maxOutputShift = shift;
      bestSize = r.size;
    }
  }
  return s;
}

} // namespace loom::graph
