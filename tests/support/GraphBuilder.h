// Small graphs built by hand for the lowering tests: one call per tensor.
#pragma once

#include "loom/graph/Graph.h"

#include <fmt/format.h>

#include <vector>

namespace loom::testing {

// Appends a per-tensor quantized tensor named t<index>; a constant one is filled with 1 bytes.
// Returns its index.
inline int addTensor(graph::Graph &g, graph::DataType type, std::vector<int32_t> shape, float scale,
                     int64_t zeroPoint, bool constant) {
  graph::Tensor t;
  t.type = type, t.shape = std::move(shape);
  t.quantization.scales = {scale}, t.quantization.zeroPoints = {zeroPoint};
  t.name = fmt::format("t{}", g.tensors.size());
  if (constant)
    t.data.assign(static_cast<size_t>(t.byteSize()), 1);
  g.tensors.push_back(std::move(t));
  return static_cast<int>(g.tensors.size()) - 1;
}

// A per-tensor quantized int8 tensor without data (weights get their per-channel scales after).
inline graph::Tensor int8Tensor(std::string name, std::vector<int32_t> shape, float scale,
                                int64_t zeroPoint) {
  graph::Tensor t;
  t.name = std::move(name);
  t.type = graph::DataType::Int8;
  t.shape = std::move(shape);
  t.quantization.scales = {scale};
  t.quantization.zeroPoints = {zeroPoint};
  return t;
}

} // namespace loom::testing
