// FullyConnected as a loop nest: batches x outputs x inputs.
#include "NestParts.h"
#include "loom/ops/Ops.h"

namespace loom::ops {

using namespace ir;
using namespace detail;

Expected<Kernel> buildFullyConnected(const FullyConnectedParams &p, const std::string &name) {
  if (auto s = validate(p); !s)
    return s.error();
  Buffer input =
      makeBuffer("input", ScalarType::I8, {p.batches, p.inputSize}, {"b", "i"}, BufferRole::Input);
  Buffer output = makeBuffer("output", ScalarType::I8, {p.batches, p.outputSize}, {"b", "o"},
                             BufferRole::Output);
  Buffer weights = makeWeightBuffer(p.weights, {p.outputSize, p.inputSize}, {"o", "i"});
  OutputStageBuffers stage = makeOutputStageBuffers(p.bias, p.output, "o");
  Buffer acc = makeAccumulator();

  Expr b = var("b"), o = var("o"), i = var("i");
  Stmt reduction =
      forLoop("i", i32(0), i32(p.inputSize),
              accumulate(acc, load(input, {b, i}), load(weights, {o, i}), p.inputZeroPoint));
  Stmt body = forLoop("b", i32(0), i32(p.batches),
                      forLoop("o", i32(0), i32(p.outputSize),
                              reduceAndStore(stage, p.output, o, acc, reduction, output, {b, o})));
  return Kernel{name, {input, output}, body, "FullyConnected"};
}

} // namespace loom::ops
