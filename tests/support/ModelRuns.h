// A hand-built graph compiled as a model and run in QEMU on Cortex-M7 and M4 against the host
// reference executor, on a random input.
#pragma once

#include "KernelRuns.h"
#include "loom/fixtures/RandomParams.h"
#include "loom/graph/ReferenceExecutor.h"
#include "loom/model/ModelCompiler.h"
#include "loom/qemu/QemuRunner.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>

namespace loom::testing {

// Returns the reference outputs of the last run (empty when something failed; the failure is
// recorded).
inline std::vector<uint8_t>
expectModelRunsLikeReference(const graph::Graph &g, const std::string &work, std::mt19937 &rng) {
  auto m = model::compileModel(g, {});
  EXPECT_TRUE(m.ok()) << m.error().message;
  if (!m.ok())
    return {};
  const auto dir = std::filesystem::path(LOOM_BINARY_DIR) / "test-work" / work;
  std::vector<uint8_t> last;
  for (codegen::Cpu cpu : {codegen::Cpu::CortexM7, codegen::Cpu::CortexM4}) {
    const codegen::Target target{cpu, codegen::FloatAbi::Hard};
    model::writeModel(*m, target, dir / "gen").check();
    auto bytes = ops::randomInt8(static_cast<size_t>(g.tensors[g.inputs[0]].byteSize()), rng);
    const std::vector<uint8_t> input(bytes.begin(), bytes.end());
    auto run =
        qemu::runModelInQemu(target, dir / "gen", m->name, m->plan.arenaBytes, input, dir / "run");
    EXPECT_TRUE(run.ok()) << run.error().message;
    auto reference = graph::runReference(g, input);
    EXPECT_TRUE(reference.ok()) << reference.error().message;
    if (!run.ok() || !reference.ok())
      return {};
    EXPECT_EQ(run->output, *reference) << target.cpuName();
    last = *reference;
  }
  return last;
}

// A compiled plan of `g` (e.g. the smallest one) run in QEMU on `cpu` against the reference
// executor on a random input.
inline void expectPlanRunsLikeReference(const graph::Graph &g, const model::CompiledModel &m,
                                        codegen::Cpu cpu, const std::string &work,
                                        std::mt19937 &rng) {
  auto bytes = ops::randomInt8(static_cast<size_t>(g.tensors[g.inputs[0]].byteSize()), rng);
  const std::vector<uint8_t> input(bytes.begin(), bytes.end());
  const auto dir = std::filesystem::path(LOOM_BINARY_DIR) / "test-work" / work;
  const codegen::Target target{cpu, codegen::FloatAbi::Hard};
  model::writeModel(m, target, dir / "gen").check();
  auto run =
      qemu::runModelInQemu(target, dir / "gen", m.name, m.plan.arenaBytes, input, dir / "run");
  ASSERT_TRUE(run.ok()) << run.error().message;
  EXPECT_EQ(run->output, graph::runReference(g, input).take()) << model::describePlan(m);
}

// The data-flow verifier accepts `m`, and refuses it with a message containing `message` once
// `tamper` has moved one of its steps' accesses.
inline void expectDataFlowCatches(const model::CompiledModel &m,
                                  const std::function<void(model::CompiledModel &)> &tamper,
                                  const std::string &message) {
  ASSERT_TRUE(model::verifyDataFlow(m).ok());
  model::CompiledModel broken = m;
  tamper(broken);
  auto s = model::verifyDataFlow(broken);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.error().message.find(message), std::string::npos) << s.error().message;
}

// Whether the compiled model runs a kernel for graph node `node`.
inline bool hasStep(const model::CompiledModel &m, int node) {
  return std::any_of(m.steps.begin(), m.steps.end(),
                     [&](const model::CompiledModel::Step &s) { return s.node == node; });
}

} // namespace loom::testing
