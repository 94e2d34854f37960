// MEAN, MAX_POOL_2D, TRANSPOSE, RESIZE_NEAREST_NEIGHBOR, broadcasting ADD/MUL (with constant
// operands) and the float32 ops (QUANTIZE from float, DEQUANTIZE, LOG_SOFTMAX) equal their
// reference kernels byte for byte: random configurations on the host JIT, a few in QEMU
// (Cortex-M7 and M4); impossible parameters are refused.
#include "../support/KernelRuns.h"
#include "loom/fixtures/RandomParams.h"
#include "loom/ops/DataMovement.h"
#include "loom/ops/Elementwise.h"
#include "loom/ops/FloatOps.h"
#include "loom/ops/Quantization.h"
#include "loom/ops/Reduce.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <numeric>

namespace loom::testing {
namespace {

codegen::Cpu cpuOf(int n) { return n % 2 ? codegen::Cpu::CortexM4 : codegen::Cpu::CortexM7; }

// Raw bytes of floats, the form kernels and the QEMU runner take.
std::vector<int8_t> bytesOf(const std::vector<float> &v) {
  std::vector<int8_t> b(v.size() * 4);
  std::memcpy(b.data(), v.data(), b.size());
  return b;
}

TEST(Mean, MatchesReferenceOnJitAndQemu) {
  std::mt19937 rng(60);
  for (int n = 0; n < 40; ++n) {
    ops::MeanParams p;
    const int rank = pick(rng, 1, 4);
    for (int d = 0; d < rank; ++d) {
      p.shape.push_back(pick(rng, 1, 9));
      p.reduced.push_back(pick(rng, 0, 1) == 1);
    }
    if (n % 5 == 0) // the TinyNeuralNetwork heads: one spatial axis of a 4-D tensor
      p.shape = {1, pick(rng, 2, 28), pick(rng, 2, 28), pick(rng, 8, 64)},
      p.reduced = {false, false, true, false};
    p.inputZeroPoint = pick(rng, -128, 127), p.outputZeroPoint = pick(rng, -128, 127);
    auto q = ops::quantizeMultiplier(real(rng, 0.2, 4.0));
    p.multiplier = q.multiplier, p.shift = q.shift;
    const int64_t size =
        std::accumulate(p.shape.begin(), p.shape.end(), int64_t{1}, std::multiplies<>());
    SCOPED_TRACE(fmt::format("case {} rank {} N {}", n, rank, p.reducedCount()));
    auto in = ops::randomInt8(static_cast<size_t>(size), rng);
    std::vector<int8_t> expected(static_cast<size_t>(p.outputCount()));
    ops::reference::mean(p, in.data(), expected.data());
    ir::Kernel k = ops::buildMean(p, fmt::format("mean_{}", n)).take();
    expectKernelOutput(k, {in}, expected, n < 4, cpuOf(n), "reduce_ops");
  }
}

// The reference MEAN is a mean: with equal scales and zero points it gives the rounded average.
TEST(Mean, ReferenceAveragesWithEqualScales) {
  ops::MeanParams p;
  p.shape = {1, 4, 1, 2}, p.reduced = {false, true, true, false};
  auto q = ops::quantizeMultiplier(1.0);
  p.multiplier = q.multiplier, p.shift = q.shift;
  const std::vector<int8_t> in = {1, -8, 2, -8, 3, -8, 5, -9}; // channel 0: 11/4, channel 1: -33/4
  std::vector<int8_t> out(2);
  ops::reference::mean(p, in.data(), out.data());
  EXPECT_EQ(out, (std::vector<int8_t>{3, -8}));
}

TEST(MaxPool2D, MatchesReferenceOnJitAndQemu) {
  std::mt19937 rng(61);
  for (int n = 0; n < 30; ++n) {
    ops::MaxPool2DParams p;
    p.inputHeight = pick(rng, 2, 17), p.inputWidth = pick(rng, 2, 17),
    p.channels = pick(rng, 1, 40);
    p.filterHeight = pick(rng, 1, 3), p.filterWidth = pick(rng, 1, 3);
    p.strideHeight = pick(rng, 1, 2), p.strideWidth = pick(rng, 1, 2);
    if (n % 3 == 0)
      p.padding = {pick(rng, 0, p.filterHeight - 1), pick(rng, 0, p.filterHeight - 1),
                   pick(rng, 0, p.filterWidth - 1), pick(rng, 0, p.filterWidth - 1)};
    p.activationMin = pick(rng, -128, -20), p.activationMax = pick(rng, 20, 127);
    if (!ops::validate(p).ok())
      continue;
    auto in = ops::randomInt8(static_cast<size_t>(p.inputHeight) * p.inputWidth * p.channels, rng);
    std::vector<int8_t> expected(static_cast<size_t>(p.outputHeight()) * p.outputWidth() *
                                 p.channels);
    ops::reference::maxPool2D(p, in.data(), expected.data());
    ir::Kernel k = ops::buildMaxPool2D(p, fmt::format("max_pool_{}", n)).take();
    expectKernelOutput(k, {in}, expected, n < 4, cpuOf(n), "reduce_ops");
  }
}

TEST(Transpose, MatchesReferenceOnJitAndQemu) {
  std::mt19937 rng(62);
  for (int n = 0; n < 30; ++n) {
    ops::TransposeParams p;
    const int rank = pick(rng, 1, 4);
    for (int d = 0; d < rank; ++d)
      p.shape.push_back(pick(rng, 1, 7));
    p.perm.resize(static_cast<size_t>(rank));
    std::iota(p.perm.begin(), p.perm.end(), 0);
    std::shuffle(p.perm.begin(), p.perm.end(), rng);
    const int64_t size =
        std::accumulate(p.shape.begin(), p.shape.end(), int64_t{1}, std::multiplies<>());
    auto in = ops::randomInt8(static_cast<size_t>(size), rng);
    std::vector<int8_t> expected(static_cast<size_t>(size));
    ops::reference::transpose(p, in.data(), expected.data());
    ir::Kernel k = ops::buildTranspose(p, fmt::format("transpose_{}", n)).take();
    expectKernelOutput(k, {in}, expected, n < 2, cpuOf(n), "reduce_ops");
  }
}

TEST(ResizeNearest, MatchesReferenceOnJitAndQemu) {
  std::mt19937 rng(63);
  for (int n = 0; n < 30; ++n) {
    ops::ResizeNearestParams p;
    p.inputHeight = pick(rng, 1, 9), p.inputWidth = pick(rng, 1, 9), p.channels = pick(rng, 1, 20);
    p.outputHeight = pick(rng, 1, 20), p.outputWidth = pick(rng, 1, 20);
    p.alignCorners = pick(rng, 0, 1) == 1, p.halfPixelCenters = pick(rng, 0, 1) == 1;
    auto in = ops::randomInt8(static_cast<size_t>(p.inputHeight) * p.inputWidth * p.channels, rng);
    std::vector<int8_t> expected(static_cast<size_t>(p.outputHeight) * p.outputWidth * p.channels);
    ops::reference::resizeNearest(p, in.data(), expected.data());
    ir::Kernel k = ops::buildResizeNearest(p, fmt::format("resize_{}", n)).take();
    expectKernelOutput(k, {in}, expected, n < 2, cpuOf(n), "reduce_ops");
  }
}

// Random broadcast shapes of rank 1-4: each input dimension is the output's or 1; one case in
// three makes input 2 a constant.
ops::BinaryOperands randomOperands(std::mt19937 &rng, int64_t &size) {
  ops::BinaryOperands o;
  const int rank = pick(rng, 1, 4);
  std::vector<int64_t> dims1, dims2;
  for (int d = 0; d < rank; ++d) {
    o.shape.push_back(pick(rng, 1, 6));
    dims1.push_back(pick(rng, 0, 3) ? o.shape.back() : 1);
    dims2.push_back(pick(rng, 0, 1) ? o.shape.back() : 1);
  }
  auto strides = [&](const std::vector<int64_t> &dims) {
    std::vector<int64_t> s(dims.size());
    int64_t stride = 1;
    for (size_t d = dims.size(); d-- > 0;) {
      s[d] = dims[d] == 1 ? 0 : stride;
      stride *= dims[d];
    }
    return s;
  };
  o.strides1 = strides(dims1), o.strides2 = strides(dims2);
  size = std::accumulate(o.shape.begin(), o.shape.end(), int64_t{1}, std::multiplies<>());
  if (pick(rng, 0, 2) == 0)
    o.constant2 = ops::randomInt8(static_cast<size_t>(o.extent2(size)), rng);
  return o;
}

TEST(BroadcastMul, MatchesReferenceOnJitAndQemu) {
  std::mt19937 rng(64);
  for (int n = 0; n < 40; ++n) {
    ops::MulParams p;
    p.operands = randomOperands(rng, p.size);
    p.input1Offset = pick(rng, -127, 128), p.input2Offset = pick(rng, -127, 128);
    p.outputOffset = pick(rng, -128, 127);
    auto q = ops::quantizeMultiplier(std::exp(real(rng, std::log(1e-4), std::log(2.0))));
    p.outputMultiplier = q.multiplier, p.outputShift = q.shift;
    auto a = ops::randomInt8(static_cast<size_t>(p.operands.extent1(p.size)), rng);
    auto b = ops::randomInt8(static_cast<size_t>(p.operands.extent2(p.size)), rng);
    std::vector<int8_t> expected(static_cast<size_t>(p.size));
    ops::reference::mul(p, a.data(), b.data(), expected.data());
    ir::Kernel k = ops::buildMul(p, fmt::format("mul_{}", n)).take();
    std::vector<std::vector<int8_t>> inputs = {a};
    if (p.operands.constant2.empty())
      inputs.push_back(b);
    expectKernelOutput(k, inputs, expected, n < 4, cpuOf(n), "reduce_ops");
  }
}

TEST(BroadcastAdd, MatchesReferenceOnJitAndQemu) {
  std::mt19937 rng(65);
  for (int n = 0; n < 40; ++n) {
    int64_t size = 0;
    ops::BinaryOperands operands = randomOperands(rng, size);
    ops::AddParams p = ops::makeAddParams(size, real(rng, 0.005, 0.2), pick(rng, -128, 127),
                                          real(rng, 0.005, 0.2), pick(rng, -128, 127),
                                          real(rng, 0.01, 0.3), pick(rng, -128, 127), -128, 127);
    p.operands = operands;
    auto a = ops::randomInt8(static_cast<size_t>(p.operands.extent1(size)), rng);
    auto b = ops::randomInt8(static_cast<size_t>(p.operands.extent2(size)), rng);
    std::vector<int8_t> expected(static_cast<size_t>(size));
    ops::reference::add(p, a.data(), b.data(), expected.data());
    ir::Kernel k = ops::buildAdd(p, fmt::format("add_{}", n)).take();
    std::vector<std::vector<int8_t>> inputs = {a};
    if (p.operands.constant2.empty())
      inputs.push_back(b);
    expectKernelOutput(k, inputs, expected, n < 4, cpuOf(n), "reduce_ops");
  }
}

// SUB: ADD's arithmetic with the second scaled input subtracted; the reference follows the real
// difference to within one output step (and x - x is the output zero point).
TEST(BroadcastSub, MatchesReferenceOnJitAndQemuAndTheRealDifference) {
  std::mt19937 rng(66);
  for (int n = 0; n < 40; ++n) {
    int64_t size = 0;
    ops::BinaryOperands operands = randomOperands(rng, size);
    const double s1 = real(rng, 0.005, 0.2), s2 = real(rng, 0.005, 0.2), so = real(rng, 0.01, 0.3);
    const int z1 = pick(rng, -128, 127), z2 = pick(rng, -128, 127), zo = pick(rng, -128, 127);
    ops::AddParams p = ops::makeAddParams(size, s1, z1, s2, z2, so, zo, -128, 127);
    p.subtract = true;
    p.operands = operands;
    auto a = ops::randomInt8(static_cast<size_t>(p.operands.extent1(size)), rng);
    auto b = ops::randomInt8(static_cast<size_t>(p.operands.extent2(size)), rng);
    std::vector<int8_t> expected(static_cast<size_t>(size));
    ops::reference::add(p, a.data(), b.data(), expected.data());
    if (p.operands.shape.empty() && p.operands.constant2.empty()) {
      for (int64_t i = 0; i < size; ++i) {
        const double exact = (s1 * (a[i] - z1) - s2 * (b[i] - z2)) / so + zo;
        ASSERT_NEAR(expected[i], std::clamp(exact, -128.0, 127.0), 1.0) << "case " << n;
      }
    }
    ir::Kernel k = ops::buildAdd(p, fmt::format("sub_{}", n)).take();
    EXPECT_NE(k.description.find("Sub"), std::string::npos);
    std::vector<std::vector<int8_t>> inputs = {a};
    if (p.operands.constant2.empty())
      inputs.push_back(b);
    expectKernelOutput(k, inputs, expected, n < 4, cpuOf(n), "reduce_ops");
  }
}

// PRELU: the reference follows x >= 0 ? x : alpha * x to within one output step; the nest equals
// the reference with broadcast (per-channel) and full alphas.
TEST(BroadcastPrelu, MatchesReferenceOnJitAndQemuAndTheRealFunction) {
  std::mt19937 rng(68);
  for (int n = 0; n < 40; ++n) {
    ops::PreluParams p;
    p.operands = randomOperands(rng, p.size);
    const double si = real(rng, 0.005, 0.2), sa = real(rng, 0.001, 0.05), so = real(rng, 0.01, 0.3);
    const int zi = pick(rng, -128, 127), za = pick(rng, -128, 127), zo = pick(rng, -128, 127);
    p.inputOffset = -zi, p.alphaOffset = -za, p.outputOffset = zo;
    p.identity = ops::quantizeMultiplier(si / so), p.alpha = ops::quantizeMultiplier(si * sa / so);
    auto a = ops::randomInt8(static_cast<size_t>(p.operands.extent1(p.size)), rng);
    auto b = ops::randomInt8(static_cast<size_t>(p.operands.extent2(p.size)), rng);
    std::vector<int8_t> expected(static_cast<size_t>(p.size));
    ops::reference::prelu(p, a.data(), b.data(), expected.data());
    if (p.operands.shape.empty() && p.operands.constant2.empty()) {
      for (int64_t i = 0; i < p.size; ++i) {
        const double x = si * (a[i] - zi), alpha = sa * (b[i] - za);
        const double exact = (x >= 0 ? x : alpha * x) / so + zo;
        ASSERT_NEAR(expected[i], std::clamp(exact, -128.0, 127.0), 1.0) << "case " << n;
      }
    }
    ir::Kernel k = ops::buildPrelu(p, fmt::format("prelu_{}", n)).take();
    std::vector<std::vector<int8_t>> inputs = {a};
    if (p.operands.constant2.empty())
      inputs.push_back(b);
    expectKernelOutput(k, inputs, expected, n < 4, cpuOf(n), "reduce_ops");
  }
  ops::PreluParams bad;
  bad.size = 4, bad.alphaOffset = 200;
  EXPECT_NE(ops::validate(bad).error().message.find("alpha zero point"), std::string::npos);
}

TEST(BroadcastMaximumMinimum, MatchesReferenceOnJitAndQemu) {
  std::mt19937 rng(67);
  for (int n = 0; n < 40; ++n) {
    ops::MaxMinParams p;
    p.operands = randomOperands(rng, p.size);
    p.maximum = n % 2 == 0;
    auto a = ops::randomInt8(static_cast<size_t>(p.operands.extent1(p.size)), rng);
    auto b = ops::randomInt8(static_cast<size_t>(p.operands.extent2(p.size)), rng);
    std::vector<int8_t> expected(static_cast<size_t>(p.size));
    ops::reference::maxMin(p, a.data(), b.data(), expected.data());
    if (p.operands.shape.empty() && p.operands.constant2.empty()) {
      for (int64_t i = 0; i < p.size; ++i) {
        ASSERT_EQ(expected[i], p.maximum ? std::max(a[i], b[i]) : std::min(a[i], b[i]));
      }
    }
    ir::Kernel k = ops::buildMaxMin(p, fmt::format("maxmin_{}", n)).take();
    std::vector<std::vector<int8_t>> inputs = {a};
    if (p.operands.constant2.empty())
      inputs.push_back(b);
    expectKernelOutput(k, inputs, expected, n < 4, cpuOf(n), "reduce_ops");
  }
  ops::MaxMinParams bad;
  EXPECT_NE(ops::validate(bad).error().message.find("Maximum: size is 0"), std::string::npos);
}

// Inputs around the rounding edges: exact halves (x = (k + 0.5) * scale), values beyond the
// 8-bit range, huge values, signed zeros and NaNs (which quantize to the zero point on every
// target).
std::vector<float> quantizeInputs(std::mt19937 &rng, size_t size, float scale) {
  std::vector<float> v(size);
  for (auto &x : v) {
    switch (pick(rng, 0, 5)) {
    case 4: x = pick(rng, 0, 1) ? std::nanf("") : -std::nanf(""); break;
    case 0: x = (static_cast<float>(pick(rng, -140, 140)) + 0.5f) * scale; break;
    case 1: x = static_cast<float>(real(rng, -300, 300)) * scale; break;
    case 2: x = pick(rng, 0, 1) ? 3e30f : -3e30f; break;
    case 3: x = pick(rng, 0, 1) ? 0.0f : -0.0f; break;
    default: x = static_cast<float>(real(rng, -1, 1)) * scale * 2; break;
    }
  }
  return v;
}

TEST(QuantizeFloat, MatchesReferenceOnJitAndQemu) {
  std::mt19937 rng(66);
  for (int n = 0; n < 30; ++n) {
    ops::QuantizeFloatParams p;
    p.size = pick(rng, 1, 500);
    p.scale = static_cast<float>(std::exp(real(rng, std::log(1e-3), std::log(2.0))));
    p.outputUnsigned = pick(rng, 0, 1) == 1;
    p.zeroPoint = p.outputUnsigned ? pick(rng, 0, 255) : pick(rng, -128, 127);
    auto in = bytesOf(quantizeInputs(rng, static_cast<size_t>(p.size), p.scale));
    std::vector<int8_t> expected(static_cast<size_t>(p.size));
    ops::reference::quantizeFloat(p, reinterpret_cast<const float *>(in.data()),
                                  reinterpret_cast<uint8_t *>(expected.data()));
    ir::Kernel k = ops::buildQuantizeFloat(p, fmt::format("quantize_f32_{}", n)).take();
    expectKernelOutput(k, {in}, expected, n < 4, cpuOf(n), "float_ops");
  }
}

// TfLiteRound, not truncation or round-half-even: the reference rounds halves away from zero.
TEST(QuantizeFloat, ReferenceRoundsHalvesAwayFromZero) {
  ops::QuantizeFloatParams p;
  p.size = 6, p.scale = 0.5f, p.zeroPoint = 1;
  const std::vector<float> in = {0.25f, -0.25f, 0.75f, -0.75f, 100.0f, -0.2f};
  std::vector<uint8_t> out(6);
  ops::reference::quantizeFloat(p, in.data(), out.data());
  EXPECT_EQ(std::vector<int>(out.begin(), out.end()),
            (std::vector<int>{2, 0, 3, 255 /* -1 */, 127, 1}));
  const float nan = std::nanf("");
  ops::reference::quantizeFloat(p, &nan, out.data());
  EXPECT_EQ(out[0], 1) << "NaN quantizes to the zero point";
}

TEST(Dequantize, MatchesReferenceOnJitAndQemu) {
  std::mt19937 rng(67);
  for (int n = 0; n < 20; ++n) {
    ops::DequantizeParams p;
    p.size = pick(rng, 1, 600);
    p.scale = static_cast<float>(std::exp(real(rng, std::log(1e-4), std::log(4.0))));
    p.inputUnsigned = pick(rng, 0, 1) == 1;
    p.zeroPoint = p.inputUnsigned ? pick(rng, 0, 255) : pick(rng, -128, 127);
    auto in = ops::randomInt8(static_cast<size_t>(p.size), rng);
    std::vector<float> expected(static_cast<size_t>(p.size));
    ops::reference::dequantize(p, reinterpret_cast<const uint8_t *>(in.data()), expected.data());
    ir::Kernel k = ops::buildDequantize(p, fmt::format("dequantize_{}", n)).take();
    expectKernelOutput(k, {in}, bytesOf(expected), n < 4, cpuOf(n), "float_ops");
  }
}

TEST(LogSoftmaxFloat, MatchesReferenceOnJitAndQemu) {
  std::mt19937 rng(68);
  for (int n = 0; n < 20; ++n) {
    ops::LogSoftmaxFloatParams p;
    p.rows = pick(rng, 1, 4), p.depth = pick(rng, 1, 100);
    std::vector<float> x(static_cast<size_t>(p.rows) * p.depth);
    const double spread = real(rng, 0.1, 40);
    for (auto &v : x)
      v = static_cast<float>(real(rng, -spread, spread));
    auto in = bytesOf(x);
    std::vector<float> expected(x.size());
    ops::reference::logSoftmaxFloat(p, x.data(), expected.data());
    ir::Kernel k = ops::buildLogSoftmaxFloat(p, fmt::format("log_softmax_{}", n)).take();
    expectKernelOutput(k, {in}, bytesOf(expected), n < 4, cpuOf(n), "float_ops");
  }
}

// exp and log give the same bits on every core: 8,000 exps and 2,000 logs on Cortex-M7, M4, M33,
// M55 equal the host reference (newlib's own expf/logf differ from glibc's in the last bit on the
// cores without a double-precision FPU, which the lenet models showed on the M4).
TEST(LogSoftmaxFloat, SameBitsOnEveryCore) {
  std::mt19937 rng(69);
  ops::LogSoftmaxFloatParams p;
  p.rows = 2000, p.depth = 4;
  std::vector<float> x(static_cast<size_t>(p.rows) * p.depth);
  for (auto &v : x)
    v = static_cast<float>(real(rng, -30, 30));
  std::vector<float> expected(x.size());
  ops::reference::logSoftmaxFloat(p, x.data(), expected.data());
  ir::Kernel k = ops::buildLogSoftmaxFloat(p, "log_softmax_every_core").take();
  for (codegen::Cpu cpu : {codegen::Cpu::CortexM7, codegen::Cpu::CortexM4, codegen::Cpu::CortexM33,
                           codegen::Cpu::CortexM55}) {
    const codegen::Target target{cpu, codegen::FloatAbi::Hard};
    SCOPED_TRACE(target.name());
    expectKernelOutput(k, {bytesOf(x)}, bytesOf(expected), true, cpu,
                       fmt::format("float_ops_{}", static_cast<int>(cpu)));
  }
}

// The reference is a log-softmax: exp of the outputs sums to one.
TEST(LogSoftmaxFloat, ReferenceIsNormalised) {
  ops::LogSoftmaxFloatParams p;
  p.rows = 1, p.depth = 5;
  const std::vector<float> in = {1.0f, -2.0f, 0.5f, 3.0f, 0.0f};
  std::vector<float> out(5);
  ops::reference::logSoftmaxFloat(p, in.data(), out.data());
  double total = 0;
  for (float v : out)
    total += std::exp(static_cast<double>(v));
  EXPECT_NEAR(total, 1.0, 1e-6);
  EXPECT_NEAR(out[3] - out[0], 2.0, 1e-6);
}

TEST(ReduceBroadcastFloatOps, RefuseImpossibleParameters) {
  auto expectError = [](const Status &s, const std::string &fragment) {
    ASSERT_FALSE(s.ok()) << fragment;
    EXPECT_NE(s.error().message.find(fragment), std::string::npos) << s.error().message;
  };
  ops::MeanParams m;
  m.shape = {2, 3}, m.reduced = {true};
  expectError(ops::validate(m), "rank 2 with 1 axis flags");
  m.shape = {5000, 5000}, m.reduced = {true, true};
  expectError(ops::validate(m), "more than 2^24 input elements");
  // A window taller than the (padded) input: (2 - 3) / 2 + 1 would truncate to one output row.
  ops::MaxPool2DParams mp;
  mp.inputHeight = 2, mp.inputWidth = 11, mp.channels = 3, mp.filterHeight = 3;
  mp.strideHeight = 2;
  expectError(ops::validate(mp), "filter 3x1 larger than the padded input");
  ops::AveragePool2DParams ap;
  ap.inputHeight = 2, ap.inputWidth = 11, ap.channels = 3, ap.filterHeight = 3;
  ap.strideHeight = 2;
  expectError(ops::validate(ap), "filter 3x1 larger than the padded input");
  ops::TransposeParams t;
  t.shape = {2, 3, 4}, t.perm = {0, 2, 2};
  expectError(ops::validate(t), "not a permutation");
  ops::MulParams mul;
  mul.size = 12, mul.operands.shape = {3, 4}, mul.operands.strides1 = {4, 1},
  mul.operands.strides2 = {0};
  expectError(ops::validate(mul), "one stride per dimension");
  mul.operands.strides2 = {0, 1}, mul.operands.constant2 = {1, 2, 3};
  expectError(ops::validate(mul), "constant input has 3 values, the broadcast reads 4");
  ops::QuantizeFloatParams q;
  q.size = 4, q.scale = 0.0f;
  expectError(ops::validate(q), "scale 0 is not a positive finite number");
  ops::DequantizeParams d;
  d.size = 4, d.inputUnsigned = true, d.zeroPoint = -1;
  expectError(ops::validate(d), "zero point -1 outside the uint8 range");
  ops::ResizeNearestParams r;
  r.inputHeight = r.inputWidth = r.channels = 2;
  expectError(ops::validate(r), "output height is 0");
}

} // namespace
} // namespace loom::testing
