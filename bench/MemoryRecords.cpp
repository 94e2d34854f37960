// Depth-first memory plan records, beside TinyTS's published arenas.
#include "MemoryRecords.h"

#include "BenchFiles.h"
#include "loom/graph/MemorySearch.h"
#include "loom/graph/ReferenceExecutor.h"
#include "loom/model/ModelCompiler.h"
#include "loom/qemu/QemuRunner.h"
#include "loom/tune/SearchSpace.h"

#include <fmt/format.h>

#include <fstream>
#include <map>
#include <optional>
#include <regex>

namespace loom::bench {

namespace {

// TinyTS's smallest published arena ("DF 1 evict-in", PUBLISHED.md section 6), in KiB, by the
// name the model has here.
std::optional<double> tinyTsKiB(const std::string &name) {
  static const std::map<std::string, double> table = {
      {"mcunet-vww0", 23.6},
      {"mcunet-in3", 137.8},
      {"mcunet-10fps_imagenet", 21.3},      // mcunet-in0
      {"mcunet-5fps_imagenet", 29.2},       // mcunet-in1
      {"mcunet-256kb-1mb_imagenet", 132.3}, // mcunet-in2
      {"mcunet-320kb-1mb_imagenet", 137.8}, // mcunet-in3
      {"mbv2-w0.35-r144_imagenet", 51.4},
      {"proxyless-w0.3-r176_imagenet", 66.7},
      {"armzoo-ad-micronet-large", 65.8},
      {"armzoo-kws-cnn-l", 18.9},
      {"armzoo-kws-ds-cnn-l", 35.3},
      {"armzoo-vww-micronet-vww2", 14.9},
      {"armzoo-vww-micronet-vww3", 49.4},
      {"armzoo-vww-micronet-vww4", 41.8},
      {"mlperf-tiny-kws", 9.7},
      {"mlperf-tiny-vww", 13.5}};
  auto it = table.find(name);
  return it == table.end() ? std::nullopt : std::optional<double>(it->second);
}

} // namespace

// A depth-first plan record: "min-memory" (budget 0) or a budget. For a .tflite model (vectors
// given) the plan also runs in QEMU against TFLM's output and the host reference, next to the
// layer-by-layer plan's instructions.
std::string memoryPlanRecord(const graph::Graph &g, const std::string &name,
                             const std::string &planName, int64_t budget, int64_t layerByLayerArena,
                             int64_t layerByLayerInstructions, const std::filesystem::path &vectors,
                             const std::filesystem::path &dir, const codegen::Target &target,
                             int &failures, bool streamInput, const tune::TuningLog *log) {
  std::string record =
      fmt::format("  {{\"model\": \"{}\", \"plan\": \"{}\", \"layer_by_layer_arena_bytes\": {}",
                  name, planName, layerByLayerArena);
  model::CompileOptions options{.streamInput = streamInput};
  if (log)
    options.tunedSchedule = tune::tunedScheduleLookup(*log, target);
  auto m = model::compileWithinBudget(g, options, budget);
  std::string line;
  if (!m) {
    record += fmt::format(", \"status\": \"{}\"}}",
                          std::regex_replace(m.error().message, std::regex(R"(["\\\n])"), " "));
    fmt::print("{:<40} {:<22} {}\n", name, planName, m.error().message.substr(0, 100));
    return record;
  }
  const int64_t recomputed = model::recomputedMacs(*m);
  record += fmt::format(
      ", \"input\": \"{}\", \"recomputed_macs\": {}",
      m->streamedInput ? "streamed by rows (not in the arena)" : "whole, in the arena", recomputed);
  record +=
      fmt::format(", \"peak_arena_bytes\": {}, \"arena_vs_layer_by_layer\": {:.3f}, "
                  "\"depth_first_segments\": \"{}\", \"moved_bytes\": {}, \"macs\": {}",
                  m->plan.arenaBytes,
                  static_cast<double>(m->plan.arenaBytes) / static_cast<double>(layerByLayerArena),
                  model::describePlan(*m), m->movedBytes, m->macs);
  record += fmt::format(", \"operators_reordered\": {}", m->nodeOrder.empty() ? "false" : "true");
  line = fmt::format(
      "{:<40} {:<11} arena {:>8} ({:.2f}x layer by layer)", name, planName, m->plan.arenaBytes,
      static_cast<double>(m->plan.arenaBytes) / static_cast<double>(layerByLayerArena));
  if (auto kib = tinyTsKiB(name); kib && planName.starts_with("min-memory")) {
    const bool meets = static_cast<double>(m->plan.arenaBytes) <= *kib * 1024;
    record += fmt::format(", \"tinyts_df1_evict_in_kib\": {}, \"at_or_below_tinyts\": {}", *kib,
                          meets ? "true" : "false");
    line += fmt::format(", TinyTS {} KiB: {}", *kib, meets ? "at or below" : "ABOVE");
  }
  if (!vectors.empty()) {
    const auto input = readFile(vectors / "input-1.bin");
    auto written = model::writeModel(*m, target, dir / "gen");
    auto run = written ? qemu::runModelInQemu(target, dir / "gen", m->name, m->plan.arenaBytes,
                                              input, dir / "run")
                       : Expected<qemu::ModelRun>(written.error());
    if (!run) {
      record += fmt::format(", \"status\": \"{}\"",
                            std::regex_replace(run.error().message, std::regex(R"(["\\\n])"), " "));
      ++failures;
    } else {
      const auto expected = readFile(vectors / "output-1.bin");
      const bool tflm = run->output.size() >= expected.size() &&
                        std::equal(expected.begin(), expected.end(), run->output.begin());
      auto reference = graph::runReference(g, input);
      const bool host = reference && *reference == run->output;
      failures += !tflm || !host;
      const double overhead =
          static_cast<double>(run->instructions) / static_cast<double>(layerByLayerInstructions);
      record += fmt::format(", \"instructions\": {}, \"instructions_layer_by_layer\": {}, "
                            "\"instructions_vs_layer_by_layer\": {:.4f}, \"bit_exact_with_tflm\": "
                            "{}, \"bit_exact_with_reference\": {}",
                            run->instructions, layerByLayerInstructions, overhead,
                            tflm ? "true" : "false", host ? "true" : "false");
      line += fmt::format(", {} instructions ({:.3f}x), {}", run->instructions, overhead,
                          tflm && host ? "bit-exact" : "OUTPUT DIFFERS");
    }
  }
  fmt::print("{}\n", line);
  return record + "}";
}

} // namespace loom::bench
