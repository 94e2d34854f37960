// loom-tune merge's core: every valid record of several logs once, foreign and corrupted lines
// reported with file and line and skipped, empty and missing inputs.
#include "loom/tune/TuningLog.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace {

using namespace loom;
namespace fs = std::filesystem;

const fs::path kDir = fs::path(LOOM_BINARY_DIR) / "test-work" / "tuning-log-merge";

fs::path writeLog(const std::string &name, const std::string &text) {
  fs::create_directories(kDir);
  std::ofstream(kDir / name, std::ios::trunc) << text;
  return kDir / name;
}

std::string record(const std::string &key, int64_t cost, const std::string &schedule = "") {
  return tune::toJsonLine({key, "cortex-m7", schedule, "qemu", cost}) + "\n";
}

TEST(TuningLogMerge, KeepsEveryRecordOnceInFirstSeenOrder) {
  const auto a = writeLog("a.jsonl", record("k1", 10) + record("k2", 20) + record("k1", 10));
  const auto b = writeLog("b.jsonl", record("k2", 20) + record("k2", 15) + record("k3", 30));
  auto r = tune::mergeTuningLogs({a, b}, kDir / "ab.jsonl");
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_EQ(r->kept, 4u);
  EXPECT_EQ(r->duplicates, 2u);
  EXPECT_TRUE(r->problems.empty());
  const auto merged = tune::TuningLog::load(kDir / "ab.jsonl");
  ASSERT_EQ(merged.records().size(), 4u);
  EXPECT_EQ(merged.records()[0].key, "k1");
  EXPECT_EQ(merged.records()[2].cost, 15);
  EXPECT_EQ(merged.best("k2", "cortex-m7")->cost, 15);
}

TEST(TuningLogMerge, ReportsForeignAndCorruptedLinesWithFileAndLine) {
  const std::string foreign = R"({"key":"k9","target":"cortex-m7","schedule":"","cost":5,)"
                              R"("backend":"qemu","loom":"0.0.1"})"
                              "\n";
  const auto a = writeLog("bad.jsonl", record("k1", 10) + foreign + "{\"key\": \"k2\", \"tar\n" +
                                           "not json at all\n" + record("k2", 20));
  auto r = tune::mergeTuningLogs({a}, kDir / "bad-out.jsonl");
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_EQ(r->kept, 2u);
  ASSERT_EQ(r->problems.size(), 3u);
  EXPECT_NE(r->problems[0].find("bad.jsonl:2: ignored: written by loom 0.0.1"), std::string::npos)
      << r->problems[0];
  EXPECT_NE(r->problems[1].find("bad.jsonl:3: ignored"), std::string::npos) << r->problems[1];
  EXPECT_NE(r->problems[2].find("bad.jsonl:4: ignored: not a JSON object"), std::string::npos)
      << r->problems[2];
  EXPECT_EQ(tune::TuningLog::load(kDir / "bad-out.jsonl").records().size(), 2u);
}

TEST(TuningLogMerge, EmptyInputsGiveAnEmptyLogAndAMissingOneIsAnError) {
  const auto empty = writeLog("empty.jsonl", "");
  auto r = tune::mergeTuningLogs({empty, empty}, kDir / "empty-out.jsonl");
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_EQ(r->kept, 0u);
  EXPECT_TRUE(fs::exists(kDir / "empty-out.jsonl"));
  EXPECT_EQ(fs::file_size(kDir / "empty-out.jsonl"), 0u);
  auto missing = tune::mergeTuningLogs({empty, kDir / "nosuch.jsonl"}, kDir / "never.jsonl");
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.error().message.find("cannot read the tuning log"), std::string::npos);
  EXPECT_NE(missing.error().message.find("nosuch.jsonl"), std::string::npos);
  EXPECT_FALSE(fs::exists(kDir / "never.jsonl"));
}

TEST(TuningLogMerge, TheOutputMayBeOneOfTheInputs) {
  const auto main = writeLog("main.jsonl", record("k1", 10));
  const auto task = writeLog("task.jsonl", record("k1", 10) + record("k1", 8, "unroll ic 2\n"));
  auto r = tune::mergeTuningLogs({main, task}, main);
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_EQ(r->kept, 2u);
  EXPECT_EQ(tune::TuningLog::load(main).best("k1", "cortex-m7")->cost, 8);
}

} // namespace
