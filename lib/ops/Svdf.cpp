// SVDF as a loop nest. TFLite Micro shifts the whole state, runs the feature layer over all
// filters, then the time layer; each filter only ever touches its own `memory` values, so the nest
// does all three per filter (the same arithmetic per element) and sums a unit's filters as it
// goes. The input zero point is folded into a per-filter bias, so the feature reduction is a
// plain int8 dot product the schedules vectorise.
#include "loom/ops/Svdf.h"
#include "NestParts.h"
#include "OpChecks.h"

#include <fmt/format.h>

namespace loom::ops {

using namespace ir;
using namespace detail;

int64_t SvdfParams::macs() const { return int64_t{filters()} * (inputSize + memory); }

Status validate(const SvdfParams &p) {
  const std::string op = "Svdf";
  return firstError(
      {checkPositive(op, "input size", p.inputSize), checkPositive(op, "units", p.units),
       checkPositive(op, "rank", p.rank), checkPositive(op, "memory", p.memory),
       checkInt8(op, "input zero point", p.inputZeroPoint),
       checkInt8(op, "output zero point", p.outputZeroPoint),
       checkElements(op, "feature weights", {p.units, p.rank, p.inputSize}),
       checkElements(op, "state", {p.units, p.rank, p.memory}),
       checkSize(op, "feature weights", p.featureWeights.size(),
                 int64_t{p.filters()} * p.inputSize),
       checkSize(op, "time weights", p.timeWeights.size(), int64_t{p.filters()} * p.memory),
       checkSize(op, "bias", p.bias.size(), p.units),
       checkShift(op, "feature", p.featureScale.shift),
       checkShift(op, "output", p.outputScale.shift)});
}

Expected<Kernel> buildSvdf(const SvdfParams &p, const std::string &name) {
  if (auto s = validate(p); !s)
    return s.error();
  const int64_t I = p.inputSize, U = p.units, R = p.rank, M = p.memory;
  Buffer input = makeBuffer("input", ScalarType::I8, {I}, {"i"}, BufferRole::Input);
  Buffer output = makeBuffer("output", ScalarType::I8, {U}, {"u"}, BufferRole::Output);
  Buffer state =
      makeBuffer("state", ScalarType::I16, {U, R, M}, {"u", "r", "m"}, BufferRole::InOut);
  std::vector<int64_t> featureBias;
  for (int64_t f = 0; f < U * R; ++f) {
    int64_t sum = 0;
    for (int64_t i = 0; i < I; ++i)
      sum += p.featureWeights[static_cast<size_t>(f * I + i)];
    // Equal to the accumulator's int32 sum modulo 2^32, as TFLite's own arithmetic wraps.
    featureBias.push_back(
        static_cast<int32_t>(static_cast<uint32_t>(-int64_t{p.inputZeroPoint} * sum)));
  }
  Buffer featureWeights = makeWeightBuffer(p.featureWeights, {U, R, I}, {"u", "r", "i"});
  Buffer timeWeights = makeConstantBuffer(
      "time_weights", ScalarType::I16, {U, R, M}, {"u", "r", "m"}, BufferRole::Weight,
      std::vector<int64_t>(p.timeWeights.begin(), p.timeWeights.end()));
  Buffer filterBias = makeConstantBuffer("feature_bias", ScalarType::I32, {U, R}, {"u", "r"},
                                         BufferRole::Bias, featureBias);
  Buffer bias = makeConstantBuffer("bias", ScalarType::I32, {U}, {"u"}, BufferRole::Bias,
                                   std::vector<int64_t>(p.bias.begin(), p.bias.end()));
  Buffer acc = makeAccumulator();
  Buffer unitSum = makeBuffer("unit_sum", ScalarType::I32, {1}, {"x"}, BufferRole::Local);
  Expr u = var("u"), r = var("r"), m = var("m"), i = var("i"), zero = i32(0);

  Stmt shift = forLoop("m", zero, i32(M - 1), store(state, {u, r, m}, load(state, {u, r, m + 1})));
  Expr feature = multiplyByQuantizedMultiplier(load(acc, {zero}), p.featureScale.multiplier,
                                               p.featureScale.shift);
  Stmt featureLayer = allocate(
      acc, block({store(acc, {zero}, load(filterBias, {u, r})),
                  forLoop("i", zero, i32(I),
                          accumulate(acc, load(input, {i}), load(featureWeights, {u, r, i}), 0)),
                  store(state, {u, r, i32(M - 1)},
                        cast(ScalarType::I16, min(max(feature, i32(-32768)), i32(32767))))}));
  Stmt timeLayer =
      forLoop("m", zero, i32(M),
              accumulate(unitSum, load(state, {u, r, m}), load(timeWeights, {u, r, m}), 0));
  Expr y = offset(multiplyByQuantizedMultiplier(load(unitSum, {zero}), p.outputScale.multiplier,
                                                p.outputScale.shift),
                  -p.outputZeroPoint);
  Stmt unit = allocate(unitSum, block({store(unitSum, {zero}, load(bias, {u})),
                                       forLoop("r", zero, i32(R),
                                               M > 1 ? block({shift, featureLayer, timeLayer})
                                                     : block({featureLayer, timeLayer})),
                                       store(output, {u}, clampToByte(y, -128, 127))}));
  return Kernel{name,
                {input, output, state},
                forLoop("u", zero, i32(U), unit),
                fmt::format("Svdf {} -> {} units, rank {}, memory {}", I, U, R, M)};
}

} // namespace loom::ops
