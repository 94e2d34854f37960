// Reading .tflite models: the flatbuffers Verifier runs before anything is read, then every
// index, shape and buffer is checked; unsupported operators are refused by name and position.
#pragma once

#include "loom/graph/Graph.h"
#include "loom/support/Error.h"

#include <cstdint>
#include <filesystem>
#include <span>
#include <string>
#include <vector>

namespace loom::graph {

Expected<Graph> importTflite(std::span<const uint8_t> bytes, const std::string &name);
Expected<Graph> importTfliteFile(const std::filesystem::path &path);

// One operator type of a model: its TFLite name ("CONV_2D", a custom operator's own name), how
// many nodes use it and whether loom imports it (parameter limits are checked when compiling).
struct OperatorUse {
  std::string name;
  int nodes = 0;
  bool supported = true;
};
// The model's operator types in order of first use, also when some are not supported (for
// `loom-gen --profile`); an error only for a file that is not a readable model.
Expected<std::vector<OperatorUse>> tfliteOperatorUses(const std::filesystem::path &path);

} // namespace loom::graph
