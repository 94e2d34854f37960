// scripts/bench models: every shared model compiled in the plan users ship, run in QEMU against
// its TFLM vectors (on the Cortex-M7 and the --also-on cores), with memory-plan and json-config
// records.
#pragma once

#include "BenchArgs.h"

namespace loom::bench {

// Prints the table, writes DIR/models.json; returns the exit code (1 when a run failed or
// differed).
int benchModels(const ModelsArgs &args);

} // namespace loom::bench
