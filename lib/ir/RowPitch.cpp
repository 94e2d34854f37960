// Re-striding one kernel argument by rows.
#include "loom/ir/RowPitch.h"

#include "loom/ir/Mutate.h"

#include <fmt/format.h>

#include <algorithm>

namespace loom::ir {

Expected<Kernel> withRowPitch(const Kernel &k, const std::string &argument, int64_t rowElements,
                              int64_t pitch) {
  auto it = std::find_if(k.arguments.begin(), k.arguments.end(),
                         [&](const Buffer &b) { return b->name == argument; });
  if (it == k.arguments.end())
    return Error{fmt::format("kernel '{}' has no argument '{}'", k.name, argument)};
  const Buffer old = *it;
  if (!old->isDense())
    return Error{fmt::format("argument '{}' of '{}' is not dense", argument, k.name)};
  if (rowElements < 1 || pitch < rowElements)
    return Error{
        fmt::format("rows of {} elements cannot lie {} elements apart", rowElements, pitch)};
  // The innermost dimensions making up one row.
  size_t d = old->shape.size();
  int64_t row = 1;
  while (d > 0 && row < rowElements)
    row *= old->shape[--d];
  if (row != rowElements)
    return Error{fmt::format("argument '{}' of '{}' ({} elements) has no dimension boundary at "
                             "rows of {} elements",
                             argument, k.name, old->elementCount(), rowElements)};
  auto placed = std::make_shared<BufferNode>(*old);
  for (size_t i = 0; i < d; ++i)
    placed->strides[i] = old->strides[i] / rowElements * pitch;
  const Buffer now = placed;
  Kernel out = k;
  out.arguments[static_cast<size_t>(it - k.arguments.begin())] = now;
  out.body = mutate(
      k.body,
      [&](const Stmt &s) -> Stmt {
        if (auto *st = s->as<Store>(); st && st->buffer == old)
          return store(now, st->indices, st->value);
        return s;
      },
      [&](const Expr &e) -> Expr {
        // A load keeps its own type: vector loads read a word of an int8 buffer.
        if (auto *l = e->as<Load>(); l && l->buffer == old)
          return std::make_shared<const ExprNode>(ExprNode{e->type, Load{now, l->indices}});
        return e;
      });
  return out;
}

} // namespace loom::ir
