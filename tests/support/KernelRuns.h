// Runs one kernel whose arguments are some inputs followed by one output, on the host JIT or in
// QEMU: the glue of the glue-op equivalence tests.
#pragma once

#include "loom/codegen/Codegen.h"
#include "loom/qemu/QemuRunner.h"
#include "loom/tune/SearchSpace.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <optional>
#include <random>
#include <string>
#include <vector>

namespace loom::testing {

inline int pick(std::mt19937 &rng, int lo, int hi) {
  return std::uniform_int_distribution<int>(lo, hi)(rng);
}
inline double real(std::mt19937 &rng, double lo, double hi) {
  return std::uniform_real_distribution<double>(lo, hi)(rng);
}

inline std::vector<int8_t> jit(const ir::Kernel &k, std::vector<std::vector<int8_t>> inputs,
                               size_t out) {
  auto compiled = codegen::JitKernel::compile(k).take();
  std::vector<int8_t> result(out, static_cast<int8_t>(0xA5));
  std::vector<void *> args;
  for (auto &in : inputs)
    args.push_back(in.data());
  args.push_back(result.data());
  compiled->run(args).check();
  return result;
}

// Records a test failure and returns {} when the firmware cannot be built or run.
inline std::vector<int8_t> qemu(const ir::Kernel &k, codegen::Cpu cpu,
                                const std::vector<std::vector<int8_t>> &inputs,
                                const std::string &work) {
  std::vector<std::vector<uint8_t>> bytes;
  for (const auto &in : inputs)
    bytes.emplace_back(in.begin(), in.end());
  auto run =
      qemu::runKernelInQemu(k, {cpu, codegen::FloatAbi::Hard}, bytes,
                            std::filesystem::path(LOOM_BINARY_DIR) / "test-work" / work / k.name);
  EXPECT_TRUE(run.ok()) << run.error().message;
  if (!run.ok())
    return {};
  const auto &o = run->outputs.back();
  return std::vector<int8_t>(o.begin(), o.end());
}

// The kernel's output equals `expected` on the host JIT and, when `inQemu`, in QEMU on `cpu`.
inline void expectKernelOutput(const ir::Kernel &k, const std::vector<std::vector<int8_t>> &inputs,
                               const std::vector<int8_t> &expected, bool inQemu, codegen::Cpu cpu,
                               const std::string &work) {
  EXPECT_EQ(jit(k, inputs, expected.size()), expected) << k.name << " on the host JIT";
  if (inQemu) {
    EXPECT_EQ(qemu(k, cpu, inputs, work), expected) << k.name << " in QEMU";
  }
}

// An in-place kernel (activations, scratch) on the host JIT: the first `outputBytes` of the
// activations afterwards.
inline std::vector<int8_t> runInPlace(const ir::Kernel &k, const std::vector<int8_t> &input,
                                      size_t outputBytes) {
  auto jit = codegen::JitKernel::compile(k).take();
  std::vector<int8_t> io = input, scratch(static_cast<size_t>(k.arguments[1]->byteSize()));
  jit->run({io.data(), scratch.data()}).check();
  return {io.begin(), io.begin() + static_cast<long>(outputBytes)};
}

// A random point of the tuner's space for `op` whose schedule every primitive accepts for
// `naive` (up to `tries` draws), if one turns up.
inline std::optional<schedule::Schedule> randomLegalSchedule(const ops::AnyOp &op,
                                                             const ir::Kernel &naive,
                                                             std::mt19937 &rng, int tries = 30) {
  const tune::SearchSpace space = tune::searchSpace(op);
  for (int t = 0; t < tries; ++t) {
    std::vector<size_t> point;
    for (const auto &knob : space.knobs)
      point.push_back(static_cast<size_t>(pick(rng, 0, static_cast<int>(knob.values.size()) - 1)));
    if (auto s = tune::scheduleAt(op, space, point, naive))
      return *s;
  }
  return std::nullopt;
}

} // namespace loom::testing
