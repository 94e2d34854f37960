// The work of a loom-tune run: one job per distinct layer and target, with what is needed to
// rebuild the layer elsewhere (a Slurm task) and to tune it.
#pragma once

#include "TuneCommand.h"

#include "loom/graph/Graph.h"
#include "loom/ops/Layer.h"
#include "loom/tune/Tuner.h"

#include <string>
#include <vector>

namespace loom::tunecli {

struct TuningJob {
  ops::Layer layer;
  codegen::Target target;
  // Where the layer comes from: a model path, "--demo", or "" (layer.id is a benchmark layer id).
  std::string source;
  std::string key; // tune::tuningKey(layer.op, layer.form)
};

// The command's models in command-line order, then "--demo" when it asks for the demo network.
std::vector<std::string> modelSources(const TuneCommand &c);
// A model source as a graph: a .tflite path, or "--demo" (the built-in demo network).
Expected<graph::Graph> sourceGraph(const std::string &source);

// Every distinct (layer key, target) of the command's models, demo network and benchmark layers,
// in command-line order; layers have fixed random inputs (the same on every machine). A model's
// layers are the kernels its plan calls (the plan loom-gen builds with the command's plan flags:
// layer by layer with depthwise convolutions in place unless they say otherwise; a depth-first
// plan's slices with their own shapes), each in the form the plan calls it.
Expected<std::vector<TuningJob>> tuningJobs(const TuneCommand &c);

// The job of `source` whose key is `key` in `plan`, rebuilt on `target` (a Slurm task's work).
Expected<TuningJob> rebuildJob(const std::string &source, const std::string &layerId,
                               const std::string &key, const std::string &target,
                               const cli::PlanOptions &plan);

// Tunes one job with the command's budget and measurement: `log` holds earlier records and gets
// the new ones, which are also appended to `appendTo`.
Expected<tune::TuneResult> tuneJob(const TuningJob &job, const TuneCommand &c, tune::TuningLog &log,
                                   const std::string &appendTo);

// A stable name for a job under a budget (its Slurm task files): the same key, target and budget
// give the same name on every run.
std::string jobName(const TuningJob &job, const TuneCommand &c);

} // namespace loom::tunecli
