// loom-bench's command line: the two benchmarks' options, parsed strictly (an unknown flag, a
// missing value or a malformed number is a usage error that names it), and the help text.
#pragma once

#include "loom/support/Error.h"

#include <filesystem>
#include <string>
#include <vector>

namespace loom::bench {

// scripts/bench models: every .tflite of `models` (and its extra/ and coverage/ folders).
struct ModelsArgs {
  std::filesystem::path models = LOOM_MODELS_DIR, out = "build/bench";
};

// scripts/bench kernels: the benchmark layers on each target.
struct KernelsArgs {
  std::vector<std::string> layers; // default: the ten benchmark layers
  std::vector<std::string> targetNames = {"cortex-m7", "cortex-m4"};
  std::filesystem::path out = "build/bench";
  std::filesystem::path tuningLog = LOOM_BENCH_TUNING_LOG;
  unsigned jobs = 1; // default: one per core
};

// The arguments after "models" / "kernels".
Expected<ModelsArgs> parseModelsArgs(int argc, char **argv);
Expected<KernelsArgs> parseKernelsArgs(int argc, char **argv);

// A usage error: the problem, then the usage on stderr; returns exit code 2.
int usage(const std::string &problem);
// --help on stdout; returns 0.
int help();

} // namespace loom::bench
