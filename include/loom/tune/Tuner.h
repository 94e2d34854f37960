// The autotuner: searches the schedule space of one layer (SearchSpace.h), measures candidates
// through a Measurer, checks every candidate bit-exact against the reference kernel before it
// may count, and appends each measurement to the tuning log (so a search resumes where it
// stopped and loom-gen can use the best record).
#pragma once

#include "loom/codegen/Target.h"
#include "loom/ops/Layer.h"
#include "loom/tune/TuningLog.h"

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace loom::tune {

struct Measurement {
  int64_t cost = 0;      // instructions or cycles of one kernel call
  bool bitExact = false; // the output on the target equals the reference
};

// One way of measuring a candidate kernel on a target.
class Measurer {
public:
  virtual ~Measurer() = default;
  virtual std::string backend() const = 0; // recorded in the log: "qemu", "command"
  // `work` is the candidate's own folder (measurements may run in parallel).
  virtual Expected<Measurement> measure(const ops::Layer &layer, const ir::Kernel &kernel,
                                        const std::string &schedule,
                                        const std::filesystem::path &work) = 0;
};

// Executed instructions of the kernel call in QEMU (-icount shift=0: deterministic).
std::unique_ptr<Measurer> makeQemuMeasurer(const codegen::Target &target);
// A real board: the kernel firmware is built and checked bit-exact in QEMU, then `command` runs
// with the ELF's path appended, in the candidate's folder (manifest.txt and the input files lie
// beside the ELF); the last integer it prints on stdout is the cost (e.g. DWT cycles).
std::unique_ptr<Measurer> makeCommandMeasurer(const codegen::Target &target,
                                              std::vector<std::string> command);

// llvm-mca's cycle estimate of the kernel's innermost loops for the target CPU (Cortex-M7 or M4
// scheduling model), weighted by their iteration counts: no run, a fast pre-filter.
std::unique_ptr<Measurer> makeMcaEstimator(const codegen::Target &target);

// The kernel, compiled for the host, computes the reference output of the layer.
Expected<bool> matchesReference(const ops::Layer &layer, const ir::Kernel &kernel);

struct TuneOptions {
  int trials = 32;    // candidates measured (or found in the log) per layer
  double seconds = 0; // wall-clock limit per layer; 0 = none
  int jobs = 2;       // measurements in parallel (the search itself does not depend on it)
  unsigned seed = 1;  // with the layer key: the search is deterministic for a seed and log
                      // (not with a --seconds limit or a pre-filter, which depend on timing)
  std::filesystem::path work = "build/tune";
  std::filesystem::path log; // appended to after each measurement; "" = keep in memory only
  bool terminal = false;     // a one-line progress bar (else plain lines)
  // A cheap estimate (llvm-mca) run first: a candidate estimated above `prefilterSlack` x the
  // best estimate so far is not measured (and does not use the trial budget).
  Measurer *prefilter = nullptr;
  double prefilterSlack = 1.15;
  // After the search, the flash-lean variants of the best `leanVariants` points are measured too
  // (int8 weights, offsets from the shifts, with and without interleaved tables), so that a
  // flash budget (loom-gen --flash-budget) finds fast schedules among the lean ones; 0: none.
  int leanVariants = 0;
};

struct TuneResult {
  std::string key, bestSchedule;
  int64_t bestCost = 0, defaultCost = 0;
  int measured = 0, fromLog = 0, illegal = 0, rejected = 0, filtered = 0;
};

// Tunes one layer on `target`. `log` holds earlier records (reused, not re-measured) and gets the
// new ones. A candidate counts only if it matches the reference on the host and the measurer
// reports it bit-exact on the target.
Expected<TuneResult> tuneLayer(const ops::Layer &layer, const codegen::Target &target,
                               Measurer &measurer, TuningLog &log, const TuneOptions &options);

} // namespace loom::tune
