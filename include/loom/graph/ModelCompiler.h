// Whole models: every node lowered to a kernel (default schedules), activations and scratch
// buffers planned in one arena (and the plan verified), and the firmware-side artefacts written:
// one object per kernel, the C glue (the step table for lib/runtime's executor) and the header.
#pragma once

#include "loom/codegen/Codegen.h"
#include "loom/codegen/Target.h"
#include "loom/graph/ArenaPlanner.h"
#include "loom/graph/Graph.h"
#include "loom/ir/Stmt.h"
#include "loom/ops/AnyOp.h"
#include "loom/support/Error.h"

#include <filesystem>
#include <functional>
#include <optional>

namespace loom::graph {

struct CompiledModel {
  std::string name; // a C identifier
  struct Step {
    int node;
    ir::Kernel kernel;
    std::vector<int> buffers; // one request index per kernel argument
    std::string schedule;     // the schedule text applied ("" for the naive nest)
    bool tuned = false;       // the schedule came from the tuning log
    int64_t macs = 0;
  };
  std::vector<Step> steps;
  std::vector<BufferRequest> buffers;
  ArenaPlan plan;
  int inputBuffer = -1;
  std::vector<int> outputBuffers;   // per model output, in the model's order
  std::vector<int64_t> outputBytes; // per model output
  int64_t inputBytes = 0, macs = 0;
};

struct CompileOptions {
  bool defaultSchedules = true;  // false: the naive nests
  bool inPlaceDepthwise = false; // depthwise convolutions write over their dying input
  // A tuned schedule (text) for a kernel op, if one is known (loom-gen --tuning-log); used instead
  // of the default schedule when it applies, else the default schedule is used.
  std::function<std::optional<std::string>(const ops::AnyOp &)> tunedSchedule = nullptr;
};

Expected<CompiledModel> compileModel(const Graph &g, const CompileOptions &options = {});

// Writes <dir>/<kernel>.o per step, <dir>/<name>_kernels.a (all of them), <dir>/<name>.c (glue)
// and <dir>/<name>.h (and each kernel's .s / .ll when `emit` asks).
Status writeModel(const CompiledModel &m, const codegen::Target &target,
                  const std::filesystem::path &dir, const codegen::EmitOptions &emit = {});

} // namespace loom::graph
