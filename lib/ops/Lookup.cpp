// The table lookup nest: out[i] = table[in[i] + 128].
#include "loom/ops/Lookup.h"
#include "NestParts.h"
#include "OpChecks.h"

#include <fmt/format.h>

namespace loom::ops {

using namespace ir;
using namespace detail;

Status validate(const LookupParams &p) {
  const std::string op = "Lookup";
  if (p.function.empty())
    return Error{fmt::format("{}: the table's function is not named", op)};
  return firstError({checkPositive(op, "size", p.size), checkElements(op, "input", {p.size})});
}

Expected<Kernel> buildLookup(const LookupParams &p, const std::string &name) {
  if (auto s = validate(p); !s)
    return s.error();
  Buffer in = makeBuffer("input", ScalarType::I8, {p.size}, {"i"}, BufferRole::Input);
  Buffer out = makeBuffer("output", ScalarType::I8, {p.size}, {"i"}, BufferRole::Output);
  Buffer table = makeConstantBuffer("table", ScalarType::I8, {256}, {"x"}, BufferRole::Quantization,
                                    std::vector<int64_t>(p.table.begin(), p.table.end()));
  Expr i = var("i");
  Stmt body = forLoop("i", i32(0), i32(p.size),
                      store(out, {i}, load(table, {cast(ScalarType::I32, load(in, {i})) + 128})));
  return Kernel{name, {in, out}, body, fmt::format("Lookup {} of {}", p.function, p.size)};
}

} // namespace loom::ops
