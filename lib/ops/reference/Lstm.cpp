// Reference integer LSTM after TFLite Micro's lstm_eval.h (LstmStep): gate by gate as vectors over
// all units, in its order (forget, input, cell gate, cell update, output gate, hidden update),
// with reference_integer_ops' FullyConnected (int16 out), MulElementwise, Logistic and Tanh.
#include "loom/ops/Lstm.h"
#include "loom/ops/Reference.h"

#include <algorithm>
#include <cstdlib>
#include <vector>

namespace loom::ops::reference {

namespace {

int32_t clamp16(int32_t x) { return std::min<int32_t>(32767, std::max<int32_t>(-32768, x)); }

// reference_integer_ops::FullyConnected with int16 output (output offset 0, int16 range).
void fullyConnected16(const int8_t *x, int32_t inputOffset, const int8_t *w, const int32_t *bias,
                      int inputs, int outputs, QuantizedMultiplier q, int16_t *out) {
  for (int o = 0; o < outputs; ++o) {
    int32_t acc = 0;
    for (int d = 0; d < inputs; ++d)
      acc += static_cast<int32_t>(w[o * inputs + d]) * (static_cast<int32_t>(x[d]) + inputOffset);
    if (bias)
      acc += bias[o];
    out[o] =
        static_cast<int16_t>(clamp16(multiplyByQuantizedMultiplier(acc, q.multiplier, q.shift)));
  }
}

template <typename Out>
void mulElementwise(int n, const int16_t *a, const int16_t *b, QuantizedMultiplier q,
                    int32_t outputOffset, int32_t lo, int32_t hi, Out *out) {
  for (int i = 0; i < n; ++i) {
    const int32_t y = outputOffset + multiplyByQuantizedMultiplier(int32_t{a[i]} * int32_t{b[i]},
                                                                   q.multiplier, q.shift);
    out[i] = static_cast<Out>(std::min(hi, std::max(lo, y)));
  }
}

void gate(const LstmParams &p, const LstmGateParams &g, const int8_t *x, const int8_t *hidden,
          bool tanhActivation, int16_t *out) {
  std::vector<int16_t> recurrent(static_cast<size_t>(p.units));
  fullyConnected16(x, -p.inputZeroPoint, g.inputWeights.data(), g.bias.data(), p.inputSize, p.units,
                   g.inputScale, out);
  fullyConnected16(hidden, -p.hiddenZeroPoint, g.recurrentWeights.data(), nullptr, p.units, p.units,
                   g.recurrentScale, recurrent.data());
  for (int u = 0; u < p.units; ++u) {
    const int16_t sum = static_cast<int16_t>(clamp16(int32_t{out[u]} + recurrent[u]));
    // TFLite's LSTM Tanh with cell_state_scale_power -12: no rescaling (multiplier 0, shift 0).
    out[u] = tanhActivation ? tanh16(sum, 0, 0) : logistic16(sum, 0, 0);
  }
}

// The int16 Logistic/Tanh input rescale: multiplier 0 means 3 << shift (TFLM's Prepare sets
// that for power-of-two input scales), applied with a rounding right shift.
int32_t tableInput(int16_t x, int32_t inputMultiplier, int32_t inputLeftShift) {
  if (inputMultiplier == 0) {
    inputMultiplier = 3 << inputLeftShift;
    inputLeftShift = 0;
  }
  const int32_t round = inputLeftShift > 0 ? 1 << (inputLeftShift - 1) : 0;
  return (x * inputMultiplier + round) >> inputLeftShift;
}

} // namespace

int16_t logistic16(int16_t x, int32_t inputMultiplier, int32_t inputLeftShift) {
  const int32_t v = tableInput(x, inputMultiplier, inputLeftShift);
  const uint32_t a = static_cast<uint32_t>(std::abs(v));
  const uint32_t uh = a >> 9;
  uint32_t result;
  if (uh >= 255) {
    result = 0x7FFFu << 10;
  } else {
    const uint32_t ua = kSigmoidTable[uh], ub = kSigmoidTable[uh + 1];
    result = (ua << 9) + (a & 0x1ff) * (ub - ua);
  }
  result = v >= 0 ? result + (1u << 9) : (1u << (16 + 9)) - result + (1u << 9) - 1;
  return static_cast<int16_t>(result >> 10);
}

int16_t tanh16(int16_t x, int32_t inputMultiplier, int32_t inputLeftShift) {
  const int32_t v = tableInput(x, inputMultiplier, inputLeftShift);
  const uint32_t a = static_cast<uint32_t>(std::abs(v));
  const uint32_t uh = a >> 8;
  int32_t result;
  if (uh >= 255) {
    result = 0xFFFF << 8;
  } else {
    const uint32_t ua = kSigmoidTable[uh], ub = kSigmoidTable[uh + 1];
    result = static_cast<int32_t>((ua << 8) + (a & 0xFF) * (ub - ua));
  }
  result = v >= 0 ? result - (1 << (14 + 9)) + (1 << (9 - 2))
                  : -result + (1 << (14 + 9)) + (1 << (9 - 2)) - 1;
  return static_cast<int16_t>(result >> (9 - 1));
}

void lstm(const LstmParams &p, const int8_t *input, int8_t *output, int8_t *hidden, int16_t *cell) {
  const size_t U = static_cast<size_t>(p.units);
  std::vector<int16_t> forget(U), inputGate(U), cellGate(U), outputGate(U), buffer(U);
  // The Tanh of the cell state: its scale 2^power rescaled to the Q3.12 table input.
  int32_t tanhShift = 15 + p.cellScalePower - 3, tanhMultiplier = 0;
  if (tanhShift < 0) {
    tanhShift = -tanhShift;
    tanhMultiplier = 3;
  }
  for (int t = 0; t < p.timeSteps; ++t) {
    const int8_t *x = input + static_cast<size_t>(t) * static_cast<size_t>(p.inputSize);
    gate(p, p.gates[LstmParams::ForgetGate], x, hidden, false, forget.data());
    gate(p, p.gates[LstmParams::InputGate], x, hidden, false, inputGate.data());
    gate(p, p.gates[LstmParams::CellGate], x, hidden, p.cellGateTanh, cellGate.data());
    mulElementwise(p.units, forget.data(), cell, p.forgetTimesCell, 0, -32768, 32767, cell);
    mulElementwise(p.units, inputGate.data(), cellGate.data(), p.inputTimesCellGate, 0, -32768,
                   32767, buffer.data());
    for (size_t u = 0; u < U; ++u) {
      cell[u] = static_cast<int16_t>(clamp16(int32_t{cell[u]} + buffer[u]));
      if (p.cellClip > 0)
        cell[u] =
            std::max<int16_t>(std::min(p.cellClip, cell[u]), static_cast<int16_t>(-p.cellClip));
    }
    gate(p, p.gates[LstmParams::OutputGate], x, hidden, false, outputGate.data());
    for (size_t u = 0; u < U; ++u)
      buffer[u] = tanh16(cell[u], tanhMultiplier, tanhShift);
    mulElementwise(p.units, buffer.data(), outputGate.data(), p.outputTimesTanhCell,
                   p.hiddenZeroPoint, -128, 127, hidden);
    std::copy(hidden, hidden + U, output + static_cast<size_t>(t) * U);
  }
}

} // namespace loom::ops::reference
