// Kernels reading or writing a tensor by rows inside a wider one (ir::withRowPitch): the producers
// of a channel concatenation write their channels of every pixel straight into its output, and
// the readers of a channel split read theirs where they lie (issue 15's views). The re-strided
// kernel, naive, default-scheduled or at a random legal point of the tuner's space, writes the
// bytes the dense kernel writes at the rows' places and nothing between them, and reads only its
// rows (host JIT here; the models of graph/ChannelViewsTest.cpp run them in QEMU).
#include "loom/ir/RowPitch.h"
#include "../support/KernelRuns.h"
#include "../support/TestFiles.h"
#include "loom/fixtures/RandomParams.h"
#include "loom/ir/Printer.h"
#include "loom/ops/Op.h"
#include "loom/schedule/KernelChoice.h"

#include <gtest/gtest.h>

namespace loom::testing {
namespace {

constexpr int8_t kUntouched = static_cast<int8_t>(0xA5);

// The output placed from byte `start` of rows `pitch` bytes apart, in a buffer of `rows` rows.
std::vector<int8_t> runPlaced(const ir::Kernel &k, std::vector<int8_t> input, int64_t rows,
                              int64_t pitch, int64_t start) {
  auto compiled = codegen::JitKernel::compile(k).take();
  std::vector<int8_t> wide(static_cast<size_t>(rows * pitch), kUntouched);
  std::vector<std::vector<int8_t>> scratch;
  std::vector<void *> args;
  for (const auto &b : k.arguments)
    args.push_back(b->role == ir::BufferRole::Input ? input.data()
                   : b->role == ir::BufferRole::Output
                       ? wide.data() + start
                       : scratch.emplace_back(b->byteSize()).data());
  compiled->run(args).check();
  return wide;
}

// What the placed run must leave: the dense output's rows at their places, the rest untouched.
std::vector<int8_t> placed(const std::vector<int8_t> &dense, int64_t rowBytes, int64_t pitch,
                           int64_t start) {
  const int64_t rows = static_cast<int64_t>(dense.size()) / rowBytes;
  std::vector<int8_t> wide(static_cast<size_t>(rows * pitch), kUntouched);
  for (int64_t r = 0; r < rows; ++r)
    std::copy_n(dense.begin() + r * rowBytes, rowBytes, wide.begin() + r * pitch + start);
  return wide;
}

ops::PointwiseConv2DParams pointwise(int h, int w, int in, int out, std::mt19937 &rng) {
  ops::PointwiseConv2DParams p;
  p.inputHeight = h, p.inputWidth = w, p.inputChannels = in, p.outputChannels = out;
  ops::fillRandom(p, rng);
  return p;
}

ops::AnyOp randomOp(int kind, std::mt19937 &rng) {
  const int h = pick(rng, 2, 7), w = pick(rng, 2, 9);
  if (kind == 0)
    return pointwise(h, w, 4 * pick(rng, 1, 4), 4 * pick(rng, 1, 5), rng);
  if (kind == 1) {
    ops::Conv2DParams p;
    p.inputHeight = h, p.inputWidth = w, p.inputChannels = pick(rng, 1, 5);
    p.outputChannels = 4 * pick(rng, 1, 4), p.kernelHeight = 3, p.kernelWidth = 3;
    p.padding = {1, 1, 1, 1};
    ops::fillRandom(p, rng);
    return p;
  }
  ops::DepthwiseConv2DParams p;
  p.inputHeight = h, p.inputWidth = w, p.channels = 4 * pick(rng, 1, 4);
  p.kernelHeight = 3, p.kernelWidth = 3;
  p.strideHeight = pick(rng, 1, 2), p.strideWidth = pick(rng, 1, 2);
  p.padding = {1, 1, 1, 1};
  ops::fillRandom(p, rng);
  return p;
}

// The naive nest, the default schedule and a random legal point of the tuner's space.
std::vector<ir::Kernel> scheduledForms(const ops::AnyOp &op, const ir::Kernel &naive,
                                       std::mt19937 &rng) {
  std::vector<ir::Kernel> kernels(1, naive);
  kernels.push_back(
      schedule::chooseKernel(op, naive.name, schedule::KernelForm::Plain, {}).take().kernel);
  if (auto s = randomLegalSchedule(op, naive, rng))
    kernels.push_back(schedule::applySchedule(naive, *s).take());
  return kernels;
}

// A random op with its input and reference output, and where its argument of `role` is placed:
// rows of its channels between other channels (a word-aligned start and pitch, as plans place
// them).
struct Case {
  ops::AnyOp op;
  ir::Kernel naive;
  std::vector<int8_t> input, dense;
  std::string argument;
  int64_t row = 0, start = 0, pitch = 0;
};

Case randomCase(int trial, ir::BufferRole role, std::mt19937 &rng) {
  Case c{randomOp(trial % 3, rng), {}, {}, {}, "", 0, 0, 0};
  c.naive = ops::buildKernel(c.op, "placed" + std::to_string(trial)).take();
  c.input = ops::randomInt8(ops::inputBytes(c.op), rng);
  const auto dense = ops::runReference(c.op, c.input);
  c.dense.assign(dense.begin(), dense.end());
  const auto &arg = *std::find_if(c.naive.arguments.begin(), c.naive.arguments.end(),
                                  [&](const ir::Buffer &b) { return b->role == role; });
  c.argument = arg->name;
  c.row = arg->shape.back();
  c.start = 4 * pick(rng, 0, 3);
  c.pitch = c.start + c.row + 4 * pick(rng, 0, 2);
  return c;
}

TEST(RowPitch, PlacedOutputsEqualTheDenseOnesOnRandomShapesAndSchedules) {
  std::mt19937 rng(1501);
  for (int trial = 0; trial < 18; ++trial) {
    const Case c = randomCase(trial, ir::BufferRole::Output, rng);
    for (const auto &k : scheduledForms(c.op, c.naive, rng)) {
      auto restrided = ir::withRowPitch(k, c.argument, c.row, c.pitch);
      ASSERT_TRUE(restrided.ok()) << restrided.error().message;
      const int64_t rows = static_cast<int64_t>(c.dense.size()) / c.row;
      EXPECT_EQ(runPlaced(*restrided, c.input, rows, c.pitch, c.start),
                placed(c.dense, c.row, c.pitch, c.start))
          << ops::describe(c.op) << " rows of " << c.row << " at pitch " << c.pitch << " from "
          << c.start << "\n"
          << ir::toString(*restrided);
    }
  }
}

// The input read from rows `pitch` bytes apart from byte `start` (other bytes garbage).
std::vector<int8_t> runOnPlacedInput(const ir::Kernel &k, const std::vector<int8_t> &input,
                                     int64_t rowBytes, int64_t pitch, int64_t start,
                                     size_t outputBytes, std::mt19937 &rng) {
  const int64_t rows = static_cast<int64_t>(input.size()) / rowBytes;
  auto wide = ops::randomInt8(static_cast<size_t>(rows * pitch), rng);
  for (int64_t r = 0; r < rows; ++r)
    std::copy_n(input.begin() + r * rowBytes, rowBytes, wide.begin() + r * pitch + start);
  auto compiled = codegen::JitKernel::compile(k).take();
  std::vector<int8_t> out(outputBytes, kUntouched);
  std::vector<std::vector<int8_t>> scratch;
  std::vector<void *> args;
  for (const auto &b : k.arguments)
    args.push_back(b->role == ir::BufferRole::Input ? wide.data() + start
                   : b->role == ir::BufferRole::Output
                       ? out.data()
                       : scratch.emplace_back(b->byteSize()).data());
  compiled->run(args).check();
  return out;
}

TEST(RowPitch, PlacedInputsAreReadWhereTheyLieOnRandomShapesAndSchedules) {
  std::mt19937 rng(1505);
  for (int trial = 0; trial < 18; ++trial) {
    const Case c = randomCase(trial, ir::BufferRole::Input, rng);
    for (const auto &k : scheduledForms(c.op, c.naive, rng)) {
      auto restrided = ir::withRowPitch(k, c.argument, c.row, c.pitch);
      ASSERT_TRUE(restrided.ok()) << restrided.error().message;
      EXPECT_EQ(runOnPlacedInput(*restrided, c.input, c.row, c.pitch, c.start, c.dense.size(), rng),
                c.dense)
          << ops::describe(c.op) << " rows of " << c.row << " at pitch " << c.pitch << " from "
          << c.start << "\n"
          << ir::toString(*restrided);
    }
  }
}

TEST(RowPitch, RowsMayBeSeveralDimensionsOrTheWholeOutput) {
  std::mt19937 rng(1502);
  const ops::PointwiseConv2DParams p = pointwise(3, 4, 8, 8, rng);
  const auto k = ops::buildKernel(p, "image_rows").take();
  const auto input = ops::randomInt8(ops::inputBytes(p), rng);
  const auto ref = ops::runReference(p, input);
  const std::vector<int8_t> dense(ref.begin(), ref.end());
  // A row of the image (4 pixels x 8 channels), e.g. a concatenation along the width.
  EXPECT_EQ(runPlaced(ir::withRowPitch(k, "output", 32, 48).take(), input, 3, 48, 16),
            placed(dense, 32, 48, 16));
  // The whole output as one row changes nothing.
  const auto whole = ir::withRowPitch(k, "output", 96, 96).take();
  EXPECT_EQ(ir::toString(whole), ir::toString(k));
}

TEST(RowPitch, GoldenDumpShowsTheStrides) {
  std::mt19937 rng(1503);
  const ops::PointwiseConv2DParams p = pointwise(2, 2, 4, 4, rng);
  const auto k = ops::buildKernel(p, "pw_rows").take();
  checkGolden(ir::toString(ir::withRowPitch(k, "output", 4, 12).take()), "ir/row_pitch.txt");
}

TEST(RowPitchMustFail, RefusesWhatItCannotPlace) {
  std::mt19937 rng(1504);
  const ops::PointwiseConv2DParams p = pointwise(3, 4, 8, 8, rng);
  const auto k = ops::buildKernel(p, "refusals").take();
  auto message = [](const Expected<ir::Kernel> &e) {
    return e.ok() ? std::string("accepted") : e.error().message;
  };
  // No dimension boundary: 12 is not the channels (8) nor a pixel row (32).
  EXPECT_EQ(message(ir::withRowPitch(k, "output", 12, 16)),
            "argument 'output' of 'refusals' (96 elements) has no dimension boundary at rows of 12 "
            "elements");
  EXPECT_EQ(message(ir::withRowPitch(k, "output", 8, 6)),
            "rows of 8 elements cannot lie 6 elements apart");
  EXPECT_EQ(message(ir::withRowPitch(k, "result", 8, 16)),
            "kernel 'refusals' has no argument 'result'");
  const auto once = ir::withRowPitch(k, "output", 8, 16).take();
  EXPECT_EQ(message(ir::withRowPitch(once, "output", 8, 24)),
            "argument 'output' of 'refusals' is not dense");
  // An element-wise op indexes its output flat: no pixel rows to place.
  const ops::AddParams add = ops::makeAddParams(96, 0.05, 3, 0.04, -2, 0.08, 1, -128, 127);
  ASSERT_TRUE(ops::buildNest(ops::Op{add}, "add").ok());
  EXPECT_FALSE(ops::rowsAtPitch(ops::Op{add}, ir::BufferRole::Output, 8));
  EXPECT_FALSE(ops::rowsAtPitch(ops::Op{add}, ir::BufferRole::Input, 8)); // two inputs
  EXPECT_TRUE(ops::rowsAtPitch(ops::Op{p}, ir::BufferRole::Output, 8));
  EXPECT_TRUE(ops::rowsAtPitch(ops::Op{p}, ir::BufferRole::Input, 8));
  EXPECT_FALSE(ops::rowsAtPitch(ops::Op{p}, ir::BufferRole::Output, 12));
}

} // namespace
} // namespace loom::testing
