// The typed schedule steps: their text form (one line each, parsed once) and the dispatch from a
// step to its primitive.
#include "loom/schedule/Schedule.h"

#include "loom/ir/Printer.h"
#include "loom/ir/Verifier.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <sstream>

namespace loom::schedule {

namespace {

using Args = std::vector<std::string>;

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

std::string tailText(Tail t) {
  switch (t) {
  case Tail::Guard: return "guard";
  case Tail::Shift: return "shift";
  case Tail::Exact: return "exact";
  case Tail::Loop: return "tail";
  }
  return "guard";
}

// Each primitive's name, syntax and argument count, and how its arguments parse into its record;
// entry i describes alternative i of StepRecord (checked below).
struct PrimitiveText {
  std::string_view name, syntax;
  size_t minArgs, maxArgs; // maxArgs 0: unbounded (with minArgs 0: none)
  Expected<StepRecord> (*parse)(const Args &);
};

const std::array<PrimitiveText, std::variant_size_v<StepRecord>> &primitiveTexts() {
  static const std::array<PrimitiveText, std::variant_size_v<StepRecord>> table = {{
      {"split", "split LOOP FACTOR guard|shift|exact|tail", 3, 3,
       [](const Args &a) -> Expected<StepRecord> {
         auto f = integer(a[1], "split factor");
         if (!f)
           return f.error();
         auto t = parseTail(a[2]);
         if (!t)
           return t.error();
         return StepRecord{step::Split{a[0], *f, *t}};
       }},
      {"tile", "tile OUTER INNER OUTER_FACTOR INNER_FACTOR guard|shift|exact|tail", 5, 5,
       [](const Args &a) -> Expected<StepRecord> {
         auto f1 = integer(a[2], "tile factor"), f2 = integer(a[3], "tile factor");
         if (!f1)
           return f1.error();
         if (!f2)
           return f2.error();
         auto t = parseTail(a[4]);
         if (!t)
           return t.error();
         return StepRecord{step::Tile{a[0], a[1], *f1, *f2, *t}};
       }},
      {"layout", "layout weights int16|layout requant interleaved|offsets_from_shifts", 2, 2,
       [](const Args &a) -> Expected<StepRecord> {
         return StepRecord{step::Layout{a[0], a[1]}};
       }},
      {"reorder", "reorder LOOP LOOP...", 2, 0,
       [](const Args &a) -> Expected<StepRecord> { return StepRecord{step::Reorder{a}}; }},
      {"fuse", "fuse OUTER INNER", 2, 2,
       [](const Args &a) -> Expected<StepRecord> {
         return StepRecord{step::Fuse{a[0], a[1]}};
       }},
      {"peel", "peel LOOP BEFORE AFTER", 3, 3,
       [](const Args &a) -> Expected<StepRecord> {
         auto before = integer(a[1], "peel count"), after = integer(a[2], "peel count");
         if (!before)
           return before.error();
         if (!after)
           return after.error();
         return StepRecord{step::Peel{a[0], *before, *after}};
       }},
      {"pad_reduction", "pad_reduction LOOP EXTENT", 2, 2,
       [](const Args &a) -> Expected<StepRecord> {
         auto extent = integer(a[1], "pad_reduction extent");
         if (!extent)
           return extent.error();
         return StepRecord{step::PadReduction{a[0], *extent}};
       }},
      {"unroll", "unroll LOOP [FACTOR]", 1, 2,
       [](const Args &a) -> Expected<StepRecord> {
         if (a.size() == 1)
           return StepRecord{step::Unroll{a[0], 0}};
         auto f = integer(a[1], "unroll factor");
         if (!f)
           return f.error();
         if (*f < 2)
           return Error{fmt::format("unroll factor {} must be at least 2", *f)};
         return StepRecord{step::Unroll{a[0], *f}};
       }},
      {"fold_zero_point", "fold_zero_point", 0, 0,
       [](const Args &) -> Expected<StepRecord> { return StepRecord{step::FoldZeroPoint{}}; }},
      {"register_block", "register_block LOOP...", 1, 0,
       [](const Args &a) -> Expected<StepRecord> { return StepRecord{step::RegisterBlock{a}}; }},
      {"simd", "simd LOOP [phased]", 1, 2,
       [](const Args &a) -> Expected<StepRecord> {
         if (a.size() > 1 && a[1] != "phased")
           return Error{fmt::format("simd: unknown form '{}' (phased, or nothing)", a[1])};
         return StepRecord{step::Simd{a[0], a.size() > 1}};
       }},
      {"simd_lanes", "simd_lanes LOOP", 1, 1,
       [](const Args &a) -> Expected<StepRecord> { return StepRecord{step::SimdLanes{a[0]}}; }},
      {"im2col", "im2col AT [COLUMN_LOOP]", 1, 2,
       [](const Args &a) -> Expected<StepRecord> {
         return StepRecord{step::Im2col{a[0], a.size() > 1 ? a[1] : ""}};
       }},
      {"fast_requantize", "fast_requantize [int8_shifts]", 0, 1,
       [](const Args &a) -> Expected<StepRecord> {
         if (!a.empty() && a[0] != "int8_shifts")
           return Error{fmt::format("fast_requantize: unknown table form '{}' (int8_shifts, or "
                                    "nothing for int32 tables)",
                                    a[0])};
         return StepRecord{step::FastRequantize{!a.empty()}};
       }},
      {"pack_store", "pack_store LOOP", 1, 1,
       [](const Args &a) -> Expected<StepRecord> { return StepRecord{step::PackStore{a[0]}}; }},
      {"fast_rescale", "fast_rescale", 0, 0,
       [](const Args &) -> Expected<StepRecord> { return StepRecord{step::FastRescale{}}; }},
  }};
  return table;
}

// The arguments of each record as they are written after the primitive's name.
Args argsOf(const step::Split &s) { return {s.loop, std::to_string(s.factor), tailText(s.tail)}; }
Args argsOf(const step::Tile &s) {
  return {s.outer, s.inner, std::to_string(s.outerFactor), std::to_string(s.innerFactor),
          tailText(s.tail)};
}
Args argsOf(const step::Layout &s) { return {s.buffer, s.format}; }
Args argsOf(const step::Reorder &s) { return s.order; }
Args argsOf(const step::Fuse &s) { return {s.outer, s.inner}; }
Args argsOf(const step::Peel &s) {
  return {s.loop, std::to_string(s.before), std::to_string(s.after)};
}
Args argsOf(const step::PadReduction &s) { return {s.loop, std::to_string(s.extent)}; }
Args argsOf(const step::Unroll &s) {
  return s.factor ? Args{s.loop, std::to_string(s.factor)} : Args{s.loop};
}
Args argsOf(const step::FoldZeroPoint &) { return {}; }
Args argsOf(const step::RegisterBlock &s) { return s.band; }
Args argsOf(const step::Simd &s) { return s.phased ? Args{s.loop, "phased"} : Args{s.loop}; }
Args argsOf(const step::SimdLanes &s) { return {s.loop}; }
Args argsOf(const step::Im2col &s) { return s.column.empty() ? Args{s.at} : Args{s.at, s.column}; }
Args argsOf(const step::FastRequantize &s) { return s.int8Shifts ? Args{"int8_shifts"} : Args{}; }
Args argsOf(const step::PackStore &s) { return {s.loop}; }
Args argsOf(const step::FastRescale &) { return {}; }

// Each record to its primitive (Primitives.h).
Expected<ir::Kernel> apply(const ir::Kernel &k, const step::Split &s) {
  return split(k, s.loop, s.factor, s.tail);
}
Expected<ir::Kernel> apply(const ir::Kernel &k, const step::Tile &s) {
  return tile(k, s.outer, s.inner, s.outerFactor, s.innerFactor, s.tail);
}
Expected<ir::Kernel> apply(const ir::Kernel &k, const step::Layout &s) {
  return layout(k, s.buffer, s.format);
}
Expected<ir::Kernel> apply(const ir::Kernel &k, const step::Reorder &s) {
  return reorder(k, s.order);
}
Expected<ir::Kernel> apply(const ir::Kernel &k, const step::Fuse &s) {
  return fuse(k, s.outer, s.inner);
}
Expected<ir::Kernel> apply(const ir::Kernel &k, const step::Peel &s) {
  return peel(k, s.loop, s.before, s.after);
}
Expected<ir::Kernel> apply(const ir::Kernel &k, const step::PadReduction &s) {
  return padReduction(k, s.loop, s.extent);
}
Expected<ir::Kernel> apply(const ir::Kernel &k, const step::Unroll &s) {
  if (s.factor == 1 || s.factor < 0)
    return Error{fmt::format("unroll factor {} must be at least 2", s.factor)};
  return unroll(k, s.loop, s.factor);
}
Expected<ir::Kernel> apply(const ir::Kernel &k, const step::FoldZeroPoint &) {
  return foldZeroPoint(k);
}
Expected<ir::Kernel> apply(const ir::Kernel &k, const step::RegisterBlock &s) {
  return registerBlock(k, s.band);
}
Expected<ir::Kernel> apply(const ir::Kernel &k, const step::Simd &s) {
  return simd(k, s.loop, s.phased);
}
Expected<ir::Kernel> apply(const ir::Kernel &k, const step::SimdLanes &s) {
  return simdLanes(k, s.loop);
}
Expected<ir::Kernel> apply(const ir::Kernel &k, const step::Im2col &s) {
  return im2col(k, s.at, s.column);
}
Expected<ir::Kernel> apply(const ir::Kernel &k, const step::FastRequantize &s) {
  return fastRequantize(k, s.int8Shifts);
}
Expected<ir::Kernel> apply(const ir::Kernel &k, const step::PackStore &s) {
  return packStore(k, s.loop);
}
Expected<ir::Kernel> apply(const ir::Kernel &k, const step::FastRescale &) {
  return fastRescale(k);
}

std::string spaced(const std::string &name, const Args &args) {
  std::string s = name;
  for (const auto &a : args)
    s += " " + a;
  return s;
}

} // namespace

std::string_view Step::primitive() const { return primitiveTexts()[record.index()].name; }

std::string Step::toString() const {
  return spaced(std::string(primitive()),
                std::visit([](const auto &r) { return argsOf(r); }, record));
}

std::string Schedule::toText() const {
  std::string out;
  for (const auto &s : steps)
    out += s.toString() + "\n";
  return out;
}

std::vector<std::string> primitiveSyntax() {
  std::vector<std::string> out;
  for (const auto &info : primitiveTexts())
    out.emplace_back(info.syntax);
  std::sort(out.begin(), out.end());
  return out;
}

Expected<Step> parseStep(std::string_view line) {
  std::istringstream words{std::string(line)};
  std::string name;
  Args args;
  if (!(words >> name))
    return Error{"an empty schedule step"};
  for (std::string w; words >> w;)
    args.push_back(w);
  for (const auto &info : primitiveTexts()) {
    if (info.name != name)
      continue;
    if (args.size() < info.minArgs || (info.maxArgs && args.size() > info.maxArgs) ||
        (info.maxArgs == 0 && info.minArgs == 0 && !args.empty()))
      return Error{fmt::format("'{}' expects: {}", spaced(name, args), info.syntax)};
    auto record = info.parse(args);
    if (!record)
      return Error{fmt::format("'{}': {}", spaced(name, args), record.error().message)};
    Step step{*record};
    // The table is in the variant's order: a misplaced entry would print another name.
    if (step.primitive() != info.name)
      return Error{fmt::format("loom bug: primitive '{}' parses to '{}'", name, step.primitive())};
    return step;
  }
  return Error{fmt::format("unknown primitive '{}'", name)};
}

Expected<Schedule> parseSchedule(std::string_view text) {
  Schedule schedule;
  std::istringstream in{std::string(text)};
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    if (auto hash = line.find('#'); hash != std::string::npos)
      line.resize(hash);
    if (line.find_first_not_of(" \t\r") == std::string::npos)
      continue;
    auto step = parseStep(line);
    if (!step)
      return Error{fmt::format("schedule line {}: {}", number, step.error().message)};
    schedule.steps.push_back(std::move(*step));
  }
  return schedule;
}

Expected<ir::Kernel> applyStep(const ir::Kernel &kernel, const Step &step) {
  return std::visit([&](const auto &r) { return apply(kernel, r); }, step.record);
}

Expected<ir::Kernel> applySchedule(const ir::Kernel &kernel, const Schedule &schedule,
                                   std::vector<std::string> *trace) {
  ir::Kernel current = kernel;
  for (const Step &step : schedule.steps) {
    auto next = applyStep(current, step);
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
