// Depth-first plans: row slices compute exactly the rows of the whole op, segment schedules cover
// every row once and never recompute, the data-flow verifier catches broken plans, bad segments
// are refused with the node named, and the searched plans run bit-exact in QEMU (Cortex-M7)
// against TFLM's vectors and the host reference with their arenas and overheads.
#include "../support/TestFiles.h"
#include "loom/fixtures/DemoNetwork.h"
#include "loom/fixtures/RandomParams.h"
#include "loom/graph/MemorySearch.h"
#include "loom/graph/ReferenceExecutor.h"
#include "loom/graph/TfliteImport.h"
#include "loom/model/ModelCompiler.h"
#include "loom/ops/AnyOp.h"
#include "loom/ops/RowSlice.h"
#include "loom/qemu/QemuRunner.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <random>

namespace loom::testing {
namespace {

// Rows [r.begin, r.end) of an HWC tensor.
std::vector<int8_t> rows(const std::vector<int8_t> &t, int width, int channels, ops::RowRange r) {
  const auto rowBytes = static_cast<size_t>(width) * static_cast<size_t>(channels);
  return {t.begin() + static_cast<std::ptrdiff_t>(r.begin * rowBytes),
          t.begin() + static_cast<std::ptrdiff_t>(r.end * rowBytes)};
}

template <class P>
void expectSlicesMatch(const P &p, int inChannels, int outChannels, std::mt19937 &rng) {
  const std::vector<int8_t> input =
      ops::randomInt8(static_cast<size_t>(p.inputHeight) * p.inputWidth * inChannels, rng);
  const std::vector<int8_t> whole = ops::runReference(ops::AnyOp{p}, input);
  const ops::RowWindow w = ops::rowWindow(p);
  ASSERT_EQ(w.outputHeight, p.outputHeight());
  const int b = static_cast<int>(rng() % static_cast<unsigned>(w.outputHeight));
  const int e = b + 1 + static_cast<int>(rng() % static_cast<unsigned>(w.outputHeight - b));
  const P slice = ops::sliceRows(p, {b, e});
  ASSERT_EQ(slice.outputHeight(), e - b);
  const auto in = rows(input, p.inputWidth, inChannels, w.inputRows({b, e}));
  EXPECT_EQ(ops::runReference(ops::AnyOp{slice}, in),
            rows(whole, p.outputWidth(), outChannels, {b, e}))
      << ops::describe(ops::AnyOp{p}) << " rows " << b << "-" << e;
}

TEST(RowSlice, SlicesComputeTheRowsOfTheWholeOp) {
  std::mt19937 rng(7);
  for (int i = 0; i < 40; ++i) {
    ops::Conv2DParams c;
    c.inputHeight = 3 + static_cast<int>(rng() % 12),
    c.inputWidth = 2 + static_cast<int>(rng() % 6);
    c.inputChannels = 1 + static_cast<int>(rng() % 4),
    c.outputChannels = 1 + static_cast<int>(rng() % 5);
    c.kernelHeight = 1 + static_cast<int>(rng() % 3),
    c.kernelWidth = 1 + static_cast<int>(rng() % 3);
    c.strideHeight = 1 + static_cast<int>(rng() % 2), c.strideWidth = 1;
    c.padding = {static_cast<int>(rng() % 2), static_cast<int>(rng() % 2), 1, 0};
    ops::fillRandom(c, rng);
    expectSlicesMatch(c, c.inputChannels, c.outputChannels, rng);

    ops::DepthwiseConv2DParams d;
    d.inputHeight = 3 + static_cast<int>(rng() % 12),
    d.inputWidth = 2 + static_cast<int>(rng() % 6);
    d.channels = 1 + static_cast<int>(rng() % 6);
    d.kernelHeight = 3 + 2 * static_cast<int>(rng() % 2), d.kernelWidth = 3;
    d.strideHeight = 1 + static_cast<int>(rng() % 2), d.strideWidth = 1;
    d.padding = {d.kernelHeight / 2, d.kernelHeight / 2, 1, 1};
    ops::fillRandom(d, rng);
    expectSlicesMatch(d, d.channels, d.channels, rng);

    ops::PointwiseConv2DParams pw;
    pw.inputHeight = 1 + static_cast<int>(rng() % 12),
    pw.inputWidth = 1 + static_cast<int>(rng() % 6);
    pw.inputChannels = 1 + static_cast<int>(rng() % 8),
    pw.outputChannels = 1 + static_cast<int>(rng() % 8);
    pw.stride = 1 + static_cast<int>(rng() % 2);
    ops::fillRandom(pw, rng);
    expectSlicesMatch(pw, pw.inputChannels, pw.outputChannels, rng);
  }
}

TEST(DepthFirst, ScheduleComputesEveryRowOnceAndKeepsTheMacs) {
  auto g = graph::importTfliteFile(fmt::format("{}/mcunet-vww0.tflite", LOOM_MODELS_DIR)).take();
  const auto layerByLayer = model::compileModel(g, {.inPlaceDepthwise = true}).take();
  // Bands of 1 and 3 rows, line buffers with and without slack, the input streamed.
  auto m = model::compileModel(
      g, {.inPlaceDepthwise = true,
          .depthFirst = {{1, 5, 1, 0}, {7, 11, 3, 0}, {13, 18, 0, 0}, {20, 22, 0, 2}},
          .streamInput = true});
  ASSERT_TRUE(m.ok()) << m.error().message;
  EXPECT_TRUE(m->streamedInput);
  EXPECT_EQ(m->macs, layerByLayer.macs) << "depth-first execution recomputes nothing";
  EXPECT_LT(m->plan.arenaBytes, layerByLayer.plan.arenaBytes);
  for (const auto &s : m->segments) {
    std::map<int, int> next; // node -> next output row
    for (const auto &step : s.steps)
      for (const auto &slice : step.slices) {
        EXPECT_EQ(slice.output.begin, next[slice.node]) << "rows in order, each once";
        next[slice.node] = slice.output.end;
      }
    for (const auto &[node, row] : next) // node -1: the streamed input
      EXPECT_EQ(row,
                g.tensors[node < 0 ? g.inputs[0] : g.nodes[static_cast<size_t>(node)].outputs[0]]
                    .shape[1]);
  }
  EXPECT_TRUE(model::verifyDataFlow(*m).ok());
}

TEST(DepthFirst, DataFlowVerifierCatchesBrokenPlans) {
  auto g = graph::importTfliteFile(fmt::format("{}/mcunet-vww0.tflite", LOOM_MODELS_DIR)).take();
  // The first convolution, a depthwise and a pointwise one, by single rows.
  const auto m =
      model::compileModel(g, {.inPlaceDepthwise = true, .depthFirst = {{1, 5, 1}}}).take();
  ASSERT_TRUE(model::verifyDataFlow(m).ok());
  // A band placed over the segment's input: the input rows are gone when read.
  const auto &s = m.segments.front();
  ASSERT_FALSE(s.banded.empty());
  model::CompiledModel moved = m;
  moved.plan.offsets[static_cast<size_t>(s.banded.front().buffer)] =
      moved.plan.offsets[static_cast<size_t>(s.inputs.front())];
  auto st = model::verifyDataFlow(moved);
  ASSERT_FALSE(st.ok());
  EXPECT_NE(st.error().message.find("reads byte"), std::string::npos) << st.error().message;
  // A slice reading one row too far down its band.
  model::CompiledModel shifted = m;
  for (auto &step : shifted.steps)
    for (auto &a : step.accesses)
      if (!a.write && a.buffer == s.banded.front().buffer && a.offset > 0) {
        a.offset -= s.banded.front().rowBytes;
        goto done;
      }
done:
  EXPECT_FALSE(model::verifyDataFlow(shifted).ok());
  // Skipping a move leaves stale rows where the next step reads.
  model::CompiledModel skipped = m;
  for (size_t i = 0; i < skipped.steps.size(); ++i)
    if (skipped.steps[i].kernel.name.find("_move") != std::string::npos) {
      skipped.steps.erase(skipped.steps.begin() + static_cast<std::ptrdiff_t>(i));
      break;
    }
  EXPECT_FALSE(model::verifyDataFlow(skipped).ok());
}

// Patch-based execution: every patch recomputes its halo (more MACs than the layers), the tiles
// cover the output once, and a residual block is refused (patches need a chain).
TEST(DepthFirst, PatchesRecomputeHalosAndNeedAChain) {
  auto g = graph::importTfliteFile(fmt::format("{}/mcunet-vww0.tflite", LOOM_MODELS_DIR)).take();
  const auto layerByLayer = model::compileModel(g, {.inPlaceDepthwise = true}).take();
  auto m = model::compileModel(g, {.inPlaceDepthwise = true, .depthFirst = {{1, 11, 1, 0, 3, 3}}});
  ASSERT_TRUE(m.ok()) << m.error().message;
  ASSERT_EQ(m->segments.size(), 1u);
  const auto &s = m->segments.front();
  EXPECT_EQ(s.patches.size(), 9u);
  EXPECT_GT(s.extraMacs, 0);
  EXPECT_EQ(m->macs, layerByLayer.macs + s.extraMacs);
  int64_t tiles = 0;
  for (const auto &p : s.patches)
    tiles += int64_t{p.calls.back().output.rows.size()} * p.calls.back().output.cols.size();
  EXPECT_EQ(tiles, 16 * 16) << "the 16x16 output, each pixel once";
  auto residual =
      model::compileModel(g, {.inPlaceDepthwise = true, .depthFirst = {{13, 18, 1, 0, 2, 2}}});
  ASSERT_FALSE(residual.ok());
  EXPECT_NE(residual.error().message.find("chain"), std::string::npos) << residual.error().message;
}

// The schedules as text (bands, line buffers with a streamed input, patches, a patched head) on
// the first block
// of the built-in demo network, against golden dumps.
TEST(DepthFirst, ScheduleDumpsMatchTheGoldenFiles) {
  const graph::Graph g = graph::demoNetwork();
  const auto act = graph::activationBuffers(g, true);
  std::string text;
  for (const char *seg : {"1-8:4", "0-5:L1", "1-8:P2x2", "1-8:L/3x2"}) {
    auto s = graph::scheduleSegment(g, act, graph::parseSegment(seg).take(), nullptr,
                                    std::string(seg).starts_with("0-5:L"));
    ASSERT_TRUE(s.ok()) << s.error().message;
    text += graph::dumpSchedule(g, *s);
  }
  checkGolden(text, "depth_first_demo.txt");
}

TEST(DepthFirst, BadSegmentsAreRefusedWithTheReason) {
  const graph::Graph g = graph::demoNetwork();
  const int last = static_cast<int>(g.nodes.size()) - 1;
  auto check = [&](std::vector<graph::DepthFirstSegment> segs, const std::string &phrase) {
    auto m = model::compileModel(g, {.inPlaceDepthwise = true, .depthFirst = segs});
    ASSERT_FALSE(m.ok()) << phrase;
    EXPECT_NE(m.error().message.find(phrase), std::string::npos) << m.error().message;
  };
  check({{0, last, 1}}, "cannot run depth-first"); // the classifier head is not row-sliceable
  check({{0, last + 5, 1}}, "the model has");
  check({{0, 1, 1}, {1, 2, 1}}, "overlap");
  check({{1, 8, 1, 0, 0, 0, 2, 4}}, "needs line buffers");
  check({{1, 3, 0, 0, 0, 0, 3, 4}}, "needs a segment of more layers");
  EXPECT_FALSE(graph::parseSegment("3-1:2").ok());
  EXPECT_FALSE(graph::parseSegment("1-3").ok());
  EXPECT_TRUE(graph::parseSegment("1-3:2").ok());
  EXPECT_EQ(graph::parseSegment("1-3:L").take(), (graph::DepthFirstSegment{1, 3, 0, 0}));
  EXPECT_EQ(graph::parseSegment("1-3:L2").take(), (graph::DepthFirstSegment{1, 3, 0, 2}));
  EXPECT_FALSE(graph::parseSegment("1-3:Lx").ok());
  EXPECT_EQ(graph::parseSegment("1-3:P2x3").take(), (graph::DepthFirstSegment{1, 3, 1, 0, 2, 3}));
  EXPECT_FALSE(graph::parseSegment("1-3:P1x1").ok());
  EXPECT_FALSE(graph::parseSegment("1-3:P2").ok());
  EXPECT_EQ(graph::parseSegment("1-3:L/2x4").take(),
            (graph::DepthFirstSegment{1, 3, 0, 0, 0, 0, 2, 4}));
  EXPECT_EQ(graph::parseSegment("1-3:L2/3x8").take(),
            (graph::DepthFirstSegment{1, 3, 0, 2, 0, 0, 3, 8}));
  EXPECT_EQ(graph::toString({1, 3, 0, 2, 0, 0, 3, 8}), "1-3:L2/3x8");
  EXPECT_FALSE(graph::parseSegment("1-3:L/1x4").ok());
  EXPECT_FALSE(graph::parseSegment("1-3:L/2").ok());
  EXPECT_FALSE(graph::parseSegment("1-3:2/2x4").ok());
}

// Line buffers with a patched head: the first layers run per row in column chunks (halos
// recomputed, counted), a residual block is refused, and a head chunk cut out too late (its
// cut-out dropped) is caught by the data-flow verifier.
TEST(DepthFirst, PatchedHeadsRecomputeHalosAndAreVerified) {
  auto g = graph::importTfliteFile(fmt::format("{}/mcunet-vww0.tflite", LOOM_MODELS_DIR)).take();
  const auto layerByLayer = model::compileModel(g, {.inPlaceDepthwise = true}).take();
  auto m =
      model::compileModel(g, {.inPlaceDepthwise = true, .depthFirst = {{1, 5, 0, 0, 0, 0, 2, 4}}});
  ASSERT_TRUE(m.ok()) << m.error().message;
  const auto &s = m->segments.front();
  EXPECT_GT(s.extraMacs, 0);
  EXPECT_EQ(m->macs, layerByLayer.macs + s.extraMacs);
  int heads = 0;
  for (const auto &step : s.steps)
    for (const auto &slice : step.slices)
      if (!slice.head.empty()) {
        ++heads;
        ASSERT_EQ(slice.head.size(), 4u);
        int columns = 0;
        for (const auto &p : slice.head) {
          EXPECT_EQ(p.calls.size(), 2u);
          EXPECT_EQ(p.calls.back().output.rows, slice.output);
          EXPECT_EQ(p.calls.back().output.cols.begin, columns) << "chunks side by side";
          columns = p.calls.back().output.cols.end;
        }
        EXPECT_EQ(columns, s.width.at(slice.head.back().calls.back().outputBuffer));
      }
  EXPECT_GT(heads, 0);
  ASSERT_TRUE(model::verifyDataFlow(*m).ok());
  model::CompiledModel dropped = *m;
  for (size_t i = 0, cuts = 0; i < dropped.steps.size(); ++i)
    if (dropped.steps[i].kernel.name.find("_cut") != std::string::npos && ++cuts == 3) {
      dropped.steps.erase(dropped.steps.begin() + static_cast<std::ptrdiff_t>(i));
      break;
    }
  auto st = model::verifyDataFlow(dropped);
  ASSERT_FALSE(st.ok());
  auto residual = model::compileModel(
      g, {.inPlaceDepthwise = true, .depthFirst = {{13, 22, 0, 0, 0, 0, 4, 4}}});
  ASSERT_FALSE(residual.ok());
  EXPECT_NE(residual.error().message.find("patched head"), std::string::npos)
      << residual.error().message;
  auto shared = model::compileModel( // node 11's output is the residual of the ADD at 18
      g, {.inPlaceDepthwise = true, .depthFirst = {{11, 18, 0, 0, 0, 0, 3, 4}}});
  ASSERT_FALSE(shared.ok());
  EXPECT_NE(shared.error().message.find("read outside the patched head"), std::string::npos)
      << shared.error().message;
}

// armzoo-ad-micronet-large: a 32x32x276 tensor feeds a 3x3 depthwise, so line buffers alone
// keep three of its rows (26,496 B); a patched head cuts them to a few columns. The smallest
// arena is below TinyTS's published 65.8 KiB, and the head plans run bit-exact in QEMU (M7) with
// TFLM's vector and the host reference, the input whole and streamed.
TEST(DepthFirst, PatchedHeadsRunBitExactInQemu) {
  const codegen::Target m7{codegen::Cpu::CortexM7, codegen::FloatAbi::Hard};
  const std::string model = "armzoo-ad-micronet-large";
  auto g =
      graph::importTfliteFile(fmt::format("{}/extra/{}.tflite", LOOM_MODELS_DIR, model)).take();
  const auto lineBuffers =
      model::compileModel(g, {.inPlaceDepthwise = true, .depthFirst = {{0, 9, 0, 0}}}).take();
  auto smallest = model::compileWithinBudget(g, {.streamInput = true}, 0);
  ASSERT_TRUE(smallest.ok()) << smallest.error().message;
  EXPECT_LE(smallest->plan.arenaBytes, 65.8 * 1024) << model::describePlan(*smallest);
  EXPECT_LT(smallest->plan.arenaBytes, lineBuffers.plan.arenaBytes);
  auto streamed = model::compileModel(
      g, {.inPlaceDepthwise = true, .depthFirst = {{0, 9, 0, 0, 0, 0, 2, 8}}, .streamInput = true});
  ASSERT_TRUE(streamed.ok()) << streamed.error().message;
  EXPECT_TRUE(streamed->streamedInput);
  const std::string vectors = fmt::format("{}/vectors/{}", LOOM_MODELS_DIR, model);
  const auto input = readFile(fmt::format("{}/input-1.bin", vectors));
  const auto expected = readFile(fmt::format("{}/output-1.bin", vectors));
  for (const auto *m : {&*smallest, &*streamed}) {
    const auto dir = std::filesystem::path(LOOM_BINARY_DIR) / "test-work" / "depth-first" / model /
                     (m == &*streamed ? "head-streamed" : "min-memory");
    model::writeModel(*m, m7, dir / "gen").check();
    auto run =
        qemu::runModelInQemu(m7, dir / "gen", m->name, m->plan.arenaBytes, input, dir / "run");
    ASSERT_TRUE(run.ok()) << run.error().message;
    EXPECT_EQ(firstOutput(run->output, expected.size()), expected) << model::describePlan(*m);
    EXPECT_EQ(run->output, graph::runReference(g, input).take()) << model::describePlan(*m);
    EXPECT_GT(model::recomputedMacs(*m), 0) << "the head recomputes halos";
    std::printf("%s %s: arena %lld bytes (line buffers alone %lld), %lld instructions\n",
                model.c_str(), model::describePlan(*m).c_str(),
                static_cast<long long>(m->plan.arenaBytes),
                static_cast<long long>(lineBuffers.plan.arenaBytes),
                static_cast<long long>(run->instructions));
  }
}

// mcunet-vww0 and mcunet-in3 under the smallest arena and under half the layer-by-layer arena:
// bit-exact with TFLM and the host reference; arenas and instruction overheads printed.
TEST(DepthFirst, SearchedPlansRunBitExactInQemu) {
  const codegen::Target m7{codegen::Cpu::CortexM7, codegen::FloatAbi::Hard};
  for (const char *model : {"mcunet-vww0", "mcunet-in3"}) {
    auto g = graph::importTfliteFile(fmt::format("{}/{}.tflite", LOOM_MODELS_DIR, model)).take();
    auto lbl = model::compileModel(g, {.inPlaceDepthwise = true}).take();
    struct Plan {
      std::string name;
      std::vector<graph::DepthFirstSegment> segments;
      bool streamInput = false;
    };
    std::vector<Plan> plans{
        {"layer-by-layer", {}},
        {"min-memory", graph::searchMinMemory(g).take().segments},
        {"min-memory-streamed-input", graph::searchMinMemory(g, true).take().segments, true}};
    std::vector<graph::DepthFirstSegment> half;
    for (const auto &s : model::compileWithinBudget(g, {}, lbl.plan.arenaBytes / 2).take().segments)
      half.push_back(s.segment);
    plans.push_back({"half", half});
    plans.push_back({"patches-3x3", {{1, 11, 1, 0, 3, 3}}});
    int64_t lblInstructions = 0;
    for (const auto &plan : plans) {
      auto m = model::compileModel(
          g,
          {.inPlaceDepthwise = true, .depthFirst = plan.segments, .streamInput = plan.streamInput});
      ASSERT_TRUE(m.ok()) << m.error().message;
      EXPECT_EQ(m->streamedInput, plan.streamInput);
      const auto dir =
          std::filesystem::path(LOOM_BINARY_DIR) / "test-work" / "depth-first" / model / plan.name;
      model::writeModel(*m, m7, dir / "gen").check();
      const std::string vectors = fmt::format("{}/vectors/{}", LOOM_MODELS_DIR, model);
      const auto input = readFile(fmt::format("{}/input-1.bin", vectors));
      auto run =
          qemu::runModelInQemu(m7, dir / "gen", m->name, m->plan.arenaBytes, input, dir / "run");
      ASSERT_TRUE(run.ok()) << run.error().message;
      const auto expected = readFile(fmt::format("{}/output-1.bin", vectors));
      EXPECT_EQ(firstOutput(run->output, expected.size()), expected) << model << " " << plan.name;
      EXPECT_EQ(run->output, graph::runReference(g, input).take()) << model << " " << plan.name;
      if (plan.name == "layer-by-layer")
        lblInstructions = run->instructions;
      else if (plan.name == "patches-3x3")
        EXPECT_GT(m->macs, lbl.macs) << "patches recompute their halos";
      else if (plan.name == "half") {
        EXPECT_LE(m->plan.arenaBytes, lbl.plan.arenaBytes / 2);
        EXPECT_LE(run->instructions, lblInstructions * 11 / 10) << "the overhead bar: +10%";
      }
      std::printf(
          "%s %s (%s): arena %lld bytes, %lld instructions (%.3fx layer by layer)\n", model,
          plan.name.c_str(), graph::describe(graph::MemoryPlanCandidate{plan.segments}).c_str(),
          static_cast<long long>(m->plan.arenaBytes), static_cast<long long>(run->instructions),
          static_cast<double>(run->instructions) / static_cast<double>(lblInstructions));
    }
  }
}

} // namespace
} // namespace loom::testing
