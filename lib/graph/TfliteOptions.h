// Reading a TFLite operator's builtin options into its node (the importer's options step).
#pragma once

#include "loom/graph/Graph.h"
#include "loom/support/Error.h"

#include "tflite_subset_generated.h"

namespace loom::graph::detail {

// Fills n.options from the operator's builtin options (defaults when they are absent); an error
// for an unsupported fused activation, dilation, or non-positive strides and filters.
Status readOptions(const tflite::Operator &op, Node &n);

} // namespace loom::graph::detail
