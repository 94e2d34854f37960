// Builds int8 graphs tensor by tensor with synthetic weights (fixed seed): the built-in demo
// network and the networks of MCUNet json configs. Quantization follows TFLite's rules
// (per-channel weights, symmetric PyTorch-style padding as explicit PAD nodes, as in the zoo).
#pragma once

#include "loom/graph/Graph.h"

#include <random>
#include <string>
#include <utility>
#include <vector>

namespace loom::graph::detail {

class GraphBuilder {
public:
  explicit GraphBuilder(uint32_t seed) : rng_(seed) {}

  int activation(const std::string &name, std::vector<int32_t> shape, float scale, int64_t zp);
  // Weights with per-channel scales chosen so that each output channel's accumulator maps onto
  // a useful part of the output range (outputs spread, not saturated).
  std::pair<int, int> weightsAndBias(const std::string &name, std::vector<int32_t> shape,
                                     int channelDim, float inScale, float outScale, int reduction);
  // A k x k convolution (depthwise or not) with symmetric k/2 padding as an explicit PAD node.
  int conv(const std::string &name, int in, int cout, int k, int stride, bool depthwise,
           Activation act, float outScale, int64_t outZp);
  int add(const std::string &name, int a, int b, float outScale);
  // Global average pooling, flattening RESHAPE and a fully-connected layer.
  int classifier(const std::string &name, int in, int classes, float outScale);
  void node(OpType op, std::vector<int> inputs, std::vector<int> outputs, Options options);

  Graph g;

private:
  std::mt19937 rng_;
};

} // namespace loom::graph::detail
