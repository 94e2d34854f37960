// Dispatch over Op: one std::visit per concern over the per-op overload sets (OpOverloads.h).
#include "loom/ops/Op.h"

#include "OpOverloads.h"
#include "loom/ir/RowPitch.h"

#include <algorithm>

namespace loom::ops {

using namespace overloads;

std::string opName(const Op &op) {
  return std::visit([](const auto &p) -> std::string { return nameOf(p); }, op);
}

Status validate(const Op &op) {
  return std::visit([](const auto &p) { return validate(p); }, op);
}

Expected<ir::Kernel> buildNest(const Op &op, const std::string &name) {
  return std::visit([&](const auto &p) { return nestOf(p, name); }, op);
}

bool rowsAtPitch(const Op &op, ir::BufferRole role, int64_t rowElements) {
  if (const auto *c = std::get_if<ConcatParams>(&op); c && c->inputCount() > kMaxConcatInputs)
    return false; // several kernel calls, each writing its own columns of the output
  auto nest = buildNest(op, "rows");
  if (!nest)
    return false;
  const auto hasRole = [&](const ir::Buffer &b) { return b->role == role; };
  const auto &args = nest->arguments;
  const auto arg = std::find_if(args.begin(), args.end(), hasRole);
  return std::count_if(args.begin(), args.end(), hasRole) == 1 &&
         (*arg)->type == ir::ScalarType::I8 &&
         ir::withRowPitch(*nest, (*arg)->name, rowElements, rowElements).ok();
}

std::optional<AnyOp> scheduledOp(const Op &op) {
  return std::visit(
      [](const auto &p) -> std::optional<AnyOp> {
        if constexpr (std::is_constructible_v<AnyOp, decltype(p)>)
          return AnyOp{p};
        else
          return std::nullopt;
      },
      op);
}

int64_t macs(const Op &op) {
  if (const auto kernel = scheduledOp(op))
    return macs(*kernel);
  return std::visit(
      [](const auto &p) -> int64_t {
        if constexpr (requires { p.macs(); })
          return p.macs();
        else
          return 0;
      },
      op);
}

int activationInputs(const Op &op) {
  return std::visit(
      [](const auto &p) {
        if constexpr (requires { p.operands.constant2; })
          return p.operands.constant2.empty() ? 2 : 1;
        else if constexpr (requires { p.inputCount(); })
          return p.inputCount();
        else
          return 1;
      },
      op);
}

bool runReference(const Op &op, const std::vector<const uint8_t *> &inputs, uint8_t *output) {
  return std::visit([&](const auto &p) { return referenceOf(p, inputs, output); }, op);
}

} // namespace loom::ops
