// One layer to compile, measure or tune on its own: an op with a fixed input.
#pragma once

#include "loom/ops/AnyOp.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace loom::ops {

// How a plan calls a layer's kernel (each form is its own nest, schedule space and tuning key).
enum class KernelForm {
  Plain,   // reads its input and writes a separate output (a whole layer or a slice of one)
  InPlace, // a depthwise convolution writing over its dying input (one channel plane of scratch)
  InPlaceInt8Plane, // the same with the smaller int8 plane (where the plane sets the arena)
};
// "" for the plain form, else "in place" / "in place int8 plane" (tuning keys, reports).
std::string_view formName(KernelForm form);

struct Layer {
  std::string id;
  AnyOp op;
  std::vector<int8_t> input; // the layer's fixed input
  KernelForm form = KernelForm::Plain;
};

// The naive nest of `op` in `form`: buildKernel, or the in-place depthwise nest (arguments
// activations and plane) for the in-place forms, which only a depthwise convolution has.
Expected<ir::Kernel> buildLayerKernel(const AnyOp &op, KernelForm form, const std::string &name);

// A C identifier made from a layer id (for kernel symbol names): "loom_" and the id with every
// character that is not a letter or a digit replaced by '_'.
std::string symbolName(std::string_view id);

} // namespace loom::ops
