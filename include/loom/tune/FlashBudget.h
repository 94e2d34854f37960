// The fastest schedules whose kernels fit a flash budget (loom-gen --flash-budget). Speed and
// flash trade: int16 weight layouts double a layer's weights, unrolling and register blocks grow
// its code, interleaved tables widen its shifts. For each tuning key of a compiled plan a few of
// the log's measured schedules (the three fastest, the fastest of each weight and table layout,
// and the default rule when it was measured) are compiled for their flash; a multiple-choice
// knapsack over flash then takes, per key, the schedule that gives the fewest measured instructions
// in all whose kernel objects fit.
#pragma once

#include "loom/codegen/Target.h"
#include "loom/model/ModelCompiler.h"
#include "loom/support/Error.h"
#include "loom/tune/TuningLog.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <string>

namespace loom::tune {

struct FlashChoice {
  // Per tuning key of the plan: the schedule text chosen (a measured record of the log).
  std::map<std::string, std::string> schedules;
  int64_t flash = 0;         // the kernel objects' flash with the chosen schedules
  int64_t fastestFlash = 0;  // ... with each key's fastest record (the plan as given)
  int64_t smallestFlash = 0; // ... with each key's leanest candidate: the least loom can reach
  // Measured instructions of the keyed kernels' calls (record cost x calls), chosen and fastest.
  int64_t instructions = 0, fastestInstructions = 0;
  size_t keys = 0;       // tuning keys with measured candidates
  size_t leaner = 0;     // keys whose choice is not their fastest record
  size_t candidates = 0; // schedules compiled for their flash
};

// The choice for `plan` (compiled with each key's fastest record from `log`, or with the default
// rule where the log has none) within `budget` bytes of kernel objects (report.json's
// flash_bytes: weights, tables and code; the C glue and runtime come on top). Kernels without
// measured candidates (glue ops, untuned layers) keep their flash. When nothing fits, the error
// gives the smallest flash reachable. The candidates' objects are written to `workDirectory`;
// `progress` gets a line per key measured.
Expected<FlashChoice>
chooseWithinFlash(const model::CompiledModel &plan, const TuningLog &log,
                  const codegen::Target &target, int64_t budget,
                  const std::filesystem::path &workDirectory,
                  const std::function<void(const std::string &)> &progress = nullptr);

// One line for the user: what the budget traded ("flash budget 600000 bytes: 13 of 38 tuned
// kernel shapes take a leaner schedule than their fastest ...").
std::string describeChoice(const FlashChoice &choice, int64_t budget);

// The model compiler's tuned-schedule lookup for a choice: the chosen schedule for its keys, the
// log's best elsewhere. `log` and `choice` must outlive the returned function.
std::function<std::optional<std::string>(const ops::AnyOp &, ops::KernelForm)>
chosenScheduleLookup(const TuningLog &log, const codegen::Target &target,
                     const FlashChoice &choice);

} // namespace loom::tune
