// simd: a reduction over a contiguous int8 dimension, four MACs per step as two SMLADs on
// SXTB16-unpacked words; a scalar tail loop handles extent % 4. When the input is an int16 copy
// (the in-place depthwise plane), two MACs per step: one SMLAD on a halfword pair of the input
// and of the weights, which are then stored pre-widened to int16 (twice their flash).
#include "Accumulation.h"
#include "LoopChecks.h"
#include "loom/ir/Intrinsics.h"
#include "loom/ir/Printer.h"
#include "loom/schedule/Primitives.h"

#include <map>

namespace loom::schedule {

using namespace ir;
using namespace detail;

namespace {

// The load (from `buffer` when given) with the loop variable of its last index replaced by
// `first`, read as one packed i32 word.
Expr packedWord(const Expr &load, const std::string &loop, const Expr &first,
                const Buffer &buffer = nullptr) {
  auto *l = load->as<Load>();
  std::vector<Expr> indices = l->indices;
  indices.back() = substitute(indices.back(), {{loop, first}});
  return std::make_shared<const ExprNode>(
      ExprNode{ScalarType::I32, Load{buffer ? buffer : l->buffer, indices}});
}

// `loop` or `e + loop` / `loop + e` with `e` independent of the loop: consecutive iterations
// read consecutive elements.
bool stepsByOne(const Expr &index, const std::string &loop) {
  if (auto *v = index->as<Var>())
    return v->name == loop;
  auto *b = index->as<Binary>();
  if (!b || b->op != BinaryOp::Add)
    return false;
  auto isLoop = [&](const Expr &e) {
    auto *v = e->as<Var>();
    return v && v->name == loop;
  };
  return (isLoop(b->a) && !usesVar(b->b, loop)) || (isLoop(b->b) && !usesVar(b->a, loop));
}

// The loop variable must step the last, contiguous index of the load by one and appear nowhere
// else.
Status checkContiguous(const Expr &load, const std::string &loop) {
  auto *l = load->as<Load>();
  if (!stepsByOne(l->indices.back(), loop))
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
  const bool wide = updates.front().wideInput();
  for (const auto &u : updates)
    if (u.wideInput() != wide)
      return Error{fmt::format("loop '{}' mixes int8 and int16 inputs", name)};
  const int64_t lanes = wide ? 2 : 4;
  if (loop->extent < lanes)
    return Error{fmt::format("loop '{}' has extent {}: fewer than the {} lanes of a word", name,
                             loop->extent, lanes)};
  const std::string outer = name + ".o";
  if (auto s = freshName(k, outer); !s)
    return s.error();
  // The int16 copy of each weight buffer the 2-lane form reads: one per buffer, shared with an
  // earlier simd of another loop of the same nest.
  std::map<const BufferNode *, Buffer> widenedCopies;
  auto widened = [&](const Buffer &w) {
    auto [it, fresh] = widenedCopies.emplace(w.get(), nullptr);
    if (fresh) {
      for (const Buffer &b : k.constantBuffers())
        if (b->name == w->name + "_i16" && b->type == ScalarType::I16 &&
            b->constantData == w->constantData)
          it->second = b;
      if (!it->second)
        it->second = makeConstantBuffer(w->name + "_i16", ScalarType::I16, w->shape, w->dimNames,
                                        w->role, w->constantData);
    }
    return it->second;
  };

  const int64_t words = loop->extent / lanes, rest = loop->extent % lanes;
  Expr first = var(outer) * lanes;
  if (loop->min)
    first = first + loop->min;
  Stmt vectorBody = mutate(loop->loop->body, [&](const Stmt &s) -> Stmt {
    auto m = matchMacUpdate(s);
    if (!m)
      return s;
    auto *st = s->as<Store>();
    auto dsp = [](std::string_view f, std::vector<Expr> args) {
      return call(std::string(f), ScalarType::I32, std::move(args));
    };
    Expr acc = load(st->buffer, st->indices);
    if (wide) {
      Expr a = packedWord(m->input, name, first),
           w = packedWord(m->weight, name, first, widened(m->weight->as<Load>()->buffer));
      return store(st->buffer, st->indices, dsp(kSmlad, {a, w, acc}));
    }
    Expr a = packedWord(m->input, name, first), w = packedWord(m->weight, name, first);
    Expr even = dsp(kSmlad, {dsp(kSxtb16, {a}), dsp(kSxtb16, {w}), acc});
    Expr odd = dsp(kSmlad, {dsp(kSxtb16Ror8, {a}), dsp(kSxtb16Ror8, {w}), even});
    return store(st->buffer, st->indices, odd);
  });
  // Uses of the loop variable outside the MAC operands (a guard, an index) cannot be vectorised.
  if (usesVar(vectorBody, name))
    return Error{fmt::format("loop '{}' is used outside the multiply-accumulate operands (a guard "
                             "or index): it cannot be vectorised",
                             name)};
  Stmt tailBody = loop->loop->body;
  if (wide) // the tail reads the same int16 weights, so the int8 ones need no flash of their own
    tailBody = mutate(tailBody, nullptr, [&](const Expr &e) -> Expr {
      auto *l = e->as<Load>();
      if (!l || !widenedCopies.count(l->buffer.get()))
        return e;
      return load(widenedCopies.at(l->buffer.get()), l->indices);
    });
  std::vector<Stmt> parts = {forLoop(outer, i32(0), i32(words), vectorBody)};
  if (rest)
    parts.push_back(forLoop(name, i32(loop->min + words * lanes), i32(rest), tailBody));
  Stmt replacement = parts.size() == 1 ? parts[0] : block(parts);
  return withBody(k, replaceLoop(k.body, name, [&](const For &) { return replacement; }));
}

} // namespace loom::schedule
