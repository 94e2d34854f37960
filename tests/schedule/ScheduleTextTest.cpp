// The typed schedule steps and their text form: every primitive's record prints to one line that
// parses back to the same record, comments are ignored, and unknown or malformed steps are refused.
#include "loom/fixtures/RandomParams.h"
#include "loom/schedule/DefaultSchedules.h"
#include "loom/schedule/Schedule.h"

#include <gtest/gtest.h>

#include <set>

namespace loom::testing {
namespace {

using schedule::Step, schedule::Tail;
namespace step = schedule::step;

TEST(ScheduleText, RoundTrips) {
  const std::string text = "fold_zero_point\nsplit ox 2 shift\nsplit oc 2 shift\n"
                           "reorder oy ox.o oc.o ox.i oc.i\nregister_block ox.i oc.i\nsimd ic\n"
                           "fast_requantize\nunroll kx\nunroll ic 4\nfuse oy ox\n";
  auto s = schedule::parseSchedule(text);
  ASSERT_TRUE(s.ok()) << s.error().message;
  EXPECT_EQ(s->steps.size(), 10u);
  EXPECT_EQ(s->toText(), text);
  auto again = schedule::parseSchedule(s->toText());
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(*again, *s);
}

// One record of every primitive: text -> typed -> text gives the same line, and typed -> text ->
// typed the same record.
TEST(ScheduleText, EveryPrimitiveRoundTripsThroughItsRecord) {
  const std::vector<std::pair<Step, std::string>> cases = {
      {step::Split{"ox", 2, Tail::Guard}, "split ox 2 guard"},
      {step::Split{"ox", 3, Tail::Shift}, "split ox 3 shift"},
      {step::Split{"oc", 4, Tail::Exact}, "split oc 4 exact"},
      {step::Split{"ox", 3, Tail::Loop}, "split ox 3 tail"},
      {step::Tile{"oy", "ox", 2, 4, Tail::Guard}, "tile oy ox 2 4 guard"},
      {step::Layout{"weights", "int16"}, "layout weights int16"},
      {step::Layout{"requant", "interleaved"}, "layout requant interleaved"},
      {step::Reorder{{"oy", "ox.o", "oc.o", "ox.i"}}, "reorder oy ox.o oc.o ox.i"},
      {step::Fuse{"oy", "ox"}, "fuse oy ox"},
      {step::Peel{"ox.o", 1, 2}, "peel ox.o 1 2"},
      {step::PadReduction{"r", 28}, "pad_reduction r 28"},
      {step::Unroll{"kx", 0}, "unroll kx"},
      {step::Unroll{"ic.o", 4}, "unroll ic.o 4"},
      {step::FoldZeroPoint{}, "fold_zero_point"},
      {step::RegisterBlock{{"ox.i", "oc.i"}}, "register_block ox.i oc.i"},
      {step::Simd{"ic"}, "simd ic"},
      {step::Simd{"kx", true}, "simd kx phased"},
      {step::SimdLanes{"c.i"}, "simd_lanes c.i"},
      {step::Im2col{"ox.o", ""}, "im2col ox.o"},
      {step::Im2col{"ox.o", "ox.i"}, "im2col ox.o ox.i"},
      {step::FastRequantize{}, "fast_requantize"},
      {step::FastRequantize{true}, "fast_requantize int8_shifts"},
      {step::PackStore{"oc.i.store"}, "pack_store oc.i.store"},
      {step::FastRescale{}, "fast_rescale"},
  };
  std::set<size_t> covered;
  for (const auto &[typed, text] : cases) {
    EXPECT_EQ(typed.toString(), text);
    auto parsed = schedule::parseStep(text);
    ASSERT_TRUE(parsed.ok()) << text << ": " << parsed.error().message;
    EXPECT_EQ(*parsed, typed) << text;
    EXPECT_EQ(parsed->toString(), text);
    covered.insert(typed.record.index());
  }
  EXPECT_EQ(covered.size(), std::variant_size_v<schedule::StepRecord>)
      << "a primitive without a round-trip case";
  // Every primitive's syntax line names a primitive that parses.
  EXPECT_EQ(schedule::primitiveSyntax().size(), std::variant_size_v<schedule::StepRecord>);
}

TEST(ScheduleText, IgnoresCommentsAndBlankLines) {
  auto s = schedule::parseSchedule("# tuned for cortex-m7\n\n  split oc 4 guard   # block\n");
  ASSERT_TRUE(s.ok());
  ASSERT_EQ(s->steps.size(), 1u);
  EXPECT_EQ(s->steps[0].toString(), "split oc 4 guard");
  EXPECT_TRUE(s->steps[0].is<step::Split>());
  EXPECT_EQ(s->steps[0].primitive(), "split");
}

TEST(ScheduleText, RefusesUnknownPrimitivesAndBadArity) {
  auto unknown = schedule::parseSchedule("split oc 4 guard\nvectorize oc\n");
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.error().message, "schedule line 2: unknown primitive 'vectorize'");
  auto arity = schedule::parseSchedule("split oc 4");
  ASSERT_FALSE(arity.ok());
  EXPECT_NE(arity.error().message.find("expects: split LOOP FACTOR guard|shift|exact"),
            std::string::npos);
  EXPECT_FALSE(schedule::parseSchedule("fold_zero_point now").ok());
}

// Arguments are typed when the text is read, not when the step is applied.
TEST(ScheduleText, RefusesMalformedArgumentsWhenParsed) {
  auto factor = schedule::parseStep("split ox two shift");
  ASSERT_FALSE(factor.ok());
  EXPECT_EQ(factor.error().message, "'split ox two shift': split factor 'two' is not an integer");
  auto tail = schedule::parseSchedule("simd ic\nsplit ox 2 sideways\n");
  ASSERT_FALSE(tail.ok());
  EXPECT_EQ(tail.error().message, "schedule line 2: 'split ox 2 sideways': unknown tail strategy "
                                  "'sideways' (guard, shift, exact or tail)");
  EXPECT_FALSE(schedule::parseStep("unroll kx 1").ok());
  EXPECT_FALSE(schedule::parseStep("peel ox 1").ok());
  EXPECT_FALSE(schedule::parseStep("pad_reduction r 2.5").ok());
  auto tables = schedule::parseStep("fast_requantize int4_shifts");
  ASSERT_FALSE(tables.ok());
  EXPECT_NE(tables.error().message.find("unknown table form 'int4_shifts'"), std::string::npos);
  auto simdForm = schedule::parseStep("simd kx sideways");
  ASSERT_FALSE(simdForm.ok());
  EXPECT_NE(simdForm.error().message.find("unknown form 'sideways'"), std::string::npos);
}

// A mistyped default step cannot hide: the rules are typed records, so each one prints to a line
// that parses back to itself, and the line a typo makes is refused by the parser with a message.
TEST(ScheduleText, DefaultStepsAreTypedAndAMistypedOneFails) {
  ops::PointwiseConv2DParams pw;
  pw.inputHeight = 4, pw.inputWidth = 4, pw.inputChannels = 8, pw.outputChannels = 8;
  ops::Conv2DParams conv;
  conv.inputHeight = conv.inputWidth = 6, conv.inputChannels = 3, conv.outputChannels = 4;
  conv.kernelHeight = conv.kernelWidth = 3;
  ops::DepthwiseConv2DParams dw;
  dw.inputHeight = dw.inputWidth = 6, dw.channels = 8, dw.kernelHeight = dw.kernelWidth = 3;
  ops::FullyConnectedParams fc;
  fc.inputSize = 16, fc.outputSize = 8;
  std::mt19937 rng(5);
  ops::fillRandom(pw, rng), ops::fillRandom(conv, rng), ops::fillRandom(dw, rng);
  ops::fillRandom(fc, rng);
  std::vector<Step> all = schedule::inPlaceDepthwiseCandidates(dw);
  for (const ops::AnyOp &op : {ops::AnyOp{pw}, ops::AnyOp{conv}, ops::AnyOp{dw}, ops::AnyOp{fc}})
    for (const auto &s : schedule::defaultCandidates(op))
      all.push_back(s);
  for (const auto &s : all) {
    auto again = schedule::parseStep(s.toString());
    ASSERT_TRUE(again.ok()) << s.toString() << ": " << again.error().message;
    EXPECT_EQ(*again, s);
  }
  for (const std::string typo : {"splt ox 2 shift", "split ox 2 shfit", "register_block",
                                 "simd_lanes", "unroll", "fast_requantise"})
    EXPECT_FALSE(schedule::parseStep(typo).ok()) << typo;
}

// A step its primitive refuses is left out of a rule's schedule, and the refusal is kept with the
// primitive's reason (what --dump-ir shows), never dropped silently.
TEST(ScheduleText, LegalStepsListsTheRefusedSteps) {
  ops::PointwiseConv2DParams pw;
  pw.inputHeight = 3, pw.inputWidth = 5, pw.inputChannels = 8, pw.outputChannels = 6;
  std::mt19937 rng(3);
  ops::fillRandom(pw, rng, {.positiveShifts = false});
  const ir::Kernel naive = ops::buildPointwiseConv2D(pw, "pw").take();
  auto kept = schedule::legalSteps(naive, {step::FoldZeroPoint{}, step::Split{"ox", 2, Tail::Exact},
                                           step::Split{"oc", 2, Tail::Exact}, step::Simd{"ic"}});
  ASSERT_EQ(kept.refused.size(), 1u);
  EXPECT_EQ(kept.refused[0].step, (Step{step::Split{"ox", 2, Tail::Exact}}));
  EXPECT_NE(kept.refused[0].reason.find("not divisible by 2"), std::string::npos)
      << kept.refused[0].reason;
  EXPECT_EQ(kept.schedule.toText(), "fold_zero_point\nsplit oc 2 exact\nsimd ic\n");
}

} // namespace
} // namespace loom::testing
