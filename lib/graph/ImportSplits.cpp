// SPLIT, SPLIT_V and UNPACK as SLICE nodes: the axis and part sizes as TFLite reads them.
#include "ImportSplits.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstring>
#include <numeric>

namespace loom::graph::detail {

namespace {

Expected<std::vector<int32_t>> constantInt32(const Graph &g, int t, const char *what) {
  if (t < 0 || !g.tensors[t].isConstant() || g.tensors[t].type != DataType::Int32 ||
      static_cast<int64_t>(g.tensors[t].data.size()) != 4 * g.tensors[t].elementCount())
    return Error{fmt::format("the {} is not a constant INT32 tensor", what)};
  std::vector<int32_t> v(static_cast<size_t>(g.tensors[t].elementCount()));
  std::memcpy(v.data(), g.tensors[t].data.data(), v.size() * 4);
  return v;
}

int constantTensor(Graph &g, const std::string &name, const std::vector<int32_t> &values) {
  Tensor t;
  t.name = name;
  t.type = DataType::Int32;
  t.shape = {static_cast<int32_t>(values.size())};
  t.data.resize(values.size() * 4);
  std::memcpy(t.data.data(), values.data(), t.data.size());
  g.tensors.push_back(std::move(t));
  return static_cast<int>(g.tensors.size()) - 1;
}

} // namespace

Status appendSplit(Graph &g, int builtin, int index, const std::vector<int> &inputs,
                   const std::vector<int> &outputs, int unpackAxis) {
  const char *op = builtin == kSplitBuiltin    ? "SPLIT"
                   : builtin == kSplitVBuiltin ? "SPLIT_V"
                                               : "UNPACK";
  auto fail = [&](const std::string &why) {
    return Error{fmt::format("{}: node {} ({}): {}", g.name, index, op, why)};
  };
  const size_t need = builtin == kSplitBuiltin ? 2 : builtin == kSplitVBuiltin ? 3 : 1;
  if (inputs.size() < need || outputs.empty())
    return fail(fmt::format("{} inputs and {} outputs", inputs.size(), outputs.size()));
  const int input = builtin == kSplitBuiltin ? inputs[1] : inputs[0];
  if (input < 0)
    return fail("the input is missing");
  const std::vector<int32_t> shape = g.tensors[input].shape;
  const int rank = static_cast<int>(shape.size());
  int axis = unpackAxis;
  if (builtin != kUnpackBuiltin) {
    auto a = constantInt32(g, builtin == kSplitBuiltin ? inputs[0] : inputs[2], "axis");
    if (!a || a->size() != 1)
      return fail(a ? "the axis is not a scalar" : a.error().message);
    axis = (*a)[0];
  }
  if (axis < 0)
    axis += rank;
  if (axis < 0 || axis >= rank)
    return fail(fmt::format("axis {} outside rank {}", axis, rank));
  const int K = static_cast<int>(outputs.size()), dim = shape[static_cast<size_t>(axis)];
  std::vector<int32_t> sizes;
  if (builtin == kSplitBuiltin) {
    if (dim % K != 0)
      return fail(fmt::format("{} does not split into {} equal parts", dim, K));
    sizes.assign(static_cast<size_t>(K), dim / K);
  } else if (builtin == kSplitVBuiltin) {
    auto s = constantInt32(g, inputs[1], "size_splits");
    if (!s)
      return fail(s.error().message);
    sizes = *s;
    const auto unknown = std::count(sizes.begin(), sizes.end(), -1);
    const int known = std::accumulate(sizes.begin(), sizes.end(), 0) + static_cast<int>(unknown);
    if (static_cast<int>(sizes.size()) != K || unknown > 1)
      return fail("size_splits does not give one size per output (one -1 at most)");
    for (auto &v : sizes)
      if (v == -1)
        v = dim - known;
  } else {
    if (K != dim)
      return fail(fmt::format("{} outputs for a dimension of {}", K, dim));
    sizes.assign(static_cast<size_t>(K), 1);
  }
  int32_t offset = 0;
  for (int k = 0; k < K; ++k) {
    const int32_t part = sizes[static_cast<size_t>(k)];
    if (part <= 0 || offset + part > dim)
      return fail(fmt::format("part {} of size {} does not fit dimension {}", k, part, dim));
    std::vector<int32_t> begin(static_cast<size_t>(rank), 0), size(shape);
    begin[static_cast<size_t>(axis)] = offset, size[static_cast<size_t>(axis)] = part;
    const int out = outputs[static_cast<size_t>(k)];
    if (out < 0)
      return fail("an output is missing");
    const std::string base = g.tensors[out].name;
    const int b = constantTensor(g, base + "/split_begin", begin);
    const int s = constantTensor(g, base + "/split_size", size);
    g.nodes.push_back(Node{index, OpType::Slice, {input, b, s}, {out}, {}, k});
    offset += part;
  }
  if (offset != dim)
    return fail(fmt::format("the parts cover {} of {}", offset, dim));
  return {};
}

} // namespace loom::graph::detail
