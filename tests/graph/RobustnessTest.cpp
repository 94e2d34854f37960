// Robustness, built with AddressSanitizer and UBSan. 1,200 mutated files (truncated, bit-flipped,
// overwritten words, random bytes) derived from every shared model go through what loom-gen does
// before code generation (import, lowering of every node, liveness, arena planning and plan
// verification), in process; 1,000 more, derived from the small shared models, go through the
// whole of loom-gen (a sanitized build, code generation and objects included) as a subprocess.
// No crash, no sanitizer report, no hang; every refused file gets an error message.
#include "loom/graph/ArenaPlanner.h"
#include "loom/graph/Liveness.h"
#include "loom/graph/Lowering.h"
#include "loom/graph/TfliteImport.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <sys/wait.h>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <random>
#include <thread>

namespace loom::testing {
namespace {

namespace fs = std::filesystem;

std::vector<std::vector<uint8_t>> sharedModels() {
  std::vector<std::vector<uint8_t>> out;
  for (const fs::path &dir : {fs::path(LOOM_MODELS_DIR), fs::path(LOOM_MODELS_DIR) / "extra",
                              fs::path(LOOM_MODELS_DIR) / "coverage"})
    for (const auto &e : fs::directory_iterator(dir))
      if (e.path().extension() == ".tflite") {
        std::ifstream f(e.path(), std::ios::binary);
        out.emplace_back(std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>());
      }
  return out;
}

// Mutant i of a model: truncated, bit-flipped, overwritten words or random bytes (by i % 4).
std::vector<uint8_t> mutate(std::vector<uint8_t> m, int i, std::mt19937 &rng) {
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
  return m;
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
    std::vector<uint8_t> m = mutate(models[static_cast<size_t>(i) % models.size()], i, rng);
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

TEST(Robustness, LoomGenOnMutatedModelsErrorsOrCompiles) {
  // The small models keep the accepted mutants (which go through code generation) quick.
  std::vector<std::vector<uint8_t>> models;
  for (const char *name :
       {"mlperf-tiny-kws", "armzoo-kws-cnn-l", "tinyengine-mnist-lenet-300-100"}) {
    std::ifstream f(fs::path(LOOM_MODELS_DIR) / "extra" / (std::string(name) + ".tflite"),
                    std::ios::binary);
    models.emplace_back(std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>());
    ASSERT_GT(models.back().size(), 1000u) << name;
  }
  const fs::path work = fs::path(LOOM_BINARY_DIR) / "test-work" / "robustness";
  fs::remove_all(work);
  fs::create_directories(work);
  constexpr int kMutants = 1000;
  std::mt19937 rng(2027);
  std::vector<std::vector<uint8_t>> mutants;
  for (int i = 0; i < kMutants; ++i)
    mutants.push_back(mutate(models[static_cast<size_t>(i) % models.size()], i, rng));
  // Sanitizer reports abort (status 134), so they cannot pass for loom-gen's own exit status 1.
  std::vector<int> status(kMutants);
  auto worker = [&](int first) {
    for (int i = first; i < kMutants; i += 2) {
      const fs::path model = work / fmt::format("mutant{}.tflite", i);
      std::ofstream(model, std::ios::binary)
          .write(reinterpret_cast<const char *>(mutants[i].data()),
                 static_cast<std::streamsize>(mutants[i].size()));
      const std::string cmd = fmt::format(
          "ASAN_OPTIONS=abort_on_error=1:detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1:abort_on_"
          "error=1:print_stacktrace=1 timeout 300 {} {} -o {} > {} 2>&1",
          LOOM_GEN_SANITIZED, model.string(), (work / fmt::format("out{}", i)).string(),
          (work / fmt::format("mutant{}.log", i)).string());
      status[i] = std::system(cmd.c_str());
      fs::remove_all(work / fmt::format("out{}", i));
    }
  };
  std::thread other(worker, 1);
  worker(0);
  other.join();
  int refused = 0, compiled = 0;
  for (int i = 0; i < kMutants; ++i) {
    std::ifstream log(work / fmt::format("mutant{}.log", i));
    const std::string text((std::istreambuf_iterator<char>(log)), std::istreambuf_iterator<char>());
    ASSERT_TRUE(WIFEXITED(status[i])) << "mutant " << i << " killed:\n" << text;
    const int code = WEXITSTATUS(status[i]);
    EXPECT_EQ(text.find("Sanitizer"), std::string::npos) << "mutant " << i << ":\n" << text;
    EXPECT_EQ(text.find("runtime error"), std::string::npos) << "mutant " << i << ":\n" << text;
    if (code == 0) {
      ++compiled;
    } else {
      ++refused;
      EXPECT_EQ(code, 1) << "mutant " << i << " (124 = hang):\n" << text;
      EXPECT_NE(text.find("loom-gen: "), std::string::npos) << "mutant " << i << ":\n" << text;
    }
  }
  std::printf("loom-gen: %d mutants refused with a message, %d compiled\n", refused, compiled);
  EXPECT_GT(refused, kMutants / 2);
  EXPECT_GT(compiled, 0);
}

// The plan transformations under the sanitizers: the built-in demo network layer by layer, by
// bands, line buffers with a streamed input, patches, a patched head and the searched smallest
// arena must compile cleanly; bad segments must be refused with a message (exit 2 for text
// that is not a segment, 1 for a segment the model cannot run).
TEST(Robustness, LoomGenPlansRunCleanUnderSanitizers) {
  const fs::path work = fs::path(LOOM_BINARY_DIR) / "test-work" / "robustness-plans";
  fs::remove_all(work);
  fs::create_directories(work);
  const std::vector<std::pair<std::string, int>> runs = {
      {"", 0},
      {"--depth-first 1-8:4", 0},
      {"--depth-first 0-5:L1 --stream-input", 0},
      {"--depth-first 1-8:P2x2", 0},
      {"--depth-first 1-8:L/3x2", 0},
      {"--in-place-depthwise --depth-first 0-8:L/2x4 --stream-input", 0},
      {"--min-memory --stream-input", 0},
      {"--depth-first 1-8:L/9x2", 2}, // not a segment: a usage error
      {"--depth-first 1-8:L/2x200", 1},
      {"--depth-first 1-8:4/2x2", 2},
      {"--depth-first 0-99:L", 1}};
  for (size_t i = 0; i < runs.size(); ++i) {
    const auto &[args, expected] = runs[i];
    const fs::path log = work / fmt::format("run{}.log", i);
    const std::string cmd = fmt::format(
        "ASAN_OPTIONS=abort_on_error=1:detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1:abort_on_"
        "error=1:print_stacktrace=1 timeout 300 {} {} -o {} > {} 2>&1",
        LOOM_GEN_SANITIZED, args, (work / fmt::format("out{}", i)).string(), log.string());
    const int status = std::system(cmd.c_str());
    std::ifstream f(log);
    const std::string text((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
    ASSERT_TRUE(WIFEXITED(status)) << args << ":\n" << text;
    EXPECT_EQ(WEXITSTATUS(status), expected) << args << ":\n" << text;
    EXPECT_EQ(text.find("Sanitizer"), std::string::npos) << args << ":\n" << text;
    EXPECT_EQ(text.find("runtime error"), std::string::npos) << args << ":\n" << text;
    if (expected != 0) {
      EXPECT_NE(text.find("loom-gen: "), std::string::npos) << args << ":\n" << text;
    }
    // A search says how far it is and how long it has left.
    if (args.starts_with("--min-memory")) {
      EXPECT_NE(text.find("smallest-arena search 1 of 8"), std::string::npos) << text;
      EXPECT_NE(text.find("s left"), std::string::npos) << text;
      EXPECT_NE(text.find("smallest-arena search 8 of 8"), std::string::npos) << text;
    }
  }
}

} // namespace
} // namespace loom::testing
