// One Slurm array task: rebuilds its layer from the submission, tunes it into its own log (the
// driver alone writes the main log) and leaves a marker with the result when, and only when, the
// search completed. A killed task leaves no marker; its measurements stay in its log, so the
// resubmitted task resumes where it stopped.
#include "Executor.h"
#include "SlurmSpec.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <chrono>
#include <fstream>

namespace loom::tunecli {

namespace fs = std::filesystem;

int runSlurmTask(const std::string &specPath, const std::string &indexText) {
  auto fail = [](const std::string &why) {
    fmt::print(stderr, "loom-tune task: {}\n", why);
    return 1;
  };
  auto index = wholeInt("the task index", indexText);
  if (!index)
    return fail(index.error().message);
  auto s = readSubmission(specPath);
  if (!s)
    return fail(s.error().message);
  if (*index < 0 || static_cast<size_t>(*index) >= s->tasks.size())
    return fail(fmt::format("task {} of a submission of {}", *index, s->tasks.size()));
  const SlurmTaskSpec &t = s->tasks[static_cast<size_t>(*index)];
  auto job = rebuildJob(t.source, t.layerId, t.key, t.target, s->command.plan);
  if (!job)
    return fail(job.error().message);
  const fs::path ownLog = taskLogPath(s->stateDir, t.name);
  tune::TuningLog log = tune::TuningLog::load(s->mainLog);
  const tune::TuningLog own = tune::TuningLog::load(ownLog);
  for (const auto &r : own.records())
    log.add(r);
  fmt::print("loom-tune task {}: {} ({}) on {}, {} candidates, {} jobs\n", *index, t.key,
             job->layer.id, t.target, s->command.options.trials, s->command.options.jobs);
  std::fflush(stdout);
  const auto start = std::chrono::steady_clock::now();
  auto r = tuneJob(*job, s->command, log, ownLog.string());
  if (!r)
    return fail(fmt::format("{}: {}", t.key, r.error().message));
  nlohmann::ordered_json marker = {{"key", r->key},
                                   {"target", t.target},
                                   {"best", r->bestCost},
                                   {"default", r->defaultCost},
                                   {"measured", r->measured},
                                   {"from_log", r->fromLog},
                                   {"schedule", r->bestSchedule}};
  const fs::path path = taskMarkerPath(s->stateDir, t.name), temporary = path.string() + ".new";
  {
    std::ofstream f(temporary, std::ios::trunc);
    f << marker.dump() << "\n" << std::flush;
    if (!f)
      return fail(fmt::format("cannot write {}", temporary.string()));
  }
  std::error_code ec;
  fs::rename(temporary, path, ec);
  if (ec)
    return fail(fmt::format("cannot write {}: {}", path.string(), ec.message()));
  fmt::print(
      "loom-tune task {}: best {} vs default {} ({} measured, {} from the log) in {:.1f} s\n",
      *index, r->bestCost, r->defaultCost, r->measured, r->fromLog,
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
  return 0;
}

} // namespace loom::tunecli
