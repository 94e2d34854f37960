// Dilated CONV_2D and DEPTHWISE_CONV_2D from the graph (issue 15): a convolution and two
// depthwise convolutions with SAME padding of their dilated windows run bit-exact in QEMU layer by
// layer (depthwise in place), by bands and with line buffers; the same graph spelled without
// dilation (zero weights between the taps, the span as the kernel) gives the same bytes on the
// host reference; a dilation making the window span more than the import allows is refused with
// the span. The ops themselves are tested in tests/ops/DilationTest.cpp.
#include "../support/GraphBuilder.h"
#include "../support/KernelRuns.h"
#include "loom/fixtures/RandomParams.h"
#include "loom/graph/ReferenceExecutor.h"
#include "loom/model/ModelCompiler.h"

#include <fmt/format.h>

namespace loom::testing {
namespace {

// input 13x11x3 -> CONV_2D 3x3 dilation 2, 8 channels -> DEPTHWISE 3x3 dilation 2x3 ->
// DEPTHWISE 5x3 dilation 1x2 stride 2.
graph::Graph dilatedGraph(std::mt19937 &rng) {
  graph::Graph g;
  g.name = "dilated";
  g.tensors.push_back(int8Tensor("input", {1, 13, 11, 3}, 0.05f, 7));
  int t = addConvolution(g, graph::OpType::Conv2D, 0, 8, {3, 3, 2, 2, 1}, rng);
  t = addConvolution(g, graph::OpType::DepthwiseConv2D, t, 8, {3, 3, 2, 3, 1}, rng);
  t = addConvolution(g, graph::OpType::DepthwiseConv2D, t, 8, {5, 3, 1, 2, 2}, rng);
  g.inputs = {0};
  g.outputs = {t};
  return g;
}

TEST(DilationGraph, RunsBitExactInQemuInEveryPlan) {
  std::mt19937 rng(156);
  const graph::Graph g = dilatedGraph(rng);
  auto bytes = ops::randomInt8(static_cast<size_t>(g.tensors[0].byteSize()), rng);
  const std::vector<uint8_t> input(bytes.begin(), bytes.end());
  auto expected = graph::runReference(g, input);
  ASSERT_TRUE(expected.ok()) << expected.error().message;
  // The same graph spelled without dilation (zero weights between the taps, the span as the
  // kernel: TFLite's SAME padding of the effective filter) gives the same bytes.
  graph::Graph undilated = g;
  for (auto &n : undilated.nodes) {
    auto &o = std::get<graph::ConvOptions>(n.options);
    graph::Tensor &w = undilated.tensors[static_cast<size_t>(n.inputs[1])];
    const auto old = w;
    const int kh = old.shape[1], kw = old.shape[2];
    const int sh = (kh - 1) * o.dilationHeight + 1, sw = (kw - 1) * o.dilationWidth + 1;
    w.shape[1] = sh, w.shape[2] = sw;
    w.data.assign(static_cast<size_t>(w.elementCount()), 0);
    const int outer = old.shape[0], inner = old.shape[3];
    for (int a = 0; a < outer; ++a)
      for (int ky = 0; ky < kh; ++ky)
        for (int kx = 0; kx < kw; ++kx)
          for (int i = 0; i < inner; ++i)
            w.data[static_cast<size_t>(
                ((a * sh + ky * o.dilationHeight) * sw + kx * o.dilationWidth) * inner + i)] =
                old.data[static_cast<size_t>(((a * kh + ky) * kw + kx) * inner + i)];
    o.dilationHeight = o.dilationWidth = 1;
  }
  auto spreadOut = graph::runReference(undilated, input);
  ASSERT_TRUE(spreadOut.ok()) << spreadOut.error().message;
  EXPECT_EQ(*spreadOut, *expected);

  const auto dir = std::filesystem::path(LOOM_BINARY_DIR) / "test-work" / "dilation-graph";
  const std::vector<std::pair<std::string, model::CompileOptions>> plans = {
      {"layer by layer, in place", {.inPlaceDepthwise = true}},
      {"depth-first bands", {.inPlaceDepthwise = true, .depthFirst = {{0, 2, 1}}}},
      {"depth-first line buffers", {.depthFirst = {{0, 2, 0}}}}};
  int i = 0;
  for (const auto &[what, options] : plans) {
    SCOPED_TRACE(what);
    auto m = model::compileModel(g, options);
    ASSERT_TRUE(m.ok()) << m.error().message;
    EXPECT_TRUE(model::verifyDataFlow(*m).ok());
    if (!options.depthFirst.empty()) {
      EXPECT_EQ(model::describePlan(*m), graph::toString(options.depthFirst[0]));
    }
    const codegen::Target target{i % 2 ? codegen::Cpu::CortexM4 : codegen::Cpu::CortexM7,
                                 codegen::FloatAbi::Hard};
    const auto sub = dir / std::to_string(i++);
    model::writeModel(*m, target, sub / "gen").check();
    auto run =
        qemu::runModelInQemu(target, sub / "gen", m->name, m->plan.arenaBytes, input, sub / "run");
    ASSERT_TRUE(run.ok()) << run.error().message;
    EXPECT_EQ(run->output, *expected);
  }
}

TEST(DilationGraph, RefusesAWindowSpanTooWide) {
  std::mt19937 rng(157);
  graph::Graph g = dilatedGraph(rng);
  std::get<graph::ConvOptions>(g.nodes[1].options).dilationWidth = 1 << 20;
  auto m = model::compileModel(g, {});
  ASSERT_FALSE(m.ok());
  EXPECT_NE(m.error().message.find("dilation 2x1048576 makes the 3x3 window span"),
            std::string::npos)
      << m.error().message;
}

} // namespace
} // namespace loom::testing
