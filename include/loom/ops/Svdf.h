// TFLite Micro's integer SVDF (int8 input and feature weights, int16 time weights and state, int32
// bias, int8 output; svdf_common.cc EvalIntegerSvdfReference). The state holds, per filter, the
// last `memory` feature values, oldest first. Per invocation and filter f:
//   state[f] shifts left by one; state[f][memory-1] = sat16(MBQM(sum_i wf[f,i] * (x[i] - zp)))
//   filter[f] = sum_m wt[f,m] * state[f][m]
// and per unit u (filters u*rank .. u*rank+rank-1):
//   output[u] = sat8(MBQM(bias[u] + sum_r filter[u*rank+r]) + output zp)
// TFLite Micro's integer kernel applies no fused activation (the output range does it); the
// state persists across invocations (a TFLite variable tensor) and is updated in place.
#pragma once

#include "loom/ops/Ops.h"

namespace loom::ops {

struct SvdfParams {
  int inputSize = 0, units = 0, rank = 1, memory = 0;
  int32_t inputZeroPoint = 0, outputZeroPoint = 0;
  std::vector<int8_t> featureWeights; // [units * rank][inputSize]
  std::vector<int16_t> timeWeights;   // [units * rank][memory]
  std::vector<int32_t> bias;          // [units] (zeros when the model has none)
  QuantizedMultiplier featureScale{}; // feature accumulator -> state
  QuantizedMultiplier outputScale{};  // unit accumulator -> output

  int filters() const { return units * rank; }
  int64_t macs() const;
};

Status validate(const SvdfParams &p);
// Arguments (input [inputSize] int8, output [units] int8, state [filters][memory] int16); the
// state is read and written.
Expected<ir::Kernel> buildSvdf(const SvdfParams &p, const std::string &name);

namespace reference {
// One invocation: `state` holds the state on entry and is updated.
void svdf(const SvdfParams &p, const int8_t *input, int8_t *output, int16_t *state);
} // namespace reference

} // namespace loom::ops
