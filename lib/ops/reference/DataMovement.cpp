// Reference PAD (reference_ops::Pad with a constant value) and QUANTIZE between integer types
// (reference_ops::Requantize).
#include "loom/ops/DataMovement.h"
#include "loom/ops/Reference.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace loom::ops::reference {

namespace {
// Element i of a little-endian array of T in a byte buffer (the host and the MCU are both
// little-endian; memcpy keeps the access free of alignment and aliasing assumptions).
template <typename T> T loadLittleEndian(const uint8_t *bytes, int64_t i) {
  T v;
  std::memcpy(&v, bytes + i * static_cast<int64_t>(sizeof(T)), sizeof(T));
  return v;
}
template <typename T> void storeLittleEndian(uint8_t *bytes, int64_t i, T v) {
  std::memcpy(bytes + i * static_cast<int64_t>(sizeof(T)), &v, sizeof(T));
}
} // namespace

void pad(const PadParams &p, const int8_t *in, int8_t *out) {
  const int oh = p.outputHeight(), ow = p.outputWidth(), oc = p.outputChannels();
  for (int y = 0; y < oh; ++y)
    for (int x = 0; x < ow; ++x)
      for (int c = 0; c < oc; ++c) {
        const int iy = y - p.top, ix = x - p.left, ic = c - p.front;
        const bool inside = iy >= 0 && iy < p.inputHeight && ix >= 0 && ix < p.inputWidth &&
                            ic >= 0 && ic < p.channels;
        out[(static_cast<int64_t>(y) * ow + x) * oc + c] =
            inside ? in[(static_cast<int64_t>(iy) * p.inputWidth + ix) * p.channels + ic]
                   : static_cast<int8_t>(p.padValue);
      }
}

void requantize(const RequantizeParams &p, const uint8_t *in, uint8_t *out) {
  const auto [lo, hi] = requantizeRange(p.outputBits, p.outputUnsigned);
  for (int64_t i = 0; i < p.size; ++i) {
    int32_t x = 0;
    switch (p.inputBits) {
    case 8: x = p.inputUnsigned ? in[i] : static_cast<int8_t>(in[i]); break;
    case 16: x = loadLittleEndian<int16_t>(in, i); break;
    default: x = loadLittleEndian<int32_t>(in, i); break;
    }
    const int32_t y =
        std::clamp(multiplyByQuantizedMultiplier(x - p.inputZeroPoint, p.multiplier, p.shift) +
                       p.outputZeroPoint,
                   lo, hi);
    switch (p.outputBits) {
    case 8: out[i] = static_cast<uint8_t>(y); break;
    case 16: storeLittleEndian(out, i, static_cast<int16_t>(y)); break;
    default: storeLittleEndian(out, i, y); break;
    }
  }
}

// TFLite's reference StridedSlice walks the output in order, the input index stepping by the
// stride from the begin of each dimension (padded to rank 4 at the front here).
void slice(const SliceParams &p, const int8_t *in, int8_t *out) {
  const size_t rank = p.shape.size(), pad = 4 - rank;
  int dims[4] = {1, 1, 1, 1}, begin[4] = {0, 0, 0, 0}, stride[4] = {1, 1, 1, 1},
      size[4] = {1, 1, 1, 1};
  for (size_t d = 0; d < rank; ++d) {
    dims[pad + d] = p.shape[d], begin[pad + d] = p.begin[d], stride[pad + d] = p.stride[d];
    size[pad + d] = p.outputShape[d];
  }
  int64_t o = 0;
  for (int a = 0, i0 = begin[0]; a < size[0]; ++a, i0 += stride[0])
    for (int b = 0, i1 = begin[1]; b < size[1]; ++b, i1 += stride[1])
      for (int c = 0, i2 = begin[2]; c < size[2]; ++c, i2 += stride[2])
        for (int e = 0, i3 = begin[3]; e < size[3]; ++e, i3 += stride[3])
          out[o++] = in[((int64_t{i0} * dims[1] + i1) * dims[2] + i2) * dims[3] + i3];
}

void transpose(const TransposeParams &p, const int8_t *in, int8_t *out) {
  // Extend to rank 4 at the front, as TFLite's reference Transpose does.
  const size_t rank = p.shape.size(), pad = 4 - rank;
  int dims[4] = {1, 1, 1, 1}, perm[4] = {0, 1, 2, 3};
  for (size_t d = 0; d < rank; ++d) {
    dims[pad + d] = p.shape[d];
    perm[pad + d] = static_cast<int>(pad) + p.perm[d];
  }
  int64_t stride[4];
  stride[3] = 1;
  for (int d = 2; d >= 0; --d)
    stride[d] = stride[d + 1] * dims[d + 1];
  int64_t o = 0;
  for (int a = 0; a < dims[perm[0]]; ++a)
    for (int b = 0; b < dims[perm[1]]; ++b)
      for (int c = 0; c < dims[perm[2]]; ++c)
        for (int d = 0; d < dims[perm[3]]; ++d)
          out[o++] = in[a * stride[perm[0]] + b * stride[perm[1]] + c * stride[perm[2]] +
                        d * stride[perm[3]]];
}

namespace {
int32_t nearestNeighbor(int value, int inSize, int outSize, bool alignCorners, bool halfPixel) {
  const float scale = (alignCorners && outSize > 1)
                          ? static_cast<float>(inSize - 1) / static_cast<float>(outSize - 1)
                          : static_cast<float>(inSize) / static_cast<float>(outSize);
  const float offset = halfPixel ? 0.5f : 0.0f;
  int32_t v = std::min(
      alignCorners ? static_cast<int32_t>(std::round((static_cast<float>(value) + offset) * scale))
                   : static_cast<int32_t>(std::floor((static_cast<float>(value) + offset) * scale)),
      inSize - 1);
  if (halfPixel)
    v = std::max(0, v);
  return v;
}
} // namespace

void resizeNearest(const ResizeNearestParams &p, const int8_t *in, int8_t *out) {
  int64_t o = 0;
  for (int y = 0; y < p.outputHeight; ++y) {
    const int32_t iy =
        nearestNeighbor(y, p.inputHeight, p.outputHeight, p.alignCorners, p.halfPixelCenters);
    for (int x = 0; x < p.outputWidth; ++x) {
      const int32_t ix =
          nearestNeighbor(x, p.inputWidth, p.outputWidth, p.alignCorners, p.halfPixelCenters);
      for (int c = 0; c < p.channels; ++c)
        out[o++] = in[(static_cast<int64_t>(iy) * p.inputWidth + ix) * p.channels + c];
    }
  }
}

namespace {
// TFLite's ComputeInterpolationValuesInteger.
void interpolationValues(int32_t value, int32_t scale10, bool halfPixelCenters, int32_t inputSize,
                         int32_t &scaled, int32_t &lower, int32_t &upper) {
  scaled = halfPixelCenters ? value * scale10 + scale10 / 2 - (1 << 9) : value * scale10;
  lower = std::max(scaled / (1 << 10), int32_t{0});
  upper = std::min((scaled + (1 << 10) - 1) / (1 << 10), inputSize - 1);
}
} // namespace

// TFLite's reference_ops::ResizeBilinearInteger (TFLITE_SINGLE_ROUNDING off, as TFLM builds it).
void resizeBilinear(const ResizeBilinearParams &p, const int8_t *in, int8_t *out) {
  int32_t heightScale = ((1 << 10) * p.inputHeight + p.outputHeight / 2) / p.outputHeight;
  int32_t widthScale = ((1 << 10) * p.inputWidth + p.outputWidth / 2) / p.outputWidth;
  if (p.alignCorners && p.outputHeight > 1)
    heightScale =
        ((1 << 10) * (p.inputHeight - 1) + (p.outputHeight - 1) / 2) / (p.outputHeight - 1);
  if (p.alignCorners && p.outputWidth > 1)
    widthScale = ((1 << 10) * (p.inputWidth - 1) + (p.outputWidth - 1) / 2) / (p.outputWidth - 1);
  auto at = [&](int32_t yy, int32_t xx, int c) {
    return static_cast<int64_t>(
        in[(static_cast<int64_t>(yy) * p.inputWidth + xx) * p.channels + c]);
  };
  int64_t o = 0;
  for (int y = 0; y < p.outputHeight; ++y) {
    int32_t inputY, y0, y1;
    interpolationValues(y, heightScale, p.halfPixelCenters, p.inputHeight, inputY, y0, y1);
    for (int x = 0; x < p.outputWidth; ++x) {
      int32_t inputX, x0, x1;
      interpolationValues(x, widthScale, p.halfPixelCenters, p.inputWidth, inputX, x0, x1);
      const int64_t dy = inputY - (1 << 10) * y0, dx = inputX - (1 << 10) * x0;
      for (int c = 0; c < p.channels; ++c) {
        const int64_t sum = at(y0, x0, c) * ((1 << 10) - dy) * ((1 << 10) - dx) +
                            at(y1, x0, c) * dy * ((1 << 10) - dx) +
                            at(y0, x1, c) * ((1 << 10) - dy) * dx + at(y1, x1, c) * dy * dx;
        const int64_t round = sum > 0 ? (1 << 19) : -(1 << 19);
        out[o++] = static_cast<int8_t>((sum + round) / (1 << 20));
      }
    }
  }
}

} // namespace loom::ops::reference
