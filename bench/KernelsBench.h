// scripts/bench kernels: the benchmark layers with their naive, default and tuned schedules,
// measured in QEMU and checked bit-exact (beat-weighted counts beside the M55's).
#pragma once

#include "BenchArgs.h"

namespace loom::bench {

// Prints the table, writes DIR/kernels.json; returns the exit code (1 when a measurement failed).
int benchKernels(const KernelsArgs &args);

} // namespace loom::bench
