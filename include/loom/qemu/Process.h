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

} // namespace loom::qemu
