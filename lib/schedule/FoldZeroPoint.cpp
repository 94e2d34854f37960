// fold_zero_point: sum(w * (x - zp)) = sum(w * x) - zp * sum(w), so the input zero point moves
// into the bias at generation time and the reduction multiplies raw int8 inputs.
//
// A constant channel (detail::constantChannel: its output is clamp(zp) whatever it accumulates)
// gets a folded bias of 0: its true bias may be anything (exports store -2^31 + 1 in dead
// channels), and folding it could leave int32 and cost the whole layer the fold.
#include "Accumulation.h"
#include "LoopChecks.h"
#include "Requantization.h"
#include "loom/ir/Printer.h"
#include "loom/schedule/Primitives.h"

namespace loom::schedule {

using namespace ir;
using namespace detail;

Expected<Kernel> foldZeroPoint(const Kernel &k) {
  std::optional<AccumulatorSite> site;
  bool guarded = false;
  visit(k.body, [&](const Stmt &s) {
    if (!site)
      site = matchAccumulator(s);
  });
  if (!site)
    return Error{"no accumulator (allocate acc; init; reduction; store) in the nest"};
  visit(site->reduction, [&](const Stmt &s) { guarded |= s->as<IfThenElse>() != nullptr; });
  if (guarded)
    return Error{"the reduction is guarded by padding checks: padded taps would then count as "
                 "-zp * w; fold only unpadded reductions"};
  auto updates = findMacUpdates(site->reduction, nullptr);
  if (updates.size() != 1)
    return Error{
        fmt::format("expected one multiply-accumulate in the reduction, found {}", updates.size())};
  const MacUpdate &mac = updates.front();
  if (mac.wideInput())
    return Error{"the reduction reads an int16 copy of the input (its zero point is subtracted "
                 "there)"};
  if (!mac.hasZeroPoint)
    return Error{"the input zero point is already folded (or zero)"};

  // The bias is indexed by the channel; the weight dimension indexed by the same expression is
  // the channel dimension, and every other weight dimension is reduced over.
  auto *biasLoad = site->init->value->as<Load>();
  if (!biasLoad || !biasLoad->buffer->isConstant() || biasLoad->indices.size() != 1)
    return Error{"the accumulator is not initialised from a constant bias"};
  const std::string channel = toString(biasLoad->indices[0]);
  auto *weightLoad = mac.weight->as<Load>();
  const Buffer &weights = weightLoad->buffer;
  if (!weights->isConstant())
    return Error{"the weights are not constant"};
  int channelDim = -1;
  for (size_t d = 0; d < weightLoad->indices.size(); ++d)
    if (toString(weightLoad->indices[d]) == channel)
      channelDim = static_cast<int>(d);
  if (channelDim < 0)
    return Error{fmt::format("no weight dimension is indexed by the channel '{}'", channel)};

  const Buffer &bias = biasLoad->buffer;
  std::vector<int64_t> folded = bias->constantData;
  const int64_t channelStride = weights->strides[channelDim];
  const int64_t channels = weights->shape[channelDim];
  if (channels != bias->elementCount())
    return Error{"the bias and weight channel counts differ"};
  for (int64_t flat = 0; flat < weights->elementCount(); ++flat) {
    const int64_t c = (flat / channelStride) % channels;
    folded[c] -= int64_t{mac.zeroPoint} * weights->constantData[flat];
  }
  const std::vector<bool> constant = constantChannels(k);
  for (size_t c = 0; c < folded.size(); ++c) {
    if (c < constant.size() && constant[c])
      folded[c] = 0;
    else if (folded[c] < INT32_MIN || folded[c] > INT32_MAX)
      return Error{fmt::format("channel {}: the folded bias {} does not fit int32", c, folded[c])};
  }
  Buffer newBias = makeConstantBuffer(bias->name + "_folded", ScalarType::I32, bias->shape,
                                      bias->dimNames, BufferRole::Bias, folded);

  const Store *initStore = site->init, *update = mac.store;
  Stmt body = mutate(k.body, [&](const Stmt &s) -> Stmt {
    auto *st = s->as<Store>();
    if (!st)
      return s;
    // Rebuilt nodes are new objects: recognise the two statements by their printed form.
    if (toString(s) == toString(std::make_shared<const StmtNode>(StmtNode{*initStore})))
      return store(st->buffer, st->indices, load(newBias, biasLoad->indices));
    if (toString(s) == toString(std::make_shared<const StmtNode>(StmtNode{*update})))
      return store(st->buffer, st->indices,
                   load(st->buffer, st->indices) +
                       cast(ScalarType::I32, mac.input) * cast(ScalarType::I32, mac.weight));
    return s;
  });
  Kernel out = withBody(k, body);
  out.macInputMagnitude = 128; // raw int8 inputs: |x| <= 128
  return out;
}

} // namespace loom::schedule
