// PointwiseConv2D (1x1) as a loop nest: output pixels x output channels x input channels.
#include "NestParts.h"
#include "loom/ops/Ops.h"

#include <fmt/format.h>

namespace loom::ops {

using namespace ir;
using namespace detail;

Expected<Kernel> buildPointwiseConv2D(const PointwiseConv2DParams &p, const std::string &name) {
  if (auto s = validate(p); !s)
    return s.error();
  const int oh = p.outputHeight(), ow = p.outputWidth();
  Buffer input = makeBuffer("input", ScalarType::I8, {p.inputHeight, p.inputWidth, p.inputChannels},
                            {"h", "w", "c"}, BufferRole::Input);
  Buffer output = makeBuffer("output", ScalarType::I8, {oh, ow, p.outputChannels}, {"h", "w", "c"},
                             BufferRole::Output);
  Buffer weights = makeWeightBuffer(p.weights, {p.outputChannels, p.inputChannels}, {"o", "i"});
  OutputStageBuffers stage = makeOutputStageBuffers(p.bias, p.output, "o");
  Buffer acc = makeAccumulator();

  Expr oy = var("oy"), ox = var("ox"), oc = var("oc"), ic = var("ic");
  Stmt reduction =
      forLoop("ic", i32(0), i32(p.inputChannels),
              accumulate(acc, load(input, {scaled(oy, p.stride), scaled(ox, p.stride), ic}),
                         load(weights, {oc, ic}), p.inputZeroPoint));
  Stmt body = forLoop(
      "oy", i32(0), i32(oh),
      forLoop("ox", i32(0), i32(ow),
              forLoop("oc", i32(0), i32(p.outputChannels),
                      reduceAndStore(stage, p.output, oc, acc, reduction, output, {oy, ox, oc}))));
  return Kernel{name, {input, output}, body, fmt::format("PointwiseConv2D stride {}", p.stride)};
}

} // namespace loom::ops
