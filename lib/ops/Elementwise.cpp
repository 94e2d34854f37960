// ADD and AVERAGE_POOL_2D as loop nests (the same TFLite rules as reference/Elementwise.cpp).
#include "loom/ops/Elementwise.h"
#include "NestParts.h"
#include "OpChecks.h"
#include "loom/ir/Intrinsics.h"
#include "loom/ops/Quantization.h"

#include <fmt/format.h>

#include <functional>

namespace loom::ops {

using namespace ir;
using namespace detail;

namespace {

Status validateOperands(const std::string &op, int64_t size, const BinaryOperands &o) {
  if (o.shape.empty()) {
    if (!o.constant2.empty() && static_cast<int64_t>(o.constant2.size()) != size)
      return Error{fmt::format("{}: constant input has {} values for {} elements", op,
                               o.constant2.size(), size)};
    return {};
  }
  if (o.shape.size() > 4 || o.strides1.size() != o.shape.size() ||
      o.strides2.size() != o.shape.size())
    return Error{fmt::format("{}: broadcast of rank {} (1 to 4 supported, one stride per "
                             "dimension)",
                             op, o.shape.size())};
  int64_t n = 1;
  for (size_t d = 0; d < o.shape.size(); ++d) {
    if (o.shape[d] <= 0 || o.strides1[d] < 0 || o.strides2[d] < 0)
      return Error{fmt::format("{}: dimension {} has size {} and strides {} / {}", op, d,
                               o.shape[d], o.strides1[d], o.strides2[d])};
    n *= o.shape[d];
  }
  if (n != size)
    return Error{fmt::format("{}: broadcast shape has {} elements, the output {}", op, n, size)};
  if (!o.constant2.empty() && static_cast<int64_t>(o.constant2.size()) != o.extent2(size))
    return Error{fmt::format("{}: constant input has {} values, the broadcast reads {}", op,
                             o.constant2.size(), o.extent2(size))};
  return {};
}

} // namespace

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
  if (auto s = validateOperands(op, p.size, p.operands); !s)
    return s;
  if (p.leftShift < 0 || p.leftShift > 22)
    return Error{fmt::format("{}: left shift {} outside [0, 22]", op, p.leftShift)};
  if (p.activationMin < -128 || p.activationMax > 127 || p.activationMin > p.activationMax)
    return Error{fmt::format("{}: activation range [{}, {}] is not a non-empty int8 range", op,
                             p.activationMin, p.activationMax)};
  return {};
}

Status validatePool2D(const std::string &op, const Pool2DParams &p) {
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
  // (in + pads - filter) / stride truncates toward zero, so compare before dividing.
  if (p.inputHeight + p.padding.top + p.padding.bottom < p.filterHeight ||
      p.inputWidth + p.padding.left + p.padding.right < p.filterWidth)
    return Error{fmt::format("{}: filter {}x{} larger than the padded input", op, p.filterHeight,
                             p.filterWidth)};
  if (p.activationMin < -128 || p.activationMax > 127 || p.activationMin > p.activationMax)
    return Error{fmt::format("{}: activation range [{}, {}] is not a non-empty int8 range", op,
                             p.activationMin, p.activationMax)};
  return checkElements(op, "input", {p.inputHeight, p.inputWidth, p.channels});
}

Status validate(const AveragePool2DParams &p) { return validatePool2D("AveragePool2D", p); }

namespace {

// The loops over the output and the two input reads; `compute` makes the output value.
Expected<Kernel> elementwise(const std::string &name, const std::string &description, int64_t size,
                             const BinaryOperands &o,
                             const std::function<Expr(Expr, Expr)> &compute) {
  Buffer a = makeBuffer("input1", ScalarType::I8, {o.extent1(size)}, {"i"}, BufferRole::Input);
  Buffer b = o.constant2.empty()
                 ? makeBuffer("input2", ScalarType::I8, {o.extent2(size)}, {"i"}, BufferRole::Input)
                 : makeConstantBuffer("input2", ScalarType::I8, {o.extent2(size)}, {"i"},
                                      BufferRole::Weight,
                                      std::vector<int64_t>(o.constant2.begin(), o.constant2.end()));
  Buffer out = makeBuffer("output", ScalarType::I8, {size}, {"i"}, BufferRole::Output);
  std::vector<Buffer> args = {a};
  if (o.constant2.empty())
    args.push_back(b);
  args.push_back(out);
  if (o.shape.empty()) {
    Expr i = var("i");
    Stmt body =
        forLoop("i", i32(0), i32(size), store(out, {i}, compute(load(a, {i}), load(b, {i}))));
    return Kernel{name, args, body, description};
  }
  const char *names[] = {"d0", "d1", "d2", "d3"};
  Expr flat1 = i32(0), flat2 = i32(0), flatOut = i32(0);
  for (size_t d = 0; d < o.shape.size(); ++d) {
    Expr v = var(names[d]);
    if (o.strides1[d])
      flat1 = flat1 + scaled(v, o.strides1[d]);
    if (o.strides2[d])
      flat2 = flat2 + scaled(v, o.strides2[d]);
    flatOut = scaled(flatOut, o.shape[d]) + v;
  }
  Stmt body = store(out, {flatOut}, compute(load(a, {flat1}), load(b, {flat2})));
  for (size_t d = o.shape.size(); d-- > 0;)
    body = forLoop(names[d], i32(0), i32(o.shape[d]), body);
  return Kernel{name, args, body, description + " (broadcast)"};
}

} // namespace

int64_t BinaryOperands::extent1(int64_t size) const {
  if (shape.empty())
    return size;
  int64_t last = 0;
  for (size_t d = 0; d < shape.size(); ++d)
    last += (shape[d] - 1) * strides1[d];
  return last + 1;
}

int64_t BinaryOperands::extent2(int64_t size) const {
  if (shape.empty())
    return size;
  int64_t last = 0;
  for (size_t d = 0; d < shape.size(); ++d)
    last += (shape[d] - 1) * strides2[d];
  return last + 1;
}

Status validate(const MaxMinParams &p) {
  const std::string op = p.maximum ? "Maximum" : "Minimum";
  return firstError({checkPositive(op, "size", p.size), checkElements(op, "output", {p.size}),
                     validateOperands(op, p.size, p.operands)});
}

Status validate(const PreluParams &p) {
  const std::string op = "Prelu";
  return firstError(
      {checkPositive(op, "size", p.size), checkElements(op, "output", {p.size}),
       validateOperands(op, p.size, p.operands), checkInt8(op, "input zero point", -p.inputOffset),
       checkInt8(op, "alpha zero point", -p.alphaOffset),
       checkInt8(op, "output zero point", p.outputOffset),
       checkShift(op, "identity", p.identity.shift), checkShift(op, "alpha", p.alpha.shift)});
}

Status validate(const MulParams &p) {
  const std::string op = "Mul";
  if (auto s = firstError({checkPositive(op, "size", p.size), checkElements(op, "output", {p.size}),
                           validateOperands(op, p.size, p.operands),
                           checkInt8(op, "input 1 zero point", -p.input1Offset),
                           checkInt8(op, "input 2 zero point", -p.input2Offset),
                           checkInt8(op, "output zero point", p.outputOffset)});
      !s)
    return s;
  if (p.outputShift < kMinShift || p.outputShift > kMaxShift)
    return Error{
        fmt::format("{}: shift {} outside [{}, {}]", op, p.outputShift, kMinShift, kMaxShift)};
  if (p.activationMin < -128 || p.activationMax > 127 || p.activationMin > p.activationMax)
    return Error{fmt::format("{}: activation range [{}, {}] is not a non-empty int8 range", op,
                             p.activationMin, p.activationMax)};
  return {};
}

Expected<Kernel> buildAdd(const AddParams &p, const std::string &name) {
  if (auto s = validate(p); !s)
    return s.error();
  // TFLite AddElementwise: offset, shift left by 20, scale each input to the common scale,
  // sum, scale to the output, add the output offset, clamp.
  auto compute = [&](Expr x1, Expr x2) {
    auto scaledInput = [&](Expr x, int32_t inputOffset, int32_t m, int32_t s) {
      Expr v =
          binary(BinaryOp::Shl, offset(cast(ScalarType::I32, x), -inputOffset), i32(p.leftShift));
      return multiplyByQuantizedMultiplier(v, m, s);
    };
    Expr scaled1 = scaledInput(x1, p.input1Offset, p.input1Multiplier, p.input1Shift);
    Expr scaled2 = scaledInput(x2, p.input2Offset, p.input2Multiplier, p.input2Shift);
    Expr sum = p.subtract ? scaled1 - scaled2 : scaled1 + scaled2;
    Expr y = offset(multiplyByQuantizedMultiplier(sum, p.outputMultiplier, p.outputShift),
                    -p.outputOffset);
    return clampToByte(y, p.activationMin, p.activationMax);
  };
  return elementwise(name, p.subtract ? "Sub" : "Add", p.size, p.operands, compute);
}

Expected<Kernel> buildMul(const MulParams &p, const std::string &name) {
  if (auto s = validate(p); !s)
    return s.error();
  auto compute = [&](Expr x1, Expr x2) {
    Expr product = offset(cast(ScalarType::I32, x1), -p.input1Offset) *
                   offset(cast(ScalarType::I32, x2), -p.input2Offset);
    Expr y = offset(multiplyByQuantizedMultiplier(product, p.outputMultiplier, p.outputShift),
                    -p.outputOffset);
    return clampToByte(y, p.activationMin, p.activationMax);
  };
  return elementwise(name, "Mul", p.size, p.operands, compute);
}

Expected<Kernel> buildMaxMin(const MaxMinParams &p, const std::string &name) {
  if (auto s = validate(p); !s)
    return s.error();
  auto compute = [&](Expr x1, Expr x2) {
    Expr a = cast(ScalarType::I32, std::move(x1)), b = cast(ScalarType::I32, std::move(x2));
    return cast(ScalarType::I8, p.maximum ? max(a, b) : min(a, b));
  };
  return elementwise(name, p.maximum ? "Maximum" : "Minimum", p.size, p.operands, compute);
}

Expected<Kernel> buildPrelu(const PreluParams &p, const std::string &name) {
  if (auto s = validate(p); !s)
    return s.error();
  auto compute = [&](Expr x1, Expr x2) {
    Expr x = offset(cast(ScalarType::I32, std::move(x1)), -p.inputOffset);
    Expr a = offset(cast(ScalarType::I32, std::move(x2)), -p.alphaOffset);
    Expr positive = multiplyByQuantizedMultiplier(x, p.identity.multiplier, p.identity.shift);
    Expr negative = multiplyByQuantizedMultiplier(x * a, p.alpha.multiplier, p.alpha.shift);
    Expr y = offset(select(x >= i32(0), positive, negative), -p.outputOffset);
    return clampToByte(y, -128, 127);
  };
  return elementwise(name, "Prelu", p.size, p.operands, compute);
}

Expected<Kernel> buildAveragePool2D(const AveragePool2DParams &p, const std::string &name) {
  if (auto s = validate(p); !s)
    return s.error();
  Buffer acc = makeAccumulator();
  Expr oy = var("oy"), ox = var("ox"), c = var("c"), iy = var("iy"), ix = var("ix");
  auto sum = [&](const Buffer &in) {
    return store(acc, {i32(0)}, load(acc, {i32(0)}) + cast(ScalarType::I32, load(in, {iy, ix, c})));
  };
  auto average = [&](const Buffer &, const Buffer &out, Stmt window) {
    // The window clipped to the image: TFLite divides by the number of real inputs.
    Expr y0 = offset(scaled(oy, p.strideHeight), p.padding.top);
    Expr x0 = offset(scaled(ox, p.strideWidth), p.padding.left);
    Expr rows = min(i32(p.filterHeight), i32(p.inputHeight) - y0) - max(i32(0), i32(0) - y0);
    Expr cols = min(i32(p.filterWidth), i32(p.inputWidth) - x0) - max(i32(0), i32(0) - x0);
    Expr count = var("count"), total = load(acc, {i32(0)});
    Expr half = count / i32(2);
    Expr mean = select(total > i32(0), (total + half) / count, (total - half) / count);
    Stmt result = store(out, {oy, ox, c}, clampToByte(mean, p.activationMin, p.activationMax));
    return allocate(acc, block({store(acc, {i32(0)}, i32(0)), std::move(window),
                                let("count", rows * cols, result)}));
  };
  return poolKernel(name, "AveragePool2D", p, average, sum);
}

} // namespace loom::ops
