// One kernel call per step: kernels built once per name (default, tuned or naive schedules),
// scratch shared within a segment, and the accesses each call makes.
#include "StepEmitter.h"

#include "LoweredSlices.h"

#include "loom/codegen/Codegen.h"
#include "loom/schedule/DefaultSchedules.h"

#include <fmt/format.h>

#include <algorithm>

namespace loom::graph {

namespace {

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

Status StepEmitter::addStep(const Node &n, const LoweredNode &op, const std::string &kernelName,
                            int inPlaceOutput, const std::vector<Arg> &args, int scratchFirst,
                            int scratchLast, const ir::Kernel *prebuilt) {
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
      step.accesses.push_back(
          {x.buffer, x.offset, x.tensorByte, m.buffers[static_cast<size_t>(x.buffer)].size, false});
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
}

} // namespace loom::graph
