// Row slices of spatial ops.
#include "loom/ops/RowSlice.h"

#include <algorithm>

namespace loom::ops {

RowRange RowWindow::inputRows(RowRange output) const {
  if (output.empty())
    return {};
  const int first = output.begin * stride - padTop;
  const int last = (output.end - 1) * stride - padTop + kernel; // one past the last tap
  return {std::max(0, first), std::min(inputHeight, last)};
}

namespace {

// Conv2D and DepthwiseConv2D share their window fields. A dilated window spans
// (kernel - 1) * dilation + 1 rows; a slice keeps the dilation, and the rows between its taps
// are copied with the others.
template <class P> RowWindow convRows(const P &p) {
  return {static_cast<int>(p.windowHeight()), p.strideHeight, p.padding.top, p.inputHeight,
          p.outputHeight()};
}
template <class P> RowWindow convColumns(const P &p) {
  return {static_cast<int>(p.windowWidth()), p.strideWidth, p.padding.left, p.inputWidth,
          p.outputWidth()};
}

} // namespace

RowWindow rowWindow(const Conv2DParams &p) { return convRows(p); }
RowWindow rowWindow(const DepthwiseConv2DParams &p) { return convRows(p); }
RowWindow rowWindow(const PointwiseConv2DParams &p) {
  return {1, p.stride, 0, p.inputHeight, p.outputHeight()};
}
RowWindow rowWindow(const Pool2DParams &p) {
  return {p.filterHeight, p.strideHeight, p.padding.top, p.inputHeight, p.outputHeight()};
}

namespace {

// Along one axis: the slice's input extent and padding; the taps of the first output index
// before the input and of the last one after it stay padding.
struct AxisSlice {
  int input = 0, padBefore = 0, padAfter = 0;
};
AxisSlice sliceAxis(const RowWindow &w, RowRange out) {
  const RowRange in = w.inputRows(out);
  const int first = out.begin * w.stride - w.padTop;
  const int last = (out.end - 1) * w.stride - w.padTop + w.kernel;
  return {in.size(), in.begin - first, last - in.end};
}

template <class P> void sliceWindow(P &p, const RowWindow &w, RowRange rows) {
  const AxisSlice a = sliceAxis(w, rows);
  p.inputHeight = a.input;
  p.padding.top = a.padBefore;
  p.padding.bottom = a.padAfter;
}

} // namespace

Conv2DParams sliceRows(const Conv2DParams &p, RowRange rows) {
  Conv2DParams s = p;
  sliceWindow(s, rowWindow(p), rows);
  return s;
}
DepthwiseConv2DParams sliceRows(const DepthwiseConv2DParams &p, RowRange rows) {
  DepthwiseConv2DParams s = p;
  sliceWindow(s, rowWindow(p), rows);
  return s;
}
PointwiseConv2DParams sliceRows(const PointwiseConv2DParams &p, RowRange rows) {
  PointwiseConv2DParams s = p;
  s.inputHeight = rowWindow(p).inputRows(rows).size();
  return s;
}
AveragePool2DParams sliceRows(const AveragePool2DParams &p, RowRange rows) {
  AveragePool2DParams s = p;
  sliceWindow(s, rowWindow(p), rows);
  return s;
}
MaxPool2DParams sliceRows(const MaxPool2DParams &p, RowRange rows) {
  MaxPool2DParams s = p;
  sliceWindow(s, rowWindow(p), rows);
  return s;
}
AddParams sliceRows(const AddParams &p, RowRange rows, int64_t rowElements) {
  AddParams s = p;
  s.size = rows.size() * rowElements;
  return s;
}

RowWindow colWindow(const Conv2DParams &p) { return convColumns(p); }
RowWindow colWindow(const DepthwiseConv2DParams &p) { return convColumns(p); }
RowWindow colWindow(const PointwiseConv2DParams &p) {
  return {1, p.stride, 0, p.inputWidth, p.outputWidth()};
}
RowWindow colWindow(const Pool2DParams &p) {
  return {p.filterWidth, p.strideWidth, p.padding.left, p.inputWidth, p.outputWidth()};
}

namespace {

template <class P> P sliceBoth(const P &p, RowRange rows, RowRange cols) {
  P s = p;
  sliceWindow(s, rowWindow(p), rows);
  const AxisSlice a = sliceAxis(colWindow(p), cols);
  s.inputWidth = a.input;
  s.padding.left = a.padBefore;
  s.padding.right = a.padAfter;
  return s;
}

} // namespace

Conv2DParams sliceRect(const Conv2DParams &p, RowRange rows, RowRange cols) {
  return sliceBoth(p, rows, cols);
}
DepthwiseConv2DParams sliceRect(const DepthwiseConv2DParams &p, RowRange rows, RowRange cols) {
  return sliceBoth(p, rows, cols);
}
PointwiseConv2DParams sliceRect(const PointwiseConv2DParams &p, RowRange rows, RowRange cols) {
  PointwiseConv2DParams s = p;
  s.inputHeight = rowWindow(p).inputRows(rows).size();
  s.inputWidth = colWindow(p).inputRows(cols).size();
  return s;
}
AveragePool2DParams sliceRect(const AveragePool2DParams &p, RowRange rows, RowRange cols) {
  return sliceBoth(p, rows, cols);
}
MaxPool2DParams sliceRect(const MaxPool2DParams &p, RowRange rows, RowRange cols) {
  return sliceBoth(p, rows, cols);
}

} // namespace loom::ops
