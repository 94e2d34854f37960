// MCUNet / ProxylessNAS json network configs (the net.json files of the MIT model zoo: first_conv,
// MobileInvertedResidualBlocks, optional feature_mix_layer, classifier) as int8 graphs with
// synthetic weights. The shapes, MACs, parameters, arena and code are those of the real network,
// so `loom-gen --profile` can size an architecture without weights or hardware (what MCUNet's
// profiler does during architecture search).
#pragma once

#include "loom/graph/Graph.h"
#include "loom/support/Error.h"

#include <filesystem>
#include <string>

namespace loom::graph {

// `resolution` > 0 overrides the config's input resolution.
Expected<Graph> networkFromConfig(const std::string &jsonText, const std::string &name,
                                  int resolution = 0);
Expected<Graph> networkFromConfigFile(const std::filesystem::path &path, int resolution = 0);

} // namespace loom::graph
