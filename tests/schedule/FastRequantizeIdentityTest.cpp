// The identity behind fast_requantize, checked against TFLite's reference requantization on
// 300k cases (random accumulators within 2^30, multipliers in [2^30, 2^31) and 0, every right
// shift, every zero point, and exact ties of both signs for both roundings), on the host JIT and
// in QEMU on Cortex-M7 and Cortex-M4 (where SMMLAR and SSAT are the real instructions):
//   clamp(MultiplyByQuantizedMultiplier(acc, m, -e) + zp, -128, 127)
//     == SSAT8((SMMLAR(2acc, m, C) + (2acc >> 31)) >> e),   C = 2^(e-1) + zp * 2^e
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
  std::vector<int32_t> acc, multiplier, shift, offset, expected;
};

Cases makeCases() {
  std::mt19937 rng(2024);
  auto uniform = [&](int64_t lo, int64_t hi) {
    return std::uniform_int_distribution<int64_t>(lo, hi)(rng);
  };
  Cases c;
  while (static_cast<int>(c.acc.size()) < kCount) {
    const int i = static_cast<int>(c.acc.size());
    int64_t e = uniform(1, 20);
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
    const int64_t offset = (int64_t{1} << (e - 1)) + zp * (int64_t{1} << e);
    if (std::abs(offset) >= (int64_t{1} << 30) || std::abs(acc) >= (int64_t{1} << 30))
      continue; // outside what fast_requantize accepts statically
    int32_t ref = ops::reference::multiplyByQuantizedMultiplier(
        static_cast<int32_t>(acc), static_cast<int32_t>(m), static_cast<int>(-e));
    ref = std::clamp<int32_t>(ref + static_cast<int32_t>(zp), -128, 127);
    c.acc.push_back(static_cast<int32_t>(acc));
    c.multiplier.push_back(static_cast<int32_t>(m));
    c.shift.push_back(static_cast<int32_t>(e));
    c.offset.push_back(static_cast<int32_t>(offset));
    c.expected.push_back(ref);
  }
  return c;
}

Kernel fastKernel() {
  auto in = [](const char *n) {
    return makeBuffer(n, ScalarType::I32, {kCount}, {"i"}, BufferRole::Input);
  };
  Buffer acc = in("acc"), m = in("m"), e = in("e"), c = in("c");
  Buffer out = makeBuffer("y", ScalarType::I32, {kCount}, {"i"}, BufferRole::Output);
  Expr i = var("i");
  Expr a = binary(BinaryOp::Shl, load(acc, {i}), i32(1));
  Expr t = call(std::string(kSmmlar), ScalarType::I32, {a, load(m, {i}), load(c, {i})}) +
           binary(BinaryOp::Shr, a, i32(31));
  Expr y = call(std::string(kSsat8), ScalarType::I32, {binary(BinaryOp::Shr, t, load(e, {i}))});
  return Kernel{"fast_requantize_identity",
                {acc, m, e, c, out},
                forLoop("i", i32(0), i32(kCount), store(out, {i}, y)),
                "identity check"};
}

void compare(const Cases &c, const std::vector<int32_t> &got) {
  int shown = 0;
  for (int i = 0; i < kCount && shown < 5; ++i)
    if (got[i] != c.expected[i]) {
      ++shown;
      ADD_FAILURE() << "acc " << c.acc[i] << " m " << c.multiplier[i] << " e " << c.shift[i]
                    << " C " << c.offset[i] << ": fast " << got[i] << " reference "
                    << c.expected[i];
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
  jit->run({c.acc.data(), c.multiplier.data(), c.shift.data(), c.offset.data(), got.data()})
      .check();
  compare(c, got);
}

TEST(FastRequantizeIdentity, HoldsOnCortexM) {
  Cases c = makeCases();
  for (codegen::Cpu cpu : {codegen::Cpu::CortexM7, codegen::Cpu::CortexM4}) {
    codegen::Target target{cpu, codegen::FloatAbi::Hard};
    auto run = qemu::runKernelInQemu(
        fastKernel(), target, {bytes(c.acc), bytes(c.multiplier), bytes(c.shift), bytes(c.offset)},
        std::filesystem::path(LOOM_BINARY_DIR) / "test-work" / "fast_requantize" /
            std::string(target.cpuName()));
    ASSERT_TRUE(run.ok()) << run.error().message;
    std::vector<int32_t> got(kCount);
    std::memcpy(got.data(), run->outputs.at(4).data(), kCount * 4);
    compare(c, got);
  }
}

} // namespace
} // namespace loom::testing
