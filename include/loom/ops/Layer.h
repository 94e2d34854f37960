// One layer to compile, measure or tune on its own: an op with a fixed input.
#pragma once

#include "loom/ops/AnyOp.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace loom::ops {

struct Layer {
  std::string id;
  AnyOp op;
  std::vector<int8_t> input; // the layer's fixed input
};

// A C identifier made from a layer id (for kernel symbol names): "loom_" and the id with every
// character that is not a letter or a digit replaced by '_'.
std::string symbolName(std::string_view id);

} // namespace loom::ops
