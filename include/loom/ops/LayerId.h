// Single-layer benchmark ids, e.g. pw_20x20x48_16 (1x1 conv, input HxWxCin, Cout),
// dw3_s1_40x40x48 (depthwise, kernel, stride, input), conv3_s2_80x80x3_16 (conv, kernel, stride,
// input, Cout), fc_160_1000 (fully connected, in, out). Convs get symmetric k//2 padding; the
// data is random with a seed derived from the id, so an id always means the same bytes.
#pragma once

#include "loom/ops/AnyOp.h"

#include <random>
#include <string_view>

namespace loom::ops {

struct Layer {
  std::string id;
  AnyOp op;
  std::vector<int8_t> input; // the layer's fixed input
};

Expected<Layer> parseLayerId(std::string_view id);

// A C identifier made from an id (for kernel symbol names).
std::string symbolName(std::string_view id);

} // namespace loom::ops
