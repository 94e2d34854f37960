// Operator reordering: valid orders, never a higher live-set peak, and a lower one where
// branches allow it.
#include "loom/graph/OperatorOrder.h"
#include "loom/fixtures/DemoNetwork.h"
#include "loom/graph/ReferenceExecutor.h"
#include "loom/graph/TfliteImport.h"
#include "loom/model/ModelCompiler.h"
#include "loom/qemu/QemuRunner.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <random>
#include <set>

namespace loom::testing {
namespace {

// Every node runs after the producers of what it reads.
void expectDependenciesKept(const graph::Graph &g, const std::vector<int> &positions) {
  std::set<int> ready(g.inputs.begin(), g.inputs.end());
  for (size_t t = 0; t < g.tensors.size(); ++t)
    if (g.tensors[t].isConstant())
      ready.insert(static_cast<int>(t));
  std::set<int> seen;
  for (int p : positions) {
    EXPECT_TRUE(seen.insert(p).second) << "node position " << p << " twice";
    const graph::Node &n = g.nodes[static_cast<size_t>(p)];
    for (int t : n.inputs)
      EXPECT_TRUE(t < 0 || ready.count(t)) << g.describe(n) << " before its input " << t;
    ready.insert(n.outputs.begin(), n.outputs.end());
  }
  EXPECT_EQ(seen.size(), g.nodes.size());
}

TEST(OperatorOrder, ModelOrdersStayValidAndNeverRaiseThePeak) {
  for (const auto *dir : {"", "extra/"})
    for (const auto &e :
         std::filesystem::directory_iterator(fmt::format("{}/{}", LOOM_MODELS_DIR, dir))) {
      if (e.path().extension() != ".tflite")
        continue;
      auto g = graph::importTfliteFile(e.path().string());
      ASSERT_TRUE(g.ok()) << g.error().message;
      const auto order = graph::minPeakOrder(*g);
      expectDependenciesKept(*g, order.positions);
      EXPECT_LE(order.peakBytes, order.originalPeakBytes);
      std::printf("%s: %s, live-set peak %lld -> %lld bytes%s\n", e.path().stem().c_str(),
                  order.changed() ? "reordered" : "own order",
                  static_cast<long long>(order.originalPeakBytes),
                  static_cast<long long>(order.peakBytes),
                  order.exact ? "" : " (state budget ran out)");
    }
}

// Two branches stored interleaved: reordered, one runs after the other, the live-set peak and the
// planned arena drop, and the reordered model still computes the same outputs in QEMU (M7).
TEST(OperatorOrder, InterleavedBranchesRunOneAfterTheOtherBitExact) {
  const graph::Graph g = graph::branchedDemoNetwork();
  const auto order = graph::minPeakOrder(g);
  ASSERT_TRUE(order.exact);
  ASSERT_TRUE(order.changed());
  // Past the state budget the model's own order is kept, and the result says so.
  const auto capped = graph::minPeakOrder(g, 3);
  EXPECT_FALSE(capped.exact);
  EXPECT_FALSE(capped.changed());
  EXPECT_LT(order.peakBytes, order.originalPeakBytes);
  expectDependenciesKept(g, order.positions);
  // Each branch's three layers now run back to back.
  std::vector<std::string> names;
  for (int p : order.positions)
    names.push_back(g.tensors[g.nodes[static_cast<size_t>(p)].outputs[0]].name);
  auto at = [&](const std::string &n) {
    return std::find(names.begin(), names.end(), n) - names.begin();
  };
  const auto a = at("a.project"), b = at("b.project");
  EXPECT_TRUE(at("a.expand") < at("a.dw") && at("a.dw") < a);
  EXPECT_TRUE((a < at("b.expand")) || (b < at("a.expand"))) << "the branches do not interleave";

  const auto own = model::compileModel(g, {.inPlaceDepthwise = true}).take();
  const graph::Graph reorderedGraph = graph::withOrder(g, order.positions);
  auto reordered = model::compileModel(reorderedGraph, {.inPlaceDepthwise = true});
  ASSERT_TRUE(reordered.ok()) << reordered.error().message;
  EXPECT_LT(reordered->plan.arenaBytes, own.plan.arenaBytes);
  EXPECT_EQ(reordered->nodeOrder.size(), g.nodes.size());
  EXPECT_TRUE(own.nodeOrder.empty());
  // The smallest-arena search plans both orders and keeps the smaller arena.
  auto smallest = model::compileWithinBudget(g, {}, 0);
  ASSERT_TRUE(smallest.ok()) << smallest.error().message;
  EXPECT_LE(smallest->plan.arenaBytes, reordered->plan.arenaBytes);

  std::mt19937 rng(7);
  std::vector<uint8_t> input(static_cast<size_t>(g.tensors[g.inputs[0]].byteSize()));
  for (auto &v : input)
    v = static_cast<uint8_t>(rng());
  const auto expected = graph::runReference(g, input).take();
  const codegen::Target m7{codegen::Cpu::CortexM7, codegen::FloatAbi::Hard};
  for (const auto *m : {&*reordered, &*smallest}) {
    const auto dir = std::filesystem::path(LOOM_BINARY_DIR) / "test-work" / "operator-order" /
                     (m == &*reordered ? "reordered" : "smallest");
    model::writeModel(*m, m7, dir / "gen").check();
    auto run =
        qemu::runModelInQemu(m7, dir / "gen", m->name, m->plan.arenaBytes, input, dir / "run");
    ASSERT_TRUE(run.ok()) << run.error().message;
    EXPECT_EQ(run->output, expected);
  }
  std::printf("branched demo: live-set peak %lld -> %lld bytes, arena %lld -> %lld bytes "
              "(smallest with depth-first plans: %lld)\n",
              static_cast<long long>(order.originalPeakBytes),
              static_cast<long long>(order.peakBytes), static_cast<long long>(own.plan.arenaBytes),
              static_cast<long long>(reordered->plan.arenaBytes),
              static_cast<long long>(smallest->plan.arenaBytes));
}

} // namespace
} // namespace loom::testing
