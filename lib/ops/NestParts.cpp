// Shared nest pieces: the output stage in IR form.
#include "NestParts.h"

#include "loom/ir/Intrinsics.h"

#include <fmt/format.h>

namespace loom::ops::detail {

using namespace ir;

namespace {
template <typename T> std::vector<int64_t> widen(const std::vector<T> &v) {
  return std::vector<int64_t>(v.begin(), v.end());
}
} // namespace

OutputStageBuffers makeOutputStageBuffers(const std::vector<int32_t> &bias, const OutputStage &s,
                                          const std::string &channelDim) {
  const int64_t n = static_cast<int64_t>(bias.size());
  return {
      makeConstantBuffer("bias", ScalarType::I32, {n}, {channelDim}, BufferRole::Bias, widen(bias)),
      makeConstantBuffer("multiplier", ScalarType::I32, {n}, {channelDim}, BufferRole::Quantization,
                         widen(s.multipliers)),
      makeConstantBuffer("shift", ScalarType::I32, {n}, {channelDim}, BufferRole::Quantization,
                         widen(s.shifts)),
  };
}

Buffer makeHwcBuffer(const char *name, int64_t h, int64_t w, int64_t c, BufferRole role) {
  return makeBuffer(name, ScalarType::I8, {h, w, c}, {"h", "w", "c"}, role);
}

Buffer makeIndexTable(const char *name, const std::vector<int32_t> &values) {
  return makeConstantBuffer(name, ScalarType::I32, {static_cast<int64_t>(values.size())}, {"i"},
                            BufferRole::Weight, widen(values));
}

Buffer makeWeightBuffer(const std::vector<int8_t> &weights, std::vector<int64_t> shape,
                        std::vector<std::string> dimNames) {
  return makeConstantBuffer("weights", ScalarType::I8, std::move(shape), std::move(dimNames),
                            BufferRole::Weight, widen(weights));
}

Expr scaled(Expr e, int64_t k) { return k == 1 ? e : e * k; }
Expr offset(Expr e, int64_t k) { return k == 0 ? e : e - k; }

Buffer makeAccumulator() { return makeBuffer("acc", ScalarType::I32, {1}, {}, BufferRole::Local); }

Stmt accumulate(const Buffer &acc, Expr input, Expr weight, int32_t inputZeroPoint) {
  Expr x = cast(ScalarType::I32, std::move(input));
  if (inputZeroPoint > 0)
    x = x - i32(inputZeroPoint);
  else if (inputZeroPoint < 0)
    x = x + i32(-inputZeroPoint);
  return store(acc, {i32(0)}, load(acc, {i32(0)}) + x * cast(ScalarType::I32, std::move(weight)));
}

Expr requantize(Expr acc, const OutputStageBuffers &b, Expr channel, const OutputStage &s) {
  // TFLite MultiplyByQuantizedMultiplier: a positive shift is applied to the accumulator before
  // the high multiply, a negative one as a rounding right shift after it.
  Expr shift = load(b.shifts, {channel});
  Expr leftShift = max(shift, i32(0));
  Expr rightShift = max(i32(0) - shift, i32(0));
  Expr scaled =
      call(std::string(kSatRoundingDoublingHighMul), ScalarType::I32,
           {binary(BinaryOp::Shl, std::move(acc), leftShift), load(b.multipliers, {channel})});
  Expr y = call(std::string(kRoundingDivideByPOT), ScalarType::I32, {scaled, rightShift});
  if (s.outputZeroPoint > 0)
    y = y + i32(s.outputZeroPoint);
  else if (s.outputZeroPoint < 0)
    y = y - i32(-s.outputZeroPoint);
  return clampToByte(y, s.activationMin, s.activationMax);
}

Expr multiplyByQuantizedMultiplier(Expr x, int32_t multiplier, int32_t shift) {
  if (shift > 0)
    x = binary(BinaryOp::Shl, std::move(x), i32(shift));
  Expr high = call(std::string(kSatRoundingDoublingHighMul), ScalarType::I32,
                   {std::move(x), i32(multiplier)});
  if (shift >= 0)
    return high;
  return call(std::string(kRoundingDivideByPOT), ScalarType::I32, {high, i32(-shift)});
}

Expr clampToByte(Expr y, int32_t lo, int32_t hi) {
  return cast(ScalarType::I8, min(max(std::move(y), i32(lo)), i32(hi)));
}

Stmt reduceAndStore(const OutputStageBuffers &b, const OutputStage &s, Expr channel,
                    const Buffer &acc, Stmt reduction, const Buffer &output,
                    std::vector<Expr> outputIndices) {
  Stmt init = store(acc, {i32(0)}, load(b.bias, {channel}));
  Stmt write =
      store(output, std::move(outputIndices), requantize(load(acc, {i32(0)}), b, channel, s));
  return allocate(acc, block({init, std::move(reduction), write}));
}

// Padding taps are skipped rather than read: with TFLite's (x + input_offset) form a padded tap
// contributes (zp - zp) * w = 0, so skipping it is exact.
Expr insideInput(const Expr &iy, const Expr &ix, int height, int width, const Padding &pad) {
  std::vector<Expr> conds;
  if (pad.top > 0)
    conds.push_back(iy >= i32(0));
  if (pad.bottom > 0)
    conds.push_back(iy < i32(height));
  if (pad.left > 0)
    conds.push_back(ix >= i32(0));
  if (pad.right > 0)
    conds.push_back(ix < i32(width));
  Expr all;
  for (auto &c : conds)
    all = all ? logicalAnd(all, c) : c;
  return all;
}

Stmt slidingWindow(const Window &w, Stmt mac) {
  Expr iy = var("iy"), ix = var("ix");
  if (Expr inside = insideInput(iy, ix, w.inputHeight, w.inputWidth, w.padding))
    mac = ifThenElse(inside, mac);
  return forLoop(
      "ky", i32(0), i32(w.kernelHeight),
      forLoop("kx", i32(0), i32(w.kernelWidth),
              let("iy",
                  offset(scaled(var("oy"), w.strideHeight) + scaled(var("ky"), w.dilationHeight),
                         w.padding.top),
                  let("ix",
                      offset(scaled(var("ox"), w.strideWidth) + scaled(var("kx"), w.dilationWidth),
                             w.padding.left),
                      mac))));
}

Kernel poolKernel(const std::string &name, const std::string &kind, const Pool2DParams &p,
                  const std::function<Stmt(const Buffer &, const Buffer &, Stmt)> &perOutput,
                  const std::function<Stmt(const Buffer &)> &reduce) {
  const int oh = p.outputHeight(), ow = p.outputWidth();
  Buffer in = makeBuffer("input", ScalarType::I8, {p.inputHeight, p.inputWidth, p.channels},
                         {"h", "w", "c"}, BufferRole::Input);
  Buffer out = makeBuffer("output", ScalarType::I8, {oh, ow, p.channels}, {"h", "w", "c"},
                          BufferRole::Output);
  Stmt window = slidingWindow({p.inputHeight, p.inputWidth, p.filterHeight, p.filterWidth,
                               p.strideHeight, p.strideWidth, p.padding},
                              reduce(in));
  Stmt body = forLoop(
      "oy", i32(0), i32(oh),
      forLoop("ox", i32(0), i32(ow),
              forLoop("c", i32(0), i32(p.channels), perOutput(in, out, std::move(window)))));
  return Kernel{name,
                {in, out},
                body,
                fmt::format("{} {}x{} stride {}x{}", kind, p.filterHeight, p.filterWidth,
                            p.strideHeight, p.strideWidth)};
}

} // namespace loom::ops::detail
