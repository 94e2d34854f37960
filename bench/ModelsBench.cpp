// scripts/bench models; see ModelsBench.h.
#include "ModelsBench.h"

#include "BenchFiles.h"
#include "MemoryRecords.h"
#include "loom/fixtures/ConfigNetwork.h"
#include "loom/graph/Liveness.h"
#include "loom/graph/ReferenceExecutor.h"
#include "loom/graph/TfliteImport.h"
#include "loom/model/ModelCompiler.h"
#include "loom/qemu/FlashSplit.h"
#include "loom/qemu/QemuRunner.h"
#include "loom/tune/SearchSpace.h"
#include "loom/tune/TuningLog.h"

#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <regex>

namespace loom::bench {

namespace {

// Every MCUNet json network config (plus the resolution overrides LAYERS.md lists): MACs,
// parameters, peak arena (layer by layer, depthwise in place) and flash of the generated objects
// (synthetic weights of the real sizes). Returns the json records, one per line.
std::string benchConfigs(const std::filesystem::path &dir, const std::filesystem::path &out,
                         const codegen::Target &target) {
  std::vector<std::pair<std::filesystem::path, int>> configs;
  if (std::filesystem::exists(dir))
    for (const auto &e : std::filesystem::directory_iterator(dir))
      if (e.path().extension() == ".json")
        configs.emplace_back(e.path(), 0);
  std::sort(configs.begin(), configs.end());
  configs.emplace_back(dir / "proxyless-w0.3-r176_imagenet.json", 64);
  configs.emplace_back(dir / "mbv2-w0.3-r80_imagenet.json", 64);
  std::string json;
  for (const auto &[path, resolution] : configs) {
    const std::string name =
        path.stem().string() + (resolution ? fmt::format("-r{}", resolution) : "");
    std::string record = fmt::format("  {{\"model\": \"{}\", \"source\": \"json config\"", name);
    auto g = graph::networkFromConfigFile(path, resolution);
    Expected<model::CompiledModel> m = g ? model::compileModel(*g, {.inPlaceDepthwise = true})
                                         : Expected<model::CompiledModel>(g.error());
    int64_t flash = 0;
    Status written = m ? model::writeModel(*m, target, out / "configs" / name) : Status(m.error());
    if (written)
      for (const auto &st : m->steps)
        if (auto b = qemu::flashBytes(out / "configs" / name / (st.kernel.name + ".o")))
          flash += *b;
    if (!written) {
      record +=
          fmt::format(", \"status\": \"{}\"",
                      std::regex_replace(written.error().message, std::regex(R"(["\\\n])"), " "));
      fmt::print("{:<40} {}\n", name, written.error().message.substr(0, 120));
    } else {
      const int64_t bound = graph::lowerBound(m->buffers);
      record +=
          fmt::format(", \"plan\": \"layer-by-layer, in-place depthwise\", \"macs\": {}, "
                      "\"parameters\": {}, \"peak_arena_bytes\": {}, \"lower_bound_bytes\": {}, "
                      "\"flash_bytes\": {}",
                      m->macs, graph::parameters(*g), m->plan.arenaBytes, bound, flash);
      fmt::print("{:<40} {:>10} {:>12} {:>12} {:>12} {:>11} {:>13}  {}\n", name, m->macs,
                 m->plan.arenaBytes, bound, bound, flash, "-", "profile (json config)");
    }
    json += record + "},\n";
    if (m) {
      int unused = 0;
      // The smallest arena (the input streamed by rows where a segment can read it so), and the
      // smallest with the whole input in the arena.
      json +=
          bench::memoryPlanRecord(*g, name, "min-memory", 0, m->plan.arenaBytes, 0, {},
                                  out / "configs" / (name + "-min-memory"), target, unused, true) +
          ",\n";
      json += bench::memoryPlanRecord(*g, name, "min-memory-whole-input", 0, m->plan.arenaBytes, 0,
                                      {}, out / "configs" / (name + "-min-memory-whole"), target,
                                      unused, false) +
              ",\n";
    }
  }
  // Records end with ",\n"; the last one closes the list.
  if (json.size() >= 2)
    json.replace(json.size() - 2, 2, "\n");
  return json;
}

std::pair<std::string, std::string> familyBreakdown(const model::CompiledModel &m,
                                                    const qemu::ModelRun &run);

// Instructions of one inference with the default and with the tuned schedules, in the plan users
// ship (layer by layer, depthwise in place), both checked against TFLM's output, as json fields;
// with `families`, the tuned run's instructions per op family too (printed and as json).
struct TunedComparison {
  std::string json;
  int64_t tunedInstructions = 0;
};
Expected<TunedComparison> tunedComparison(const graph::Graph &g, const codegen::Target &target,
                                          const std::filesystem::path &logPath,
                                          const std::vector<uint8_t> &input,
                                          const std::vector<uint8_t> &expected,
                                          const std::filesystem::path &dir, bool families) {
  const tune::TuningLog log = tune::TuningLog::load(logPath);
  int64_t instructions[2] = {0, 0}, flash[2] = {0, 0};
  int tunedKernels = 0;
  std::string familyText, familyJson;
  for (int tuned = 0; tuned < 2; ++tuned) {
    model::CompileOptions options{.inPlaceDepthwise = true};
    if (tuned)
      options.tunedSchedule = tune::tunedScheduleLookup(log, target);
    auto m = model::compileModel(g, options);
    if (!m)
      return m.error();
    const auto sub = dir / (tuned ? "tuned" : "default");
    if (auto s = model::writeModel(*m, target, sub / "gen"); !s)
      return s.error();
    auto run =
        qemu::runModelInQemu(target, sub / "gen", m->name, m->plan.arenaBytes, input, sub / "run");
    if (!run)
      return run.error();
    if (run->output.size() < expected.size() ||
        !std::equal(expected.begin(), expected.end(), run->output.begin()))
      return Error{fmt::format("{}: the {} schedules' output differs from TFLM", g.name,
                               tuned ? "tuned" : "default")};
    instructions[tuned] = run->instructions;
    qemu::KernelFlash split; // the kernel objects' bytes, as the main table counts them
    for (const auto &st : m->steps) {
      if (st.inputRows)
        continue;
      auto k = qemu::kernelFlash(sub / "gen" / (st.kernel.name + ".o"), st.kernel);
      if (!k)
        return k.error();
      split += *k;
    }
    flash[tuned] = split.total();
    if (!tuned)
      continue;
    for (const auto &st : m->steps)
      tunedKernels += st.tuned;
    if (families)
      std::tie(familyText, familyJson) = familyBreakdown(*m, *run);
  }
  fmt::print("{:<40} in place on {}: default schedules {} instructions ({} B flash), tuned {} "
             "({} B; {:.3f}x, {} kernels tuned), both bit-exact with TFLM\n{}",
             g.name, target.cpuName(), instructions[0], flash[0], instructions[1], flash[1],
             static_cast<double>(instructions[1]) / static_cast<double>(instructions[0]),
             tunedKernels, familyText);
  return TunedComparison{
      fmt::format("{{\"target\": \"{}\", \"instructions_default_schedules\": {}, "
                  "\"instructions_tuned\": {}, \"flash_default_schedules\": {}, "
                  "\"flash_tuned\": {}, \"tuned_kernels\": {}{}}}",
                  target.cpuName(), instructions[0], instructions[1], flash[0], flash[1],
                  tunedKernels, familyJson.empty() ? "" : ", \"op_families_tuned\": " + familyJson),
      instructions[1]};
}

// Where one inference's instructions go, per op family (the first word of each kernel's
// description: PointwiseConv2D, DepthwiseConv2D, Conv2D, Add, ...): share of the instructions and
// MACs per instruction, printed and as a json object. Empty without per-layer counts.
std::pair<std::string, std::string> familyBreakdown(const model::CompiledModel &m,
                                                    const qemu::ModelRun &run) {
  if (run.layerInstructions.size() != m.steps.size() || run.instructions <= 0)
    return {};
  std::map<std::string, std::pair<int64_t, int64_t>> families; // instructions, MACs
  for (size_t i = 0; i < m.steps.size(); ++i) {
    const std::string &d = m.steps[i].kernel.description;
    auto &f = families[d.substr(0, d.find(' '))];
    f.first += run.layerInstructions[i];
    f.second += m.steps[i].macs;
  }
  std::vector<std::pair<std::string, std::pair<int64_t, int64_t>>> sorted(families.begin(),
                                                                          families.end());
  std::sort(sorted.begin(), sorted.end(),
            [](const auto &a, const auto &b) { return a.second.first > b.second.first; });
  std::string text, json;
  for (const auto &[family, figures] : sorted) {
    const double share =
        100.0 * static_cast<double>(figures.first) / static_cast<double>(run.instructions);
    const double perInstr =
        figures.first ? static_cast<double>(figures.second) / static_cast<double>(figures.first)
                      : 0.0;
    text += fmt::format("    {:<18} {:>12} instructions {:>5.1f}%  {:>5.2f} MAC/instr\n", family,
                        figures.first, share, perInstr);
    json +=
        fmt::format("{}\"{}\": {{\"instructions\": {}, \"share\": {:.4f}, \"macs\": {}}}",
                    json.empty() ? "" : ", ", family, figures.first, share / 100, figures.second);
  }
  return {text, "{" + json + "}"};
}

// The same in-place plan on the other cores of --also-on: written for each, run in its QEMU board
// on the first TFLM vector and compared with TFLM's output. Returns the json array of records
// ({"target", "instructions", "bit_exact_with_tflm"} or {"target", "status"}); a difference or a
// failed run counts in `failures`.
std::string otherCoreRecords(const model::CompiledModel &m, const std::vector<std::string> &alsoOn,
                             const std::filesystem::path &vectors, const std::filesystem::path &dir,
                             int64_t m7Instructions, int &failures) {
  std::string json;
  for (const auto &cpu : alsoOn) {
    auto target = codegen::parseTarget(cpu); // checked when parsing the command line
    const auto sub = dir / cpu;
    Expected<qemu::ModelRun> run = Error{""};
    if (auto s = model::writeModel(m, *target, sub / "gen"); !s)
      run = s.error();
    else
      run = qemu::runModelInQemu(*target, sub / "gen", m.name, m.plan.arenaBytes,
                                 readFile(vectors / "input-1.bin"), sub / "run");
    std::string record = fmt::format("{{\"target\": \"{}\"", cpu);
    if (!run) {
      ++failures;
      fmt::print("    on {:<11} {}\n", cpu, run.error().message.substr(0, 110));
      record += fmt::format(", \"status\": \"{}\"}}",
                            std::regex_replace(run.error().message, std::regex(R"(["\\\n])"), " "));
    } else {
      const auto expected = readFile(vectors / "output-1.bin");
      const bool exact = run->output.size() >= expected.size() &&
                         std::equal(expected.begin(), expected.end(), run->output.begin());
      failures += !exact;
      fmt::print("    on {:<11} {:>13} instructions ({:.3f}x the Cortex-M7)  {}\n", cpu,
                 run->instructions,
                 static_cast<double>(run->instructions) / static_cast<double>(m7Instructions),
                 exact ? "bit-exact with TFLM" : "OUTPUT DIFFERS FROM TFLM");
      record += fmt::format(", \"instructions\": {}, \"bit_exact_with_tflm\": {}}}",
                            run->instructions, exact ? "true" : "false");
    }
    json += (json.empty() ? "" : ", ") + record;
  }
  return "[" + json + "]";
}

} // namespace

// Every shared .tflite: arena, lower bounds, flash, MACs; for the models loom can run, the
// instructions of one inference on Cortex-M7 (mps2-an500) on the first TFLM vector, and whether
// the output equals TFLM's byte for byte; the same on each core of --also-on.
int benchModels(const ModelsArgs &args) {
  const std::filesystem::path &models = args.models, &out = args.out;
  std::vector<std::filesystem::path> files;
  for (const auto &dir : {models, models / "extra", models / "coverage"})
    if (std::filesystem::exists(dir))
      for (const auto &e : std::filesystem::directory_iterator(dir))
        if (e.path().extension() == ".tflite")
          files.push_back(e.path());
  std::sort(files.begin(), files.end());
  const codegen::Target m7{codegen::Cpu::CortexM7, codegen::FloatAbi::Hard};
  const codegen::Target m4{codegen::Cpu::CortexM4, codegen::FloatAbi::Hard};
  fmt::print("{:<40} {:>10} {:>12} {:>12} {:>12} {:>11} {:>13}  {}\n", "model", "MACs", "arena",
             "lower bound", "in-place DW", "flash", "instructions", "status");
  std::string json = "[\n", memoryRecords;
  int failures = 0;
  int64_t tunedM7 = 0; // the current model's tuned in-place Cortex-M7 instructions (0: no log)
  for (size_t f = 0; f < files.size(); ++f) {
    const std::string name = files[f].stem().string();
    std::string record = fmt::format("  {{\"model\": \"{}\"", name), status;
    auto g = graph::importTfliteFile(files[f]);
    if (!g) {
      status = "import: " + g.error().message;
    } else {
      int64_t macs = 0;
      for (const auto &n : g->nodes)
        macs += graph::macs(*g, n);
      const int64_t inPlace = graph::lowerBound(graph::activationBuffers(*g, true).requests);
      record += fmt::format(", \"macs\": {}, \"live_set_in_place_dw_bytes\": {}", macs, inPlace);
      // The memory-lean plan: layer by layer, depthwise convolutions in place.
      auto m = model::compileModel(*g, {.inPlaceDepthwise = true});
      int64_t flash = 0;
      if (!m) {
        status = "not runnable yet: " + m.error().message;
        fmt::print("{:<40} {:>10} {:>12} {:>12} {:>12} {:>11} {:>13}  {}\n", name, macs, "-", "-",
                   inPlace, "-", "-", status.substr(0, 110));
      } else {
        const auto dir = out / "models" / name;
        if (auto s = model::writeModel(*m, m7, dir / "gen"); !s) {
          status = s.error().message;
        } else {
          // The split of loom-gen's report (weights, tables, code of the kernel objects).
          qemu::KernelFlash split;
          for (const auto &st : m->steps) {
            if (st.inputRows)
              continue;
            auto k = qemu::kernelFlash(dir / "gen" / (st.kernel.name + ".o"), st.kernel);
            if (!k) {
              status = k.error().message;
              break;
            }
            split += *k;
          }
          flash = split.total();
          const auto vectors = models / "vectors" / name;
          auto run = qemu::runModelInQemu(m7, dir / "gen", m->name, m->plan.arenaBytes,
                                          readFile(vectors / "input-1.bin"), dir / "run");
          const int64_t bound = graph::lowerBound(m->buffers);
          record += fmt::format(", \"plan\": \"layer-by-layer, in-place depthwise\", "
                                "\"peak_arena_bytes\": {}, \"lower_bound_bytes\": {}, "
                                "\"flash_bytes\": {}, \"flash\": {{\"weights\": {}, "
                                "\"tables\": {}, \"code\": {}}}",
                                m->plan.arenaBytes, bound, flash, split.weights, split.tables,
                                split.code);
          auto linked =
              run ? qemu::linkedModelFlash(dir / "run" / (m->name + ".elf"), dir / "gen", m->name)
                  : Expected<qemu::LinkedModelFlash>(run.error());
          if (linked)
            record += fmt::format(", \"linked_flash\": {{\"kernels\": {}, \"glue\": {}, "
                                  "\"runtime\": {}}}",
                                  linked->kernels, linked->glue, linked->runtime);
          if (!run) {
            status = run.error().message;
          } else if (!status.empty()) {
            ++failures;
          } else {
            // TFLM's vector is output tensor 0; the firmware writes every output in order.
            const auto expected = readFile(vectors / "output-1.bin");
            const bool exact = run->output.size() >= expected.size() &&
                               std::equal(expected.begin(), expected.end(), run->output.begin());
            record += fmt::format(", \"instructions\": {}, \"bit_exact_with_tflm\": {}",
                                  run->instructions, exact ? "true" : "false");
            status = exact ? "ok, bit-exact with TFLM" : "OUTPUT DIFFERS FROM TFLM";
            failures += !exact;
            // With a committed tuning log for the model and a core: default vs tuned schedules
            // on that core, in the same plan.
            std::string tunedRecords;
            tunedM7 = 0;
            for (const codegen::Target &target : {m7, m4}) {
              const auto log = std::filesystem::path(LOOM_BENCH_TUNING_DIR) /
                               fmt::format("{}.{}.jsonl", name, target.cpuName());
              if (!std::filesystem::exists(log))
                continue;
              auto t = tunedComparison(*g, target, log, readFile(vectors / "input-1.bin"),
                                       readFile(vectors / "output-1.bin"),
                                       dir / std::string(target.cpuName()),
                                       name == "mcunet-vww0" || name == "mcunet-in3");
              if (!t) {
                status = t.error().message;
                ++failures;
              } else {
                tunedRecords += (tunedRecords.empty() ? "" : ", ") + t->json;
                if (target.cpu == codegen::Cpu::CortexM7)
                  tunedM7 = t->tunedInstructions;
              }
            }
            if (!tunedRecords.empty())
              record += ", \"tuned\": [" + tunedRecords + "]";
          }
          fmt::print("{:<40} {:>10} {:>12} {:>12} {:>12} {:>11} {:>13}  {}\n", name, macs,
                     m->plan.arenaBytes, bound, inPlace, flash,
                     run ? std::to_string(run->instructions) : "-", status.substr(0, 110));
          if (run && status.starts_with("ok") && !args.alsoOn.empty())
            record += ", \"other_cores\": " +
                      otherCoreRecords(*m, args.alsoOn, vectors, dir, run->instructions, failures);
          if (run && (name == "mcunet-vww0" || name == "mcunet-in3")) {
            auto [text, families] = familyBreakdown(*m, *run);
            fmt::print("{}", text);
            if (!families.empty())
              record += ", \"op_families\": " + families;
          }
          // Below layer by layer: the smallest arena, and (for the two models of the overhead
          // bar) the cheapest plan within half the layer-by-layer arena.
          if (run) {
            // The smallest arena (the input streamed by rows where a segment can read it so), and
            // the smallest with the whole input in the arena.
            memoryRecords += bench::memoryPlanRecord(*g, name, "min-memory", 0, m->plan.arenaBytes,
                                                     run->instructions, vectors, dir / "min-memory",
                                                     m7, failures, true) +
                             ",\n";
            memoryRecords +=
                bench::memoryPlanRecord(*g, name, "min-memory-whole-input", 0, m->plan.arenaBytes,
                                        run->instructions, vectors, dir / "min-memory-whole", m7,
                                        failures, false) +
                ",\n";
            if (name == "mcunet-vww0" || name == "mcunet-in3") {
              memoryRecords +=
                  bench::memoryPlanRecord(*g, name, "half-arena", m->plan.arenaBytes / 2,
                                          m->plan.arenaBytes, run->instructions, vectors,
                                          dir / "half-arena", m7, failures, false) +
                  ",\n";
              // The same budget with the model's Cortex-M7 log (its plan's kernels tuned), against
              // the tuned layer-by-layer figure.
              const auto logPath = std::filesystem::path(LOOM_BENCH_TUNING_DIR) /
                                   fmt::format("{}.cortex-m7.jsonl", name);
              if (tunedM7 > 0) {
                const tune::TuningLog log = tune::TuningLog::load(logPath);
                memoryRecords +=
                    bench::memoryPlanRecord(*g, name, "half-arena-tuned", m->plan.arenaBytes / 2,
                                            m->plan.arenaBytes, tunedM7, vectors,
                                            dir / "half-arena-tuned", m7, failures, false, &log) +
                    ",\n";
              }
            }
          }
        }
      }
    }
    if (!status.starts_with("ok"))
      record += fmt::format(", \"status\": \"{}\"",
                            std::regex_replace(status, std::regex(R"(["\\\n])"), " "));
    json += record + "},\n";
  }
  json += memoryRecords + benchConfigs(models / "configs", out, m7) + "]\n";
  std::filesystem::create_directories(out);
  std::ofstream(out / "models.json") << json;
  fmt::print("\nwrote {}\n", (out / "models.json").string());
  return failures ? 1 : 0;
}

} // namespace loom::bench
