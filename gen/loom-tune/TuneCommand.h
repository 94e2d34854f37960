// loom-tune's command line: what to tune (models, the demo network, benchmark layers), on which
// targets, with which budget and measurement, and where (this machine or Slurm).
#pragma once

#include "../common/PlanOptions.h"
#include "loom/codegen/Target.h"
#include "loom/support/Error.h"
#include "loom/tune/Tuner.h"

#include <string>
#include <vector>

namespace loom::tunecli {

// Where the work runs (Executor.h).
struct SlurmOptions {
  std::string partition, timeLimit;    // sbatch --partition / --time; "" = the cluster's default
  int cpusPerTask = 2;                 // sbatch --cpus-per-task, and each task's --jobs
  std::vector<std::string> sbatchArgs; // --sbatch-args, split at spaces
  std::string stateDir;                // --slurm-dir; "" = LOG.slurm
};

struct TuneCommand {
  std::vector<std::string> modelPaths; // several models: their distinct layers, each once
  bool demo = false;                   // the built-in demo network
  // The plan whose kernels are tuned, from loom-gen's plan flags: depthwise convolutions in place
  // (the default) or plain, layer by layer, a memory search's plan or a depth-first plan by hand.
  cli::PlanOptions plan;
  std::vector<std::string> layerIds; // --layers
  std::string logPath;
  std::vector<codegen::Target> targets; // --target, a comma-separated list
  tune::TuneOptions options;
  std::vector<std::string> measureCommand; // --measure-command, split at spaces
  std::string backend = "qemu";
  bool prefilter = false;
  std::string executor = "local"; // --executor local|slurm
  SlurmOptions slurm;
  bool help = false, version = false; // --help / -h, --version: print and exit 0
};

// --help: what loom-tune does and every option with its default.
std::string tuneHelp();

// The parsed command line (argv without the program name), or the usage error naming the flag.
Expected<TuneCommand> parseTuneCommand(const std::vector<std::string> &args);

// `text` as a whole number (no trailing characters: "1x" is refused).
Expected<int> wholeInt(const std::string &flag, const std::string &text);

std::vector<std::string> splitList(const std::string &s, char sep);

} // namespace loom::tunecli
