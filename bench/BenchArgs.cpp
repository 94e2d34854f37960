// Parsing loom-bench's command line with CLI11.
#include "BenchArgs.h"

#include "../gen/common/CliParse.h"
#include "loom/codegen/Target.h"
#include "loom/tune/TuningLog.h"

#include <fmt/format.h>

#include <algorithm>
#include <sstream>
#include <thread>

namespace loom::bench {

namespace {

// The layer set of the foundation issue; ids are fixed so figures stay comparable across runs.
const std::vector<std::string> kDefaultLayers = {
    "pw_20x20x48_16",        "pw_10x10x96_32",  "pw_40x40x16_48",   "dw3_s1_40x40x48",
    "dw3_s2_40x40x48",       "dw5_s1_20x20x96", "dw7_s1_10x10x192", "conv3_s2_80x80x3_16",
    "conv3_s2_160x160x3_16", "fc_160_1000"};

std::vector<std::string> splitList(const std::string &s) {
  std::vector<std::string> out;
  std::stringstream in(s);
  for (std::string part; std::getline(in, part, ',');)
    if (!part.empty())
      out.push_back(part);
  return out;
}

std::string joined(const std::vector<std::string> &v) {
  std::string s;
  for (const auto &x : v)
    s += (s.empty() ? "" : ",") + x;
  return s;
}

} // namespace

int usage(const std::string &problem) {
  fmt::print(stderr, "loom-bench: {}\nrun loom-bench --help for every option\n", problem);
  return 2;
}

Expected<BenchCommand> parseBenchCommand(int argc, char **argv) {
  BenchCommand c;
  c.kernels.jobs = std::max(1u, std::thread::hardware_concurrency());
  std::string layers = joined(kDefaultLayers), targets = joined(c.kernels.targetNames),
              alsoOn = joined(c.models.alsoOn);
  std::string modelsDir = c.models.models.string(), modelsOut = c.models.out.string(),
              kernelsOut = c.kernels.out.string(), tuningLog = c.kernels.tuningLog.string();
  CLI::App app{"Benchmark tables from QEMU instruction counts (-icount shift=0), every run "
               "checked bit-exact.",
               "loom-bench"};
  cli::configure(app, fmt::format("loom-bench {}", tune::kLoomVersion));
  app.require_subcommand(1);
  CLI::App *kernels = app.add_subcommand(
      "kernels", "each benchmark layer with its naive, default and tuned schedules and the "
                 "libraries' figures; writes DIR/kernels.json");
  kernels->add_option("--layers,--layer", layers, "layer ids")->type_name("ID,...");
  kernels
      ->add_option("--targets,--target", targets,
                   "cortex-m7, cortex-m4, cortex-m33 and/or cortex-m55")
      ->type_name("CPU,...");
  kernels->add_option("-o,--out", kernelsOut, "output folder")
      ->type_name("DIR")
      ->check(cli::notAFlag());
  kernels->add_option("--tuning-log", tuningLog, "tuned schedules")
      ->type_name("FILE")
      ->check(cli::notAFlag());
  kernels->add_option("--jobs", c.kernels.jobs, "parallel measurements (default: one per core)")
      ->type_name("N")
      ->check(cli::numberIn(1, 256));
  CLI::App *models = app.add_subcommand(
      "models", "every .tflite of DIR, DIR/extra and DIR/coverage compiled in place, run in "
                "QEMU and compared with its TFLM vectors; writes DIR/models.json");
  models->add_option("--models", modelsDir, "the models")->type_name("DIR")->check(cli::notAFlag());
  models->add_option("-o,--out", modelsOut, "output folder")
      ->type_name("DIR")
      ->check(cli::notAFlag());
  models
      ->add_option("--also-on", alsoOn,
                   "cores each model's in-place plan also runs on, besides the Cortex-M7 "
                   "(cortex-m4, cortex-m33 and/or cortex-m55; none: \"\")")
      ->type_name("CPU,...");
  c.help = app.help("", CLI::AppFormatMode::All);
  // CLI11 would only say that a subcommand is required.
  if (argc > 1 && argv[1][0] != '-' && std::string(argv[1]) != "kernels" &&
      std::string(argv[1]) != "models")
    return Error{fmt::format("unknown command {} (kernels or models)", argv[1])};
  auto outcome = cli::parse(app, std::vector<std::string>(argv + 1, argv + argc));
  if (!outcome)
    return outcome.error();
  if (*outcome != cli::Outcome::Run) {
    c.what =
        *outcome == cli::Outcome::Help ? BenchCommand::What::Help : BenchCommand::What::Version;
    return c;
  }
  if (kernels->parsed()) {
    c.what = BenchCommand::What::Kernels;
    c.kernels.layers = splitList(layers);
    c.kernels.targetNames = splitList(targets);
    c.kernels.out = kernelsOut;
    c.kernels.tuningLog = tuningLog;
    return c;
  }
  c.what = BenchCommand::What::Models;
  c.models.models = modelsDir;
  c.models.out = modelsOut;
  c.models.alsoOn = splitList(alsoOn);
  for (const auto &t : c.models.alsoOn)
    if (auto target = codegen::parseTarget(t); !target)
      return Error{"--also-on: " + target.error().message};
    else if (target->cpu == codegen::Cpu::CortexM7)
      return Error{"--also-on: the Cortex-M7 always runs (its record is the full one)"};
  std::error_code ec;
  if (!std::filesystem::is_directory(c.models.models, ec))
    return Error{fmt::format("--models: {} is not a folder", modelsDir)};
  return c;
}

} // namespace loom::bench
