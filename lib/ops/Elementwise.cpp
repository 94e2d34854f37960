// ADD and AVERAGE_POOL_2D as loop nests (the same TFLite rules as reference/Elementwise.cpp).
#include "loom/ops/Elementwise.h"
#include "NestParts.h"
#include "OpChecks.h"
#include "loom/ir/Intrinsics.h"

#include <fmt/format.h>

namespace loom::ops {

using namespace ir;
using namespace detail;

Status validate(const AddParams &p) {
  const std::string op = "Add";
  if (auto s =
          firstError({checkPositive(op, "size", p.size), checkElements(op, "input", {p.size})});
      !s)
    return s;
  for (int32_t shift : {p.input1Shift, p.input2Shift, p.outputShift})
    if (shift > 0 || shift < kMinShift)
      return Error{fmt::format("{}: shift {} outside [{}, 0] (multipliers must be below one)", op,
                               shift, kMinShift)};
  if (p.leftShift < 0 || p.leftShift > 22)
    return Error{fmt::format("{}: left shift {} outside [0, 22]", op, p.leftShift)};
  if (p.activationMin < -128 || p.activationMax > 127 || p.activationMin > p.activationMax)
    return Error{fmt::format("{}: activation range [{}, {}] is not a non-empty int8 range", op,
                             p.activationMin, p.activationMax)};
  return {};
}

Status validate(const AveragePool2DParams &p) {
  const std::string op = "AveragePool2D";
  if (auto s = firstError({checkPositive(op, "input height", p.inputHeight),
                           checkPositive(op, "input width", p.inputWidth),
                           checkPositive(op, "channels", p.channels),
                           checkPositive(op, "filter height", p.filterHeight),
                           checkPositive(op, "filter width", p.filterWidth),
                           checkPositive(op, "stride height", p.strideHeight),
                           checkPositive(op, "stride width", p.strideWidth)});
      !s)
    return s;
  // A window made only of padding would divide by zero (TFLite fails the op at run time).
  if (p.padding.top >= p.filterHeight || p.padding.left >= p.filterWidth ||
      p.padding.bottom >= p.filterHeight || p.padding.right >= p.filterWidth)
    return Error{fmt::format("{}: padding t{} b{} l{} r{} leaves windows with no input", op,
                             p.padding.top, p.padding.bottom, p.padding.left, p.padding.right)};
  if (p.outputHeight() < 1 || p.outputWidth() < 1)
    return Error{fmt::format("{}: filter {}x{} larger than the padded input", op, p.filterHeight,
                             p.filterWidth)};
  if (p.activationMin < -128 || p.activationMax > 127 || p.activationMin > p.activationMax)
    return Error{fmt::format("{}: activation range [{}, {}] is not a non-empty int8 range", op,
                             p.activationMin, p.activationMax)};
  return checkElements(op, "input", {p.inputHeight, p.inputWidth, p.channels});
}

Expected<Kernel> buildAdd(const AddParams &p, const std::string &name) {
  if (auto s = validate(p); !s)
    return s.error();
  Buffer a = makeBuffer("input1", ScalarType::I8, {p.size}, {"i"}, BufferRole::Input);
  Buffer b = makeBuffer("input2", ScalarType::I8, {p.size}, {"i"}, BufferRole::Input);
  Buffer out = makeBuffer("output", ScalarType::I8, {p.size}, {"i"}, BufferRole::Output);
  Expr i = var("i");
  // TFLite AddElementwise: offset, shift left by 20, scale each input to the common scale,
  // sum, scale to the output, add the output offset, clamp.
  auto scaled = [&](const Buffer &x, int32_t inputOffset, int32_t m, int32_t s) {
    Expr v = binary(BinaryOp::Shl, offset(cast(ScalarType::I32, load(x, {i})), -inputOffset),
                    i32(p.leftShift));
    return multiplyByQuantizedMultiplier(v, m, s);
  };
  Expr sum = scaled(a, p.input1Offset, p.input1Multiplier, p.input1Shift) +
             scaled(b, p.input2Offset, p.input2Multiplier, p.input2Shift);
  Expr y = offset(multiplyByQuantizedMultiplier(sum, p.outputMultiplier, p.outputShift),
                  -p.outputOffset);
  Stmt body = forLoop("i", i32(0), i32(p.size),
                      store(out, {i}, clampToByte(y, p.activationMin, p.activationMax)));
  return Kernel{name, {a, b, out}, body, "Add"};
}

Expected<Kernel> buildAveragePool2D(const AveragePool2DParams &p, const std::string &name) {
  if (auto s = validate(p); !s)
    return s.error();
  const int oh = p.outputHeight(), ow = p.outputWidth();
  Buffer in = makeBuffer("input", ScalarType::I8, {p.inputHeight, p.inputWidth, p.channels},
                         {"h", "w", "c"}, BufferRole::Input);
  Buffer out = makeBuffer("output", ScalarType::I8, {oh, ow, p.channels}, {"h", "w", "c"},
                          BufferRole::Output);
  Buffer acc = makeAccumulator();
  Expr oy = var("oy"), ox = var("ox"), c = var("c"), iy = var("iy"), ix = var("ix");
  Stmt sum =
      store(acc, {i32(0)}, load(acc, {i32(0)}) + cast(ScalarType::I32, load(in, {iy, ix, c})));
  Stmt window = slidingWindow({p.inputHeight, p.inputWidth, p.filterHeight, p.filterWidth,
                               p.strideHeight, p.strideWidth, p.padding},
                              sum);
  // The window clipped to the image: TFLite divides by the number of real inputs.
  Expr y0 = offset(scaled(oy, p.strideHeight), p.padding.top);
  Expr x0 = offset(scaled(ox, p.strideWidth), p.padding.left);
  Expr rows = min(i32(p.filterHeight), i32(p.inputHeight) - y0) - max(i32(0), i32(0) - y0);
  Expr cols = min(i32(p.filterWidth), i32(p.inputWidth) - x0) - max(i32(0), i32(0) - x0);
  Expr count = var("count"), total = load(acc, {i32(0)});
  Expr half = count / i32(2);
  Expr average = select(total > i32(0), (total + half) / count, (total - half) / count);
  Stmt result = store(out, {oy, ox, c}, clampToByte(average, p.activationMin, p.activationMax));
  Stmt perOutput = allocate(
      acc, block({store(acc, {i32(0)}, i32(0)), window, let("count", rows * cols, result)}));
  Stmt body =
      forLoop("oy", i32(0), i32(oh),
              forLoop("ox", i32(0), i32(ow), forLoop("c", i32(0), i32(p.channels), perOutput)));
  return Kernel{name,
                {in, out},
                body,
                fmt::format("AveragePool2D {}x{} stride {}x{}", p.filterHeight, p.filterWidth,
                            p.strideHeight, p.strideWidth)};
}

} // namespace loom::ops
