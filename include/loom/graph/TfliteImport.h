// Reading .tflite models: the flatbuffers Verifier runs before anything is read, then every
// index, shape and buffer is checked; unsupported operators are refused by name and position.
#pragma once

#include "loom/graph/Graph.h"
#include "loom/support/Error.h"

#include <cstdint>
#include <filesystem>
#include <span>

namespace loom::graph {

Expected<Graph> importTflite(std::span<const uint8_t> bytes, const std::string &name);
Expected<Graph> importTfliteFile(const std::filesystem::path &path);

} // namespace loom::graph
