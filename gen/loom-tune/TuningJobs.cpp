// Cutting a loom-tune run into jobs, and tuning one job.
#include "TuningJobs.h"

#include "loom/fixtures/DemoNetwork.h"
#include "loom/fixtures/LayerId.h"
#include "loom/fixtures/RandomParams.h"
#include "loom/graph/TfliteImport.h"
#include "loom/model/ModelCompiler.h"
#include "loom/tune/SearchSpace.h"

#include <fmt/format.h>

#include <algorithm>
#include <random>
#include <set>

namespace loom::tunecli {

namespace {

// The distinct kernels of a model's plan (one per tuning key), each as the plan calls it (the op
// of a depth-first slice is the slice's, an in-place depthwise kernel is in its form), with
// fixed random inputs; the built-in demo network for "--demo".
Expected<std::vector<ops::Layer>> modelLayers(const std::string &source,
                                              const cli::PlanOptions &planOptions) {
  auto g = sourceGraph(source);
  if (!g)
    return g.error();
  auto plan = cli::compilePlan(*g, {}, planOptions);
  if (!plan)
    return plan.error();
  std::vector<ops::Layer> layers;
  std::set<std::string> keys;
  for (const auto &step : plan->steps) {
    if (!step.op)
      continue; // a glue op: one rule, nothing to tune
    if (!keys.insert(tune::tuningKey(*step.op, step.form)).second)
      continue;
    // The kernel's name says which node (and slice) it is.
    std::mt19937 rng(static_cast<unsigned>(step.node) + 1);
    layers.push_back(
        {step.kernel.name, *step.op, ops::randomInt8(ops::inputBytes(*step.op), rng), step.form});
  }
  return layers;
}

} // namespace

std::vector<std::string> modelSources(const TuneCommand &c) {
  std::vector<std::string> sources = c.modelPaths;
  if (c.demo)
    sources.push_back("--demo");
  return sources;
}

Expected<graph::Graph> sourceGraph(const std::string &source) {
  return source == "--demo" ? Expected<graph::Graph>(graph::demoNetwork())
                            : graph::importTfliteFile(source);
}

Expected<std::vector<TuningJob>> tuningJobs(const TuneCommand &c) {
  std::vector<std::pair<std::string, ops::Layer>> layers; // source, layer
  for (const auto &source : modelSources(c)) {
    auto l = modelLayers(source, c.plan);
    if (!l)
      return Error{fmt::format("{}: {}", source, l.error().message)};
    for (auto &layer : *l)
      layers.emplace_back(source, std::move(layer));
  }
  for (const auto &id : c.layerIds) {
    auto l = ops::parseLayerId(id);
    if (!l)
      return l.error();
    layers.emplace_back("", std::move(*l));
  }
  std::vector<TuningJob> jobs;
  std::set<std::pair<std::string, std::string>> seen; // key, target
  for (const auto &target : c.targets)
    for (const auto &[source, layer] : layers) {
      std::string key = tune::tuningKey(layer.op, layer.form);
      if (seen.insert({key, target.name()}).second)
        jobs.push_back({layer, target, source, key});
    }
  return jobs;
}

Expected<TuningJob> rebuildJob(const std::string &source, const std::string &layerId,
                               const std::string &key, const std::string &target,
                               const cli::PlanOptions &plan) {
  auto t = codegen::parseTarget(target);
  if (!t)
    return t.error();
  if (source.empty()) {
    auto l = ops::parseLayerId(layerId);
    if (!l)
      return l.error();
    return TuningJob{std::move(*l), *t, source, key};
  }
  auto layers = modelLayers(source, plan);
  if (!layers)
    return Error{fmt::format("{}: {}", source, layers.error().message)};
  for (auto &l : *layers)
    if (tune::tuningKey(l.op, l.form) == key)
      return TuningJob{std::move(l), *t, source, key};
  return Error{
      fmt::format("{} has no layer {} (the model changed since the job was cut?)", source, key)};
}

Expected<tune::TuneResult> tuneJob(const TuningJob &job, const TuneCommand &c, tune::TuningLog &log,
                                   const std::string &appendTo) {
  auto measurer = !c.measureCommand.empty()
                      ? tune::makeCommandMeasurer(job.target, c.measureCommand)
                  : c.backend == "llvm-mca" ? tune::makeMcaEstimator(job.target)
                                            : tune::makeQemuMeasurer(job.target);
  auto estimator = tune::makeMcaEstimator(job.target);
  tune::TuneOptions options = c.options;
  options.log = appendTo;
  if (c.prefilter)
    options.prefilter = estimator.get();
  return tune::tuneLayer(job.layer, job.target, *measurer, log, options);
}

std::string jobName(const TuningJob &job, const TuneCommand &c) {
  const std::string identity = fmt::format(
      "{}|{}|{}|{}|{}|{}|{}|{}", job.key, job.target.cpuName(), c.options.trials, c.options.seconds,
      c.options.seed, c.backend, c.prefilter, fmt::join(c.measureCommand, " "));
  uint64_t h = 14695981039346656037ull; // FNV-1a, stable across machines and builds
  for (unsigned char ch : identity)
    h = (h ^ ch) * 1099511628211ull;
  std::string readable;
  for (char ch : job.key.substr(0, 40))
    readable += std::isalnum(static_cast<unsigned char>(ch)) ? ch : '_';
  return fmt::format("{}-{}-{:016x}", readable, job.target.cpuName(), h);
}

} // namespace loom::tunecli
