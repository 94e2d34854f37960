// loom-tune: searches schedules for every distinct kernel layer of a model (or for benchmark
// layer ids), measuring candidates in QEMU or with a user's board command, and appends every
// bit-exact measurement to a tuning log that loom-gen --tuning-log reads.
//   loom-tune MODEL.tflite|--demo --target cortex-m7 --log FILE [--trials N] [--seconds S] [--jobs
//   J] loom-tune --layer pw_20x20x48_16[,dw3_s1_40x40x48...] --target cortex-m7 --log FILE
//   ... [--measure-command "CMD ARGS"]   (a real board: CMD ARGS ELF prints a cycle count)
//   ... [--backend qemu|llvm-mca] [--prefilter llvm-mca]
#include "loom/graph/DemoNetwork.h"
#include "loom/graph/Lowering.h"
#include "loom/graph/TfliteImport.h"
#include "loom/ops/RandomParams.h"
#include "loom/tune/SearchSpace.h"
#include "loom/tune/Tuner.h"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <set>
#include <sstream>
#include <thread>
#include <unistd.h>

namespace {

using namespace loom;

int usage(const std::string &why) {
  fmt::print(stderr,
             "loom-tune: {}\nusage: loom-tune MODEL.tflite|--demo|--layer ID[,ID...] --log FILE "
             "[--target cortex-m7|cortex-m4] [--trials N] [--seconds S] [--jobs J] "
             "[--measure-command \"CMD ARGS\"] [--backend qemu|llvm-mca] [--prefilter llvm-mca] "
             "[--work DIR]\n",
             why);
  return 2;
}

std::vector<std::string> split(const std::string &s, char sep) {
  std::vector<std::string> out;
  std::stringstream in(s);
  for (std::string part; std::getline(in, part, sep);)
    if (!part.empty())
      out.push_back(part);
  return out;
}

// The distinct kernel layers of a model (one per tuning key), with fixed random inputs; the
// built-in demo network when `path` is empty.
Expected<std::vector<ops::Layer>> modelLayers(const std::string &path) {
  auto g =
      path.empty() ? Expected<graph::Graph>(graph::demoNetwork()) : graph::importTfliteFile(path);
  if (!g)
    return g.error();
  std::vector<ops::Layer> layers;
  std::set<std::string> keys;
  for (const auto &n : g->nodes) {
    int input = -1;
    auto lowered = graph::lowerNode(*g, n, input);
    if (!lowered)
      return lowered.error();
    std::optional<ops::AnyOp> op = std::visit(
        [](const auto &p) -> std::optional<ops::AnyOp> {
          if constexpr (std::is_constructible_v<ops::AnyOp, decltype(p)>)
            return ops::AnyOp{p};
          else
            return std::nullopt;
        },
        *lowered);
    if (!op || !keys.insert(tune::tuningKey(*op)).second)
      continue;
    std::mt19937 rng(static_cast<unsigned>(n.index) + 1);
    layers.push_back(
        {fmt::format("{}_n{}", g->name, n.index), *op, ops::randomInt8(ops::inputBytes(*op), rng)});
  }
  return layers;
}

} // namespace

int main(int argc, char **argv) {
  std::string modelPath, layerList, cpu = "cortex-m7", logPath, command, backend = "qemu",
                                    prefilter;
  tune::TuneOptions options;
  options.terminal = isatty(STDOUT_FILENO);
  options.jobs = static_cast<int>(std::max(1u, std::thread::hardware_concurrency())); // per core
  bool demo = false;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--demo") {
      demo = true;
    } else if (a.starts_with("--")) {
      if (i + 1 >= argc)
        return usage(a + " needs a value");
      const std::string v = argv[++i];
      try {
        if (a == "--layer")
          layerList = v;
        else if (a == "--target")
          cpu = v;
        else if (a == "--log")
          logPath = v;
        else if (a == "--trials")
          options.trials = std::stoi(v);
        else if (a == "--seconds")
          options.seconds = std::stod(v);
        else if (a == "--jobs")
          options.jobs = std::stoi(v);
        else if (a == "--work")
          options.work = v;
        else if (a == "--measure-command")
          command = v;
        else if (a == "--backend")
          backend = v;
        else if (a == "--prefilter")
          prefilter = v;
        else
          return usage("unknown option " + a);
      } catch (const std::exception &) {
        return usage(a + " needs a number, got '" + v + "'");
      }
    } else {
      modelPath = a;
    }
  }
  if (logPath.empty())
    return usage("--log FILE is required (the tuning log is the result)");
  if ((!modelPath.empty()) + (!layerList.empty()) + demo != 1)
    return usage("give one of a model, --demo or --layer");
  if (options.trials < 1 || options.jobs < 1 || options.seconds < 0)
    return usage("--trials and --jobs must be positive, --seconds not negative");
  auto target = codegen::parseTarget(cpu);
  if (!target)
    return usage(target.error().message);
  options.log = logPath;

  std::vector<ops::Layer> layers;
  if (layerList.empty()) {
    auto l = modelLayers(modelPath);
    if (!l) {
      fmt::print(stderr, "loom-tune: {}\n", l.error().message);
      return 1;
    }
    layers = std::move(*l);
  } else {
    for (const auto &id : split(layerList, ',')) {
      auto l = ops::parseLayerId(id);
      if (!l) {
        fmt::print(stderr, "loom-tune: {}\n", l.error().message);
        return 1;
      }
      layers.push_back(std::move(*l));
    }
  }
  tune::TuningLog log = tune::TuningLog::load(logPath);
  for (const auto &p : log.problems())
    fmt::print(stderr, "loom-tune: warning: {}\n", p);
  if (backend != "qemu" && backend != "llvm-mca")
    return usage("--backend takes qemu or llvm-mca");
  if (!prefilter.empty() && prefilter != "llvm-mca")
    return usage("--prefilter takes llvm-mca");
  auto measurer = !command.empty()        ? tune::makeCommandMeasurer(*target, split(command, ' '))
                  : backend == "llvm-mca" ? tune::makeMcaEstimator(*target)
                                          : tune::makeQemuMeasurer(*target);
  auto estimator = tune::makeMcaEstimator(*target);
  if (!prefilter.empty())
    options.prefilter = estimator.get();
  fmt::print("loom-tune: {} layers on {}, {} candidates each, {} jobs, backend {}, log {}\n",
             layers.size(), target->name(), options.trials, options.jobs, measurer->backend(),
             logPath);
  const auto start = std::chrono::steady_clock::now();
  int failures = 0;
  double defaultTotal = 0, bestTotal = 0;
  for (const auto &layer : layers) {
    auto r = tune::tuneLayer(layer, *target, *measurer, log, options);
    if (!r) {
      fmt::print(stderr, "loom-tune: {}: {}\n", layer.id, r.error().message);
      ++failures;
      continue;
    }
    defaultTotal += static_cast<double>(r->defaultCost);
    bestTotal += static_cast<double>(r->bestCost);
    fmt::print("  {}: best {} vs default {} ({} measured, {} from the log, {} illegal points, {} "
               "not bit-exact, {} left out by the pre-filter)\n",
               r->key, r->bestCost, r->defaultCost, r->measured, r->fromLog, r->illegal,
               r->rejected, r->filtered);
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  fmt::print("loom-tune: {} layers in {:.0f} s; sum of best / sum of default = {:.3f}\n",
             layers.size(), seconds, defaultTotal > 0 ? bestTotal / defaultTotal : 0.0);
  return failures ? 1 : 0;
}
