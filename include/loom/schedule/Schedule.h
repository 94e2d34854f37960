// A schedule is data: an ordered list of primitive steps, each one line of text
// ("split oc 4 guard", "reorder oy ox.o oc.o", "simd ic"), applied in order to an op's loop nest.
// The text form parses back to the same schedule; it is what the tuning log stores.
#pragma once

#include "loom/ir/Stmt.h"
#include "loom/support/Error.h"

#include <string>
#include <string_view>
#include <vector>

namespace loom::schedule {

struct Step {
  std::string primitive;
  std::vector<std::string> args;
  std::string toString() const;
  bool operator==(const Step &) const = default;
};

struct Schedule {
  std::vector<Step> steps;
  std::string toText() const; // one step per line
  bool operator==(const Schedule &) const = default;
};

// Parses the text form; blank lines and '#' comments are ignored. Unknown primitives and wrong
// argument counts are refused here, with the line number.
Expected<Schedule> parseSchedule(std::string_view text);

// Applies every step in order. Each primitive checks its own legality and refuses with an error
// naming the step and the loop. `trace`, when given, receives the printed nest after each step.
Expected<ir::Kernel> applySchedule(const ir::Kernel &kernel, const Schedule &schedule,
                                   std::vector<std::string> *trace = nullptr);

// The primitives and their argument syntax, e.g. "split LOOP FACTOR guard|shift|exact".
std::vector<std::string> primitiveSyntax();

} // namespace loom::schedule
