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
         "[-o DIR] [--schedule default|naive] [--in-place-depthwise] [--run [INPUT.bin]] "
         "[--profile] [--resolution N] [--name IDENTIFIER] [--tuning-log FILE] [--assembly] "
         "[--depth-first FIRST-LAST:ROWS|:L[SLACK][/NxC]|:PRxC[,...] | --min-memory | "
         "--memory-budget BYTES] "
         "[--stream-input]";
}

namespace {

bool isCIdentifier(const std::string &s) {
  return std::all_of(
             s.begin(), s.end(),
             [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }) &&
         !std::isdigit(static_cast<unsigned char>(s[0])); // callers pass a non-empty name
}

} // namespace

Expected<GenOptions> parseGenOptions(int argc, char **argv) {
  GenOptions o;
  std::string cpu = "cortex-m7", scheduleMode = "default", depthFirst, budgetText;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto value = [&]() -> std::optional<std::string> {
      if (i + 1 < argc)
        return std::string(argv[++i]);
      return std::nullopt;
    };
    if (a == "--target" || a == "-o" || a == "--schedule" || a == "--name" || a == "--tuning-log" ||
        a == "--depth-first" || a == "--memory-budget") {
      auto v = value();
      if (!v)
        return Error{a + " needs a value"};
      (a == "--target"          ? cpu
       : a == "--schedule"      ? scheduleMode
       : a == "--name"          ? o.cName
       : a == "--tuning-log"    ? o.logPath
       : a == "--depth-first"   ? depthFirst
       : a == "--memory-budget" ? budgetText
                                : o.inputPath) = *v;
      if (a == "-o")
        o.out = *v, o.inputPath.clear();
    } else if (a == "--assembly") {
      o.assembly = true;
    } else if (a == "--stream-input") {
      o.streamInput = true;
    } else if (a == "--min-memory") {
      o.minMemory = o.inPlaceDepthwise = true;
    } else if (a == "--in-place-depthwise") {
      o.inPlaceDepthwise = true;
    } else if (a == "--profile") {
      o.profile = o.inPlaceDepthwise = true;
    } else if (a == "--resolution") {
      auto v = value();
      if (!v || std::from_chars(v->data(), v->data() + v->size(), o.resolution).ec != std::errc{} ||
          o.resolution < 1 || o.resolution > 4096)
        return Error{"--resolution needs a size in [1, 4096]"};
    } else if (a == "--run") {
      o.run = true;
      if (i + 1 < argc && argv[i + 1][0] != '-')
        o.inputPath = argv[++i];
    } else if (a.starts_with("-")) {
      return Error{"unknown option " + a};
    } else {
      o.modelPath = a;
    }
  }
  auto target = codegen::parseTarget(cpu);
  if (!target)
    return target.error();
  o.target = *target;
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
    if (std::from_chars(budgetText.data(), budgetText.data() + budgetText.size(), o.memoryBudget)
                .ec != std::errc{} ||
        o.memoryBudget < 1)
      return Error{"--memory-budget needs a size in bytes"};
    o.inPlaceDepthwise = true;
  }
  if ((o.minMemory || o.memoryBudget) && !o.depthFirst.empty())
    return Error{"--depth-first gives the plan; --min-memory and --memory-budget search one"};
  if (o.minMemory && o.memoryBudget)
    return Error{"--min-memory and --memory-budget exclude each other"};
  return o;
}

} // namespace loom::gen
