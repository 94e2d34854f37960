// Expression builders.
#include "loom/ir/Expr.h"

namespace loom::ir {

std::string_view name(BinaryOp op) {
  switch (op) {
  case BinaryOp::Add: return "+";
  case BinaryOp::Sub: return "-";
  case BinaryOp::Mul: return "*";
  case BinaryOp::Div: return "/";
  case BinaryOp::Mod: return "%";
  case BinaryOp::Min: return "min";
  case BinaryOp::Max: return "max";
  case BinaryOp::And: return "&";
  case BinaryOp::Or: return "|";
  case BinaryOp::Xor: return "^";
  case BinaryOp::Shl: return "<<";
  case BinaryOp::Shr: return ">>";
  }
  return "?";
}

std::string_view name(CompareOp op) {
  switch (op) {
  case CompareOp::EQ: return "==";
  case CompareOp::NE: return "!=";
  case CompareOp::LT: return "<";
  case CompareOp::LE: return "<=";
  case CompareOp::GT: return ">";
  case CompareOp::GE: return ">=";
  }
  return "?";
}

namespace {
Expr make(ScalarType t, auto node) {
  return std::make_shared<const ExprNode>(ExprNode{t, std::move(node)});
}
} // namespace

Expr imm(ScalarType type, int64_t value) { return make(type, IntImm{value}); }
Expr i32(int64_t value) { return imm(ScalarType::I32, value); }
Expr f32(double value) {
  return make(ScalarType::F32, FloatImm{static_cast<double>(static_cast<float>(value))});
}
Expr var(const std::string &name, ScalarType type) { return make(type, Var{name}); }
Expr binary(BinaryOp op, Expr a, Expr b) {
  ScalarType t = a ? a->type : ScalarType::I32;
  return make(t, Binary{op, std::move(a), std::move(b)});
}
Expr compare(CompareOp op, Expr a, Expr b) {
  return make(ScalarType::I1, Compare{op, std::move(a), std::move(b)});
}
Expr select(Expr c, Expr t, Expr f) {
  ScalarType type = t ? t->type : ScalarType::I32;
  return make(type, Select{std::move(c), std::move(t), std::move(f)});
}
Expr cast(ScalarType type, Expr value) { return make(type, Cast{std::move(value)}); }
Expr load(Buffer buffer, std::vector<Expr> indices) {
  ScalarType t = buffer->type;
  return make(t, Load{std::move(buffer), std::move(indices)});
}
Expr call(const std::string &name, ScalarType type, std::vector<Expr> args) {
  return make(type, Call{name, std::move(args)});
}
Expr min(Expr a, Expr b) { return binary(BinaryOp::Min, std::move(a), std::move(b)); }
Expr max(Expr a, Expr b) { return binary(BinaryOp::Max, std::move(a), std::move(b)); }
Expr logicalAnd(Expr a, Expr b) { return binary(BinaryOp::And, std::move(a), std::move(b)); }

Expr operator+(Expr a, Expr b) { return binary(BinaryOp::Add, std::move(a), std::move(b)); }
Expr operator-(Expr a, Expr b) { return binary(BinaryOp::Sub, std::move(a), std::move(b)); }
Expr operator*(Expr a, Expr b) { return binary(BinaryOp::Mul, std::move(a), std::move(b)); }
Expr operator/(Expr a, Expr b) { return binary(BinaryOp::Div, std::move(a), std::move(b)); }
Expr operator%(Expr a, Expr b) { return binary(BinaryOp::Mod, std::move(a), std::move(b)); }
Expr operator<(Expr a, Expr b) { return compare(CompareOp::LT, std::move(a), std::move(b)); }
Expr operator<=(Expr a, Expr b) { return compare(CompareOp::LE, std::move(a), std::move(b)); }
Expr operator>(Expr a, Expr b) { return compare(CompareOp::GT, std::move(a), std::move(b)); }
Expr operator>=(Expr a, Expr b) { return compare(CompareOp::GE, std::move(a), std::move(b)); }
Expr operator+(Expr a, int64_t b) {
  ScalarType t = a->type;
  return std::move(a) + imm(t, b);
}
Expr operator-(Expr a, int64_t b) {
  ScalarType t = a->type;
  return std::move(a) - imm(t, b);
}
Expr operator*(Expr a, int64_t b) {
  ScalarType t = a->type;
  return std::move(a) * imm(t, b);
}

std::optional<int64_t> constantValue(const Expr &e) {
  if (auto *i = e->as<IntImm>())
    return i->value;
  return std::nullopt;
}

} // namespace loom::ir
