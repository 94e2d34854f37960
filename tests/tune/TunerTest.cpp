// The autotuner's contracts: the tuning log round-trips and refuses corrupted or foreign lines
// with a message; a candidate that miscomputes never wins; a search resumes from its log; the
// search space only yields schedules the primitives accept; loom-gen's hook uses a tuned
// schedule when it applies and falls back to the default schedule when it does not.
#include "loom/tune/Tuner.h"
#include "loom/fixtures/DemoNetwork.h"
#include "loom/fixtures/LayerId.h"
#include "loom/model/ModelCompiler.h"
#include "loom/schedule/DefaultSchedules.h"
#include "loom/tune/SearchSpace.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <mutex>
#include <set>

namespace loom::testing {
namespace {

namespace fs = std::filesystem;

const codegen::Target kM7{codegen::Cpu::CortexM7, codegen::FloatAbi::Hard};

fs::path workDir(const std::string &name) {
  fs::path d = fs::path(LOOM_BINARY_DIR) / "test-work" / "tune" / name;
  fs::remove_all(d);
  fs::create_directories(d);
  return d;
}

TEST(TuningLog, RecordsRoundTrip) {
  tune::TuningRecord r{"PointwiseConv2D 20x20x48 -> 16 stride 1", "cortex-m7",
                       "fold_zero_point\nsplit ox 2 shift\nsimd ic\n", "qemu", 556885};
  auto back = tune::parseJsonLine(tune::toJsonLine(r));
  ASSERT_TRUE(back.ok()) << back.error().message;
  EXPECT_EQ(back->key, r.key);
  EXPECT_EQ(back->target, r.target);
  EXPECT_EQ(back->schedule, r.schedule);
  EXPECT_EQ(back->backend, r.backend);
  EXPECT_EQ(back->cost, r.cost);
  EXPECT_EQ(back->loomVersion, tune::kLoomVersion);
}

TEST(TuningLog, CorruptedAndForeignLinesAreRejectedWithAMessageAndIgnored) {
  const fs::path dir = workDir("log");
  const fs::path path = dir / "log.jsonl";
  tune::TuningRecord good{"FullyConnected 1x160 -> 1000", "cortex-m7", "simd i\n", "qemu", 100};
  tune::TuningRecord better = good;
  better.cost = 90;
  tune::TuningRecord foreign = good;
  foreign.loomVersion = "9.9.9";
  tune::TuningRecord badSchedule = good;
  badSchedule.schedule = "spilt o 4 shift\n";
  {
    std::ofstream f(path);
    f << tune::toJsonLine(good) << "\n"
      << tune::toJsonLine(good).substr(0, 30) << "\n" // truncated
      << "{\"key\": 3}\n"                             // mistyped
      << tune::toJsonLine(foreign) << "\n"            // another loom
      << tune::toJsonLine(badSchedule) << "\n"        // unknown primitive
      << R"({"key":"k","target":"cortex-m9","schedule":"simd i","cost":5,"backend":"qemu","loom":"0.1.0"})"
      << "\n"
      << tune::toJsonLine(better) << "\n";
  }
  tune::TuningLog log = tune::TuningLog::load(path);
  EXPECT_EQ(log.records().size(), 2u);
  ASSERT_EQ(log.problems().size(), 5u);
  EXPECT_NE(log.problems()[0].find(":2: ignored: not a JSON object"), std::string::npos)
      << log.problems()[0];
  EXPECT_NE(log.problems()[1].find("field 'key' is missing or not a string"), std::string::npos);
  EXPECT_NE(log.problems()[2].find("written by loom 9.9.9"), std::string::npos);
  EXPECT_NE(log.problems()[3].find("schedule: "), std::string::npos);
  EXPECT_NE(log.problems()[4].find("unknown target 'cortex-m9'"), std::string::npos);
  auto best = log.best(good.key, "cortex-m7");
  ASSERT_TRUE(best.has_value());
  EXPECT_EQ(best->cost, 90);
  EXPECT_FALSE(log.best(good.key, "cortex-m4").has_value());
}

// Every point the space yields for these layers is a schedule the primitives accept, and the
// default schedule's own choices are points of the space.
TEST(SearchSpace, PointsAreLegalSchedulesOrRefusedByThePrimitives) {
  for (const char *id :
       {"pw_10x10x96_32", "dw3_s2_40x40x48", "fc_160_1000", "conv3_s2_80x80x3_16"}) {
    SCOPED_TRACE(id);
    auto layer = ops::parseLayerId(id).take();
    auto naive = ops::buildKernel(layer.op, "k").take();
    tune::SearchSpace space = tune::searchSpace(layer.op);
    ASSERT_GT(space.size(), 1u);
    std::vector<size_t> point(space.knobs.size(), 0);
    int legal = 0;
    for (size_t n = 0; n < space.size(); ++n) {
      size_t rest = n;
      for (size_t k = 0; k < point.size(); ++k) {
        point[k] = rest % space.knobs[k].values.size();
        rest /= space.knobs[k].values.size();
      }
      if (auto s = tune::scheduleAt(layer.op, space, point, naive)) {
        ++legal;
        EXPECT_TRUE(schedule::applySchedule(naive, *s).ok());
      }
    }
    EXPECT_GT(legal, 1);
    EXPECT_FALSE(tune::scheduleAt(layer.op, space, {99}, naive).ok());
  }
}

// A kernel that computes something else is caught by the host check.
TEST(Tuner, AMiscomputingKernelFailsTheReferenceCheck) {
  auto layer = ops::parseLayerId("fc_160_1000").take();
  auto good = schedule::buildDefaultKernel(layer.op, "fc_good").take();
  EXPECT_TRUE(tune::matchesReference(layer, good).take());
  ops::AnyOp wrong = layer.op;
  auto &fc = std::get<ops::FullyConnectedParams>(wrong);
  for (int i = 0; i < fc.inputSize; ++i) // output 0's weights negated
    fc.weights[static_cast<size_t>(i)] = static_cast<int8_t>(
        fc.weights[static_cast<size_t>(i)] == -128 ? 127 : -fc.weights[static_cast<size_t>(i)]);
  auto bad = schedule::buildDefaultKernel(wrong, "fc_bad").take();
  EXPECT_FALSE(tune::matchesReference(layer, bad).take());
}

// A measurer that reports every candidate but the default as the fastest yet wrong on the target:
// none of them may win, and none is logged.
class LyingMeasurer : public tune::Measurer {
public:
  std::string backend() const override { return "qemu"; }
  Expected<tune::Measurement> measure(const ops::Layer &, const ir::Kernel &,
                                      const std::string &schedule, const fs::path &) override {
    ++calls;
    if (schedule == defaultText)
      return tune::Measurement{1000, true};
    return tune::Measurement{1, false};
  }
  std::string defaultText;
  int calls = 0;
};

TEST(Tuner, ACandidateThatMiscomputesOnTheTargetNeverWins) {
  auto layer = ops::parseLayerId("fc_160_1000").take();
  LyingMeasurer m;
  auto naive = ops::buildKernel(layer.op, "k").take();
  m.defaultText = schedule::defaultSchedule(layer.op, naive).toText();
  tune::TuningLog log;
  tune::TuneOptions o;
  o.trials = 8, o.work = workDir("lying");
  auto r = tune::tuneLayer(layer, kM7, m, log, o);
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_EQ(r->bestSchedule, m.defaultText);
  EXPECT_EQ(r->bestCost, 1000);
  EXPECT_EQ(r->rejected, 7);
  ASSERT_EQ(log.records().size(), 1u);
  EXPECT_EQ(log.records()[0].schedule, m.defaultText);
}

// Measured in QEMU and logged; a second search over the same budget re-measures nothing.
TEST(Tuner, SearchesInQemuAndResumesFromItsLog) {
  auto layer = ops::parseLayerId("dw3_s2_40x40x48").take();
  const fs::path dir = workDir("resume");
  tune::TuneOptions o;
  o.trials = 6, o.work = dir, o.log = dir / "log.jsonl";
  auto measurer = tune::makeQemuMeasurer(kM7);
  tune::TuningLog log;
  auto first = tune::tuneLayer(layer, kM7, *measurer, log, o);
  ASSERT_TRUE(first.ok()) << first.error().message;
  EXPECT_EQ(first->measured, 6);
  EXPECT_GT(first->defaultCost, 0);
  EXPECT_LE(first->bestCost, first->defaultCost);
  tune::TuningLog reloaded = tune::TuningLog::load(o.log);
  EXPECT_TRUE(reloaded.problems().empty());
  EXPECT_EQ(reloaded.records().size(), 6u);
  auto second = tune::tuneLayer(layer, kM7, *measurer, reloaded, o);
  ASSERT_TRUE(second.ok());
  EXPECT_EQ(second->measured, 0);
  EXPECT_EQ(second->fromLog, 6);
  EXPECT_EQ(second->bestCost, first->bestCost);
}

// With a flash budget in view the search ends with the lean variants of its best points: int8
// weights and offsets from the shifts, with and without interleaved tables, each measured once.
TEST(Tuner, LeanVariantsOfTheBestPointsAreMeasuredAfterTheSearch) {
  auto layer = ops::parseLayerId("pw_10x10x96_32").take();
  const fs::path dir = workDir("lean");
  tune::TuneOptions o;
  o.trials = 8, o.work = dir, o.leanVariants = 2;
  auto measurer = tune::makeQemuMeasurer(kM7);
  tune::TuningLog log;
  auto result = tune::tuneLayer(layer, kM7, *measurer, log, o);
  ASSERT_TRUE(result.ok()) << result.error().message;
  EXPECT_GT(result->measured, 8);
  EXPECT_LE(result->measured, 8 + 4);
  const auto &records = log.records();
  ASSERT_GT(records.size(), 8u);
  for (size_t i = 8; i < records.size(); ++i) { // the lean phase's records
    EXPECT_EQ(records[i].schedule.find("layout weights int16"), std::string::npos)
        << records[i].schedule;
    EXPECT_NE(records[i].schedule.find("layout requant offsets_from_shifts"), std::string::npos)
        << records[i].schedule;
  }
  // Without the option the same search stops at its budget.
  tune::TuningLog plain;
  o.leanVariants = 0, o.work = workDir("lean-off");
  auto off = tune::tuneLayer(layer, kM7, *measurer, plain, o);
  ASSERT_TRUE(off.ok());
  EXPECT_EQ(off->measured, 8);
}

// A measurer that charges 500 for any schedule: only what the log already says can beat it.
class FlatMeasurer : public tune::Measurer {
public:
  std::string backend() const override { return "qemu"; }
  Expected<tune::Measurement> measure(const ops::Layer &, const ir::Kernel &,
                                      const std::string &schedule, const fs::path &) override {
    measured.push_back(schedule);
    return tune::Measurement{500, true};
  }
  std::vector<std::string> measured;
};

// A search resumed on a log written over a different space (here: a logged point the replay
// never proposes) goes on from the best logged schedule once it measures something new.
TEST(Tuner, AResumedSearchStartsFromTheBestLoggedPoint) {
  auto layer = ops::parseLayerId("pw_10x10x96_32").take();
  auto naive = ops::buildKernel(layer.op, "k").take();
  const tune::SearchSpace space = tune::searchSpace(layer.op);
  const std::string key = tune::tuningKey(layer.op), cpu(kM7.cpuName());
  // The best schedule the session found for this layer, as a point of the space.
  const std::string best = "fold_zero_point\nsplit oc 4 shift\nreorder oc.o oy ox oc.i\n"
                           "register_block oc.i\nsimd ic\nunroll ic.o 4\nlayout weights int16\n"
                           "fast_requantize\npack_store oc.i.store\n";
  const auto points = tune::pointsByText(layer.op, space);
  ASSERT_TRUE(points.count(best));
  EXPECT_TRUE(tune::scheduleAt(layer.op, space, points.at(best), naive).ok());
  tune::TuningLog log;
  log.add({key, cpu, schedule::defaultSchedule(layer.op, naive).toText(), "qemu", 1000});
  log.add({key, cpu, best, "qemu", 10});
  FlatMeasurer m;
  tune::TuneOptions o;
  o.trials = 4, o.jobs = 1, o.work = workDir("seeded");
  auto r = tune::tuneLayer(layer, kM7, m, log, o);
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_EQ(r->fromLog, 1); // the default, replayed
  EXPECT_EQ(r->measured, 3);
  EXPECT_EQ(r->bestCost, 10);
  EXPECT_EQ(r->bestSchedule, best);
  EXPECT_EQ(std::count(m.measured.begin(), m.measured.end(), best), 0); // never re-measured
}

// A measurer whose cost is a fixed function of the schedule text, as QEMU's counts are.
class HashMeasurer : public tune::Measurer {
public:
  std::string backend() const override { return "qemu"; }
  Expected<tune::Measurement> measure(const ops::Layer &, const ir::Kernel &,
                                      const std::string &schedule, const fs::path &) override {
    std::lock_guard lock(mutex);
    measured.insert(schedule);
    return tune::Measurement{1000 + static_cast<int64_t>(std::hash<std::string>{}(schedule) % 997),
                             true};
  }
  std::mutex mutex;
  std::set<std::string> measured;
};

// A layer's search is seeded by its key and proposes rounds of a fixed size: the candidates and
// the best are the same whether they are measured one or three at a time (a Slurm task with one
// CPU finds what a local run on many finds).
TEST(Tuner, TheSearchDoesNotDependOnHowManyCandidatesRunAtOnce) {
  auto layer = ops::parseLayerId("pw_10x10x96_32").take();
  std::vector<std::set<std::string>> measured;
  std::vector<std::string> best;
  for (int jobs : {1, 3}) {
    HashMeasurer m;
    tune::TuningLog log;
    tune::TuneOptions o;
    o.trials = 10, o.jobs = jobs, o.work = workDir(fmt::format("jobs{}", jobs));
    auto r = tune::tuneLayer(layer, kM7, m, log, o);
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_EQ(r->measured, 10);
    measured.push_back(m.measured);
    best.push_back(r->bestSchedule);
  }
  EXPECT_EQ(measured[0], measured[1]);
  EXPECT_EQ(best[0], best[1]);
}

// The real-board backend: the command gets the candidate's ELF (which exists) and its last
// printed integer is the cost; a command that prints none is an error naming it.
TEST(Tuner, ExternalCommandBackendReadsTheCycleCount) {
  auto layer = ops::parseLayerId("fc_160_1000").take();
  auto kernel = schedule::buildDefaultKernel(layer.op, "fc_command").take();
  auto board = tune::makeCommandMeasurer(
      kM7, {"/bin/sh", "-c", "test -f \"$0\" && echo \"flashed $0\" && echo cycles 4242"});
  EXPECT_EQ(board->backend(), "command");
  auto m = board->measure(layer, kernel, "default", workDir("command"));
  ASSERT_TRUE(m.ok()) << m.error().message;
  EXPECT_EQ(m->cost, 4242);
  EXPECT_TRUE(m->bitExact);
  auto silent = tune::makeCommandMeasurer(kM7, {"/bin/true"});
  auto e = silent->measure(layer, kernel, "default", workDir("command_silent"));
  ASSERT_FALSE(e.ok());
  EXPECT_NE(e.error().message.find("printed no cycle count"), std::string::npos);
}

// The llvm-mca estimate runs without a board and grows with the work: the same kernel on a
// layer with four times the output pixels is estimated at about four times the cycles.
TEST(Tuner, McaEstimateScalesWithTheLoopCounts) {
  auto estimate = [](const char *id) {
    auto layer = ops::parseLayerId(id).take();
    auto kernel = schedule::buildDefaultKernel(layer.op, ops::symbolName(id)).take();
    auto m = tune::makeMcaEstimator(kM7)->measure(layer, kernel, "default", workDir(id));
    EXPECT_TRUE(m.ok()) << m.error().message;
    return m.ok() ? m->cost : 0;
  };
  const int64_t small = estimate("pw_10x10x32_16"), large = estimate("pw_20x20x32_16");
  ASSERT_GT(small, 0);
  EXPECT_NEAR(static_cast<double>(large) / static_cast<double>(small), 4.0, 0.5);
}

// The model compiler takes a tuned schedule where it applies and the default elsewhere.
TEST(Tuner, ModelCompilerUsesATunedScheduleOnlyWhereItApplies) {
  graph::Graph g = graph::demoNetwork();
  int asked = 0;
  model::CompileOptions options;
  options.tunedSchedule = [&](const ops::AnyOp &op, ops::KernelForm) -> std::optional<std::string> {
    ++asked;
    if (std::holds_alternative<ops::PointwiseConv2DParams>(op))
      return "fold_zero_point\nsplit ox 3 shift\nreorder oy ox.o oc ox.i\n"
             "register_block ox.i\nsimd ic\n";
    if (std::holds_alternative<ops::FullyConnectedParams>(op))
      return "simd nonexistent_loop\n"; // illegal here: the default schedule is used
    return std::nullopt;
  };
  auto m = model::compileModel(g, options).take();
  EXPECT_GT(asked, 0);
  int tuned = 0;
  for (const auto &s : m.steps) {
    if (s.kernel.description.starts_with("PointwiseConv2D")) {
      EXPECT_TRUE(s.tuned);
      EXPECT_NE(s.schedule.find("split ox 3 shift"), std::string::npos);
    } else {
      EXPECT_FALSE(s.tuned) << s.kernel.description;
    }
    tuned += s.tuned;
  }
  EXPECT_GT(tuned, 0);
}

} // namespace
} // namespace loom::testing
