// The requantization intrinsics, as codegen emits them, against the reference implementation of
// TFLite's rules: known values first, then 300k random and edge-case operands (exact ties,
// INT32_MIN, every exponent) on the host JIT and on both Cortex-M targets in QEMU.
#include "loom/codegen/Codegen.h"
#include "loom/ir/Intrinsics.h"
#include "loom/ops/Reference.h"
#include "loom/qemu/QemuRunner.h"

#include <gtest/gtest.h>

#include <climits>
#include <cstring>
#include <random>

namespace loom::testing {
namespace {

using namespace ir;
namespace ref = ops::reference;

TEST(ReferenceRequantize, KnownValues) {
  EXPECT_EQ(ref::saturatingRoundingDoublingHighMul(INT32_MIN, INT32_MIN), INT32_MAX);
  EXPECT_EQ(ref::saturatingRoundingDoublingHighMul(1 << 30, 1 << 30), 1 << 29);
  EXPECT_EQ(ref::saturatingRoundingDoublingHighMul(-(1 << 30), 1 << 30), -(1 << 29));
  EXPECT_EQ(ref::saturatingRoundingDoublingHighMul(3, 1 << 30), 2);   // 1.5 rounds up
  EXPECT_EQ(ref::saturatingRoundingDoublingHighMul(-3, 1 << 30), -1); // -1.5: ties go up
  EXPECT_EQ(ref::roundingDivideByPOT(5, 1), 3);
  EXPECT_EQ(ref::roundingDivideByPOT(-5, 1), -3);
  EXPECT_EQ(ref::roundingDivideByPOT(-4, 1), -2);
  EXPECT_EQ(ref::roundingDivideByPOT(-6, 2), -2); // -1.5 -> -2
  EXPECT_EQ(ref::roundingDivideByPOT(INT32_MIN, 31), -1);
  EXPECT_EQ(ref::roundingDivideByPOT(INT32_MAX, 31), 1);
  EXPECT_EQ(ref::roundingDivideByPOT(7, 0), 7);
  // A scale of 0.5: multiplier 2^30, shift 0.
  auto q = ops::quantizeMultiplier(0.5);
  EXPECT_EQ(q.multiplier, 1 << 30);
  EXPECT_EQ(q.shift, 0);
  EXPECT_EQ(ref::multiplyByQuantizedMultiplier(100, q.multiplier, q.shift), 50);
  q = ops::quantizeMultiplier(3.0); // 0.75 * 2^2
  EXPECT_EQ(q.shift, 2);
  EXPECT_EQ(ref::multiplyByQuantizedMultiplier(7, q.multiplier, q.shift), 21);
}

constexpr int kCount = 300000;

struct Operands {
  std::vector<int32_t> a, b, exponent;
};

Operands makeOperands() {
  std::mt19937 rng(99);
  std::uniform_int_distribution<int32_t> any(INT32_MIN, INT32_MAX);
  std::uniform_int_distribution<int32_t> small(-(1 << 20), 1 << 20);
  Operands o;
  for (int i = 0; i < kCount; ++i) {
    int32_t a = i % 3 == 0 ? any(rng) : small(rng);
    int32_t b =
        i % 2 == 0 ? any(rng) : (1 << 30) + (any(rng) & 0x3FFFFFFF); // QuantizeMultiplier range
    int32_t e = i % 32;
    if (i % 7 == 0 && e > 0) // exact ties: remainder is exactly half
      a = (a & ~((1 << e) - 1)) | (1 << (e - 1));
    if (i % 1000 == 1)
      a = b = INT32_MIN;
    if (i % 1000 == 2)
      a = INT32_MIN;
    o.a.push_back(a);
    o.b.push_back(b);
    o.exponent.push_back(e);
  }
  return o;
}

// out[i] = rounding_divide_by_pot(sat_rounding_doubling_high_mul(a[i], b[i]), e[i]); both
// intrinsics' results are stored so each is checked on its own.
Kernel intrinsicKernel() {
  auto in = [](const char *n) {
    return makeBuffer(n, ScalarType::I32, {kCount}, {"i"}, BufferRole::Input);
  };
  Buffer a = in("a"), b = in("b"), e = in("e");
  Buffer high = makeBuffer("high", ScalarType::I32, {kCount}, {"i"}, BufferRole::Output);
  Buffer divided = makeBuffer("divided", ScalarType::I32, {kCount}, {"i"}, BufferRole::Output);
  Expr i = var("i");
  Stmt body = forLoop("i", i32(0), i32(kCount),
                      block({store(high, {i},
                                   call(std::string(kSatRoundingDoublingHighMul), ScalarType::I32,
                                        {load(a, {i}), load(b, {i})})),
                             store(divided, {i},
                                   call(std::string(kRoundingDivideByPOT), ScalarType::I32,
                                        {load(a, {i}), load(e, {i})}))}));
  return Kernel{"requantize_intrinsics", {a, b, e, high, divided}, body, "intrinsic check"};
}

void checkResults(const Operands &o, const int32_t *high, const int32_t *divided) {
  int mismatches = 0;
  for (int i = 0; i < kCount && mismatches < 5; ++i) {
    if (high[i] != ref::saturatingRoundingDoublingHighMul(o.a[i], o.b[i])) {
      ++mismatches;
      ADD_FAILURE() << "srdhm(" << o.a[i] << ", " << o.b[i] << ") = " << high[i];
    }
    if (divided[i] != ref::roundingDivideByPOT(o.a[i], o.exponent[i])) {
      ++mismatches;
      ADD_FAILURE() << "rdbp(" << o.a[i] << ", " << o.exponent[i] << ") = " << divided[i];
    }
  }
}

TEST(Intrinsics, HostJitMatchesReference) {
  Operands o = makeOperands();
  auto jit = codegen::JitKernel::compile(intrinsicKernel()).take();
  std::vector<int32_t> high(kCount), divided(kCount);
  jit->run({o.a.data(), o.b.data(), o.exponent.data(), high.data(), divided.data()}).check();
  checkResults(o, high.data(), divided.data());
}

std::vector<uint8_t> bytes(const std::vector<int32_t> &v) {
  std::vector<uint8_t> out(v.size() * 4);
  std::memcpy(out.data(), v.data(), out.size());
  return out;
}

TEST(Intrinsics, CortexMMatchesReference) {
  Operands o = makeOperands();
  for (codegen::Cpu cpu : {codegen::Cpu::CortexM7, codegen::Cpu::CortexM4}) {
    codegen::Target target{cpu, codegen::FloatAbi::Hard};
    auto run = qemu::runKernelInQemu(intrinsicKernel(), target,
                                     {bytes(o.a), bytes(o.b), bytes(o.exponent)},
                                     std::filesystem::path(LOOM_BINARY_DIR) / "test-work" /
                                         "intrinsics" / std::string(target.cpuName()));
    ASSERT_TRUE(run.ok()) << run.error().message;
    std::vector<int32_t> high(kCount), divided(kCount);
    std::memcpy(high.data(), run->outputs.at(3).data(), kCount * 4);
    std::memcpy(divided.data(), run->outputs.at(4).data(), kCount * 4);
    checkResults(o, high.data(), divided.data());
  }
}

} // namespace
} // namespace loom::testing
