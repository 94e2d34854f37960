// MEAN and MAX_POOL_2D as loop nests (the same TFLM rules as reference/Reduce.cpp).
#include "loom/ops/Reduce.h"
#include "NestParts.h"
#include "OpChecks.h"
#include "loom/ops/Quantization.h"

#include <fmt/format.h>

#include <algorithm>
#include <bit>

namespace loom::ops {

using namespace ir;
using namespace detail;

int64_t MeanParams::reducedCount() const {
  int64_t n = 1;
  for (size_t d = 0; d < shape.size() && d < reduced.size(); ++d)
    if (reduced[d])
      n *= shape[d];
  return n;
}

int64_t MeanParams::outputCount() const {
  int64_t n = 1;
  for (size_t d = 0; d < shape.size() && d < reduced.size(); ++d)
    if (!reduced[d])
      n *= shape[d];
  return n;
}

std::pair<int32_t, int32_t> MeanParams::meanMultiplier() const {
  const int64_t n = reducedCount();
  int s = 63 - std::countl_zero(static_cast<uint64_t>(n));
  s = std::min(s, 32);
  s = std::min(s, 31 + shift);
  const auto m = static_cast<int32_t>((static_cast<int64_t>(multiplier) << s) / n);
  return {m, shift - s};
}

Status validate(const MeanParams &p) {
  const std::string op = "Mean";
  if (p.shape.empty() || p.shape.size() > 4 || p.reduced.size() != p.shape.size())
    return Error{fmt::format("{}: rank {} with {} axis flags (rank 1 to 4 supported)", op,
                             p.shape.size(), p.reduced.size())};
  int64_t total = 1;
  for (int d : p.shape) {
    if (d <= 0)
      return Error{fmt::format("{}: dimension {} is not positive", op, d)};
    total *= d;
    if (total > (int64_t{1} << 24))
      return Error{
          fmt::format("{}: more than 2^24 input elements (the int32 sum could overflow)", op)};
  }
  if (p.multiplier < 0 || p.shift < kMinShift || p.shift > kMaxShift)
    return Error{
        fmt::format("{}: multiplier {} / shift {} out of range", op, p.multiplier, p.shift)};
  return firstError({checkInt8(op, "input zero point", p.inputZeroPoint),
                     checkInt8(op, "output zero point", p.outputZeroPoint)});
}

Status validate(const MaxPool2DParams &p) { return validatePool2D("MaxPool2D", p); }

Expected<Kernel> buildMean(const MeanParams &p, const std::string &name) {
  if (auto s = validate(p); !s)
    return s.error();
  const char *names[] = {"d0", "d1", "d2", "d3"};
  std::vector<int64_t> inShape, outShape;
  std::vector<std::string> inDims, outDims;
  std::vector<Expr> inIndex, outIndex;
  for (size_t d = 0; d < p.shape.size(); ++d) {
    inShape.push_back(p.shape[d]);
    inDims.push_back(names[d]);
    inIndex.push_back(var(names[d]));
    if (!p.reduced[d]) {
      outShape.push_back(p.shape[d]);
      outDims.push_back(names[d]);
      outIndex.push_back(var(names[d]));
    }
  }
  if (outShape.empty()) { // everything reduced: one output value
    outShape.push_back(1);
    outDims.push_back("i");
    outIndex.push_back(i32(0));
  }
  Buffer in = makeBuffer("input", ScalarType::I8, inShape, inDims, BufferRole::Input);
  Buffer out = makeBuffer("output", ScalarType::I8, outShape, outDims, BufferRole::Output);
  Buffer acc = makeAccumulator();
  const int64_t n = p.reducedCount();
  auto [m, shift] = p.meanMultiplier();
  Stmt sum = store(acc, {i32(0)}, load(acc, {i32(0)}) + cast(ScalarType::I32, load(in, inIndex)));
  for (size_t d = p.shape.size(); d-- > 0;)
    if (p.reduced[d])
      sum = forLoop(names[d], i32(0), i32(p.shape[d]), sum);
  // (sum - zp_in * N) scaled by input_scale / output_scale / N, plus the output zero point.
  Expr y = offset(
      multiplyByQuantizedMultiplier(offset(load(acc, {i32(0)}), p.inputZeroPoint * n), m, shift),
      -p.outputZeroPoint);
  Stmt body = allocate(acc, block({store(acc, {i32(0)}, i32(0)), sum,
                                   store(out, outIndex, clampToByte(y, -128, 127))}));
  for (size_t d = p.shape.size(); d-- > 0;)
    if (!p.reduced[d])
      body = forLoop(names[d], i32(0), i32(p.shape[d]), body);
  return Kernel{name, {in, out}, body, fmt::format("Mean over {} elements", n)};
}

Expected<Kernel> buildMaxPool2D(const MaxPool2DParams &p, const std::string &name) {
  if (auto s = validate(p); !s)
    return s.error();
  Buffer best = makeAccumulator();
  Expr oy = var("oy"), ox = var("ox"), c = var("c"), iy = var("iy"), ix = var("ix");
  auto update = [&](const Buffer &in) {
    return store(best, {i32(0)},
                 max(load(best, {i32(0)}), cast(ScalarType::I32, load(in, {iy, ix, c}))));
  };
  auto result = [&](const Buffer &, const Buffer &out, Stmt window) {
    return allocate(
        best, block({store(best, {i32(0)}, i32(-128)), std::move(window),
                     store(out, {oy, ox, c},
                           clampToByte(load(best, {i32(0)}), p.activationMin, p.activationMax))}));
  };
  return poolKernel(name, "MaxPool2D", p, result, update);
}

} // namespace loom::ops
