// Robustness of the model front end, built with AddressSanitizer and UBSan: 1,200 mutated files
// (truncated, bit-flipped, overwritten words, random bytes) derived from every shared model go
// through what loom-gen does before code generation (import, lowering of every node, liveness,
// arena planning and plan verification). No crash, no sanitizer report, no hang; every refused
// file gets an error message.
#include "loom/graph/ArenaPlanner.h"
#include "loom/graph/Liveness.h"
#include "loom/graph/Lowering.h"
#include "loom/graph/TfliteImport.h"

#include <gtest/gtest.h>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <random>

namespace loom::testing {
namespace {

namespace fs = std::filesystem;

std::vector<std::vector<uint8_t>> sharedModels() {
  std::vector<std::vector<uint8_t>> out;
  for (const fs::path &dir : {fs::path(LOOM_MODELS_DIR), fs::path(LOOM_MODELS_DIR) / "extra"})
    for (const auto &e : fs::directory_iterator(dir))
      if (e.path().extension() == ".tflite") {
        std::ifstream f(e.path(), std::ios::binary);
        out.emplace_back(std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>());
      }
  return out;
}

// What loom-gen does with a model before code generation; returns the first error, if any.
std::optional<std::string> frontEnd(const std::vector<uint8_t> &bytes) {
  auto g = graph::importTflite(bytes, "mutant");
  if (!g)
    return g.error().message;
  for (const auto &n : g->nodes) {
    int input = -1;
    auto lowered = graph::lowerNode(*g, n, input);
    if (!lowered)
      return lowered.error().message;
  }
  auto buffers = graph::activationBuffers(*g, true);
  auto plan = graph::plan(buffers.requests);
  if (auto s = graph::verifyPlan(buffers.requests, plan); !s)
    return s.error().message;
  return std::nullopt;
}

TEST(Robustness, MutatedModelsGetAnErrorOrImportCleanly) {
  auto models = sharedModels();
  ASSERT_GE(models.size(), 10u);
  std::mt19937 rng(2026);
  int refused = 0, accepted = 0;
  constexpr int kMutants = 1200;
  for (int i = 0; i < kMutants; ++i) {
    std::vector<uint8_t> m = models[static_cast<size_t>(i) % models.size()];
    std::uniform_int_distribution<size_t> anywhere(0, m.size() - 1);
    // Most of a model is weight bytes; aim half of the edits at the tables and offsets up front.
    std::uniform_int_distribution<size_t> header(0, std::min<size_t>(m.size() - 1, 8192));
    switch (i % 4) {
    case 0: m.resize(anywhere(rng)); break;
    case 1:
      for (int k = 0; k < 16; ++k)
        m[k % 2 ? header(rng) : anywhere(rng)] ^= static_cast<uint8_t>(1u << (rng() % 8));
      break;
    case 2:
      for (int k = 0; k < 4; ++k) {
        const size_t at = std::min(header(rng), m.size() - 4);
        const uint32_t word = rng() % 3 == 0 ? 0xFFFFFFFFu : static_cast<uint32_t>(rng());
        std::memcpy(&m[at], &word, 4);
      }
      break;
    default:
      m.resize(std::uniform_int_distribution<size_t>(0, 4096)(rng));
      for (auto &b : m)
        b = static_cast<uint8_t>(rng());
      if (m.size() >= 8 && rng() % 2) // a valid identifier in front of garbage
        std::memcpy(&m[4], "TFL3", 4);
    }
    auto error = frontEnd(m);
    if (error) {
      ++refused;
      EXPECT_FALSE(error->empty()) << "mutant " << i;
    } else {
      ++accepted;
    }
  }
  std::printf("%d mutants refused with a message, %d accepted\n", refused, accepted);
  EXPECT_GT(refused, kMutants / 2);
}

} // namespace
} // namespace loom::testing
