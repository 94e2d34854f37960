// Reference kernels of the float32 ops, written as TensorFlow Lite Micro's reference_ops.
#include "loom/ops/FloatOps.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

namespace loom::ops::reference {

void quantizeFloat(const QuantizeFloatParams &p, const float *in, uint8_t *out) {
  const int32_t lo = p.outputUnsigned ? 0 : -128, hi = p.outputUnsigned ? 255 : 127;
  for (int64_t i = 0; i < p.size; ++i) {
    // NaN -> the zero point, as TFLite Micro gives on a Cortex-M (VCVT converts NaN to 0).
    const float q = std::isnan(in[i]) ? 0.0f : in[i] / p.scale;
    // Out-of-range quotients clamp to the 8-bit range either way; bounding them first keeps the
    // conversion to int defined.
    const float qc = std::min(std::max(q, -16777216.0f), 16777216.0f);
    const auto r = static_cast<int32_t>(std::round(qc)); // TfLiteRound
    const int32_t v = std::clamp(r + p.zeroPoint, lo, hi);
    out[i] = static_cast<uint8_t>(v);
  }
}

void dequantize(const DequantizeParams &p, const uint8_t *in, float *out) {
  for (int64_t i = 0; i < p.size; ++i) {
    const int32_t x = p.inputUnsigned ? in[i] : static_cast<int8_t>(in[i]);
    out[i] = p.scale * static_cast<float>(x - p.zeroPoint);
  }
}

void logSoftmaxFloat(const LogSoftmaxFloatParams &p, const float *in, float *out) {
  for (int r = 0; r < p.rows; ++r) {
    const float *x = in + static_cast<int64_t>(r) * p.depth;
    float *y = out + static_cast<int64_t>(r) * p.depth;
    float rowMax = std::numeric_limits<float>::lowest();
    for (int c = 0; c < p.depth; ++c)
      rowMax = std::max(rowMax, x[c]);
    float sum = 0.0f;
    for (int c = 0; c < p.depth; ++c)
      sum += static_cast<float>(std::exp(static_cast<double>(x[c] - rowMax)));
    const float logSum = static_cast<float>(std::log(static_cast<double>(sum)));
    for (int c = 0; c < p.depth; ++c)
      y[c] = x[c] - rowMax - logSum;
  }
}

void cast(const CastParams &p, const uint8_t *in, uint8_t *out) {
  auto read = [&](int64_t i) -> int64_t { // the integer input's value
    const uint8_t *b = in + i * byteSize(p.from);
    switch (p.from) {
    case CastType::Int8: return static_cast<int8_t>(b[0]);
    case CastType::UInt8: return b[0];
    case CastType::Int16: {
      int16_t v;
      std::memcpy(&v, b, 2);
      return v;
    }
    default: {
      int32_t v;
      std::memcpy(&v, b, 4);
      return v;
    }
    }
  };
  for (int64_t i = 0; i < p.size; ++i) {
    uint8_t *o = out + i * byteSize(p.to);
    if (p.from == CastType::Float32) { // float32 -> float32 (validate refuses the rest)
      std::memcpy(o, in + i * 4, 4);
      continue;
    }
    const int64_t v = read(i);
    switch (p.to) {
    case CastType::Int8:
    case CastType::UInt8: o[0] = static_cast<uint8_t>(v); break;
    case CastType::Int16: {
      const auto w = static_cast<int16_t>(static_cast<uint16_t>(v));
      std::memcpy(o, &w, 2);
      break;
    }
    case CastType::Int32: {
      const auto w = static_cast<int32_t>(v);
      std::memcpy(o, &w, 4);
      break;
    }
    case CastType::Float32: {
      const auto f = static_cast<float>(static_cast<int32_t>(v));
      std::memcpy(o, &f, 4);
      break;
    }
    }
  }
}

} // namespace loom::ops::reference
