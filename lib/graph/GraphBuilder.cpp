// GraphBuilder: synthetic int8 graphs, tensor by tensor.
#include "GraphBuilder.h"

#include <cmath>
#include <cstring>

namespace loom::graph::detail {

int GraphBuilder::activation(const std::string &name, std::vector<int32_t> shape, float scale,
                             int64_t zp) {
  Tensor t;
  t.name = name;
  t.type = DataType::Int8;
  t.shape = std::move(shape);
  t.quantization.scales = {scale};
  t.quantization.zeroPoints = {zp};
  g.tensors.push_back(std::move(t));
  return static_cast<int>(g.tensors.size()) - 1;
}

std::pair<int, int> GraphBuilder::weightsAndBias(const std::string &name,
                                                 std::vector<int32_t> shape, int channelDim,
                                                 float inScale, float outScale, int reduction) {
  Tensor w;
  w.name = name + ".weights";
  w.type = DataType::Int8;
  w.shape = shape;
  const int channels = shape[static_cast<size_t>(channelDim)];
  std::uniform_int_distribution<int> value(-127, 127);
  std::uniform_real_distribution<double> spread(0.5, 1.5);
  const int64_t count = w.elementCount();
  w.data.resize(static_cast<size_t>(count));
  for (auto &b : w.data)
    b = static_cast<uint8_t>(static_cast<int8_t>(value(rng_)));
  Tensor b;
  b.name = name + ".bias";
  b.type = DataType::Int32;
  b.shape = {channels};
  b.data.resize(static_cast<size_t>(channels) * 4);
  for (int c = 0; c < channels; ++c) {
    // Accumulator sigma ~ sqrt(reduction) * 73 * 40: map it to ~2 output units of 40.
    const double multiplier = 40.0 / (std::sqrt(reduction) * 73.0 * 40.0) * spread(rng_);
    const float ws = static_cast<float>(multiplier * outScale / inScale);
    w.quantization.scales.push_back(ws);
    w.quantization.zeroPoints.push_back(0);
    const int32_t bias =
        static_cast<int32_t>(std::uniform_int_distribution<int>(-2000, 2000)(rng_));
    std::memcpy(&b.data[static_cast<size_t>(c) * 4], &bias, 4);
  }
  w.quantization.quantizedDimension = channelDim;
  g.tensors.push_back(std::move(w));
  g.tensors.push_back(std::move(b));
  const int wi = static_cast<int>(g.tensors.size()) - 2;
  return {wi, wi + 1};
}

int GraphBuilder::conv(const std::string &name, int in, int cout, int k, int stride, bool depthwise,
                       Activation act, float outScale, int64_t outZp) {
  // A copy: adding the weights, bias and PAD tensors below reallocates g.tensors.
  const Tensor x = g.tensors[static_cast<size_t>(in)];
  const int h = x.shape[1], wd = x.shape[2], cin = x.shape[3];
  const float inScale = x.quantization.scales[0];
  const int oh = (h + 2 * (k / 2) - k) / stride + 1, ow = (wd + 2 * (k / 2) - k) / stride + 1;
  const int channels = depthwise ? cin : cout;
  auto [w, b] = depthwise
                    ? weightsAndBias(name, {1, k, k, cin}, 3, inScale, outScale, k * k)
                    : weightsAndBias(name, {cout, k, k, cin}, 0, inScale, outScale, k * k * cin);
  int padded = in;
  if (k > 1) { // PyTorch-style symmetric padding, as an explicit PAD (like the MCUNet zoo)
    Tensor amounts;
    amounts.name = name + ".pad";
    amounts.type = DataType::Int32;
    amounts.shape = {4, 2};
    const int32_t p = k / 2, v[8] = {0, 0, p, p, p, p, 0, 0};
    amounts.data.resize(32);
    std::memcpy(amounts.data.data(), v, 32);
    g.tensors.push_back(std::move(amounts));
    const int pad = static_cast<int>(g.tensors.size()) - 1;
    padded = activation(name + ".padded", {1, h + 2 * p, wd + 2 * p, cin}, x.quantization.scales[0],
                        x.quantization.zeroPoints[0]);
    node(OpType::Pad, {in, pad}, {padded}, {});
  }
  const int out = activation(name, {1, oh, ow, channels}, outScale, outZp);
  ConvOptions o;
  o.padding = PaddingMode::Valid;
  o.strideHeight = o.strideWidth = stride;
  o.activation = act;
  node(depthwise ? OpType::DepthwiseConv2D : OpType::Conv2D, {padded, w, b}, {out}, o);
  return out;
}

void GraphBuilder::node(OpType op, std::vector<int> inputs, std::vector<int> outputs,
                        Options options) {
  Node n;
  n.index = static_cast<int>(g.nodes.size());
  n.op = op;
  n.inputs = std::move(inputs);
  n.outputs = std::move(outputs);
  n.options = std::move(options);
  g.nodes.push_back(std::move(n));
}

int GraphBuilder::add(const std::string &name, int a, int b, float outScale) {
  const Tensor &x = g.tensors[static_cast<size_t>(a)];
  const int sum = activation(name, x.shape, outScale, 0);
  node(OpType::Add, {a, b}, {sum}, ElementwiseOptions{});
  return sum;
}

int GraphBuilder::classifier(const std::string &name, int in, int classes, float outScale) {
  const Tensor &x = g.tensors[static_cast<size_t>(in)];
  const int h = x.shape[1], w = x.shape[2], c = x.shape[3];
  const float scale = x.quantization.scales[0];
  const int64_t zp = x.quantization.zeroPoints[0];
  const int pooled = activation(name + ".pool", {1, 1, 1, c}, scale, zp);
  PoolOptions pool;
  pool.filterHeight = h, pool.filterWidth = w;
  node(OpType::AveragePool2D, {in}, {pooled}, pool);
  const int flat = activation(name + ".flat", {1, c}, scale, zp);
  node(OpType::Reshape, {pooled}, {flat}, {});
  auto [wt, bias] = weightsAndBias(name, {classes, c}, 0, scale, outScale, c);
  const int logits = activation(name + ".logits", {1, classes}, outScale, 0);
  node(OpType::FullyConnected, {flat, wt, bias}, {logits}, ElementwiseOptions{});
  return logits;
}

} // namespace loom::graph::detail
