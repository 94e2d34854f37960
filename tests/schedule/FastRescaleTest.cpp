// fast_rescale on the glue ops that rescale by constants (ADD and MUL of two activations): the
// glue kernel choice applies it, and the kernel equals the reference byte for byte on random
// scales, zero points and activation ranges (60 cases on the host JIT, 6 in QEMU on Cortex-M7 and
// 4 on Cortex-M4); value ranges it relies on are sound on random expressions.
#include "../../lib/schedule/ValueRange.h"
#include "../support/KernelRuns.h"
#include "loom/fixtures/RandomParams.h"
#include "loom/ir/Intrinsics.h"
#include "loom/ir/Printer.h"
#include "loom/ops/Elementwise.h"
#include "loom/ops/Reference.h"
#include "loom/schedule/KernelChoice.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

namespace loom::testing {
namespace {

ops::AddParams randomAdd(std::mt19937 &rng) {
  int lo = -128, hi = 127;
  if (pick(rng, 0, 1))
    lo = pick(rng, -128, 0), hi = pick(rng, lo, 127);
  return ops::makeAddParams(pick(rng, 1, 700), real(rng, 0.002, 0.5), pick(rng, -128, 127),
                            real(rng, 0.002, 0.5), pick(rng, -128, 127), real(rng, 0.004, 0.8),
                            pick(rng, -128, 127), lo, hi);
}

ops::MulParams randomMul(std::mt19937 &rng) {
  ops::MulParams p;
  p.size = pick(rng, 1, 700);
  p.input1Offset = -pick(rng, -128, 127), p.input2Offset = -pick(rng, -128, 127);
  p.outputOffset = pick(rng, -128, 127);
  auto q = ops::quantizeMultiplier(real(rng, 0.00001, 0.02));
  p.outputMultiplier = q.multiplier, p.outputShift = q.shift;
  return p;
}

struct GlueCase {
  ir::Kernel nest;
  std::vector<int8_t> a, b, expected;
};

// Random operands of `size` elements and the reference kernel's output on them.
template <typename Params, typename Reference>
GlueCase withOperands(const Params &p, ir::Kernel nest, Reference reference, std::mt19937 &rng) {
  GlueCase c{std::move(nest),
             ops::randomInt8(static_cast<size_t>(p.size), rng),
             ops::randomInt8(static_cast<size_t>(p.size), rng),
             {}};
  c.expected.resize(c.a.size());
  reference(p, c.a.data(), c.b.data(), c.expected.data());
  return c;
}

GlueCase glueCase(int n, std::mt19937 &rng) {
  const std::string name = fmt::format("glue_rescale_{}", n);
  if (n % 2 == 0) {
    ops::AddParams p = randomAdd(rng);
    return withOperands(p, ops::buildAdd(p, name).take(), ops::reference::add, rng);
  }
  ops::MulParams p = randomMul(rng);
  return withOperands(p, ops::buildMul(p, name).take(), ops::reference::mul, rng);
}

TEST(FastRescale, GlueKernelsTakeItAndStayBitExact) {
  std::mt19937 rng(91);
  for (int n = 0; n < 60; ++n) {
    GlueCase c = glueCase(n, rng);
    auto chosen = schedule::chooseGlueKernel(c.nest, schedule::ScheduleSources{});
    ASSERT_TRUE(chosen.ok()) << chosen.error().message;
    const bool packed = c.expected.size() >= 8 && c.expected.size() % 4 == 0;
    EXPECT_EQ(chosen->scheduleText,
              std::string(packed ? "split i 4 exact\npack_store i.i\n" : "") + "fast_rescale\n")
        << "case " << n;
    EXPECT_EQ(jit(chosen->kernel, {c.a, c.b}, c.expected.size()), c.expected) << "case " << n;
    if (n < 10) {
      EXPECT_EQ(qemu(chosen->kernel, n < 6 ? codegen::Cpu::CortexM7 : codegen::Cpu::CortexM4,
                     {c.a, c.b}, "fast_rescale"),
                c.expected)
          << "case " << n;
    }
  }
}

// TFLite rescales ADD's input of the larger scale by exactly 0.5 (multiplier 2^30, shift 0) after
// shifting it left by 20: that rescale is a shift by 19, so one element costs two SMMLARs (the
// other input and the output), not three.
TEST(FastRescale, TheLargerScaleInputOfAnAddIsAShift) {
  ops::AddParams p =
      ops::makeAddParams(5, 0.05, 3, 0.02, -7, 0.06, 1, -128, 127); // input 1 has the larger scale
  ASSERT_EQ(p.input1Multiplier, 1 << 30);
  ASSERT_EQ(p.input1Shift, 0);
  auto chosen = schedule::chooseGlueKernel(ops::buildAdd(p, "add_halved").take(),
                                           schedule::ScheduleSources{});
  ASSERT_TRUE(chosen.ok()) << chosen.error().message;
  const std::string text = ir::toString(chosen->kernel.body);
  size_t smmlars = 0;
  for (size_t at = text.find(ir::kSmmlar); at != std::string::npos;
       at = text.find(ir::kSmmlar, at + 1))
    ++smmlars;
  EXPECT_EQ(smmlars, 2u) << text;
  EXPECT_NE(text.find("<< 19"), std::string::npos) << text;
  std::mt19937 rng(17);
  GlueCase c = withOperands(p, chosen->kernel, ops::reference::add, rng);
  EXPECT_EQ(jit(c.nest, {c.a, c.b}, c.expected.size()), c.expected);
}

TEST(FastRescale, NaiveWhenSchedulesAreOff) {
  std::mt19937 rng(5);
  GlueCase c = glueCase(0, rng);
  auto chosen = schedule::chooseGlueKernel(c.nest, schedule::ScheduleSources{.scheduled = false});
  ASSERT_TRUE(chosen.ok());
  EXPECT_EQ(chosen->scheduleText, "");
}

// valueRange on random trees of the forms the glue ops build holds every value the tree takes.
TEST(ValueRange, BoundsEveryValueOfRandomRescales) {
  using namespace ir;
  std::mt19937 rng(17);
  Buffer in = makeBuffer("x", ScalarType::I8, {1}, {"i"}, BufferRole::Input);
  for (int n = 0; n < 200; ++n) {
    const int off = pick(rng, -128, 127), left = pick(rng, 0, 20);
    const auto q = ops::quantizeMultiplier(real(rng, 0.001, 0.99));
    Expr x = binary(BinaryOp::Shl, cast(ScalarType::I32, load(in, {i32(0)})) + i32(off), i32(left));
    Expr e = call(
        std::string(kRoundingDivideByPOT), ScalarType::I32,
        {call(std::string(kSatRoundingDoublingHighMul), ScalarType::I32, {x, i32(q.multiplier)}),
         i32(-q.shift)});
    auto r = schedule::detail::valueRange(e);
    ASSERT_TRUE(r.has_value());
    for (int v = -128; v <= 127; ++v) {
      const int32_t shifted = static_cast<int32_t>((v + off) * (int64_t{1} << left));
      const int32_t y =
          ops::reference::multiplyByQuantizedMultiplier(shifted, q.multiplier, q.shift);
      ASSERT_GE(y, r->lo) << n;
      ASSERT_LE(y, r->hi) << n;
    }
  }
  // An i32 input has no known range.
  Buffer wide = makeBuffer("w", ScalarType::I32, {1}, {"i"}, BufferRole::Input);
  EXPECT_FALSE(schedule::detail::valueRange(load(wide, {i32(0)})).has_value());
}

} // namespace
} // namespace loom::testing
