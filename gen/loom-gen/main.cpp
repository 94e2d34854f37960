// loom-gen: compile a whole model for a Cortex-M.
//
//   loom-gen [MODEL.tflite|NET.json] [--target cortex-m7|cortex-m4|cortex-m33|cortex-m55] [-o DIR]
//            [--schedule default|naive] [--plain-depthwise] [--run] [--input INPUT.bin]
//            [--profile] [--resolution N] [--name IDENTIFIER] [--tuning-log FILE] [--assembly]
//            [--depth-first FIRST-LAST:ROWS|:L[SLACK][/NxC]|:PRxC[,...] | --min-memory |
//             --memory-budget BYTES] [--stream-input]
//
// Memory plans below layer by layer (graph/DepthFirst.h): --depth-first gives the segments that
// run by row bands, line buffers or patches; --min-memory searches the smallest arena,
// --memory-budget the cheapest plan that fits; --stream-input lets a segment read the model
// input row by row from the application instead of keeping it in the arena.
//
// Without a model it compiles loom's built-in demo network. NET.json is an MCUNet/ProxylessNAS
// network config (synthetic weights; --resolution overrides its input size). --profile sizes the
// network for architecture search: MACs, parameters, peak arena (layer by layer, depthwise in
// place) and flash, measured from the generated objects, without weights or hardware. It writes one
// object per kernel, the model's C glue and header, and report.md / report.json (per layer: op,
// MACs, schedule, arena offsets; totals: peak_arena_bytes, lower_bound_bytes, flash_bytes, macs).
// --run links the model into the QEMU firmware, runs one inference (on INPUT.bin, or a fixed random
// input), checks it against the host reference executor and prints the output and the instruction
// count.
#include "GenOptions.h"
#include "ProfilePrint.h"
#include "Report.h"

#include "../common/LiveProgress.h"

#include "loom/fixtures/ConfigNetwork.h"
#include "loom/fixtures/DemoNetwork.h"
#include "loom/graph/MemoryPlot.h"
#include "loom/graph/MemorySearch.h"
#include "loom/graph/ReferenceExecutor.h"
#include "loom/graph/TfliteImport.h"
#include "loom/model/ModelCompiler.h"
#include "loom/qemu/FirmwareSources.h"
#include "loom/qemu/FlashSplit.h"
#include "loom/qemu/QemuRunner.h"
#include "loom/tune/SearchSpace.h"
#include "loom/tune/TuningLog.h"

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <optional>
#include <random>
#include <set>
#include <unistd.h>

namespace {

using namespace loom;
namespace fs = std::filesystem;

// The output folder is written whole or not at all: everything goes to a staging folder beside
// it, which replaces the folder only when complete, so a reused folder keeps no file of an earlier
// plan and an interrupted run leaves the earlier output intact (and a .partial folder that the
// next run clears). A folder that is not loom output (no report.json) is never replaced.
struct OutputFolder {
  fs::path final, staging;
};

Expected<OutputFolder> prepareOutput(const fs::path &requested) {
  std::error_code ec;
  fs::path out = fs::absolute(requested, ec).lexically_normal();
  if (!out.has_filename())
    out = out.parent_path();
  const fs::path cwd = fs::current_path(ec);
  auto [end, at] = std::mismatch(out.begin(), out.end(), cwd.begin(), cwd.end());
  if (end == out.end())
    return Error{fmt::format("-o {}: the output folder would replace the current folder or one "
                             "above it; give a folder of its own",
                             requested.string())};
  if (fs::exists(out, ec)) {
    if (!fs::is_directory(out, ec))
      return Error{fmt::format("-o {}: exists and is not a folder", requested.string())};
    if (!fs::is_empty(out, ec) && !fs::exists(out / "report.json", ec))
      return Error{fmt::format("-o {}: the folder holds files that are not loom-gen output (no "
                               "report.json); give a new or empty folder",
                               requested.string())};
  }
  OutputFolder f{out, out.parent_path() / (out.filename().string() + ".partial")};
  fs::remove_all(f.staging, ec);
  if (ec)
    return Error{fmt::format("cannot clear {}: {}", f.staging.string(), ec.message())};
  fs::create_directories(f.staging, ec);
  if (ec)
    return Error{fmt::format("cannot create {}: {}", f.staging.string(), ec.message())};
  return f;
}

Status publishOutput(const OutputFolder &f) {
  std::error_code ec;
  fs::remove_all(f.final, ec);
  if (!ec)
    fs::rename(f.staging, f.final, ec);
  if (ec)
    return Error{fmt::format("cannot move {} to {}: {}", f.staging.string(), f.final.string(),
                             ec.message())};
  return {};
}

} // namespace

// The work: load, compile, write, report and (--run) run in QEMU.
int generate(const gen::GenOptions &o) {
  const codegen::Target *target = &o.target;
  auto folder = prepareOutput(o.out);
  if (!folder) {
    fmt::print(stderr, "loom-gen: {}\n", folder.error().message);
    return 1;
  }
  const fs::path &out = o.out, &staging = folder->staging;
  // On an error the staging folder goes; once published it no longer exists.
  struct RemoveStaging {
    fs::path path;
    ~RemoveStaging() {
      std::error_code ec;
      fs::remove_all(path, ec);
    }
  } removeStaging{staging};
  auto g = o.modelPath.empty() ? Expected<graph::Graph>(graph::demoNetwork())
           : o.modelPath.ends_with(".json")
               ? graph::networkFromConfigFile(o.modelPath, o.resolution)
               : graph::importTfliteFile(o.modelPath);
  // --profile lists the model's operators, also (and above all) when some are not supported.
  if (o.profile && !o.modelPath.empty() && !o.modelPath.ends_with(".json"))
    gen::printOperatorTable(o.modelPath);
  if (!g) {
    fmt::print(stderr, "loom-gen: {}\n", g.error().message);
    return 1;
  }
  if (!o.cName.empty())
    g->name = o.cName; // the C prefix of the generated files and functions
  model::CompileOptions options{.defaultSchedules = o.defaultSchedules};
  const std::string &logPath = o.logPath;
  tune::TuningLog log;
  if (!logPath.empty()) {
    if (!fs::exists(logPath)) {
      fmt::print(stderr, "loom-gen: tuning log {} does not exist\n", logPath);
      return 1;
    }
    log = tune::TuningLog::load(logPath);
    for (const auto &problem : log.problems())
      fmt::print(stderr, "loom-gen: warning: {}\n", problem);
    options.tunedSchedule = tune::tunedScheduleLookup(log, *target);
  }
  std::optional<cli::LiveProgress> progress; // the plan search's and the flash budget's
  if (o.plan.searched() || o.plan.flashBudget) {
    if (auto lbl = graph::evaluatePlan(*g, {}); lbl && o.plan.searched())
      fmt::print("{}: layer by layer, {} bytes of activations are live at the peak\n", g->name,
                 lbl->liveBytes);
    progress.emplace(g->name, isatty(STDOUT_FILENO) != 0);
    options.progress = [&progress](const std::string &line) { progress->update(line); };
  }
  auto budgeted =
      cli::compilePlanWithinFlash(*g, options, o.plan, log, *target, staging / "flash-candidates");
  if (progress)
    progress->finish();
  if (!budgeted) {
    fmt::print(stderr, "loom-gen: {}{}\n", o.plan.flashBudget ? "--flash-budget: " : "",
               budgeted.error().message);
    return 1;
  }
  const std::optional<tune::FlashChoice> &choice = budgeted->choice;
  if (choice)
    fmt::print("{}: {}\n", g->name, tune::describeChoice(*choice, o.plan.flashBudget));
  auto m = std::optional<model::CompiledModel>(std::move(budgeted->model));
  if (!m->segments.empty()) {
    const int64_t extra = model::recomputedMacs(*m);
    fmt::print("{}: depth-first plan {}: {} bytes moved per inference, {}{}\n", g->name,
               model::describePlan(*m), m->movedBytes,
               extra ? fmt::format("{} MACs recomputed by the patches' halos (+{:.1f}%)", extra,
                                   100.0 * static_cast<double>(extra) /
                                       static_cast<double>(m->macs - extra))
                     : std::string("no MAC recomputed"),
               m->streamedInput ? "; the input is streamed by rows (<model>_read_input)" : "");
  } else if (o.plan.streamInput) {
    fmt::print("{}: the input is kept whole: no depth-first segment reads it\n", g->name);
  }
  if (!m->nodeOrder.empty())
    fmt::print("{}: operators reordered (parallel branches) to lower the live-set peak: {}\n",
               g->name, fmt::join(m->nodeOrder, " "));
  fmt::print("{}: generating the kernel objects ({} steps) in {}\n", g->name, m->steps.size(),
             staging.string());
  std::fflush(stdout);
  if (auto s = model::writeModel(*m, *target, staging, {.assembly = o.assembly}); !s) {
    fmt::print(stderr, "loom-gen: {}\n", s.error().message);
    return 1;
  }
  auto report = gen::writeReport(*g, *m, *target, staging);
  if (!report) {
    fmt::print(stderr, "loom-gen: {}\n", report.error().message);
    return 1;
  }
  // The choice was made on the objects of the fastest plan; the plan compiled with it is what
  // has to fit (a memory search may have planned other slices for the leaner kernels).
  if (o.plan.flashBudget && report->flash > o.plan.flashBudget) {
    fmt::print(stderr,
               "loom-gen: --flash-budget: the plan compiled with the chosen schedules needs {} "
               "bytes of kernels, more than the budget of {} bytes (the choice predicted {})\n",
               report->flash, o.plan.flashBudget, choice ? choice->flash : report->flash);
    return 1;
  }
  // --profile sizes the network: the objects were needed to measure flash, not as output.
  if (o.profile && !o.run) {
    std::error_code ec;
    for (const auto &e : fs::directory_iterator(staging, ec))
      if (const auto f = e.path().filename();
          f != "report.md" && f != "report.json" && f != "memory.svg")
        fs::remove_all(e.path(), ec);
  }
  if (auto s = publishOutput(*folder); !s) {
    fmt::print(stderr, "loom-gen: {}\n", s.error().message);
    return 1;
  }
  if (!logPath.empty()) {
    const auto tuned =
        std::count_if(m->steps.begin(), m->steps.end(), [](const auto &s) { return s.tuned; });
    fmt::print("{}: {} of {} kernels use a tuned schedule from {}\n", g->name, tuned,
               m->steps.size(), logPath);
    if (tuned == 0)
      fmt::print(stderr,
                 "loom-gen: warning: no record of {} matches a layer of {} on {} (a log of "
                 "another model, target or plan?); every kernel uses the default schedules\n",
                 logPath, g->name, target->name());
  }
  fmt::print("{}: {} kernels for {}, {} MACs\n  peak arena {} bytes (lower bound {} bytes, "
             "plan {}), flash {} bytes\n  wrote {}/{{{}report.md, report.json, memory.svg}}{}\n",
             g->name, m->steps.size(), target->name(), m->macs, m->plan.arenaBytes,
             report->lowerBound, m->plan.algorithm, report->flash, out.string(),
             o.profile && !o.run ? "" : fmt::format("{0}.c, {0}.h, ", m->name),
             o.profile && !o.run ? "" : " and the kernel objects");
  if (o.profile)
    gen::printProfile(*g, {std::string(target->name()), m->macs, m->plan.arenaBytes,
                           report->lowerBound, report->flash, report->split.weights,
                           report->split.tables, report->split.code});
  if (!o.run)
    return 0;

  std::vector<uint8_t> input;
  if (!o.inputPath.empty()) {
    std::error_code ec;
    std::ifstream f(o.inputPath, std::ios::binary);
    if (!f || fs::is_directory(o.inputPath, ec)) {
      fmt::print(stderr, "loom-gen: --run: cannot open the input file {}\n", o.inputPath);
      return 1;
    }
    input.assign(std::istreambuf_iterator<char>(f), {});
  } else {
    std::mt19937 rng(1);
    input.resize(static_cast<size_t>(m->inputBytes));
    for (auto &b : input)
      b = static_cast<uint8_t>(rng());
  }
  auto expected = graph::runReference(*g, input);
  if (!expected) {
    fmt::print(stderr, "loom-gen: reference executor: {}\n", expected.error().message);
    return 1;
  }
  auto r = qemu::runModelInQemu(*target, out, m->name, m->plan.arenaBytes, input, out / "qemu");
  if (!r) {
    fmt::print(stderr, "loom-gen: {}\n", r.error().message);
    return 1;
  }
  // Every output in its own type (the firmware writes them one after another).
  std::string values;
  size_t at = 0;
  for (size_t k = 0; k < g->outputs.size(); ++k) {
    const graph::Tensor &t = g->tensors[g->outputs[k]];
    values += g->outputs.size() > 1 ? fmt::format("{}output {}: ", k ? "; " : "", k) : "";
    const size_t end = std::min(r->output.size(), at + static_cast<size_t>(t.byteSize()));
    for (size_t i = at; i < end; i += static_cast<size_t>(graph::elementSize(t.type))) {
      if (t.type == graph::DataType::Float32 && i + 4 <= end) {
        float v;
        std::memcpy(&v, &r->output[i], 4);
        values += fmt::format("{:g} ", v);
      } else if (t.type == graph::DataType::UInt8) {
        values += fmt::format("{} ", r->output[i]);
      } else if (t.type == graph::DataType::Int16 && i + 2 <= end) {
        int16_t v;
        std::memcpy(&v, &r->output[i], 2);
        values += fmt::format("{} ", v);
      } else if (t.type == graph::DataType::Int32 && i + 4 <= end) {
        int32_t v;
        std::memcpy(&v, &r->output[i], 4);
        values += fmt::format("{} ", v);
      } else {
        values += fmt::format("{} ", static_cast<int>(static_cast<int8_t>(r->output[i])));
      }
    }
    at = end;
  }
  const bool exact = r->output == *expected;
  // What the linker kept of the model's objects (its map); the kernels must add up to the
  // report's flash of the kernel objects.
  auto linked = qemu::linkedModelFlash(out / "qemu" / (m->name + ".elf"), out, m->name);
  if (!linked) {
    fmt::print(stderr, "loom-gen: {}\n", linked.error().message);
    return 1;
  }
  if (linked->kernels != report->flash)
    fmt::print(stderr,
               "loom-gen: warning: the linked firmware holds {} bytes of kernels, the kernel "
               "objects {}\n",
               linked->kernels, report->flash);
  gen::addRunToReport(out, *m, *r, *linked, exact, qemu::qemuMachine(target->cpu), o.clockMhz);
  fmt::print("  QEMU {}: output [{}] ({})\n  {} instructions per inference ({:.2f} per MAC; "
             "{:.2f} ms at {} MHz and one instruction per cycle)\n",
             qemu::qemuMachine(target->cpu), values,
             exact ? "bit-exact with the host reference executor"
                   : "DIFFERS FROM THE HOST REFERENCE EXECUTOR",
             r->instructions, static_cast<double>(r->instructions) / static_cast<double>(m->macs),
             static_cast<double>(r->instructions) / (o.clockMhz * 1000.0), o.clockMhz);
  fmt::print("  flash in the linked firmware: {} bytes from the model (kernels {}, C glue {}, "
             "runtime {}), {} bytes of board firmware\n",
             linked->model(), linked->kernels, linked->glue, linked->runtime, linked->firmware);
  if (auto sources = qemu::firmwareSources())
    fmt::print("  firmware and executor sources: {}, {}\n", sources->firmware.string(),
               sources->runtime.string());
  if (r->layerInstructions.size() == m->steps.size()) {
    fmt::print("  per layer (a second, timed inference; each to one timer tick, 31 to 50 "
               "instructions):\n");
    for (size_t i = 0; i < m->steps.size(); ++i)
      fmt::print("    node {:>3} {:<45} {:>10} MACs {:>11} instructions\n", m->steps[i].node,
                 m->steps[i].kernel.description, m->steps[i].macs, r->layerInstructions[i]);
  }
  return exact ? 0 : 1;
}

int main(int argc, char **argv) {
  auto options = gen::parseGenOptions(argc, argv);
  if (!options) {
    fmt::print(stderr, "loom-gen: {}\nrun loom-gen --help for every option\n",
               options.error().message);
    return 2;
  }
  if (options->help || options->version) {
    fmt::print("{}\n",
               options->help ? gen::genHelp() : fmt::format("loom-gen {}", tune::kLoomVersion));
    return 0;
  }
  return generate(*options);
}
