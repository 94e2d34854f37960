// End-to-end bit-exactness on the host: the JIT-compiled naive nest of every op equals the
// reference kernel byte for byte on 50+ random configurations per op.
#include "../support/OpCases.h"
#include "loom/fixtures/RandomParams.h"

#include <gtest/gtest.h>

namespace loom::testing {
namespace {

class JitEquivalence : public ::testing::TestWithParam<OpKind> {};

TEST_P(JitEquivalence, MatchesReferenceOnRandomConfigurations) {
  std::mt19937 rng(1000 + static_cast<int>(GetParam()));
  constexpr int kCases = 60;
  size_t unclamped = 0, total = 0;
  for (int i = 0; i < kCases; ++i) {
    OpParams p = randomCase(GetParam(), rng);
    SCOPED_TRACE(describeCase(p));
    std::vector<int8_t> input = ops::randomInt8(inputBytes(p), rng);
    ir::Kernel k = build(p, "k");
    const std::vector<int8_t> expected = ops::runReference(p, input);
    EXPECT_EQ(runJit(k, input, outputBytes(p)), expected) << "case " << i;
    const auto [lo, hi] = activationRange(p);
    for (int8_t v : expected)
      unclamped += v > lo && v < hi;
    total += expected.size();
  }
  // The data must exercise the requantization, not just the clamps: most outputs fall inside.
  EXPECT_GT(static_cast<double>(unclamped) / static_cast<double>(total), 0.3);
}

INSTANTIATE_TEST_SUITE_P(AllOps, JitEquivalence,
                         ::testing::Values(OpKind::Conv2D, OpKind::DepthwiseConv2D,
                                           OpKind::PointwiseConv2D, OpKind::FullyConnected),
                         [](const auto &info) { return name(info.param); });

} // namespace
} // namespace loom::testing
