// loom-tune: searches schedules for every distinct kernel layer of a model (or for benchmark
// layer ids), measuring candidates in QEMU or with a user's board command, and appends every
// bit-exact measurement to a tuning log that loom-gen --tuning-log reads.
//   loom-tune MODEL.tflite|--demo --target cortex-m7 --log FILE [--trials N] [--seconds S] [--jobs
//   J] loom-tune --layer pw_20x20x48_16[,dw3_s1_40x40x48...] --target cortex-m7 --log FILE
//   ... [--measure-command "CMD ARGS"]   (a real board: CMD ARGS ELF prints a cycle count)
//   ... [--backend qemu|llvm-mca] [--prefilter llvm-mca]
#include "loom/fixtures/DemoNetwork.h"
#include "loom/fixtures/LayerId.h"
#include "loom/fixtures/RandomParams.h"
#include "loom/graph/Lowering.h"
#include "loom/graph/TfliteImport.h"
#include "loom/tune/SearchSpace.h"
#include "loom/tune/Tuner.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <chrono>
#include <set>
#include <sstream>
#include <stdexcept>
#include <thread>
#include <unistd.h>

namespace {

using namespace loom;

constexpr const char *kHelp =
    R"(usage: loom-tune MODEL.tflite|--demo|--layers ID[,ID...] --log FILE [options]

Searches schedules for every distinct kernel layer of a model (or for benchmark layers), measures
each bit-exact candidate (QEMU instruction counts by default) and appends it to the log that
loom-gen --tuning-log reads. An interrupted search resumes from the log.

  --log FILE                the tuning log (JSON lines; required)
  --target CPU              cortex-m7 (default) or cortex-m4
  --trials N                candidates per layer (default 32)
  --seconds S               time limit per layer (default: none)
  --jobs J                  candidates measured in parallel (default: one per core)
  --backend qemu|llvm-mca   the measurement (default qemu)
  --prefilter llvm-mca      skip candidates llvm-mca estimates 15% above the best
  --measure-command "CMD"   measure on a board: CMD ARGS ELF prints a cycle count
  --work DIR                where candidates are built (default: build/tune)
  --help, -h                this text
  --version                 loom's version
)";

int usage(const std::string &why) {
  fmt::print(stderr,
             "loom-tune: {}\nusage: loom-tune MODEL.tflite|--demo|--layers ID[,ID...] --log FILE "
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
    const auto *kernel = std::get_if<ops::Op>(&*lowered);
    const std::optional<ops::AnyOp> op = kernel ? ops::scheduledOp(*kernel) : std::nullopt;
    if (!op || !keys.insert(tune::tuningKey(*op)).second)
      continue;
    std::mt19937 rng(static_cast<unsigned>(n.index) + 1);
    layers.push_back(
        {fmt::format("{}_{}", g->name, n.tag()), *op, ops::randomInt8(ops::inputBytes(*op), rng)});
  }
  return layers;
}

// `text` as a number, all of it ("1x" is refused, not read as 1).
template <typename T> T wholeNumber(const std::string &text) {
  T value{};
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc{} || end != text.data() + text.size())
    throw std::invalid_argument(text);
  return value;
}

// What the command line asks for, checked before any work starts.
struct TuneCommand {
  std::string modelPath;             // empty with --demo or --layer
  std::vector<std::string> layerIds; // --layer
  std::string logPath;
  codegen::Target target;
  tune::TuneOptions options;
  std::vector<std::string> measureCommand; // --measure-command, split at spaces
  std::string backend = "qemu";
  bool prefilter = false;
  bool help = false, version = false; // --help / -h, --version
};

// The parsed command line, or the usage error (which flag, and why).
Expected<TuneCommand> parseArgs(int argc, char **argv) {
  TuneCommand c;
  std::string layerList, cpu = "cortex-m7", command, prefilter;
  c.options.terminal = isatty(STDOUT_FILENO);
  c.options.jobs = static_cast<int>(std::max(1u, std::thread::hardware_concurrency())); // per core
  bool demo = false;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--demo") {
      demo = true;
    } else if (a == "--help" || a == "-h") {
      c.help = true;
    } else if (a == "--version") {
      c.version = true;
    } else if (a.starts_with("--")) {
      if (i + 1 >= argc)
        return Error{a + " needs a value"};
      const std::string v = argv[++i];
      try {
        if (a == "--layers" || a == "--layer") // --layer: the older spelling
          layerList = v;
        else if (a == "--target")
          cpu = v;
        else if (a == "--log")
          c.logPath = v;
        else if (a == "--trials")
          c.options.trials = wholeNumber<int>(v);
        else if (a == "--seconds")
          c.options.seconds = wholeNumber<double>(v);
        else if (a == "--jobs")
          c.options.jobs = wholeNumber<int>(v);
        else if (a == "--work")
          c.options.work = v;
        else if (a == "--measure-command")
          command = v;
        else if (a == "--backend")
          c.backend = v;
        else if (a == "--prefilter")
          prefilter = v;
        else
          return Error{"unknown option " + a};
      } catch (const std::exception &) {
        return Error{a + " needs a number, got '" + v + "'"};
      }
    } else if (a.starts_with("-")) {
      return Error{"unknown option " + a};
    } else if (!c.modelPath.empty()) {
      return Error{"one model per run: got " + c.modelPath + " and " + a};
    } else {
      c.modelPath = a;
    }
  }
  if (c.logPath.empty())
    return Error{"--log FILE is required (the tuning log is the result)"};
  if ((!c.modelPath.empty()) + (!layerList.empty()) + demo != 1)
    return Error{"give one of a model, --demo or --layer"};
  if (c.options.trials < 1 || c.options.jobs < 1 || c.options.seconds < 0)
    return Error{"--trials and --jobs must be positive, --seconds not negative"};
  auto target = codegen::parseTarget(cpu);
  if (!target)
    return target.error();
  c.target = *target;
  c.options.log = c.logPath;
  if (c.backend != "qemu" && c.backend != "llvm-mca")
    return Error{"--backend takes qemu or llvm-mca"};
  if (!prefilter.empty() && prefilter != "llvm-mca")
    return Error{"--prefilter takes llvm-mca"};
  c.prefilter = !prefilter.empty();
  c.layerIds = split(layerList, ',');
  c.measureCommand = split(command, ' ');
  return c;
}

// The work: the layers to tune, then each layer's search, appended to the log.
int tuneLayers(const TuneCommand &c) {
  const codegen::Target *target = &c.target;
  const std::string &logPath = c.logPath;
  tune::TuneOptions options = c.options;
  std::vector<ops::Layer> layers;
  if (c.layerIds.empty()) {
    auto l = modelLayers(c.modelPath);
    if (!l) {
      fmt::print(stderr, "loom-tune: {}\n", l.error().message);
      return 1;
    }
    layers = std::move(*l);
  } else {
    for (const auto &id : c.layerIds) {
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
  auto measurer = !c.measureCommand.empty() ? tune::makeCommandMeasurer(*target, c.measureCommand)
                  : c.backend == "llvm-mca" ? tune::makeMcaEstimator(*target)
                                            : tune::makeQemuMeasurer(*target);
  auto estimator = tune::makeMcaEstimator(*target);
  if (c.prefilter)
    options.prefilter = estimator.get();
  fmt::print("loom-tune: {} layers on {}, {} candidates each, {} jobs, backend {}, log {}\n",
             layers.size(), target->name(), options.trials, options.jobs, measurer->backend(),
             logPath);
  const auto start = std::chrono::steady_clock::now();
  int failures = 0;
  double defaultTotal = 0, bestTotal = 0;
  for (size_t k = 0; k < layers.size(); ++k) {
    const auto &layer = layers[k];
    const double spent =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    // The estimate assumes the layers left take as long as the ones done (each is --trials
    // candidates, or --seconds at most).
    fmt::print(
        "loom-tune: layer {} of {} ({}){}\n", k + 1, layers.size(), layer.id,
        k ? fmt::format(", {:.0f} s so far, about {:.0f} s left", spent,
                        spent / static_cast<double>(k) * static_cast<double>(layers.size() - k))
          : std::string());
    std::fflush(stdout);
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

} // namespace

int main(int argc, char **argv) {
  for (int i = 1; i < argc; ++i) {
    const std::string_view a = argv[i];
    if (a == "--help" || a == "-h" || a == "--version") {
      if (a == "--version")
        fmt::print("loom-tune {}\n", tune::kLoomVersion);
      else
        fmt::print("{}", kHelp);
      return 0;
    }
  }
  auto command = parseArgs(argc, argv);
  if (!command)
    return usage(command.error().message);
  return tuneLayers(*command);
}
