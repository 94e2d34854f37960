// loom-tune: searches schedules for every distinct kernel layer of models (or for benchmark
// layer ids), measuring candidates in QEMU or with a user's board command, and appends every
// bit-exact measurement to a tuning log that loom-gen --tuning-log reads. The work runs here or
// on a Slurm cluster (Executor.h); `merge` joins logs.
//   loom-tune MODEL.tflite... [--demo] [--layers ID,...] --log FILE [options]   (see --help)
//   loom-tune merge A.jsonl B.jsonl ... -o OUT.jsonl
//   loom-tune task SPEC.json INDEX   (a Slurm array task; the driver writes SPEC)
#include "Executor.h"
#include "TuneCommand.h"
#include "TuningJobs.h"

#include "../common/CliParse.h"
#include "loom/tune/FlashBudget.h"
#include "loom/tune/SearchSpace.h"

#include <fmt/format.h>

#include <climits>
#include <unistd.h>

namespace {

using namespace loom;

int usage(const std::string &why) {
  fmt::print(stderr, "loom-tune: {}\nrun loom-tune --help for every option\n", why);
  return 2;
}

int merge(const std::vector<std::string> &args) {
  std::vector<std::filesystem::path> inputs;
  std::string output;
  CLI::App app{"Every valid record of the input logs once (identical records are one), foreign "
               "and corrupted lines reported with file and line and skipped.",
               "loom-tune merge"};
  cli::configure(app, fmt::format("loom-tune {}", tune::kLoomVersion));
  app.add_option("logs", inputs, "the tuning logs to merge")
      ->type_name("LOG.jsonl")
      ->required()
      ->default_str("");
  app.add_option("-o,--out", output, "the merged log (may be one of the inputs)")
      ->type_name("OUT.jsonl")
      ->required()
      ->check(cli::notAFlag());
  auto outcome = cli::parse(app, args);
  if (!outcome)
    return usage("merge: " + outcome.error().message);
  if (*outcome != cli::Outcome::Run) {
    fmt::print("{}", *outcome == cli::Outcome::Help
                         ? app.help()
                         : fmt::format("loom-tune {}\n", tune::kLoomVersion));
    return 0;
  }
  auto r = tune::mergeTuningLogs(inputs, output);
  if (!r) {
    fmt::print(stderr, "loom-tune merge: {}\n", r.error().message);
    return 1;
  }
  for (const auto &p : r->problems)
    fmt::print(stderr, "loom-tune merge: {}\n", p);
  fmt::print("loom-tune merge: {} records from {} logs into {} ({} duplicates left out, {} lines "
             "skipped)\n",
             r->kept, inputs.size(), output, r->duplicates, r->problems.size());
  return 0;
}

// --flash-budget: what the log gives within the budget, per model and target, chosen as loom-gen
// --flash-budget with the same plan flags chooses it.
int reportFlashBudget(const tunecli::TuneCommand &c) {
  const tune::TuningLog log = tune::TuningLog::load(c.logPath);
  for (const auto &source : tunecli::modelSources(c))
    for (const auto &target : c.targets) {
      auto g = tunecli::sourceGraph(source);
      if (!g) {
        fmt::print(stderr, "loom-tune: {}: {}\n", source, g.error().message);
        return 1;
      }
      model::CompileOptions options;
      options.tunedSchedule = tune::tunedScheduleLookup(log, target);
      auto m = cli::compilePlanWithinFlash(*g, options, c.plan, log, target,
                                           c.options.work / "flash-budget");
      if (!m) {
        fmt::print(stderr, "loom-tune: {} on {}: --flash-budget: {}\n", g->name, target.name(),
                   m.error().message);
        return 1;
      }
      fmt::print("{} on {}: {}\n", g->name, target.name(),
                 tune::describeChoice(*m->choice, c.plan.flashBudget));
    }
  return 0;
}

// This executable's absolute path, for the Slurm tasks to run.
std::string selfPath(const char *argv0) {
  char buffer[PATH_MAX];
  const ssize_t n = readlink("/proc/self/exe", buffer, sizeof buffer - 1);
  if (n > 0)
    return std::string(buffer, static_cast<size_t>(n));
  return std::filesystem::absolute(argv0).string();
}

} // namespace

int main(int argc, char **argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (!args.empty() && args[0] == "merge")
    return merge({args.begin() + 1, args.end()});
  if (!args.empty() && args[0] == "task") {
    if (args.size() != 3)
      return usage("task takes SPEC.json INDEX (it is what a Slurm array task runs)");
    return tunecli::runSlurmTask(args[1], args[2]);
  }
  auto command = tunecli::parseTuneCommand(args);
  if (!command)
    return usage(command.error().message);
  if (command->help || command->version) {
    fmt::print("{}", command->help ? tunecli::tuneHelp()
                                   : fmt::format("loom-tune {}\n", tune::kLoomVersion));
    return 0;
  }
  auto jobs = tunecli::tuningJobs(*command);
  if (!jobs) {
    fmt::print(stderr, "loom-tune: {}\n", jobs.error().message);
    return 1;
  }
  auto executor = command->executor == "slurm" ? tunecli::makeSlurmExecutor(selfPath(argv[0]))
                                               : tunecli::makeLocalExecutor();
  if (int status = executor->run(*jobs, *command); status != 0 || !command->plan.flashBudget)
    return status;
  return reportFlashBudget(*command);
}
