// What the Slurm driver hands its array tasks: one JSON file per submission with the budget and
// measurement of the run and one entry per task (array index = entry), on the shared filesystem.
#pragma once

#include "TuneCommand.h"
#include "TuningJobs.h"

#include <filesystem>
#include <string>
#include <vector>

namespace loom::tunecli {

struct SlurmTaskSpec {
  std::string name;    // jobName(): its log is tasks/NAME.jsonl, its marker tasks/NAME.done
  std::string source;  // TuningJob::source
  std::string layerId; // the benchmark layer id when source is ""
  std::string key, target;
};

struct SlurmSubmission {
  std::string mainLog;  // read by every task (earlier records are reused)
  std::string stateDir; // absolute
  TuneCommand command;  // budget and measurement (jobs = the task's CPUs)
  std::vector<SlurmTaskSpec> tasks;
};

// A task's log and marker in the state folder.
std::filesystem::path taskLogPath(const std::string &stateDir, const std::string &name);
std::filesystem::path taskMarkerPath(const std::string &stateDir, const std::string &name);

Status writeSubmission(const SlurmSubmission &s, const std::filesystem::path &path);
Expected<SlurmSubmission> readSubmission(const std::filesystem::path &path);

} // namespace loom::tunecli
