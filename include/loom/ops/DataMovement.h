// Ops that move or re-encode 8-bit values without arithmetic across elements: PAD (constant
// padding on any of height, width and channels, filled with the zero point) and QUANTIZE between
// 8-bit types (TFLite's Requantize: int8 <-> uint8 or a change of scale), TRANSPOSE, STRIDED_SLICE
// and RESIZE_NEAREST_NEIGHBOR.
#pragma once

#include "loom/ops/Ops.h"

#include <optional>
#include <utility>
#include <vector>

namespace loom::ops {

struct PadParams {
  int inputHeight = 0, inputWidth = 0, channels = 0;
  int top = 0, bottom = 0, left = 0, right = 0, front = 0, back = 0; // front/back: channels
  int32_t padValue = 0; // the quantized zero (the tensor's zero point)
  int outputHeight() const { return inputHeight + top + bottom; }
  int outputWidth() const { return inputWidth + left + right; }
  int outputChannels() const { return channels + front + back; }
};

// output = clamp(MultiplyByQuantizedMultiplier(input - inputZeroPoint, m, shift) + outputZeroPoint)
// to the output type's range (reference_ops::Requantize); the types are signed integers of
// `inputBits`/`outputBits` (8, 16 or 32), or uint8 with `inputUnsigned`/`outputUnsigned`.
struct RequantizeParams {
  int64_t size = 0;
  int inputBits = 8, outputBits = 8;
  bool inputUnsigned = false, outputUnsigned = false;
  int32_t inputZeroPoint = 0, outputZeroPoint = 0;
  int32_t multiplier = 1 << 30, shift = 1; // 1.0
};

// The value range of a Requantize operand type.
std::pair<int32_t, int32_t> requantizeRange(int bits, bool isUnsigned);

// output[o0, .., on] = input[i] with i[perm[k]] = o_k (TFLite's perm: output dim k is input dim
// perm[k]); any element type of `elementBytes` bytes.
struct TransposeParams {
  std::vector<int> shape; // input dimensions, rank 1 to 4
  std::vector<int> perm;
  std::vector<int> outputShape() const;
};

// TFLite's STRIDED_SLICE and SLICE on 8-bit values once the masks and negative indices are
// resolved: output element (o0, .., on) copies input element (begin_k + o_k * stride_k) per
// dimension k (rank 1 to 4; strides may be negative, never 0).
struct SliceParams {
  std::vector<int> shape; // input dimensions
  std::vector<int> begin, stride, outputShape;
};

// TFLite's RESIZE_NEAREST_NEIGHBOR on an HWC tensor: each output pixel copies the input pixel
// GetNearestNeighbor picks (computed here, in float as TFLite does, into index tables).
struct ResizeNearestParams {
  int inputHeight = 0, inputWidth = 0, channels = 0, outputHeight = 0, outputWidth = 0;
  bool alignCorners = false, halfPixelCenters = false;
  std::vector<int32_t> sourceRows() const;
  std::vector<int32_t> sourceColumns() const;
};

// TFLite's RESIZE_BILINEAR on an int8 HWC tensor (reference_ops::ResizeBilinearInteger, as
// TensorFlow Lite Micro runs it): per output row and column, the two source rows/columns and the
// distance from the first in 1/1024 steps (computed at generation time into tables), the four
// products summed in int32 and divided by 2^20 rounding half away from zero. Input and output are
// quantized alike (the values are interpolated as they are).
struct ResizeBilinearParams {
  int inputHeight = 0, inputWidth = 0, channels = 0, outputHeight = 0, outputWidth = 0;
  bool alignCorners = false, halfPixelCenters = false;
  struct Axis {
    std::vector<int32_t> lower, upper, fraction; // fraction: position - 1024 * lower
  };
  Axis rows() const;
  Axis columns() const;
};

Status validate(const PadParams &p);
Status validate(const RequantizeParams &p);
Status validate(const TransposeParams &p);
Status validate(const SliceParams &p);
// Where a slice's elements lie in its input (row-major) when they form rows at a regular pitch:
// `rows` rows of `rowElements` elements, `pitch` elements apart, from element `start`. That holds
// when the innermost dimension the slice cuts has stride 1 and every dimension after it is whole;
// before it, dimensions are whole (stride 1) out to one selecting a run with stride 1, and every
// dimension further out selects one element. One row: a contiguous run (a SPLIT along the
// outermost axis); several: e.g. some channels of every pixel (a channel split). Such a slice
// needs no copy: its output can be a view of the input (graph/Liveness.h), read where it lies by
// kernels that read rows at a pitch.
struct SlicePlacement {
  int64_t start = 0, rows = 1, rowElements = 0, pitch = 0;
};
std::optional<SlicePlacement> slicePlacement(const SliceParams &p);

// `rows` rows of `rowBytes` bytes from a source whose rows are `sourceStride` bytes apart to a
// destination whose rows are `destinationStride` apart: a patch cut out of a tensor, or pasted
// into one (patch-based execution).
struct CopyRectParams {
  int rows = 0;
  int64_t rowBytes = 0, sourceStride = 0, destinationStride = 0;
};
Status validate(const CopyRectParams &p);
// Arguments (input, output), each spanning (rows - 1) * stride + rowBytes bytes.
Expected<ir::Kernel> buildCopyRect(const CopyRectParams &p, const std::string &name);
Status validate(const ResizeNearestParams &p);
Status validate(const ResizeBilinearParams &p);
// Arguments (input, output).
Expected<ir::Kernel> buildPad(const PadParams &p, const std::string &name);
Expected<ir::Kernel> buildRequantize(const RequantizeParams &p, const std::string &name);
Expected<ir::Kernel> buildTranspose(const TransposeParams &p, const std::string &name);
Expected<ir::Kernel> buildSlice(const SliceParams &p, const std::string &name);
Expected<ir::Kernel> buildResizeNearest(const ResizeNearestParams &p, const std::string &name);
Expected<ir::Kernel> buildResizeBilinear(const ResizeBilinearParams &p, const std::string &name);

namespace reference {
void pad(const PadParams &p, const int8_t *in, int8_t *out);
void requantize(const RequantizeParams &p, const uint8_t *in, uint8_t *out);
void transpose(const TransposeParams &p, const int8_t *in, int8_t *out);
void slice(const SliceParams &p, const int8_t *in, int8_t *out);
void resizeNearest(const ResizeNearestParams &p, const int8_t *in, int8_t *out);
void resizeBilinear(const ResizeBilinearParams &p, const int8_t *in, int8_t *out);
} // namespace reference

} // namespace loom::ops
