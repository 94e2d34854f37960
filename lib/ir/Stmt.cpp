// Statement builders and kernel helpers.
#include "loom/ir/Stmt.h"

#include <functional>

namespace loom::ir {

std::string_view name(LoopKind k) { return k == LoopKind::Unrolled ? "unrolled" : "serial"; }

namespace {
Stmt make(auto node) { return std::make_shared<const StmtNode>(StmtNode{std::move(node)}); }
} // namespace

Stmt forLoop(const std::string &var, Expr min, Expr extent, Stmt body, LoopKind kind) {
  return make(For{var, std::move(min), std::move(extent), kind, std::move(body)});
}
Stmt store(Buffer buffer, std::vector<Expr> indices, Expr value) {
  return make(Store{std::move(buffer), std::move(indices), std::move(value)});
}
Stmt let(const std::string &var, Expr value, Stmt body) {
  return make(Let{var, std::move(value), std::move(body)});
}
Stmt block(std::vector<Stmt> stmts) { return make(Block{std::move(stmts)}); }
Stmt ifThenElse(Expr condition, Stmt thenCase, Stmt elseCase) {
  return make(IfThenElse{std::move(condition), std::move(thenCase), std::move(elseCase)});
}
Stmt evaluate(Expr value) { return make(Evaluate{std::move(value)}); }
Stmt allocate(Buffer buffer, Stmt body) {
  return make(Allocate{std::move(buffer), std::move(body)});
}

namespace {
void collectConstants(const Expr &e, std::vector<Buffer> &out);

void addConstant(const Buffer &b, std::vector<Buffer> &out) {
  if (!b->isConstant())
    return;
  for (const auto &x : out)
    if (x == b)
      return;
  out.push_back(b);
}

void collectConstants(const Expr &e, std::vector<Buffer> &out) {
  if (!e)
    return;
  std::visit(
      [&](const auto &n) {
        using T = std::decay_t<decltype(n)>;
        if constexpr (std::is_same_v<T, Binary> || std::is_same_v<T, Compare>) {
          collectConstants(n.a, out);
          collectConstants(n.b, out);
        } else if constexpr (std::is_same_v<T, Select>) {
          collectConstants(n.condition, out);
          collectConstants(n.trueValue, out);
          collectConstants(n.falseValue, out);
        } else if constexpr (std::is_same_v<T, Cast>) {
          collectConstants(n.value, out);
        } else if constexpr (std::is_same_v<T, Load>) {
          addConstant(n.buffer, out);
          for (const auto &i : n.indices)
            collectConstants(i, out);
        } else if constexpr (std::is_same_v<T, Call>) {
          for (const auto &a : n.args)
            collectConstants(a, out);
        }
      },
      e->node);
}

void collectConstants(const Stmt &s, std::vector<Buffer> &out) {
  if (!s)
    return;
  std::visit(
      [&](const auto &n) {
        using T = std::decay_t<decltype(n)>;
        if constexpr (std::is_same_v<T, For>) {
          collectConstants(n.min, out);
          collectConstants(n.extent, out);
          collectConstants(n.body, out);
        } else if constexpr (std::is_same_v<T, Store>) {
          for (const auto &i : n.indices)
            collectConstants(i, out);
          collectConstants(n.value, out);
        } else if constexpr (std::is_same_v<T, Let>) {
          collectConstants(n.value, out);
          collectConstants(n.body, out);
        } else if constexpr (std::is_same_v<T, Block>) {
          for (const auto &x : n.stmts)
            collectConstants(x, out);
        } else if constexpr (std::is_same_v<T, IfThenElse>) {
          collectConstants(n.condition, out);
          collectConstants(n.thenCase, out);
          collectConstants(n.elseCase, out);
        } else if constexpr (std::is_same_v<T, Evaluate>) {
          collectConstants(n.value, out);
        } else if constexpr (std::is_same_v<T, Allocate>) {
          collectConstants(n.body, out);
        }
      },
      s->node);
}
} // namespace

std::vector<Buffer> Kernel::constantBuffers() const {
  std::vector<Buffer> out;
  collectConstants(body, out);
  return out;
}

} // namespace loom::ir
