// loom-gen's reports: report.md, report.json and memory.svg of a compiled model (per layer: op,
// MACs, schedule, arena offsets, flash split; totals), and the figures --run adds to them.
#pragma once

#include "loom/codegen/Target.h"
#include "loom/graph/Graph.h"
#include "loom/model/ModelCompiler.h"
#include "loom/qemu/FlashSplit.h"
#include "loom/qemu/QemuRunner.h"

#include <filesystem>
#include <string_view>

namespace loom::gen {

struct Report {
  int64_t flash = 0, lowerBound = 0;
  qemu::KernelFlash split; // flash of the kernel objects: code, weights, tables
};

// Writes the reports into `dir`, where the kernel objects already are (their flash is measured).
Expected<Report> writeReport(const graph::Graph &g, const model::CompiledModel &m,
                             const codegen::Target &target, const std::filesystem::path &dir);

// --run: the measured figures join report.json ("run") and report.md.
void addRunToReport(const std::filesystem::path &dir, const model::CompiledModel &m,
                    const qemu::ModelRun &r, const qemu::LinkedModelFlash &linked, bool exact,
                    std::string_view machine, double clockMhz);

} // namespace loom::gen
