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

} // namespace loom::graph
