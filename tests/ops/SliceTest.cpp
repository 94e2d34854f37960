// STRIDED_SLICE and SLICE on activations: the Slice nest equals its reference on random shapes,
// begins and strides (negative ones too) on the host JIT and in QEMU (Cortex-M7 and M4); its
// printed nest matches tests/golden/slice_small.txt; the lowering resolves TFLite's masks,
// negative indices, shrink axes and SLICE's size -1 as TFLite does; bad parameters are refused
// with their reason.
#include "../support/KernelRuns.h"
#include "../support/TestFiles.h"
#include "loom/fixtures/RandomParams.h"
#include "loom/graph/Lowering.h"
#include "loom/ir/Printer.h"
#include "loom/ops/DataMovement.h"

#include <fmt/format.h>

#include <cstring>
#include <functional>
#include <numeric>

namespace loom::testing {
namespace {

codegen::Cpu cpuOf(int n) { return n % 2 ? codegen::Cpu::CortexM4 : codegen::Cpu::CortexM7; }

int64_t elements(const std::vector<int> &shape) {
  return std::accumulate(shape.begin(), shape.end(), int64_t{1}, std::multiplies<>());
}

ops::SliceParams randomSlice(std::mt19937 &rng) {
  ops::SliceParams p;
  const int rank = pick(rng, 1, 4);
  for (int d = 0; d < rank; ++d) {
    const int size = pick(rng, 1, 9);
    int stride = pick(rng, 1, 3) * (pick(rng, 0, 3) ? 1 : -1);
    const int begin = pick(rng, 0, size - 1);
    // Elements reachable from begin with this stride, at least one.
    const int room = stride > 0 ? (size - 1 - begin) / stride + 1 : begin / -stride + 1;
    p.shape.push_back(size), p.begin.push_back(begin), p.stride.push_back(stride);
    p.outputShape.push_back(pick(rng, 1, room));
  }
  return p;
}

TEST(Slice, MatchesReferenceOnJitAndQemu) {
  std::mt19937 rng(70);
  for (int n = 0; n < 60; ++n) {
    const ops::SliceParams p = randomSlice(rng);
    ASSERT_TRUE(ops::validate(p).ok()) << ops::validate(p).error().message;
    auto in = ops::randomInt8(static_cast<size_t>(elements(p.shape)), rng);
    std::vector<int8_t> expected(static_cast<size_t>(elements(p.outputShape)));
    ops::reference::slice(p, in.data(), expected.data());
    ir::Kernel k = ops::buildSlice(p, fmt::format("slice_{}", n)).take();
    expectKernelOutput(k, {in}, expected, n < 4, cpuOf(n), "slice_ops");
  }
}

// The reference against the definition on the slice armex-cifar10 takes (the first 8 of 16
// channels) and on a reversed, strided one.
TEST(Slice, ReferenceSelectsTheElementsOfTheDefinition) {
  std::mt19937 rng(71);
  ops::SliceParams channels{{4, 5, 16}, {0, 0, 0}, {1, 1, 1}, {4, 5, 8}};
  auto in = ops::randomInt8(4 * 5 * 16, rng);
  std::vector<int8_t> out(4 * 5 * 8);
  ops::reference::slice(channels, in.data(), out.data());
  for (int y = 0; y < 4; ++y)
    for (int x = 0; x < 5; ++x)
      for (int c = 0; c < 8; ++c)
        ASSERT_EQ(out[static_cast<size_t>((y * 5 + x) * 8 + c)],
                  in[static_cast<size_t>((y * 5 + x) * 16 + c)]);
  ops::SliceParams reversed{{10}, {9}, {-3}, {4}}; // elements 9, 6, 3, 0
  std::vector<int8_t> line = ops::randomInt8(10, rng), picked(4);
  ops::reference::slice(reversed, line.data(), picked.data());
  EXPECT_EQ(picked, (std::vector<int8_t>{line[9], line[6], line[3], line[0]}));
}

TEST(Slice, PrintedNestMatchesGolden) {
  ops::SliceParams p{{1, 6, 6, 16}, {0, 1, 0, 8}, {1, 2, 1, 1}, {1, 3, 6, 8}};
  checkGolden(ir::toString(ops::buildSlice(p, "slice_small").take()), "slice_small.txt");
}

TEST(Slice, RefusesImpossibleParameters) {
  auto expectError = [](const ops::SliceParams &p, const std::string &fragment) {
    auto s = ops::validate(p);
    ASSERT_FALSE(s.ok()) << fragment;
    EXPECT_NE(s.error().message.find(fragment), std::string::npos) << s.error().message;
    EXPECT_FALSE(ops::buildSlice(p, "bad").ok());
  };
  expectError({{4, 4}, {0}, {1, 1}, {4, 4}}, "rank 2 with 1 begins");
  expectError({{4, 4, 4, 4, 4}, {0, 0, 0, 0, 0}, {1, 1, 1, 1, 1}, {1, 1, 1, 1, 1}}, "rank 1 to 4");
  expectError({{4, 4}, {0, 0}, {1, 0}, {4, 4}}, "stride 0 in dimension 1");
  expectError({{4, 4}, {0, 2}, {1, 1}, {4, 3}}, "dimension 1 reads elements 2 to 4 of 4");
  expectError({{4, 4}, {0, 1}, {1, -1}, {4, 3}}, "dimension 1 reads elements 1 to -1 of 4");
  expectError({{4, 4}, {0, 0}, {1, 1}, {0, 4}}, "must be positive");
}

// A one-node graph: STRIDED_SLICE (begin, end, strides) or SLICE (begin, size) of an int8
// [2, 6, 7, 10] tensor into an output of `outShape`.
graph::Graph sliceGraph(graph::OpType op, std::vector<std::vector<int32_t>> operands,
                        std::vector<int32_t> outShape, graph::StridedSliceOptions o = {}) {
  graph::Graph g;
  g.name = "slice";
  auto tensor = [&](std::vector<int32_t> shape) {
    graph::Tensor t;
    t.type = graph::DataType::Int8;
    t.shape = std::move(shape);
    t.quantization.scales = {0.1f};
    t.quantization.zeroPoints = {3};
    t.name = fmt::format("t{}", g.tensors.size());
    g.tensors.push_back(t);
    return static_cast<int>(g.tensors.size()) - 1;
  };
  graph::Node n;
  n.op = op;
  n.inputs = {tensor({2, 6, 7, 10})};
  for (const auto &v : operands) {
    graph::Tensor c;
    c.type = graph::DataType::Int32;
    c.shape = {static_cast<int32_t>(v.size())};
    c.data.resize(v.size() * 4);
    std::memcpy(c.data.data(), v.data(), c.data.size());
    c.name = fmt::format("operand{}", g.tensors.size());
    g.tensors.push_back(c);
    n.inputs.push_back(static_cast<int>(g.tensors.size()) - 1);
  }
  n.outputs = {tensor(std::move(outShape))};
  n.options = o;
  g.nodes.push_back(n);
  g.inputs = {0};
  g.outputs = n.outputs;
  return g;
}

Expected<ops::SliceParams> lowered(const graph::Graph &g) {
  int input = -1;
  auto l = graph::lowerNode(g, g.nodes[0], input);
  if (!l)
    return l.error();
  return std::get<ops::SliceParams>(std::get<ops::Op>(*l));
}

TEST(Slice, LoweringResolvesTfliteMasksAndNegativeIndices) {
  // x[:, 1:-1, ::-2, 2:8:3] with begin_mask on dims 0 and 2 and end_mask on dims 0 and 2.
  graph::StridedSliceOptions o;
  o.beginMask = 0b0101, o.endMask = 0b0101;
  auto p = lowered(sliceGraph(graph::OpType::StridedSlice,
                              {{5, 1, 5, 2}, {-9, -1, 5, 8}, {1, 1, -2, 3}}, {2, 4, 4, 2}, o));
  ASSERT_TRUE(p.ok()) << p.error().message;
  EXPECT_EQ(p->begin, (std::vector<int>{0, 1, 6, 2}));
  EXPECT_EQ(p->stride, (std::vector<int>{1, 1, -2, 3}));
  EXPECT_EQ(p->outputShape, (std::vector<int>{2, 4, 4, 2}));
  // shrink_axis_mask on dim 1: x[:, -2, :, 4:] -> [2, 7, 6]; the end of a shrunk axis is ignored.
  o = {};
  o.shrinkAxisMask = 0b0010, o.endMask = 0b1101;
  p = lowered(sliceGraph(graph::OpType::StridedSlice, {{0, -2, 0, 4}, {0, 0, 0, 0}, {1, 1, 1, 1}},
                         {2, 7, 6}, o));
  ASSERT_TRUE(p.ok()) << p.error().message;
  EXPECT_EQ(p->begin, (std::vector<int>{0, 4, 0, 4}));
  EXPECT_EQ(p->outputShape, (std::vector<int>{2, 1, 7, 6}));
  // Out-of-range ends clamp to the dimension, as TFLite does.
  p = lowered(sliceGraph(graph::OpType::StridedSlice, {{0, 0, 0, 0}, {9, 99, 7, 10}, {1, 4, 1, 1}},
                         {2, 2, 7, 10}));
  ASSERT_TRUE(p.ok()) << p.error().message;
  EXPECT_EQ(p->outputShape, (std::vector<int>{2, 2, 7, 10}));
  // SLICE: size -1 runs to the end.
  p = lowered(sliceGraph(graph::OpType::Slice, {{1, 2, 0, 3}, {-1, 3, -1, 4}}, {1, 3, 7, 4}));
  ASSERT_TRUE(p.ok()) << p.error().message;
  EXPECT_EQ(p->begin, (std::vector<int>{1, 2, 0, 3}));
  EXPECT_EQ(p->outputShape, (std::vector<int>{1, 3, 7, 4}));
}

TEST(Slice, LoweringRefusesWhatTfliteMicroDoesNotRun) {
  auto expectRefusal = [](const graph::Graph &g, const std::string &fragment) {
    auto p = lowered(g);
    ASSERT_FALSE(p.ok()) << fragment;
    EXPECT_NE(p.error().message.find(fragment), std::string::npos) << p.error().message;
  };
  graph::StridedSliceOptions o;
  o.ellipsisMask = 1;
  expectRefusal(sliceGraph(graph::OpType::StridedSlice, {{0, 0, 0, 0}, {1, 1, 1, 1}, {1, 1, 1, 1}},
                           {1, 1, 1, 1}, o),
                "ellipsis mask 1");
  expectRefusal(sliceGraph(graph::OpType::StridedSlice, {{0, 0, 0, 0}, {1, 1, 1, 1}, {1, 0, 1, 1}},
                           {1, 1, 1, 1}),
                "stride 0 in dimension 1");
  expectRefusal(sliceGraph(graph::OpType::StridedSlice, {{0, 3, 0, 0}, {1, 3, 1, 1}, {1, 1, 1, 1}},
                           {1, 1, 1, 1}),
                "dimension 1 selects no element");
  expectRefusal(sliceGraph(graph::OpType::StridedSlice, {{0, 0, 0, 0}, {2, 6, 7, 10}, {1, 1, 1, 1}},
                           {2, 6, 7, 9}),
                "the slice has 840 elements");
  expectRefusal(sliceGraph(graph::OpType::Slice, {{0, 0, 0, 8}, {1, 1, 1, 3}}, {1, 1, 1, 3}),
                "begin 8 size 3 outside dimension 3 of 10");
  expectRefusal(sliceGraph(graph::OpType::Slice, {{0, 0}, {1, 1}}, {1, 1, 1, 1}),
                "2 begins, 2 ends and 4 strides for a rank-4 input");
}

} // namespace
} // namespace loom::testing
