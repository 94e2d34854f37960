// Parsing loom-gen's command line.
#include "GenOptions.h"

#include "../common/CliParse.h"
#include "../common/PlanOptions.h"
#include "loom/tune/TuningLog.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <optional>

namespace loom::gen {

namespace {

bool isCIdentifier(const std::string &s) {
  return std::all_of(
             s.begin(), s.end(),
             [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }) &&
         !std::isdigit(static_cast<unsigned char>(s[0])); // callers pass a non-empty name
}

} // namespace

// A typical part per core: STM32F746 (216 MHz), STM32F407 (168 MHz), STM32U585 (160 MHz), Alif
// Ensemble E3's high-performance Cortex-M55 (400 MHz).
double defaultClockMhz(codegen::Cpu cpu) {
  switch (cpu) {
  case codegen::Cpu::CortexM4: return 168;
  case codegen::Cpu::CortexM33: return 160;
  case codegen::Cpu::CortexM55: return 400;
  case codegen::Cpu::CortexM7: break;
  }
  return 216;
}

namespace {

// loom-gen's options, bound to `o` and to the texts checked after parsing.
struct GenCli {
  CLI::App app{"Compiles an int8 TFLite model (or an MCUNet json config; none: the built-in demo\n"
               "network) into Cortex-M kernels, a C99 step table and an arena plan, and reports\n"
               "arena, flash and per-layer schedules (report.md, report.json, memory.svg in the\n"
               "output folder).",
               "loom-gen"};
  std::vector<std::string> positionals;
  std::string cpu = "cortex-m7", scheduleMode = "default", clockText, resolutionText;
  cli::PlanFlags plan;
  bool inPlaceDepthwise = false;

  explicit GenCli(GenOptions &o) {
    cli::configure(app, fmt::format("loom-gen {}", tune::kLoomVersion));
    app.add_option("model", positionals, "the model (default: the built-in demo network)")
        ->type_name("MODEL.tflite|NET.json")
        ->default_str("");
    app.add_option("--target", cpu, "cortex-m7, cortex-m4, cortex-m33 or cortex-m55")
        ->type_name("CPU");
    app.add_option("-o,--out", o.out, "output folder")->type_name("DIR")->check(cli::notAFlag());
    app.add_option("--schedule", scheduleMode, "default (the default schedules) or naive")
        ->type_name("MODE")
        ->check(CLI::IsMember({"default", "naive"}));
    app.add_option("--tuning-log", o.logPath,
                   "use the best tuned schedule of each layer from a loom-tune log")
        ->type_name("FILE")
        ->check(cli::notAFlag());
    app.add_flag("--plain-depthwise", plan.plainDepthwise,
                 "depthwise layers write a separate output (default: in place, over their dying "
                 "input: smaller arena, faster, more flash; README)");
    app.add_flag("--in-place-depthwise", inPlaceDepthwise,
                 "the default, accepted for older command lines");
    app.add_flag("--run", o.run,
                 "link the firmware, run one inference in QEMU, compare with the host reference "
                 "and print instructions (input: --input, else random)");
    app.add_option("--input", o.inputPath, "the input for --run, a raw file (implies --run)")
        ->type_name("INPUT.bin")
        ->check(cli::notAFlag());
    app.add_flag("--profile", o.profile,
                 "sizes for architecture search (MACs, parameters, peak arena, flash measured "
                 "from the objects); keeps only the reports unless --run");
    app.add_flag("--min-memory", plan.minMemory, "search the smallest arena (depth-first plans)");
    app.add_option("--memory-budget", plan.memoryBudget,
                   "the cheapest plan within SIZE bytes (28672, 28k, 1M; default: none)")
        ->type_name("SIZE");
    app.add_option("--flash-budget", plan.flashBudget,
                   "the fastest schedules (tuning log and default rule) whose kernel objects fit "
                   "in SIZE bytes (438000, 428k, 1M; default: none)")
        ->type_name("SIZE");
    app.add_option("--depth-first", plan.depthFirst, "a depth-first plan by hand (see the README)")
        ->type_name("SPEC")
        ->check(cli::notAFlag());
    app.add_flag("--stream-input", plan.streamInput,
                 "the application supplies input rows on demand (with a memory search)");
    app.add_option("--clock", clockText,
                   "MHz of the time estimate --run adds to report.md (default: 216 on "
                   "cortex-m7, 168 on cortex-m4, 160 on cortex-m33, 400 on cortex-m55; one "
                   "instruction per cycle)")
        ->type_name("MHZ");
    app.add_option("--name", o.cName,
                   "C prefix of the generated files and functions (default: the model's)")
        ->type_name("IDENTIFIER");
    app.add_option("--resolution", resolutionText, "input size of a json config (default: its own)")
        ->type_name("N");
    app.add_flag("--assembly", o.assembly, "keep each kernel's assembly listing");
  }
};

} // namespace

std::string genHelp() {
  GenOptions o;
  return GenCli(o).app.help();
}

Expected<GenOptions> parseGenOptions(int argc, char **argv) {
  GenOptions o;
  // Without any argument loom-gen used to write ./loom-out from the demo network unasked.
  if (argc <= 1)
    return Error{"nothing to do: give a model (MODEL.tflite or NET.json), or -o DIR to compile the "
                 "built-in demo network; --help lists every option"};
  GenCli cli(o);
  auto outcome = cli::parse(cli.app, std::vector<std::string>(argv + 1, argv + argc));
  if (!outcome)
    return outcome.error();
  o.help = *outcome == cli::Outcome::Help;
  o.version = *outcome == cli::Outcome::Version;
  if (o.help || o.version)
    return o;
  for (const auto &a : cli.positionals) {
    if (a.ends_with(".bin"))
      return Error{
          fmt::format("{}: a raw input is given as --input {} (--run takes no value)", a, a)};
    if (!o.modelPath.empty())
      return Error{fmt::format("one model per run: got {} and {}", o.modelPath, a)};
    o.modelPath = a;
  }
  o.run |= !o.inputPath.empty();
  const std::string &cpu = cli.cpu, &scheduleMode = cli.scheduleMode, &clockText = cli.clockText;
  if (!cli.resolutionText.empty()) {
    const std::string &r = cli.resolutionText;
    auto [rest, ec] = std::from_chars(r.data(), r.data() + r.size(), o.resolution);
    if (ec != std::errc{} || rest != r.data() + r.size() || o.resolution < 1 || o.resolution > 4096)
      return Error{"--resolution needs a size in [1, 4096], got '" + r + "'"};
  }
  auto target = codegen::parseTarget(cpu);
  if (!target)
    return target.error();
  o.target = *target;
  o.clockMhz = defaultClockMhz(o.target.cpu);
  if (!clockText.empty()) {
    const char *end = clockText.data() + clockText.size();
    auto [rest, ec] = std::from_chars(clockText.data(), end, o.clockMhz);
    if (ec != std::errc{} || rest != end || !(o.clockMhz >= 1 && o.clockMhz <= 2000))
      return Error{"--clock needs a clock in MHz in [1, 2000], got '" + clockText + "'"};
  }
  o.defaultSchedules = scheduleMode == "default";
  if (o.resolution && !o.modelPath.ends_with(".json"))
    return Error{"--resolution applies to json network configs"};
  if (!o.cName.empty() && !isCIdentifier(o.cName))
    return Error{"--name needs a C identifier, got '" + o.cName + "'"};
  auto plan = cli::planOptions(cli.plan, o.profile);
  if (!plan)
    return plan.error();
  o.plan = std::move(*plan);
  return o;
}

} // namespace loom::gen
