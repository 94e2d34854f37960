// loom-tune's options, checked before any work starts: a misused flag is named with the reason.
#include "TuneCommand.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <sstream>
#include <thread>
#include <unistd.h>

namespace loom::tunecli {

const char *const kTuneHelp =
    R"(usage: loom-tune [MODEL.tflite ...] [--demo] [--layers ID[,ID...]] --log FILE [options]
       loom-tune merge A.jsonl B.jsonl ... -o OUT.jsonl

Searches schedules for every distinct kernel layer of the models (or of benchmark layers), measures
each bit-exact candidate (QEMU instruction counts by default) and appends it to the log that
loom-gen --tuning-log reads. An interrupted search resumes from the log. A layer's search is
seeded by its key: the same budget gives the same schedules on any machine and executor.

  --log FILE                the tuning log (JSON lines; required)
  --target CPU[,CPU]        cortex-m7 (default) and/or cortex-m4
  --trials N                candidates per layer (default 32)
  --seconds S               time limit per layer (default: none; makes the search timing-dependent)
  --jobs J                  candidates measured in parallel (default: one per core)
  --backend qemu|llvm-mca   the measurement (default qemu)
  --prefilter llvm-mca      skip candidates llvm-mca estimates 15% above the best
  --measure-command "CMD"   measure on a board: CMD ARGS ELF prints a cycle count
  --work DIR                where candidates are built (default: build/tune)
  --executor local|slurm    run here (default) or as one Slurm array job, one task per layer
                            and target; the task logs are merged into --log
  --partition P             slurm: sbatch --partition (default: the cluster's)
  --time-limit T            slurm: sbatch --time per task, e.g. 30:00 (default: the cluster's)
  --cpus-per-task C         slurm: CPUs per task, its measurements in parallel (default 2)
  --sbatch-args "ARGS"      slurm: more sbatch arguments, split at spaces
  --slurm-dir DIR           slurm: task specs, logs and markers, on a filesystem the nodes share
                            (default: LOG.slurm); a rerun resubmits only unfinished tasks
  --help, -h                this text
  --version                 loom's version

merge: every valid record of the input logs once, foreign and corrupted lines reported (file and
line) and skipped, written to OUT.jsonl.
)";

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

Expected<TuneCommand> parseTuneCommand(const std::vector<std::string> &args) {
  TuneCommand c;
  std::string layerList, cpus = "cortex-m7", command, prefilter;
  std::vector<std::string> slurmFlags; // given, to refuse them without --executor slurm
  bool jobsGiven = false;
  c.options.terminal = isatty(STDOUT_FILENO);
  c.options.jobs = static_cast<int>(std::max(1u, std::thread::hardware_concurrency())); // per core
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string &a = args[i];
    if (a == "--demo") {
      c.demo = true;
      continue;
    }
    if (!a.starts_with("-")) {
      c.modelPaths.push_back(a);
      continue;
    }
    if (!a.starts_with("--"))
      return Error{"unknown option " + a};
    if (i + 1 >= args.size())
      return Error{a + " needs a value"};
    const std::string &v = args[++i];
    auto number = [&](int &out) -> Status {
      auto n = wholeInt(a, v);
      if (!n)
        return n.error();
      out = *n;
      return {};
    };
    Status s;
    if (a == "--layers" || a == "--layer") // --layer: the older spelling
      layerList = v;
    else if (a == "--target")
      cpus = v;
    else if (a == "--log")
      c.logPath = v;
    else if (a == "--trials")
      s = number(c.options.trials);
    else if (a == "--seconds") {
      auto d = wholeNumber<double>(a, v);
      if (!d)
        return d.error();
      c.options.seconds = *d;
    } else if (a == "--jobs")
      s = number(c.options.jobs), jobsGiven = true;
    else if (a == "--work")
      c.options.work = v;
    else if (a == "--measure-command")
      command = v;
    else if (a == "--backend")
      c.backend = v;
    else if (a == "--prefilter")
      prefilter = v;
    else if (a == "--executor")
      c.executor = v;
    else if (a == "--partition")
      c.slurm.partition = v, slurmFlags.push_back(a);
    else if (a == "--time-limit")
      c.slurm.timeLimit = v, slurmFlags.push_back(a);
    else if (a == "--cpus-per-task")
      s = number(c.slurm.cpusPerTask), slurmFlags.push_back(a);
    else if (a == "--sbatch-args")
      c.slurm.sbatchArgs = splitList(v, ' '), slurmFlags.push_back(a);
    else if (a == "--slurm-dir")
      c.slurm.stateDir = v, slurmFlags.push_back(a);
    else
      return Error{"unknown option " + a};
    if (!s)
      return s.error();
  }
  if (c.logPath.empty())
    return Error{"--log FILE is required (the tuning log is the result)"};
  if (c.modelPaths.empty() && layerList.empty() && !c.demo)
    return Error{"nothing to tune: give a model, --demo or --layers"};
  if (c.options.trials < 1 || c.options.jobs < 1 || c.options.seconds < 0)
    return Error{"--trials and --jobs must be positive, --seconds not negative"};
  for (const auto &cpu : splitList(cpus, ',')) {
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
  if (c.backend != "qemu" && c.backend != "llvm-mca")
    return Error{"--backend takes qemu or llvm-mca"};
  if (!prefilter.empty() && prefilter != "llvm-mca")
    return Error{"--prefilter takes llvm-mca"};
  if (c.executor != "local" && c.executor != "slurm")
    return Error{fmt::format("--executor takes local or slurm, got '{}'", c.executor)};
  if (c.executor == "local" && !slurmFlags.empty())
    return Error{slurmFlags.front() + " needs --executor slurm"};
  if (c.executor == "slurm" && jobsGiven)
    return Error{"--jobs is for --executor local; a Slurm task measures --cpus-per-task "
                 "candidates at a time"};
  if (c.slurm.cpusPerTask < 1)
    return Error{"--cpus-per-task must be positive"};
  c.prefilter = !prefilter.empty();
  c.layerIds = splitList(layerList, ',');
  c.measureCommand = splitList(command, ' ');
  return c;
}

} // namespace loom::tunecli
