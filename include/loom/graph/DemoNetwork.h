// The built-in demo network: a small MobileNetV2-style int8 network (3x3 stride-2 stem, inverted
// residual blocks with depthwise convolutions and one residual ADD, global average pooling and a
// 10-class fully-connected head) that loom builds itself from fixed seeds, so the demo needs no
// downloaded model. Quantization follows TFLite's rules (per-channel weights, ReLU6 outputs with
// zero point -128).
#pragma once

#include "loom/graph/Graph.h"

#include <cstdint>

namespace loom::graph {

Graph demoNetwork(uint32_t seed = 2026);

// A block with two parallel branches (each a 1x1 expansion to 64 channels, a 3x3 depthwise
// convolution and a 1x1 projection, summed by an ADD), its nodes stored with the branches
// interleaved, as an exporter may emit them: both expanded tensors are then alive together.
// Operator reordering (OperatorOrder.h) runs one branch after the other.
Graph branchedDemoNetwork(uint32_t seed = 2026);

} // namespace loom::graph
