// gemmlowp fixed point (fixedpoint.h) as IR; lib/ops/reference/Softmax.cpp is the plain C++
// counterpart the kernels are checked against.
#include "FixedPointExpr.h"

#include "loom/ir/Intrinsics.h"

#include <fmt/format.h>

#include <limits>

namespace loom::ops::detail {

using namespace ir;

namespace {
constexpr int64_t kMax = std::numeric_limits<int32_t>::max();
constexpr int64_t kMin = std::numeric_limits<int32_t>::min();
Expr equals(Expr a, Expr b) { return compare(CompareOp::EQ, std::move(a), std::move(b)); }
Expr notZero(Expr a) { return compare(CompareOp::NE, std::move(a), i32(0)); }
} // namespace

Expr LetChain::bind(const std::string &name, Expr value) {
  const std::string full = fmt::format("{}{}", prefix_, name);
  const ScalarType type = value->type;
  lets_.emplace_back(full, std::move(value));
  return var(full, type);
}

Stmt LetChain::wrap(Stmt body) const {
  for (auto it = lets_.rbegin(); it != lets_.rend(); ++it)
    body = let(it->first, it->second, std::move(body));
  return body;
}

Expr LetChain::mul(Expr a, Expr b) const {
  return call(std::string(kSatRoundingDoublingHighMul), ScalarType::I32,
              {std::move(a), std::move(b)});
}

Expr LetChain::divideByPOT(Expr x, Expr exponent) const {
  return call(std::string(kRoundingDivideByPOT), ScalarType::I32,
              {std::move(x), std::move(exponent)});
}

Expr LetChain::saturatingShiftLeft(Expr x, int exponent) const {
  const int64_t threshold = (int64_t{1} << (31 - exponent)) - 1;
  return select(x > i32(threshold), i32(kMax),
                select(x < i32(-threshold), i32(kMin), binary(BinaryOp::Shl, x, i32(exponent))));
}

Expr LetChain::expOnNegativeValues(Expr a) {
  constexpr int kFractionalBits = 26; // Q5
  const int64_t oneQuarter = int64_t{1} << (kFractionalBits - 2);
  Expr modQuarter =
      bind("exp_mod_quarter", binary(BinaryOp::And, a, i32(oneQuarter - 1)) - i32(oneQuarter));
  // exp on [-1/4, 0): Taylor expansion around -1/8, in Q0.
  Expr x = bind("exp_x", saturatingShiftLeft(modQuarter, 5) + i32(1 << 28));
  Expr x2 = bind("exp_x2", mul(x, x));
  Expr x3 = bind("exp_x3", mul(x2, x));
  Expr x4 = bind("exp_x4", mul(x2, x2));
  Expr poly =
      bind("exp_poly", divideByPOT(mul(divideByPOT(x4, i32(2)) + x3, i32(715827883)) + x2, i32(1)));
  const int64_t expMinusOneEighth = 1895147668;
  Expr result = bind("exp_r", i32(expMinusOneEighth) + mul(i32(expMinusOneEighth), x + poly));
  // The remaining multiple of 1/4: one factor exp(-2^k) per set bit (gemmlowp's barrel shifter).
  Expr remainder = bind("exp_rem", modQuarter - a);
  const int64_t factors[] = {1672461947, 1302514674, 790015084, 290630308, 39332535, 720401, 242};
  for (int k = -2; k <= 4; ++k) {
    Expr bit = binary(BinaryOp::And, remainder, i32(int64_t{1} << (kFractionalBits + k)));
    result = bind(fmt::format("exp_r{}", k + 2),
                  select(notZero(bit), mul(result, i32(factors[k + 2])), result));
  }
  return bind("exp", select(equals(a, i32(0)), i32(kMax), result));
}

Expr LetChain::oneOverOnePlusX(Expr a) {
  // RoundingHalfSum(a, 1.0) in 64 bits: (a + INT32_MAX + sign) / 2, truncating, without a 64-bit
  // division (which would need a libgcc call on the target): halve the magnitude instead.
  Expr sum = bind("recip_sum", cast(ScalarType::I64, a) + imm(ScalarType::I64, kMax));
  Expr one64 = imm(ScalarType::I64, 1);
  Expr half = select(sum >= imm(ScalarType::I64, 0), binary(BinaryOp::Shr, sum + one64, one64),
                     imm(ScalarType::I64, 0) - binary(BinaryOp::Shr, one64 - sum, one64));
  Expr d = bind("recip_half_d", cast(ScalarType::I32, half));
  // Newton-Raphson in Q2 from 48/17 - 32/17 d, three steps.
  Expr x = bind("recip_x0", i32(1515870810) + mul(d, i32(-1010580540)));
  for (int i = 1; i <= 3; ++i) {
    Expr oneMinusDx = i32(1 << 29) - mul(d, x);
    x = bind(fmt::format("recip_x{}", i), x + saturatingShiftLeft(mul(x, oneMinusDx), 2));
  }
  return bind("recip", saturatingShiftLeft(x, 1));
}

} // namespace loom::ops::detail
