// Row slices of spatial ops, for depth-first execution: the same op restricted to output rows
// [begin, end), reading only the input rows those need. Padding rows that fall outside the input
// become the slice's own top/bottom padding, so a slice computes exactly the rows the whole op
// would (TFLite skips padded taps; so does the slice).
#pragma once

#include "loom/ops/Elementwise.h"
#include "loom/ops/Ops.h"
#include "loom/ops/Reduce.h"

#include <type_traits>

namespace loom::ops {

// The ops with a window along height and width (rowWindow, colWindow, sliceRows, sliceRect).
template <class T>
inline constexpr bool kWindowedOp =
    std::is_same_v<T, Conv2DParams> || std::is_same_v<T, DepthwiseConv2DParams> ||
    std::is_same_v<T, PointwiseConv2DParams> || std::is_same_v<T, AveragePool2DParams> ||
    std::is_same_v<T, MaxPool2DParams>;

struct RowRange {
  int begin = 0, end = 0;
  int size() const { return end - begin; }
  bool empty() const { return end <= begin; }
  bool operator==(const RowRange &) const = default;
};

// How an op's output rows depend on its input rows: output row r reads input rows
// [r * stride - padTop, r * stride - padTop + kernel), clipped to the input.
struct RowWindow {
  int kernel = 1, stride = 1, padTop = 0, inputHeight = 0, outputHeight = 0;
  RowRange inputRows(RowRange output) const; // empty for an empty range
};

RowWindow rowWindow(const Conv2DParams &p);
RowWindow rowWindow(const DepthwiseConv2DParams &p);
RowWindow rowWindow(const PointwiseConv2DParams &p);
RowWindow rowWindow(const Pool2DParams &p);

// The op computing output rows `rows` (non-empty, inside the output) from input rows
// rowWindow(p).inputRows(rows).
Conv2DParams sliceRows(const Conv2DParams &p, RowRange rows);
DepthwiseConv2DParams sliceRows(const DepthwiseConv2DParams &p, RowRange rows);
PointwiseConv2DParams sliceRows(const PointwiseConv2DParams &p, RowRange rows);
AveragePool2DParams sliceRows(const AveragePool2DParams &p, RowRange rows);
MaxPool2DParams sliceRows(const MaxPool2DParams &p, RowRange rows);
// An element-wise ADD of two same-shape activations, `rowElements` elements per row.
AddParams sliceRows(const AddParams &p, RowRange rows, int64_t rowElements);

// The same along the width (patch-based execution: a rectangle of the output).
RowWindow colWindow(const Conv2DParams &p);
RowWindow colWindow(const DepthwiseConv2DParams &p);
RowWindow colWindow(const PointwiseConv2DParams &p);
RowWindow colWindow(const Pool2DParams &p);
Conv2DParams sliceRect(const Conv2DParams &p, RowRange rows, RowRange cols);
DepthwiseConv2DParams sliceRect(const DepthwiseConv2DParams &p, RowRange rows, RowRange cols);
PointwiseConv2DParams sliceRect(const PointwiseConv2DParams &p, RowRange rows, RowRange cols);
AveragePool2DParams sliceRect(const AveragePool2DParams &p, RowRange rows, RowRange cols);
MaxPool2DParams sliceRect(const MaxPool2DParams &p, RowRange rows, RowRange cols);

} // namespace loom::ops
