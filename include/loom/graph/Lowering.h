// From graph nodes to loom's op parameters, with TFLite's quantization rules: per-channel
// multipliers from input_scale * filter_scale / output_scale, activation ranges from the fused
// activation, PAD folded into the convolution that consumes it, RESHAPE as a view.
#pragma once

#include "loom/graph/Graph.h"
#include "loom/ops/Op.h"
#include "loom/support/Error.h"

#include <variant>

namespace loom::graph {

// What a node becomes: a kernel op, a glue op, or nothing to compute (an alias of its input).
struct Alias {
  int source; // the tensor whose bytes the output shares
};
// A shape computation (SHAPE, STRIDED_SLICE, PACK) whose result only feeds RESHAPE's shape operand:
// RESHAPE takes its output shape from the output tensor, so nothing runs and nothing is stored.
struct ShapeOnly {};
using LoweredNode = std::variant<ops::Op, Alias, ShapeOnly>;

// The tensors a node reads at run time (RESHAPE's shape operand and ShapeOnly inputs are not;
// nor is state, below).
std::vector<int> dataInputs(const Graph &g, const Node &n);
// The variable tensors (TFLite's persistent state: LSTM hidden and cell state) a node reads and
// updates, in operand order. They live outside the activation arena; the node's kernel takes them
// after its output.
std::vector<int> stateInputs(const Graph &g, const Node &n);

// `input` receives the tensor the lowered op actually reads (before a folded PAD; the activation
// operand of an ADD/MUL with a constant one).
Expected<LoweredNode> lowerNode(const Graph &g, const Node &n, int &input);

// The activation tensors a lowered node's kernel takes, in argument order (before its output):
// both inputs of ADD/MUL unless one is constant, otherwise `input`.
std::vector<int> kernelInputs(const Node &n, const ops::Op &op, int input);
std::vector<int> kernelInputs(const Node &n, const LoweredNode &op, int input); // aliases: input

} // namespace loom::graph
