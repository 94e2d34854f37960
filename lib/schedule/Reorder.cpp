// reorder: permute a perfectly nested band of loops.
#include "LoopChecks.h"
#include "loom/schedule/Primitives.h"

#include <set>

namespace loom::schedule {

using namespace ir;
using namespace detail;

Expected<Kernel> reorder(const Kernel &k, const std::vector<std::string> &order) {
  std::set<std::string> wanted(order.begin(), order.end());
  if (wanted.size() != order.size())
    return Error{"reorder names a loop twice"};
  for (const auto &n : order)
    if (!findLoop(k.body, n))
      return Error{fmt::format("no loop '{}' in the nest", n)};
  // The band starts at the outermost of the named loops: walk down from it through exactly the
  // named loops, each being the whole body of the previous one.
  const For *outermost = nullptr;
  for (const auto &n : loopNames(k.body))
    if (wanted.count(n)) {
      outermost = findLoop(k.body, n);
      break;
    }
  std::vector<const For *> band;
  const For *f = outermost;
  while (f && wanted.count(f->var)) {
    band.push_back(f);
    const For *next = f->body->as<For>();
    if (band.size() < order.size() && (!next || !wanted.count(next->var)))
      return Error{fmt::format("loops '{}' and the rest of [{}] are not perfectly nested: "
                               "something other than a loop of the band is the body of '{}'",
                               f->var, fmt::join(order, " "), f->var)};
    f = next;
  }
  if (band.size() != order.size())
    return Error{fmt::format("loops [{}] do not form one band", fmt::join(order, " "))};
  for (const For *l : band)
    for (const auto &n : order)
      if (usesVar(l->min, n) || usesVar(l->extent, n))
        return Error{fmt::format("the bounds of loop '{}' depend on loop '{}'", l->var, n)};
  Stmt body = band.back()->body;
  for (auto it = order.rbegin(); it != order.rend(); ++it) {
    const For *l = nullptr;
    for (const For *b : band)
      if (b->var == *it)
        l = b;
    body = forLoop(l->var, l->min, l->extent, body, l->kind);
  }
  return withBody(k, replaceLoop(k.body, band.front()->var, [&](const For &) { return body; }));
}

} // namespace loom::schedule
