// fork/exec with a pipe for output and a deadline enforced by polling.
#include "loom/qemu/Process.h"

#include <fmt/format.h>

#include <chrono>
#include <csignal>
#include <fcntl.h>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

namespace loom::qemu {

Expected<ProcessResult> runProcess(const std::vector<std::string> &argv,
                                   const std::filesystem::path &cwd, int timeoutSeconds) {
  if (argv.empty())
    return Error{"runProcess: empty command"};
  int fds[2];
  if (pipe(fds) != 0)
    return Error{"runProcess: pipe failed"};
  std::vector<char *> args;
  for (const auto &a : argv)
    args.push_back(const_cast<char *>(a.c_str()));
  args.push_back(nullptr);

  const pid_t pid = fork();
  if (pid < 0)
    return Error{"runProcess: fork failed"};
  if (pid == 0) {
    dup2(fds[1], 1);
    dup2(fds[1], 2);
    close(fds[0]);
    close(fds[1]);
    int devnull = open("/dev/null", O_RDONLY);
    if (devnull >= 0)
      dup2(devnull, 0);
    if (!cwd.empty() && chdir(cwd.c_str()) != 0)
      _exit(126);
    execvp(args[0], args.data());
    _exit(127);
  }
  close(fds[1]);
  ProcessResult result;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(timeoutSeconds);
  char buffer[4096];
  for (;;) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) {
      kill(pid, SIGKILL);
      result.timedOut = true;
      break;
    }
    pollfd p{fds[0], POLLIN, 0};
    int r = poll(&p, 1, static_cast<int>(std::min<int64_t>(left.count(), 1000)));
    if (r > 0) {
      ssize_t n = read(fds[0], buffer, sizeof buffer);
      if (n <= 0)
        break;
      result.output.append(buffer, static_cast<size_t>(n));
    }
  }
  close(fds[0]);
  int status = 0;
  waitpid(pid, &status, 0);
  if (WIFEXITED(status))
    result.exitCode = WEXITSTATUS(status);
  if (result.exitCode == 127)
    return Error{fmt::format("cannot run '{}'", argv[0])};
  return result;
}

Expected<std::string> toolOutput(const std::vector<std::string> &argv, int timeoutSeconds) {
  auto r = runProcess(argv, {}, timeoutSeconds);
  if (!r)
    return r.error();
  if (r->exitCode != 0)
    return Error{fmt::format("{} failed on {}:\n{}", argv.front(), argv.back(), r->output)};
  return r->output;
}

} // namespace loom::qemu
