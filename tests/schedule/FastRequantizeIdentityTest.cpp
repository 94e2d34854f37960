// The identity behind fast_requantize, checked against TFLite's reference requantization on
// 300k cases (random accumulators within 2^30, multipliers in [2^30, 2^31), their negatives and
// 0, every right shift up to 31, every zero point, and exact ties of both signs for both
// roundings), on the host JIT and in QEMU on Cortex-M7 and Cortex-M4 (where SMMLAR and SSAT are
// the real instructions):
//   clamp(MultiplyByQuantizedMultiplier(acc, m, -e) + zp, -128, 127)
//     == SSAT8(((SMMLAR(A, m, C) + (((A ^ m) >> 31) & R)) >> e) + Z),   A = 2acc, R = -1
// with C = 2^(e-1) + zp * 2^e and Z = 0 where that fits beside the accumulator, else
// C = 2^(e-1) and Z = zp (the zero point added after the shift); and for a left shift s,
//   clamp(MultiplyByQuantizedMultiplier(acc, m, s) + zp, -128, 127)
//     == SSAT8(SMMLAR(acc << (1 + s), m, zp)),   e = 0, R = 0.
#include "loom/codegen/Codegen.h"
#include "loom/ir/Intrinsics.h"
#include "loom/ops/Reference.h"
#include "loom/qemu/QemuRunner.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstring>
#include <random>

namespace loom::testing {
namespace {

using namespace ir;

constexpr int kCount = 300000;

struct Cases {
  std::vector<int32_t> acc, multiplier, doublings, rounding, shift, offset, zeroPoint, expected;
};

Cases makeCases() {
  std::mt19937 rng(2024);
  auto uniform = [&](int64_t lo, int64_t hi) {
    return std::uniform_int_distribution<int64_t>(lo, hi)(rng);
  };
  Cases c;
  while (static_cast<int>(c.acc.size()) < kCount) {
    const int i = static_cast<int>(c.acc.size());
    int64_t e = i % 13 == 0 ? uniform(21, 31) : uniform(1, 20);
    int64_t zp = uniform(-128, 127);
    int64_t m = i % 5 == 0 ? (int64_t{1} << 30) : uniform(int64_t{1} << 30, (int64_t{1} << 31) - 1);
    if (i % 97 == 0)
      m = 0;
    // Accumulators mostly in the range where outputs are not saturated.
    int64_t span = std::min<int64_t>((int64_t{1} << 29) - 1, int64_t{300} << e);
    int64_t acc = i % 3 == 0 ? uniform(-(int64_t{1} << 30) + 1, (int64_t{1} << 30) - 1)
                             : uniform(-span, span);
    if (i % 7 == 0 && m == (int64_t{1} << 30))
      acc |= 1; // acc * 2^30 / 2^31 = acc / 2: an exact tie of the doubling high multiply
    if (i % 11 == 0) {
      // An exact tie of the rounding shift: acc*m*2 / 2^32 lands on k * 2^e + 2^(e-1).
      m = int64_t{1} << 30;
      int64_t k = uniform(-300, 300);
      acc = 2 * (k * (int64_t{1} << e) + (int64_t{1} << (e - 1)));
    }
    if (i % 4 == 1)
      m = -m;
    if (i % 17 == 0) { // a left shift
      const int64_t s = uniform(1, 6);
      acc = uniform(-((int64_t{1} << (30 - s)) - 1), (int64_t{1} << (30 - s)) - 1);
      int32_t ref = ops::reference::multiplyByQuantizedMultiplier(
          static_cast<int32_t>(acc), static_cast<int32_t>(m), static_cast<int>(s));
      c.acc.push_back(static_cast<int32_t>(acc));
      c.multiplier.push_back(static_cast<int32_t>(m));
      c.doublings.push_back(static_cast<int32_t>(1 + s));
      c.rounding.push_back(0);
      c.shift.push_back(0);
      c.offset.push_back(static_cast<int32_t>(zp));
      c.zeroPoint.push_back(0);
      c.expected.push_back(std::clamp<int32_t>(ref + static_cast<int32_t>(zp), -128, 127));
      continue;
    }
    if (std::abs(acc) >= (int64_t{1} << 30))
      continue; // outside what fast_requantize accepts statically
    int64_t offset = (int64_t{1} << (e - 1)) + zp * (int64_t{1} << e), after = 0;
    if (std::abs(offset) + std::abs(acc) + 1 >= (int64_t{1} << 31))
      offset = int64_t{1} << (e - 1), after = zp;
    int32_t ref = ops::reference::multiplyByQuantizedMultiplier(
        static_cast<int32_t>(acc), static_cast<int32_t>(m), static_cast<int>(-e));
    ref = std::clamp<int32_t>(ref + static_cast<int32_t>(zp), -128, 127);
    c.acc.push_back(static_cast<int32_t>(acc));
    c.multiplier.push_back(static_cast<int32_t>(m));
    c.doublings.push_back(1);
    c.rounding.push_back(-1);
    c.shift.push_back(static_cast<int32_t>(e));
    c.offset.push_back(static_cast<int32_t>(offset));
    c.zeroPoint.push_back(static_cast<int32_t>(after));
    c.expected.push_back(ref);
  }
  return c;
}

Kernel fastKernel() {
  auto in = [](const char *n) {
    return makeBuffer(n, ScalarType::I32, {kCount}, {"i"}, BufferRole::Input);
  };
  Buffer acc = in("acc"), m = in("m"), l = in("l"), r = in("r"), e = in("e"), c = in("c"),
         z = in("z");
  Buffer out = makeBuffer("y", ScalarType::I32, {kCount}, {"i"}, BufferRole::Output);
  Expr i = var("i");
  Expr a = binary(BinaryOp::Shl, load(acc, {i}), load(l, {i}));
  Expr t =
      call(std::string(kSmmlar), ScalarType::I32, {a, load(m, {i}), load(c, {i})}) +
      binary(BinaryOp::And, binary(BinaryOp::Shr, binary(BinaryOp::Xor, a, load(m, {i})), i32(31)),
             load(r, {i}));
  Expr y = call(std::string(kSsat8), ScalarType::I32,
                {binary(BinaryOp::Shr, t, load(e, {i})) + load(z, {i})});
  return Kernel{"fast_requantize_identity",
                {acc, m, l, r, e, c, z, out},
                forLoop("i", i32(0), i32(kCount), store(out, {i}, y)),
                "identity check"};
}

void compare(const Cases &c, const std::vector<int32_t> &got) {
  int shown = 0;
  for (int i = 0; i < kCount && shown < 5; ++i)
    if (got[i] != c.expected[i]) {
      ++shown;
      ADD_FAILURE() << "acc " << c.acc[i] << " m " << c.multiplier[i] << " e " << c.shift[i]
                    << " C " << c.offset[i] << " Z " << c.zeroPoint[i] << ": fast " << got[i]
                    << " reference " << c.expected[i];
    }
}

std::vector<uint8_t> bytes(const std::vector<int32_t> &v) {
  std::vector<uint8_t> out(v.size() * 4);
  std::memcpy(out.data(), v.data(), out.size());
  return out;
}

TEST(FastRequantizeIdentity, HoldsOnTheHost) {
  Cases c = makeCases();
  auto jit = codegen::JitKernel::compile(fastKernel()).take();
  std::vector<int32_t> got(kCount);
  jit->run({c.acc.data(), c.multiplier.data(), c.doublings.data(), c.rounding.data(),
            c.shift.data(), c.offset.data(), c.zeroPoint.data(), got.data()})
      .check();
  compare(c, got);
}

TEST(FastRequantizeIdentity, HoldsOnCortexM) {
  Cases c = makeCases();
  for (codegen::Cpu cpu : {codegen::Cpu::CortexM7, codegen::Cpu::CortexM4}) {
    codegen::Target target{cpu, codegen::FloatAbi::Hard};
    auto run = qemu::runKernelInQemu(fastKernel(), target,
                                     {bytes(c.acc), bytes(c.multiplier), bytes(c.doublings),
                                      bytes(c.rounding), bytes(c.shift), bytes(c.offset),
                                      bytes(c.zeroPoint)},
                                     std::filesystem::path(LOOM_BINARY_DIR) / "test-work" /
                                         "fast_requantize" / std::string(target.cpuName()));
    ASSERT_TRUE(run.ok()) << run.error().message;
    std::vector<int32_t> got(kCount);
    std::memcpy(got.data(), run->outputs.at(7).data(), kCount * 4);
    compare(c, got);
  }
}

} // namespace
} // namespace loom::testing
