// loom-gen's command line: what used to be silently wrong (an input file dropped by a later -o, a
// model taken as --run's input, a second model ignored, "28k" read as 28 bytes) is now either what
// the user meant or a usage error that names the flag.
#include "../../gen/loom-gen/GenOptions.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace loom::testing {
namespace {

Expected<gen::GenOptions> parse(std::vector<std::string> args) {
  args.insert(args.begin(), "loom-gen");
  std::vector<char *> argv;
  for (auto &a : args)
    argv.push_back(a.data());
  return gen::parseGenOptions(static_cast<int>(argv.size()), argv.data());
}

TEST(GenOptions, RunInputSurvivesALaterOutputFolder) {
  auto o = parse({"m.tflite", "--run", "--input", "input.bin", "-o", "out"});
  ASSERT_TRUE(o.ok()) << o.error().message;
  EXPECT_TRUE(o->run);
  EXPECT_EQ(o->inputPath, "input.bin");
  EXPECT_EQ(o->out, "out");
  EXPECT_EQ(o->modelPath, "m.tflite");
  // --run takes no value: an input after it is refused with the spelling that works.
  auto positional = parse({"m.tflite", "--run", "input.bin", "-o", "out"});
  ASSERT_FALSE(positional.ok());
  EXPECT_NE(positional.error().message.find("given as --input input.bin"), std::string::npos);
}

TEST(GenOptions, AModelAfterRunStaysTheModel) {
  auto o = parse({"--run", "m.tflite", "-o", "out"});
  ASSERT_TRUE(o.ok()) << o.error().message;
  EXPECT_EQ(o->modelPath, "m.tflite");
  EXPECT_EQ(o->inputPath, "");
  auto i = parse({"m.tflite", "--input", "x.bin"});
  ASSERT_TRUE(i.ok()) << i.error().message;
  EXPECT_TRUE(i->run);
  EXPECT_EQ(i->inputPath, "x.bin");
}

TEST(GenOptions, RefusesASecondModelAndMissingValues) {
  auto two = parse({"a.tflite", "b.tflite"});
  ASSERT_FALSE(two.ok());
  EXPECT_NE(two.error().message.find("one model per run"), std::string::npos);
  auto missing = parse({"m.tflite", "-o", "--run"});
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.error().message.find("--out: needs a value"), std::string::npos)
      << missing.error().message;
}

TEST(GenOptions, MemoryBudgetTakesUnitsAndRefusesTheRest) {
  auto k = parse({"m.tflite", "--memory-budget", "28k"});
  ASSERT_TRUE(k.ok()) << k.error().message;
  EXPECT_EQ(k->plan.memoryBudget, 28672);
  EXPECT_EQ(*gen::parseByteSize("28672"), 28672);
  EXPECT_EQ(*gen::parseByteSize("1M"), 1048576);
  EXPECT_EQ(*gen::parseByteSize("14KiB"), 14336);
  for (const char *bad : {"28x", "28 k", "k", "-5", "0", "28kB2"}) {
    auto r = parse({"m.tflite", "--memory-budget", bad});
    ASSERT_FALSE(r.ok()) << bad;
    EXPECT_NE(r.error().message.find("--memory-budget"), std::string::npos) << bad;
  }
}

TEST(GenOptions, FlashBudgetTakesUnitsAndRefusesTheRest) {
  auto plain = parse({"m.tflite", "--flash-budget", "438000"});
  ASSERT_TRUE(plain.ok()) << plain.error().message;
  EXPECT_EQ(plain->plan.flashBudget, 438000);
  auto both = parse({"m.tflite", "--flash-budget", "1M", "--memory-budget", "28k"});
  ASSERT_TRUE(both.ok()) << both.error().message;
  EXPECT_EQ(both->plan.flashBudget, 1048576);
  EXPECT_EQ(both->plan.memoryBudget, 28672);
  EXPECT_EQ(parse({"m.tflite"})->plan.flashBudget, 0); // none: the fastest schedules
  // Decimal kilobytes and fractions would be guesses: refused, naming the flag.
  for (const char *bad : {"438kB", "1.5M", "438 000", "0", "-1", "MiB"}) {
    auto r = parse({"m.tflite", "--flash-budget", bad});
    ASSERT_FALSE(r.ok()) << bad;
    EXPECT_NE(r.error().message.find("--flash-budget"), std::string::npos) << bad;
  }
}

TEST(GenOptions, HelpAndVersionAreFlags) {
  auto h = parse({"--help"});
  ASSERT_TRUE(h.ok());
  EXPECT_TRUE(h->help);
  EXPECT_NE(gen::genHelp().find("--memory-budget SIZE"), std::string::npos);
  auto v = parse({"m.tflite", "--version"});
  ASSERT_TRUE(v.ok());
  EXPECT_TRUE(v->version);
}

TEST(GenOptions, NumbersAreStrictAndNoArgumentIsNotTheDemo) {
  for (const char *bad : {"64x", "0", "5000"})
    EXPECT_FALSE(parse({"net.json", "--resolution", bad}).ok()) << bad;
  EXPECT_FALSE(parse({"m.tflite", "--clock", "-1"}).ok());
  for (const char *bad : {"216MHz", "0", "x"}) {
    auto r = parse({"m.tflite", "--clock", bad});
    ASSERT_FALSE(r.ok()) << bad;
    EXPECT_NE(r.error().message.find("--clock needs a clock in MHz"), std::string::npos) << bad;
  }
  auto clock = parse({"m.tflite", "--target", "cortex-m4"});
  ASSERT_TRUE(clock.ok());
  EXPECT_EQ(clock->clockMhz, 168);
  auto m33 = parse({"m.tflite", "--target", "cortex-m33"});
  ASSERT_TRUE(m33.ok());
  EXPECT_EQ(m33->clockMhz, 160);
  EXPECT_EQ(m33->target.triple(), "thumbv8m.main-none-eabihf");
  auto m55 = parse({"m.tflite", "--target", "cortex-m55"});
  ASSERT_TRUE(m55.ok());
  EXPECT_EQ(m55->clockMhz, 400);
  EXPECT_EQ(m55->target.triple(), "thumbv8.1m.main-none-eabihf");
  EXPECT_TRUE(m55->target.hasMve());
  EXPECT_FALSE(m33->target.hasMve());
  auto given = parse({"m.tflite", "--clock", "480"});
  ASSERT_TRUE(given.ok());
  EXPECT_EQ(given->clockMhz, 480);
  auto none = parse({});
  ASSERT_FALSE(none.ok());
  EXPECT_NE(none.error().message.find("nothing to do"), std::string::npos);
}

TEST(GenOptions, DepthwiseRunsInPlaceUnlessPlainIsAsked) {
  auto d = parse({"m.tflite"});
  ASSERT_TRUE(d.ok());
  EXPECT_TRUE(d->plan.inPlaceDepthwise);
  auto old = parse({"m.tflite", "--in-place-depthwise"});
  ASSERT_TRUE(old.ok());
  EXPECT_TRUE(old->plan.inPlaceDepthwise);
  auto plain = parse({"m.tflite", "--plain-depthwise"});
  ASSERT_TRUE(plain.ok());
  EXPECT_FALSE(plain->plan.inPlaceDepthwise);
  for (const char *planned : {"--min-memory", "--profile"}) {
    auto r = parse({"m.tflite", "--plain-depthwise", planned});
    ASSERT_FALSE(r.ok()) << planned;
    EXPECT_NE(r.error().message.find("--plain-depthwise"), std::string::npos);
  }
}

} // namespace
} // namespace loom::testing
