// scripts/bench kernels; see KernelsBench.h.
#include "KernelsBench.h"

#include "loom/fixtures/LayerId.h"
#include "loom/qemu/ExecutedMix.h"
#include "loom/schedule/DefaultSchedules.h"
#include "loom/tune/LayerMeasurement.h"
#include "loom/tune/SearchSpace.h"
#include "loom/tune/TuningLog.h"

#include <fmt/format.h>

#include <atomic>
#include <fstream>
#include <optional>
#include <thread>

namespace loom::bench {

namespace {

Expected<ir::Kernel> tunedKernel(const ops::AnyOp &op, const std::string &symbol,
                                 const std::string &text) {
  auto naive = ops::buildKernel(op, symbol);
  if (!naive)
    return naive;
  auto parsed = schedule::parseSchedule(text);
  if (!parsed)
    return parsed.error();
  return schedule::applySchedule(*naive, *parsed);
}

} // namespace

int benchKernels(const KernelsArgs &args) {
  const auto &layers = args.layers;
  const auto &targetNames = args.targetNames;
  const auto &out = args.out;
  const unsigned jobs = args.jobs;
  const auto &tuningLog = args.tuningLog;

  struct Job {
    ops::Layer layer;
    codegen::Target target;
    std::string schedule;       // naive, default or tuned
    std::string tunedText = {}; // the tuned schedule
  };
  const tune::TuningLog tuned = tune::TuningLog::load(tuningLog);
  for (const auto &p : tuned.problems())
    fmt::print(stderr, "loom-bench: warning: {}\n", p);
  std::vector<Job> work;
  for (const auto &id : layers) {
    auto layer = ops::parseLayerId(id);
    if (!layer) {
      fmt::print(stderr, "loom-bench: {}\n", layer.error().message);
      return 2;
    }
    for (const auto &t : targetNames) {
      auto target = codegen::parseTarget(t);
      if (!target) {
        fmt::print(stderr, "loom-bench: {}\n", target.error().message);
        return 2;
      }
      for (const char *schedule : {"naive", "default"})
        work.push_back({*layer, *target, schedule});
      // The tuned schedule: the best record of the committed tuning log (loom-tune's output).
      if (auto r = tuned.best(tune::tuningKey(layer->op), std::string(target->cpuName())))
        work.push_back({*layer, *target, "tuned", r->schedule});
    }
  }

  std::vector<std::optional<tune::LayerMeasurement>> results(work.size());
  std::vector<std::optional<qemu::ExecutedMix>> mixes(work.size()); // on MVE cores
  std::vector<std::string> errors(work.size());
  std::atomic<size_t> next{0};
  auto worker = [&] {
    for (size_t i; (i = next++) < work.size();) {
      const Job &j = work[i];
      const std::string &schedule = j.schedule;
      const std::string symbol = ops::symbolName(j.layer.id) + "_" + schedule;
      auto kernel = schedule == "naive"     ? ops::buildKernel(j.layer.op, symbol)
                    : schedule == "default" ? schedule::buildDefaultKernel(j.layer.op, symbol)
                                            : tunedKernel(j.layer.op, symbol, j.tunedText);
      if (!kernel) {
        errors[i] = kernel.error().message;
        continue;
      }
      auto m = tune::measureLayer(j.layer, *kernel, schedule, j.target,
                                  out / "kernels" / j.layer.id / std::string(j.target.cpuName()) /
                                      schedule);
      if (!m) {
        errors[i] = m.error().message;
        continue;
      }
      results[i] = *m;
      // QEMU counts an MVE instruction as one; the M55 takes two beats for most of them.
      if (j.target.hasMve()) {
        auto mix = qemu::executedMix(j.target, m->directory / (kernel->name + ".elf"), m->directory,
                                     kernel->name);
        if (mix)
          mixes[i] = *mix;
        else
          errors[i] = mix.error().message;
      }
    }
  };
  std::vector<std::thread> threads;
  for (unsigned t = 0; t < std::min<size_t>(jobs, work.size()); ++t)
    threads.emplace_back(worker);
  for (auto &t : threads)
    t.join();

  fmt::print("{:<24} {:<10} {:<9} {:>10} {:>13} {:>10} {:>12} {:>9}\n", "layer", "target",
             "schedule", "MACs", "instructions", "MAC/instr", "vs MAC bound", "bit-exact");
  std::string json = "[\n";
  int failures = 0;
  for (size_t i = 0; i < work.size(); ++i) {
    if (!results[i]) {
      fmt::print("{:<24} {:<10} {:<9} error: {}\n", work[i].layer.id, work[i].target.cpuName(),
                 work[i].schedule, errors[i]);
      ++failures;
      continue;
    }
    const auto &m = *results[i];
    if (work[i].target.hasMve() && !mixes[i]) {
      fmt::print("{:<24} {:<10} {:<9} error: {}\n", m.layer, m.target, m.schedule, errors[i]);
      ++failures;
      continue;
    }
    // The MAC bound: one SMLAD does two int8 MACs, so MACs/2 instructions is the floor.
    const double bound = static_cast<double>(m.instructions) / (static_cast<double>(m.macs) / 2);
    // On an MVE core: the executed vector instructions and the beat-weighted count beside it.
    std::string beats, beatsJson;
    if (mixes[i]) {
      const int64_t weighted = m.instructions + mixes[i]->vector; // vector x2 + the rest
      beats = fmt::format("  {} vector, beat-weighted {}", mixes[i]->vector, weighted);
      beatsJson = fmt::format(", \"vector_instructions\": {}, \"beat_weighted\": {}",
                              mixes[i]->vector, weighted);
    }
    fmt::print("{:<24} {:<10} {:<9} {:>10} {:>13} {:>10.3f} {:>11.1f}x {:>9}{}\n", m.layer,
               m.target, m.schedule, m.macs, m.instructions,
               static_cast<double>(m.macs) / static_cast<double>(m.instructions), bound,
               m.bitExact ? "yes" : "NO", beats);
    failures += !m.bitExact;
    json += fmt::format("  {{\"layer\": \"{}\", \"target\": \"{}\", \"schedule\": \"{}\", "
                        "\"macs\": {}, \"instructions\": {}, \"bit_exact\": {}, "
                        "\"instructions_per_mac_bound\": {:.3f}{}}}{}\n",
                        m.layer, m.target, m.schedule, m.macs, m.instructions,
                        m.bitExact ? "true" : "false", bound, beatsJson,
                        i + 1 < work.size() ? "," : "");
  }
  json += "]\n";
  std::filesystem::create_directories(out / "kernels");
  std::ofstream(out / "kernels.json") << json;
  std::ofstream(out / "kernels" / "README.md") << tune::layerFilesReadme();
  fmt::print("\nwrote {} and {}\n", (out / "kernels.json").string(),
             (out / "kernels" / "README.md").string());
  if (failures)
    fmt::print(stderr, "loom-bench: {} measurement(s) failed or were not bit-exact\n", failures);
  return failures ? 1 : 0;
}

} // namespace loom::bench
