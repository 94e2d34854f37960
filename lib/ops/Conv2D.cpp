// Conv2D as a loop nest: output pixels x output channels x (kernel window x input channels).
#include "NestParts.h"
#include "loom/ops/Ops.h"

#include <fmt/format.h>

namespace loom::ops {

using namespace ir;
using namespace detail;

Expected<Kernel> buildConv2D(const Conv2DParams &p, const std::string &name) {
  if (auto s = validate(p); !s)
    return s.error();
  const int oh = p.outputHeight(), ow = p.outputWidth();
  Buffer input = makeBuffer("input", ScalarType::I8, {p.inputHeight, p.inputWidth, p.inputChannels},
                            {"h", "w", "c"}, BufferRole::Input);
  Buffer output = makeBuffer("output", ScalarType::I8, {oh, ow, p.outputChannels}, {"h", "w", "c"},
                             BufferRole::Output);
  Buffer weights = makeWeightBuffer(
      p.weights, {p.outputChannels, p.kernelHeight, p.kernelWidth, p.inputChannels},
      {"o", "kh", "kw", "i"});
  OutputStageBuffers stage = makeOutputStageBuffers(p.bias, p.output, "o");
  Buffer acc = makeAccumulator();

  Expr oy = var("oy"), ox = var("ox"), oc = var("oc"), ky = var("ky"), kx = var("kx"),
       ic = var("ic"), iy = var("iy"), ix = var("ix");
  Stmt mac = forLoop("ic", i32(0), i32(p.inputChannels),
                     accumulate(acc, load(input, {iy, ix, ic}), load(weights, {oc, ky, kx, ic}),
                                p.inputZeroPoint));
  Stmt window =
      slidingWindow({p.inputHeight, p.inputWidth, p.kernelHeight, p.kernelWidth, p.strideHeight,
                     p.strideWidth, p.padding, p.dilationHeight, p.dilationWidth},
                    mac);
  Stmt body = forLoop(
      "oy", i32(0), i32(oh),
      forLoop("ox", i32(0), i32(ow),
              forLoop("oc", i32(0), i32(p.outputChannels),
                      reduceAndStore(stage, p.output, oc, acc, window, output, {oy, ox, oc}))));
  return Kernel{name,
                {input, output},
                body,
                fmt::format("Conv2D {}x{} stride {}x{}{} pad t{} b{} l{} r{}", p.kernelHeight,
                            p.kernelWidth, p.strideHeight, p.strideWidth,
                            dilationText(p.dilationHeight, p.dilationWidth), p.padding.top,
                            p.padding.bottom, p.padding.left, p.padding.right)};
}

} // namespace loom::ops
