// Channel views (issue 15): a CONCATENATION along the channels of several pixels has each producer
// write its channels of every pixel straight into the concatenation's output (rows of its
// channels at the output's pitch, ir::withRowPitch), and a channel SPLIT has each reader read its
// channels where they lie, so no copy runs and the parts never exist on their own. Checked: the
// placement, the live set, QEMU runs of the layer-by-layer and the smallest plans against the
// reference, the data-flow verifier catching a row out of place, and copies where a kernel cannot
// address rows (an element-wise op), a part has another reader or is a model output, or the rows
// would not start on words.
#include "../support/GraphBuilder.h"
#include "../support/ModelRuns.h"
#include "loom/graph/Liveness.h"

#include <algorithm>

namespace loom::testing {
namespace {

using graph::OpType;

// input 6x6x4 -> a = CONV 3x3 (8 channels), b = DEPTHWISE 3x3 (4), d = CONV 1x1 (4) -> o =
// CONCATENATION along the channels (6x6x16) -> e = CONV 1x1 (8).
struct ChannelGraph {
  graph::Graph g;
  int a, b, d, o;
  size_t concatNode;
};

ChannelGraph channelGraph(std::mt19937 &rng) {
  ChannelGraph v;
  graph::Graph &g = v.g;
  g.name = "channel_views";
  g.tensors.push_back(int8Tensor("input", {1, 6, 6, 4}, 0.05f, 7));
  v.a = addConvolution(g, OpType::Conv2D, 0, 8, {3, 3, 1, 1, 1}, rng);
  v.b = addConvolution(g, OpType::DepthwiseConv2D, 0, 4, {3, 3, 1, 1, 1}, rng);
  v.d = addConvolution(g, OpType::Conv2D, 0, 4, {1, 1, 1, 1, 1}, rng);
  for (int t : {v.b, v.d}) // the parts share the output's encoding
    g.tensors[static_cast<size_t>(t)].quantization =
        g.tensors[static_cast<size_t>(v.a)].quantization;
  v.o = concat(g, {v.a, v.b, v.d}, 3);
  v.concatNode = g.nodes.size() - 1;
  g.outputs = {addConvolution(g, OpType::Conv2D, v.o, 8, {1, 1, 1, 1, 1}, rng)};
  g.inputs = {0};
  return v;
}

TEST(ChannelViews, ProducersWriteTheirChannelsOfEveryPixel) {
  std::mt19937 rng(1511);
  const ChannelGraph v = channelGraph(rng);
  const auto act = graph::activationBuffers(v.g, true);
  const auto copies = graph::activationBuffers(v.g, true, false);
  ASSERT_TRUE(act.viewNode[v.concatNode]);
  const int whole = act.bufferOfTensor[v.o];
  const std::vector<std::pair<int, int64_t>> placed = {{v.a, 0}, {v.b, 8}, {v.d, 12}};
  for (const auto &[t, start] : placed) {
    EXPECT_EQ(act.bufferOfTensor[t], whole);
    EXPECT_EQ(act.offsetOfTensor[t], start);
    EXPECT_EQ(act.pitchOfTensor[t], 16);
    EXPECT_TRUE(act.viewTensor[t]);
  }
  EXPECT_EQ(act.rowBytesOfTensor[v.a], 8);
  EXPECT_EQ(act.rowBytesOfTensor[v.b], 4);
  EXPECT_FALSE(act.viewTensor[v.o]);
  // The copy held the three parts (576 bytes) beside the output (576) at the concatenation; with
  // the views the peak is the last convolution's input and output (576 + 288).
  EXPECT_EQ(graph::lowerBound(copies.requests), 1152);
  EXPECT_EQ(graph::lowerBound(act.requests), 864)
      << graph::dumpPlan(act.requests, graph::plan(act.requests));

  auto m = model::compileModel(v.g, {.inPlaceDepthwise = true});
  ASSERT_TRUE(m.ok()) << m.error().message;
  EXPECT_FALSE(hasStep(*m, static_cast<int>(v.concatNode)));
  EXPECT_EQ(m->steps.size(), 4u);
  // Each producer writes its 36 pixel rows, 16 bytes apart, from its start.
  for (const auto &step : m->steps) {
    if (step.node > 2)
      continue;
    std::vector<int64_t> rows;
    for (const auto &a : step.accesses)
      if (a.write && m->buffers[static_cast<size_t>(a.buffer)].name == v.g.tensors[v.o].name)
        rows.push_back(a.offset);
    ASSERT_EQ(rows.size(), 36u) << step.kernel.name;
    EXPECT_EQ(rows[1] - rows[0], 16) << step.kernel.name;
    EXPECT_EQ(rows[0], placed[static_cast<size_t>(step.node)].second) << step.kernel.name;
  }
  EXPECT_FALSE(expectModelRunsLikeReference(v.g, "channel-views", rng).empty());
}

TEST(ChannelViews, TheSmallestPlanRunsBitExact) {
  std::mt19937 rng(1512);
  const ChannelGraph v = channelGraph(rng);
  auto m = model::compileWithinBudget(v.g, {.inPlaceDepthwise = true}, 0);
  ASSERT_TRUE(m.ok()) << m.error().message;
  EXPECT_FALSE(hasStep(*m, static_cast<int>(v.concatNode))) << model::describePlan(*m);
  expectPlanRunsLikeReference(v.g, *m, codegen::Cpu::CortexM4, "channel-views-smallest", rng);
}

TEST(ChannelViews, DataFlowCheckCatchesARowWrittenOutOfPlace) {
  std::mt19937 rng(1513);
  const ChannelGraph v = channelGraph(rng);
  auto m = model::compileModel(v.g, {.inPlaceDepthwise = true});
  ASSERT_TRUE(m.ok()) << m.error().message;
  // The depthwise convolution (node 1) said to write its last pixel's channels 4 bytes early:
  // over a's channels there, which the next convolution reads.
  expectDataFlowCatches(
      *m,
      [](model::CompiledModel &broken) {
        for (auto &step : broken.steps)
          if (step.node == 1)
            for (auto it = step.accesses.rbegin(); it != step.accesses.rend(); ++it)
              if (it->write) {
                it->offset -= 4;
                break;
              }
      },
      "reads byte");
}

TEST(ChannelViews, CopiesWhereRowsCannotBePlaced) {
  std::mt19937 rng(1514);
  auto parts = [&](int c1, int c2, int *x, int *y) {
    graph::Graph g;
    g.name = "channel_copies";
    g.tensors.push_back(int8Tensor("input", {1, 4, 4, 4}, 0.05f, 7));
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
  graph::Graph fine = parts(8, 4, &x, &y);
  fine.outputs = {
      addConvolution(fine, OpType::Conv2D, concat(fine, {x, y}, 3), 4, {1, 1, 1, 1, 1}, rng)};
  EXPECT_TRUE(isView(fine, 2));
  // Rows 10 bytes apart would not start on words.
  graph::Graph pitch = parts(4, 6, &x, &y);
  pitch.outputs = {
      addConvolution(pitch, OpType::Conv2D, concat(pitch, {x, y}, 3), 4, {1, 1, 1, 1, 1}, rng)};
  EXPECT_FALSE(isView(pitch, 2));
  // A part another node reads too (densely): a copy.
  graph::Graph shared = parts(8, 4, &x, &y);
  const int other = addConvolution(shared, OpType::Conv2D, y, 4, {1, 1, 1, 1, 1}, rng);
  shared.outputs = {concat(shared, {x, y}, 3), other};
  EXPECT_FALSE(isView(shared, 3));
  // An element-wise producer indexes its output flat: it cannot write rows.
  graph::Graph flat = parts(4, 4, &x, &y);
  const int sum = addTensor(flat, graph::DataType::Int8, {1, 4, 4, 4}, 0.08f, -5, false);
  flat.tensors[static_cast<size_t>(sum)].quantization =
      flat.tensors[static_cast<size_t>(x)].quantization;
  addNode(flat, OpType::Add, {x, y}, sum, graph::ElementwiseOptions{});
  flat.outputs = {
      addConvolution(flat, OpType::Conv2D, concat(flat, {x, sum}, 3), 4, {1, 1, 1, 1, 1}, rng)};
  EXPECT_FALSE(isView(flat, 3));
  for (const graph::Graph *g : {&fine, &pitch, &shared, &flat}) {
    auto m = model::compileModel(*g, {.inPlaceDepthwise = true});
    EXPECT_TRUE(m.ok()) << m.error().message;
  }
  EXPECT_FALSE(expectModelRunsLikeReference(flat, "channel-copies", rng).empty());
}

// input 6x6x8 -> c = CONV 1x1 (16 channels) -> x, y = its channels 0..7 and 8..15 (a SPLIT) ->
// a = DEPTHWISE 3x3 of x, b = CONV 1x1 of y (8 channels) -> ADD of a and b.
struct SplitGraph {
  graph::Graph g;
  int c, x, y;
  size_t firstSlice;
};

SplitGraph splitGraph(std::mt19937 &rng) {
  SplitGraph v;
  graph::Graph &g = v.g;
  g.name = "channel_split";
  g.tensors.push_back(int8Tensor("input", {1, 6, 6, 8}, 0.05f, 7));
  v.c = addConvolution(g, OpType::Conv2D, 0, 16, {1, 1, 1, 1, 1}, rng);
  v.firstSlice = g.nodes.size();
  v.x = slice(g, v.c, {0, 0, 0, 0}, {1, 6, 6, 8});
  v.y = slice(g, v.c, {0, 0, 0, 8}, {1, 6, 6, 8});
  const int a = addConvolution(g, OpType::DepthwiseConv2D, v.x, 8, {3, 3, 1, 1, 1}, rng);
  const int b = addConvolution(g, OpType::Conv2D, v.y, 8, {1, 1, 1, 1, 1}, rng);
  const int sum = addTensor(g, graph::DataType::Int8, {1, 6, 6, 8}, 0.08f, -5, false);
  addNode(g, OpType::Add, {a, b}, sum, graph::ElementwiseOptions{});
  g.inputs = {0};
  g.outputs = {sum};
  return v;
}

TEST(ChannelViews, SplitReadersReadTheirChannelsWhereTheyLie) {
  std::mt19937 rng(1515);
  const SplitGraph v = splitGraph(rng);
  const auto act = graph::activationBuffers(v.g, true);
  for (size_t node : {v.firstSlice, v.firstSlice + 1})
    EXPECT_TRUE(act.viewNode[node]) << node;
  for (const auto &[t, start] : {std::pair{v.x, 0}, std::pair{v.y, 8}}) {
    EXPECT_EQ(act.bufferOfTensor[t], act.bufferOfTensor[v.c]);
    EXPECT_EQ(act.offsetOfTensor[t], start);
    EXPECT_EQ(act.rowBytesOfTensor[t], 8);
    EXPECT_EQ(act.pitchOfTensor[t], 16);
  }
  // Views never raise the live-set peak.
  EXPECT_LE(graph::lowerBound(act.requests),
            graph::lowerBound(graph::activationBuffers(v.g, true, false).requests));
  auto m = model::compileModel(v.g, {.inPlaceDepthwise = true});
  ASSERT_TRUE(m.ok()) << m.error().message;
  EXPECT_EQ(m->steps.size(), 4u); // the three convolutions and the ADD
  // The depthwise convolution reads 36 pixel rows of 8 bytes, 16 apart, and cannot run in place
  // over a tensor that is not a whole buffer.
  const auto &dw = m->steps[1];
  std::vector<int64_t> rows;
  for (const auto &a : dw.accesses)
    if (!a.write && m->buffers[static_cast<size_t>(a.buffer)].name == v.g.tensors[v.c].name)
      rows.push_back(a.offset);
  ASSERT_EQ(rows.size(), 36u) << dw.kernel.name;
  EXPECT_EQ(rows[0], 0);
  EXPECT_EQ(rows[1], 16);
  EXPECT_FALSE(expectModelRunsLikeReference(v.g, "channel-split", rng).empty());

  // A reader said to read its last pixel's channels 4 bytes late reads the other half's bytes.
  expectDataFlowCatches(
      *m,
      [last = rows.back()](model::CompiledModel &broken) {
        for (auto &a : broken.steps[1].accesses)
          if (!a.write && a.offset == last)
            a.offset += 4;
      },
      "reads byte");
}

TEST(ChannelViews, SplitCopiesWhereAReaderCannotReadRowsOrThePartIsAnOutput) {
  std::mt19937 rng(1516);
  SplitGraph flat = splitGraph(rng);
  // x read by an ADD (flat indices) too: its slice stays a copy.
  const int twice = addTensor(flat.g, graph::DataType::Int8, {1, 6, 6, 8}, 0.08f, -5, false);
  addNode(flat.g, OpType::Add, {flat.x, flat.x}, twice, graph::ElementwiseOptions{});
  flat.g.outputs.push_back(twice);
  auto act = graph::activationBuffers(flat.g, true);
  EXPECT_FALSE(act.viewNode[flat.firstSlice]);
  EXPECT_FALSE(expectModelRunsLikeReference(flat.g, "channel-split-flat", rng).empty());
  SplitGraph output = splitGraph(rng);
  output.g.outputs.push_back(output.y);
  EXPECT_FALSE(graph::activationBuffers(output.g, true).viewNode[output.firstSlice + 1]);
  EXPECT_TRUE(model::compileModel(output.g, {.inPlaceDepthwise = true}).ok());
}

} // namespace
} // namespace loom::testing
