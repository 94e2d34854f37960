// Reference FullyConnected, after TFLite reference_integer_ops::FullyConnectedPerChannel
// (int8 weights are symmetric, so filter_offset is 0).
#include "OutputStage.h"

namespace loom::ops::reference {

void fullyConnected(const FullyConnectedParams &p, const int8_t *input, int8_t *output) {
  const int32_t inputOffset = -p.inputZeroPoint;
  for (int b = 0; b < p.batches; ++b) {
    for (int out = 0; out < p.outputSize; ++out) {
      int32_t acc = 0;
      for (int d = 0; d < p.inputSize; ++d) {
        const int32_t x = input[b * p.inputSize + d];
        const int32_t w = p.weights[out * p.inputSize + d];
        // TFLite: (filter_val + filter_offset) * (input_val + input_offset)
        acc = detail::wrappingAdd(acc, w * (x + inputOffset));
      }
      acc = detail::wrappingAdd(acc, p.bias[out]);
      output[b * p.outputSize + out] = detail::outputStage(acc, p.output, out);
    }
  }
}

} // namespace loom::ops::reference
