// Which ops run on slices of their output, and how; one std::visit per question.
#include "loom/ops/OpSlices.h"

namespace loom::ops {

namespace {

// Element-wise ops that keep no spatial layout: a slice is its elements.
template <class T>
inline constexpr bool kPerElement =
    std::is_same_v<T, RequantizeParams> || std::is_same_v<T, QuantizeFloatParams> ||
    std::is_same_v<T, DequantizeParams>;

int dim(const std::vector<int32_t> &shape, size_t i) { return shape.size() == 4 ? shape[i] : 0; }

} // namespace

Expected<std::vector<RowWindow>> rowWindows(const Op &op, const std::vector<int32_t> &outputShape) {
  return std::visit(
      [&](const auto &p) -> Expected<std::vector<RowWindow>> {
        using T = std::decay_t<decltype(p)>;
        const int h = dim(outputShape, 1);
        if constexpr (kWindowedOp<T>) {
          return std::vector<RowWindow>{rowWindow(p)};
        } else if constexpr (std::is_same_v<T, PadParams>) {
          // Padding of width or channels only keeps the rows one to one.
          if (p.top != 0 || p.bottom != 0)
            return Error{"a PAD of the height"};
          return std::vector<RowWindow>{RowWindow{1, 1, 0, p.inputHeight, p.inputHeight}};
        } else if constexpr (kPerElement<T>) {
          if (outputShape.size() != 4)
            return Error{"an element-wise op on non-4-D tensors"};
          return std::vector<RowWindow>{RowWindow{1, 1, 0, h, h}};
        } else if constexpr (std::is_same_v<T, AddParams>) {
          if (!p.operands.shape.empty() || !p.operands.constant2.empty())
            return Error{"an ADD with broadcasting or a constant operand"};
          if (outputShape.size() != 4)
            return Error{"an ADD of non-4-D tensors"};
          return std::vector<RowWindow>(2, RowWindow{1, 1, 0, h, h});
        } else {
          return Error{"only convolutions, pooling, same-shape ADD, PAD of width or channels, "
                       "element-wise (re)quantization and folded PAD run on row slices"};
        }
      },
      op);
}

std::vector<RowWindow> colWindows(const Op &op, const std::vector<int32_t> &outputShape) {
  return std::visit(
      [&](const auto &p) -> std::vector<RowWindow> {
        using T = std::decay_t<decltype(p)>;
        if constexpr (kWindowedOp<T>) {
          return {colWindow(p)};
        } else {
          const int w = outputShape.size() == 4 ? outputShape[2] : 1;
          return std::vector<RowWindow>(std::is_same_v<T, AddParams> ? 2 : 1,
                                        RowWindow{1, 1, 0, w, w});
        }
      },
      op);
}

bool isWindowed(const Op &op) {
  return std::visit([](const auto &p) { return kWindowedOp<std::decay_t<decltype(p)>>; }, op);
}

Op sliceRows(const Op &op, RowRange rows, const std::vector<int32_t> &outputShape) {
  const int64_t rowElements = int64_t{dim(outputShape, 2)} * dim(outputShape, 3);
  return std::visit(
      [&](const auto &p) -> Op {
        using T = std::decay_t<decltype(p)>;
        if constexpr (std::is_same_v<T, AddParams>) {
          return sliceRows(p, rows, rowElements);
        } else if constexpr (kPerElement<T>) {
          T s = p; // the rows' elements
          s.size = rows.size() * rowElements;
          return s;
        } else if constexpr (std::is_same_v<T, PadParams>) {
          T s = p; // width and channels only: rows map one to one
          s.inputHeight = rows.size();
          return s;
        } else if constexpr (kWindowedOp<T>) {
          return sliceRows(p, rows);
        } else {
          return p; // rowWindows refuses these
        }
      },
      op);
}

Expected<Op> sliceRect(const Op &op, RowRange rows, RowRange cols,
                       const std::vector<int32_t> &outputShape) {
  const int64_t pixelElements = dim(outputShape, 3);
  return std::visit(
      [&](const auto &p) -> Expected<Op> {
        using T = std::decay_t<decltype(p)>;
        if constexpr (kWindowedOp<T>) {
          return Op{sliceRect(p, rows, cols)};
        } else if constexpr (kPerElement<T>) {
          T s = p;
          s.size = int64_t{rows.size()} * cols.size() * pixelElements;
          return Op{s};
        } else if constexpr (std::is_same_v<T, PadParams>) {
          if (p.left != 0 || p.right != 0)
            return Error{"a PAD of the width cannot run on patches"};
          T s = p;
          s.inputHeight = rows.size(), s.inputWidth = cols.size();
          return Op{s};
        } else {
          return Error{"cannot run on patches"};
        }
      },
      op);
}

} // namespace loom::ops
