// One kernel call per step: kernels built once per name (default, tuned or naive schedules),
// scratch shared within a segment, and the accesses each call makes.
#include "StepEmitter.h"

#include "loom/codegen/Codegen.h"
#include "loom/ir/RowPitch.h"
#include "loom/schedule/KernelChoice.h"

#include <fmt/format.h>

#include <algorithm>

namespace loom::model {

using namespace graph;

namespace {

// The kernel ops get schedule::chooseKernel's choice, the glue ops chooseGlueKernel's.
Expected<schedule::ChosenKernel> kernelFor(const ops::Op &op, const std::string &name,
                                           schedule::KernelForm form,
                                           const schedule::ScheduleSources &sources) {
  if (auto scheduled = ops::scheduledOp(op))
    return schedule::chooseKernel(*scheduled, name, form, sources);
  auto nest = ops::buildNest(op, name);
  if (!nest)
    return nest.error();
  return schedule::chooseGlueKernel(*nest, sources);
}

// The kernel with each input or output argument the plan places by rows re-strided to its rows
// (arguments map to `args` in order, scratch aside).
Expected<schedule::ChosenKernel> placeRows(schedule::ChosenKernel chosen,
                                           const std::vector<StepEmitter::Arg> &args) {
  size_t t = 0;
  for (const auto &arg : std::vector<ir::Buffer>(chosen.kernel.arguments)) {
    if (arg->role == ir::BufferRole::Scratch)
      continue;
    const bool activation =
        arg->role == ir::BufferRole::Output || arg->role == ir::BufferRole::Input;
    if (t < args.size() && activation && args[t].rowBytes > 0) {
      auto placed = ir::withRowPitch(chosen.kernel, arg->name, args[t].rowBytes, args[t].pitch);
      if (!placed)
        return placed.error();
      chosen.kernel = std::move(*placed);
    }
    ++t;
  }
  return chosen;
}

} // namespace

Status StepEmitter::addStep(const Node &n, const ops::Op &op, const std::string &kernelName,
                            int inPlaceOutput, const std::vector<Arg> &args, int scratchFirst,
                            int scratchLast, const schedule::ChosenKernel *prebuilt) {
  const bool inPlace = inPlaceOutput >= 0;
  auto it = built.find(kernelName);
  if (it == built.end() && prebuilt) {
    it = built.emplace(kernelName, *prebuilt).first;
  } else if (it == built.end()) {
    auto chosen = kernelFor(
        op, kernelName, inPlace ? inPlaceForm(kernelName) : schedule::KernelForm::Plain, sources());
    if (chosen)
      chosen = placeRows(std::move(*chosen), args);
    if (!chosen)
      return Error{fmt::format("{}: {}: {}", g.name, g.describe(n), chosen.error().message)};
    it = built.emplace(kernelName, std::move(*chosen)).first;
  }
  const auto &[kernel, scheduleText, tuned, refused, requantization, scheduledOp, form] =
      it->second;
  std::vector<std::string> leftOut;
  for (const auto &r : refused)
    leftOut.push_back(fmt::format("{}: {}", r.step.toString(), r.reason));
  CompiledModel::Step step{.node = n.index,
                           .kernel = kernel,
                           .buffers = {},
                           .argOffsets = {},
                           .schedule = scheduleText,
                           .tuned = tuned,
                           .leftOut = leftOut,
                           .requantization = requantization,
                           .op = scheduledOp,
                           .form = form,
                           .macs = ops::macs(op),
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
    if (t < args.size() && args[t].buffer <= CompiledModel::stateArgument(0)) {
      // State lives outside the arena: nothing for the arena's data-flow check to follow.
      step.buffers.push_back(args[t++].buffer);
      step.argOffsets.push_back(0);
      continue;
    }
    if (t >= args.size() || args[t].buffer < 0)
      return Error{fmt::format("{}: {}: kernel argument '{}' has no activation buffer", g.name,
                               g.describe(n), arg->name)};
    const Arg &x = args[t++];
    step.buffers.push_back(x.buffer);
    step.argOffsets.push_back(x.offset);
    if (arg->role == ir::BufferRole::InOut && inPlace) {
      step.accesses.push_back(
          {x.buffer, x.offset, x.tensorByte, m.buffers[static_cast<size_t>(x.buffer)].size, false});
      step.accesses.push_back(
          {inPlaceOutput, 0, 0, m.buffers[static_cast<size_t>(inPlaceOutput)].size, true});
    } else if (x.rowBytes > 0 && arg->role != ir::BufferRole::InOut) { // rows in a wider tensor
      for (int64_t at = 0; at < arg->byteSize(); at += x.rowBytes)
        step.accesses.push_back({x.buffer, x.offset + at / x.rowBytes * x.pitch,
                                 x.tensorByte + at / x.rowBytes * x.pitch, x.rowBytes,
                                 arg->role == ir::BufferRole::Output});
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
}

Status StepEmitter::addConcatParts(const Node &n, const ops::ConcatParams &p,
                                   const std::string &kernelName, const std::vector<Arg> &args,
                                   int position) {
  const std::vector<ops::ConcatParams> parts = ops::concatParts(p);
  const Arg &output = args.back();
  size_t first = 0;
  for (size_t k = 0; k < parts.size(); ++k) {
    const ops::ConcatParams &part = parts[k];
    std::vector<Arg> partArgs(args.begin() + static_cast<long>(first),
                              args.begin() + static_cast<long>(first) + part.inputCount());
    partArgs.push_back(output);
    first += static_cast<size_t>(part.inputCount());
    if (auto s = addStep(n, part, fmt::format("{}_part{}", kernelName, k), -1, partArgs, position,
                         position);
        !s)
      return s;
    // The kernel's output argument is the whole output; the part writes its columns only.
    auto &accesses = m.steps.back().accesses;
    std::erase_if(accesses, [](const CompiledModel::Access &a) { return a.write; });
    const int64_t row = part.outputAxis() * part.inner, from = part.axisBefore * part.inner,
                  columns = row - from - part.axisAfter * part.inner;
    for (int64_t o = 0; o < part.outer; ++o)
      accesses.push_back({output.buffer, output.offset + o * row + from,
                          output.tensorByte + o * row + from, columns, true});
  }
  return {};
}

} // namespace loom::model
