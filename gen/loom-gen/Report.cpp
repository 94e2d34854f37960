// Writing loom-gen's reports (Report.h).
#include "Report.h"

#include "loom/graph/MemoryPlot.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <set>

namespace loom::gen {

namespace fs = std::filesystem;

Expected<Report> writeReport(const graph::Graph &g, const model::CompiledModel &m,
                             const codegen::Target &target, const fs::path &dir) {
  Report r;
  std::vector<graph::BufferRequest> activations;
  for (const auto &b : m.buffers)
    activations.push_back(b);
  r.lowerBound = graph::lowerBound(m.buffers);
  std::string rows;
  nlohmann::ordered_json layers = nlohmann::ordered_json::array();
  std::set<std::string> counted; // depth-first slices share kernels
  for (size_t i = 0; i < m.steps.size(); ++i) {
    const auto &s = m.steps[i];
    auto split = s.inputRows ? Expected<qemu::KernelFlash>(qemu::KernelFlash{}) // no object
                             : qemu::kernelFlash(dir / (s.kernel.name + ".o"), s.kernel);
    if (!split)
      return split.error();
    const int64_t bytes = split->total();
    if (counted.insert(s.kernel.name).second) {
      r.flash += bytes;
      r.split += *split;
    }
    // s.node is the model's operator number (nodes may have been reordered).
    const graph::Node &n = *std::find_if(g.nodes.begin(), g.nodes.end(),
                                         [&](const graph::Node &x) { return x.index == s.node; });
    // A state argument is not in the arena: null ("state" in the table).
    nlohmann::json arenaOffsets = nlohmann::json::array();
    std::string offsets;
    for (int b : s.buffers) {
      arenaOffsets.push_back(b >= 0 ? nlohmann::json(m.plan.offsets[b]) : nlohmann::json());
      offsets += fmt::format("{}{}", offsets.empty() ? "" : ", ",
                             b >= 0 ? std::to_string(m.plan.offsets[b]) : "state");
    }
    layers.push_back(
        {{"node", s.node},
         {"op", graph::name(n.op)},
         {"kernel", s.kernel.name},
         {"macs", s.macs},
         {"flash_bytes", bytes},
         {"flash", {{"code", split->code}, {"weights", split->weights}, {"tables", split->tables}}},
         {"arena_offsets", arenaOffsets},
         {"schedule", s.schedule},
         {"tuned", s.tuned},
         {"requantization", s.requantization},
         {"left_out", s.leftOut}});
    std::string sched = s.schedule;
    std::replace(sched.begin(), sched.end(), '\n', ';');
    rows += fmt::format("| {} | {} | {} | {} | {} | {} | {} |\n", s.node, graph::name(n.op),
                        s.kernel.description, s.macs, offsets, s.requantization,
                        sched.empty() ? "naive" : sched);
  }
  auto io = [](const model::CompiledModel::IoTensor &t) {
    return nlohmann::ordered_json{{"name", t.name},
                                  {"type", t.type},
                                  {"shape", t.shape},
                                  {"scales", t.scales},
                                  {"zero_points", t.zeroPoints}};
  };
  nlohmann::ordered_json outputs = nlohmann::ordered_json::array();
  for (const auto &t : m.outputs)
    outputs.push_back(io(t));
  const nlohmann::ordered_json report = {{"model", g.name},
                                         {"target", target.cpuName()},
                                         {"peak_arena_bytes", m.plan.arenaBytes},
                                         {"state_bytes", m.stateBytes},
                                         {"lower_bound_bytes", r.lowerBound},
                                         {"flash_bytes", r.flash},
                                         {"flash",
                                          {{"code", r.split.code},
                                           {"weights", r.split.weights},
                                           {"tables", r.split.tables},
                                           {"kernels", r.flash}}},
                                         {"macs", m.macs},
                                         {"plan", m.plan.algorithm},
                                         {"input", io(m.input)},
                                         {"outputs", outputs},
                                         {"layers", layers}};
  std::ofstream(dir / "report.json") << report.dump(2) << "\n";
  std::ofstream(dir / "memory.svg") << graph::memorySvg(m.buffers, m.plan, g.name);
  std::ofstream(dir / "report.md") << fmt::format(
      "# {} on {}\n\n| figure | value |\n|---|---|\n| peak arena (activations, I/O, scratch) | {} "
      "bytes |\n| persistent state (outside the arena) | {} bytes |\n| lower bound (max live "
      "bytes) | {} bytes |\n| flash of the kernels (weights + tables + code) | {} bytes ({} + {} + "
      "{}; the C glue and runtime: --run) |\n| MACs | {} |\n| arena plan | {} |\n\n| node | op | "
      "kernel | MACs | arena offsets | requantization | schedule "
      "|\n|---|---|---|---|---|---|---|\n{}"
      "\n```\n{}```\n",
      g.name, target.name(), m.plan.arenaBytes, m.stateBytes, r.lowerBound, r.flash,
      r.split.weights, r.split.tables, r.split.code, m.macs, m.plan.algorithm, rows,
      graph::dumpPlan(m.buffers, m.plan));
  return r;
}

// --run: the measured figures join report.json ("run") and report.md (a section and a column of
// instructions per layer), with the time at the given clock at one instruction per cycle (the M7
// dual-issues, so silicon can be faster; memory wait states make it slower).
void addRunToReport(const fs::path &dir, const model::CompiledModel &m, const qemu::ModelRun &r,
                    const qemu::LinkedModelFlash &linked, bool exact, std::string_view machine,
                    double clockMhz) {
  const double ms = static_cast<double>(r.instructions) / (clockMhz * 1000.0);
  std::ifstream in(dir / "report.json");
  nlohmann::ordered_json report = nlohmann::ordered_json::parse(in, nullptr, false);
  if (report.is_discarded())
    return;
  nlohmann::ordered_json run = {
      {"machine", machine},
      {"instructions", r.instructions},
      {"instructions_per_mac", static_cast<double>(r.instructions) / static_cast<double>(m.macs)},
      {"bit_exact_with_reference", exact},
      {"clock_mhz", clockMhz},
      {"milliseconds_at_one_instruction_per_cycle", ms}};
  const bool perLayer = r.layerInstructions.size() == m.steps.size();
  if (perLayer)
    for (size_t i = 0; i < m.steps.size(); ++i)
      report["layers"][i]["instructions"] = r.layerInstructions[i];
  run["linked_flash"] = {{"kernels", linked.kernels},
                         {"glue", linked.glue},
                         {"runtime", linked.runtime},
                         {"model_total", linked.model()},
                         {"board_firmware", linked.firmware}};
  report["run"] = run;
  std::ofstream(dir / "report.json") << report.dump(2) << "\n";
  std::string rows;
  for (size_t i = 0; perLayer && i < m.steps.size(); ++i)
    rows += fmt::format("| {} | {} | {} | {} |\n", m.steps[i].node, m.steps[i].kernel.description,
                        m.steps[i].macs, r.layerInstructions[i]);
  std::ofstream(dir / "report.md", std::ios::app) << fmt::format(
      "\n## Measured (--run, QEMU {} -icount shift=0)\n\n| figure | value |\n|---|---|\n"
      "| instructions per inference | {} |\n| instructions per MAC | {:.2f} |\n"
      "| output | {} |\n| time at {} MHz, one instruction per cycle | {:.2f} ms |\n"
      "| flash the model brings to the linked firmware (kernels + C glue + runtime) | {} bytes "
      "({} + {} + {}) |\n{}",
      machine, r.instructions, static_cast<double>(r.instructions) / static_cast<double>(m.macs),
      exact ? "bit-exact with the host reference" : "DIFFERS FROM THE HOST REFERENCE", clockMhz, ms,
      linked.model(), linked.kernels, linked.glue, linked.runtime,
      rows.empty()
          ? ""
          : "\n| node | kernel | MACs | instructions (to one timer tick) |\n|---|---|---|---|\n" +
                rows);
}

} // namespace loom::gen
