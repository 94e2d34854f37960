// Lowered nodes on rows or rectangles of their output.
#include "loom/graph/LoweredSlices.h"

#include <fmt/format.h>

namespace loom::graph {

int64_t sliceMacs(const LoweredNode &op) {
  return std::visit(
      [](const auto &p) -> int64_t {
        using T = std::decay_t<decltype(p)>;
        if constexpr (std::is_same_v<T, ops::Conv2DParams> ||
                      std::is_same_v<T, ops::DepthwiseConv2DParams> ||
                      std::is_same_v<T, ops::PointwiseConv2DParams> ||
                      std::is_same_v<T, ops::FullyConnectedParams>)
          return p.macs();
        else
          return 0;
      },
      op);
}

Expected<LoweredNode> rectNode(const Graph &g, const Node &n, const LoweredNode &op,
                               ops::RowRange rows, ops::RowRange cols) {
  return std::visit(
      [&](const auto &p) -> Expected<LoweredNode> {
        using T = std::decay_t<decltype(p)>;
        const Tensor &out = g.tensors[n.outputs[0]];
        const int64_t pixelElements = out.shape.size() == 4 ? out.shape[3] : 0;
        if constexpr (ops::kWindowedOp<T>) {
          return LoweredNode{ops::sliceRect(p, rows, cols)};
        } else if constexpr (std::is_same_v<T, ops::RequantizeParams> ||
                             std::is_same_v<T, ops::QuantizeFloatParams> ||
                             std::is_same_v<T, ops::DequantizeParams>) {
          T s = p;
          s.size = int64_t{rows.size()} * cols.size() * pixelElements;
          return LoweredNode{s};
        } else if constexpr (std::is_same_v<T, ops::PadParams>) {
          if (p.left != 0 || p.right != 0)
            return Error{
                fmt::format("{}: a PAD of the width cannot run on patches", g.describe(n))};
          T s = p;
          s.inputHeight = rows.size(), s.inputWidth = cols.size();
          return LoweredNode{s};
        } else {
          return Error{fmt::format("{}: cannot run on patches", g.describe(n))};
        }
      },
      op);
}

LoweredNode sliceNode(const Graph &g, const Node &n, const LoweredNode &op, ops::RowRange rows) {
  return std::visit(
      [&](const auto &p) -> LoweredNode {
        using T = std::decay_t<decltype(p)>;
        const Tensor &out = g.tensors[n.outputs[0]];
        const int64_t rowElements =
            out.shape.size() == 4 ? int64_t{out.shape[2]} * out.shape[3] : 0;
        if constexpr (std::is_same_v<T, ops::AddParams>) {
          return ops::sliceRows(p, rows, rowElements);
        } else if constexpr (std::is_same_v<T, ops::RequantizeParams> ||
                             std::is_same_v<T, ops::QuantizeFloatParams> ||
                             std::is_same_v<T, ops::DequantizeParams>) {
          T s = p; // element-wise: the rows' elements
          s.size = rows.size() * rowElements;
          return s;
        } else if constexpr (std::is_same_v<T, ops::PadParams>) {
          T s = p; // width and channels only: rows map one to one
          s.inputHeight = rows.size();
          return s;
        } else if constexpr (ops::kWindowedOp<T>)
          return ops::sliceRows(p, rows);
        else
          return p; // scheduleSegment admits only the ops above
      },
      op);
}

} // namespace loom::graph
