// The memory plan a model is compiled to, as loom-gen's and loom-tune's plan flags give it
// (--plain-depthwise, --min-memory, --memory-budget, --depth-first, --stream-input): one parser
// and one set of rules for both tools, so that loom-tune tunes the kernels of the plan loom-gen
// builds with the same flags.
#pragma once

#include "loom/graph/DepthFirst.h"
#include "loom/model/ModelCompiler.h"
#include "loom/support/Error.h"
#include "loom/tune/FlashBudget.h"

#include <cstdint>
#include <string>
#include <vector>

namespace loom::cli {

// The flags as typed.
struct PlanFlags {
  bool plainDepthwise = false, minMemory = false, streamInput = false;
  std::string memoryBudget, depthFirst, flashBudget; // "" when not given
};

struct PlanOptions {
  // Depthwise layers write over their dying input (the default); --plain-depthwise turns it off.
  bool inPlaceDepthwise = true;
  std::vector<graph::DepthFirstSegment> depthFirst; // a plan by hand (--depth-first)
  std::string depthFirstText;                       // as given, for loom-tune's Slurm tasks
  bool minMemory = false;                           // search the smallest arena
  int64_t memoryBudget = 0;                         // bytes; 0: none
  bool streamInput = false; // the application supplies input rows (with a memory search)
  int64_t flashBudget = 0;  // bytes of kernel objects; 0: none (the fastest schedules)
  bool searched() const { return minMemory || memoryBudget > 0; }
};

// A byte count as a user writes it: 28672, 28k, 28KiB, 1M (k = 1024).
Expected<int64_t> parseByteSize(const std::string &text);

// The flags checked together; an error names the flags that exclude each other. `profile`:
// loom-gen's --profile, which plans depthwise layers in place too.
Expected<PlanOptions> planOptions(const PlanFlags &flags, bool profile = false);

// The model compiled to the plan, with `base`'s schedules, tuning log and progress: searched
// within the budget (or for the smallest arena), or the given depth-first segments, or layer by
// layer.
Expected<model::CompiledModel> compilePlan(const graph::Graph &g, const model::CompileOptions &base,
                                           const PlanOptions &plan);

// compilePlan, and with --flash-budget compiled again with the fastest schedules whose kernel
// objects fit (tune::chooseWithinFlash among `log`'s records; `base.tunedSchedule` is replaced by
// the choice). `workDirectory` holds the candidates' objects while they are measured.
struct FlashBudgetedModel {
  model::CompiledModel model;
  std::optional<tune::FlashChoice> choice; // with a flash budget
};
Expected<FlashBudgetedModel>
compilePlanWithinFlash(const graph::Graph &g, const model::CompileOptions &base,
                       const PlanOptions &plan, const tune::TuningLog &log,
                       const codegen::Target &target, const std::filesystem::path &workDirectory);

} // namespace loom::cli
