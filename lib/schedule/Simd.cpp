// simd: a reduction over a contiguous int8 dimension, four MACs per step as two SMLADs on
// SXTB16-unpacked words; a scalar tail loop handles extent % 4. When the input is an int16 copy
// (the in-place depthwise plane), two MACs per step: one SMLAD on a halfword pair of the input
// and of the weights, which are then stored pre-widened to int16 (twice their flash).
//
// With an odd extent the int16 form leaves one tap to a scalar MAC. With `simd LOOP phased`, a MAC
// whose input starts at an odd column (the odd pixels of a register block at stride 1) takes that
// tap first and pairs the rest, so its pairs start at even columns: neighbouring pixels then read
// the same words (a 3-tap row of four pixels is three word loads instead of five) and the loads are
// aligned. The choice is index arithmetic on the column's parity, which is a constant once the
// register block's loops are unrolled; where it would not be (a rolled pixel loop), the scalar tap
// stays last. It is a choice, not the rule: the words a block shares with the next one stay live
// across blocks, which costs registers on narrow rows that LLVM unrolls whole (measured on
// mcunet-vww0's layers).
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

// The parity of an integer expression when its variables cannot change it (they are multiplied
// by even constants), else nullopt.
std::optional<int64_t> parity(const Expr &e) {
  if (auto c = constantValue(e))
    return *c & 1;
  auto *b = e->as<Binary>();
  if (!b)
    return std::nullopt;
  auto pa = parity(b->a), pb = parity(b->b);
  switch (b->op) {
  case BinaryOp::Add:
  case BinaryOp::Sub:
    if (pa && pb)
      return (*pa + *pb) & 1;
    return std::nullopt;
  case BinaryOp::Mul:
    if ((pa && *pa == 0) || (pb && *pb == 0))
      return 0;
    if (pa && pb)
      return *pa & *pb;
    return std::nullopt;
  default: return std::nullopt;
  }
}

// `e` without the terms that cannot change its parity (even constants, products with one).
Expr oddPart(const Expr &e) {
  if (auto p = parity(e))
    return i32(*p);
  auto *b = e->as<Binary>();
  if (!b || (b->op != BinaryOp::Add && b->op != BinaryOp::Sub))
    return e;
  Expr x = oddPart(b->a), y = oddPart(b->b);
  if (constantValue(x) == 0)
    return y; // 0 - y has the parity of y
  if (constantValue(y) == 0)
    return x;
  return binary(b->op, x, y);
}

// The variables of the unrolled loops inside `body` (constants once codegen unrolls them).
std::vector<std::string> unrolledLoops(const Stmt &body) {
  std::vector<std::string> unrolled;
  visit(body, [&](const Stmt &s) {
    if (auto *f = s->as<For>(); f && f->kind == LoopKind::Unrolled)
      unrolled.push_back(f->var);
  });
  return unrolled;
}

// The parity of the column a MAC of the 2-lane form reads at the loop's first iteration, when it is
// a constant once the `unrolled` loops are (else nullopt: the scalar tap stays last).
std::optional<Expr> columnParity(const MacUpdate &u, const std::string &loop, int64_t min,
                                 const std::vector<std::string> &unrolled) {
  const Expr column = substitute(u.input->as<Load>()->indices.back(), {{loop, i32(min)}});
  for (int64_t value : {0, 1}) {
    std::map<std::string, Expr> fixed;
    for (const auto &v : unrolled)
      fixed[v] = i32(value);
    if (!parity(substitute(column, fixed)))
      return std::nullopt;
  }
  if (auto p = parity(column))
    return i32(*p);
  return binary(BinaryOp::And, oddPart(column), i32(1));
}

} // namespace

Expected<Kernel> simd(const Kernel &k, const std::string &name, bool phased) {
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
  if (phased && (!wide || rest != 1))
    return Error{fmt::format("simd {} phased: only the int16 form with an odd extent has a scalar "
                             "tap to move (loop '{}' has {} lanes and extent {})",
                             name, name, lanes, loop->extent)};
  // Per MAC, 1 where its scalar tap comes first (see the top of the file), else nullopt.
  const std::vector<std::string> unrolled =
      phased ? unrolledLoops(loop->loop->body) : std::vector<std::string>{};
  auto phase = [&](const MacUpdate &m) -> std::optional<Expr> {
    if (!phased)
      return std::nullopt;
    auto p = columnParity(m, name, loop->min, unrolled);
    if (p && constantValue(*p) == 0)
      return std::nullopt;
    return p;
  };
  if (phased && std::none_of(updates.begin(), updates.end(),
                             [&](const MacUpdate &u) { return phase(u).has_value(); }))
    return Error{
        fmt::format("simd {} phased: no multiply-accumulate starts at a column known to be "
                    "odd (register-block the pixels at stride 1 first)",
                    name)};
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
      const auto p = phase(*m);
      const Expr pair = p ? first + *p : first;
      Expr a = packedWord(m->input, name, pair),
           w = packedWord(m->weight, name, pair, widened(m->weight->as<Load>()->buffer));
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
  // The scalar tap of a phased MAC, from the words its neighbours pair: the last tap (p = 0) is
  // the low half of the input word at its column times the high half of the weight pair before
  // it; the first tap (p = 1) is the high half of the input word before its column times the low
  // half of the weight pair at it. Both are one SMLABT (operands swapped for p = 1), which keeps
  // the halves inside the instruction: a shift of its own would be hoisted out of the loop and
  // hold a register of its own. Both operands are in bounds for either p, and p is a constant
  // once the register block is unrolled, so the select folds away.
  Stmt tailBody = mutate(loop->loop->body, [&](const Stmt &s) -> Stmt {
    auto m = matchMacUpdate(s);
    auto p = m ? phase(*m) : std::nullopt;
    if (!p)
      return s;
    const Expr tap = var(name) - *p * i32(words * lanes);
    const Expr input = packedWord(m->input, name, tap - *p),
               weight = packedWord(m->weight, name, tap - 1 + *p,
                                   widened(m->weight->as<Load>()->buffer));
    auto *st = s->as<Store>();
    const Expr acc = load(st->buffer, st->indices);
    auto smlabt = [&](Expr a, Expr b) {
      return call(std::string(kSmlabt), ScalarType::I32, {std::move(a), std::move(b), acc});
    };
    return store(
        st->buffer, st->indices,
        select(compare(CompareOp::EQ, *p, i32(0)), smlabt(input, weight), smlabt(weight, input)));
  });
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
