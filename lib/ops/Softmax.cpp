// SOFTMAX as a loop nest: per row a max pass, a sum-of-exps pass and an output pass, with the
// gemmlowp fixed-point helpers of FixedPointExpr (the same arithmetic as reference/Softmax.cpp).
#include "loom/ops/Softmax.h"
#include "FixedPointExpr.h"
#include "NestParts.h"
#include "OpChecks.h"
#include "loom/ir/Intrinsics.h"

#include <fmt/format.h>

namespace loom::ops {

using namespace ir;
using namespace detail;

Status validate(const SoftmaxParams &p) {
  const std::string op = "Softmax";
  if (auto s = firstError({checkPositive(op, "rows", p.rows), checkPositive(op, "depth", p.depth)});
      !s)
    return s;
  // The sum of exps is Q12: up to 2^12 - 1 terms of at most 1.0 (TFLite has the same limit).
  if (p.depth >= 4096)
    return Error{
        fmt::format("{}: depth {} overflows the Q12 sum of exponentials (max 4095)", op, p.depth)};
  if (p.inputMultiplier < (1 << 30) || p.inputLeftShift < 0 || p.inputLeftShift > 30)
    return Error{fmt::format("{}: input multiplier {} << {} is not a normalised multiplier >= 1 "
                             "(beta * input scale too small)",
                             op, p.inputMultiplier, p.inputLeftShift)};
  if (p.diffMin > 0)
    return Error{fmt::format("{}: diff_min {} must not be positive", op, p.diffMin)};
  if (p.outputBits != 8 && p.outputBits != 16)
    return Error{fmt::format("{}: {}-bit output is not supported (8 or 16)", op, p.outputBits)};
  return checkElements(op, "input", {p.rows, p.depth});
}

Expected<Kernel> buildSoftmax(const SoftmaxParams &p, const std::string &name) {
  if (auto s = validate(p); !s)
    return s.error();
  constexpr int kAccumulationIntegerBits = 12;
  Buffer in = makeBuffer("input", ScalarType::I8, {p.rows, p.depth}, {"r", "c"}, BufferRole::Input);
  const bool wide = p.outputBits == 16;
  const ScalarType outType = wide ? ScalarType::I16 : ScalarType::I8;
  const int32_t outMin = wide ? -32768 : -128, outMax = wide ? 32767 : 127;
  Buffer out = makeBuffer("output", outType, {p.rows, p.depth}, {"r", "c"}, BufferRole::Output);
  Buffer maxAcc = makeBuffer("row_max", ScalarType::I32, {1}, {}, BufferRole::Local);
  Buffer sumAcc = makeBuffer("sum_of_exps", ScalarType::I32, {1}, {}, BufferRole::Local);
  Expr r = var("r"), c = var("c"), zero = i32(0);

  Stmt findMax =
      block({store(maxAcc, {zero}, i32(-128)),
             forLoop("c", zero, i32(p.depth),
                     store(maxAcc, {zero},
                           max(load(maxAcc, {zero}), cast(ScalarType::I32, load(in, {r, c})))))});
  // Per element: diff = x - max; the rescaled difference in Q5, its exp in Q0.
  auto expOfElement = [&](LetChain &lets, Expr &used) {
    Expr diff = lets.bind("diff", cast(ScalarType::I32, load(in, {r, c})) - var("max"));
    used = diff >= i32(p.diffMin);
    // MultiplyByQuantizedMultiplierGreaterThanOne: the left shift, then the high multiply.
    Expr scaled = lets.bind(
        "scaled_diff", multiplyByQuantizedMultiplier(diff, p.inputMultiplier, p.inputLeftShift));
    return lets.expOnNegativeValues(scaled);
  };
  LetChain sumLets("");
  Expr used;
  Expr e = expOfElement(sumLets, used);
  Stmt addExp = ifThenElse(
      used, store(sumAcc, {zero},
                  load(sumAcc, {zero}) + sumLets.divideByPOT(e, i32(kAccumulationIntegerBits))));
  Stmt sumPass =
      block({store(sumAcc, {zero}, zero), forLoop("c", zero, i32(p.depth), sumLets.wrap(addExp))});

  // TFLite GetReciprocal: normalise the sum to [1, 2), invert it, keep the exponent.
  LetChain rowLets("");
  Expr sum = rowLets.bind("sum", load(sumAcc, {zero}));
  Expr headroom =
      rowLets.bind("headroom", call(std::string(kCountLeadingZeros), ScalarType::I32, {sum}));
  Expr bitsOverUnit = rowLets.bind("bits_over_unit", i32(kAccumulationIntegerBits) - headroom);
  Expr normalized =
      rowLets.bind("sum_minus_one",
                   binary(BinaryOp::And, binary(BinaryOp::Shl, sum, headroom), i32(0x7fffffff)));
  Expr scale = rowLets.bind("scale", rowLets.oneOverOnePlusX(normalized));

  LetChain outLets("");
  Expr used2;
  Expr e2 = expOfElement(outLets, used2);
  Expr unsat = outLets.divideByPOT(outLets.mul(scale, e2), bitsOverUnit + i32(31 - p.outputBits));
  Expr y = cast(outType, min(max(unsat + i32(outMin), i32(outMin)), i32(outMax)));
  Stmt outPass = forLoop("c", zero, i32(p.depth),
                         outLets.wrap(store(out, {r, c}, select(used2, y, imm(outType, outMin)))));

  Stmt row = allocate(
      maxAcc, block({findMax, let("max", load(maxAcc, {zero}),
                                  allocate(sumAcc, block({sumPass, rowLets.wrap(outPass)})))}));
  return Kernel{name,
                {in, out},
                forLoop("r", zero, i32(p.rows), row),
                fmt::format("Softmax {}x{}", p.rows, p.depth)};
}

} // namespace loom::ops
