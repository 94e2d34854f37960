// LOGISTIC, TANH, HARD_SWISH, LEAKY_RELU, RELU and RELU6 on int8 -> ops::LookupParams: TFLite
// Micro's integer kernel for the node's quantization, evaluated on all 256 input values
// (ops/Lookup.h).
#include "LoweringParts.h"
#include "loom/ops/Lookup.h"

#include <fmt/format.h>

namespace loom::graph::detail {

Expected<LoweredNode> lowerActivation(const Graph &g, const Node &n) {
  const int in = operand(n, 0);
  if (in < 0 || n.outputs.empty() || n.outputs[0] < 0)
    return fail(g, n, "the input or the output is missing").error();
  for (auto [t, what] : {std::pair{in, "input"}, {n.outputs[0], "output"}})
    if (auto s = checkInt8(g, n, t, what); !s)
      return s.error();
  const Tensor &input = g.tensors[in], &output = g.tensors[n.outputs[0]];
  if (input.elementCount() != output.elementCount())
    return fail(g, n, "input and output sizes differ").error();
  for (const Tensor *t : {&input, &output})
    if (!(scaleOf(*t) > 0))
      return fail(g, n, fmt::format("tensor '{}' has no positive scale", t->name)).error();
  ops::LookupParams p;
  p.size = output.elementCount();
  const int32_t inZp = zeroPoint(input), outZp = zeroPoint(output);
  switch (n.op) {
  case OpType::Logistic:
    // LogisticPrepare: the int8 output is Q0.8 with zero point -128.
    if (outZp != -128)
      return fail(g, n,
                  fmt::format("output '{}' has zero point {}; int8 LOGISTIC needs -128",
                              output.name, outZp))
          .error();
    p.function = "Logistic", p.table = ops::logisticTable(inZp, scaleOf(input));
    break;
  case OpType::Tanh: p.function = "Tanh", p.table = ops::tanhTable(inZp, scaleOf(input)); break;
  case OpType::LeakyRelu: {
    const float alpha = std::get<LeakyReluOptions>(n.options).alpha;
    if (!(alpha >= 0))
      return fail(g, n, fmt::format("alpha {} is not supported (alpha >= 0)", alpha)).error();
    p.function = fmt::format("LeakyRelu alpha {}", alpha);
    p.table = ops::leakyReluTable(inZp, scaleOf(input), alpha, outZp, scaleOf(output));
    break;
  }
  case OpType::Relu:
    p.function = "Relu", p.table = ops::reluTable(inZp, scaleOf(input), outZp, scaleOf(output));
    break;
  case OpType::Relu6: p.function = "Relu6", p.table = ops::relu6Table(inZp, scaleOf(input)); break;
  case OpType::HardSwish: {
    auto table = ops::hardSwishTable(inZp, scaleOf(input), outZp, scaleOf(output));
    if (!table)
      return fail(g, n, table.error().message).error();
    p.function = "HardSwish", p.table = *table;
    break;
  }
  default: return fail(g, n, "not an activation").error();
  }
  if (auto s = ops::validate(p); !s)
    return fail(g, n, s.error().message).error();
  return LoweredNode{std::move(p)};
}

} // namespace loom::graph::detail
