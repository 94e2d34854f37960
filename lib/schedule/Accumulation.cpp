// Pattern matching of accumulations.
#include "Accumulation.h"

#include "loom/ir/Mutate.h"

namespace loom::schedule::detail {

using namespace ir;

namespace {
// i32(load of an i8 buffer), or of an i16 buffer when `wide` is allowed
Expr widenedLoad(const Expr &e, bool wide) {
  auto *c = e->as<Cast>();
  if (!c || e->type != ScalarType::I32 || !c->value->as<Load>())
    return nullptr;
  const ScalarType t = c->value->type;
  return t == ScalarType::I8 || (wide && t == ScalarType::I16) ? c->value : nullptr;
}
} // namespace

std::optional<MacUpdate> matchMacUpdate(const Stmt &s) {
  auto *st = s->as<Store>();
  if (!st || st->buffer->role != BufferRole::Local)
    return std::nullopt;
  auto *add = st->value->as<Binary>();
  if (!add || add->op != BinaryOp::Add)
    return std::nullopt;
  auto *accLoad = add->a->as<Load>();
  if (!accLoad || accLoad->buffer != st->buffer)
    return std::nullopt;
  auto *mul = add->b->as<Binary>();
  if (!mul || mul->op != BinaryOp::Mul)
    return std::nullopt;
  Expr weight = widenedLoad(mul->b, false);
  if (!weight)
    return std::nullopt;
  if (Expr input = widenedLoad(mul->a, true))
    return MacUpdate{st, input, weight, 0, false};
  auto *offset = mul->a->as<Binary>();
  if (!offset || (offset->op != BinaryOp::Sub && offset->op != BinaryOp::Add))
    return std::nullopt;
  Expr input = widenedLoad(offset->a, true);
  auto zp = constantValue(offset->b);
  if (!input || !zp)
    return std::nullopt;
  return MacUpdate{st, input, weight,
                   static_cast<int32_t>(offset->op == BinaryOp::Sub ? *zp : -*zp), true};
}

std::optional<AccumulatorSite> matchAccumulator(const Stmt &s) {
  auto *a = s->as<Allocate>();
  if (!a)
    return std::nullopt;
  auto *b = a->body->as<Block>();
  if (!b || b->stmts.size() != 3)
    return std::nullopt;
  auto *init = b->stmts[0]->as<Store>();
  auto *result = b->stmts[2]->as<Store>();
  if (!init || init->buffer != a->buffer || !result)
    return std::nullopt;
  return AccumulatorSite{a, init, b->stmts[1], result};
}

std::vector<MacUpdate> findMacUpdates(const Stmt &s, std::vector<const Store *> *other) {
  std::vector<MacUpdate> found;
  visit(s, [&](const Stmt &x) {
    if (auto *st = x->as<Store>()) {
      if (auto m = matchMacUpdate(x))
        found.push_back(*m);
      else if (other)
        other->push_back(st);
    }
  });
  return found;
}

Chain peelChain(const Stmt &s, bool throughLoops) {
  Chain chain;
  Stmt cursor = s;
  for (;;) {
    if (auto *f = cursor->as<For>(); f && throughLoops) {
      chain.loops.push_back(f);
      cursor = f->body;
    } else if (auto *l = cursor->as<Let>()) {
      chain.wrappers.push_back(cursor);
      cursor = l->body;
    } else if (auto *i = cursor->as<IfThenElse>(); i && !i->elseCase) {
      chain.wrappers.push_back(cursor);
      cursor = i->thenCase;
    } else {
      break;
    }
  }
  chain.leaf = cursor;
  return chain;
}

Stmt rewrap(const std::vector<Stmt> &wrappers, Stmt inner) {
  for (auto it = wrappers.rbegin(); it != wrappers.rend(); ++it) {
    if (auto *l = (*it)->as<Let>())
      inner = let(l->var, l->value, inner);
    else
      inner = ifThenElse((*it)->as<IfThenElse>()->condition, inner);
  }
  return inner;
}

} // namespace loom::schedule::detail
