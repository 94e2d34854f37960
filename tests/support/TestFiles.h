// File helpers shared by the tests: raw file contents, golden-text comparison, test names.
#pragma once

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace loom::testing {

inline std::vector<uint8_t> readFile(const std::string &path) {
  std::ifstream f(path, std::ios::binary);
  return std::vector<uint8_t>((std::istreambuf_iterator<char>(f)), {});
}

inline std::string readText(const std::filesystem::path &path) {
  std::ifstream f(path);
  return {std::istreambuf_iterator<char>(f), {}};
}

// A test's scratch folder: build/test-work/<suite>/<name>.
inline std::filesystem::path testWorkDir(const std::string &suite, const std::string &name) {
  return std::filesystem::path(LOOM_BINARY_DIR) / "test-work" / suite / name;
}

// Compares `text` with tests/golden/<file>; LOOM_UPDATE_GOLDEN=1 rewrites the file instead.
inline void checkGolden(const std::string &text, const std::string &file) {
  const std::string path = std::string(LOOM_TEST_DIR) + "/golden/" + file;
  if (std::getenv("LOOM_UPDATE_GOLDEN")) {
    std::ofstream(path) << text;
    GTEST_SKIP() << "rewrote " << path;
  }
  std::ifstream in(path);
  ASSERT_TRUE(in) << "missing golden file " << path;
  std::stringstream expected;
  expected << in.rdbuf();
  EXPECT_EQ(text, expected.str()) << "printed IR differs from " << path;
}

// A gtest parameter name from a model path ("extra/armzoo-x" -> "extra_armzoo_x").
inline std::string testName(std::string s) {
  for (char &c : s)
    if (!std::isalnum(static_cast<unsigned char>(c)))
      c = '_';
  return s;
}

// The shared models loom runs end to end: every .tflite in ../shared/models and its extra/, and
// those of coverage/ it compiles so far.
inline const std::vector<std::string> &runnableModels() {
  static const std::vector<std::string> models = {"mcunet-vww0",
                                                  "mcunet-in3",
                                                  "mcunet-vww0-wakevision",
                                                  "mcunet-vww1-wakevision",
                                                  "extra/armzoo-kws-cnn-l",
                                                  "extra/armzoo-kws-ds-cnn-l",
                                                  "extra/mlperf-tiny-kws",
                                                  "extra/mlperf-tiny-vww",
                                                  "extra/armzoo-vww-micronet-vww2",
                                                  "extra/armzoo-vww-micronet-vww3",
                                                  "extra/armzoo-vww-micronet-vww4",
                                                  "extra/armzoo-ad-micronet-large",
                                                  "tinyengine-vww",
                                                  "tinyengine-mcunetv2-large",
                                                  "tinyengine-person-det",
                                                  "extra/tinyengine-mnist-lenet-300-100",
                                                  "extra/tinyengine-mnist-lenet-300-100-nobias",
                                                  "coverage/tflm-person-detect",
                                                  "coverage/tflm-micro-speech",
                                                  "coverage/armex-cifar10",
                                                  "coverage/tflm-micro-speech-lstm",
                                                  "coverage/tflm-keyword-scrambled"};
  return models;
}

// The runnable models whose TFLM vectors (in `vectors`, ../shared/models/vectors) also hold node
// outputs (node<K>-output-<seed>.bin).
inline std::vector<std::string> modelsWithNodeVectors(const std::string &vectors) {
  std::vector<std::string> out;
  for (const std::string &m : runnableModels()) {
    const std::string dir = vectors + "/" + m.substr(m.rfind('/') + 1);
    for (const auto &e : std::filesystem::directory_iterator(
             dir, std::filesystem::directory_options::skip_permission_denied))
      if (e.path().filename().string().starts_with("node")) {
        out.push_back(m);
        break;
      }
  }
  return out;
}

// The models of coverage/ among them.
inline std::vector<std::string> coverageModels() {
  std::vector<std::string> out;
  for (const std::string &m : runnableModels())
    if (m.starts_with("coverage/"))
      out.push_back(m);
  return out;
}

// TFLM's vectors hold output tensor 0; loom's executors give every output, one after another.
inline std::vector<uint8_t> firstOutput(const std::vector<uint8_t> &outputs, size_t bytes) {
  return std::vector<uint8_t>(outputs.begin(),
                              outputs.begin() +
                                  static_cast<std::ptrdiff_t>(std::min(bytes, outputs.size())));
}

} // namespace loom::testing
