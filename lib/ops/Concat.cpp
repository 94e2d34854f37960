// The CONCATENATION nest: per input, a copy of its [outer][axis_k * inner] rows into the output
// columns from offset_k * inner (after the part's axisBefore rows).
#include "loom/ops/Concat.h"
#include "NestParts.h"
#include "OpChecks.h"

#include <fmt/format.h>

#include <algorithm>
#include <numeric>

namespace loom::ops {

using namespace ir;
using namespace detail;

int64_t ConcatParams::outputAxis() const {
  return std::accumulate(axisSizes.begin(), axisSizes.end(), axisBefore + axisAfter);
}

Status validate(const ConcatParams &p) {
  const std::string op = "Concat";
  if (p.inputCount() < 1)
    return Error{fmt::format("{}: 0 inputs", op)};
  if (p.axisBefore < 0 || p.axisAfter < 0)
    return Error{fmt::format("{}: negative axis rows around the part ({} before, {} after)", op,
                             p.axisBefore, p.axisAfter)};
  for (int64_t a : p.axisSizes)
    if (auto s = checkPositive(op, "an input's axis size", a); !s)
      return s;
  return firstError({checkPositive(op, "outer size", p.outer),
                     checkPositive(op, "inner size", p.inner),
                     checkElements(op, "output", {p.outer, p.outputAxis(), p.inner})});
}

std::optional<ConcatPlacement> inputPlacement(const ConcatParams &p) {
  if (!validate(p) || p.axisBefore != 0 || p.axisAfter != 0)
    return std::nullopt;
  ConcatPlacement placement{p.outer, p.outputAxis() * p.inner, {}, {}};
  int64_t at = 0;
  for (int64_t size : p.axisSizes) {
    placement.starts.push_back(at * p.inner);
    placement.lengths.push_back(size * p.inner);
    at += size;
  }
  return placement;
}

std::vector<ConcatParams> concatParts(const ConcatParams &p) {
  std::vector<ConcatParams> parts;
  int64_t before = p.axisBefore, rest = p.outputAxis() - p.axisBefore;
  for (size_t first = 0; first < p.axisSizes.size(); first += kMaxConcatInputs) {
    ConcatParams part = p;
    part.axisSizes.assign(p.axisSizes.begin() + static_cast<long>(first),
                          p.axisSizes.begin() + static_cast<long>(std::min(first + kMaxConcatInputs,
                                                                           p.axisSizes.size())));
    const int64_t own = std::accumulate(part.axisSizes.begin(), part.axisSizes.end(), int64_t{0});
    part.axisBefore = before, part.axisAfter = rest - own;
    before += own, rest -= own;
    parts.push_back(std::move(part));
  }
  return parts;
}

Expected<Kernel> buildConcat(const ConcatParams &p, const std::string &name) {
  if (auto s = validate(p); !s)
    return s.error();
  if (p.inputCount() > kMaxConcatInputs)
    return Error{fmt::format("Concat: {} inputs in one kernel (at most {}: a kernel takes four "
                             "buffers; concatParts splits the concatenation)",
                             p.inputCount(), kMaxConcatInputs)};
  const int64_t width = p.outputAxis() * p.inner;
  std::vector<Buffer> args;
  for (int k = 0; k < p.inputCount(); ++k)
    args.push_back(makeBuffer(fmt::format("input{}", k + 1), ScalarType::I8,
                              {p.outer, p.axisSizes[static_cast<size_t>(k)] * p.inner}, {"o", "j"},
                              BufferRole::Input));
  Buffer out =
      makeBuffer("output", ScalarType::I8, {p.outer, width}, {"o", "j"}, BufferRole::Output);
  Expr o = var("o"), j = var("j");
  std::vector<Stmt> copies;
  int64_t offset = p.axisBefore * p.inner;
  for (int k = 0; k < p.inputCount(); ++k) {
    const int64_t columns = p.axisSizes[static_cast<size_t>(k)] * p.inner;
    copies.push_back(forLoop(
        "j", i32(0), i32(columns),
        store(out, {o, offset ? j + offset : j}, load(args[static_cast<size_t>(k)], {o, j}))));
    offset += columns;
  }
  args.push_back(out);
  return Kernel{name, args, forLoop("o", i32(0), i32(p.outer), block(copies)),
                p.axisBefore || p.axisAfter
                    ? fmt::format("Concat {} inputs into axis rows {}..{} of {} x {} x {}",
                                  p.inputCount(), p.axisBefore, p.outputAxis() - p.axisAfter,
                                  p.outer, p.outputAxis(), p.inner)
                    : fmt::format("Concat {} inputs, {} x {} x {}", p.inputCount(), p.outer,
                                  p.outputAxis(), p.inner)};
}

} // namespace loom::ops
