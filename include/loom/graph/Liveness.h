// Buffer requests for the activations of a graph executed in node order: one buffer per tensor
// that is not a constant, PAD and RESHAPE outputs sharing their input's buffer (PAD is folded into
// the convolution that consumes it, RESHAPE is a view), lifetimes from the producing node to the
// last consumer (model inputs from the first node, model outputs to the last).
#pragma once

#include "loom/graph/ArenaPlanner.h"
#include "loom/graph/Graph.h"

#include <vector>

namespace loom::graph {

struct ActivationBuffers {
  std::vector<BufferRequest> requests;
  std::vector<int> bufferOfTensor; // -1 for constants
};

// inPlaceDepthwise: a depthwise convolution whose input dies at it writes its output over its
// input (TinyEngine's scheme); its request is then marked in place of the input's.
ActivationBuffers activationBuffers(const Graph &g, bool inPlaceDepthwise);

} // namespace loom::graph
