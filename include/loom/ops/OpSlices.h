// Any op on part of its output, for depth-first plans: the input rows (and columns) it reads and
// the op restricted to output rows or to a rectangle of its output. `outputShape` is the op's
// output tensor (NHWC for everything that runs on slices).
#pragma once

#include "loom/ops/Op.h"
#include "loom/ops/RowSlice.h"

#include <cstdint>
#include <vector>

namespace loom::ops {

// The row windows of the op's activation inputs, or why it cannot run on row slices.
Expected<std::vector<RowWindow>> rowWindows(const Op &op, const std::vector<int32_t> &outputShape);
// The column windows of an op that has row windows (element-wise ops map columns one to one).
std::vector<RowWindow> colWindows(const Op &op, const std::vector<int32_t> &outputShape);
// Whether the op has a window along height and width (convolutions and pooling).
bool isWindowed(const Op &op);

// The op computing output rows `rows` (ops that rowWindows accepts; others come back unchanged).
Op sliceRows(const Op &op, RowRange rows, const std::vector<int32_t> &outputShape);
// The op on a rectangle of its output: windowed ops get the rectangle's own padding, element-wise
// ones (and PADs of height or channels) its pixels; anything else is refused with the reason.
Expected<Op> sliceRect(const Op &op, RowRange rows, RowRange cols,
                       const std::vector<int32_t> &outputShape);

} // namespace loom::ops
