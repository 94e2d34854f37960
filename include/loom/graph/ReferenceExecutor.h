// Runs a whole graph on the host with loom's reference kernels: the oracle for whole models.
#pragma once

#include "loom/graph/Graph.h"
#include "loom/support/Error.h"

#include <vector>

namespace loom::graph {

// `input` holds the bytes of the model's (single) input tensor; returns output tensor 0's bytes.
// Returns the model's outputs one after another, in its output order.
Expected<std::vector<uint8_t>> runReference(const Graph &g, const std::vector<uint8_t> &input);
// Every tensor's bytes after the run, by tensor index (empty for constants and for what was not
// computed): intermediate results to compare with TFLite Micro's per-node vectors.
Expected<std::vector<std::vector<uint8_t>>> referenceTensors(const Graph &g,
                                                             const std::vector<uint8_t> &input);

} // namespace loom::graph
