// layout requant interleaved: the per-channel constant tables of a kernel (bias, multiplier,
// shift, rounding offset... every rank-1 bias or quantization table over the output channels)
// become one int32 table [channel][table], so a channel's constants are neighbouring words behind
// one base address. Separate tables each need a base register (or a MOVW/MOVT pair LLVM
// rematerialises inside the loop) and a register-blocked pointwise kernel runs out of registers:
// its expanded inputs then spill. Values are unchanged; int8 tables are widened to int32 and their
// reads narrowed back, so the arithmetic is the same and only the flash of those tables grows.
#include "LoopChecks.h"
#include "loom/ir/Printer.h"
#include "loom/schedule/Primitives.h"

#include <map>

namespace loom::schedule {

using namespace ir;
using namespace detail;

Expected<Kernel> interleaveChannelTables(const Kernel &k) {
  std::vector<Buffer> tables;
  for (const Buffer &b : k.constantBuffers())
    if ((b->role == BufferRole::Bias || b->role == BufferRole::Quantization) &&
        b->shape.size() == 1 && b->isDense() &&
        (b->type == ScalarType::I8 || b->type == ScalarType::I16 || b->type == ScalarType::I32))
      tables.push_back(b);
  if (tables.size() < 2)
    return Error{fmt::format("the kernel has {} per-channel table(s) (bias, multipliers, shifts); "
                             "interleaving needs two or more",
                             tables.size())};
  const int64_t channels = tables.front()->shape[0];
  for (const Buffer &b : tables)
    if (b->shape[0] != channels || b->dimNames != tables.front()->dimNames)
      return Error{fmt::format("the per-channel tables '{}' ({} over '{}') and '{}' ({} over '{}') "
                               "are not over the same channels",
                               tables.front()->name, channels, tables.front()->dimNames[0], b->name,
                               b->shape[0], b->dimNames[0])};
  std::map<const BufferNode *, int64_t> column;
  const auto width = static_cast<int64_t>(tables.size());
  std::vector<int64_t> data(static_cast<size_t>(channels * width));
  for (int64_t t = 0; t < width; ++t) {
    column[tables[static_cast<size_t>(t)].get()] = t;
    for (int64_t c = 0; c < channels; ++c)
      data[static_cast<size_t>(c * width + t)] =
          tables[static_cast<size_t>(t)]->constantData[static_cast<size_t>(c)];
  }
  const Buffer interleaved =
      makeConstantBuffer("channel_constants", ScalarType::I32, {channels, width},
                         {tables.front()->dimNames[0], "table"}, BufferRole::Quantization, data);
  std::optional<Error> refused;
  Stmt body = mutate(k.body, nullptr, [&](const Expr &e) -> Expr {
    auto *l = e->as<Load>();
    if (!l || !column.count(l->buffer.get()))
      return e;
    if (e->type != l->buffer->type) {
      refused = Error{fmt::format("'{}' reads several elements of '{}' at once; interleaving would "
                                  "split them",
                                  toString(e), l->buffer->name)};
      return e;
    }
    Expr wide = load(interleaved, {l->indices[0], i32(column.at(l->buffer.get()))});
    return e->type == ScalarType::I32 ? wide : cast(e->type, wide);
  });
  if (refused)
    return *refused;
  return withBody(k, body);
}

} // namespace loom::schedule
