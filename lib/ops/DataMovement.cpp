// PAD and 8-bit QUANTIZE as loop nests.
#include "loom/ops/DataMovement.h"
#include "NestParts.h"
#include "OpChecks.h"
#include "loom/ops/Quantization.h"

#include <fmt/format.h>

namespace loom::ops {

using namespace ir;
using namespace detail;

Status validate(const PadParams &p) {
  const std::string op = "Pad";
  if (auto s = firstError({checkPositive(op, "input height", p.inputHeight),
                           checkPositive(op, "input width", p.inputWidth),
                           checkPositive(op, "channels", p.channels)});
      !s)
    return s;
  for (int amount : {p.top, p.bottom, p.left, p.right, p.front, p.back})
    if (amount < 0 || amount > (1 << 20))
      return Error{fmt::format("{}: padding amount {} outside [0, 2^20]", op, amount)};
  return firstError(
      {checkInt8(op, "pad value", p.padValue),
       checkElements(op, "output", {p.outputHeight(), p.outputWidth(), p.outputChannels()})});
}

Status validate(const RequantizeParams &p) {
  const std::string op = "Requantize";
  if (auto s =
          firstError({checkPositive(op, "size", p.size), checkElements(op, "input", {p.size})});
      !s)
    return s;
  if (p.shift < kMinShift || p.shift > kMaxShift)
    return Error{fmt::format("{}: shift {} outside [{}, {}]", op, p.shift, kMinShift, kMaxShift)};
  auto zpOk = [](int32_t zp, bool u) { return u ? zp >= 0 && zp <= 255 : zp >= -128 && zp <= 127; };
  if (!zpOk(p.inputZeroPoint, p.inputUnsigned) || !zpOk(p.outputZeroPoint, p.outputUnsigned))
    return Error{fmt::format("{}: zero points {} / {} outside their types' ranges", op,
                             p.inputZeroPoint, p.outputZeroPoint)};
  return {};
}

Expected<Kernel> buildPad(const PadParams &p, const std::string &name) {
  if (auto s = validate(p); !s)
    return s.error();
  Buffer in = makeBuffer("input", ScalarType::I8, {p.inputHeight, p.inputWidth, p.channels},
                         {"h", "w", "c"}, BufferRole::Input);
  Buffer out =
      makeBuffer("output", ScalarType::I8, {p.outputHeight(), p.outputWidth(), p.outputChannels()},
                 {"h", "w", "c"}, BufferRole::Output);
  Expr y = var("y"), x = var("x"), c = var("c");
  Expr iy = offset(y, p.top), ix = offset(x, p.left), ic = offset(c, p.front);
  // The copy is guarded per element; the guard's parts that cannot fail are left out.
  Expr inside;
  auto need = [&](Expr cond) { inside = inside ? logicalAnd(inside, cond) : cond; };
  if (p.top)
    need(iy >= i32(0));
  if (p.bottom)
    need(iy < i32(p.inputHeight));
  if (p.left)
    need(ix >= i32(0));
  if (p.right)
    need(ix < i32(p.inputWidth));
  if (p.front)
    need(ic >= i32(0));
  if (p.back)
    need(ic < i32(p.channels));
  Stmt copy = store(out, {y, x, c}, load(in, {iy, ix, ic}));
  Stmt body = inside
                  ? ifThenElse(inside, copy, store(out, {y, x, c}, imm(ScalarType::I8, p.padValue)))
                  : copy;
  body = forLoop("y", i32(0), i32(p.outputHeight()),
                 forLoop("x", i32(0), i32(p.outputWidth()),
                         forLoop("c", i32(0), i32(p.outputChannels()), body)));
  return Kernel{name,
                {in, out},
                body,
                fmt::format("Pad t{} b{} l{} r{} channels {}+{}", p.top, p.bottom, p.left, p.right,
                            p.front, p.back)};
}

Expected<Kernel> buildRequantize(const RequantizeParams &p, const std::string &name) {
  if (auto s = validate(p); !s)
    return s.error();
  Buffer in = makeBuffer("input", ScalarType::I8, {p.size}, {"i"}, BufferRole::Input);
  Buffer out = makeBuffer("output", ScalarType::I8, {p.size}, {"i"}, BufferRole::Output);
  Expr i = var("i");
  // Buffers hold bytes; a uint8 value is the byte zero-extended.
  Expr x = cast(ScalarType::I32, load(in, {i}));
  if (p.inputUnsigned)
    x = binary(BinaryOp::And, x, i32(255));
  Expr y = offset(multiplyByQuantizedMultiplier(offset(x, p.inputZeroPoint), p.multiplier, p.shift),
                  -p.outputZeroPoint);
  const int32_t lo = p.outputUnsigned ? 0 : -128, hi = p.outputUnsigned ? 255 : 127;
  Stmt body = forLoop("i", i32(0), i32(p.size), store(out, {i}, clampToByte(y, lo, hi)));
  return Kernel{name,
                {in, out},
                body,
                fmt::format("Requantize {} -> {}", p.inputUnsigned ? "uint8" : "int8",
                            p.outputUnsigned ? "uint8" : "int8")};
}

} // namespace loom::ops
