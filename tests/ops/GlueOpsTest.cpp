// SOFTMAX (int8 and int16 output), PAD and integer QUANTIZE (int8/uint8/int16 to
// int8/uint8/int16/int32) loop nests equal their reference kernels byte for byte: random
// configurations on the host JIT, a few in QEMU (Cortex-M7 and M4); the softmax reference itself
// is checked against the real softmax; impossible parameters are refused.
#include "../support/KernelRuns.h"
#include "loom/fixtures/RandomParams.h"
#include "loom/ops/DataMovement.h"
#include "loom/ops/Quantization.h"
#include "loom/ops/Softmax.h"

#include <fmt/format.h>

#include <array>
#include <cmath>
#include <cstring>

namespace loom::testing {
namespace {

codegen::Cpu cpuOf(int n) { return n % 2 ? codegen::Cpu::CortexM4 : codegen::Cpu::CortexM7; }

TEST(Softmax, MatchesReferenceOnJitAndQemu) {
  std::mt19937 rng(50);
  for (int n = 0; n < 40; ++n) {
    // Input scales from tiny (everything near 1/depth) to large (one-hot, diff_min cut-offs).
    ops::SoftmaxParams p = ops::makeSoftmaxParams(pick(rng, 1, 4), pick(rng, 1, 300),
                                                  pick(rng, 0, 3) ? 1.0 : real(rng, 0.3, 3.0),
                                                  std::exp(real(rng, std::log(0.005), 0.0)));
    SCOPED_TRACE(fmt::format("{}x{} multiplier {} << {} diff_min {}", p.rows, p.depth,
                             p.inputMultiplier, p.inputLeftShift, p.diffMin));
    const size_t size = static_cast<size_t>(p.rows) * p.depth;
    auto in = ops::randomInt8(size, rng);
    std::vector<int8_t> expected(size);
    ops::reference::softmax(p, in.data(), expected.data());
    ir::Kernel k = ops::buildSoftmax(p, fmt::format("softmax_{}", n)).take();
    EXPECT_EQ(jit(k, {in}, size), expected) << "case " << n;
    if (n < 4) {
      EXPECT_EQ(qemu(k, cpuOf(n), {in}, "glue_ops"), expected);
    }
  }
}

// The fixed-point reference tracks the real softmax to within its output step (1/256), so a
// wrong constant or shift in the gemmlowp arithmetic cannot pass unnoticed.
TEST(Softmax, ReferenceApproximatesRealSoftmax) {
  std::mt19937 rng(51);
  for (int n = 0; n < 200; ++n) {
    const int depth = pick(rng, 2, 40);
    const double scale = real(rng, 0.01, 0.2);
    ops::SoftmaxParams p = ops::makeSoftmaxParams(1, depth, 1.0, scale);
    auto in = ops::randomInt8(static_cast<size_t>(depth), rng);
    std::vector<int8_t> out(static_cast<size_t>(depth));
    ops::reference::softmax(p, in.data(), out.data());
    double total = 0;
    for (int8_t x : in)
      total += std::exp(scale * x);
    for (int c = 0; c < depth; ++c) {
      const double exact = std::exp(scale * in[c]) / total;
      EXPECT_NEAR((out[c] + 128) / 256.0, exact, 1.5 / 256) << "case " << n << " element " << c;
    }
  }
}

TEST(Pad, MatchesReferenceOnJitAndQemu) {
  std::mt19937 rng(52);
  for (int n = 0; n < 40; ++n) {
    ops::PadParams p;
    p.inputHeight = pick(rng, 1, 9), p.inputWidth = pick(rng, 1, 9), p.channels = pick(rng, 1, 20);
    p.top = pick(rng, 0, 2), p.bottom = pick(rng, 0, 2), p.left = pick(rng, 0, 2);
    p.right = pick(rng, 0, 2), p.front = pick(rng, 0, 9), p.back = pick(rng, 0, 9);
    if (n % 4 == 0) // channel-only padding, as in the micronet ADD branches
      p.top = p.bottom = p.left = p.right = 0;
    p.padValue = pick(rng, -128, 127);
    auto in = ops::randomInt8(static_cast<size_t>(p.inputHeight) * p.inputWidth * p.channels, rng);
    std::vector<int8_t> expected(static_cast<size_t>(p.outputHeight()) * p.outputWidth() *
                                 p.outputChannels());
    ops::reference::pad(p, in.data(), expected.data());
    ir::Kernel k = ops::buildPad(p, fmt::format("pad_{}", n)).take();
    EXPECT_EQ(jit(k, {in}, expected.size()), expected) << "case " << n;
    if (n < 4) {
      EXPECT_EQ(qemu(k, cpuOf(n), {in}, "glue_ops"), expected);
    }
  }
}

TEST(Requantize, MatchesReferenceOnJitAndQemu) {
  std::mt19937 rng(53);
  for (int n = 0; n < 40; ++n) {
    ops::RequantizeParams p;
    p.size = pick(rng, 1, 2000);
    p.inputUnsigned = pick(rng, 0, 1), p.outputUnsigned = pick(rng, 0, 1);
    p.inputZeroPoint = p.inputUnsigned ? pick(rng, 0, 255) : pick(rng, -128, 127);
    p.outputZeroPoint = p.outputUnsigned ? pick(rng, 0, 255) : pick(rng, -128, 127);
    // Half the cases keep the scale (the uint8 <-> int8 model boundaries), half rescale.
    auto q = ops::quantizeMultiplier(n % 2 ? 1.0 : real(rng, 0.05, 8.0));
    p.multiplier = q.multiplier, p.shift = q.shift;
    auto in = ops::randomInt8(static_cast<size_t>(p.size), rng);
    std::vector<int8_t> expected(static_cast<size_t>(p.size));
    ops::reference::requantize(p, reinterpret_cast<const uint8_t *>(in.data()),
                               reinterpret_cast<uint8_t *>(expected.data()));
    ir::Kernel k = ops::buildRequantize(p, fmt::format("requantize_{}", n)).take();
    EXPECT_EQ(jit(k, {in}, expected.size()), expected) << "case " << n;
    if (n < 4) {
      EXPECT_EQ(qemu(k, cpuOf(n), {in}, "glue_ops"), expected);
    }
  }
}

// QUANTIZE between int8, int16 and int32 (the keyword model's int16 input and int32 output):
// random values of the input type, rescaled, saturating at the output type's range.
TEST(Requantize, WideTypesMatchReferenceOnJitAndQemu) {
  std::mt19937 rng(54);
  for (int n = 0; n < 30; ++n) {
    ops::RequantizeParams p;
    p.size = pick(rng, 1, 300);
    p.inputBits = pick(rng, 0, 1) ? 16 : 8;
    p.outputBits = std::array{8, 16, 32}[static_cast<size_t>(pick(rng, 0, 2))];
    const auto [inLo, inHi] = ops::requantizeRange(p.inputBits, false);
    const auto [outLo, outHi] = ops::requantizeRange(p.outputBits, false);
    p.inputZeroPoint = pick(rng, std::max(inLo, -40000), std::min(inHi, 40000));
    p.outputZeroPoint = pick(rng, std::max(outLo, -40000), std::min(outHi, 40000));
    auto q = ops::quantizeMultiplier(std::exp(real(rng, std::log(1e-3), std::log(3e3))));
    p.multiplier = q.multiplier, p.shift = q.shift;
    SCOPED_TRACE(fmt::format("case {}: int{} -> int{}", n, p.inputBits, p.outputBits));
    auto in = ops::randomInt8(static_cast<size_t>(p.size * p.inputBits / 8), rng);
    std::vector<int8_t> expected(static_cast<size_t>(p.size * p.outputBits / 8));
    ops::reference::requantize(p, reinterpret_cast<const uint8_t *>(in.data()),
                               reinterpret_cast<uint8_t *>(expected.data()));
    ir::Kernel k = ops::buildRequantize(p, fmt::format("requantize_wide_{}", n)).take();
    EXPECT_EQ(jit(k, {in}, expected.size()), expected);
    if (n < 4) {
      EXPECT_EQ(qemu(k, cpuOf(n), {in}, "glue_ops"), expected);
    }
  }
  // The reference itself: int16 -32768 at zero point 0, scale 1 to int8 saturates to -128; to
  // int32 it stays.
  ops::RequantizeParams p;
  p.size = 1, p.inputBits = 16;
  const int16_t x = -32768;
  int8_t narrow = 0;
  ops::reference::requantize(p, reinterpret_cast<const uint8_t *>(&x),
                             reinterpret_cast<uint8_t *>(&narrow));
  EXPECT_EQ(narrow, -128);
  p.outputBits = 32;
  int32_t wide = 0;
  ops::reference::requantize(p, reinterpret_cast<const uint8_t *>(&x),
                             reinterpret_cast<uint8_t *>(&wide));
  EXPECT_EQ(wide, -32768);
}

// int8 -> int16 SOFTMAX (scale 1/65536, zero point -32768): the nest equals the reference, and
// the reference tracks the real softmax to within a few of its finer steps.
TEST(Softmax, Int16OutputMatchesReferenceAndRealSoftmax) {
  std::mt19937 rng(55);
  for (int n = 0; n < 30; ++n) {
    ops::SoftmaxParams p = ops::makeSoftmaxParams(pick(rng, 1, 3), pick(rng, 1, 200), 1.0,
                                                  std::exp(real(rng, std::log(0.005), 0.0)));
    p.outputBits = 16;
    const size_t size = static_cast<size_t>(p.rows) * p.depth;
    auto in = ops::randomInt8(size, rng);
    std::vector<int16_t> expected(size);
    ops::reference::softmax(p, in.data(), expected.data());
    std::vector<int8_t> bytes(size * 2);
    std::memcpy(bytes.data(), expected.data(), bytes.size());
    ir::Kernel k = ops::buildSoftmax(p, fmt::format("softmax16_{}", n)).take();
    EXPECT_EQ(jit(k, {in}, bytes.size()), bytes) << "case " << n;
    if (n < 4) {
      EXPECT_EQ(qemu(k, cpuOf(n), {in}, "glue_ops"), bytes);
    }
  }
  const double scale = 0.05;
  ops::SoftmaxParams p = ops::makeSoftmaxParams(1, 20, 1.0, scale);
  p.outputBits = 16;
  auto in = ops::randomInt8(20, rng);
  std::vector<int16_t> out(20);
  ops::reference::softmax(p, in.data(), out.data());
  double total = 0;
  for (int8_t x : in)
    total += std::exp(scale * x);
  for (size_t c = 0; c < in.size(); ++c)
    EXPECT_NEAR((out[c] + 32768) / 65536.0, std::exp(scale * in[c]) / total, 4.0 / 65536) << c;
}

TEST(GlueOps, RefuseImpossibleParameters) {
  ops::SoftmaxParams s = ops::makeSoftmaxParams(1, 5000, 1.0, 0.1);
  EXPECT_NE(ops::validate(s).error().message.find("overflows the Q12 sum"), std::string::npos);
  s = ops::makeSoftmaxParams(1, 10, 1.0, 1e-12);
  EXPECT_NE(ops::validate(s).error().message.find("beta * input scale too small"),
            std::string::npos);
  ops::PadParams p;
  p.inputHeight = p.inputWidth = p.channels = 2;
  p.front = -1;
  EXPECT_NE(ops::validate(p).error().message.find("padding amount -1"), std::string::npos);
  p.front = 0, p.padValue = 200;
  EXPECT_FALSE(ops::buildPad(p, "pad").ok());
  ops::RequantizeParams r;
  r.size = 10, r.outputUnsigned = true, r.outputZeroPoint = -3;
  EXPECT_NE(ops::validate(r).error().message.find("outside their types' ranges"),
            std::string::npos);
  r.outputZeroPoint = 0, r.outputBits = 16;
  EXPECT_NE(ops::validate(r).error().message.find("unsigned 16-bit values are not supported"),
            std::string::npos);
  r.outputUnsigned = false, r.inputBits = 12;
  EXPECT_NE(ops::validate(r).error().message.find("12-bit values are not supported"),
            std::string::npos);
  s = ops::makeSoftmaxParams(1, 10, 1.0, 0.1);
  s.outputBits = 32;
  EXPECT_NE(ops::validate(s).error().message.find("32-bit output is not supported"),
            std::string::npos);
}

} // namespace
} // namespace loom::testing
