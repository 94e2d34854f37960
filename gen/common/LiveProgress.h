// Progress of a long search (loom-gen's plan searches): on a terminal one live line, rewritten
// in place with the seconds ticking between updates; otherwise (a pipe, a CI log) one plain line
// per update. The line's text comes from the search (what was found, and an estimate of the time
// left).
#pragma once

#include <fmt/format.h>

#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <mutex>
#include <string>
#include <thread>

namespace loom::cli {

class LiveProgress {
public:
  LiveProgress(std::string prefix, bool terminal)
      : prefix_(std::move(prefix)), terminal_(terminal), start_(std::chrono::steady_clock::now()) {
    if (terminal_)
      ticker_ = std::thread([this] {
        std::unique_lock lock(mutex_);
        while (!stopping_) {
          if (!line_.empty())
            draw();
          tick_.wait_for(lock, std::chrono::seconds(1));
        }
      });
  }
  LiveProgress(const LiveProgress &) = delete;
  LiveProgress &operator=(const LiveProgress &) = delete;
  ~LiveProgress() { finish(); }

  void update(const std::string &line) {
    std::lock_guard lock(mutex_);
    line_ = line;
    if (terminal_)
      draw();
    else
      fmt::print("{}: [{:>3} s] {}\n", prefix_, seconds(), line_);
    std::fflush(stdout);
  }

  // Ends the live line (the next output starts on a fresh line).
  void finish() {
    {
      std::lock_guard lock(mutex_);
      if (stopping_)
        return;
      stopping_ = true;
    }
    tick_.notify_all();
    if (ticker_.joinable())
      ticker_.join();
    if (terminal_ && !line_.empty())
      fmt::print("\n");
    std::fflush(stdout);
  }

private:
  long seconds() const {
    return static_cast<long>(
        std::chrono::duration_cast<std::chrono::seconds>(std::chrono::steady_clock::now() - start_)
            .count());
  }
  void draw() { // mutex_ held
    fmt::print("\r\x1b[2K{}: [{:>3} s] {}", prefix_, seconds(), line_);
    std::fflush(stdout);
  }

  std::string prefix_, line_;
  bool terminal_;
  std::chrono::steady_clock::time_point start_;
  std::mutex mutex_;
  std::condition_variable tick_;
  bool stopping_ = false;
  std::thread ticker_;
};

} // namespace loom::cli
