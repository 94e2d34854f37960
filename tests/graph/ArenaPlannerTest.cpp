// The arena planner: every plan passes the independent verifier, never beats the lower bound,
// refuses nothing legal; the verifier catches broken plans; and on the shared models the planned
// arenas reach the live-set figures of ../shared/models/LAYERS.md.
#include "loom/graph/ArenaPlanner.h"
#include "loom/graph/Liveness.h"
#include "loom/graph/MemoryPlot.h"
#include "loom/graph/TfliteImport.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <random>

namespace loom::testing {
namespace {

using graph::BufferRequest;

std::vector<BufferRequest> randomRequests(std::mt19937 &rng) {
  std::vector<BufferRequest> r;
  const int steps = 2 + static_cast<int>(rng() % 30), count = 1 + static_cast<int>(rng() % 40);
  for (int i = 0; i < count; ++i) {
    int a = static_cast<int>(rng() % steps), b = static_cast<int>(rng() % steps);
    r.push_back({fmt::format("b{}", i), 1 + static_cast<int64_t>(rng() % 5000), std::min(a, b),
                 std::max(a, b), std::nullopt});
  }
  // Some in-place pairs: a buffer born exactly when another dies, no larger than it.
  for (size_t i = 0; i < r.size(); ++i)
    for (size_t j = 0; j < r.size() && rng() % 3 == 0; ++j)
      if (i != j && r[j].first == r[i].last && r[j].size <= r[i].size && !r[j].inPlaceOf &&
          !r[i].inPlaceOf) {
        r[j].inPlaceOf = i;
        break;
      }
  return r;
}

TEST(ArenaPlanner, EveryAlgorithmProducesVerifiedPlansAboveTheLowerBound) {
  std::mt19937 rng(5);
  for (int i = 0; i < 300; ++i) {
    auto r = randomRequests(rng);
    const int64_t bound = graph::lowerBound(r);
    for (const auto &p : {graph::planGreedyBySize(r), graph::planBestFitInTimeOrder(r),
                          graph::planRandomSearch(r, 50, 3), graph::plan(r)}) {
      auto s = graph::verifyPlan(r, p);
      ASSERT_TRUE(s.ok()) << p.algorithm << ": " << s.error().message << "\n"
                          << graph::dumpPlan(r, p);
      EXPECT_GE(p.arenaBytes, bound);
    }
  }
}

TEST(ArenaPlanner, VerifierCatchesOverlapsMisalignmentAndOverruns) {
  std::vector<BufferRequest> r = {{"a", 100, 0, 2, {}}, {"b", 100, 1, 3, {}}};
  graph::ArenaPlan p{{0, 64}, 256, "hand-made"};
  auto s = graph::verifyPlan(r, p);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.error().message.find("overlap while both are live"), std::string::npos);
  p.offsets = {0, 104};
  EXPECT_NE(graph::verifyPlan(r, p).error().message.find("not 16-byte aligned"), std::string::npos);
  p.offsets = {0, 112};
  p.arenaBytes = 200;
  EXPECT_NE(graph::verifyPlan(r, p).error().message.find("ends past the arena"), std::string::npos);
  p.arenaBytes = 212;
  EXPECT_TRUE(graph::verifyPlan(r, p).ok());
  // An in-place pair must share its start and hand over at one step.
  std::vector<BufferRequest> inPlace = {{"in", 100, 0, 2, {}}, {"out", 80, 2, 3, 0}};
  EXPECT_TRUE(graph::verifyPlan(inPlace, {{0, 0}, 112, "x"}).ok());
  inPlace[1].first = 1;
  EXPECT_FALSE(graph::verifyPlan(inPlace, {{0, 0}, 112, "x"}).ok());
}

// memory.svg: one rectangle per buffer, placed by offset and lifetime, names escaped; the
// rectangles of buffers that are live together do not overlap on the picture either.
TEST(MemoryPlot, DrawsEveryBufferWhereThePlanPutsIt) {
  std::vector<BufferRequest> r = {{"a<1>", 1000, 0, 2, std::nullopt},
                                  {"b", 3000, 1, 3, std::nullopt},
                                  {"c&d", 500, 3, 4, std::nullopt}};
  graph::ArenaPlan plan = graph::plan(r);
  ASSERT_TRUE(graph::verifyPlan(r, plan).ok());
  const std::string svg = graph::memorySvg(r, plan, "t");
  EXPECT_TRUE(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
  EXPECT_TRUE(svg.ends_with("</svg>\n"));
  size_t rects = 0;
  for (size_t at = 0; (at = svg.find("class=\"buffer\"", at)) != std::string::npos; ++at)
    ++rects;
  EXPECT_EQ(rects, r.size());
  EXPECT_NE(svg.find("a&lt;1&gt;: 1000 bytes at offset"), std::string::npos);
  EXPECT_NE(svg.find("c&amp;d"), std::string::npos);
  EXPECT_EQ(svg.find("c&d"), std::string::npos);
  EXPECT_NE(svg.find(fmt::format("arena {} bytes", plan.arenaBytes)), std::string::npos);
  EXPECT_NE(svg.find("lower bound"), std::string::npos);
}

// A label longer than its box ends in an ellipsis (the tooltip keeps the whole name).
TEST(MemoryPlot, ShortensLongLabelsVisibly) {
  const std::string name(200, 'n');
  std::vector<BufferRequest> r = {{name, 1000, 0, 3, std::nullopt}};
  graph::ArenaPlan plan = graph::plan(r);
  const std::string svg = graph::memorySvg(r, plan, "t");
  EXPECT_NE(svg.find("n\u2026</text>"), std::string::npos) << svg;
  EXPECT_NE(svg.find("<title>" + name + ": 1000 bytes"), std::string::npos);
}

TEST(ArenaPlanner, KnownSmallCaseIsOptimal) {
  // Three buffers where size order is optimal: 64 + 32 live together, then 64 reuses.
  std::vector<BufferRequest> r = {{"x", 64, 0, 1, {}}, {"y", 32, 1, 2, {}}, {"z", 64, 2, 3, {}}};
  auto p = graph::plan(r);
  EXPECT_EQ(p.arenaBytes, 96);
  EXPECT_EQ(graph::lowerBound(r), 96);
}

// LAYERS.md: live-set peak with in-place depthwise is exactly TinyEngine's published peak SRAM.
TEST(ArenaPlanner, SharedModelsReachTheLiveSetFigures) {
  struct Case {
    const char *model;
    int64_t liveSet, liveSetInPlace;
  } cases[] = {{"mcunet-vww0", 61440, 57344}, {"mcunet-in3", 340736, 247808}};
  for (const auto &c : cases) {
    SCOPED_TRACE(c.model);
    auto g = graph::importTfliteFile(fmt::format("{}/{}.tflite", LOOM_MODELS_DIR, c.model)).take();
    auto plain = graph::activationBuffers(g, false);
    auto inPlace = graph::activationBuffers(g, true);
    EXPECT_EQ(graph::lowerBound(plain.requests), c.liveSet);
    EXPECT_EQ(graph::lowerBound(inPlace.requests), c.liveSetInPlace);
    auto p = graph::plan(inPlace.requests);
    ASSERT_TRUE(graph::verifyPlan(inPlace.requests, p).ok());
    std::printf("%s: arena %lld bytes (%s), lower bound %lld\n", c.model,
                static_cast<long long>(p.arenaBytes), p.algorithm.c_str(),
                static_cast<long long>(c.liveSetInPlace));
    EXPECT_LE(p.arenaBytes, c.liveSetInPlace);
  }
}

} // namespace
} // namespace loom::testing
