// The local executor: the jobs one after another on this machine, each layer's candidates
// measured --jobs at a time, the log appended after every measurement.
#include "Executor.h"

#include <fmt/format.h>

#include <chrono>

namespace loom::tunecli {

namespace {

class LocalExecutor : public Executor {
public:
  int run(const std::vector<TuningJob> &jobs, const TuneCommand &c) override {
    tune::TuningLog log = tune::TuningLog::load(c.logPath);
    for (const auto &p : log.problems())
      fmt::print(stderr, "loom-tune: warning: {}\n", p);
    fmt::print("loom-tune: {} layers, {} candidates each, {} jobs, backend {}, log {}\n",
               jobs.size(), c.options.trials, c.options.jobs,
               !c.measureCommand.empty() ? "command" : c.backend, c.logPath);
    const auto start = std::chrono::steady_clock::now();
    int failures = 0;
    double defaultTotal = 0, bestTotal = 0;
    for (size_t k = 0; k < jobs.size(); ++k) {
      const auto &job = jobs[k];
      const double spent =
          std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      // The estimate assumes the layers left take as long as the ones done (each is --trials
      // candidates, or --seconds at most).
      fmt::print(
          "loom-tune: layer {} of {} ({} on {}){}\n", k + 1, jobs.size(), job.layer.id,
          job.target.cpuName(),
          k ? fmt::format(", {:.0f} s so far, about {:.0f} s left", spent,
                          spent / static_cast<double>(k) * static_cast<double>(jobs.size() - k))
            : std::string());
      std::fflush(stdout);
      auto r = tuneJob(job, c, log, c.logPath);
      if (!r) {
        fmt::print(stderr, "loom-tune: {}: {}\n", job.layer.id, r.error().message);
        ++failures;
        continue;
      }
      defaultTotal += static_cast<double>(r->defaultCost);
      bestTotal += static_cast<double>(r->bestCost);
      fmt::print("  {}: best {} vs default {} ({} measured, {} from the log, {} illegal points, "
                 "{} not bit-exact, {} left out by the pre-filter)\n",
                 r->key, r->bestCost, r->defaultCost, r->measured, r->fromLog, r->illegal,
                 r->rejected, r->filtered);
    }
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    fmt::print("loom-tune: {} layers in {:.0f} s; sum of best / sum of default = {:.3f}\n",
               jobs.size(), seconds, defaultTotal > 0 ? bestTotal / defaultTotal : 0.0);
    return failures ? 1 : 0;
  }
};

} // namespace

std::unique_ptr<Executor> makeLocalExecutor() { return std::make_unique<LocalExecutor>(); }

} // namespace loom::tunecli
