// Parsing loom-gen's command line.
#include "GenOptions.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <optional>

namespace loom::gen {

std::string genUsage() {
  return "usage: loom-gen [MODEL.tflite|NET.json] [--target cortex-m7|cortex-m4] "
         "[-o DIR] [--schedule default|naive] [--plain-depthwise] [--run] "
         "[--input INPUT.bin] "
         "[--profile] [--resolution N] [--name IDENTIFIER] [--tuning-log FILE] [--assembly] "
         "[--depth-first FIRST-LAST:ROWS|:L[SLACK][/NxC]|:PRxC[,...] | --min-memory | "
         "--memory-budget BYTES|Nk] "
         "[--stream-input] [--clock MHZ]";
}

std::string genHelp() {
  return genUsage() + R"(

Compiles an int8 TFLite model (or an MCUNet json config; none: the built-in demo network) into
Cortex-M kernels, a C99 step table and an arena plan, and reports arena, flash and per-layer
schedules (report.md, report.json, memory.svg in the output folder).

  MODEL.tflite|NET.json   the model (default: the built-in demo network)
  --target CPU            cortex-m7 (default) or cortex-m4
  -o DIR, --out DIR       output folder (default: loom-out)
  --schedule MODE         default (default: the default schedules) or naive (no schedule)
  --tuning-log FILE       use the best tuned schedule of each layer from a loom-tune log
  --plain-depthwise       depthwise layers write a separate output (default: in place, over
                          their dying input: smaller arena, faster, more flash; README)
  --in-place-depthwise    the default, accepted for older command lines
  --run                   link the firmware, run one inference in QEMU, compare with the host
                          reference and print instructions (input: a raw file; default random)
  --input INPUT.bin       the input for --run (implies --run)
  --profile               sizes for architecture search (MACs, parameters, peak arena, flash
                          measured from the objects); keeps only the reports unless --run
  --min-memory            search the smallest arena (depth-first plans)
  --memory-budget SIZE    the cheapest plan within SIZE bytes (28672, 28k, 1M)
  --depth-first SPEC      a depth-first plan by hand (see the README)
  --stream-input          the application supplies input rows on demand (with a memory search)
  --clock MHZ             clock of the time estimate --run adds to report.md (default: 216 on
                          cortex-m7, 168 on cortex-m4; at one instruction per cycle)
  --name IDENTIFIER       C prefix of the generated files and functions (default: the model's)
  --resolution N          input size of a json config
  --assembly              keep each kernel's assembly listing
  --help, -h              this text
  --version               loom's version)";
}

namespace {

bool isCIdentifier(const std::string &s) {
  return std::all_of(
             s.begin(), s.end(),
             [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }) &&
         !std::isdigit(static_cast<unsigned char>(s[0])); // callers pass a non-empty name
}

} // namespace

double defaultClockMhz(codegen::Cpu cpu) { return cpu == codegen::Cpu::CortexM4 ? 168 : 216; }

Expected<int64_t> parseByteSize(const std::string &text) {
  int64_t n = 0;
  const char *end = text.data() + text.size();
  auto [rest, ec] = std::from_chars(text.data(), end, n);
  const std::string_view unit(rest, static_cast<size_t>(end - rest));
  const int64_t scale = unit.empty()                                  ? 1
                        : unit == "k" || unit == "K" || unit == "KiB" ? 1024
                        : unit == "m" || unit == "M" || unit == "MiB" ? 1024 * 1024
                                                                      : 0;
  if (ec != std::errc{} || scale == 0 || n < 1 || n > (int64_t{1} << 40))
    return Error{fmt::format("'{}' is not a size (bytes, or a number followed by k/KiB or "
                             "M/MiB: 28672, 28k)",
                             text)};
  return n * scale;
}

Expected<GenOptions> parseGenOptions(int argc, char **argv) {
  GenOptions o;
  // Without any argument loom-gen used to write ./loom-out from the demo network unasked.
  if (argc <= 1)
    return Error{"nothing to do: give a model (MODEL.tflite or NET.json), or -o DIR to compile the "
                 "built-in demo network; --help lists every option"};
  std::string cpu = "cortex-m7", scheduleMode = "default", depthFirst, budgetText, clockText;
  bool plainDepthwise = false;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto value = [&]() -> std::optional<std::string> {
      if (i + 1 < argc)
        return std::string(argv[++i]);
      return std::nullopt;
    };
    if (a == "--out")
      a = "-o"; // one spelling across the tools: -o and --out
    if (a == "--target" || a == "-o" || a == "--schedule" || a == "--name" || a == "--tuning-log" ||
        a == "--depth-first" || a == "--memory-budget" || a == "--input" || a == "--clock") {
      auto v = value();
      if (!v || v->empty() || (*v)[0] == '-')
        return Error{a + " needs a value"};
      if (a == "-o")
        o.out = *v;
      else
        (a == "--target"          ? cpu
         : a == "--schedule"      ? scheduleMode
         : a == "--name"          ? o.cName
         : a == "--tuning-log"    ? o.logPath
         : a == "--depth-first"   ? depthFirst
         : a == "--memory-budget" ? budgetText
         : a == "--clock"         ? clockText
                                  : o.inputPath) = *v;
      o.run |= a == "--input";
    } else if (a == "--help" || a == "-h") {
      o.help = true;
    } else if (a == "--version") {
      o.version = true;
    } else if (a == "--assembly") {
      o.assembly = true;
    } else if (a == "--stream-input") {
      o.streamInput = true;
    } else if (a == "--min-memory") {
      o.minMemory = o.inPlaceDepthwise = true;
    } else if (a == "--in-place-depthwise") {
      o.inPlaceDepthwise = true;
    } else if (a == "--plain-depthwise") {
      plainDepthwise = true;
    } else if (a == "--profile") {
      o.profile = o.inPlaceDepthwise = true;
    } else if (a == "--resolution") {
      auto v = value();
      const char *end = v ? v->data() + v->size() : nullptr;
      if (!v || std::from_chars(v->data(), end, o.resolution).ptr != end || o.resolution < 1 ||
          o.resolution > 4096)
        return Error{"--resolution needs a size in [1, 4096]"};
    } else if (a == "--run") {
      // No value: an optional one decided by the next argument was how inputs got dropped.
      o.run = true;
    } else if (a.starts_with("-")) {
      return Error{"unknown option " + a};
    } else if (a.ends_with(".bin")) {
      return Error{
          fmt::format("{}: a raw input is given as --input {} (--run takes no value)", a, a)};
    } else if (!o.modelPath.empty()) {
      return Error{fmt::format("one model per run: got {} and {}", o.modelPath, a)};
    } else {
      o.modelPath = a;
    }
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
  if (scheduleMode != "default" && scheduleMode != "naive")
    return Error{"--schedule takes default or naive"};
  o.defaultSchedules = scheduleMode == "default";
  if (o.resolution && !o.modelPath.ends_with(".json"))
    return Error{"--resolution applies to json network configs"};
  if (!o.cName.empty() && !isCIdentifier(o.cName))
    return Error{"--name needs a C identifier, got '" + o.cName + "'"};
  for (size_t at = 0; !depthFirst.empty() && at <= depthFirst.size();) {
    const size_t comma = std::min(depthFirst.find(',', at), depthFirst.size());
    auto seg = graph::parseSegment(depthFirst.substr(at, comma - at));
    if (!seg)
      return seg.error();
    o.depthFirst.push_back(*seg);
    at = comma + 1;
  }
  // Memory plans: searched (--min-memory, --memory-budget) or given (--depth-first).
  if (!budgetText.empty()) {
    auto bytes = parseByteSize(budgetText);
    if (!bytes)
      return Error{"--memory-budget: " + bytes.error().message};
    o.memoryBudget = *bytes;
    o.inPlaceDepthwise = true;
  }
  if (plainDepthwise && (o.minMemory || o.memoryBudget || o.profile))
    return Error{"--plain-depthwise: --profile, --min-memory and --memory-budget plan depthwise "
                 "layers in place"};
  if (plainDepthwise)
    o.inPlaceDepthwise = false;
  if ((o.minMemory || o.memoryBudget) && !o.depthFirst.empty())
    return Error{"--depth-first gives the plan; --min-memory and --memory-budget search one"};
  if (o.minMemory && o.memoryBudget)
    return Error{"--min-memory and --memory-budget exclude each other"};
  return o;
}

} // namespace loom::gen
