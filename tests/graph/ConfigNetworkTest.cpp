// MCUNet json configs: every network config in ../shared/models/configs (and the resolution
// overrides LAYERS.md lists) gives LAYERS.md's MACs, and loom's arena (layer by layer, depthwise
// in place, planned and verified) is at or below LAYERS.md's "live-set, in-place DW" figure, which
// is TinyEngine's published peak SRAM. The MCUNet-family .tflite models loom runs meet the same
// bar. Bad configs are refused with a message naming the place.
#include "loom/fixtures/ConfigNetwork.h"
#include "../support/TestFiles.h"
#include "loom/graph/TfliteImport.h"
#include "loom/model/ModelCompiler.h"

#include <fmt/format.h>

#include <cmath>
#include <map>
#include <regex>
#include <sstream>

namespace loom::testing {
namespace {

std::string layersMd() {
  auto bytes = readFile(std::string(LOOM_MODELS_DIR) + "/LAYERS.md");
  return std::string(bytes.begin(), bytes.end());
}

int64_t number(std::string s) {
  s.erase(std::remove(s.begin(), s.end(), ','), s.end());
  return std::stoll(s);
}

// The last column of a summary-table row, in bytes (the table gives KiB with one decimal).
std::map<std::string, int64_t> inPlaceBars(const std::string &md) {
  std::map<std::string, int64_t> bars;
  std::istringstream lines(md);
  std::string line;
  static const std::regex row(R"(^\| ([\w.-]+) \|.*\| ([0-9.]+) \|\s*$)");
  std::smatch m;
  while (std::getline(lines, line))
    if (std::regex_match(line, m, row))
      bars.emplace(m[1], static_cast<int64_t>(std::llround(std::stod(m[2]) * 1024)));
  return bars;
}

struct ConfigCase {
  std::string name, file;
  int resolution;
  int64_t macs;
};

std::vector<ConfigCase> configCases(const std::string &md) {
  static const std::regex section(
      R"(### (cfg-[\w.-]+) \(from json config[^\n]*\n[^`]*Config `configs/([\w.-]+)`, resolution (\d+)\.[^\n]*\n\nTotal MACs: \*\*([\d,]+)\*\*)");
  std::vector<ConfigCase> cases;
  for (std::sregex_iterator it(md.begin(), md.end(), section), end; it != end; ++it)
    cases.push_back({(*it)[1], (*it)[2], std::stoi((*it)[3]), number((*it)[4])});
  return cases;
}

TEST(ConfigNetwork, EveryConfigMatchesLayersMdAndMeetsTheMemoryBar) {
  const std::string md = layersMd();
  const auto bars = inPlaceBars(md);
  const auto cases = configCases(md);
  ASSERT_GE(cases.size(), 15u) << "LAYERS.md config sections not found";
  for (const auto &c : cases) {
    SCOPED_TRACE(c.name);
    auto g = graph::networkFromConfigFile(std::string(LOOM_MODELS_DIR) + "/configs/" + c.file,
                                          c.resolution);
    ASSERT_TRUE(g.ok()) << g.error().message;
    auto m = model::compileModel(*g, {.inPlaceDepthwise = true});
    ASSERT_TRUE(m.ok()) << m.error().message;
    EXPECT_EQ(m->macs, c.macs);
    ASSERT_TRUE(bars.count(c.name));
    EXPECT_LE(m->plan.arenaBytes, bars.at(c.name) + 51) // the table rounds to 0.1 KiB
        << "arena " << m->plan.arenaBytes << " above TinyEngine's " << bars.at(c.name);
    std::printf("%-28s %12lld MACs  arena %8lld bytes  (bar %lld)\n", c.name.c_str(),
                static_cast<long long>(m->macs), static_cast<long long>(m->plan.arenaBytes),
                static_cast<long long>(bars.at(c.name)));
  }
}

TEST(ConfigNetwork, RunnableMcunetModelsMeetTheMemoryBar) {
  const auto bars = inPlaceBars(layersMd());
  for (const char *name :
       {"mcunet-vww0", "mcunet-in3", "mcunet-vww0-wakevision", "mcunet-vww1-wakevision",
        "tinyengine-vww", "tinyengine-person-det", "tinyengine-mcunetv2-large"}) {
    SCOPED_TRACE(name);
    auto g = graph::importTfliteFile(fmt::format("{}/{}.tflite", LOOM_MODELS_DIR, name)).take();
    auto m = model::compileModel(g, {.inPlaceDepthwise = true}).take();
    ASSERT_TRUE(bars.count(name));
    EXPECT_LE(m.plan.arenaBytes, bars.at(name) + 51);
  }
}

TEST(ConfigNetwork, RefusesBadConfigsWithTheReason) {
  auto expectError = [](const std::string &json, const std::string &message) {
    auto g = graph::networkFromConfig(json, "net");
    ASSERT_FALSE(g.ok()) << json;
    EXPECT_NE(g.error().message.find(message), std::string::npos) << g.error().message;
  };
  expectError("{", "not valid json");
  expectError(R"({"output1": {}})", "not an MCUNet/ProxylessNAS network config");
  const std::string first =
      R"("first_conv": {"in_channels": 3, "out_channels": 8, "kernel_size": 3, "stride": 2},)";
  const std::string tail =
      R"("classifier": {"in_features": 8, "out_features": 10}, "resolution": 32})";
  expectError("{" + first + R"("blocks": [{"mobile_inverted_conv": {"name": "MBInvertedConvLayer",
      "in_channels": 16, "out_channels": 8, "kernel_size": 3, "stride": 1, "expand_ratio": 1}}],)" +
                  tail,
              "blocks[0]: in_channels 16 but the previous layer has 8 channels");
  expectError("{" + first + R"("blocks": [{"mobile_inverted_conv": {"name": "MBInvertedConvLayer",
      "in_channels": 8, "out_channels": 8, "kernel_size": 4, "stride": 1, "expand_ratio": 1}}],)" +
                  tail,
              "blocks[0]: kernel size 4 is even");
  expectError("{" + first + R"("blocks": [{"mobile_inverted_conv": {"name": "MBInvertedConvLayer",
      "in_channels": 8, "out_channels": 8, "kernel_size": 3, "stride": 1}}],)" +
                  tail,
              "'expand_ratio' is missing");
  expectError("{" + first + R"("blocks": [], "resolution": 32})", "no classifier");
  auto g = graph::networkFromConfigFile(std::string(LOOM_MODELS_DIR) +
                                        "/configs/tinyengine-person-det_detection_config.json");
  ASSERT_FALSE(g.ok());
  EXPECT_NE(g.error().message.find("detection-head configs are not networks"), std::string::npos);
}

} // namespace
} // namespace loom::testing
