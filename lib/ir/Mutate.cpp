// Bottom-up rebuilding of IR trees.
#include "loom/ir/Mutate.h"

namespace loom::ir {

namespace {
Expr make(const Expr &like, auto node) {
  return std::make_shared<const ExprNode>(ExprNode{like->type, std::move(node)});
}
Stmt make(auto node) { return std::make_shared<const StmtNode>(StmtNode{std::move(node)}); }
} // namespace

Expr mutate(const Expr &e, const std::function<Expr(const Expr &)> &post) {
  if (!e)
    return e;
  auto m = [&](const Expr &x) { return mutate(x, post); };
  auto all = [&](const std::vector<Expr> &xs) {
    std::vector<Expr> out;
    for (const auto &x : xs)
      out.push_back(m(x));
    return out;
  };
  Expr rebuilt = std::visit(
      [&](const auto &n) -> Expr {
        using T = std::decay_t<decltype(n)>;
        if constexpr (std::is_same_v<T, IntImm> || std::is_same_v<T, FloatImm> ||
                      std::is_same_v<T, Var>)
          return e;
        else if constexpr (std::is_same_v<T, Binary>)
          return make(e, Binary{n.op, m(n.a), m(n.b)});
        else if constexpr (std::is_same_v<T, Compare>)
          return make(e, Compare{n.op, m(n.a), m(n.b)});
        else if constexpr (std::is_same_v<T, Select>)
          return make(e, Select{m(n.condition), m(n.trueValue), m(n.falseValue)});
        else if constexpr (std::is_same_v<T, Cast>)
          return make(e, Cast{m(n.value)});
        else if constexpr (std::is_same_v<T, Load>)
          return make(e, Load{n.buffer, all(n.indices)});
        else
          return make(e, Call{n.name, all(n.args)});
      },
      e->node);
  return post(rebuilt);
}

Stmt mutate(const Stmt &s, const std::function<Stmt(const Stmt &)> &postStmt,
            const std::function<Expr(const Expr &)> &postExpr) {
  if (!s)
    return s;
  auto e = [&](const Expr &x) { return postExpr ? mutate(x, postExpr) : x; };
  auto all = [&](const std::vector<Expr> &xs) {
    std::vector<Expr> out;
    for (const auto &x : xs)
      out.push_back(e(x));
    return out;
  };
  auto m = [&](const Stmt &x) { return mutate(x, postStmt, postExpr); };
  Stmt rebuilt = std::visit(
      [&](const auto &n) -> Stmt {
        using T = std::decay_t<decltype(n)>;
        if constexpr (std::is_same_v<T, For>)
          return make(For{n.var, e(n.min), e(n.extent), n.kind, m(n.body)});
        else if constexpr (std::is_same_v<T, Store>)
          return make(Store{n.buffer, all(n.indices), e(n.value)});
        else if constexpr (std::is_same_v<T, Let>)
          return make(Let{n.var, e(n.value), m(n.body)});
        else if constexpr (std::is_same_v<T, Block>) {
          std::vector<Stmt> out;
          for (const auto &x : n.stmts)
            out.push_back(m(x));
          return make(Block{std::move(out)});
        } else if constexpr (std::is_same_v<T, IfThenElse>)
          return make(
              IfThenElse{e(n.condition), m(n.thenCase), n.elseCase ? m(n.elseCase) : nullptr});
        else if constexpr (std::is_same_v<T, Evaluate>)
          return make(Evaluate{e(n.value)});
        else
          return make(Allocate{n.buffer, m(n.body)});
      },
      s->node);
  return postStmt ? postStmt(rebuilt) : rebuilt;
}

void visit(const Stmt &s, const std::function<void(const Stmt &)> &f) {
  if (!s)
    return;
  f(s);
  std::visit(
      [&](const auto &n) {
        using T = std::decay_t<decltype(n)>;
        if constexpr (std::is_same_v<T, For> || std::is_same_v<T, Let> ||
                      std::is_same_v<T, Allocate>)
          visit(n.body, f);
        else if constexpr (std::is_same_v<T, Block>)
          for (const auto &x : n.stmts)
            visit(x, f);
        else if constexpr (std::is_same_v<T, IfThenElse>) {
          visit(n.thenCase, f);
          visit(n.elseCase, f);
        }
      },
      s->node);
}

Expr substitute(const Expr &e, const std::map<std::string, Expr> &values) {
  return mutate(e, [&](const Expr &x) -> Expr {
    if (auto *v = x->as<Var>())
      if (auto it = values.find(v->name); it != values.end())
        return it->second;
    return x;
  });
}

Stmt substitute(const Stmt &s, const std::map<std::string, Expr> &values) {
  return mutate(s, nullptr, [&](const Expr &x) -> Expr {
    if (auto *v = x->as<Var>())
      if (auto it = values.find(v->name); it != values.end())
        return it->second;
    return x;
  });
}

bool usesVar(const Expr &e, const std::string &var) {
  bool found = false;
  mutate(e, [&](const Expr &x) {
    if (auto *v = x->as<Var>(); v && v->name == var)
      found = true;
    return x;
  });
  return found;
}

bool usesVar(const Stmt &s, const std::string &var) {
  bool found = false;
  mutate(s, nullptr, [&](const Expr &x) {
    if (auto *v = x->as<Var>(); v && v->name == var)
      found = true;
    return x;
  });
  return found;
}

const For *findLoop(const Stmt &s, const std::string &var) {
  if (!s)
    return nullptr;
  return std::visit(
      [&](const auto &n) -> const For * {
        using T = std::decay_t<decltype(n)>;
        if constexpr (std::is_same_v<T, For>)
          return n.var == var ? &n : findLoop(n.body, var);
        else if constexpr (std::is_same_v<T, Let> || std::is_same_v<T, Allocate>)
          return findLoop(n.body, var);
        else if constexpr (std::is_same_v<T, Block>) {
          for (const auto &x : n.stmts)
            if (auto *f = findLoop(x, var))
              return f;
          return nullptr;
        } else if constexpr (std::is_same_v<T, IfThenElse>) {
          if (auto *f = findLoop(n.thenCase, var))
            return f;
          return findLoop(n.elseCase, var);
        } else
          return nullptr;
      },
      s->node);
}

Stmt replaceLoop(const Stmt &s, const std::string &var,
                 const std::function<Stmt(const For &)> &replace) {
  return mutate(s, [&](const Stmt &x) -> Stmt {
    if (auto *f = x->as<For>(); f && f->var == var)
      return replace(*f);
    return x;
  });
}

std::vector<std::string> loopNames(const Stmt &s) {
  std::vector<std::string> names;
  mutate(s, [&](const Stmt &x) {
    if (auto *f = x->as<For>())
      names.insert(names.begin(), f->var);
    return x;
  });
  return names;
}

} // namespace loom::ir
