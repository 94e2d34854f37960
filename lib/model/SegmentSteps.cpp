// The calls of depth-first segments: band moves, row slices (in place for depthwise rows kept in
// their input band), rows the application streams in, patches and patched heads.
#include "StepEmitter.h"
#include "loom/ops/OpSlices.h"

#include "loom/ops/DataMovement.h"
#include "loom/schedule/KernelChoice.h"

#include <fmt/format.h>

namespace loom::model {

using namespace graph;

// Patches and patched heads. Patch-local bytes carry the patch's number (`generation`) in
// their data-flow labels, so a stale patch is caught.
// Rectangle `r` of tensor `whole` (its rows from `firstRow` on at the buffer's start: 0 for a
// whole tensor, the window start for a band) cut out into, or pasted from, a patch buffer.
Status StepEmitter::copyRect(const SegmentSchedule &s, const SegmentSchedule::Rect &r, int whole,
                             int firstRow, int patchBuffer, int64_t generation, bool cut) {
  const int a = s.segment.first, b = s.segment.last;
  const int64_t cb = s.channelBytes.at(whole), w = s.width.at(whole);
  const int64_t rowBytes = r.cols.size() * cb;
  ops::CopyRectParams p{r.rows.size(), rowBytes, cut ? w * cb : rowBytes, cut ? rowBytes : w * cb};
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
  const schedule::ChosenKernel copy{*kernel, "", false, {}};
  if (auto st = addStep(first, ops::PadParams{}, kernel->name, -1, args, a, b, &copy); !st)
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
}

// A layer on a rectangle of its output: the same kernel for every call of the same shape.
Status StepEmitter::rectCall(const SegmentSchedule &s, const SegmentSchedule::PatchCall &c,
                             const Arg &in, const Arg &out) {
  const Node &n = g.nodes[static_cast<size_t>(c.node)];
  int input = -1;
  auto lowered = lowerNode(g, n, input);
  if (!lowered)
    return lowered.error();
  const auto *op = std::get_if<ops::Op>(&*lowered);
  if (!op)
    return Error{fmt::format("{}: cannot run on patches", g.describe(n))};
  auto rect = ops::sliceRect(*op, c.output.rows, c.output.cols, g.tensors[n.outputs[0]].shape);
  if (!rect)
    return Error{fmt::format("{}: {}", g.describe(n), rect.error().message)};
  const std::string shape = std::visit(
      [&](const auto &p) -> std::string {
        if constexpr (requires { p.padding.top; })
          return fmt::format("p{}x{}t{}b{}l{}r{}", c.output.rows.size(), c.output.cols.size(),
                             p.padding.top, p.padding.bottom, p.padding.left, p.padding.right);
        else
          return fmt::format("p{}x{}", c.output.rows.size(), c.output.cols.size());
      },
      *rect);
  return addStep(n, *rect, fmt::format("{}_{}_{}", m.name, n.tag(), shape), -1, {in, out},
                 s.segment.first, s.segment.last);
}

// A patch-based segment: per patch, cut the input rectangle out, run every layer on its
// rectangle in patch-sized buffers, paste the tile into the output.
Status StepEmitter::emitPatches(const SegmentSchedule &s) {
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
}

// A segment's steps: at the start of each, the band moves (in chunks that never overlap, so a
// plain forward copy is right), then each layer on the rows the step needs.
Status StepEmitter::emitSegment(const SegmentSchedule &s) {
  if (s.isPatched())
    return emitPatches(s);
  const int a = s.segment.first, b = s.segment.last;
  std::map<int, std::pair<const Node *, ops::Op>> lowered;
  for (const auto &step : s.steps)
    for (const auto &slice : step.slices)
      if (slice.node >= 0 && !lowered.count(slice.node)) {
        int input = -1;
        const Node &n = g.nodes[static_cast<size_t>(slice.node)];
        auto op = lowerNode(g, n, input);
        if (!op)
          return op.error();
        const auto *kernel = std::get_if<ops::Op>(&*op);
        if (!kernel)
          return Error{fmt::format("{}: {}: a view has no row slices", g.name, g.describe(n))};
        lowered.emplace(slice.node, std::pair{&n, *kernel});
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
            .leftOut = {},
            .requantization = "",
            .op = nullptr,
            .form = ops::KernelForm::Plain,
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
          if (auto st = copyRect(s, patch.input, x, firstRow, s.inputPatchBuffer, generation, true);
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
      const ops::Op sliced = ops::sliceRows(op, slice.output, g.tensors[node->outputs[0]].shape);
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
        const std::string name = fmt::format("{}_{}_{}_in_place", m.name, node->tag(), rw);
        auto kernel = schedule::chooseKernel(dw, name, inPlaceForm(name), sources());
        if (!kernel)
          return Error{
              fmt::format("{}: {}: {}", g.name, g.describe(*node), kernel.error().message)};
        const Arg &in = args[0], &out = args[1];
        if (auto st = addStep(*node, sliced, name, -1, {in}, a, b, &*kernel); !st)
          return st;
        auto &acc = m.steps.back().accesses;
        acc.insert(acc.begin(), {in.buffer, in.offset, in.tensorByte,
                                 slice.inputs[0].size() * s.rowBytes.at(in.buffer), false});
        acc.push_back(
            {out.buffer, out.offset, out.tensorByte, s.rowBytes.at(out.tensor), true, out.tensor});
        continue;
      }
      if (auto st = addStep(*node, sliced, fmt::format("{}_{}_{}", m.name, node->tag(), rw), -1,
                            args, a, b);
          !st)
        return st;
    }
  }
  return {};
}

} // namespace loom::model
