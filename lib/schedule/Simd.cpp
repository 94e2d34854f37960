// simd: a reduction over a contiguous int8 dimension, four MACs per step as two SMLADs on
// SXTB16-unpacked words; a scalar tail loop handles extent % 4.
#include "Accumulation.h"
#include "LoopChecks.h"
#include "loom/ir/Intrinsics.h"
#include "loom/ir/Printer.h"
#include "loom/schedule/Primitives.h"

namespace loom::schedule {

using namespace ir;
using namespace detail;

namespace {

// The load with its last index replaced by `last`, read as one packed i32 word.
Expr packedWord(const Expr &load, const Expr &last) {
  auto *l = load->as<Load>();
  std::vector<Expr> indices = l->indices;
  indices.back() = last;
  return std::make_shared<const ExprNode>(ExprNode{ScalarType::I32, Load{l->buffer, indices}});
}

// The loop variable must be exactly the last, contiguous index of the load and nowhere else.
Status checkContiguous(const Expr &load, const std::string &loop) {
  auto *l = load->as<Load>();
  auto *v = l->indices.back()->as<Var>();
  if (!v || v->name != loop)
    return Error{
        fmt::format("'{}' is not indexed by '{}' in its last dimension", toString(load), loop)};
  for (size_t i = 0; i + 1 < l->indices.size(); ++i)
    if (usesVar(l->indices[i], loop))
      return Error{fmt::format("'{}' uses '{}' outside its last dimension", toString(load), loop)};
  if (l->buffer->strides.back() != 1)
    return Error{fmt::format("the last dimension of '{}' is not contiguous", l->buffer->name)};
  return {};
}

} // namespace

Expected<Kernel> simd(const Kernel &k, const std::string &name) {
  auto loop = constantLoop(k, name);
  if (!loop)
    return loop.error();
  std::vector<const Store *> others;
  auto updates = findMacUpdates(loop->loop->body, &others);
  if (updates.empty())
    return Error{fmt::format("loop '{}' carries no int8 multiply-accumulate", name)};
  if (!others.empty())
    return Error{fmt::format("loop '{}' also stores '{}': only a pure reduction can be "
                             "vectorised",
                             name, others.front()->buffer->name)};
  for (const auto &u : updates) {
    if (u.hasZeroPoint)
      return Error{fmt::format("loop '{}' subtracts the input zero point per element; apply "
                               "fold_zero_point first",
                               name)};
    for (const Expr &operand : {u.input, u.weight})
      if (auto s = checkContiguous(operand, name); !s)
        return Error{fmt::format("loop '{}': {}", name, s.error().message)};
  }
  if (loop->extent < 4)
    return Error{fmt::format("loop '{}' has extent {}: fewer than the 4 lanes of a word", name,
                             loop->extent)};
  const std::string outer = name + ".o";
  if (auto s = freshName(k, outer); !s)
    return s.error();

  const int64_t words = loop->extent / 4, rest = loop->extent % 4;
  Expr first = var(outer) * 4;
  if (loop->min)
    first = first + loop->min;
  Stmt vectorBody = mutate(loop->loop->body, [&](const Stmt &s) -> Stmt {
    auto m = matchMacUpdate(s);
    if (!m)
      return s;
    auto *st = s->as<Store>();
    Expr a = packedWord(m->input, first), w = packedWord(m->weight, first);
    auto dsp = [](std::string_view f, std::vector<Expr> args) {
      return call(std::string(f), ScalarType::I32, std::move(args));
    };
    Expr acc = load(st->buffer, st->indices);
    Expr even = dsp(kSmlad, {dsp(kSxtb16, {a}), dsp(kSxtb16, {w}), acc});
    Expr odd = dsp(kSmlad, {dsp(kSxtb16Ror8, {a}), dsp(kSxtb16Ror8, {w}), even});
    return store(st->buffer, st->indices, odd);
  });
  // Uses of the loop variable outside the MAC operands (a guard, an index) cannot be vectorised.
  if (usesVar(vectorBody, name))
    return Error{fmt::format("loop '{}' is used outside the multiply-accumulate operands (a guard "
                             "or index): it cannot be vectorised",
                             name)};
  std::vector<Stmt> parts = {forLoop(outer, i32(0), i32(words), vectorBody)};
  if (rest)
    parts.push_back(forLoop(name, i32(loop->min + words * 4), i32(rest), loop->loop->body));
  Stmt replacement = parts.size() == 1 ? parts[0] : block(parts);
  return withBody(k, replaceLoop(k.body, name, [&](const For &) { return replacement; }));
}

} // namespace loom::schedule
