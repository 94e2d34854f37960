// Row schedules of depth-first segments.
#include "loom/graph/DepthFirst.h"

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
    return fmt::format("{}-{}:L{}", s.first, s.last, s.slack ? std::to_string(s.slack) : "");
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
  // FIRST-LAST:L[SLACK]: line buffers.
  if (const size_t l = text.find(":L"); l != std::string::npos) {
    auto base = parseSegment(text.substr(0, l) + ":1");
    const std::string rest = text.substr(l + 2);
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

struct KernelNode {
  int node = -1;
  std::vector<int> inputs; // buffers
  std::vector<ops::RowWindow> windows;
  int output = -1;
  bool depthwise = false;
};

// The row windows of a node's kernel inputs, or why it cannot run on row slices.
Expected<std::vector<ops::RowWindow>> windowsOf(const Graph &g, const Node &n,
                                                const LoweredNode &op) {
  auto reason = [&](const std::string &why) -> Error {
    return Error{fmt::format("{}: cannot run depth-first: {}", g.describe(n), why)};
  };
  return std::visit(
      [&](const auto &p) -> Expected<std::vector<ops::RowWindow>> {
        using T = std::decay_t<decltype(p)>;
        if constexpr (ops::kWindowedOp<T>)
          return std::vector<ops::RowWindow>{ops::rowWindow(p)};
        else if constexpr (std::is_same_v<T, ops::PadParams>) {
          // Padding of width or channels only keeps the rows one to one.
          if (p.top != 0 || p.bottom != 0)
            return reason("a PAD of the height");
          return std::vector<ops::RowWindow>{ops::RowWindow{1, 1, 0, p.inputHeight, p.inputHeight}};
        } else if constexpr (std::is_same_v<T, ops::RequantizeParams> ||
                             std::is_same_v<T, ops::QuantizeFloatParams> ||
                             std::is_same_v<T, ops::DequantizeParams>) {
          const Tensor &out = g.tensors[n.outputs[0]];
          if (out.shape.size() != 4)
            return reason("an element-wise op on non-4-D tensors");
          const int h = out.shape[1];
          return std::vector<ops::RowWindow>{ops::RowWindow{1, 1, 0, h, h}};
        } else if constexpr (std::is_same_v<T, ops::AddParams>) {
          if (!p.operands.shape.empty() || !p.operands.constant2.empty())
            return reason("an ADD with broadcasting or a constant operand");
          const Tensor &out = g.tensors[n.outputs[0]];
          if (out.shape.size() != 4)
            return reason("an ADD of non-4-D tensors");
          const int h = out.shape[1];
          return std::vector<ops::RowWindow>(2, ops::RowWindow{1, 1, 0, h, h});
        } else
          return reason("only convolutions, pooling, same-shape ADD, PAD of width or channels, "
                        "element-wise (re)quantization and folded PAD run on row slices");
      },
      op);
}

// Line buffers: the segment's output row by row, each row pulling exactly the input rows it
// needs through the chain, one kernel call per row of each layer. Every band holds the rows its
// consumers still need (the fewest possible) plus `slack` rows, so the kept rows move to the top
// of the band only when it is full. Two passes: the first finds the fewest rows each band needs,
// the second emits the calls and moves.
Status lineBufferPass(SegmentSchedule &s, const std::vector<KernelNode> &kernels,
                      const std::set<int> &produced, int slack,
                      const std::map<int, size_t> &producerOf,
                      std::map<int, std::vector<std::pair<size_t, size_t>>> &consumersOf,
                      const std::set<size_t> &inPlace, size_t &refused);

//
// A depthwise convolution whose input band has no other reader and whose output row is read at
// once by a single row-for-row consumer keeps no band of its own: its output row goes into its
// input band, over the first input row it read (dead after this row: TinyEngine's in-place
// scheme, a channel plane of scratch) or, when that row is still needed, into a free row of the
// band. If no free row exists the convolution falls back to a band and the schedule is redone.
Status lineBufferSteps(SegmentSchedule &s, const std::vector<KernelNode> &kernels,
                       const std::set<int> &produced, int slack) {
  std::map<int, size_t> producerOf;
  std::map<int, std::vector<std::pair<size_t, size_t>>> consumersOf; // buffer -> (kernel, input)
  for (size_t k = 0; k < kernels.size(); ++k) {
    producerOf[kernels[k].output] = k;
    for (size_t i = 0; i < kernels[k].inputs.size(); ++i)
      consumersOf[kernels[k].inputs[i]].push_back({k, i});
  }
  std::set<size_t> inPlace; // depthwise kernels writing into their input band
  for (size_t k = 0; k < kernels.size(); ++k) {
    const KernelNode &kn = kernels[k];
    if (!kn.depthwise || kn.inputs.size() != 1 || kn.output == s.output)
      continue;
    const int in = kn.inputs[0];
    if (!producerOf.count(in) || in == s.output || consumersOf[in].size() != 1 ||
        consumersOf[kn.output].size() != 1 || s.rowBytes[kn.output] > s.rowBytes[in])
      continue;
    const auto &[c, i] = consumersOf[kn.output].front();
    const ops::RowWindow &w = kernels[c].windows[i];
    if (w.kernel == 1 && w.stride == 1 && w.padTop == 0)
      inPlace.insert(k);
  }
  for (;;) {
    s.steps.clear();
    s.banded.clear();
    size_t refused = kernels.size();
    if (auto st =
            lineBufferPass(s, kernels, produced, slack, producerOf, consumersOf, inPlace, refused);
        !st)
      return st;
    if (refused == kernels.size())
      return {};
    inPlace.erase(refused); // no row to put its output in: give it a band and start again
  }
}

Status lineBufferPass(SegmentSchedule &s, const std::vector<KernelNode> &kernels,
                      const std::set<int> &produced, int slack,
                      const std::map<int, size_t> &producerOf,
                      std::map<int, std::vector<std::pair<size_t, size_t>>> &consumersOf,
                      const std::set<size_t> &inPlace, size_t &refused) {
  std::set<int> kept; // outputs of the in-place kernels: no band
  for (size_t k : inPlace)
    kept.insert(kernels[k].output);
  std::map<int, int> capacity; // rows; 0 in the first pass (unbounded)
  for (int pass = 0; pass < 2; ++pass) {
    std::map<int, int> placed;                // kept output -> the band row holding its current row
    std::vector<int> next(kernels.size(), 0); // next output row of each kernel
    std::map<int, int> start, fewest;         // band -> tensor row at its row 0; rows needed
    std::vector<SegmentSchedule::Step> steps;
    std::vector<SegmentSchedule::Move> pending;
    // The first row of `b` a consumer still needs.
    auto firstNeeded = [&](int b) {
      int lo = INT_MAX;
      for (const auto &[k, i] : consumersOf[b]) {
        const ops::RowWindow &w = kernels[k].windows[i];
        if (next[k] < w.outputHeight)
          lo = std::min(lo, w.inputRows({next[k], next[k] + 1}).begin);
      }
      return lo;
    };
    std::function<Status(size_t)> compute = [&](size_t k) -> Status {
      const KernelNode &kn = kernels[k];
      const int r = next[k];
      SegmentSchedule::Slice slice{kn.node, {r, r + 1}, {}};
      SegmentSchedule::Step step;
      for (size_t i = 0; i < kn.inputs.size(); ++i) {
        const ops::RowRange in = kn.windows[i].inputRows({r, r + 1});
        slice.inputs.push_back(in);
        if (auto p = producerOf.find(kn.inputs[i]); p != producerOf.end())
          while (next[p->second] < in.end) {
            if (auto st = compute(p->second); !st)
              return st;
            if (refused != kernels.size()) // an in-place kernel found no row: start again
              return {};
          }
        if (pass == 1 && kept.count(kn.inputs[i])) { // its row waits in the producer's input band
          const int band = kernels[producerOf.at(kn.inputs[i])].inputs[0];
          step.placedIn[kn.inputs[i]] = {band, placed.at(kn.inputs[i])};
        }
      }
      if (pass == 1 && inPlace.count(k)) {
        const int band = kn.inputs[0];
        const ops::RowRange in = slice.inputs[0];
        const bool lastRow = r + 1 >= kn.windows[0].outputHeight;
        const bool baseDies = lastRow || kn.windows[0].inputRows({r + 1, r + 2}).begin > in.begin;
        const int held = next[producerOf.at(band)] - start[band];
        if (baseDies) {
          slice.inPlace = true;
          placed[kn.output] = in.begin - start[band];
        } else if (held < capacity[band]) {
          placed[kn.output] = held;
        } else {
          refused = k;
          return {};
        }
        step.placedIn[kn.output] = {band, placed[kn.output]};
      } else if (kn.output != s.output && !kept.count(kn.output)) {
        const int held = r + 1 - std::min(firstNeeded(kn.output), r);
        fewest[kn.output] = std::max(fewest[kn.output], held);
        if (pass == 1 && r + 1 - start[kn.output] > capacity[kn.output]) {
          const int from = std::min(firstNeeded(kn.output), r);
          if (r > from) // rows [from, r) are kept
            pending.push_back({kn.output, from - start[kn.output], r - from});
          start[kn.output] = from;
        }
      }
      step.moves = std::move(pending);
      pending.clear();
      step.slices.push_back(std::move(slice));
      for (int b : produced)
        if (b != s.output && !kept.count(b))
          step.windowStart[b] = start[b];
      steps.push_back(std::move(step));
      ++next[k];
      return {};
    };
    const size_t last = producerOf.at(s.output);
    while (next[last] < s.height[s.output] && refused == kernels.size())
      if (auto st = compute(last); !st)
        return st;
    if (refused != kernels.size())
      return {};
    if (pass == 0) {
      for (int b : produced)
        if (b != s.output && !kept.count(b))
          capacity[b] = std::max(1, fewest[b]) + slack;
      continue;
    }
    s.steps = std::move(steps);
    for (int b : produced)
      if (b != s.output) // a kept output needs no bytes of its own
        s.banded.push_back({b, kept.count(b) ? 0 : capacity[b], s.rowBytes[b]});
  }
  return {};
}

// The column windows of a node that has row windows (element-wise ones map columns one to one).
std::vector<ops::RowWindow> columnsOf(const Graph &g, const Node &n, const LoweredNode &op) {
  return std::visit(
      [&](const auto &p) -> std::vector<ops::RowWindow> {
        using T = std::decay_t<decltype(p)>;
        if constexpr (ops::kWindowedOp<T>)
          return {ops::colWindow(p)};
        else {
          const Tensor &out = g.tensors[n.outputs[0]];
          const int w = out.shape.size() == 4 ? out.shape[2] : 1;
          return std::vector<ops::RowWindow>(std::holds_alternative<ops::AddParams>(op) ? 2 : 1,
                                             ops::RowWindow{1, 1, 0, w, w});
        }
      },
      op);
}

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
    if (std::holds_alternative<Alias>(*lowered)) {
      if (n.op == OpType::Pad)
        r.pad = true; // folded into the convolution that reads the unpadded tensor
      else
        r.error = fmt::format("{}: cannot run depth-first: a {} view changes the row layout",
                              g.describe(n), name(n.op));
      continue;
    }
    auto windows = windowsOf(g, n, *lowered);
    if (!windows) {
      r.error = windows.error().message;
      continue;
    }
    r.windows = *windows;
    r.depthwise = std::holds_alternative<ops::DepthwiseConv2DParams>(*lowered);
    r.columns = columnsOf(g, n, *lowered);
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
    if (auto st = patchSteps(g, s, kernels, *nodeFacts); !st)
      return Error{fmt::format("depth-first segment {}: {}", toString(seg), st.error().message)};
    return s; // no bands, no evict-in: each patch reads anywhere in the input
  }
  if (seg.rows == 0) {
    if (auto st = lineBufferSteps(s, kernels, produced, seg.slack); !st)
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
        SegmentSchedule::Slice slice{k.node, out, {}};
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
    return node < 0 ? std::string("input")
                    : fmt::format("n{}", g.nodes[static_cast<size_t>(node)].index);
  };
  std::string out = fmt::format("depth-first segment {}: {} steps, output buffer {}",
                                toString(s.segment), s.steps.size(), s.output);
  if (s.isPatched()) {
    out += fmt::format(", {} patches, {} MACs recomputed\n", s.patches.size(), s.extraMacs);
    auto rect = [](const SegmentSchedule::Rect &r) {
      return fmt::format("[{}-{})x[{}-{})", r.rows.begin, r.rows.end, r.cols.begin, r.cols.end);
    };
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
      out += ";";
    }
    out += "\n";
  }
  return out;
}

} // namespace loom::graph
