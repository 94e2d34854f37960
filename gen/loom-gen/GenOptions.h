// loom-gen's command line: what it asks for, parsed and checked before any work starts.
#pragma once

#include "../common/PlanOptions.h"
#include "loom/codegen/Target.h"
#include "loom/graph/DepthFirst.h"
#include "loom/support/Error.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace loom::gen {

struct GenOptions {
  std::string modelPath; // a .tflite model or an MCUNet json config; empty: the demo network
  codegen::Target target;
  std::filesystem::path out = "loom-out";
  bool defaultSchedules = true; // --schedule default (else naive)
  bool run = false;             // --run: one inference in QEMU
  std::string inputPath;        // --input X.bin; empty: a fixed random input
  bool profile = false;
  int resolution = 0;    // json configs only; 0 keeps the config's
  std::string cName;     // --name: the C prefix, a C identifier
  std::string logPath;   // --tuning-log
  bool assembly = false; // keep each kernel's assembly listing
  // The memory plan. Depthwise layers write over their dying input by default (never slower,
  // never a larger arena on the shared models; flash grows by the int16 plane's weights, README);
  // --plain-depthwise turns it off (not with --profile, --min-memory, --memory-budget).
  cli::PlanOptions plan;
  double clockMhz = 0; // --clock: the clock of report.md's time estimate; 0: the target's default
  bool help = false, version = false; // --help / -h, --version: print and exit 0
};

// The clock report.md's time estimate assumes when --clock is not given: the parts MCUNet and
// TinyEngine report on (STM32F746 at 216 MHz for the M7, STM32F407 at 168 MHz for the M4).
double defaultClockMhz(codegen::Cpu cpu);

using cli::parseByteSize; // 28672, 28k, 28KiB, 1M

// --help: what loom-gen does and every option with its default (CLI11's help).
std::string genHelp();

// Parses argv; an error is a usage error (a bad flag, a missing or malformed value, flags that
// exclude each other) and says which.
Expected<GenOptions> parseGenOptions(int argc, char **argv);

} // namespace loom::gen
