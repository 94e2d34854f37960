// The Slurm executor: the jobs not finished by an earlier run become one `sbatch --array`, one
// task per layer and target (SlurmTask.cpp); the driver follows them with squeue, reports each
// finished layer's best, and appends the task logs' new records to the main log. Interrupting
// the driver cancels nothing; a rerun waits for a submission still in the queue and resubmits
// only the tasks that left no marker.
#include "Executor.h"
#include "SlurmSpec.h"

#include "loom/qemu/Process.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <thread>

namespace loom::tunecli {

namespace {

namespace fs = std::filesystem;

std::string shellQuoted(const std::string &s) {
  std::string out = "'";
  for (char c : s)
    out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

// Array index -> Slurm state of the tasks of `job` still known to the controller.
Expected<std::map<size_t, std::string>> queuedTasks(const std::string &job) {
  for (int attempt = 0;; ++attempt) {
    auto r =
        qemu::runProcess({"squeue", "-h", "-r", "-t", "all", "-j", job, "-o", "%K %T"}, ".", 60);
    if (!r)
      return r.error();
    if (r->exitCode == 0) {
      std::map<size_t, std::string> tasks;
      std::istringstream in(r->output);
      std::string index, state;
      while (in >> index >> state)
        if (index.find_first_not_of("0123456789") == std::string::npos)
          tasks[std::stoul(index)] = state;
      return tasks;
    }
    if (r->output.find("Invalid job id") != std::string::npos)
      return std::map<size_t, std::string>{}; // long finished: the controller forgot it
    if (attempt == 10)
      return Error{fmt::format("squeue failed: {}", r->output)};
    std::this_thread::sleep_for(std::chrono::seconds(2));
  }
}

bool isPending(const std::string &state) {
  return state == "PENDING" || state == "CONFIGURING" || state == "REQUEUED";
}
bool isRunning(const std::string &state) {
  return state == "RUNNING" || state == "COMPLETING" || state == "SUSPENDED";
}

std::string markerSummary(const fs::path &marker) {
  std::ifstream f(marker);
  const nlohmann::json j = nlohmann::json::parse(f, nullptr, false);
  if (j.is_discarded() || !j.contains("best") || !j.contains("default"))
    return "(unreadable marker)";
  return fmt::format("best {} vs default {}", j["best"].dump(), j["default"].dump());
}

class SlurmExecutor : public Executor {
public:
  explicit SlurmExecutor(std::string self) : self_(std::move(self)) {}

  int run(const std::vector<TuningJob> &jobs, const TuneCommand &c) override {
    const auto start = std::chrono::steady_clock::now();
    const std::string stateDir =
        fs::absolute(c.slurm.stateDir.empty() ? c.logPath + ".slurm" : c.slurm.stateDir).string();
    std::error_code ec;
    fs::create_directories(fs::path(stateDir) / "tasks", ec);
    if (ec)
      return fail(fmt::format("cannot create --slurm-dir {}: {}", stateDir, ec.message()));
    // A submission of an earlier run still queued or running: its tasks are followed, not
    // submitted twice.
    if (auto earlier = readEarlierSubmission(stateDir)) {
      fmt::print("loom-tune: following Slurm job {} of an earlier run\n", earlier->first);
      if (!follow(earlier->first, earlier->second, c))
        return 1;
    }
    SlurmSubmission submission{fs::absolute(c.logPath).string(), stateDir, c, {}};
    submission.command.options.jobs = c.slurm.cpusPerTask;
    submission.command.options.work = fs::absolute(c.options.work);
    std::vector<SlurmTaskSpec> all;
    for (const auto &job : jobs) {
      SlurmTaskSpec t{jobName(job, c), job.source, job.source.empty() ? job.layer.id : "", job.key,
                      std::string(job.target.cpuName())};
      if (!fs::exists(taskMarkerPath(stateDir, t.name)))
        submission.tasks.push_back(t);
      all.push_back(std::move(t));
    }
    fmt::print("loom-tune: {} layers as Slurm tasks ({} candidates each, CPUs per task: {}): {} "
               "done by an earlier run, {} to submit; state in {}\n",
               all.size(), c.options.trials, c.slurm.cpusPerTask,
               all.size() - submission.tasks.size(), submission.tasks.size(), stateDir);
    if (!submission.tasks.empty()) {
      auto job = submit(submission);
      if (!job)
        return fail(job.error().message);
      if (!follow(*job, submission, c))
        return 1;
    }
    return mergeAndReport(all, stateDir, c, start);
  }

private:
  static int fail(const std::string &why) {
    fmt::print(stderr, "loom-tune: {}\n", why);
    return 1;
  }

  std::optional<std::pair<std::string, SlurmSubmission>>
  readEarlierSubmission(const std::string &stateDir) {
    std::ifstream f(fs::path(stateDir) / "submitted.json");
    const nlohmann::json j = nlohmann::json::parse(f, nullptr, false);
    if (j.is_discarded() || !j.contains("job") || !j.contains("spec"))
      return std::nullopt;
    auto s = readSubmission(j["spec"].get<std::string>());
    auto queued = queuedTasks(j["job"].get<std::string>());
    if (!s || !queued || std::none_of(queued->begin(), queued->end(), [](auto &task) {
          return isPending(task.second) || isRunning(task.second);
        }))
      return std::nullopt;
    return std::pair{j["job"].get<std::string>(), std::move(*s)};
  }

  // Writes the submission and its script, submits the array; the Slurm job id.
  Expected<std::string> submit(const SlurmSubmission &s) {
    int number = 1;
    while (fs::exists(fs::path(s.stateDir) / fmt::format("submit-{}.json", number)))
      ++number;
    const fs::path spec = fs::path(s.stateDir) / fmt::format("submit-{}.json", number);
    const fs::path script = fs::path(s.stateDir) / fmt::format("submit-{}.sh", number);
    if (auto w = writeSubmission(s, spec); !w)
      return w.error();
    {
      std::ofstream f(script, std::ios::trunc);
      f << "#!/bin/sh\n# loom-tune: one layer and target per array task\nexec "
        << shellQuoted(self_) << " task " << shellQuoted(spec.string())
        << " \"$SLURM_ARRAY_TASK_ID\"\n";
      if (!f)
        return Error{fmt::format("cannot write {}", script.string())};
    }
    std::vector<std::string> argv = {"sbatch",
                                     "--parsable",
                                     fmt::format("--array=0-{}", s.tasks.size() - 1),
                                     "--job-name=loom-tune",
                                     "--output=" +
                                         (fs::path(s.stateDir) / "slurm-%A_%a.out").string(),
                                     fmt::format("--cpus-per-task={}", s.command.options.jobs)};
    if (!s.command.slurm.partition.empty())
      argv.push_back("--partition=" + s.command.slurm.partition);
    if (!s.command.slurm.timeLimit.empty())
      argv.push_back("--time=" + s.command.slurm.timeLimit);
    argv.insert(argv.end(), s.command.slurm.sbatchArgs.begin(), s.command.slurm.sbatchArgs.end());
    argv.push_back(script.string());
    auto r = qemu::runProcess(argv, s.stateDir, 120);
    if (!r)
      return Error{fmt::format("{} (--executor slurm needs Slurm's sbatch and squeue; "
                               "scripts/slurm-local starts a single-node Slurm)",
                               r.error().message)};
    std::string job = r->output.substr(0, r->output.find_first_of(";\n"));
    if (r->timedOut || r->exitCode != 0 || job.empty() ||
        job.find_first_not_of("0123456789") != std::string::npos)
      return Error{fmt::format("sbatch refused the submission (is SLURM_CONF set? "
                               "scripts/slurm-local start DIR prints it for a local Slurm):\n{}",
                               r->output)};
    std::ofstream f(fs::path(s.stateDir) / "submitted.json", std::ios::trunc);
    f << nlohmann::json{{"job", job}, {"spec", spec.string()}}.dump() << "\n";
    fmt::print("loom-tune: submitted Slurm job {} ({} tasks, script {})\n", job, s.tasks.size(),
               script.string());
    return job;
  }

  // Follows the tasks of `job` until the controller lists none: a line whenever the counts
  // change (a live line on a terminal), and each layer's best when its task finishes.
  bool follow(const std::string &job, const SlurmSubmission &s, const TuneCommand &c) {
    const auto start = std::chrono::steady_clock::now();
    std::set<size_t> reported;
    std::string last;
    for (;;) {
      auto queued = queuedTasks(job);
      if (!queued) {
        fmt::print(stderr, "\nloom-tune: {}\n", queued.error().message);
        return false;
      }
      int pending = 0, running = 0, done = 0, failed = 0;
      for (size_t i = 0; i < s.tasks.size(); ++i) {
        auto it = queued->find(i);
        const std::string state = it == queued->end() ? "" : it->second;
        if (isPending(state))
          ++pending;
        else if (isRunning(state))
          ++running;
        else if (fs::exists(taskMarkerPath(s.stateDir, s.tasks[i].name))) {
          ++done;
          if (reported.insert(i).second) {
            if (c.options.terminal)
              fmt::print("\r\x1b[2K");
            fmt::print("  {} [{}]: {}\n", s.tasks[i].key, s.tasks[i].target,
                       markerSummary(taskMarkerPath(s.stateDir, s.tasks[i].name)));
            last.clear();
          }
        } else {
          ++failed;
        }
      }
      const double seconds =
          std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      const std::string counts =
          fmt::format("Slurm job {}: {} pending, {} running, {} done, {} failed", job, pending,
                      running, done, failed);
      if (counts != last) {
        if (c.options.terminal)
          fmt::print("\r\x1b[2Kloom-tune: {} ({:.0f} s)", counts, seconds);
        else
          fmt::print("loom-tune: {} ({:.0f} s)\n", counts, seconds);
        std::fflush(stdout);
        last = counts;
      }
      if (pending + running == 0)
        break;
      std::this_thread::sleep_for(std::chrono::seconds(1));
    }
    if (c.options.terminal)
      fmt::print("\n");
    return true;
  }

  // Appends the task logs' records the main log lacks; reports every layer's outcome.
  int mergeAndReport(const std::vector<SlurmTaskSpec> &tasks, const std::string &stateDir,
                     const TuneCommand &c, std::chrono::steady_clock::time_point start) {
    tune::TuningLog main = tune::TuningLog::load(c.logPath);
    for (const auto &p : main.problems())
      fmt::print(stderr, "loom-tune: warning: {}\n", p);
    std::set<std::string> present;
    for (const auto &r : main.records())
      present.insert(tune::toJsonLine(r));
    size_t added = 0;
    std::vector<std::string> failed;
    for (const auto &t : tasks) {
      const tune::TuningLog own = tune::TuningLog::load(taskLogPath(stateDir, t.name));
      for (const auto &p : own.problems())
        fmt::print(stderr, "loom-tune: warning: {}\n", p);
      for (const auto &r : own.records())
        if (present.insert(tune::toJsonLine(r)).second) {
          if (auto s = tune::appendRecord(c.logPath, r); !s)
            return fail(s.error().message);
          ++added;
        }
      if (!fs::exists(taskMarkerPath(stateDir, t.name)))
        failed.push_back(fmt::format("{} [{}]", t.key, t.target));
    }
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    fmt::print("loom-tune: {} layers through Slurm in {:.0f} s: {} done, {} failed; {} new "
               "records merged into {}\n",
               tasks.size(), seconds, tasks.size() - failed.size(), failed.size(), added,
               c.logPath);
    if (failed.empty())
      return 0;
    for (const auto &f : failed)
      fmt::print(stderr, "loom-tune: task failed or was killed: {}\n", f);
    fmt::print(stderr,
               "loom-tune: {} of {} tasks did not finish (their output: {}/slurm-*.out); the "
               "same command again resubmits only them\n",
               failed.size(), tasks.size(), stateDir);
    return 1;
  }

  std::string self_;
};

} // namespace

std::unique_ptr<Executor> makeSlurmExecutor(std::string self) {
  return std::make_unique<SlurmExecutor>(std::move(self));
}

} // namespace loom::tunecli
