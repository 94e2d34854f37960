// IR verifier: binding, typing and constant-bounds checks, reported with the offending text.
#include "loom/ir/Verifier.h"

#include "loom/ir/Intrinsics.h"
#include "loom/ir/Printer.h"

#include <fmt/format.h>

#include <map>
#include <optional>
#include <set>

namespace loom::ir {

namespace {

class Verifier {
public:
  explicit Verifier(const Kernel &k) : kernel_(k) {
    for (const auto &b : k.arguments)
      visible_.insert(b.get());
  }

  std::optional<std::string> run() {
    for (const auto &b : kernel_.arguments) {
      if (!b->isArgument())
        return fmt::format("buffer '{}' has role {} and cannot be an argument", b->name,
                           name(b->role));
      if (b->elementCount() <= 0)
        return fmt::format("buffer '{}' has no elements", b->name);
    }
    stmt(kernel_.body);
    return error_;
  }

private:
  void fail(std::string msg) {
    if (!error_)
      error_ = std::move(msg);
  }

  void checkIndices(const Buffer &b, const std::vector<Expr> &indices, const std::string &where) {
    if (!b) {
      fail(fmt::format("null buffer in '{}'", where));
      return;
    }
    if (b->isConstant() && isFloat(b->type))
      fail(fmt::format("constant buffer '{}' is {}: constant data is integer", b->name,
                       name(b->type)));
    if (!b->isConstant() && !visible_.count(b.get()))
      fail(fmt::format("buffer '{}' is neither an argument, a constant nor allocated here, in '{}'",
                       b->name, where));
    if (indices.size() != b->shape.size()) {
      fail(fmt::format("'{}' has {} indices but buffer '{}' has rank {}", where, indices.size(),
                       b->name, b->shape.size()));
      return;
    }
    for (size_t i = 0; i < indices.size(); ++i) {
      if (expr(indices[i]) != ScalarType::I32)
        fail(fmt::format("index {} of '{}' must be i32", i, where));
      if (auto c = constantValue(indices[i]); c && (*c < 0 || *c >= b->shape[i]))
        fail(fmt::format("constant index {} out of range [0, {}) in dimension {} of '{}'", *c,
                         b->shape[i], i, where));
    }
  }

  // A packed access (load or store) moves consecutive elements of the last, contiguous
  // dimension of an integer buffer as one wider integer (i16 or i32): `mismatch` when the types
  // do not allow it, `what` + " past the end" when a constant index leaves no room for them all.
  void checkPacked(const Buffer &b, const std::vector<Expr> &indices, ScalarType wide,
                   const std::string &mismatch, const std::string &what) {
    if (isFloat(wide) || isFloat(b->type) || wide == ScalarType::I1 || wide == ScalarType::I64 ||
        bitWidth(wide) <= bitWidth(b->type) || b->strides.empty() || b->strides.back() != 1) {
      fail(mismatch);
      return;
    }
    const int lanes = bitWidth(wide) / bitWidth(b->type);
    if (auto c = indices.empty() ? std::nullopt : constantValue(indices.back());
        c && *c + lanes > b->shape.back())
      fail(fmt::format("{} past the end of dimension {}", what, b->shape.size() - 1));
  }

  // Returns the type the expression really has (the node type when it is consistent).
  ScalarType expr(const Expr &e) {
    if (!e) {
      fail("null expression");
      return ScalarType::I32;
    }
    std::visit(
        [&](const auto &n) {
          using T = std::decay_t<decltype(n)>;
          if constexpr (std::is_same_v<T, IntImm>) {
            if (isFloat(e->type))
              fail(fmt::format("integer constant {} typed {}", n.value, name(e->type)));
            else if (n.value < minValue(e->type) || n.value > maxValue(e->type))
              fail(fmt::format("constant {} does not fit {}", n.value, name(e->type)));
          } else if constexpr (std::is_same_v<T, FloatImm>) {
            if (!isFloat(e->type))
              fail(fmt::format("float constant {} typed {}", n.value, name(e->type)));
          } else if constexpr (std::is_same_v<T, Var>) {
            auto it = scope_.find(n.name);
            if (it == scope_.end())
              fail(fmt::format("unbound variable '{}'", n.name));
            else if (it->second != e->type)
              fail(fmt::format("variable '{}' is {} but used as {}", n.name, name(it->second),
                               name(e->type)));
          } else if constexpr (std::is_same_v<T, Binary>) {
            ScalarType a = expr(n.a), b = expr(n.b);
            if (a != b || a != e->type)
              fail(fmt::format("type mismatch in '{}': {} {} {}", toString(e), name(a), name(n.op),
                               name(b)));
            bool bitwise = n.op == BinaryOp::And || n.op == BinaryOp::Or || n.op == BinaryOp::Xor;
            if (a == ScalarType::I1 && !bitwise)
              fail(fmt::format("arithmetic on i1 in '{}'", toString(e)));
            const bool floatOp = n.op == BinaryOp::Add || n.op == BinaryOp::Sub ||
                                 n.op == BinaryOp::Mul || n.op == BinaryOp::Div ||
                                 n.op == BinaryOp::Min || n.op == BinaryOp::Max;
            if (isFloat(a) && !floatOp)
              fail(fmt::format("'{}' is not defined on {}", name(n.op), name(a)));
          } else if constexpr (std::is_same_v<T, Compare>) {
            ScalarType a = expr(n.a), b = expr(n.b);
            if (a != b)
              fail(fmt::format("type mismatch in '{}': {} vs {}", toString(e), name(a), name(b)));
            if (e->type != ScalarType::I1)
              fail(fmt::format("comparison '{}' must be i1", toString(e)));
          } else if constexpr (std::is_same_v<T, Select>) {
            if (expr(n.condition) != ScalarType::I1)
              fail(fmt::format("condition of '{}' must be i1", toString(e)));
            ScalarType a = expr(n.trueValue), b = expr(n.falseValue);
            if (a != b || a != e->type)
              fail(fmt::format("type mismatch in '{}': {} vs {}", toString(e), name(a), name(b)));
          } else if constexpr (std::is_same_v<T, Cast>) {
            if (expr(n.value) == ScalarType::I1 || e->type == ScalarType::I1)
              fail(fmt::format("cast from or to i1 in '{}'", toString(e)));
          } else if constexpr (std::is_same_v<T, Load>) {
            checkIndices(n.buffer, n.indices, toString(e));
            if (n.buffer && n.buffer->type != e->type)
              checkPacked(n.buffer, n.indices, e->type,
                          fmt::format("load '{}' typed {} from a {} buffer", toString(e),
                                      name(e->type), name(n.buffer->type)),
                          fmt::format("packed load '{}' reads", toString(e)));
            if (n.buffer && n.buffer->role == BufferRole::Output)
              fail(fmt::format("load '{}' reads the output buffer", toString(e)));
          } else {
            const IntrinsicSignature *sig = findIntrinsic(n.name);
            if (!sig) {
              fail(fmt::format("unknown intrinsic '{}'", n.name));
              return;
            }
            if (sig->params.size() != n.args.size())
              fail(fmt::format("'{}' takes {} arguments, got {}", n.name, sig->params.size(),
                               n.args.size()));
            for (size_t i = 0; i < n.args.size(); ++i) {
              ScalarType t = expr(n.args[i]);
              if (i < sig->params.size() && t != sig->params[i])
                fail(fmt::format("argument {} of '{}' is {}, expected {}", i, toString(e), name(t),
                                 name(sig->params[i])));
            }
            if (e->type != sig->result)
              fail(fmt::format("'{}' returns {}, typed {}", n.name, name(sig->result),
                               name(e->type)));
          }
        },
        e->node);
    return e->type;
  }

  void bind(const std::string &var, ScalarType t, const Stmt &body) {
    if (scope_.count(var)) {
      fail(fmt::format("variable '{}' is bound twice", var));
      return;
    }
    scope_[var] = t;
    stmt(body);
    scope_.erase(var);
  }

  void stmt(const Stmt &s) {
    if (!s) {
      fail("null statement");
      return;
    }
    std::visit(
        [&](const auto &n) {
          using T = std::decay_t<decltype(n)>;
          if constexpr (std::is_same_v<T, For>) {
            if (expr(n.min) != ScalarType::I32 || expr(n.extent) != ScalarType::I32)
              fail(fmt::format("bounds of loop '{}' must be i32", n.var));
            if (auto c = constantValue(n.extent); c && *c <= 0)
              fail(fmt::format("loop '{}' has extent {}", n.var, *c));
            bind(n.var, ScalarType::I32, n.body);
          } else if constexpr (std::is_same_v<T, Store>) {
            std::string where = n.buffer ? n.buffer->name + "[...]" : "<null>";
            checkIndices(n.buffer, n.indices, where);
            ScalarType v = expr(n.value);
            if (n.buffer && v != n.buffer->type)
              checkPacked(n.buffer, n.indices, v,
                          fmt::format("store of {} value '{}' into {} buffer '{}'", name(v),
                                      toString(n.value), name(n.buffer->type), n.buffer->name),
                          fmt::format("packed store into '{}' writes", n.buffer->name));
            if (n.buffer && (n.buffer->isConstant() || n.buffer->role == BufferRole::Input))
              fail(fmt::format("store into read-only buffer '{}'", n.buffer->name));
          } else if constexpr (std::is_same_v<T, Let>) {
            bind(n.var, expr(n.value), n.body);
          } else if constexpr (std::is_same_v<T, Block>) {
            for (const auto &x : n.stmts)
              stmt(x);
          } else if constexpr (std::is_same_v<T, IfThenElse>) {
            if (expr(n.condition) != ScalarType::I1)
              fail(fmt::format("condition '{}' must be i1", toString(n.condition)));
            stmt(n.thenCase);
            if (n.elseCase)
              stmt(n.elseCase);
          } else if constexpr (std::is_same_v<T, Evaluate>) {
            if (!n.value || !n.value->template as<Call>())
              fail("evaluate needs an intrinsic call");
            else
              expr(n.value);
          } else {
            if (n.buffer->role != BufferRole::Local)
              fail(fmt::format("allocate of non-local buffer '{}'", n.buffer->name));
            visible_.insert(n.buffer.get());
            stmt(n.body);
            visible_.erase(n.buffer.get());
          }
        },
        s->node);
  }

  const Kernel &kernel_;
  std::map<std::string, ScalarType> scope_;
  std::set<const BufferNode *> visible_;
  std::optional<std::string> error_;
};

} // namespace

Status verify(const Kernel &kernel) {
  if (!kernel.body)
    return Error{fmt::format("kernel '{}': no body", kernel.name)};
  if (auto err = Verifier(kernel).run())
    return Error{fmt::format("kernel '{}': {}", kernel.name, *err)};
  return {};
}

} // namespace loom::ir
