// Model compilation: lowering, scheduling, planning, emission.
#include "loom/graph/ModelCompiler.h"

#include "LoweredSlices.h"
#include "loom/codegen/Codegen.h"
#include "loom/graph/Liveness.h"
#include "loom/graph/Lowering.h"
#include "loom/schedule/DefaultSchedules.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <map>
#include <set>
#include <tuple>

namespace loom::graph {

namespace {

std::string identifier(const std::string &s) {
  std::string out;
  for (char c : s)
    out += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
  if (out.empty() || std::isdigit(static_cast<unsigned char>(out[0])))
    out = "m_" + out;
  return out;
}

Expected<ir::Kernel> kernelFor(const LoweredNode &op, const std::string &name,
                               const CompileOptions &options, std::string &scheduleText,
                               bool &tuned) {
  const bool scheduled = options.defaultSchedules;
  return std::visit(
      [&](const auto &p) -> Expected<ir::Kernel> {
        using T = std::decay_t<decltype(p)>;
        if constexpr (std::is_same_v<T, ops::AddParams>)
          return ops::buildAdd(p, name);
        else if constexpr (std::is_same_v<T, ops::MulParams>)
          return ops::buildMul(p, name);
        else if constexpr (std::is_same_v<T, ops::AveragePool2DParams>)
          return ops::buildAveragePool2D(p, name);
        else if constexpr (std::is_same_v<T, ops::MaxPool2DParams>)
          return ops::buildMaxPool2D(p, name);
        else if constexpr (std::is_same_v<T, ops::MeanParams>)
          return ops::buildMean(p, name);
        else if constexpr (std::is_same_v<T, ops::TransposeParams>)
          return ops::buildTranspose(p, name);

        else if constexpr (std::is_same_v<T, ops::ResizeNearestParams>)
          return ops::buildResizeNearest(p, name);
        else if constexpr (std::is_same_v<T, ops::QuantizeFloatParams>)
          return ops::buildQuantizeFloat(p, name);
        else if constexpr (std::is_same_v<T, ops::DequantizeParams>)
          return ops::buildDequantize(p, name);
        else if constexpr (std::is_same_v<T, ops::LogSoftmaxFloatParams>)
          return ops::buildLogSoftmaxFloat(p, name);
        else if constexpr (std::is_same_v<T, ops::SoftmaxParams>)
          return ops::buildSoftmax(p, name);
        else if constexpr (std::is_same_v<T, ops::PadParams>)
          return ops::buildPad(p, name);
        else if constexpr (std::is_same_v<T, ops::RequantizeParams>)
          return ops::buildRequantize(p, name);
        else if constexpr (std::is_same_v<T, Alias> || std::is_same_v<T, ShapeOnly>)
          return Error{"an alias has no kernel"};
        else {
          auto naive = ops::buildKernel(ops::AnyOp{p}, name);
          if (!naive || !scheduled)
            return naive;
          // A tuned schedule wins when it applies to this layer (a record keyed by shape may meet
          // a layer whose quantization makes one of its steps illegal: then the default).
          // Steps a layer of the same shape refuses (fold_zero_point with a zero zero point,
          // fast_requantize with a left shift) are left out, as in the default rules; the
          // report shows the steps applied.
          if (options.tunedSchedule)
            if (auto text = options.tunedSchedule(ops::AnyOp{p}))
              if (auto parsed = schedule::parseSchedule(*text)) {
                std::vector<std::string> lines;
                for (const auto &step : parsed->steps)
                  lines.push_back(step.toString());
                schedule::Schedule kept = schedule::legalSteps(*naive, lines);
                if (kept.steps.size() == parsed->steps.size() ||
                    std::all_of(parsed->steps.begin(), parsed->steps.end(), [&](const auto &st) {
                      return st.primitive == "fold_zero_point" ||
                             st.primitive == "fast_requantize" ||
                             std::find(kept.steps.begin(), kept.steps.end(), st) !=
                                 kept.steps.end();
                    })) {
                  if (auto k = schedule::applySchedule(*naive, kept)) {
                    scheduleText = kept.toText();
                    tuned = true;
                    return k;
                  }
                }
              }
          schedule::Schedule s = schedule::defaultSchedule(ops::AnyOp{p}, *naive);
          scheduleText = s.toText();
          return schedule::applySchedule(*naive, s);
        }
      },
      op);
}

} // namespace

Expected<CompiledModel> compileModel(const Graph &g, const CompileOptions &options) {
  CompiledModel m;
  m.name = identifier(g.name);
  for (size_t i = 0; i < g.nodes.size(); ++i)
    if (g.nodes[i].index != static_cast<int>(i)) { // reordered (OperatorOrder.h)
      for (const Node &n : g.nodes)
        m.nodeOrder.push_back(n.index);
      break;
    }
  if (g.inputs.size() != 1 || g.outputs.empty())
    return Error{fmt::format("{}: models with {} inputs and {} outputs are not supported (one "
                             "input, one or more outputs)",
                             g.name, g.inputs.size(), g.outputs.size())};
  auto layout =
      depthFirstLayout(g, options.inPlaceDepthwise, options.depthFirst, options.streamInput);
  if (!layout)
    return Error{fmt::format("{}: {}", g.name, layout.error().message)};
  const ActivationBuffers &act = layout->activations;
  m.buffers = layout->requests;
  m.segments = layout->segments;
  std::vector<int> segmentAt(g.nodes.size(), -1);
  for (size_t k = 0; k < m.segments.size(); ++k)
    for (int i = m.segments[k].segment.first; i <= m.segments[k].segment.last; ++i)
      segmentAt[static_cast<size_t>(i)] = static_cast<int>(k);

  // Kernels by name: the slices of a segment share a kernel whenever their shapes agree.
  std::map<std::string, std::tuple<ir::Kernel, std::string, bool>> built;
  std::map<std::string, int> scratchOf; // kernel.argument -> request, shared within a segment
  // One kernel call; args are the activation arguments in order: the buffer, the offset inside
  // it and the first tensor byte there.
  struct Arg {
    int buffer = -1;
    int64_t offset = 0, tensorByte = 0;
    int tensor = -1; // whose bytes, when not the buffer's own tensor
  };
  auto addStep = [&](const Node &n, const LoweredNode &op, const std::string &kernelName,
                     int inPlaceOutput, const std::vector<Arg> &args, int scratchFirst,
                     int scratchLast, const ir::Kernel *prebuilt = nullptr) -> Status {
    const bool inPlace = inPlaceOutput >= 0;
    auto it = built.find(kernelName);
    if (it == built.end() && prebuilt) {
      it = built.emplace(kernelName, std::tuple{*prebuilt, std::string{}, false}).first;
    } else if (it == built.end()) {
      std::string scheduleText;
      bool tuned = false;
      Expected<ir::Kernel> kernel = Error{""};
      if (inPlace) {
        kernel =
            ops::buildDepthwiseConv2DInPlace(std::get<ops::DepthwiseConv2DParams>(op), kernelName);
        if (kernel && options.defaultSchedules) {
          schedule::Schedule s =
              schedule::inPlaceDepthwiseSchedule(*kernel, std::get<ops::DepthwiseConv2DParams>(op));
          scheduleText = s.toText();
          kernel = schedule::applySchedule(*kernel, s);
        }
      } else {
        kernel = kernelFor(op, kernelName, options, scheduleText, tuned);
      }
      if (!kernel)
        return Error{fmt::format("{}: {}: {}", g.name, g.describe(n), kernel.error().message)};
      it = built.emplace(kernelName, std::tuple{*kernel, scheduleText, tuned}).first;
    }
    const auto &[kernel, scheduleText, tuned] = it->second;
    CompiledModel::Step step{.node = n.index,
                             .kernel = kernel,
                             .buffers = {},
                             .argOffsets = {},
                             .schedule = scheduleText,
                             .tuned = tuned,
                             .macs = sliceMacs(op),
                             .accesses = {},
                             .inputRows = std::nullopt};
    size_t t = 0;
    for (const auto &arg : kernel.arguments) {
      if (arg->role == ir::BufferRole::Scratch) {
        // A kernel's scratch is only used during its call: the kernels of a segment share one.
        const std::string key = scratchFirst == scratchLast
                                    ? fmt::format("{}.{}", kernel.name, arg->name)
                                    : fmt::format("{}.segment{}.scratch", m.name, scratchFirst);
        auto [sc, fresh] = scratchOf.emplace(key, static_cast<int>(m.buffers.size()));
        if (fresh)
          m.buffers.push_back({key, arg->byteSize(), scratchFirst, scratchLast, std::nullopt});
        auto &scratch = m.buffers[static_cast<size_t>(sc->second)];
        scratch.size = std::max(scratch.size, arg->byteSize());
        step.buffers.push_back(sc->second);
        step.argOffsets.push_back(0);
        step.accesses.push_back({sc->second, 0, 0, arg->byteSize(), true});
        continue;
      }
      if (t >= args.size() || args[t].buffer < 0)
        return Error{fmt::format("{}: {}: kernel argument '{}' has no activation buffer", g.name,
                                 g.describe(n), arg->name)};
      const Arg &x = args[t++];
      step.buffers.push_back(x.buffer);
      step.argOffsets.push_back(x.offset);
      if (arg->role == ir::BufferRole::InOut && inPlace) {
        step.accesses.push_back({x.buffer, x.offset, x.tensorByte,
                                 m.buffers[static_cast<size_t>(x.buffer)].size, false});
        step.accesses.push_back(
            {inPlaceOutput, 0, 0, m.buffers[static_cast<size_t>(inPlaceOutput)].size, true});
      } else if (arg->role != ir::BufferRole::InOut) { // a row in place: the caller says
        step.accesses.push_back({x.buffer, x.offset, x.tensorByte, arg->byteSize(),
                                 arg->role == ir::BufferRole::Output, x.tensor});
      }
    }
    // Reads before writes: a kernel reads its inputs before it writes over them.
    std::stable_partition(step.accesses.begin(), step.accesses.end(),
                          [](const CompiledModel::Access &a) { return !a.write; });
    m.macs += step.macs;
    m.steps.push_back(std::move(step));
    return {};
  };

  // Patches and patched heads. Patch-local bytes carry the patch's number (`generation`) in
  // their data-flow labels, so a stale patch is caught.
  // Rectangle `r` of tensor `whole` (its rows from `firstRow` on at the buffer's start: 0 for a
  // whole tensor, the window start for a band) cut out into, or pasted from, a patch buffer.
  auto copyRect = [&](const SegmentSchedule &s, const SegmentSchedule::Rect &r, int whole,
                      int firstRow, int patchBuffer, int64_t generation, bool cut) -> Status {
    const int a = s.segment.first, b = s.segment.last;
    const int64_t cb = s.channelBytes.at(whole), w = s.width.at(whole);
    const int64_t rowBytes = r.cols.size() * cb;
    ops::CopyRectParams p{r.rows.size(), rowBytes, cut ? w * cb : rowBytes,
                          cut ? rowBytes : w * cb};
    auto kernel = ops::buildCopyRect(p, fmt::format("{}_{}{}x{}_{}", m.name, cut ? "cut" : "paste",
                                                    r.rows.size(), r.cols.size(), w * cb));
    if (!kernel)
      return kernel.error();
    const int64_t tensorAt = (r.rows.begin * w + r.cols.begin) * cb;
    const int64_t at = tensorAt - firstRow * w * cb;
    const std::vector<Arg> args =
        cut ? std::vector<Arg>{{whole, at, tensorAt}, {patchBuffer, 0, generation}}
            : std::vector<Arg>{{patchBuffer, 0, generation}, {whole, at, tensorAt}};
    const Node &first = g.nodes[static_cast<size_t>(a)];
    if (auto st = addStep(first, ops::PadParams{}, kernel->name, -1, args, a, b, &*kernel); !st)
      return st;
    // Row-wise accesses of the tensor's rectangle, one of the patch buffer.
    auto &acc = m.steps.back().accesses;
    acc.clear();
    for (int row = r.rows.begin; row < r.rows.end; ++row) {
      const int64_t t = (row * w + r.cols.begin) * cb;
      acc.push_back({whole, t - firstRow * w * cb, t, rowBytes, !cut});
    }
    acc.insert(cut ? acc.end() : acc.begin(),
               CompiledModel::Access{patchBuffer, 0, generation, r.rows.size() * rowBytes, cut});
    m.movedBytes += r.rows.size() * rowBytes;
    return {};
  };
  // A layer on a rectangle of its output: the same kernel for every call of the same shape.
  auto rectCall = [&](const SegmentSchedule &s, const SegmentSchedule::PatchCall &c, const Arg &in,
                      const Arg &out) -> Status {
    const Node &n = g.nodes[static_cast<size_t>(c.node)];
    int input = -1;
    auto op = lowerNode(g, n, input);
    if (!op)
      return op.error();
    auto rect = rectNode(g, n, *op, c.output.rows, c.output.cols);
    if (!rect)
      return rect.error();
    const std::string shape = std::visit(
        [&](const auto &p) -> std::string {
          if constexpr (requires { p.padding.top; })
            return fmt::format("p{}x{}t{}b{}l{}r{}", c.output.rows.size(), c.output.cols.size(),
                               p.padding.top, p.padding.bottom, p.padding.left, p.padding.right);
          else
            return fmt::format("p{}x{}", c.output.rows.size(), c.output.cols.size());
        },
        *rect);
    return addStep(n, *rect, fmt::format("{}_n{}_{}", m.name, n.index, shape), -1, {in, out},
                   s.segment.first, s.segment.last);
  };
  // A patch-based segment: per patch, cut the input rectangle out, run every layer on its
  // rectangle in patch-sized buffers, paste the tile into the output.
  auto emitPatches = [&](const SegmentSchedule &s) -> Status {
    for (size_t pi = 0; pi < s.patches.size(); ++pi) {
      const auto &patch = s.patches[pi];
      const int64_t generation = static_cast<int64_t>(pi) << 40;
      if (auto st = copyRect(s, patch.input, s.inputs[0], 0, s.inputPatchBuffer, generation, true);
          !st)
        return st;
      for (size_t ci = 0; ci < patch.calls.size(); ++ci) {
        const auto &c = patch.calls[ci];
        const int in = ci == 0 ? s.inputPatchBuffer : patch.calls[ci - 1].outputBuffer;
        const int out = ci + 1 == patch.calls.size() ? s.outputPatchBuffer : c.outputBuffer;
        if (auto st = rectCall(s, c, {in, 0, generation}, {out, 0, generation}); !st)
          return st;
      }
      if (auto st = copyRect(s, patch.calls.back().output, s.output, 0, s.outputPatchBuffer,
                             generation, false);
          !st)
        return st;
    }
    return {};
  };

  // A segment's steps: at the start of each, the band moves (in chunks that never overlap, so a
  // plain forward copy is right), then each layer on the rows the step needs.
  int64_t headChunks = 0; // patches of patched heads, numbered across the model
  auto emitSegment = [&](const SegmentSchedule &s) -> Status {
    if (s.isPatched())
      return emitPatches(s);
    const int a = s.segment.first, b = s.segment.last;
    std::map<int, std::pair<const Node *, LoweredNode>> lowered;
    for (const auto &step : s.steps)
      for (const auto &slice : step.slices)
        if (slice.node >= 0 && !lowered.count(slice.node)) {
          int input = -1;
          const Node &n = g.nodes[static_cast<size_t>(slice.node)];
          auto op = lowerNode(g, n, input);
          if (!op)
            return op.error();
          lowered.emplace(slice.node, std::pair{&n, *op});
        }
    const Node &first = g.nodes[static_cast<size_t>(a)];
    for (const auto &step : s.steps) {
      for (const auto &mv : step.moves) {
        const int64_t rowBytes = s.rowBytes.at(mv.buffer);
        const int shift = mv.fromRow;
        for (int k = 0; k < mv.rows; k += shift) {
          const int64_t bytes = std::min(shift, mv.rows - k) * rowBytes;
          ops::TransposeParams copy{{static_cast<int>(bytes)}, {0}};
          // The tensor rows the band holds at buffer row 0 before this step's moves.
          const int64_t heldFrom = (step.windowStart.at(mv.buffer) - mv.fromRow) * rowBytes;
          const int64_t tensorByte = heldFrom + (mv.fromRow + k) * rowBytes;
          if (auto st = addStep(first, copy, fmt::format("{}_move{}", m.name, bytes), -1,
                                {{mv.buffer, (mv.fromRow + k) * rowBytes, tensorByte},
                                 {mv.buffer, k * rowBytes, tensorByte}},
                                a, b);
              !st)
            return st;
          m.steps.back().macs = 0;
          m.movedBytes += bytes;
        }
      }
      for (const auto &slice : step.slices) {
        if (slice.node < 0) { // the application writes rows of the streamed input
          const int in = act.bufferOfTensor[g.inputs[0]];
          const int64_t rowBytes = s.rowBytes.at(in);
          const int64_t at = (slice.output.begin - step.windowStart.at(in)) * rowBytes;
          const int64_t bytes = slice.output.size() * rowBytes;
          CompiledModel::Step fill{
              .node = first.index,
              .kernel =
                  ir::Kernel{fmt::format("{}_input_rows", m.name),
                             {},
                             nullptr,
                             fmt::format("input rows {}-{}", slice.output.begin, slice.output.end)},
              .buffers = {in},
              .argOffsets = {at},
              .schedule = "",
              .tuned = false,
              .macs = 0,
              .accesses = {{in, at, slice.output.begin * rowBytes, bytes, true}},
              .inputRows = slice.output};
          m.steps.push_back(std::move(fill));
          m.streamedInput = true;
          m.inputRowBytes = rowBytes;
          continue;
        }
        const auto &[node, op] = lowered.at(slice.node);
        auto at = [&](int buffer, int row) -> Arg {
          const int64_t rowBytes = s.rowBytes.at(buffer);
          if (auto p = step.placedIn.find(buffer); p != step.placedIn.end()) // in another band
            return {p->second.first, p->second.second * s.rowBytes.at(p->second.first),
                    row * rowBytes, buffer};
          auto w = step.windowStart.find(buffer);
          return {buffer, (row - (w == step.windowStart.end() ? 0 : w->second)) * rowBytes,
                  row * rowBytes};
        };
        if (!slice.head.empty()) {
          // A patched head's row, chunk by chunk: the receptive field cut out of its input, the
          // head's layers in patch buffers, the last one writing its chunk into the band's row.
          const int x = s.headInput;
          const auto w = step.windowStart.find(x);
          const int firstRow = w == step.windowStart.end() ? 0 : w->second;
          for (const auto &patch : slice.head) {
            const int64_t generation = ++headChunks << 40;
            if (auto st =
                    copyRect(s, patch.input, x, firstRow, s.inputPatchBuffer, generation, true);
                !st)
              return st;
            for (size_t ci = 0; ci < patch.calls.size(); ++ci) {
              const auto &c = patch.calls[ci];
              const Arg in{ci == 0 ? s.inputPatchBuffer : patch.calls[ci - 1].outputBuffer, 0,
                           generation};
              Arg out{c.outputBuffer, 0, generation};
              if (ci + 1 == patch.calls.size()) {
                const int64_t chunk =
                    int64_t{c.output.cols.begin} * s.channelBytes.at(c.outputBuffer);
                out = at(c.outputBuffer, slice.output.begin);
                out.offset += chunk, out.tensorByte += chunk;
              }
              if (auto st = rectCall(s, c, in, out); !st)
                return st;
            }
          }
          continue;
        }
        int input = -1;
        (void)lowerNode(g, *node, input);
        const std::vector<int> tensors = kernelInputs(*node, op, input);
        std::vector<Arg> args;
        for (size_t i = 0; i < tensors.size(); ++i)
          args.push_back(at(act.bufferOfTensor[tensors[i]], slice.inputs[i].begin));
        args.push_back(at(act.bufferOfTensor[node->outputs[0]], slice.output.begin));
        const LoweredNode sliced = sliceNode(g, *node, op, slice.output);
        const auto rw = [&]() -> std::string {
          return std::visit(
              [&](const auto &p) -> std::string {
                if constexpr (requires { p.padding.top; })
                  return fmt::format("h{}t{}b{}", slice.output.size(), p.padding.top,
                                     p.padding.bottom);
                else
                  return fmt::format("h{}", slice.output.size());
              },
              sliced);
        }();
        if (slice.inPlace) {
          // The depthwise row over the first input row it reads (dead after it): the in-place
          // nest (a channel plane of scratch) on the slice; it reads the slice's input rows and
          // writes the output row at the same address.
          const auto &dw = std::get<ops::DepthwiseConv2DParams>(sliced);
          const std::string name = fmt::format("{}_n{}_{}_in_place", m.name, node->index, rw);
          auto kernel = ops::buildDepthwiseConv2DInPlace(dw, name);
          if (kernel && options.defaultSchedules)
            kernel =
                schedule::applySchedule(*kernel, schedule::inPlaceDepthwiseSchedule(*kernel, dw));
          if (!kernel)
            return Error{
                fmt::format("{}: {}: {}", g.name, g.describe(*node), kernel.error().message)};
          const Arg &in = args[0], &out = args[1];
          if (auto st = addStep(*node, sliced, name, -1, {in}, a, b, &*kernel); !st)
            return st;
          auto &acc = m.steps.back().accesses;
          acc.insert(acc.begin(), {in.buffer, in.offset, in.tensorByte,
                                   slice.inputs[0].size() * s.rowBytes.at(in.buffer), false});
          acc.push_back({out.buffer, out.offset, out.tensorByte, s.rowBytes.at(out.tensor), true,
                         out.tensor});
          continue;
        }
        if (auto st = addStep(*node, sliced, fmt::format("{}_n{}_{}", m.name, node->index, rw), -1,
                              args, a, b);
            !st)
          return st;
      }
    }
    return {};
  };

  for (size_t pos = 0; pos < g.nodes.size(); ++pos) {
    const Node &n = g.nodes[pos];
    if (const int si = segmentAt[pos]; si >= 0) {
      const SegmentSchedule &s = m.segments[static_cast<size_t>(si)];
      if (static_cast<int>(pos) != s.segment.first)
        continue;
      if (auto st = emitSegment(s); !st)
        return st.error();
      continue;
    }
    int input = -1;
    auto lowered = lowerNode(g, n, input);
    if (!lowered)
      return lowered.error();
    if (std::holds_alternative<Alias>(*lowered) || std::holds_alternative<ShapeOnly>(*lowered))
      continue;
    // A depthwise convolution the liveness analysis marked in place gets the in-place nest.
    const int outBuffer = act.bufferOfTensor[n.outputs[0]];
    const bool inPlace = n.op == OpType::DepthwiseConv2D && outBuffer >= 0 &&
                         m.buffers[static_cast<size_t>(outBuffer)].inPlaceOf.has_value();
    // Kernel arguments in order: the op's inputs, its output, then scratch from the schedule.
    std::vector<int> tensors = kernelInputs(n, *lowered, input);
    if (!inPlace) // in place, the output shares the input's bytes
      tensors.push_back(n.outputs[0]);
    std::vector<Arg> args;
    for (int t : tensors)
      args.push_back({act.bufferOfTensor[t], 0, 0});
    if (auto st =
            addStep(n, *lowered, fmt::format("{}_n{}", m.name, n.index), inPlace ? outBuffer : -1,
                    args, static_cast<int>(pos), static_cast<int>(pos));
        !st)
      return st.error();
  }
  m.plan = plan(m.buffers);
  if (auto s = verifyPlan(m.buffers, m.plan); !s)
    return Error{fmt::format("{}: the arena plan is invalid: {}", g.name, s.error().message)};
  m.inputBuffer = act.bufferOfTensor[g.inputs[0]];
  for (int t : g.outputs) {
    m.outputBuffers.push_back(act.bufferOfTensor[t]);
    m.outputBytes.push_back(g.tensors[t].byteSize());
  }
  m.inputBytes = g.tensors[g.inputs[0]].byteSize();
  if (auto s = verifyDataFlow(m); !s)
    return Error{fmt::format("{}: the plan's data flow is wrong: {}", g.name, s.error().message)};
  return m;
}

} // namespace loom::graph
