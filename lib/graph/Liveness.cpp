// Lifetimes of a graph's activation tensors.
#include "loom/graph/Liveness.h"
#include "loom/graph/Lowering.h"

#include <algorithm>

namespace loom::graph {

ActivationBuffers activationBuffers(const Graph &g, bool inPlaceDepthwise) {
  ActivationBuffers out;
  const int tensors = static_cast<int>(g.tensors.size());
  std::vector<int> alias(tensors); // the tensor whose buffer a tensor uses
  for (int t = 0; t < tensors; ++t)
    alias[t] = t;
  // What lowering says: a folded PAD and a RESHAPE share their input's bytes; a shape
  // computation stores nothing.
  std::vector<bool> shapeOnly(tensors, false);
  for (const Node &n : g.nodes) {
    int input = -1;
    auto lowered = lowerNode(g, n, input);
    if (!lowered)
      continue; // compilation reports the error
    if (const auto *a = std::get_if<Alias>(&*lowered); a && a->source >= 0)
      alias[n.outputs[0]] = alias[a->source];
    else if (std::holds_alternative<ShapeOnly>(*lowered))
      for (int t : n.outputs)
        shapeOnly[t] = true;
  }

  out.bufferOfTensor.assign(tensors, -1);
  auto bufferOf = [&](int t) -> int {
    if (t < 0 || g.tensors[t].isConstant() || shapeOnly[t])
      return -1;
    const int root = alias[t];
    if (out.bufferOfTensor[root] < 0) {
      out.bufferOfTensor[root] = static_cast<int>(out.requests.size());
      BufferRequest r;
      r.name = g.tensors[root].name;
      // The buffer holds the root tensor: a PAD output is never materialised (the consuming
      // convolution reads the unpadded tensor) and a RESHAPE output has the same bytes.
      r.size = g.tensors[root].byteSize();
      r.first = INT32_MAX;
      r.last = -1;
      out.requests.push_back(r);
    }
    out.bufferOfTensor[t] = out.bufferOfTensor[root];
    return out.bufferOfTensor[root];
  };
  const int lastStep = static_cast<int>(g.nodes.size()) - 1;
  auto use = [&](int t, int step) {
    const int b = bufferOf(t);
    if (b < 0)
      return;
    BufferRequest &r = out.requests[static_cast<size_t>(b)];
    r.first = std::min(r.first, step);
    r.last = std::max(r.last, step);
  };
  for (int t : g.inputs)
    use(t, 0);
  for (size_t s = 0; s < g.nodes.size(); ++s) {
    for (int t : dataInputs(g, g.nodes[s]))
      use(t, static_cast<int>(s));
    for (int t : g.nodes[s].outputs)
      use(t, static_cast<int>(s));
  }
  for (int t : g.outputs)
    use(t, lastStep);

  if (inPlaceDepthwise)
    for (size_t s = 0; s < g.nodes.size(); ++s) {
      const Node &n = g.nodes[s];
      if (!isChannelwiseDepthwise(g, n))
        continue;
      const int in = bufferOf(n.inputs[0]), o = bufferOf(n.outputs[0]);
      if (in < 0 || o < 0 || in == o)
        continue;
      const BufferRequest &input = out.requests[static_cast<size_t>(in)];
      BufferRequest &output = out.requests[static_cast<size_t>(o)];
      if (input.last == static_cast<int>(s) && output.first == static_cast<int>(s) &&
          output.size <= input.size)
        output.inPlaceOf = static_cast<size_t>(in);
    }
  return out;
}

} // namespace loom::graph
