// SOFTMAX, PAD and 8-bit QUANTIZE loop nests equal their reference kernels byte for byte: random
// configurations on the host JIT, a few in QEMU (Cortex-M7 and M4); the softmax reference itself
// is checked against the real softmax; impossible parameters are refused.
#include "../support/KernelRuns.h"
#include "loom/fixtures/RandomParams.h"
#include "loom/ops/DataMovement.h"
#include "loom/ops/Quantization.h"
#include "loom/ops/Softmax.h"

#include <fmt/format.h>

#include <cmath>

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
}

} // namespace
} // namespace loom::testing
