// Kernel choice (schedule::chooseKernel): the tuned record when it applies, its quantization steps
// left out for a layer whose channels refuse them, the default rule otherwise, the naive nest when
// schedules are off, and the in-place form's own rule.
#include "loom/schedule/KernelChoice.h"
#include "loom/fixtures/RandomParams.h"

#include <gtest/gtest.h>

namespace loom::testing {
namespace {

ops::PointwiseConv2DParams pointwise(bool leftShift) {
  ops::PointwiseConv2DParams p;
  p.inputHeight = 3, p.inputWidth = 4, p.inputChannels = 8, p.outputChannels = 8;
  std::mt19937 rng(11);
  ops::fillRandom(p, rng, {.positiveShifts = false});
  if (leftShift)
    p.output.shifts[3] = 20; // fast_requantize refuses a left shift acc << 21 can overflow
  return p;
}

schedule::ScheduleSources tunedWith(const std::string &text) {
  return {true, [text](const ops::AnyOp &, ops::KernelForm) -> std::optional<std::string> {
            return text;
          }};
}

const std::string kRecord = "fold_zero_point\nsplit ox 2 shift\nsplit oc 3 shift\n"
                            "reorder oy ox.o oc.o ox.i oc.i\nregister_block ox.i oc.i\nsimd ic\n"
                            "fast_requantize\n"; // 2x3 blocks: not the default rule's

TEST(KernelChoice, TakesTheTunedRecordWhenItApplies) {
  auto k = schedule::chooseKernel(pointwise(false), "pw", schedule::KernelForm::Plain,
                                  tunedWith(kRecord));
  ASSERT_TRUE(k.ok()) << k.error().message;
  EXPECT_TRUE(k->tuned);
  EXPECT_EQ(k->scheduleText, kRecord);
  EXPECT_TRUE(k->refused.empty());
}

TEST(KernelChoice, LeavesOutTheQuantizationStepsALayerRefuses) {
  auto k = schedule::chooseKernel(pointwise(true), "pw", schedule::KernelForm::Plain,
                                  tunedWith(kRecord));
  ASSERT_TRUE(k.ok()) << k.error().message;
  EXPECT_TRUE(k->tuned);
  const std::string withoutLast = kRecord.substr(0, kRecord.rfind("fast_requantize"));
  EXPECT_EQ(k->scheduleText, withoutLast);
  ASSERT_EQ(k->refused.size(), 1u);
  EXPECT_TRUE(k->refused[0].step.is<schedule::step::FastRequantize>());
  EXPECT_NE(k->refused[0].reason.find("left shift 20"), std::string::npos) << k->refused[0].reason;
}

TEST(KernelChoice, FallsBackToTheDefaultWhenAShapeStepIsRefused) {
  const ops::AnyOp op = pointwise(false);
  auto k = schedule::chooseKernel(op, "pw", schedule::KernelForm::Plain,
                                  tunedWith("split ox 9 guard\nsimd ic\n"));
  ASSERT_TRUE(k.ok()) << k.error().message;
  EXPECT_FALSE(k->tuned);
  const ir::Kernel naive = ops::buildKernel(op, "pw").take();
  EXPECT_EQ(k->scheduleText, schedule::defaultSchedule(op, naive).toText());
}

TEST(KernelChoice, NaiveWhenSchedulesAreOff) {
  auto k =
      schedule::chooseKernel(pointwise(false), "pw", schedule::KernelForm::Plain, {false, nullptr});
  ASSERT_TRUE(k.ok());
  EXPECT_EQ(k->scheduleText, "");
  EXPECT_FALSE(k->tuned);
}

TEST(KernelChoice, InPlaceIsForDepthwiseOnlyAndTakesItsOwnRule) {
  auto refused = schedule::chooseKernel(pointwise(false), "pw", schedule::KernelForm::InPlace,
                                        tunedWith(kRecord));
  ASSERT_FALSE(refused.ok());
  EXPECT_NE(refused.error().message.find("only a depthwise convolution runs in place"),
            std::string::npos);
  ops::DepthwiseConv2DParams dw;
  dw.inputHeight = dw.inputWidth = 8, dw.channels = 4, dw.kernelHeight = dw.kernelWidth = 3;
  dw.padding = {1, 1, 1, 1};
  std::mt19937 rng(2);
  ops::fillRandom(dw, rng, {.positiveShifts = false});
  auto k = schedule::chooseKernel(dw, "dw", schedule::KernelForm::InPlace, tunedWith(kRecord));
  ASSERT_TRUE(k.ok()) << k.error().message;
  EXPECT_FALSE(k->tuned);
  const ir::Kernel naive = ops::buildDepthwiseConv2DInPlace(dw, "dw").take();
  EXPECT_EQ(k->scheduleText, schedule::inPlaceDepthwiseSchedule(naive, dw).toText());
  // The in-place rule's own steps: int16 tap pairs over the padded plane.
  EXPECT_NE(k->scheduleText.find("simd kx"), std::string::npos) << k->scheduleText;
}

} // namespace
} // namespace loom::testing
