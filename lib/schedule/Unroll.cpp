// unroll: mark a loop for full unrolling (or split it and unroll the inner part).
#include "LoopChecks.h"
#include "loom/schedule/Primitives.h"

namespace loom::schedule {

using namespace ir;
using namespace detail;

namespace {
constexpr int64_t kMaxFullUnroll = 64; // beyond this, code size outgrows any gain on an MCU
} // namespace

Expected<Kernel> unroll(const Kernel &k, const std::string &name, int64_t factor) {
  auto loop = constantLoop(k, name);
  if (!loop)
    return loop.error();
  std::string target = name;
  Kernel current = k;
  if (factor) {
    // The factor is checked here so that the message names unroll, not the split it uses.
    if (factor < 2 || factor > loop->extent)
      return Error{fmt::format("unroll factor {} of loop '{}' must be in [2, {}] (the loop's "
                               "extent)",
                               factor, name, loop->extent)};
    auto s = split(k, name, factor, loop->extent % factor == 0 ? Tail::Exact : Tail::Guard);
    if (!s)
      return s.error();
    current = std::move(*s);
    target = name + ".i";
  } else if (loop->extent > kMaxFullUnroll) {
    return Error{fmt::format("loop '{}' has extent {}: too large to unroll fully (at most {}); "
                             "give a factor",
                             name, loop->extent, kMaxFullUnroll)};
  }
  return withBody(current, replaceLoop(current.body, target, [&](const For &f) {
                    return forLoop(f.var, f.min, f.extent, f.body, LoopKind::Unrolled);
                  }));
}

} // namespace loom::schedule
