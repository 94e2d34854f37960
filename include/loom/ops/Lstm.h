// TFLite Micro's integer UNIDIRECTIONAL_SEQUENCE_LSTM (int8 activations, int8 weights, int32
// biases, int16 cell state; the "standard" LSTM of kernels/lstm_eval.h: no peephole, projection or
// layer norm). Per time step and gate: an int8 x int8 fully connected layer on the input and one on
// the hidden state, each requantized to int16 in Q3.12, their saturating sum through the int16
// sigmoid or tanh of reference_integer_ops (a 256-entry table with interpolation, Q0.15 out); then
//   cell   = sat16(forget * cell + input * cell_gate)    (two int16 MulElementwise)
//   hidden = int8(tanh(cell) * output)                   (MulElementwise to the hidden state's zp)
// The hidden and cell states persist across invocations (TFLite variable tensors): the kernel
// reads and updates them in place.
#pragma once

#include "loom/ops/Ops.h"

#include <array>

namespace loom::ops {

struct LstmGateParams {
  std::vector<int8_t> inputWeights;     // [units][inputSize]
  std::vector<int8_t> recurrentWeights; // [units][units]
  std::vector<int32_t> bias;            // [units], added to the input layer's accumulator
  QuantizedMultiplier inputScale{}, recurrentScale{}; // accumulator -> Q3.12
};

struct LstmParams {
  enum Gate { InputGate, ForgetGate, CellGate, OutputGate };
  int timeSteps = 1, inputSize = 0, units = 0;
  int32_t inputZeroPoint = 0, hiddenZeroPoint = 0;
  std::array<LstmGateParams, 4> gates; // by Gate
  bool cellGateTanh = true;            // TFLite's fused activation: tanh, or sigmoid
  int cellScalePower = -15;            // the cell state's scale is 2^cellScalePower
  int16_t cellClip = 0;                // quantized clip of the cell state; 0: none
  QuantizedMultiplier forgetTimesCell{}, inputTimesCellGate{}, outputTimesTanhCell{};

  int64_t macs() const;
};

Status validate(const LstmParams &p);
// Arguments (input [timeSteps][inputSize] int8, output [timeSteps][units] int8, hidden state
// [units] int8, cell state [units] int16); the two states are read and written.
Expected<ir::Kernel> buildLstm(const LstmParams &p, const std::string &name);

// TFLite's int16 LOGISTIC / TANH table (sigmoid(i / 24) in Q0.16, i = 0..255) that both integer
// kernels interpolate in.
extern const std::array<uint16_t, 256> kSigmoidTable;

namespace reference {
// reference_integer_ops::Logistic / Tanh on int16 (the LSTM calls them with multiplier 0).
int16_t logistic16(int16_t x, int32_t inputMultiplier, int32_t inputLeftShift);
int16_t tanh16(int16_t x, int32_t inputMultiplier, int32_t inputLeftShift);
// One invocation: `hidden` and `cell` hold the states on entry and are updated.
void lstm(const LstmParams &p, const int8_t *input, int8_t *output, int8_t *hidden, int16_t *cell);
} // namespace reference

} // namespace loom::ops
