// Where loom-tune's jobs run: this machine's process pool, or a Slurm cluster (one array job).
// Both leave every measurement in the command's --log; a job's search is the same on either.
#pragma once

#include "TuningJobs.h"

#include <memory>

namespace loom::tunecli {

class Executor {
public:
  virtual ~Executor() = default;
  // Tunes every job; 0 when all succeeded, 1 otherwise (each failure reported).
  virtual int run(const std::vector<TuningJob> &jobs, const TuneCommand &c) = 0;
};

std::unique_ptr<Executor> makeLocalExecutor();
// `self`: this loom-tune's absolute path, which the Slurm tasks run (the nodes must see it).
std::unique_ptr<Executor> makeSlurmExecutor(std::string self);

// A Slurm task (`loom-tune task SPEC INDEX`): tunes job INDEX of the spec the driver wrote,
// appending to its own log and leaving a marker with its result when it completes.
int runSlurmTask(const std::string &specPath, const std::string &index);

} // namespace loom::tunecli
