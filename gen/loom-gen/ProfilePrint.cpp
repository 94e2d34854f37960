// What `loom-gen --profile` prints.
#include "ProfilePrint.h"

#include "loom/graph/TfliteImport.h"

#include <fmt/format.h>

#include <filesystem>

namespace loom::gen {

void printOperatorTable(const std::string &modelPath) {
  auto uses = graph::tfliteOperatorUses(modelPath);
  if (!uses)
    return;
  int nodes = 0;
  for (const auto &u : *uses)
    nodes += u.nodes;
  fmt::print("operators of {} ({} nodes):\n", std::filesystem::path(modelPath).stem().string(),
             nodes);
  for (const auto &u : *uses)
    fmt::print("  {:<28} {:>4}  {}\n", u.name, u.nodes,
               u.supported ? "supported" : "NOT SUPPORTED");
}

void printProfile(const graph::Graph &g, const ProfileFigures &f) {
  fmt::print("profile of {} (layer by layer, depthwise in place, {}):\n"
             "  MACs        {:>12}\n  parameters  {:>12}\n  peak arena  {:>12} bytes "
             "({:.1f} KiB)\n  lower bound {:>12} bytes\n  flash       {:>12} bytes "
             "({:.1f} KiB of kernel objects: weights {}, tables {}, code {}; the C glue and "
             "runtime: --run)\n",
             g.name, f.target, f.macs, graph::parameters(g), f.arenaBytes,
             static_cast<double>(f.arenaBytes) / 1024, f.lowerBound, f.flashBytes,
             static_cast<double>(f.flashBytes) / 1024, f.weightBytes, f.tableBytes, f.codeBytes);
}

} // namespace loom::gen
