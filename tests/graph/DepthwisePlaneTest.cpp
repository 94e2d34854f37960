// The in-place depthwise nest takes the int16 plane (fast) unless that plane sets the arena's
// peak and the int8 plane gives a smaller arena: armzoo-ad-micronet-large keeps its int8-plane
// arena (the int16 plane everywhere needs 1,136 bytes more), mcunet-vww0 keeps the int16 plane on
// every layer at its live-set arena.
#include "loom/graph/TfliteImport.h"
#include "loom/model/ModelCompiler.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <algorithm>

namespace loom::testing {
namespace {

struct Planes {
  int int16 = 0, int8 = 0;
};

Planes countPlanes(const model::CompiledModel &m) {
  Planes p;
  for (const auto &step : m.steps)
    for (const auto &arg : step.kernel.arguments)
      if (arg->role == ir::BufferRole::Scratch && arg->name == "plane")
        ++(arg->type == ir::ScalarType::I16 ? p.int16 : p.int8);
  return p;
}

model::CompiledModel compileInPlace(const std::string &path) {
  auto g = graph::importTfliteFile(path);
  EXPECT_TRUE(g.ok()) << g.error().message;
  model::CompileOptions options;
  options.inPlaceDepthwise = true;
  auto m = model::compileModel(*g, options);
  EXPECT_TRUE(m.ok()) << m.error().message;
  return m.take();
}

TEST(DepthwisePlane, Int8WhereTheInt16PlaneSetsThePeak) {
  const auto m =
      compileInPlace(fmt::format("{}/extra/armzoo-ad-micronet-large.tflite", LOOM_MODELS_DIR));
  const Planes p = countPlanes(m);
  EXPECT_GE(p.int8, 1);
  EXPECT_GE(p.int16, 1) << "only the layers at the peak give up the int16 plane";
  EXPECT_EQ(m.plan.arenaBytes, 283680);
  for (const auto &step : m.steps) {
    const bool int8Plane = std::any_of(
        step.kernel.arguments.begin(), step.kernel.arguments.end(),
        [](const ir::Buffer &b) { return b->name == "plane" && b->type == ir::ScalarType::I8; });
    if (int8Plane) { // the report names the form
      EXPECT_NE(step.kernel.description.find("int8 plane"), std::string::npos)
          << step.kernel.description;
    }
  }
}

TEST(DepthwisePlane, Int16EverywhereWhenNoPlaneSetsThePeak) {
  const auto m = compileInPlace(fmt::format("{}/mcunet-vww0.tflite", LOOM_MODELS_DIR));
  const Planes p = countPlanes(m);
  EXPECT_EQ(p.int8, 0);
  EXPECT_EQ(p.int16, 14);
  EXPECT_EQ(m.plan.arenaBytes, 57344);
}

} // namespace
} // namespace loom::testing
