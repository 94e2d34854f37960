// What `loom-gen --profile` prints: the model's operators (before the import may refuse it) and
// the sizes an architecture search needs.
#pragma once

#include "loom/graph/Graph.h"

#include <cstdint>
#include <string>

namespace loom::gen {

// The operator table of a .tflite model (name, node count, supported or not); nothing for a file
// that is not a readable model (the import then says why).
void printOperatorTable(const std::string &modelPath);

struct ProfileFigures {
  std::string target;
  int64_t macs = 0, arenaBytes = 0, lowerBound = 0, flashBytes = 0;
  int64_t weightBytes = 0, tableBytes = 0, codeBytes = 0; // flashBytes' split
};
void printProfile(const graph::Graph &g, const ProfileFigures &f);

} // namespace loom::gen
