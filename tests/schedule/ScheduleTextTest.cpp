// The schedule text form: round trip, comments, and refusal of unknown or malformed steps.
#include "loom/schedule/Schedule.h"

#include <gtest/gtest.h>

namespace loom::testing {
namespace {

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

TEST(ScheduleText, IgnoresCommentsAndBlankLines) {
  auto s = schedule::parseSchedule("# tuned for cortex-m7\n\n  split oc 4 guard   # block\n");
  ASSERT_TRUE(s.ok());
  ASSERT_EQ(s->steps.size(), 1u);
  EXPECT_EQ(s->steps[0].toString(), "split oc 4 guard");
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

} // namespace
} // namespace loom::testing
