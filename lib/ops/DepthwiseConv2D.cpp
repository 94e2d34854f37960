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

Expected<Kernel> buildDepthwiseConv2DInPlace(const DepthwiseConv2DParams &p,
                                             const std::string &name) {
  if (auto s = validate(p); !s)
    return s.error();
  const int oh = p.outputHeight(), ow = p.outputWidth(), h = p.inputHeight, w = p.inputWidth;
  if (int64_t{oh} * ow > int64_t{h} * w)
    return Error{fmt::format("DepthwiseConv2D in place: the output ({}x{}) is larger than the "
                             "input ({}x{})",
                             oh, ow, h, w)};
  Buffer io = makeBuffer("activations", ScalarType::I8, {int64_t{h} * w * p.channels}, {"hwc"},
                         BufferRole::InOut);
  Buffer plane = makeBuffer("plane", ScalarType::I8, {h, w}, {"h", "w"}, BufferRole::Scratch);
  Buffer weights =
      makeWeightBuffer(p.weights, {p.kernelHeight, p.kernelWidth, p.channels}, {"kh", "kw", "c"});
  OutputStageBuffers stage = makeOutputStageBuffers(p.bias, p.output, "c");
  Buffer acc = makeAccumulator();
  Expr y = var("y"), x = var("x"), oy = var("oy"), ox = var("ox"), c = var("c");
  Stmt copy = forLoop(
      "y", i32(0), i32(h),
      forLoop("x", i32(0), i32(w), store(plane, {y, x}, load(io, {(y * w + x) * p.channels + c}))));
  Stmt mac = accumulate(acc, load(plane, {var("iy"), var("ix")}),
                        load(weights, {var("ky"), var("kx"), c}), p.inputZeroPoint);
  Stmt window = slidingWindow(
      {h, w, p.kernelHeight, p.kernelWidth, p.strideHeight, p.strideWidth, p.padding}, mac);
  Stmt compute = forLoop("oy", i32(0), i32(oh),
                         forLoop("ox", i32(0), i32(ow),
                                 reduceAndStore(stage, p.output, c, acc, window, io,
                                                {(oy * ow + ox) * p.channels + c})));
  Stmt body = forLoop("c", i32(0), i32(p.channels), block({copy, compute}));
  return Kernel{name,
                {io, plane},
                body,
                fmt::format("DepthwiseConv2D {}x{} stride {}x{} in place", p.kernelHeight,
                            p.kernelWidth, p.strideHeight, p.strideWidth)};
}

} // namespace loom::ops
