// DepthwiseConv2D (multiplier 1) as a loop nest: output pixels x channels x kernel window.
#include "NestParts.h"
#include "loom/ops/Ops.h"

#include <fmt/format.h>

namespace loom::ops {

using namespace ir;
using namespace detail;

Expected<Kernel> buildDepthwiseConv2D(const DepthwiseConv2DParams &p, const std::string &name) {
  if (auto s = validate(p); !s)
    return s.error();
  const int oh = p.outputHeight(), ow = p.outputWidth();
  Buffer input = makeBuffer("input", ScalarType::I8, {p.inputHeight, p.inputWidth, p.channels},
                            {"h", "w", "c"}, BufferRole::Input);
  Buffer output = makeBuffer("output", ScalarType::I8, {oh, ow, p.channels}, {"h", "w", "c"},
                             BufferRole::Output);
  Buffer weights =
      makeWeightBuffer(p.weights, {p.kernelHeight, p.kernelWidth, p.channels}, {"kh", "kw", "c"});
  OutputStageBuffers stage = makeOutputStageBuffers(p.bias, p.output, "c");
  Buffer acc = makeAccumulator();

  Expr oy = var("oy"), ox = var("ox"), c = var("c"), ky = var("ky"), kx = var("kx"), iy = var("iy"),
       ix = var("ix");
  Stmt mac =
      accumulate(acc, load(input, {iy, ix, c}), load(weights, {ky, kx, c}), p.inputZeroPoint);
  Stmt window = slidingWindow({p.inputHeight, p.inputWidth, p.kernelHeight, p.kernelWidth,
                               p.strideHeight, p.strideWidth, p.padding},
                              mac);
  Stmt body = forLoop(
      "oy", i32(0), i32(oh),
      forLoop("ox", i32(0), i32(ow),
              forLoop("c", i32(0), i32(p.channels),
                      reduceAndStore(stage, p.output, c, acc, window, output, {oy, ox, c}))));
  return Kernel{name,
                {input, output},
                body,
                fmt::format("DepthwiseConv2D {}x{} stride {}x{} pad t{} b{} l{} r{}",
                            p.kernelHeight, p.kernelWidth, p.strideHeight, p.strideWidth,
                            p.padding.top, p.padding.bottom, p.padding.left, p.padding.right)};
}

} // namespace loom::ops
