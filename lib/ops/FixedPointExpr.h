// gemmlowp's fixed-point arithmetic as loop-nest IR, for the ops whose TFLite semantics are
// defined by it (SOFTMAX). Every intermediate value is bound by a `let`, so the printed nest
// reads like the gemmlowp source and shared subexpressions are computed once.
#pragma once

#include "loom/ir/Stmt.h"

#include <string>
#include <utility>
#include <vector>

namespace loom::ops::detail {

// Collects named intermediate values; wrap() nests them as lets around a statement.
class LetChain {
public:
  explicit LetChain(std::string prefix) : prefix_(std::move(prefix)) {}
  ir::Expr bind(const std::string &name, ir::Expr value);
  ir::Stmt wrap(ir::Stmt body) const;

  // gemmlowp SaturatingRoundingDoublingHighMul (the raw product of two Q-format values).
  ir::Expr mul(ir::Expr a, ir::Expr b) const;
  // gemmlowp RoundingDivideByPOT.
  ir::Expr divideByPOT(ir::Expr x, ir::Expr exponent) const;
  // gemmlowp SaturatingRoundingMultiplyByPOT<exponent> for exponent > 0: saturating shift left.
  ir::Expr saturatingShiftLeft(ir::Expr x, int exponent) const;

  // exp(a) for a <= 0 given in Q5 (5 integer bits), result in Q0.
  ir::Expr expOnNegativeValues(ir::Expr a);
  // 1 / (1 + a) for a in [0, 1) in Q0, result in Q0.
  ir::Expr oneOverOnePlusX(ir::Expr a);

private:
  std::string prefix_;
  std::vector<std::pair<std::string, ir::Expr>> lets_;
};

} // namespace loom::ops::detail
