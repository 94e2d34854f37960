// Tree rewriting helpers for schedule primitives: rebuild a nest bottom-up, substitute variables,
// find and replace loops.
#pragma once

#include "loom/ir/Stmt.h"

#include <functional>
#include <map>
#include <string>

namespace loom::ir {

// Rebuilds the tree bottom-up; `post` sees each node after its children were rewritten and
// returns its replacement (or the node itself).
Expr mutate(const Expr &e, const std::function<Expr(const Expr &)> &post);
Stmt mutate(const Stmt &s, const std::function<Stmt(const Stmt &)> &postStmt,
            const std::function<Expr(const Expr &)> &postExpr = nullptr);

// Calls `f` on every statement of `s`, parents before children, without rebuilding anything
// (so pointers into the tree stay valid).
void visit(const Stmt &s, const std::function<void(const Stmt &)> &f);

Expr substitute(const Expr &e, const std::map<std::string, Expr> &values);
Stmt substitute(const Stmt &s, const std::map<std::string, Expr> &values);

bool usesVar(const Expr &e, const std::string &var);
bool usesVar(const Stmt &s, const std::string &var);

// The loop that binds `var`, or null.
const For *findLoop(const Stmt &s, const std::string &var);
// `s` with the loop binding `var` replaced by `replace(loop)`.
Stmt replaceLoop(const Stmt &s, const std::string &var,
                 const std::function<Stmt(const For &)> &replace);

// Every loop variable, outermost first.
std::vector<std::string> loopNames(const Stmt &s);

} // namespace loom::ir
