// Symbol names of layers.
#include "loom/ops/Layer.h"

#include <fmt/format.h>

#include <cctype>

namespace loom::ops {

std::string_view formName(KernelForm form) {
  switch (form) {
  case KernelForm::Plain: return "";
  case KernelForm::InPlace: return "in place";
  case KernelForm::InPlaceInt8Plane: return "in place int8 plane";
  }
  return "";
}

Expected<ir::Kernel> buildLayerKernel(const AnyOp &op, KernelForm form, const std::string &name) {
  if (form == KernelForm::Plain)
    return buildKernel(op, name);
  const auto *dw = std::get_if<DepthwiseConv2DParams>(&op);
  if (!dw)
    return Error{fmt::format("{}: only a depthwise convolution runs in place", opName(op))};
  return buildDepthwiseConv2DInPlace(
      *dw, name, form == KernelForm::InPlace ? DepthwisePlane::Int16Padded : DepthwisePlane::Int8);
}

std::string symbolName(std::string_view id) {
  std::string out = "loom_";
  for (char c : id)
    out += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
  return out;
}

} // namespace loom::ops
