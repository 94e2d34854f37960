// simd_lanes: four independent MACs, one per byte lane of a word, for an unrolled loop of extent
// 4 over a contiguous int8 dimension that also indexes the accumulators (the channels of a
// depthwise convolution). The word is unpacked with SXTAB16, which adds the negated input zero
// point in the same instruction, and each lane accumulates with SMLABB / SMLATT. An input that
// does not depend on the lane (a depthwise convolution with a depth multiplier: four output
// channels of one input channel) is broadcast: its byte is placed in bytes 0 and 2 of a word, so
// that one SXTAB16 gives (x - zp) in both halfwords for all four lanes.
#include "Accumulation.h"
#include "LoopChecks.h"
#include "loom/ir/Intrinsics.h"
#include "loom/ir/Printer.h"
#include "loom/schedule/Primitives.h"

namespace loom::schedule {

using namespace ir;
using namespace detail;

namespace {

// index == base + lane (what split builds); returns base.
Expr laneBase(const Expr &index, const std::string &lane) {
  if (auto *v = index->as<Var>(); v && v->name == lane)
    return i32(0);
  auto *add = index->as<Binary>();
  if (!add || add->op != BinaryOp::Add)
    return nullptr;
  if (auto *v = add->b->as<Var>(); v && v->name == lane && !usesVar(add->a, lane))
    return add->a;
  return nullptr;
}

Expr packedAt(const Expr &load, const Expr &base) {
  auto *l = load->as<Load>();
  std::vector<Expr> indices = l->indices;
  indices.back() = base;
  return std::make_shared<const ExprNode>(ExprNode{ScalarType::I32, Load{l->buffer, indices}});
}

Expr dsp(std::string_view f, std::vector<Expr> args) {
  return call(std::string(f), ScalarType::I32, std::move(args));
}

} // namespace

Expected<Kernel> simdLanes(const Kernel &k, const std::string &name) {
  auto loop = constantLoop(k, name);
  if (!loop)
    return loop.error();
  if (loop->extent != 4 || loop->min != 0)
    return Error{
        fmt::format("loop '{}' must run over exactly the 4 byte lanes of a word [0, 4)", name)};
  Chain chain = peelChain(loop->loop->body, false);
  const std::vector<Stmt> &wrappers = chain.wrappers;
  const Stmt &cursor = chain.leaf;
  auto mac = matchMacUpdate(cursor);
  if (!mac)
    return Error{fmt::format("the body of loop '{}' is not one multiply-accumulate", name)};
  if (mac->wideInput())
    return Error{
        fmt::format("loop '{}' reads an int16 input: simd_lanes unpacks int8 words", name)};
  for (const auto &w : wrappers) {
    const Expr &e = w->as<Let>() ? w->as<Let>()->value : w->as<IfThenElse>()->condition;
    if (usesVar(e, name))
      return Error{fmt::format("'{}' depends on lane loop '{}'", toString(e), name)};
  }
  if (mac->zeroPoint < -128 || mac->zeroPoint > 127)
    return Error{"the input zero point is not an int8 value"};
  Expr bases[2];
  const Expr operands[2] = {mac->input, mac->weight};
  const bool broadcast = !usesVar(mac->input, name);
  for (int i = broadcast ? 1 : 0; i < 2; ++i) {
    auto *l = operands[i]->as<Load>();
    bases[i] = laneBase(l->indices.back(), name);
    if (!bases[i] || l->buffer->strides.back() != 1)
      return Error{
          fmt::format("'{}' is not contiguous in lane loop '{}'", toString(operands[i]), name)};
    for (size_t d = 0; d + 1 < l->indices.size(); ++d)
      if (usesVar(l->indices[d], name))
        return Error{
            fmt::format("'{}' uses '{}' outside its last dimension", toString(operands[i]), name)};
  }
  const Store *update = mac->store;
  int laneDim = -1;
  for (size_t d = 0; d < update->indices.size(); ++d) {
    if (auto *v = update->indices[d]->as<Var>(); v && v->name == name)
      laneDim = static_cast<int>(d);
    else if (usesVar(update->indices[d], name))
      laneDim = -2;
  }
  if (laneDim < 0)
    return Error{fmt::format("the accumulator is not indexed by lane loop '{}' alone", name)};

  // Both halfwords of the offset hold -zp, so SXTAB16 yields (x - zp) for two lanes at once.
  const int64_t negated = static_cast<uint16_t>(static_cast<int16_t>(-mac->zeroPoint));
  const Expr offset = i32(static_cast<int32_t>((negated << 16) | negated));
  const std::string wordX = name + ".x", wordW = name + ".w";
  Expr x = var(wordX), w = var(wordW);
  Expr evenX = dsp(kSxtab16, {offset, x}),
       oddX = broadcast ? evenX : dsp(kSxtab16Ror8, {offset, x});
  Expr evenW = dsp(kSxtb16, {w}), oddW = dsp(kSxtb16Ror8, {w});
  std::vector<Stmt> lanes;
  // Byte lane 0/2 are the low/high halves of the even unpack, 1/3 of the odd one.
  const std::pair<Expr, Expr> unpacked[4] = {
      {evenX, evenW}, {oddX, oddW}, {evenX, evenW}, {oddX, oddW}};
  for (int lane = 0; lane < 4; ++lane) {
    std::vector<Expr> idx = update->indices;
    idx[laneDim] = i32(lane);
    lanes.push_back(
        store(update->buffer, idx,
              dsp(lane < 2 ? kSmlabb : kSmlatt,
                  {unpacked[lane].first, unpacked[lane].second, load(update->buffer, idx)})));
  }
  // The broadcast word: the zero-extended byte in bytes 0 and 2.
  Expr inputWord =
      broadcast ? binary(BinaryOp::And, cast(ScalarType::I32, mac->input), i32(0xFF)) * i32(0x10001)
                : packedAt(mac->input, bases[0]);
  Stmt body = let(wordX, inputWord, let(wordW, packedAt(mac->weight, bases[1]), block(lanes)));
  body = rewrap(wrappers, body);
  return withBody(k, replaceLoop(k.body, name, [&](const For &) { return body; }));
}

} // namespace loom::schedule
