// Statements of the loop-nest IR and the Kernel that owns a nest.
#pragma once

#include "loom/ir/Expr.h"

#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace loom::ir {

struct StmtNode;
using Stmt = std::shared_ptr<const StmtNode>;

// How a loop is to be executed; schedules set it, codegen honours it.
enum class LoopKind : uint8_t { Serial, Unrolled };
std::string_view name(LoopKind k);

// for (var = min; var < min + extent; ++var) body   -- var is i32
struct For {
  std::string var;
  Expr min, extent;
  LoopKind kind;
  Stmt body;
};
struct Store {
  Buffer buffer;
  std::vector<Expr> indices;
  Expr value;
};
// Binds an immutable name for the scope of body.
struct Let {
  std::string var;
  Expr value;
  Stmt body;
};
struct Block {
  std::vector<Stmt> stmts;
};
struct IfThenElse {
  Expr condition;
  Stmt thenCase;
  Stmt elseCase; // may be null
};
// Evaluates an intrinsic call for its effect.
struct Evaluate {
  Expr value;
};
// A Local buffer (accumulators) that exists for the scope of body.
struct Allocate {
  Buffer buffer;
  Stmt body;
};

struct StmtNode {
  std::variant<For, Store, Let, Block, IfThenElse, Evaluate, Allocate> node;
  template <typename T> const T *as() const { return std::get_if<T>(&node); }
};

Stmt forLoop(const std::string &var, Expr min, Expr extent, Stmt body,
             LoopKind kind = LoopKind::Serial);
Stmt store(Buffer buffer, std::vector<Expr> indices, Expr value);
Stmt let(const std::string &var, Expr value, Stmt body);
Stmt block(std::vector<Stmt> stmts);
Stmt ifThenElse(Expr condition, Stmt thenCase, Stmt elseCase = nullptr);
Stmt evaluate(Expr value);
Stmt allocate(Buffer buffer, Stmt body);

// A kernel: a named nest and its arguments, in call order. Constant buffers are referenced
// from the body and become read-only data of the kernel object; they are not arguments.
struct Kernel {
  std::string name;
  std::vector<Buffer> arguments;
  Stmt body;
  std::string
      description; // one line, e.g. "Conv2D 3x3 stride 2"; goes into the printer and headers
  // The largest |x| the reduction multiplies by a weight: 255 bounds x - zp for any int8 x and
  // zero point; 128 once the inputs are raw int8 (the zero point folded into the bias). Bounds on
  // the accumulator (which requantization is exact and fast) use it.
  int32_t macInputMagnitude = 255;

  std::vector<Buffer> constantBuffers() const; // in first-use order
};

} // namespace loom::ir
