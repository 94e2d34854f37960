// CONCATENATION and PACK of activations -> ops::ConcatParams: the tensors as [outer][axis][inner]
// around the (possibly negative) axis; TFLite Micro copies int8 bytes, so every input must share
// the output's encoding.
#include "LoweringParts.h"
#include "loom/ops/Concat.h"

#include <fmt/format.h>

namespace loom::graph::detail {

namespace {

// CONCATENATION (`pack` false) and PACK of activations: the output viewed as [outer][axis][inner];
// a concatenated input spans its own axis size, a packed one (the axis is new) one row.
Expected<LoweredNode> lowerJoin(const Graph &g, const Node &n, bool pack) {
  const auto &o = std::get<ConcatOptions>(n.options);
  if (n.inputs.empty() || n.outputs.empty() || n.outputs[0] < 0)
    return fail(g, n, "no input or no output").error();
  if (o.activation != Activation::None)
    return fail(g, n, "a fused activation is not supported").error();
  if (auto s = checkInt8(g, n, n.outputs[0], "output"); !s)
    return s.error();
  const Tensor &out = g.tensors[n.outputs[0]];
  const int rank = static_cast<int>(out.shape.size());
  const int axis = o.axis < 0 ? o.axis + rank : o.axis;
  if (axis < 0 || axis >= rank)
    return fail(g, n, fmt::format("axis {} outside rank {}", o.axis, rank)).error();
  ops::ConcatParams p;
  for (int d = 0; d < rank; ++d)
    if (d != axis)
      (d < axis ? p.outer : p.inner) *= out.shape[static_cast<size_t>(d)];
  for (int t : n.inputs) {
    if (t < 0)
      return fail(g, n, "an input is missing").error();
    if (auto s = checkInt8(g, n, t, "input"); !s)
      return s.error();
    const Tensor &x = g.tensors[t];
    if (x.isConstant())
      return fail(g, n, fmt::format("constant input '{}' is not supported", x.name)).error();
    // The input's shape must be the output's, but along the axis (concatenation) or without
    // the axis (pack).
    std::vector<int32_t> expected = out.shape;
    if (pack)
      expected.erase(expected.begin() + axis);
    else
      expected[static_cast<size_t>(axis)] =
          x.shape.size() == out.shape.size() ? x.shape[static_cast<size_t>(axis)] : -1;
    if (x.shape != expected)
      return fail(g, n, fmt::format("input '{}' does not fit the output's shape", x.name)).error();
    // TFLite Micro copies the bytes; the converter gives every input the output's encoding.
    if (scaleOf(x) != scaleOf(out) || zeroPoint(x) != zeroPoint(out))
      return fail(g, n,
                  fmt::format("input '{}' is quantized unlike the output '{}' (TFLite Micro "
                              "copies the bytes)",
                              x.name, out.name))
          .error();
    p.axisSizes.push_back(pack ? 1 : x.shape[static_cast<size_t>(axis)]);
  }
  if (p.outputAxis() != out.shape[static_cast<size_t>(axis)])
    return fail(g, n, "the inputs do not add up to the output's axis").error();
  if (auto s = ops::validate(p); !s)
    return fail(g, n, s.error().message).error();
  return LoweredNode{std::move(p)};
}

} // namespace

Expected<LoweredNode> lowerConcat(const Graph &g, const Node &n) { return lowerJoin(g, n, false); }
Expected<LoweredNode> lowerPack(const Graph &g, const Node &n) { return lowerJoin(g, n, true); }

} // namespace loom::graph::detail
