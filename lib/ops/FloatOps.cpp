// QUANTIZE from float32, DEQUANTIZE to float32 and float LOG_SOFTMAX as loop nests.
#include "loom/ops/FloatOps.h"
#include "FixedPointExpr.h"
#include "NestParts.h"
#include "OpChecks.h"
#include "loom/ir/Intrinsics.h"

#include <fmt/format.h>

#include <cmath>

namespace loom::ops {

using namespace ir;
using namespace detail;

namespace {

Status checkScale(const std::string &op, float scale) {
  if (!(scale > 0.0f) || !std::isfinite(scale))
    return Error{fmt::format("{}: scale {} is not a positive finite number", op, scale)};
  return {};
}

Status checkZeroPoint(const std::string &op, int32_t zp, bool isUnsigned) {
  if (isUnsigned ? (zp < 0 || zp > 255) : (zp < -128 || zp > 127))
    return Error{fmt::format("{}: zero point {} outside the {} range", op, zp,
                             isUnsigned ? "uint8" : "int8")};
  return {};
}

Expr isTrue(Expr condition) { return select(condition, i32(1), i32(0)); }

// TfLiteRound(q) as an integer, without a libm call. q is first clamped to +-2^24, where every
// float is an integer already (and far outside any 8-bit result), so the float -> int conversion is
// exact and t + 1 cannot overflow; f = q - trunc(q) is exact.
Expr roundHalfAwayFromZero(LetChain &lets, Expr q) {
  const double limit = 16777216.0;
  // NaN quantizes to the zero point: TFLite Micro's float-to-int conversion of NaN is 0 on a
  // Cortex-M (VCVT), while on x86 it is INT_MIN; loom gives the MCU's answer on every target.
  Expr quotient = lets.bind("quotient", q);
  Expr number =
      lets.bind("number", select(compare(CompareOp::EQ, quotient, quotient), quotient, f32(0)));
  Expr qc = lets.bind("q", min(max(number, f32(-limit)), f32(limit)));
  Expr t = lets.bind("t", cast(ScalarType::I32, qc));
  Expr f = lets.bind("frac", qc - cast(ScalarType::F32, t));
  return t + isTrue(f >= f32(0.5)) - isTrue(f <= f32(-0.5));
}

} // namespace

Status validate(const QuantizeFloatParams &p) {
  const std::string op = "QuantizeFloat";
  return firstError({checkPositive(op, "size", p.size), checkElements(op, "input", {p.size}),
                     checkScale(op, p.scale), checkZeroPoint(op, p.zeroPoint, p.outputUnsigned)});
}

Status validate(const DequantizeParams &p) {
  const std::string op = "Dequantize";
  return firstError({checkPositive(op, "size", p.size), checkElements(op, "input", {p.size}),
                     checkScale(op, p.scale), checkZeroPoint(op, p.zeroPoint, p.inputUnsigned)});
}

std::string_view name(CastType t) {
  switch (t) {
  case CastType::Int8: return "int8";
  case CastType::UInt8: return "uint8";
  case CastType::Int16: return "int16";
  case CastType::Int32: return "int32";
  case CastType::Float32: return "float32";
  }
  return "?";
}

int byteSize(CastType t) {
  return t == CastType::Int8 || t == CastType::UInt8 ? 1 : t == CastType::Int16 ? 2 : 4;
}

Status validate(const CastParams &p) {
  const std::string op = "Cast";
  if (p.from == CastType::Float32 && p.to != CastType::Float32)
    return Error{fmt::format("{}: from float32 to {} is not supported (TFLite Micro's "
                             "static_cast is undefined outside the {} range)",
                             op, name(p.to), name(p.to))};
  return firstError({checkPositive(op, "size", p.size), checkElements(op, "input", {p.size})});
}

Status validate(const LogSoftmaxFloatParams &p) {
  const std::string op = "LogSoftmaxFloat";
  return firstError({checkPositive(op, "rows", p.rows), checkPositive(op, "depth", p.depth),
                     checkElements(op, "input", {p.rows, p.depth})});
}

Expected<Kernel> buildQuantizeFloat(const QuantizeFloatParams &p, const std::string &name) {
  if (auto s = validate(p); !s)
    return s.error();
  Buffer in = makeBuffer("input", ScalarType::F32, {p.size}, {"i"}, BufferRole::Input);
  Buffer out = makeBuffer("output", ScalarType::I8, {p.size}, {"i"}, BufferRole::Output);
  Expr i = var("i");
  LetChain lets("");
  Expr q = binary(BinaryOp::Div, load(in, {i}), f32(p.scale));
  Expr y = offset(roundHalfAwayFromZero(lets, q), -p.zeroPoint);
  const int32_t lo = p.outputUnsigned ? 0 : -128, hi = p.outputUnsigned ? 255 : 127;
  Stmt body = forLoop("i", i32(0), i32(p.size), lets.wrap(store(out, {i}, clampToByte(y, lo, hi))));
  return Kernel{name,
                {in, out},
                body,
                fmt::format("Quantize float32 -> {}", p.outputUnsigned ? "uint8" : "int8")};
}

Expected<Kernel> buildDequantize(const DequantizeParams &p, const std::string &name) {
  if (auto s = validate(p); !s)
    return s.error();
  Buffer in = makeBuffer("input", ScalarType::I8, {p.size}, {"i"}, BufferRole::Input);
  Buffer out = makeBuffer("output", ScalarType::F32, {p.size}, {"i"}, BufferRole::Output);
  Expr i = var("i");
  Expr x = cast(ScalarType::I32, load(in, {i}));
  if (p.inputUnsigned)
    x = binary(BinaryOp::And, x, i32(255));
  // scale * (x - zp): the integer converts exactly, so one float multiply rounds once, as the
  // reference's float(double(scale) * int) does.
  Expr y = f32(p.scale) * cast(ScalarType::F32, offset(x, p.zeroPoint));
  Stmt body = forLoop("i", i32(0), i32(p.size), store(out, {i}, y));
  return Kernel{name,
                {in, out},
                body,
                fmt::format("Dequantize {} -> float32", p.inputUnsigned ? "uint8" : "int8")};
}

namespace {
ScalarType storageOf(CastType t) {
  return t == CastType::Float32 ? ScalarType::F32
         : t == CastType::Int32 ? ScalarType::I32
         : t == CastType::Int16 ? ScalarType::I16
                                : ScalarType::I8; // uint8 is stored as its byte
}
} // namespace

Expected<Kernel> buildCast(const CastParams &p, const std::string &name) {
  if (auto s = validate(p); !s)
    return s.error();
  Buffer in = makeBuffer("input", storageOf(p.from), {p.size}, {"i"}, BufferRole::Input);
  Buffer out = makeBuffer("output", storageOf(p.to), {p.size}, {"i"}, BufferRole::Output);
  Expr i = var("i");
  Expr x = load(in, {i});
  if (p.from != CastType::Float32) {
    x = cast(ScalarType::I32, x); // sign-extends the stored type
    if (p.from == CastType::UInt8)
      x = binary(BinaryOp::And, x, i32(255));
  }
  // An integer narrows by keeping its low bits (wrapping); to float32 it rounds to nearest.
  Expr y = p.to == CastType::Int32 || (p.to == CastType::Float32 && p.from == CastType::Float32)
               ? x
               : cast(storageOf(p.to), x);
  Stmt body = forLoop("i", i32(0), i32(p.size), store(out, {i}, y));
  return Kernel{
      name, {in, out}, body, fmt::format("Cast {} -> {}", ops::name(p.from), ops::name(p.to))};
}

Expected<Kernel> buildLogSoftmaxFloat(const LogSoftmaxFloatParams &p, const std::string &name) {
  if (auto s = validate(p); !s)
    return s.error();
  Buffer in =
      makeBuffer("input", ScalarType::F32, {p.rows, p.depth}, {"r", "c"}, BufferRole::Input);
  Buffer out =
      makeBuffer("output", ScalarType::F32, {p.rows, p.depth}, {"r", "c"}, BufferRole::Output);
  Buffer maxBuf = makeBuffer("row_max", ScalarType::F32, {1}, {"i"}, BufferRole::Local);
  Buffer sumBuf = makeBuffer("row_sum", ScalarType::F32, {1}, {"i"}, BufferRole::Local);
  Expr r = var("r"), c = var("c"), zero = i32(0);
  Expr x = load(in, {r, c}), rowMax = load(maxBuf, {zero}), rowSum = load(sumBuf, {zero});
  Expr lowest = f32(-3.4028234663852886e38); // std::numeric_limits<float>::lowest()
  Stmt findMax = block({store(maxBuf, {zero}, lowest),
                        forLoop("c", i32(0), i32(p.depth), store(maxBuf, {zero}, max(rowMax, x)))});
  Stmt sumExp =
      block({store(sumBuf, {zero}, f32(0.0)),
             forLoop("c", i32(0), i32(p.depth),
                     store(sumBuf, {zero},
                           rowSum + call(std::string(kExpF32), ScalarType::F32, {x - rowMax})))});
  Stmt result = let("log_sum", call(std::string(kLogF32), ScalarType::F32, {rowSum}),
                    forLoop("c", i32(0), i32(p.depth),
                            store(out, {r, c}, (x - rowMax) - var("log_sum", ScalarType::F32))));
  Stmt body = forLoop("r", i32(0), i32(p.rows),
                      allocate(maxBuf, allocate(sumBuf, block({findMax, sumExp, result}))));
  return Kernel{name, {in, out}, body, fmt::format("LogSoftmax float32 depth {}", p.depth)};
}

} // namespace loom::ops
