// ops::Op: every alternative answers every concern (name, nest, reference, MACs), the dispatch
// gives the op's own results, and the slicing questions refuse what cannot run on slices.
#include "loom/ops/Op.h"
#include "loom/fixtures/RandomParams.h"
#include "loom/ops/OpSlices.h"
#include "loom/ops/Reference.h"

#include <gtest/gtest.h>

#include <set>

namespace loom::ops {
namespace {

// One default-constructed value of every alternative, in variant order.
template <size_t... I> std::vector<Op> everyAlternative(std::index_sequence<I...>) {
  return {Op{std::in_place_index<I>}...};
}
std::vector<Op> everyAlternative() {
  return everyAlternative(std::make_index_sequence<std::variant_size_v<Op>>{});
}

TEST(Op, EveryAlternativeHasItsOwnName) {
  std::set<std::string> names;
  for (const Op &op : everyAlternative())
    EXPECT_TRUE(names.insert(opName(op)).second) << opName(op);
  EXPECT_EQ(names.size(), std::variant_size_v<Op>);
  EXPECT_TRUE(names.count("Conv2D"));
  EXPECT_TRUE(names.count("Add"));
}

TEST(Op, ScheduledOpsAreTheConvolutionsAndFullyConnected) {
  std::set<std::string> scheduled;
  for (const Op &op : everyAlternative())
    if (auto kernel = scheduledOp(op))
      scheduled.insert(opName(*kernel));
  EXPECT_EQ(scheduled, (std::set<std::string>{"Conv2D", "DepthwiseConv2D", "PointwiseConv2D",
                                              "FullyConnected"}));
}

TEST(Op, DispatchGivesTheOpsOwnNestReferenceAndMacs) {
  std::mt19937 rng(7);
  Conv2DParams conv;
  conv.inputHeight = 6, conv.inputWidth = 5, conv.inputChannels = 3, conv.outputChannels = 4;
  conv.kernelHeight = conv.kernelWidth = 3;
  conv.padding = {1, 1, 1, 1};
  fillRandom(conv, rng);
  const Op op = conv;
  ASSERT_TRUE(validate(op));
  EXPECT_EQ(macs(op), conv.macs());
  auto nest = buildNest(op, "conv");
  ASSERT_TRUE(nest);
  EXPECT_EQ(nest->name, "conv");
  const auto input = randomInt8(6 * 5 * 3, rng);
  std::vector<int8_t> expected(static_cast<size_t>(conv.outputHeight()) * conv.outputWidth() * 4);
  reference::conv2D(conv, input.data(), expected.data());
  std::vector<int8_t> out(expected.size());
  ASSERT_TRUE(runReference(op, {reinterpret_cast<const uint8_t *>(input.data())},
                           reinterpret_cast<uint8_t *>(out.data())));
  EXPECT_EQ(out, expected);
  EXPECT_EQ(activationInputs(op), 1);
}

TEST(Op, GlueOpsHaveNoMacsAndAddReadsTwoActivationsUnlessOneIsConstant) {
  AddParams add = makeAddParams(16, 0.05, 0, 0.04, 3, 0.08, -2, -128, 127);
  Op op = add;
  EXPECT_EQ(macs(op), 0);
  EXPECT_FALSE(scheduledOp(op));
  EXPECT_EQ(activationInputs(op), 2);
  add.operands.constant2.assign(16, 5);
  EXPECT_EQ(activationInputs(Op{add}), 1);
  std::vector<int8_t> a(16, 10), b(16, -3), expected(16), out(16);
  reference::add(makeAddParams(16, 0.05, 0, 0.04, 3, 0.08, -2, -128, 127), a.data(), b.data(),
                 expected.data());
  ASSERT_TRUE(runReference(
      op,
      {reinterpret_cast<const uint8_t *>(a.data()), reinterpret_cast<const uint8_t *>(b.data())},
      reinterpret_cast<uint8_t *>(out.data())));
  EXPECT_EQ(out, expected);
}

TEST(OpSlices, RefusesWhatCannotRunOnSlicesWithTheReason) {
  PadParams pad;
  pad.inputHeight = 4, pad.inputWidth = 4, pad.channels = 2, pad.top = 1;
  auto windows = rowWindows(Op{pad}, {1, 5, 4, 2});
  ASSERT_FALSE(windows);
  EXPECT_EQ(windows.error().message, "a PAD of the height");
  auto softmax = rowWindows(Op{SoftmaxParams{}}, {1, 10});
  ASSERT_FALSE(softmax);
  EXPECT_NE(softmax.error().message.find("run on row slices"), std::string::npos);
  AddParams add = makeAddParams(4 * 4 * 2, 0.05, 0, 0.04, 3, 0.08, -2, -128, 127);
  auto rect = sliceRect(Op{add}, {0, 2}, {0, 2}, {1, 4, 4, 2});
  ASSERT_FALSE(rect);
  EXPECT_EQ(rect.error().message, "cannot run on patches");
  pad.top = 0, pad.left = 1;
  auto padRect = sliceRect(Op{pad}, {0, 2}, {0, 2}, {1, 4, 5, 2});
  ASSERT_FALSE(padRect);
  EXPECT_EQ(padRect.error().message, "a PAD of the width cannot run on patches");
}

TEST(OpSlices, AddAndElementwiseSlicesCoverTheirRows) {
  AddParams add = makeAddParams(6 * 4 * 2, 0.05, 0, 0.04, 3, 0.08, -2, -128, 127);
  auto windows = rowWindows(Op{add}, {1, 6, 4, 2});
  ASSERT_TRUE(windows);
  EXPECT_EQ(windows->size(), 2u); // both inputs
  EXPECT_EQ(colWindows(Op{add}, {1, 6, 4, 2}).size(), 2u);
  const Op rows = sliceRows(Op{add}, {2, 5}, {1, 6, 4, 2});
  EXPECT_EQ(std::get<AddParams>(rows).size, 3 * 4 * 2);
  RequantizeParams rq;
  rq.size = 6 * 4 * 2;
  auto rect = sliceRect(Op{rq}, {1, 3}, {0, 3}, {1, 6, 4, 2});
  ASSERT_TRUE(rect);
  EXPECT_EQ(std::get<RequantizeParams>(*rect).size, 2 * 3 * 2);
  EXPECT_FALSE(isWindowed(Op{rq}));
  EXPECT_TRUE(isWindowed(Op{MaxPool2DParams{}}));
}

} // namespace
} // namespace loom::ops
