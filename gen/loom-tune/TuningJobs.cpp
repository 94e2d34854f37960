// Cutting a loom-tune run into jobs, and tuning one job.
#include "TuningJobs.h"

#include "loom/fixtures/DemoNetwork.h"
#include "loom/fixtures/LayerId.h"
#include "loom/fixtures/RandomParams.h"
#include "loom/graph/Lowering.h"
#include "loom/graph/TfliteImport.h"
#include "loom/model/ModelCompiler.h"
#include "loom/tune/SearchSpace.h"

#include <fmt/format.h>

#include <algorithm>
#include <random>
#include <set>

namespace loom::tunecli {

namespace {

// The distinct kernel layers of a model's plan (one per tuning key), each in the form the plan
// calls it, with fixed random inputs; the built-in demo network for "--demo".
Expected<std::vector<ops::Layer>> modelLayers(const std::string &source, bool inPlaceDepthwise) {
  auto g = source == "--demo" ? Expected<graph::Graph>(graph::demoNetwork())
                              : graph::importTfliteFile(source);
  if (!g)
    return g.error();
  auto plan = model::compileModel(*g, {.inPlaceDepthwise = inPlaceDepthwise});
  if (!plan)
    return plan.error();
  std::vector<ops::Layer> layers;
  std::set<std::string> keys;
  for (const auto &step : plan->steps) {
    const auto n = std::find_if(g->nodes.begin(), g->nodes.end(),
                                [&](const graph::Node &x) { return x.index == step.node; });
    if (n == g->nodes.end())
      continue;
    int input = -1;
    auto lowered = graph::lowerNode(*g, *n, input);
    if (!lowered)
      return lowered.error();
    const auto *kernel = std::get_if<ops::Op>(&*lowered);
    const std::optional<ops::AnyOp> op = kernel ? ops::scheduledOp(*kernel) : std::nullopt;
    if (!op)
      continue; // a glue op: one rule, nothing to tune
    // In place, the kernel's scratch plane says which form: int16 (padded) or int8.
    ops::KernelForm form = ops::KernelForm::Plain;
    for (const auto &arg : step.kernel.arguments)
      if (arg->role == ir::BufferRole::Scratch && arg->name == "plane")
        form = arg->type == ir::ScalarType::I16 ? ops::KernelForm::InPlace
                                                : ops::KernelForm::InPlaceInt8Plane;
    if (!keys.insert(tune::tuningKey(*op, form)).second)
      continue;
    std::mt19937 rng(static_cast<unsigned>(n->index) + 1);
    std::string id = fmt::format("{}_{}", g->name, n->tag());
    if (form != ops::KernelForm::Plain)
      id += form == ops::KernelForm::InPlace ? "_in_place" : "_in_place_int8";
    layers.push_back({id, *op, ops::randomInt8(ops::inputBytes(*op), rng), form});
  }
  return layers;
}

} // namespace

Expected<std::vector<TuningJob>> tuningJobs(const TuneCommand &c) {
  std::vector<std::pair<std::string, ops::Layer>> layers; // source, layer
  std::vector<std::string> sources = c.modelPaths;
  if (c.demo)
    sources.push_back("--demo");
  for (const auto &source : sources) {
    auto l = modelLayers(source, c.inPlaceDepthwise);
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
                               const std::string &key, const std::string &target) {
  auto t = codegen::parseTarget(target);
  if (!t)
    return t.error();
  if (source.empty()) {
    auto l = ops::parseLayerId(layerId);
    if (!l)
      return l.error();
    return TuningJob{std::move(*l), *t, source, key};
  }
  // The job's plan is not in its spec: the key (which names the form) is found in either.
  for (bool inPlace : {true, false}) {
    auto layers = modelLayers(source, inPlace);
    if (!layers)
      return Error{fmt::format("{}: {}", source, layers.error().message)};
    for (auto &l : *layers)
      if (tune::tuningKey(l.op, l.form) == key)
        return TuningJob{std::move(l), *t, source, key};
  }
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
