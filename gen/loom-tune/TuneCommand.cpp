// loom-tune's options, checked before any work starts: a misused flag is named with the reason.
#include "TuneCommand.h"

#include "../common/CliParse.h"
#include "../common/PlanOptions.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <sstream>
#include <thread>
#include <unistd.h>

namespace loom::tunecli {

std::vector<std::string> splitList(const std::string &s, char sep) {
  std::vector<std::string> out;
  std::stringstream in(s);
  for (std::string part; std::getline(in, part, sep);)
    if (!part.empty())
      out.push_back(part);
  return out;
}

namespace {

// `text` as a T, all of it.
template <typename T> Expected<T> wholeNumber(const std::string &flag, const std::string &text) {
  T value{};
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc{} || end != text.data() + text.size())
    return Error{fmt::format("{} needs a number, got '{}'", flag, text)};
  return value;
}

} // namespace

Expected<int> wholeInt(const std::string &flag, const std::string &text) {
  return wholeNumber<int>(flag, text);
}

namespace {

// The options, bound to `c` and to the texts checked after parsing.
struct TuneCli {
  CLI::App app{
      "Searches schedules for every distinct kernel layer of the models (or of benchmark\n"
      "layers), measures each bit-exact candidate (QEMU instruction counts by default) and\n"
      "appends it to the log that loom-gen --tuning-log reads. An interrupted search\n"
      "resumes from the log. A layer's search is seeded by its key: the same budget gives\n"
      "the same schedules on any machine and executor.\n\n"
      "  loom-tune merge A.jsonl B.jsonl ... -o OUT.jsonl   every valid record of the\n"
      "  logs once; foreign and corrupted lines reported (file and line) and skipped",
      "loom-tune"};
  std::string layerList, cpus = "cortex-m7", command, prefilter, work = "build/tune", sbatchArgs;
  cli::PlanFlags plan;
  bool inPlaceDepthwise = false;
  CLI::Option *jobs = nullptr;
  std::vector<CLI::Option *> slurmOnly;

  explicit TuneCli(TuneCommand &c) {
    cli::configure(app, fmt::format("loom-tune {}", tune::kLoomVersion));
    app.add_option("models", c.modelPaths, "models whose distinct layers are tuned")
        ->type_name("MODEL.tflite")
        ->default_str("");
    app.add_flag("--demo", c.demo, "the built-in demo network");
    // The plan whose kernels are tuned: loom-gen's plan flags, the same rules (PlanOptions.h).
    auto *inPlace = app.add_flag("--in-place-depthwise", inPlaceDepthwise,
                                 "tune the kernels of loom-gen's plan with in-place depthwise "
                                 "convolutions (the default)");
    app.add_flag("--plain-depthwise", plan.plainDepthwise,
                 "tune the kernels of loom-gen --plain-depthwise's plan")
        ->excludes(inPlace);
    app.add_flag("--min-memory", plan.minMemory,
                 "tune the kernels of loom-gen --min-memory's plan (the smallest arena)");
    app.add_option("--memory-budget", plan.memoryBudget,
                   "tune the kernels of the cheapest plan within SIZE bytes, as loom-gen "
                   "--memory-budget finds it (28672, 28k; default: none)")
        ->type_name("SIZE");
    app.add_option("--flash-budget", plan.flashBudget,
                   "also measure the flash-lean variants (int8 weights, offsets from the shifts) "
                   "of each layer's best points, then report the fastest schedules of the log "
                   "whose kernels fit in SIZE bytes, as loom-gen --flash-budget chooses them "
                   "(438000, 1M)")
        ->type_name("SIZE");
    app.add_option("--depth-first", plan.depthFirst,
                   "tune the kernels of this depth-first plan (loom-gen --depth-first SPEC)")
        ->type_name("SPEC")
        ->check(cli::notAFlag());
    app.add_flag("--stream-input", plan.streamInput,
                 "with a memory search: the input streamed by rows, as loom-gen --stream-input");
    app.add_option("--layers,--layer", layerList, "benchmark layer ids, comma-separated")
        ->type_name("ID[,ID...]")
        ->check(cli::notAFlag());
    app.add_option("--log", c.logPath, "the tuning log (JSON lines)")
        ->type_name("FILE")
        ->required()
        ->check(cli::notAFlag());
    app.add_option("--target", cpus,
                   "cortex-m7, cortex-m4, cortex-m33 and/or cortex-m55, comma-separated")
        ->type_name("CPU[,CPU]");
    app.add_option("--trials", c.options.trials, "candidates per layer")
        ->type_name("N")
        ->check(cli::numberIn(1, 100000));
    app.add_option("--seconds", c.options.seconds,
                   "time limit per layer, 0 = none (makes the search timing-dependent)")
        ->type_name("S")
        ->check(cli::numberIn(0.0, 1e7));
    jobs = app.add_option("--jobs", c.options.jobs,
                          "candidates measured in parallel (default: one per core)")
               ->type_name("J")
               ->check(cli::numberIn(1, 1024));
    app.add_option("--backend", c.backend, "the measurement")
        ->type_name("BACKEND")
        ->check(CLI::IsMember({"qemu", "llvm-mca"}));
    app.add_option("--prefilter", prefilter,
                   "skip candidates llvm-mca estimates 15% above the best (default: none)")
        ->type_name("ESTIMATOR")
        ->check(CLI::IsMember({"llvm-mca"}));
    app.add_option("--measure-command", command,
                   "measure on a board: CMD ARGS ELF prints a cycle count (default: QEMU)")
        ->type_name("\"CMD ARGS\"");
    app.add_option("--work", work, "where candidates are built")->type_name("DIR");
    app.add_option("--executor", c.executor,
                   "run here, or as one Slurm array job (one task per layer and target; the "
                   "task logs are merged into --log)")
        ->type_name("EXECUTOR")
        ->check(CLI::IsMember({"local", "slurm"}));
    slurmOnly = {
        app.add_option("--partition", c.slurm.partition,
                       "slurm: sbatch --partition (default: the cluster's)")
            ->type_name("P"),
        app.add_option("--time-limit", c.slurm.timeLimit,
                       "slurm: sbatch --time per task, e.g. 30:00 (default: the cluster's)")
            ->type_name("T"),
        app.add_option("--cpus-per-task", c.slurm.cpusPerTask,
                       "slurm: CPUs per task, its measurements in parallel")
            ->type_name("C")
            ->check(cli::numberIn(1, 1024)),
        app.add_option("--sbatch-args", sbatchArgs,
                       "slurm: more sbatch arguments, split at spaces (--sbatch-args=\"--qos=x\")")
            ->type_name("\"ARGS\""),
        app.add_option("--slurm-dir", c.slurm.stateDir,
                       "slurm: task specs, logs and markers on a filesystem the nodes share "
                       "(default: LOG.slurm); a rerun resubmits only unfinished tasks")
            ->type_name("DIR")};
  }
};

} // namespace

std::string tuneHelp() {
  TuneCommand c;
  return TuneCli(c).app.help();
}

Expected<TuneCommand> parseTuneCommand(const std::vector<std::string> &args) {
  TuneCommand c;
  c.options.terminal = isatty(STDOUT_FILENO);
  c.options.jobs = static_cast<int>(std::max(1u, std::thread::hardware_concurrency())); // per core
  TuneCli cli(c);
  auto outcome = cli::parse(cli.app, args);
  if (!outcome)
    return outcome.error();
  c.help = *outcome == cli::Outcome::Help;
  c.version = *outcome == cli::Outcome::Version;
  if (c.help || c.version)
    return c;
  if (c.modelPaths.empty() && cli.layerList.empty() && !c.demo)
    return Error{"nothing to tune: give a model, --demo or --layers"};
  for (const auto &cpu : splitList(cli.cpus, ',')) {
    auto target = codegen::parseTarget(cpu);
    if (!target)
      return Error{"--target: " + target.error().message};
    if (std::none_of(c.targets.begin(), c.targets.end(),
                     [&](const codegen::Target &t) { return t.name() == target->name(); }))
      c.targets.push_back(*target);
  }
  if (c.targets.empty())
    return Error{"--target needs a CPU"};
  c.options.log = c.logPath;
  c.options.work = cli.work;
  if (c.executor == "local")
    for (const CLI::Option *o : cli.slurmOnly)
      if (o->count())
        return Error{o->get_name() + " needs --executor slurm"};
  if (c.executor == "slurm" && cli.jobs->count())
    return Error{"--jobs is for --executor local; a Slurm task measures --cpus-per-task "
                 "candidates at a time"};
  auto plan = cli::planOptions(cli.plan);
  if (!plan)
    return plan.error();
  c.plan = std::move(*plan);
  if ((c.plan.searched() || !c.plan.depthFirst.empty() || c.plan.streamInput) &&
      c.modelPaths.empty() && !c.demo)
    return Error{"--min-memory, --memory-budget, --depth-first and --stream-input plan a model: "
                 "give a model or --demo"};
  if (c.plan.flashBudget && c.modelPaths.empty() && !c.demo)
    return Error{"--flash-budget chooses schedules for a model's kernels: give a model or --demo"};
  // With a flash budget in view the lean variants of the best points are measured too.
  c.options.leanVariants = c.plan.flashBudget ? 6 : 0;
  c.prefilter = !cli.prefilter.empty();
  c.layerIds = splitList(cli.layerList, ',');
  c.measureCommand = splitList(cli.command, ' ');
  c.slurm.sbatchArgs = splitList(cli.sbatchArgs, ' ');
  return c;
}

} // namespace loom::tunecli
