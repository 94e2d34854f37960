// UNIDIRECTIONAL_SEQUENCE_LSTM as a loop nest. TFLite Micro computes each gate as a vector over
// all units before the next; every step after the two fully connected layers is elementwise, so
// the nest computes all four gates of one unit together and updates that unit's cell and hidden
// value at once (the same arithmetic per element, no gate vectors). The new hidden values go to
// a local row and the output; the hidden state (read by every unit's recurrent layer) is
// overwritten from that row only when the step is done.
#include "loom/ops/Lstm.h"
#include "FixedPointExpr.h"
#include "NestParts.h"
#include "OpChecks.h"

#include <fmt/format.h>

namespace loom::ops {

using namespace ir;
using namespace detail;

const std::array<uint16_t, 256> kSigmoidTable = {
    32768, 33451, 34133, 34813, 35493, 36169, 36843, 37513, 38180, 38841, 39498, 40149, 40794,
    41432, 42064, 42688, 43304, 43912, 44511, 45102, 45683, 46255, 46817, 47369, 47911, 48443,
    48964, 49475, 49975, 50464, 50942, 51409, 51865, 52311, 52745, 53169, 53581, 53983, 54374,
    54755, 55125, 55485, 55834, 56174, 56503, 56823, 57133, 57433, 57724, 58007, 58280, 58544,
    58800, 59048, 59288, 59519, 59743, 59959, 60168, 60370, 60565, 60753, 60935, 61110, 61279,
    61441, 61599, 61750, 61896, 62036, 62172, 62302, 62428, 62549, 62666, 62778, 62886, 62990,
    63090, 63186, 63279, 63368, 63454, 63536, 63615, 63691, 63765, 63835, 63903, 63968, 64030,
    64090, 64148, 64204, 64257, 64308, 64357, 64405, 64450, 64494, 64536, 64576, 64614, 64652,
    64687, 64721, 64754, 64786, 64816, 64845, 64873, 64900, 64926, 64950, 64974, 64997, 65019,
    65039, 65060, 65079, 65097, 65115, 65132, 65149, 65164, 65179, 65194, 65208, 65221, 65234,
    65246, 65258, 65269, 65280, 65291, 65301, 65310, 65319, 65328, 65337, 65345, 65352, 65360,
    65367, 65374, 65381, 65387, 65393, 65399, 65404, 65410, 65415, 65420, 65425, 65429, 65433,
    65438, 65442, 65445, 65449, 65453, 65456, 65459, 65462, 65465, 65468, 65471, 65474, 65476,
    65479, 65481, 65483, 65485, 65488, 65489, 65491, 65493, 65495, 65497, 65498, 65500, 65501,
    65503, 65504, 65505, 65507, 65508, 65509, 65510, 65511, 65512, 65513, 65514, 65515, 65516,
    65517, 65517, 65518, 65519, 65520, 65520, 65521, 65522, 65522, 65523, 65523, 65524, 65524,
    65525, 65525, 65526, 65526, 65526, 65527, 65527, 65528, 65528, 65528, 65529, 65529, 65529,
    65529, 65530, 65530, 65530, 65530, 65531, 65531, 65531, 65531, 65531, 65532, 65532, 65532,
    65532, 65532, 65532, 65533, 65533, 65533, 65533, 65533, 65533, 65533, 65533, 65534, 65534,
    65534, 65534, 65534, 65534, 65534, 65534, 65534, 65534, 65535};

int64_t LstmParams::macs() const { return int64_t{4} * timeSteps * units * (inputSize + units); }

namespace {

constexpr int64_t kInt16Min = -32768, kInt16Max = 32767;

Expr clamp16(Expr x) { return min(max(std::move(x), i32(kInt16Min)), i32(kInt16Max)); }
Expr widen(Expr x) { return cast(ScalarType::I32, std::move(x)); }
// The int16 cast of reference_integer_ops' `*output = result` (a wrap, never reached in range).
Expr wrap16(Expr x) { return widen(cast(ScalarType::I16, std::move(x))); }

// TFLite's power-of-two form (multiplier 0): the input is multiplied by 3 << shift.
std::pair<int32_t, int32_t> inputScaling(int32_t multiplier, int32_t leftShift) {
  if (multiplier == 0)
    return {3 << leftShift, 0};
  return {multiplier, leftShift};
}

// The part the int16 Logistic and Tanh share: the rescaled input v and the table at |v|, indexed
// in steps of 2^stepBits and interpolated linearly over the low bits (`saturated` past the end).
struct TableValue {
  Expr v, r;
};
TableValue interpolate(LetChain &l, Expr x, const Buffer &table, int32_t multiplier, int32_t shift,
                       int stepBits, int32_t saturated) {
  const auto [m, s] = inputScaling(multiplier, shift);
  const int32_t round = s > 0 ? 1 << (s - 1) : 0;
  Expr v = l.bind("v", binary(BinaryOp::Shr, x * m + i32(round), i32(s)));
  Expr a = l.bind("abs", select(v < i32(0), i32(0) - v, v));
  Expr uh = l.bind("uh", binary(BinaryOp::Shr, a, i32(stepBits)));
  Expr at = l.bind("at", min(uh, i32(254)));
  Expr ua = l.bind("ua", load(table, {at}));
  Expr ub = l.bind("ub", load(table, {at + 1}));
  Expr interpolated = binary(BinaryOp::Shl, ua, i32(stepBits)) +
                      binary(BinaryOp::And, a, i32((1 << stepBits) - 1)) * (ub - ua);
  return {v, l.bind("r", select(uh >= i32(255), i32(saturated), interpolated))};
}

// reference_integer_ops::Logistic (int16): steps of 2^9; the sign folds back as 1 - sigmoid(|x|).
Expr sigmoid16(LetChain &l, Expr x, const Buffer &table, int32_t multiplier, int32_t shift) {
  const auto [v, r] = interpolate(l, std::move(x), table, multiplier, shift, 9, 0x7fff << 10);
  Expr folded = select(v >= i32(0), r + (1 << 9), i32((1 << 25) + (1 << 9) - 1) - r);
  return l.bind("sigmoid", wrap16(binary(BinaryOp::Shr, folded, i32(10))));
}

// reference_integer_ops::Tanh (int16): the same table at twice the input (tanh(x) =
// 2 sigmoid(2x) - 1), steps of 2^8.
Expr tanh16(LetChain &l, Expr x, const Buffer &table, int32_t multiplier, int32_t shift) {
  const auto [v, r] = interpolate(l, std::move(x), table, multiplier, shift, 8, 0xffff << 8);
  Expr folded =
      select(v >= i32(0), r - i32((1 << 23) - (1 << 7)), i32((1 << 23) + (1 << 7) - 1) - r);
  return l.bind("tanh", wrap16(binary(BinaryOp::Shr, folded, i32(8))));
}

// TFLite's LSTM Tanh wrapper: the cell state (scale 2^power) rescaled to the table's Q3.12 input.
std::pair<int32_t, int32_t> tanhScaling(int power) {
  const int32_t shift = 15 + power - 3;
  return shift < 0 ? std::pair<int32_t, int32_t>{3, -shift} : std::pair<int32_t, int32_t>{0, shift};
}

// MulElementwise: clamp(MultiplyByQuantizedMultiplier(a * b) + zp) (both inputs symmetric).
Expr product(Expr a, Expr b, QuantizedMultiplier q, int32_t zeroPoint, int64_t lo, int64_t hi) {
  Expr y = multiplyByQuantizedMultiplier(std::move(a) * std::move(b), q.multiplier, q.shift);
  if (zeroPoint != 0)
    y = y + i32(zeroPoint);
  return min(max(y, i32(lo)), i32(hi));
}

template <typename T>
std::vector<int64_t> concat(const std::array<LstmGateParams, 4> &gates,
                            std::vector<T> LstmGateParams::*field) {
  std::vector<int64_t> out;
  for (const auto &g : gates)
    out.insert(out.end(), (g.*field).begin(), (g.*field).end());
  return out;
}

} // namespace

Status validate(const LstmParams &p) {
  const std::string op = "Lstm";
  if (auto s = firstError({checkPositive(op, "time steps", p.timeSteps),
                           checkPositive(op, "input size", p.inputSize),
                           checkPositive(op, "units", p.units),
                           checkInt8(op, "input zero point", p.inputZeroPoint),
                           checkInt8(op, "hidden zero point", p.hiddenZeroPoint),
                           checkElements(op, "input", {p.timeSteps, p.inputSize}),
                           checkElements(op, "weights", {4, p.units, p.inputSize})});
      !s)
    return s;
  const char *names[] = {"input gate", "forget gate", "cell gate", "output gate"};
  for (size_t g = 0; g < 4; ++g) {
    const LstmGateParams &gate = p.gates[g];
    const std::string what = fmt::format("{} {}", op, names[g]);
    if (auto s = firstError({checkSize(what, "input weights", gate.inputWeights.size(),
                                       int64_t{p.units} * p.inputSize),
                             checkSize(what, "recurrent weights", gate.recurrentWeights.size(),
                                       int64_t{p.units} * p.units),
                             checkSize(what, "bias", gate.bias.size(), p.units)});
        !s)
      return s;
    if (auto s = firstError({checkShift(what, "input layer", gate.inputScale.shift),
                             checkShift(what, "recurrent layer", gate.recurrentScale.shift)});
        !s)
      return s;
  }
  if (auto s = firstError({checkShift(op, "forget x cell", p.forgetTimesCell.shift),
                           checkShift(op, "input x cell gate", p.inputTimesCellGate.shift),
                           checkShift(op, "output x tanh(cell)", p.outputTimesTanhCell.shift)});
      !s)
    return s;
  // TFLite's int16 tanh rescales the cell state by a power of two: scales 2^-15 .. 2^0.
  if (p.cellScalePower < -15 || p.cellScalePower > 0)
    return Error{fmt::format("{}: cell state scale 2^{} is not supported (2^-15 .. 2^0)", op,
                             p.cellScalePower)};
  if (p.cellClip < 0)
    return Error{fmt::format("{}: cell clip {} is negative", op, p.cellClip)};
  return {};
}

Expected<Kernel> buildLstm(const LstmParams &p, const std::string &name) {
  if (auto s = validate(p); !s)
    return s.error();
  const int64_t T = p.timeSteps, I = p.inputSize, U = p.units;
  Buffer input = makeBuffer("input", ScalarType::I8, {T, I}, {"t", "i"}, BufferRole::Input);
  Buffer output = makeBuffer("output", ScalarType::I8, {T, U}, {"t", "j"}, BufferRole::Output);
  Buffer hidden = makeBuffer("hidden_state", ScalarType::I8, {U}, {"k"}, BufferRole::InOut);
  Buffer cell = makeBuffer("cell_state", ScalarType::I16, {U}, {"j"}, BufferRole::InOut);
  Buffer inputWeights =
      makeConstantBuffer("input_weights", ScalarType::I8, {4, U, I}, {"g", "j", "i"},
                         BufferRole::Weight, concat(p.gates, &LstmGateParams::inputWeights));
  Buffer recurrentWeights =
      makeConstantBuffer("recurrent_weights", ScalarType::I8, {4, U, U}, {"g", "j", "k"},
                         BufferRole::Weight, concat(p.gates, &LstmGateParams::recurrentWeights));
  // TFLite Micro's LSTM folds the zero points into the gate biases when it prepares
  // (bias - zp * row sum of the weights): the reductions are plain int8 dot products, which the
  // schedules vectorise. The sums agree modulo 2^32, as the int32 accumulators do.
  std::vector<int64_t> inputBias, recurrentBias;
  for (const LstmGateParams &gate : p.gates)
    for (int64_t u = 0; u < U; ++u) {
      int64_t inputSum = 0, recurrentSum = 0;
      for (int64_t x = 0; x < I; ++x)
        inputSum += gate.inputWeights[static_cast<size_t>(u * I + x)];
      for (int64_t x = 0; x < U; ++x)
        recurrentSum += gate.recurrentWeights[static_cast<size_t>(u * U + x)];
      inputBias.push_back(static_cast<int32_t>(static_cast<uint32_t>(
          gate.bias[static_cast<size_t>(u)] - int64_t{p.inputZeroPoint} * inputSum)));
      recurrentBias.push_back(
          static_cast<int32_t>(static_cast<uint32_t>(-int64_t{p.hiddenZeroPoint} * recurrentSum)));
    }
  Buffer bias = makeConstantBuffer("input_bias", ScalarType::I32, {4, U}, {"g", "j"},
                                   BufferRole::Bias, inputBias);
  Buffer hiddenBias = makeConstantBuffer("recurrent_bias", ScalarType::I32, {4, U}, {"g", "j"},
                                         BufferRole::Bias, recurrentBias);
  Buffer table =
      makeConstantBuffer("sigmoid_table", ScalarType::I32, {256}, {"x"}, BufferRole::Quantization,
                         std::vector<int64_t>(kSigmoidTable.begin(), kSigmoidTable.end()));
  Buffer acc = makeAccumulator();
  Buffer gateInput = makeBuffer("gate_input", ScalarType::I32, {4}, {"g"}, BufferRole::Local);
  // The step's new hidden values: the output is write-only and the hidden state is still read by
  // the recurrent layers of the units after j.
  Buffer newHiddenRow = makeBuffer("new_hidden", ScalarType::I8, {U}, {"j"}, BufferRole::Local);
  Expr t = var("t"), j = var("j"), zero = i32(0);

  // Per gate: sat16(FC(input) in Q3.12 + FC(hidden) in Q3.12), into gate_input[g].
  std::vector<Stmt> gates;
  for (int g = 0; g < 4; ++g) {
    const LstmGateParams &gp = p.gates[static_cast<size_t>(g)];
    // One name per gate's loops, so a schedule can address each reduction.
    const std::string iName = fmt::format("i{}", g), kName = fmt::format("k{}", g);
    Expr gi = i32(g), a = load(acc, {zero}), i = var(iName), k = var(kName);
    gates.push_back(allocate(
        acc,
        block({store(acc, {zero}, load(bias, {gi, j})),
               forLoop(iName, zero, i32(I),
                       accumulate(acc, load(input, {t, i}), load(inputWeights, {gi, j, i}), 0)),
               store(gateInput, {gi},
                     clamp16(multiplyByQuantizedMultiplier(a, gp.inputScale.multiplier,
                                                           gp.inputScale.shift))),
               store(acc, {zero}, load(hiddenBias, {gi, j})),
               forLoop(kName, zero, i32(U),
                       accumulate(acc, load(hidden, {k}), load(recurrentWeights, {gi, j, k}), 0)),
               store(gateInput, {gi},
                     clamp16(load(gateInput, {gi}) +
                             clamp16(multiplyByQuantizedMultiplier(a, gp.recurrentScale.multiplier,
                                                                   gp.recurrentScale.shift))))})));
  }

  LetChain l("");
  LetChain inputLets("input_"), forgetLets("forget_"), cellLets("cell_gate_"),
      outputLets("output_"), tanhLets("cell_tanh_");
  Expr inputGate = sigmoid16(inputLets, load(gateInput, {i32(0)}), table, 0, 0);
  Expr forgetGate = sigmoid16(forgetLets, load(gateInput, {i32(1)}), table, 0, 0);
  Expr cellGate = p.cellGateTanh ? tanh16(cellLets, load(gateInput, {i32(2)}), table, 0, 0)
                                 : sigmoid16(cellLets, load(gateInput, {i32(2)}), table, 0, 0);
  Expr outputGate = sigmoid16(outputLets, load(gateInput, {i32(3)}), table, 0, 0);
  Expr forgotten = l.bind("forgotten", product(forgetGate, widen(load(cell, {j})),
                                               p.forgetTimesCell, 0, kInt16Min, kInt16Max));
  Expr added =
      l.bind("added", product(inputGate, cellGate, p.inputTimesCellGate, 0, kInt16Min, kInt16Max));
  Expr newCell = clamp16(forgotten + added);
  if (p.cellClip > 0)
    newCell = min(max(newCell, i32(-p.cellClip)), i32(p.cellClip));
  newCell = l.bind("new_cell", newCell);
  const auto [tanhMultiplier, tanhShift] = tanhScaling(p.cellScalePower);
  Expr cellTanh = tanh16(tanhLets, newCell, table, tanhMultiplier, tanhShift);
  Expr newHidden =
      product(cellTanh, outputGate, p.outputTimesTanhCell, p.hiddenZeroPoint, -128, 127);
  Stmt update = block({store(cell, {j}, cast(ScalarType::I16, newCell)),
                       store(newHiddenRow, {j}, cast(ScalarType::I8, newHidden)),
                       store(output, {t, j}, load(newHiddenRow, {j}))});
  // Lets in dependency order: the four gates, the cell update, then the cell's tanh.
  Stmt unit = tanhLets.wrap(update);
  unit = l.wrap(unit);
  for (LetChain *gl : {&outputLets, &cellLets, &forgetLets, &inputLets})
    unit = gl->wrap(unit);
  gates.push_back(unit);

  Stmt step =
      allocate(newHiddenRow,
               block({forLoop("j", zero, i32(U), allocate(gateInput, block(gates))),
                      forLoop("j", zero, i32(U), store(hidden, {j}, load(newHiddenRow, {j})))}));
  return Kernel{name,
                {input, output, hidden, cell},
                forLoop("t", zero, i32(T), step),
                fmt::format("Lstm {} steps, {} -> {} units", T, I, U)};
}

} // namespace loom::ops
