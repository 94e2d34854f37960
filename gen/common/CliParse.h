// What loom's command-line tools share on top of CLI11 (Debian's libcli11-dev): every option
// shows its default in --help, --help and --version are outcomes rather than errors, and a usage
// error is a message that names the flag (CLI11's: "Could not convert: --trials = 1x").
#pragma once

#include "loom/support/Error.h"

#include <CLI/CLI.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <string>
#include <type_traits>
#include <vector>

namespace loom::cli {

enum class Outcome { Run, Help, Version };

// An App named `name` whose options show their defaults and with a --version flag.
inline void configure(CLI::App &app, const std::string &versionLine) {
  app.option_defaults()->always_capture_default();
  app.set_version_flag("--version", versionLine, "print loom's version and exit");
  app.set_help_flag("-h,--help", "print this help (every option with its default) and exit");
}

// Parses `args` (without the program name).
inline Expected<Outcome> parse(CLI::App &app, std::vector<std::string> args) {
  std::reverse(args.begin(), args.end()); // CLI11 takes them last first
  try {
    app.parse(std::move(args));
  } catch (const CLI::CallForHelp &) {
    return Outcome::Help;
  } catch (const CLI::CallForVersion &) {
    return Outcome::Version;
  } catch (const CLI::ParseError &e) {
    return Error{e.what()};
  }
  return Outcome::Run;
}

// A value that is not a flag: "-o --run" is a missing value, not a folder named "--run".
inline CLI::Validator notAFlag() {
  return CLI::Validator(
      [](std::string &value) -> std::string {
        return value.empty() || value[0] == '-' ? "needs a value, got '" + value + "'"
                                                : std::string();
      },
      "", "not a flag");
}

// A number in [lo, hi], all of the text (strict: "1x", "2.5" for a whole number, "1e3" refused).
template <typename T> CLI::Validator numberIn(T lo, T hi) {
  const std::string kind = std::is_integral_v<T> ? "a whole number" : "a number";
  return CLI::Validator(
      [=](std::string &value) -> std::string {
        T n{};
        auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
        if (ec != std::errc{} || end != value.data() + value.size() || n < lo || n > hi)
          return fmt::format("needs {} in [{}, {}], got '{}'", kind, lo, hi, value);
        return std::string();
      },
      fmt::format("{} in [{}, {}]", kind, lo, hi), "number in range");
}

} // namespace loom::cli
