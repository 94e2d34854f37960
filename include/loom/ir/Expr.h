// Integer expressions of the loop-nest IR: immutable trees shared by pointer.
#pragma once

#include "loom/ir/Buffer.h"
#include "loom/ir/Type.h"

#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace loom::ir {

struct ExprNode;
using Expr = std::shared_ptr<const ExprNode>;

// Division and remainder truncate toward zero (C and LLVM sdiv/srem); Shr is arithmetic.
// On f32: Add, Sub, Mul, Div (IEEE, round to nearest), Min(a, b) = b < a ? b : a and
// Max(a, b) = a < b ? b : a (std::min / std::max); comparisons are false on NaN except NE.
enum class BinaryOp : uint8_t { Add, Sub, Mul, Div, Mod, Min, Max, And, Or, Xor, Shl, Shr };
enum class CompareOp : uint8_t { EQ, NE, LT, LE, GT, GE };
std::string_view name(BinaryOp op);
std::string_view name(CompareOp op);

struct IntImm {
  int64_t value;
};
// An f32 constant; kept as a double so every float value prints and parses back exactly.
struct FloatImm {
  double value;
};
struct Var {
  std::string name;
};
struct Binary {
  BinaryOp op;
  Expr a, b;
};
struct Compare {
  CompareOp op;
  Expr a, b;
};
struct Select {
  Expr condition, trueValue, falseValue;
};
// Sign-extends or truncates `value` to the node's type (the width is explicit in the node type).
// Between integers and f32: a signed conversion; f32 -> integer truncates toward zero and
// saturates to the target's range (NaN gives 0), so it is defined for every input.
struct Cast {
  Expr value;
};
struct Load {
  Buffer buffer;
  std::vector<Expr> indices;
};
// A named intrinsic (see codegen's intrinsic table), e.g. the TFLite requantization helpers.
struct Call {
  std::string name;
  std::vector<Expr> args;
};

struct ExprNode {
  ScalarType type;
  std::variant<IntImm, FloatImm, Var, Binary, Compare, Select, Cast, Load, Call> node;

  template <typename T> const T *as() const { return std::get_if<T>(&node); }
};

// Builders. They do not check types: the verifier does, so malformed IR can be built and refused.
Expr imm(ScalarType type, int64_t value);
Expr i32(int64_t value);
Expr f32(double value); // rounded to single precision
Expr var(const std::string &name, ScalarType type = ScalarType::I32);
Expr binary(BinaryOp op, Expr a, Expr b);
Expr compare(CompareOp op, Expr a, Expr b);
Expr select(Expr condition, Expr trueValue, Expr falseValue);
Expr cast(ScalarType type, Expr value);
Expr load(Buffer buffer, std::vector<Expr> indices);
Expr call(const std::string &name, ScalarType type, std::vector<Expr> args);
Expr min(Expr a, Expr b);
Expr max(Expr a, Expr b);
Expr logicalAnd(Expr a, Expr b);

Expr operator+(Expr a, Expr b);
Expr operator-(Expr a, Expr b);
Expr operator*(Expr a, Expr b);
Expr operator/(Expr a, Expr b);
Expr operator%(Expr a, Expr b);
Expr operator<(Expr a, Expr b);
Expr operator<=(Expr a, Expr b);
Expr operator>(Expr a, Expr b);
Expr operator>=(Expr a, Expr b);

// Conveniences for the common case of an i32 constant on one side.
Expr operator+(Expr a, int64_t b);
Expr operator-(Expr a, int64_t b);
Expr operator*(Expr a, int64_t b);

// The constant value of an expression, if it is an IntImm.
std::optional<int64_t> constantValue(const Expr &e);

} // namespace loom::ir
