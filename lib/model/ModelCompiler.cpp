// Model compilation: lowering, scheduling, planning, emission.
#include "loom/model/ModelCompiler.h"

#include "StepEmitter.h"
#include "loom/codegen/Codegen.h"
#include "loom/graph/Liveness.h"
#include "loom/graph/Lowering.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <map>
#include <set>
#include <tuple>

namespace loom::model {

using namespace graph;

namespace {

std::string identifier(const std::string &s) {
  std::string out;
  for (char c : s)
    out += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
  if (out.empty() || std::isdigit(static_cast<unsigned char>(out[0])))
    out = "m_" + out;
  return out;
}

Expected<CompiledModel> compileWithPlanes(const Graph &g, const CompileOptions &options,
                                          const std::set<std::string> &int8Planes) {
  CompiledModel m;
  m.name = identifier(g.name);
  for (size_t i = 0; i < g.nodes.size(); ++i)
    if (i > 0 && g.nodes[i].index < g.nodes[i - 1].index) { // reordered (OperatorOrder.h)
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

  // Each variable tensor gets its place in the state area once, however many nodes use it.
  std::map<int, int> stateIndex;
  auto stateOf = [&](int t) {
    auto [it, fresh] = stateIndex.emplace(t, static_cast<int>(m.states.size()));
    if (fresh) {
      const graph::Tensor &x = g.tensors[t];
      const bool int8 = x.type == DataType::Int8 && !x.quantization.zeroPoints.empty();
      m.states.push_back({x.name, m.stateBytes, x.byteSize(),
                          static_cast<uint8_t>(int8 ? x.quantization.zeroPoints[0] : 0)});
      // Aligned like arena buffers, so an int16 state is read with aligned halfword loads.
      m.stateBytes += (x.byteSize() + kArenaAlignment - 1) / kArenaAlignment * kArenaAlignment;
    }
    return it->second;
  };
  StepEmitter emitter(g, act, options, int8Planes, m);
  for (size_t pos = 0; pos < g.nodes.size(); ++pos) {
    const Node &n = g.nodes[pos];
    if (const int si = segmentAt[pos]; si >= 0) {
      const SegmentSchedule &s = m.segments[static_cast<size_t>(si)];
      if (static_cast<int>(pos) != s.segment.first)
        continue;
      if (auto st = emitter.emitSegment(s); !st)
        return st.error();
      continue;
    }
    int input = -1;
    auto lowered = lowerNode(g, n, input);
    if (!lowered)
      return lowered.error();
    const auto *op = std::get_if<ops::Op>(&*lowered);
    if (!op || act.viewNode[pos])
      continue; // an alias, a shape computation or a view: no kernel
    // A depthwise convolution the liveness analysis marked in place gets the in-place nest.
    const int outBuffer = act.bufferOfTensor[n.outputs[0]];
    const bool inPlace = std::holds_alternative<ops::DepthwiseConv2DParams>(*op) &&
                         outBuffer >= 0 && !act.viewTensor[n.outputs[0]] &&
                         m.buffers[static_cast<size_t>(outBuffer)].inPlaceOf.has_value();
    // Kernel arguments in order: the op's inputs, its output, then scratch from the schedule.
    std::vector<int> tensors = kernelInputs(n, *lowered, input);
    if (!inPlace) // in place, the output shares the input's bytes
      tensors.push_back(n.outputs[0]);
    std::vector<StepEmitter::Arg> args;
    // A view's bytes sit at its offset in the buffer; the data-flow check labels a buffer's
    // bytes by their place in it, so the first tensor byte there is that offset too.
    for (int t : tensors)
      args.push_back({act.bufferOfTensor[t], act.offsetOfTensor[t], act.offsetOfTensor[t], -1,
                      act.rowBytesOfTensor[t], act.pitchOfTensor[t]});
    for (int t : stateInputs(g, n))
      args.push_back({CompiledModel::stateArgument(stateOf(t)), 0, 0});
    if (const auto *c = std::get_if<ops::ConcatParams>(op);
        c && c->inputCount() > ops::kMaxConcatInputs) {
      if (auto st = emitter.addConcatParts(n, *c, fmt::format("{}_{}", m.name, n.tag()), args,
                                           static_cast<int>(pos));
          !st)
        return st.error();
      continue;
    }
    if (auto st =
            emitter.addStep(n, *op, fmt::format("{}_{}", m.name, n.tag()), inPlace ? outBuffer : -1,
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
  auto io = [&](int t) {
    const graph::Tensor &x = g.tensors[t];
    return CompiledModel::IoTensor{x.name, std::string(graph::name(x.type)), x.shape,
                                   x.quantization.scales, x.quantization.zeroPoints};
  };
  m.input = io(g.inputs[0]);
  for (int t : g.outputs)
    m.outputs.push_back(io(t));
  if (auto s = verifyDataFlow(m); !s)
    return Error{fmt::format("{}: the plan's data flow is wrong: {}", g.name, s.error().message)};
  return m;
}

// The in-place depthwise kernels whose int16 plane is live at the plan's peak of live bytes or
// placed at the top of the arena: an int8 plane there may lower the arena.
std::set<std::string> planesAtThePeak(const CompiledModel &m) {
  const auto live = liveBytesPerStep(m.buffers);
  const int64_t peak = live.empty() ? 0 : *std::max_element(live.begin(), live.end());
  std::set<std::string> found;
  for (const auto &step : m.steps)
    for (size_t i = 0; i < step.kernel.arguments.size() && i < step.buffers.size(); ++i) {
      const ir::Buffer &arg = step.kernel.arguments[i];
      if (arg->role != ir::BufferRole::Scratch || arg->name != "plane" ||
          arg->type != ir::ScalarType::I16 || step.buffers[i] < 0)
        continue;
      const auto b = static_cast<size_t>(step.buffers[i]);
      const BufferRequest &r = m.buffers[b];
      bool atPeak = m.plan.offsets[b] + r.size + kArenaAlignment > m.plan.arenaBytes;
      for (int t = r.first; t <= r.last && !atPeak; ++t)
        atPeak = t >= 0 && static_cast<size_t>(t) < live.size() && live[t] == peak;
      if (atPeak)
        found.insert(step.kernel.name);
    }
  return found;
}

} // namespace

Expected<CompiledModel> compileModel(const Graph &g, const CompileOptions &options) {
  // The int16 plane of the in-place depthwise nest is the fast form; where it sets the arena's
  // peak, the int8 plane is taken instead when that makes the arena smaller (a few rounds, as
  // the peak can move to another plane).
  std::set<std::string> int8Planes;
  auto m = compileWithPlanes(g, options, int8Planes);
  for (int round = 0; m && round < 4; ++round) {
    std::set<std::string> more = int8Planes;
    for (const auto &name : planesAtThePeak(*m))
      more.insert(name);
    if (more == int8Planes)
      break;
    auto smaller = compileWithPlanes(g, options, more);
    if (!smaller || smaller->plan.arenaBytes >= m->plan.arenaBytes)
      break;
    m = std::move(smaller);
    int8Planes = std::move(more);
  }
  return m;
}

} // namespace loom::model
