// Reference ADD and AVERAGE_POOL_2D after TFLite's reference_integer_ops (add.h, pooling.h).
#include "loom/ops/Elementwise.h"
#include "loom/ops/Reference.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace loom::ops {

AddParams makeAddParams(int64_t size, double scale1, int32_t zp1, double scale2, int32_t zp2,
                        double outScale, int32_t outZp, int32_t actMin, int32_t actMax) {
  AddParams p;
  p.size = size;
  p.input1Offset = -zp1;
  p.input2Offset = -zp2;
  p.outputOffset = outZp;
  // TFLite add.cc: twice the larger input scale is the common scale of the sum.
  const double twiceMaxInputScale = 2 * std::max(scale1, scale2);
  const double realInput1 = scale1 / twiceMaxInputScale;
  const double realInput2 = scale2 / twiceMaxInputScale;
  const double realOutput = twiceMaxInputScale / ((1 << p.leftShift) * outScale);
  auto q1 = quantizeMultiplier(realInput1), q2 = quantizeMultiplier(realInput2),
       qo = quantizeMultiplier(realOutput);
  p.input1Multiplier = q1.multiplier, p.input1Shift = q1.shift;
  p.input2Multiplier = q2.multiplier, p.input2Shift = q2.shift;
  p.outputMultiplier = qo.multiplier, p.outputShift = qo.shift;
  p.activationMin = actMin, p.activationMax = actMax;
  return p;
}

int Pool2DParams::outputHeight() const {
  return (inputHeight + padding.top + padding.bottom - filterHeight) / strideHeight + 1;
}
int Pool2DParams::outputWidth() const {
  return (inputWidth + padding.left + padding.right - filterWidth) / strideWidth + 1;
}

namespace reference {

namespace {
// The input offsets of output element i under TFLite broadcasting (BroadcastAdd6DSlow's
// index walk), and the data of input 2 (constant or argument).
template <typename F>
void forEachElement(const BinaryOperands &o, int64_t size, const int8_t *b, F &&f) {
  const int8_t *second = o.constant2.empty() ? b : o.constant2.data();
  if (o.shape.empty()) {
    for (int64_t i = 0; i < size; ++i)
      f(i, i, second[i]);
    return;
  }
  std::vector<int64_t> index(o.shape.size(), 0);
  for (int64_t i = 0; i < size; ++i) {
    int64_t i1 = 0, i2 = 0;
    for (size_t d = 0; d < o.shape.size(); ++d) {
      i1 += index[d] * o.strides1[d];
      i2 += index[d] * o.strides2[d];
    }
    f(i, i1, second[i2]);
    for (size_t d = o.shape.size(); d-- > 0;) {
      if (++index[d] < o.shape[d])
        break;
      index[d] = 0;
    }
  }
}
} // namespace

void add(const AddParams &p, const int8_t *a, const int8_t *b, int8_t *out) {
  forEachElement(p.operands, p.size, b, [&](int64_t i, int64_t i1, int8_t second) {
    // reference_integer_ops::AddElementwise, with MultiplyByQuantizedMultiplierSmallerThanOneExp
    // = the general MultiplyByQuantizedMultiplier for the non-positive shifts used here.
    const int32_t x1 = p.input1Offset + a[i1], x2 = p.input2Offset + second;
    const int32_t shifted1 = x1 * (1 << p.leftShift), shifted2 = x2 * (1 << p.leftShift);
    const int32_t scaled1 =
        multiplyByQuantizedMultiplier(shifted1, p.input1Multiplier, p.input1Shift);
    const int32_t scaled2 =
        multiplyByQuantizedMultiplier(shifted2, p.input2Multiplier, p.input2Shift);
    // reference_integer_ops::SubElementwise differs only in the sign of the second term.
    const int32_t raw =
        multiplyByQuantizedMultiplier(p.subtract ? scaled1 - scaled2 : scaled1 + scaled2,
                                      p.outputMultiplier, p.outputShift) +
        p.outputOffset;
    out[i] = static_cast<int8_t>(std::clamp(raw, p.activationMin, p.activationMax));
  });
}

void maxMin(const MaxMinParams &p, const int8_t *a, const int8_t *b, int8_t *out) {
  forEachElement(p.operands, p.size, b, [&](int64_t i, int64_t i1, int8_t second) {
    out[i] = p.maximum ? std::max(a[i1], second) : std::min(a[i1], second);
  });
}

void prelu(const PreluParams &p, const int8_t *in, const int8_t *alpha, int8_t *out) {
  forEachElement(p.operands, p.size, alpha, [&](int64_t i, int64_t i1, int8_t a) {
    const int32_t x = p.inputOffset + in[i1];
    const int32_t y =
        x >= 0 ? multiplyByQuantizedMultiplier(x, p.identity.multiplier, p.identity.shift)
               : multiplyByQuantizedMultiplier(x * (p.alphaOffset + a), p.alpha.multiplier,
                                               p.alpha.shift);
    out[i] = static_cast<int8_t>(std::clamp(y + p.outputOffset, -128, 127));
  });
}

void mul(const MulParams &p, const int8_t *a, const int8_t *b, int8_t *out) {
  forEachElement(p.operands, p.size, b, [&](int64_t i, int64_t i1, int8_t second) {
    // reference_integer_ops::MulElementwise.
    const int32_t x1 = p.input1Offset + a[i1], x2 = p.input2Offset + second;
    const int32_t raw =
        p.outputOffset + multiplyByQuantizedMultiplier(x1 * x2, p.outputMultiplier, p.outputShift);
    out[i] = static_cast<int8_t>(std::clamp(raw, p.activationMin, p.activationMax));
  });
}

bool averagePool2D(const AveragePool2DParams &p, const int8_t *in, int8_t *out) {
  const int oh = p.outputHeight(), ow = p.outputWidth();
  for (int y = 0; y < oh; ++y)
    for (int x = 0; x < ow; ++x)
      for (int c = 0; c < p.channels; ++c) {
        const int inY = y * p.strideHeight - p.padding.top,
                  inX = x * p.strideWidth - p.padding.left;
        // reference_integer_ops::AveragePool: the window is clipped to the image.
        const int fyStart = std::max(0, -inY),
                  fyEnd = std::min(p.filterHeight, p.inputHeight - inY);
        const int fxStart = std::max(0, -inX), fxEnd = std::min(p.filterWidth, p.inputWidth - inX);
        int32_t acc = 0, count = 0;
        for (int fy = fyStart; fy < fyEnd; ++fy)
          for (int fx = fxStart; fx < fxEnd; ++fx) {
            acc += in[((inY + fy) * p.inputWidth + inX + fx) * p.channels + c];
            ++count;
          }
        if (count == 0)
          return false;
        // Rounded division, half away from zero.
        acc = acc > 0 ? (acc + count / 2) / count : (acc - count / 2) / count;
        out[(y * ow + x) * p.channels + c] =
            static_cast<int8_t>(std::clamp(acc, p.activationMin, p.activationMax));
      }
  return true;
}

} // namespace reference
} // namespace loom::ops
