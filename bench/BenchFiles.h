// Small file helpers shared by loom-bench's benchmarks.
#pragma once

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <vector>

namespace loom::bench {

// A file's bytes (empty when it cannot be read: the caller compares or reports sizes).
inline std::vector<uint8_t> readFile(const std::filesystem::path &path) {
  std::ifstream f(path, std::ios::binary);
  return std::vector<uint8_t>((std::istreambuf_iterator<char>(f)), {});
}

} // namespace loom::bench
