// A schedule is data: an ordered list of typed primitive steps (step::Split, step::Reorder, ...),
// applied in order to an op's loop nest. Each step has one line of text ("split oc 4 guard",
// "reorder oy ox.o oc.o", "simd ic") that parses back to the same step; the text of a schedule is
// what the tuning log stores.
#pragma once

#include "loom/ir/Stmt.h"
#include "loom/schedule/Primitives.h"
#include "loom/support/Error.h"

#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace loom::schedule {

// One record per primitive: its arguments, typed (Primitives.h says what each one does).
namespace step {
struct Split {
  std::string loop;
  int64_t factor = 0;
  Tail tail = Tail::Guard;
  bool operator==(const Split &) const = default;
};
struct Tile {
  std::string outer, inner;
  int64_t outerFactor = 0, innerFactor = 0;
  Tail tail = Tail::Guard;
  bool operator==(const Tile &) const = default;
};
struct Layout {
  std::string buffer, format; // "weights", "int16"
  bool operator==(const Layout &) const = default;
};
struct Reorder {
  std::vector<std::string> order; // outermost first
  bool operator==(const Reorder &) const = default;
};
struct Fuse {
  std::string outer, inner;
  bool operator==(const Fuse &) const = default;
};
struct Peel {
  std::string loop;
  int64_t before = 0, after = 0;
  bool operator==(const Peel &) const = default;
};
struct PadReduction {
  std::string loop;
  int64_t extent = 0;
  bool operator==(const PadReduction &) const = default;
};
struct Unroll {
  std::string loop;
  int64_t factor = 0; // 0: fully
  bool operator==(const Unroll &) const = default;
};
struct FoldZeroPoint {
  bool operator==(const FoldZeroPoint &) const = default;
};
struct RegisterBlock {
  std::vector<std::string> band;
  bool operator==(const RegisterBlock &) const = default;
};
struct Simd {
  std::string loop;
  // "simd LOOP phased": on the int16 form with an odd extent, odd-column MACs take their odd tap
  // first so that neighbouring pixels pair the same words (lib/schedule/Simd.cpp).
  bool phased = false;
  bool operator==(const Simd &) const = default;
};
struct SimdLanes {
  std::string loop;
  bool operator==(const SimdLanes &) const = default;
};
struct Im2col {
  std::string at, column; // column empty: one column per iteration of `at`
  bool operator==(const Im2col &) const = default;
};
struct FastRequantize {
  // Per-channel shift counts and rounding masks as int8 tables ("fast_requantize int8_shifts"):
  // a quarter of their flash, at the cost of LLVM's register allocator sometimes reloading them
  // (measured +0.1% instructions on mcunet-vww0's default schedules, up to +3% on a tuned
  // pointwise layer); int32 tables otherwise.
  bool int8Shifts = false;
  bool operator==(const FastRequantize &) const = default;
};
struct PackStore {
  std::string loop;
  bool operator==(const PackStore &) const = default;
};
struct FastRescale {
  bool operator==(const FastRescale &) const = default;
};
} // namespace step

using StepRecord = std::variant<step::Split, step::Tile, step::Layout, step::Reorder, step::Fuse,
                                step::Peel, step::PadReduction, step::Unroll, step::FoldZeroPoint,
                                step::RegisterBlock, step::Simd, step::SimdLanes, step::Im2col,
                                step::FastRequantize, step::PackStore, step::FastRescale>;

struct Step {
  StepRecord record;

  template <typename Record>
  requires std::is_constructible_v<StepRecord, Record> Step(Record r)
      : record(std::move(r)) {} // NOLINT: a record is a step
  Step() = default;

  std::string_view primitive() const; // "split", "reorder", ...
  std::string toString() const;       // the step's line, which parseStep reads back
  template <typename Record> bool is() const { return std::holds_alternative<Record>(record); }
  bool operator==(const Step &) const = default;
};

struct Schedule {
  std::vector<Step> steps;
  std::string toText() const; // one step per line
  bool operator==(const Schedule &) const = default;
};

// One line of text ("split ox 2 shift"): unknown primitives, wrong argument counts and malformed
// numbers or tail strategies are refused with a message naming the step.
Expected<Step> parseStep(std::string_view line);

// The text form; blank lines and '#' comments are ignored. Errors name the line number.
Expected<Schedule> parseSchedule(std::string_view text);

// Applies one step: its primitive checks its own legality and refuses with an error naming the
// loop and the reason.
Expected<ir::Kernel> applyStep(const ir::Kernel &kernel, const Step &step);

// Applies every step in order; an error names the kernel and the step. `trace`, when given,
// receives the printed nest after each step.
Expected<ir::Kernel> applySchedule(const ir::Kernel &kernel, const Schedule &schedule,
                                   std::vector<std::string> *trace = nullptr);

// The primitives and their argument syntax, e.g. "split LOOP FACTOR guard|shift|exact|tail".
std::vector<std::string> primitiveSyntax();

} // namespace loom::schedule
