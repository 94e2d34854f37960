// Running a child process with a time limit and its output captured (no shell involved).
#pragma once

#include "loom/support/Error.h"

#include <filesystem>
#include <string>
#include <vector>

namespace loom::qemu {

struct ProcessResult {
  int exitCode = -1;
  bool timedOut = false;
  std::string output; // stdout and stderr, interleaved
};

Expected<ProcessResult> runProcess(const std::vector<std::string> &argv,
                                   const std::filesystem::path &workingDirectory,
                                   int timeoutSeconds);

// The output of a tool that must succeed (objdump, nm, size): its output, or an error naming the
// tool, its last argument and what it printed.
Expected<std::string> toolOutput(const std::vector<std::string> &argv, int timeoutSeconds = 120);

} // namespace loom::qemu
