// fuse: an outer loop and the inner loop that is its whole body become one loop.
#include "LoopChecks.h"
#include "loom/schedule/Primitives.h"

namespace loom::schedule {

using namespace ir;
using namespace detail;

Expected<Kernel> fuse(const Kernel &k, const std::string &outer, const std::string &inner) {
  auto o = constantLoop(k, outer);
  if (!o)
    return o.error();
  const For *in = o->loop->body->as<For>();
  if (!in || in->var != inner)
    return Error{fmt::format("loop '{}' is not the whole body of loop '{}'", inner, outer)};
  auto i = constantLoop(k, inner);
  if (!i)
    return i.error();
  const std::string fused = outer + "_" + inner;
  if (auto s = freshName(k, fused); !s)
    return s.error();
  Expr f = var(fused);
  Expr outerValue = f / i32(i->extent), innerValue = f % i32(i->extent);
  if (o->min)
    outerValue = outerValue + o->min;
  if (i->min)
    innerValue = innerValue + i->min;
  Stmt body = substitute(in->body, {{outer, outerValue}, {inner, innerValue}});
  Stmt loop = forLoop(fused, i32(0), i32(o->extent * i->extent), body);
  return withBody(k, replaceLoop(k.body, outer, [&](const For &) { return loop; }));
}

} // namespace loom::schedule
