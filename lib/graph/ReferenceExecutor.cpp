// Whole-graph execution with the reference kernels, tensor by tensor in node order.
#include "loom/graph/ReferenceExecutor.h"

#include "loom/graph/Lowering.h"

#include <fmt/format.h>

namespace loom::graph {

Expected<std::vector<std::vector<uint8_t>>> referenceTensors(const Graph &g,
                                                             const std::vector<uint8_t> &input) {
  if (g.inputs.size() != 1 || g.outputs.empty())
    return Error{fmt::format("{}: only single-input models are supported", g.name)};
  std::vector<std::vector<uint8_t>> values(g.tensors.size());
  const Tensor &in = g.tensors[g.inputs[0]];
  if (static_cast<int64_t>(input.size()) != in.byteSize())
    return Error{fmt::format("{}: input '{}' needs {} bytes, got {}", g.name, in.name,
                             in.byteSize(), input.size())};
  values[g.inputs[0]] = input;
  for (const Node &n : g.nodes) {
    int source = -1;
    auto lowered = lowerNode(g, n, source);
    if (!lowered)
      return lowered.error();
    if (std::holds_alternative<ShapeOnly>(*lowered))
      continue; // nothing to compute: RESHAPE reads its shape from its output tensor
    const int outT = n.outputs[0];
    std::vector<uint8_t> out(static_cast<size_t>(g.tensors[outT].byteSize()));
    const std::vector<int> inputs = kernelInputs(n, *lowered, source);
    for (int t : inputs)
      if (t < 0 || values[t].empty())
        return Error{fmt::format("{}: {}: input not computed", g.name, g.describe(n))};
    if (const auto *alias = std::get_if<Alias>(&*lowered)) {
      values[outT] = values[alias->source];
      continue;
    }
    std::vector<const uint8_t *> args;
    for (int t : inputs)
      args.push_back(values[t].data());
    const bool ok = ops::runReference(std::get<ops::Op>(*lowered), args, out.data());
    if (!ok)
      return Error{fmt::format("{}: {}: the reference kernel failed", g.name, g.describe(n))};
    values[outT] = std::move(out);
  }
  return values;
}

Expected<std::vector<uint8_t>> runReference(const Graph &g, const std::vector<uint8_t> &input) {
  auto computed = referenceTensors(g, input);
  if (!computed)
    return computed.error();
  const std::vector<std::vector<uint8_t>> &values = *computed;
  // The outputs one after another, in the model's output order (as the executor lays them out).
  std::vector<uint8_t> outputs;
  for (int t : g.outputs) {
    if (values[t].empty())
      return Error{fmt::format("{}: output '{}' was never computed", g.name, g.tensors[t].name)};
    outputs.insert(outputs.end(), values[t].begin(), values[t].end());
  }
  return outputs;
}

} // namespace loom::graph
