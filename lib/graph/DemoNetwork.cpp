// The built-in demo network, built tensor by tensor.
#include "loom/graph/DemoNetwork.h"
#include "GraphBuilder.h"

#include <cmath>
#include <cstring>
#include <random>

namespace loom::graph {

Graph demoNetwork(uint32_t seed) {
  detail::GraphBuilder b(seed);
  b.g.name = "loom_demo";
  constexpr float kRelu6Scale = 6.0f / 255.0f; // ReLU6 outputs: [0, 6] on [-128, 127]
  constexpr float kLinearScale = 0.08f;
  const int input = b.activation("input", {1, 48, 48, 3}, 1.0f / 128, 0);
  b.g.inputs = {input};
  int x = b.conv("stem", input, 16, 3, 2, false, Activation::Relu6, kRelu6Scale, -128); // 24x24
  x = b.conv("b1.dw", x, 16, 3, 1, true, Activation::Relu6, kRelu6Scale, -128);
  x = b.conv("b1.project", x, 16, 1, 1, false, Activation::None, kLinearScale, 0);
  x = b.conv("b2.expand", x, 48, 1, 1, false, Activation::Relu6, kRelu6Scale, -128);
  x = b.conv("b2.dw", x, 48, 5, 2, true, Activation::Relu6, kRelu6Scale, -128); // 12x12
  const int skip = b.conv("b2.project", x, 24, 1, 1, false, Activation::None, kLinearScale, 0);
  x = b.conv("b3.expand", skip, 72, 1, 1, false, Activation::Relu6, kRelu6Scale, -128);
  x = b.conv("b3.dw", x, 72, 3, 1, true, Activation::Relu6, kRelu6Scale, -128);
  x = b.conv("b3.project", x, 24, 1, 1, false, Activation::None, kLinearScale, 0);
  const int sum = b.activation("b3.add", {1, 12, 12, 24}, kLinearScale * 1.25f, 0);
  b.node(OpType::Add, {skip, x}, {sum}, ElementwiseOptions{});
  x = b.conv("b4.expand", sum, 96, 1, 1, false, Activation::Relu6, kRelu6Scale, -128);
  x = b.conv("b4.dw", x, 96, 3, 2, true, Activation::Relu6, kRelu6Scale, -128); // 6x6
  x = b.conv("b4.project", x, 32, 1, 1, false, Activation::None, kLinearScale, 0);
  const int logits = b.classifier("classifier", x, 10, 0.1f);
  b.g.outputs = {logits};
  return std::move(b.g);
}

Graph branchedDemoNetwork(uint32_t seed) {
  detail::GraphBuilder b(seed);
  b.g.name = "loom_branched_demo";
  constexpr float kRelu6Scale = 6.0f / 255.0f;
  constexpr float kLinearScale = 0.08f;
  const int input = b.activation("input", {1, 32, 32, 3}, 1.0f / 128, 0);
  b.g.inputs = {input};
  const int x = b.conv("stem", input, 16, 3, 2, false, Activation::Relu6, kRelu6Scale, -128);
  // Interleaved: a.expand, b.expand, a.dw, b.dw, a.project, b.project.
  int a = b.conv("a.expand", x, 64, 1, 1, false, Activation::Relu6, kRelu6Scale, -128);
  int c = b.conv("b.expand", x, 64, 1, 1, false, Activation::Relu6, kRelu6Scale, -128);
  a = b.conv("a.dw", a, 64, 3, 1, true, Activation::Relu6, kRelu6Scale, -128);
  c = b.conv("b.dw", c, 64, 3, 1, true, Activation::Relu6, kRelu6Scale, -128);
  a = b.conv("a.project", a, 16, 1, 1, false, Activation::None, kLinearScale, 0);
  c = b.conv("b.project", c, 16, 1, 1, false, Activation::None, kLinearScale, 0);
  const int sum = b.add("add", a, c, kLinearScale * 1.25f);
  b.g.outputs = {b.classifier("classifier", sum, 10, 0.1f)};
  return std::move(b.g);
}

} // namespace loom::graph
