// Small graphs built by hand for the lowering and planning tests: one call per tensor or
// convolution.
#pragma once

#include "KernelRuns.h"
#include "loom/graph/Graph.h"

#include <fmt/format.h>

#include <cstring>
#include <random>
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

struct ConvWindow {
  int kernelHeight, kernelWidth, dilationHeight, dilationWidth, stride;
};

// Appends a CONV_2D (or DEPTHWISE_CONV_2D) node with SAME padding from tensor `input` to a new
// output of `outChannels`, per-channel weights, random bias and quantization. Returns the output.
inline int addConvolution(graph::Graph &g, graph::OpType op, int input, int outChannels,
                          const ConvWindow &w, std::mt19937 &rng) {
  const auto in = g.tensors[static_cast<size_t>(input)].shape;
  const int index = static_cast<int>(g.nodes.size());
  std::vector<int32_t> wshape =
      op == graph::OpType::Conv2D
          ? std::vector<int32_t>{outChannels, w.kernelHeight, w.kernelWidth, in[3]}
          : std::vector<int32_t>{1, w.kernelHeight, w.kernelWidth, outChannels};
  graph::Tensor weights = int8Tensor(fmt::format("w{}", index), wshape, 0, 0);
  weights.quantization.scales.clear(), weights.quantization.zeroPoints.clear();
  for (int c = 0; c < outChannels; ++c) {
    weights.quantization.scales.push_back(static_cast<float>(real(rng, 0.002, 0.008)));
    weights.quantization.zeroPoints.push_back(0);
  }
  weights.quantization.quantizedDimension = op == graph::OpType::Conv2D ? 0 : 3;
  for (int64_t i = 0; i < weights.elementCount(); ++i)
    weights.data.push_back(static_cast<uint8_t>(static_cast<int8_t>(pick(rng, -127, 127))));
  graph::Tensor bias;
  bias.name = fmt::format("b{}", index);
  bias.type = graph::DataType::Int32;
  bias.shape = {outChannels};
  for (int c = 0; c < outChannels; ++c) {
    const int32_t v = pick(rng, -3000, 3000);
    bias.data.resize(bias.data.size() + 4);
    std::memcpy(bias.data.data() + 4 * c, &v, 4);
  }
  const int s = w.stride;
  graph::Tensor out = int8Tensor(fmt::format("y{}", index),
                                 {1, (in[1] + s - 1) / s, (in[2] + s - 1) / s, outChannels},
                                 static_cast<float>(real(rng, 0.04, 0.1)), pick(rng, -20, 20));
  const int base = static_cast<int>(g.tensors.size());
  g.tensors.push_back(std::move(weights));
  g.tensors.push_back(std::move(bias));
  g.tensors.push_back(std::move(out));
  graph::Node n;
  n.index = index;
  n.op = op;
  n.inputs = {input, base, base + 1};
  n.outputs = {base + 2};
  graph::ConvOptions o;
  o.padding = graph::PaddingMode::Same;
  o.strideHeight = o.strideWidth = s;
  o.dilationHeight = w.dilationHeight, o.dilationWidth = w.dilationWidth;
  o.activation = graph::Activation::Relu;
  n.options = o;
  g.nodes.push_back(n);
  return base + 2;
}

inline int addInt32Constant(graph::Graph &g, const std::vector<int32_t> &values) {
  const int t =
      addTensor(g, graph::DataType::Int32, {static_cast<int32_t>(values.size())}, 1.0f, 0, true);
  std::memcpy(g.tensors[static_cast<size_t>(t)].data.data(), values.data(), values.size() * 4);
  return t;
}

// An output tensor quantized like `like` (CONCATENATION and SLICE copy bytes).
inline int addLike(graph::Graph &g, int like, std::vector<int32_t> shape) {
  graph::Tensor t = g.tensors[static_cast<size_t>(like)];
  t.name = fmt::format("t{}", g.tensors.size());
  t.shape = std::move(shape);
  g.tensors.push_back(std::move(t));
  return static_cast<int>(g.tensors.size()) - 1;
}

inline size_t addNode(graph::Graph &g, graph::OpType op, std::vector<int> inputs, int output,
                      graph::Options options = {}) {
  graph::Node n;
  n.index = static_cast<int>(g.nodes.size());
  n.op = op, n.inputs = std::move(inputs), n.outputs = {output}, n.options = options;
  g.nodes.push_back(std::move(n));
  return g.nodes.size() - 1;
}

inline int concat(graph::Graph &g, const std::vector<int> &inputs, int axis) {
  auto shape = g.tensors[static_cast<size_t>(inputs[0])].shape;
  const size_t a = static_cast<size_t>(axis < 0 ? axis + static_cast<int>(shape.size()) : axis);
  shape[a] = 0;
  for (int t : inputs)
    shape[a] += g.tensors[static_cast<size_t>(t)].shape[a];
  const int out = addLike(g, inputs[0], shape);
  addNode(g, graph::OpType::Concatenation, inputs, out, graph::ConcatOptions{axis});
  return out;
}

inline int slice(graph::Graph &g, int input, std::vector<int32_t> begin,
                 std::vector<int32_t> size) {
  const int out = addLike(g, input, size);
  addNode(g, graph::OpType::Slice, {input, addInt32Constant(g, begin), addInt32Constant(g, size)},
          out);
  return out;
}

} // namespace loom::testing
