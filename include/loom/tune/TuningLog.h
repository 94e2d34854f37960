// The tuning log: one JSON record per line, one per measured candidate schedule of a layer —
// {"key": tuningKey(op), "target": "cortex-m7", "schedule": "<text>", "instructions": N,
//  "backend": "qemu", "loom": "0.1.0"}. Appending after every measurement makes a search
// resumable; the best record per (key, target) is what loom-gen uses.
#pragma once

#include "loom/support/Error.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace loom::tune {

inline constexpr const char *kLoomVersion = "0.1.0";

struct TuningRecord {
  std::string key, target, schedule, backend;
  int64_t cost = 0; // instructions (qemu) or cycles (command, llvm-mca)
  std::string loomVersion = kLoomVersion;
};

// One JSON line (no newline).
std::string toJsonLine(const TuningRecord &r);
// The record on one line, or why the line is not one (bad JSON, missing or mistyped fields, a
// schedule that does not parse, a foreign loom version).
Expected<TuningRecord> parseJsonLine(const std::string &line);

class TuningLog {
public:
  // Reads `path` (a missing file is an empty log). Bad lines are skipped; their line numbers and
  // reasons are in problems().
  static TuningLog load(const std::filesystem::path &path);
  const std::vector<TuningRecord> &records() const { return records_; }
  const std::vector<std::string> &problems() const { return problems_; }

  // The cheapest record for (key, target) measured by `backend`; with "" the cheapest of the most
  // trusted backend that has one (command, then qemu, then llvm-mca).
  std::optional<TuningRecord> best(const std::string &key, const std::string &target,
                                   const std::string &backend = "") const;
  // The record of this exact schedule, if it was measured already (resuming a search).
  std::optional<TuningRecord> find(const std::string &key, const std::string &target,
                                   const std::string &backend, const std::string &schedule) const;

  void add(TuningRecord r) { records_.push_back(std::move(r)); }

private:
  std::vector<TuningRecord> records_;
  std::vector<std::string> problems_;
};

// Appends one record to the file (created if needed), flushed, so an interrupt loses nothing.
Status appendRecord(const std::filesystem::path &path, const TuningRecord &r);

struct MergeResult {
  size_t kept = 0, duplicates = 0;   // records written; records seen before and left out
  std::vector<std::string> problems; // "FILE:LINE: ignored: why", foreign or corrupted lines
};
// Every valid record of the `inputs` once (identical records are one), in first-seen order,
// written to `output` through a temporary file renamed into place (so `output` may be one of the
// inputs). An input that cannot be read is an error naming it; an empty one adds nothing.
Expected<MergeResult> mergeTuningLogs(const std::vector<std::filesystem::path> &inputs,
                                      const std::filesystem::path &output);

} // namespace loom::tune
