// Views instead of copies (issue 15): a CONCATENATION whose inputs lie one after another in its
// output has its producers write into their part of it, and a contiguous slice (a SPLIT along the
// outermost axis) reads its part where it lies; neither runs a kernel, the live set and the arena
// shrink, every plan (layer by layer in place, the smallest depth-first plan) runs bit-exact in
// QEMU, and the data-flow verifier catches a producer writing outside its part. Where the layout
// (a misaligned part, a strided slice), the model's
// inputs and outputs or the live set do not allow a view, the copy stays.
#include "../support/GraphBuilder.h"
#include "../support/ModelRuns.h"
#include "../support/TestFiles.h"
#include "loom/graph/Liveness.h"
#include "loom/ops/Concat.h"
#include "loom/ops/DataMovement.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstring>

namespace loom::testing {
namespace {

using graph::OpType;

// input 8x6x4 -> a = CONV 3x3, b = CONV 1x1 (8 channels each) -> o = CONCATENATION of a and b
// along the rows (16x6x8) -> c = CONV 3x3 (4 channels) -> its two halves of rows (a SPLIT) ->
// d = DEPTHWISE 3x3 of the bottom half -> ADD of the top half and d. Without the views the
// depthwise convolution runs in place over its dying input; a view is not a whole buffer.
struct ViewGraph {
  graph::Graph g;
  int a, b, o, c, top, bottom;
};

ViewGraph viewGraph(std::mt19937 &rng) {
  ViewGraph v;
  graph::Graph &g = v.g;
  g.name = "views";
  g.tensors.push_back(int8Tensor("input", {1, 8, 6, 4}, 0.05f, 7));
  v.a = addConvolution(g, OpType::Conv2D, 0, 8, {3, 3, 1, 1, 1}, rng);
  v.b = addConvolution(g, OpType::Conv2D, 0, 8, {1, 1, 1, 1, 1}, rng);
  g.tensors[static_cast<size_t>(v.b)].quantization =
      g.tensors[static_cast<size_t>(v.a)].quantization;
  v.o = concat(g, {v.a, v.b}, 1);
  v.c = addConvolution(g, OpType::Conv2D, v.o, 4, {3, 3, 1, 1, 1}, rng);
  v.top = slice(g, v.c, {0, 0, 0, 0}, {1, 8, 6, 4});
  v.bottom = slice(g, v.c, {0, 8, 0, 0}, {1, 8, 6, 4});
  const int d = addConvolution(g, OpType::DepthwiseConv2D, v.bottom, 4, {3, 3, 1, 1, 1}, rng);
  const int sum = addTensor(g, graph::DataType::Int8, {1, 8, 6, 4}, 0.08f, -5, false);
  addNode(g, OpType::Add, {v.top, d}, sum, graph::ElementwiseOptions{});
  g.inputs = {0};
  g.outputs = {sum};
  return v;
}

TEST(Views, ContiguousPartsAreFoundFromTheOpParameters) {
  auto placement = [](const ops::SliceParams &p) {
    auto at = ops::slicePlacement(p);
    return at ? std::vector<int64_t>{at->start, at->rows, at->rowElements, at->pitch}
              : std::vector<int64_t>{};
  };
  // {start, rows, row elements, pitch}; one row is a contiguous run.
  ops::SliceParams rows{{1, 16, 6, 8}, {0, 8, 0, 0}, {1, 1, 1, 1}, {1, 8, 6, 8}};
  EXPECT_EQ(placement(rows), (std::vector<int64_t>{8 * 6 * 8, 1, 8 * 6 * 8, 16 * 6 * 8}));
  ops::SliceParams pixel{{1, 16, 6, 8}, {0, 3, 2, 0}, {1, 1, 1, 1}, {1, 1, 1, 8}};
  EXPECT_EQ(placement(pixel), (std::vector<int64_t>{(3 * 6 + 2) * 8, 1, 8, 6 * 8}));
  ops::SliceParams run{{1, 16, 6, 8}, {0, 3, 2, 0}, {1, 1, 1, 1}, {1, 1, 3, 8}}; // 3 pixels
  EXPECT_EQ(placement(run), (std::vector<int64_t>{(3 * 6 + 2) * 8, 1, 24, 6 * 8}));
  // Channels 4..7 of every pixel: 96 rows of 4, 8 apart (a channel split).
  ops::SliceParams channels{{1, 16, 6, 8}, {0, 0, 0, 4}, {1, 1, 1, 1}, {1, 16, 6, 4}};
  EXPECT_EQ(placement(channels), (std::vector<int64_t>{4, 96, 4, 8}));
  // The same of image rows 2..4 only: rows 2..4 are whole pixel rows, so still one pitch.
  ops::SliceParams band{{1, 16, 6, 8}, {0, 2, 0, 4}, {1, 1, 1, 1}, {1, 3, 6, 4}};
  EXPECT_EQ(placement(band), (std::vector<int64_t>{2 * 6 * 8 + 4, 18, 4, 8}));
  // Columns 1..2 of image rows 2..4: 3 rows of 2 pixels, an image row apart.
  ops::SliceParams window{{1, 16, 6, 8}, {0, 2, 1, 0}, {1, 1, 1, 1}, {1, 3, 2, 8}};
  EXPECT_EQ(placement(window), (std::vector<int64_t>{(2 * 6 + 1) * 8, 3, 16, 48}));
  // Not rows at one pitch: channels 0..3 of that window (two pitches), every other image row,
  // reversed channels.
  ops::SliceParams corner{{1, 16, 6, 8}, {0, 2, 1, 0}, {1, 1, 1, 1}, {1, 3, 2, 4}};
  EXPECT_TRUE(placement(corner).empty());
  ops::SliceParams strided{{1, 16, 6, 8}, {0, 0, 0, 0}, {1, 2, 1, 1}, {1, 8, 6, 8}};
  EXPECT_TRUE(placement(strided).empty());
  ops::SliceParams reversed{{1, 16, 6, 8}, {0, 0, 0, 7}, {1, 1, 1, -1}, {1, 1, 1, 8}};
  EXPECT_TRUE(placement(reversed).empty());

  ops::ConcatParams stacked{.outer = 1, .inner = 48, .axisSizes = {8, 8, 3}};
  auto one = ops::inputPlacement(stacked);
  ASSERT_TRUE(one);
  EXPECT_EQ(one->rows, 1);
  EXPECT_EQ(one->starts, (std::vector<int64_t>{0, 384, 768}));
  EXPECT_EQ(one->lengths, (std::vector<int64_t>{384, 384, 144}));
  // Channels of 48 pixels: each input's channels of every pixel, 16 bytes apart.
  ops::ConcatParams interleaved{.outer = 48, .inner = 1, .axisSizes = {8, 4, 4}};
  auto pixels = ops::inputPlacement(interleaved);
  ASSERT_TRUE(pixels);
  EXPECT_EQ(pixels->rows, 48);
  EXPECT_EQ(pixels->pitch, 16);
  EXPECT_EQ(pixels->starts, (std::vector<int64_t>{0, 8, 12}));
  EXPECT_EQ(pixels->lengths, (std::vector<int64_t>{8, 4, 4}));
  ops::ConcatParams part{.outer = 1, .inner = 4, .axisSizes = {2}, .axisBefore = 1};
  EXPECT_FALSE(ops::inputPlacement(part));
}

TEST(Views, ConcatenationAndSplitRunWithoutCopies) {
  std::mt19937 rng(171);
  const ViewGraph v = viewGraph(rng);
  const graph::Graph &g = v.g;
  const auto act = graph::activationBuffers(g, true);
  const auto copies = graph::activationBuffers(g, true, false);
  // The concatenation (node 2) and the slices (4, 5) are placements.
  EXPECT_EQ(act.viewNode, (std::vector<bool>{false, false, true, false, true, true, false, false}));
  EXPECT_EQ(std::count(copies.viewNode.begin(), copies.viewNode.end(), true), 0);
  auto at = [&](int t) { return std::pair{act.bufferOfTensor[t], act.offsetOfTensor[t]}; };
  const int whole = act.bufferOfTensor[v.o];
  EXPECT_EQ(at(v.a), std::pair(whole, int64_t{0}));
  EXPECT_EQ(at(v.b), std::pair(whole, int64_t{8 * 6 * 8}));
  EXPECT_EQ(at(v.top), std::pair(act.bufferOfTensor[v.c], int64_t{0}));
  EXPECT_EQ(at(v.bottom), std::pair(act.bufferOfTensor[v.c], int64_t{8 * 6 * 4}));
  EXPECT_TRUE(act.viewTensor[v.a] && act.viewTensor[v.b] && act.viewTensor[v.top]);
  EXPECT_FALSE(act.viewTensor[v.o] || act.viewTensor[v.c]);
  // The depthwise convolution is in place without the views only.
  for (const auto &r : act.requests)
    EXPECT_FALSE(r.inPlaceOf) << r.name;
  EXPECT_EQ(std::count_if(copies.requests.begin(), copies.requests.end(),
                          [](const graph::BufferRequest &r) { return r.inPlaceOf.has_value(); }),
            1);
  // The concatenation's copy held its inputs and its output at once: the live set shrinks by
  // its inputs (1,536 -> 1,152 bytes at the concatenation; the next convolution's 1,152 is the
  // new peak), and so does the arena.
  EXPECT_EQ(graph::lowerBound(copies.requests) - graph::lowerBound(act.requests), 384)
      << graph::dumpPlan(act.requests, graph::plan(act.requests))
      << graph::dumpPlan(copies.requests, graph::plan(copies.requests));
  const auto planned = graph::plan(act.requests);
  EXPECT_LT(planned.arenaBytes, graph::plan(copies.requests).arenaBytes);
  checkGolden(graph::dumpPlan(act.requests, planned), "views_plan.txt");

  auto m = model::compileModel(g, {.inPlaceDepthwise = true});
  ASSERT_TRUE(m.ok()) << m.error().message;
  EXPECT_EQ(m->steps.size(), 5u); // four convolutions and the ADD
  for (int node : {2, 4, 5})
    EXPECT_FALSE(hasStep(*m, node)) << node;
  const auto out = expectModelRunsLikeReference(g, "views", rng);
  EXPECT_FALSE(out.empty());
}

TEST(Views, TheSmallestPlanKeepsTheViewsAndRunsBitExact) {
  std::mt19937 rng(172);
  const ViewGraph v = viewGraph(rng);
  auto m = model::compileWithinBudget(v.g, {.inPlaceDepthwise = true}, 0);
  ASSERT_TRUE(m.ok()) << m.error().message;
  for (int node : {2, 4, 5})
    EXPECT_FALSE(hasStep(*m, node)) << node << " in " << model::describePlan(*m);
  expectPlanRunsLikeReference(v.g, *m, codegen::Cpu::CortexM7, "views-smallest", rng);
}

TEST(Views, DataFlowCheckCatchesAProducerWritingOutsideItsPart) {
  std::mt19937 rng(173);
  const ViewGraph v = viewGraph(rng);
  auto m = model::compileModel(v.g, {.inPlaceDepthwise = true});
  ASSERT_TRUE(m.ok()) << m.error().message;
  // b's convolution (node 1) writes its part at byte 384 of the concatenation; moved to byte 0 it
  // overwrites a's part, which the next convolution then reads.
  expectDataFlowCatches(
      *m,
      [](model::CompiledModel &broken) {
        for (auto &step : broken.steps)
          for (auto &access : step.accesses)
            if (step.node == 1 && access.write)
              access.offset = 0;
      },
      "reads byte 0 of");
}

TEST(Views, CopiesWhereTheLayoutTheModelOrTheLiveSetDoNotAllowAView) {
  std::mt19937 rng(174);
  auto twoConvolutions = [&](std::vector<int32_t> inputShape, int c1, int c2, int *x, int *y) {
    graph::Graph g;
    g.name = "copies";
    g.tensors.push_back(int8Tensor("input", std::move(inputShape), 0.05f, 7));
    *x = addConvolution(g, OpType::Conv2D, 0, c1, {1, 1, 1, 1, 1}, rng);
    *y = addConvolution(g, OpType::Conv2D, 0, c2, {1, 1, 1, 1, 1}, rng);
    g.tensors[static_cast<size_t>(*y)].quantization =
        g.tensors[static_cast<size_t>(*x)].quantization;
    g.inputs = {0};
    return g;
  };
  auto isView = [](const graph::Graph &g, size_t node) {
    return static_cast<bool>(graph::activationBuffers(g, true).viewNode[node]);
  };
  int x = 0, y = 0;
  // Channels of several pixels whose rows would not start on words: a copy (the channel views
  // themselves: ChannelViewsTest.cpp).
  graph::Graph channels = twoConvolutions({1, 4, 4, 4}, 3, 5, &x, &y);
  channels.outputs = {concat(channels, {x, y}, 3)};
  EXPECT_FALSE(isView(channels, 2));
  // On one pixel the channels are contiguous: a view when the second part is word-aligned.
  graph::Graph aligned = twoConvolutions({1, 1, 1, 4}, 4, 5, &x, &y);
  aligned.outputs = {concat(aligned, {x, y}, -1)};
  EXPECT_TRUE(isView(aligned, 2));
  graph::Graph misaligned = twoConvolutions({1, 1, 1, 4}, 3, 5, &x, &y);
  misaligned.outputs = {concat(misaligned, {x, y}, -1)};
  EXPECT_FALSE(isView(misaligned, 2));
  // A part that is a model output stays where the application reads it.
  graph::Graph output = twoConvolutions({1, 4, 4, 4}, 8, 8, &x, &y);
  output.outputs = {concat(output, {x, y}, 1), x};
  EXPECT_FALSE(isView(output, 2));
  // The same tensor twice cannot be in two places.
  graph::Graph twice = twoConvolutions({1, 4, 4, 4}, 8, 8, &x, &y);
  twice.outputs = {concat(twice, {x, x, y}, 1)};
  EXPECT_FALSE(isView(twice, 2));
  // A strided slice is a copy.
  graph::Graph strided = twoConvolutions({1, 4, 4, 4}, 8, 8, &x, &y);
  const int s = addLike(strided, x, {1, 2, 4, 8});
  addNode(strided, OpType::StridedSlice,
          {x, addInt32Constant(strided, {0, 0, 0, 0}), addInt32Constant(strided, {1, 4, 4, 8}),
           addInt32Constant(strided, {1, 2, 1, 1})},
          s, graph::StridedSliceOptions{});
  strided.outputs = {s, y};
  EXPECT_FALSE(isView(strided, 2));
  // A part made long before the other would hold the whole output early: with a large tensor
  // live in between, the view raises the live-set peak, so the copy stays.
  graph::Graph early = twoConvolutions({1, 8, 8, 4}, 2, 64, &x, &y);
  const int late = addConvolution(early, OpType::Conv2D, y, 2, {1, 1, 1, 1, 1}, rng);
  early.tensors[static_cast<size_t>(late)].quantization =
      early.tensors[static_cast<size_t>(x)].quantization;
  early.outputs = {concat(early, {x, late}, 1)};
  EXPECT_FALSE(isView(early, 3));
  EXPECT_EQ(graph::lowerBound(graph::activationBuffers(early, true).requests),
            graph::lowerBound(graph::activationBuffers(early, true, false).requests));
  // Every one of them still compiles and its data flow verifies.
  for (const graph::Graph *g :
       {&channels, &aligned, &misaligned, &output, &twice, &strided, &early})
    EXPECT_TRUE(model::compileModel(*g, {.inPlaceDepthwise = true}).ok());
}

} // namespace
} // namespace loom::testing
