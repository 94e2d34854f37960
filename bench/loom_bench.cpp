// loom-bench: benchmark tables from QEMU instruction counts, every run checked bit-exact.
//   loom-bench kernels [--layers id,...] [--targets cortex-m7,...] [--out DIR] [--jobs N]
//   loom-bench models [--models DIR] [--also-on cortex-m4,...] [--out DIR]
// (KernelsBench.h, ModelsBench.h; the options in BenchArgs.h.)
#include "BenchArgs.h"
#include "KernelsBench.h"
#include "ModelsBench.h"
#include "loom/tune/TuningLog.h"

#include <fmt/format.h>

int main(int argc, char **argv) {
  auto command = loom::bench::parseBenchCommand(argc, argv);
  if (!command)
    return loom::bench::usage(command.error().message);
  switch (command->what) {
  case loom::bench::BenchCommand::What::Help: fmt::print("{}", command->help); return 0;
  case loom::bench::BenchCommand::What::Version:
    fmt::print("loom-bench {}\n", loom::tune::kLoomVersion);
    return 0;
  case loom::bench::BenchCommand::What::Kernels: return loom::bench::benchKernels(command->kernels);
  case loom::bench::BenchCommand::What::Models: return loom::bench::benchModels(command->models);
  }
  return 2;
}
