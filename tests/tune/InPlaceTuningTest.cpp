// Tuning reaches the in-place depthwise kernels (issue 20, item 2): the in-place forms have their
// own search space (every point legal or refused by the primitives, the default rule's schedule a
// point of it), their own tuning key (a record is never applied to another form), candidates are
// checked against the reference on the host and measured in QEMU over the in-place buffers, and
// the model compiler takes an in-place record for the in-place kernel only.
#include "loom/fixtures/LayerId.h"
#include "loom/fixtures/RandomParams.h"
#include "loom/schedule/DefaultSchedules.h"
#include "loom/schedule/KernelChoice.h"
#include "loom/tune/SearchSpace.h"
#include "loom/tune/Tuner.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <set>

namespace loom::testing {
namespace {

namespace fs = std::filesystem;
using ops::KernelForm;

const codegen::Target kM7{codegen::Cpu::CortexM7, codegen::FloatAbi::Hard};

ops::Layer inPlaceLayer(const std::string &id, KernelForm form) {
  ops::Layer layer = ops::parseLayerId(id).take();
  layer.form = form;
  return layer;
}

TEST(InPlaceTuning, EachFormHasItsOwnSpaceOfLegalPoints) {
  for (const char *id : {"dw3_s1_8x8x32", "dw5_s2_16x16x16", "dw7_s1_4x4x24"})
    for (KernelForm form : {KernelForm::InPlace, KernelForm::InPlaceInt8Plane}) {
      SCOPED_TRACE(fmt::format("{} {}", id, ops::formName(form)));
      const ops::Layer layer = inPlaceLayer(id, form);
      const ir::Kernel naive = ops::buildLayerKernel(layer.op, form, "k").take();
      const tune::SearchSpace space = tune::searchSpace(layer.op, form);
      EXPECT_EQ(space.form, form);
      std::set<std::string> legal;
      for (const auto &[text, point] : tune::pointsByText(layer.op, space))
        if (auto s = tune::scheduleAt(layer.op, space, point, naive)) {
          EXPECT_TRUE(schedule::applySchedule(naive, *s).ok()) << text;
          legal.insert(text);
        }
      EXPECT_GE(legal.size(), 4u);
      // The default rule is a point of the space, so a search never loses to it.
      const std::string rule = schedule::defaultSchedule(layer.op, form, naive).toText();
      EXPECT_TRUE(legal.count(rule)) << rule;
      // A plain point is refused by the in-place nest (no output channel loop to split there).
      const tune::SearchSpace plain = tune::searchSpace(layer.op);
      std::vector<size_t> first(plain.knobs.size(), 0);
      first[0] = 1; // a block of output pixels
      EXPECT_FALSE(tune::scheduleAt(layer.op, plain, first, naive).ok());
    }
}

TEST(InPlaceTuning, KeysSeparateTheForms) {
  const ops::Layer layer = ops::parseLayerId("dw3_s1_8x8x32").take();
  const std::string plain = tune::tuningKey(layer.op);
  EXPECT_EQ(plain, "DepthwiseConv2D 8x8x32 kernel 3x3 stride 1x1 pad 1,1,1,1");
  EXPECT_EQ(tune::tuningKey(layer.op, KernelForm::InPlace), plain + " in place");
  EXPECT_EQ(tune::tuningKey(layer.op, KernelForm::InPlaceInt8Plane),
            plain + " in place int8 plane");
  const ops::Layer pointwise = ops::parseLayerId("pw_10x10x96_32").take();
  auto refused = ops::buildLayerKernel(pointwise.op, KernelForm::InPlace, "pw");
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().message, "PointwiseConv2D: only a depthwise convolution runs in place");
}

TEST(InPlaceTuning, TheReferenceCheckReadsTheOutputOverTheInput) {
  const ops::Layer layer = inPlaceLayer("dw3_s1_8x8x32", KernelForm::InPlace);
  auto choice = schedule::chooseKernel(layer.op, "dw_good", KernelForm::InPlace, {}).take();
  EXPECT_TRUE(tune::matchesReference(layer, choice.kernel).take());
  ops::AnyOp wrong = layer.op;
  auto &dw = std::get<ops::DepthwiseConv2DParams>(wrong);
  dw.bias[0] += 1000; // channel 0 off
  auto bad = schedule::chooseKernel(wrong, "dw_bad", KernelForm::InPlace, {}).take();
  EXPECT_FALSE(tune::matchesReference(layer, bad.kernel).take());
}

TEST(InPlaceTuning, SearchesInQemuAndTheKernelChoiceTakesTheRecordForItsFormOnly) {
  const ops::Layer layer = inPlaceLayer("dw3_s1_8x8x32", KernelForm::InPlace);
  const fs::path dir = fs::path(LOOM_BINARY_DIR) / "test-work" / "tune" / "in-place";
  fs::remove_all(dir);
  tune::TuneOptions o;
  o.trials = 8, o.work = dir, o.log = dir / "log.jsonl";
  auto measurer = tune::makeQemuMeasurer(kM7);
  tune::TuningLog log;
  auto r = tune::tuneLayer(layer, kM7, *measurer, log, o);
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_EQ(r->key, tune::tuningKey(layer.op, KernelForm::InPlace));
  EXPECT_EQ(r->measured, 8);
  EXPECT_EQ(r->rejected, 0); // every candidate bit-exact in QEMU over the in-place buffers
  EXPECT_GT(r->defaultCost, 0);
  EXPECT_LE(r->bestCost, r->defaultCost);
  for (const auto &record : log.records())
    EXPECT_EQ(record.key, r->key);

  const auto lookup = tune::tunedScheduleLookup(log, kM7);
  auto inPlace = schedule::chooseKernel(layer.op, "dw", KernelForm::InPlace, {true, lookup});
  ASSERT_TRUE(inPlace.ok()) << inPlace.error().message;
  EXPECT_TRUE(inPlace->tuned);
  EXPECT_EQ(inPlace->scheduleText, r->bestSchedule);
  // The plain kernel and the int8-plane form have no record: their rules apply.
  for (KernelForm form : {KernelForm::Plain, KernelForm::InPlaceInt8Plane}) {
    auto other = schedule::chooseKernel(layer.op, "dw", form, {true, lookup});
    ASSERT_TRUE(other.ok()) << other.error().message;
    EXPECT_FALSE(other->tuned) << ops::formName(form);
  }
}

} // namespace
} // namespace loom::testing
