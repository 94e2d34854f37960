// The text form of schedules and the dispatch from steps to primitives.
#include "loom/schedule/Schedule.h"

#include "loom/ir/Printer.h"
#include "loom/ir/Verifier.h"
#include "loom/schedule/Primitives.h"

#include <fmt/format.h>

#include <charconv>
#include <functional>
#include <map>
#include <sstream>

namespace loom::schedule {

namespace {

struct PrimitiveInfo {
  std::string syntax;
  size_t minArgs, maxArgs; // maxArgs 0: unbounded
  std::function<Expected<ir::Kernel>(const ir::Kernel &, const std::vector<std::string> &)> apply;
};

Expected<int64_t> integer(const std::string &s, const std::string &what) {
  int64_t v = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size())
    return Error{fmt::format("{} '{}' is not an integer", what, s)};
  return v;
}

Expected<Tail> parseTail(const std::string &s) {
  if (s == "guard")
    return Tail::Guard;
  if (s == "shift")
    return Tail::Shift;
  if (s == "exact")
    return Tail::Exact;
  if (s == "tail")
    return Tail::Loop;
  return Error{fmt::format("unknown tail strategy '{}' (guard, shift, exact or tail)", s)};
}

const std::map<std::string, PrimitiveInfo> &primitives() {
  static const std::map<std::string, PrimitiveInfo> table = {
      {"split",
       {"split LOOP FACTOR guard|shift|exact|tail", 3, 3,
        [](const ir::Kernel &k, const std::vector<std::string> &a) -> Expected<ir::Kernel> {
          auto f = integer(a[1], "split factor");
          if (!f)
            return f.error();
          auto t = parseTail(a[2]);
          if (!t)
            return t.error();
          return split(k, a[0], *f, *t);
        }}},
      {"tile",
       {"tile OUTER INNER OUTER_FACTOR INNER_FACTOR guard|shift|exact|tail", 5, 5,
        [](const ir::Kernel &k, const std::vector<std::string> &a) -> Expected<ir::Kernel> {
          auto f1 = integer(a[2], "tile factor"), f2 = integer(a[3], "tile factor");
          if (!f1)
            return f1.error();
          if (!f2)
            return f2.error();
          auto t = parseTail(a[4]);
          if (!t)
            return t.error();
          return tile(k, a[0], a[1], *f1, *f2, *t);
        }}},
      {"layout",
       {"layout weights int16", 2, 2,
        [](const ir::Kernel &k, const std::vector<std::string> &a) {
          return layout(k, a[0], a[1]);
        }}},
      {"reorder",
       {"reorder LOOP LOOP...", 2, 0,
        [](const ir::Kernel &k, const std::vector<std::string> &a) { return reorder(k, a); }}},
      {"fuse",
       {"fuse OUTER INNER", 2, 2,
        [](const ir::Kernel &k, const std::vector<std::string> &a) {
          return fuse(k, a[0], a[1]);
        }}},
      {"peel",
       {"peel LOOP BEFORE AFTER", 3, 3,
        [](const ir::Kernel &k, const std::vector<std::string> &a) -> Expected<ir::Kernel> {
          auto before = integer(a[1], "peel count"), after = integer(a[2], "peel count");
          if (!before)
            return before.error();
          if (!after)
            return after.error();
          return peel(k, a[0], *before, *after);
        }}},
      {"pad_reduction",
       {"pad_reduction LOOP EXTENT", 2, 2,
        [](const ir::Kernel &k, const std::vector<std::string> &a) -> Expected<ir::Kernel> {
          auto extent = integer(a[1], "pad_reduction extent");
          if (!extent)
            return extent.error();
          return padReduction(k, a[0], *extent);
        }}},
      {"unroll",
       {"unroll LOOP [FACTOR]", 1, 2,
        [](const ir::Kernel &k, const std::vector<std::string> &a) -> Expected<ir::Kernel> {
          int64_t factor = 0;
          if (a.size() == 2) {
            auto f = integer(a[1], "unroll factor");
            if (!f)
              return f.error();
            factor = *f;
            if (factor < 2)
              return Error{fmt::format("unroll factor {} must be at least 2", factor)};
          }
          return unroll(k, a[0], factor);
        }}},
      {"fold_zero_point",
       {"fold_zero_point", 0, 0,
        [](const ir::Kernel &k, const std::vector<std::string> &) { return foldZeroPoint(k); }}},
      {"register_block",
       {"register_block LOOP...", 1, 0,
        [](const ir::Kernel &k,
           const std::vector<std::string> &a) { return registerBlock(k, a); }}},
      {"simd",
       {"simd LOOP", 1, 1,
        [](const ir::Kernel &k, const std::vector<std::string> &a) { return simd(k, a[0]); }}},
      {"simd_lanes",
       {"simd_lanes LOOP", 1, 1,
        [](const ir::Kernel &k, const std::vector<std::string> &a) { return simdLanes(k, a[0]); }}},
      {"im2col",
       {"im2col AT [COLUMN_LOOP]", 1, 2,
        [](const ir::Kernel &k, const std::vector<std::string> &a) {
          return im2col(k, a[0], a.size() > 1 ? a[1] : "");
        }}},
      {"fast_requantize",
       {"fast_requantize", 0, 0,
        [](const ir::Kernel &k, const std::vector<std::string> &) { return fastRequantize(k); }}},
      {"pack_store",
       {"pack_store LOOP", 1, 1,
        [](const ir::Kernel &k, const std::vector<std::string> &a) { return packStore(k, a[0]); }}},
  };
  return table;
}

} // namespace

std::string Step::toString() const {
  std::string s = primitive;
  for (const auto &a : args)
    s += " " + a;
  return s;
}

std::string Schedule::toText() const {
  std::string out;
  for (const auto &s : steps)
    out += s.toString() + "\n";
  return out;
}

std::vector<std::string> primitiveSyntax() {
  std::vector<std::string> out;
  for (const auto &[name, info] : primitives())
    out.push_back(info.syntax);
  return out;
}

Expected<Schedule> parseSchedule(std::string_view text) {
  Schedule schedule;
  std::istringstream in{std::string(text)};
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    if (auto hash = line.find('#'); hash != std::string::npos)
      line.resize(hash);
    std::istringstream words(line);
    Step step;
    if (!(words >> step.primitive))
      continue;
    for (std::string w; words >> w;)
      step.args.push_back(w);
    auto it = primitives().find(step.primitive);
    if (it == primitives().end())
      return Error{fmt::format("schedule line {}: unknown primitive '{}'", number, step.primitive)};
    const auto &info = it->second;
    if (step.args.size() < info.minArgs || (info.maxArgs && step.args.size() > info.maxArgs) ||
        (info.maxArgs == 0 && info.minArgs == 0 && !step.args.empty()))
      return Error{
          fmt::format("schedule line {}: '{}' expects: {}", number, step.toString(), info.syntax)};
    schedule.steps.push_back(std::move(step));
  }
  return schedule;
}

Expected<ir::Kernel> applySchedule(const ir::Kernel &kernel, const Schedule &schedule,
                                   std::vector<std::string> *trace) {
  ir::Kernel current = kernel;
  for (const Step &step : schedule.steps) {
    auto it = primitives().find(step.primitive);
    if (it == primitives().end())
      return Error{fmt::format("unknown primitive '{}'", step.primitive)};
    auto next = it->second.apply(current, step.args);
    if (!next)
      return Error{fmt::format("kernel '{}', step '{}': {}", kernel.name, step.toString(),
                               next.error().message)};
    // A primitive that produced malformed IR is a loom bug; catch it here, not in LLVM.
    if (auto s = ir::verify(*next); !s)
      return Error{fmt::format("kernel '{}', step '{}' produced invalid IR: {}", kernel.name,
                               step.toString(), s.error().message)};
    current = std::move(*next);
    if (trace)
      trace->push_back(fmt::format("# after {}\n{}", step.toString(), ir::toString(current)));
  }
  return current;
}

} // namespace loom::schedule
