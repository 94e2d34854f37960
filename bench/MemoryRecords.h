// loom-bench's records of depth-first memory plans (scripts/bench models).
#pragma once

#include "loom/codegen/Target.h"
#include "loom/graph/Graph.h"
#include "loom/tune/TuningLog.h"

#include <cstdint>
#include <filesystem>
#include <string>

namespace loom::bench {

// A depth-first plan record: "min-memory" (budget 0) or a budget. For a .tflite model (vectors
// given) the plan also runs in QEMU against TFLM's output and the host reference, next to the
// layer-by-layer plan's instructions; a run that differs counts in `failures`. With `log`, the
// plan's kernels take its tuned schedules (and `layerByLayerInstructions` should be the tuned
// layer-by-layer figure).
std::string memoryPlanRecord(const graph::Graph &g, const std::string &name,
                             const std::string &planName, int64_t budget, int64_t layerByLayerArena,
                             int64_t layerByLayerInstructions, const std::filesystem::path &vectors,
                             const std::filesystem::path &dir, const codegen::Target &target,
                             int &failures, bool streamInput, const tune::TuningLog *log = nullptr);

} // namespace loom::bench
