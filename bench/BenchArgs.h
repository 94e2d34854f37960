// loom-bench's command line (CLI11): the two benchmarks as subcommands, parsed strictly (an
// unknown flag, a missing value or a malformed number is a usage error that names it), and the
// help text with every option's default.
#pragma once

#include "loom/support/Error.h"

#include <filesystem>
#include <string>
#include <vector>

namespace loom::bench {

// scripts/bench models: every .tflite of `models` (and its extra/ and coverage/ folders).
// Every model gets its full record on the Cortex-M7; `alsoOn` are the cores its in-place plan is
// also run on (instructions and bit-exactness with TFLM).
struct ModelsArgs {
  std::filesystem::path models = LOOM_MODELS_DIR, out = "build/bench";
  std::vector<std::string> alsoOn = {"cortex-m4", "cortex-m33", "cortex-m55"};
};

// scripts/bench kernels: the benchmark layers on each target.
struct KernelsArgs {
  std::vector<std::string> layers; // default: the ten benchmark layers
  std::vector<std::string> targetNames = {"cortex-m7", "cortex-m4"};
  std::filesystem::path out = "build/bench";
  std::filesystem::path tuningLog = LOOM_BENCH_TUNING_LOG;
  unsigned jobs = 1; // default: one per core
};

struct BenchCommand {
  enum class What { Kernels, Models, Help, Version } what = What::Help;
  KernelsArgs kernels;
  ModelsArgs models;
  std::string help; // --help's text
};

// argv as main() gets it.
Expected<BenchCommand> parseBenchCommand(int argc, char **argv);

// A usage error: the problem on stderr and where the options are; returns exit code 2.
int usage(const std::string &problem);

} // namespace loom::bench
