// Text form of the IR. Stable by design: golden tests compare it.
#include "loom/ir/Printer.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

namespace loom::ir {

namespace {

std::string join(const std::vector<Expr> &xs) {
  std::string s;
  for (size_t i = 0; i < xs.size(); ++i)
    s += (i ? ", " : "") + toString(xs[i]);
  return s;
}

std::string bufferType(const BufferNode &b) {
  std::string dims;
  for (size_t i = 0; i < b.shape.size(); ++i) {
    if (i)
      dims += ", ";
    if (i < b.dimNames.size() && !b.dimNames[i].empty())
      dims += b.dimNames[i] + "=";
    dims += std::to_string(b.shape[i]);
  }
  return fmt::format("{}[{}]", name(b.type), dims);
}

std::string pad(int indent) { return std::string(static_cast<size_t>(indent) * 2, ' '); }

} // namespace

std::string toString(const Expr &e) {
  if (!e)
    return "<null>";
  return std::visit(
      [&](const auto &n) -> std::string {
        using T = std::decay_t<decltype(n)>;
        if constexpr (std::is_same_v<T, IntImm>) {
          if (e->type == ScalarType::I32)
            return std::to_string(n.value);
          return fmt::format("{}{}", n.value, name(e->type));
        } else if constexpr (std::is_same_v<T, FloatImm>) {
          // Shortest text that reads back as the same float.
          return fmt::format("{}f", static_cast<float>(n.value));
        } else if constexpr (std::is_same_v<T, Var>) {
          return n.name;
        } else if constexpr (std::is_same_v<T, Binary>) {
          if (n.op == BinaryOp::Min || n.op == BinaryOp::Max)
            return fmt::format("{}({}, {})", name(n.op), toString(n.a), toString(n.b));
          if (e->type == ScalarType::I1 && n.op == BinaryOp::And)
            return fmt::format("({} && {})", toString(n.a), toString(n.b));
          return fmt::format("({} {} {})", toString(n.a), name(n.op), toString(n.b));
        } else if constexpr (std::is_same_v<T, Compare>) {
          return fmt::format("({} {} {})", toString(n.a), name(n.op), toString(n.b));
        } else if constexpr (std::is_same_v<T, Select>) {
          return fmt::format("select({}, {}, {})", toString(n.condition), toString(n.trueValue),
                             toString(n.falseValue));
        } else if constexpr (std::is_same_v<T, Cast>) {
          return fmt::format("{}({})", name(e->type), toString(n.value));
        } else if constexpr (std::is_same_v<T, Load>) {
          std::string access =
              fmt::format("{}[{}]", n.buffer ? n.buffer->name : "<null>", join(n.indices));
          if (n.buffer && n.buffer->type != e->type)
            return fmt::format("packed_{}({})", name(e->type), access);
          return access;
        } else {
          return fmt::format("{}({})", n.name, join(n.args));
        }
      },
      e->node);
}

std::string toString(const Stmt &s, int indent) {
  if (!s)
    return pad(indent) + "<null>\n";
  return std::visit(
      [&](const auto &n) -> std::string {
        using T = std::decay_t<decltype(n)>;
        const std::string p = pad(indent);
        if constexpr (std::is_same_v<T, For>) {
          std::string kind = n.kind == LoopKind::Serial ? "" : fmt::format(" {}", name(n.kind));
          auto lo = constantValue(n.min), extent = constantValue(n.extent);
          std::string range = lo && extent ? fmt::format("[{}, {})", *lo, *lo + *extent)
                                           : fmt::format("[{}, {} + {})", toString(n.min),
                                                         toString(n.min), toString(n.extent));
          return fmt::format("{}for {} in {}{} {{\n{}{}}}\n", p, n.var, range, kind,
                             toString(n.body, indent + 1), p);
        } else if constexpr (std::is_same_v<T, Store>) {
          std::string access =
              fmt::format("{}[{}]", n.buffer ? n.buffer->name : "<null>", join(n.indices));
          if (n.buffer && n.value && n.value->type != n.buffer->type)
            access = fmt::format("packed_{}({})", name(n.value->type), access);
          return fmt::format("{}{} = {}\n", p, access, toString(n.value));
        } else if constexpr (std::is_same_v<T, Let>) {
          return fmt::format("{}let {} = {}\n{}", p, n.var, toString(n.value),
                             toString(n.body, indent));
        } else if constexpr (std::is_same_v<T, Block>) {
          std::string out;
          for (const auto &x : n.stmts)
            out += toString(x, indent);
          return out;
        } else if constexpr (std::is_same_v<T, IfThenElse>) {
          std::string out = fmt::format("{}if {} {{\n{}", p, toString(n.condition),
                                        toString(n.thenCase, indent + 1));
          if (n.elseCase)
            out += fmt::format("{}}} else {{\n{}", p, toString(n.elseCase, indent + 1));
          return out + p + "}\n";
        } else if constexpr (std::is_same_v<T, Evaluate>) {
          return fmt::format("{}{}\n", p, toString(n.value));
        } else {
          return fmt::format("{}allocate {}: {}\n{}", p, n.buffer->name, bufferType(*n.buffer),
                             toString(n.body, indent));
        }
      },
      s->node);
}

std::string toString(const Kernel &k) {
  std::string out = fmt::format("kernel {}", k.name);
  if (!k.description.empty())
    out += "  // " + k.description;
  out += "\n";
  for (const auto &b : k.arguments)
    out +=
        fmt::format("  arg {}: {} {}{}\n", b->name, bufferType(*b), name(b->role),
                    b->isDense() ? "" : fmt::format(" strides [{}]", fmt::join(b->strides, ", ")));
  for (const auto &b : k.constantBuffers())
    out += fmt::format("  const {}: {} {}\n", b->name, bufferType(*b), name(b->role));
  out += "{\n" + toString(k.body, 1) + "}\n";
  return out;
}

} // namespace loom::ir
