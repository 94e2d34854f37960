// Evolutionary schedule search over the primitives' parameters, measured in parallel.
#include "loom/tune/Tuner.h"

#include "loom/codegen/Codegen.h"
#include "loom/qemu/Process.h"
#include "loom/schedule/DefaultSchedules.h"
#include "loom/tune/LayerMeasurement.h"
#include "loom/tune/SearchSpace.h"

#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstring>
#include <future>
#include <random>
#include <set>

namespace loom::tune {

namespace fs = std::filesystem;

// Candidates proposed per round of the search (see tuneLayer).
constexpr int kCandidatesPerRound = 4;

namespace {

class QemuMeasurer : public Measurer {
public:
  explicit QemuMeasurer(codegen::Target t) : target_(t) {}
  std::string backend() const override { return "qemu"; }
  Expected<Measurement> measure(const ops::Layer &layer, const ir::Kernel &kernel,
                                const std::string &schedule, const fs::path &work) override {
    auto m = measureLayer(layer, kernel, schedule, target_, work);
    if (!m)
      return m.error();
    return Measurement{m->instructions, m->bitExact};
  }

private:
  codegen::Target target_;
};

class CommandMeasurer : public Measurer {
public:
  CommandMeasurer(codegen::Target t, std::vector<std::string> command)
      : target_(t), command_(std::move(command)) {}
  std::string backend() const override { return "command"; }
  Expected<Measurement> measure(const ops::Layer &layer, const ir::Kernel &kernel,
                                const std::string &schedule, const fs::path &work) override {
    auto m = measureLayer(layer, kernel, schedule, target_, work); // builds the ELF, checks it
    if (!m)
      return m.error();
    std::vector<std::string> argv = command_;
    argv.push_back(fs::absolute(work / (kernel.name + ".elf")).string());
    auto r = qemu::runProcess(argv, work, 600);
    if (!r)
      return r.error();
    if (r->timedOut || r->exitCode != 0)
      return Error{fmt::format("measure command '{}' {}:\n{}", command_.front(),
                               r->timedOut ? "timed out" : fmt::format("exited {}", r->exitCode),
                               r->output)};
    // The last integer printed.
    int64_t cost = -1;
    for (size_t i = 0; i < r->output.size();) {
      if (std::isdigit(static_cast<unsigned char>(r->output[i]))) {
        size_t j = i;
        while (j < r->output.size() && std::isdigit(static_cast<unsigned char>(r->output[j])))
          ++j;
        cost = std::stoll(r->output.substr(i, std::min<size_t>(j - i, 18)));
        i = j;
      } else {
        ++i;
      }
    }
    if (cost <= 0)
      return Error{fmt::format("measure command '{}' printed no cycle count:\n{}", command_.front(),
                               r->output)};
    return Measurement{cost, m->bitExact};
  }

private:
  codegen::Target target_;
  std::vector<std::string> command_;
};

struct Candidate {
  std::vector<size_t> point; // empty: the default schedule
  std::string schedule;
  ir::Kernel kernel;
};

// A stable hash (FNV-1a) of a layer's key: its search's seed, the same on every machine and build.
unsigned keySeed(const std::string &key) {
  uint32_t h = 2166136261u;
  for (unsigned char c : key)
    h = (h ^ c) * 16777619u;
  return h;
}

std::string directoryName(const std::string &key) {
  std::string s;
  for (char c : key)
    s += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
  return s;
}

} // namespace

std::unique_ptr<Measurer> makeQemuMeasurer(const codegen::Target &target) {
  return std::make_unique<QemuMeasurer>(target);
}

std::unique_ptr<Measurer> makeCommandMeasurer(const codegen::Target &target,
                                              std::vector<std::string> command) {
  return std::make_unique<CommandMeasurer>(target, std::move(command));
}

Expected<bool> matchesReference(const ops::Layer &layer, const ir::Kernel &kernel) {
  auto jit = codegen::JitKernel::compile(kernel);
  if (!jit)
    return jit.error();
  std::vector<int8_t> input = layer.input;
  std::vector<int8_t> output(ops::outputBytes(layer.op), static_cast<int8_t>(0x5A));
  std::vector<std::vector<int8_t>> scratch;
  std::vector<void *> args;
  bool inPlace = false;
  for (const auto &b : kernel.arguments) {
    if (b->role == ir::BufferRole::Input) {
      args.push_back(input.data());
    } else if (b->role == ir::BufferRole::Output) {
      args.push_back(output.data());
    } else if (b->role == ir::BufferRole::InOut) { // the output lands in the input's first bytes
      input.resize(static_cast<size_t>(std::max<int64_t>(b->byteSize(), 0)));
      args.push_back(input.data());
      inPlace = true;
    } else {
      scratch.emplace_back(static_cast<size_t>(b->byteSize()));
      args.push_back(scratch.back().data());
    }
  }
  if (auto s = (*jit)->run(args); !s)
    return s.error();
  if (inPlace)
    std::copy_n(input.begin(), output.size(), output.begin());
  return output == ops::runReference(layer.op, layer.input);
}

Expected<TuneResult> tuneLayer(const ops::Layer &layer, const codegen::Target &target,
                               Measurer &measurer, TuningLog &log, const TuneOptions &options) {
  const std::string key = tuningKey(layer.op, layer.form), cpu(target.cpuName());
  const std::string symbol = ops::symbolName(layer.id);
  auto naive = ops::buildLayerKernel(layer.op, layer.form, symbol);
  if (!naive)
    return naive.error();
  const SearchSpace space = searchSpace(layer.op, layer.form);
  TuneResult result;
  result.key = key;
  // Seeded by the key, so a layer's search is the same wherever it runs (a Slurm task tuning one
  // layer proposes what a local run over the whole model proposes for it).
  std::mt19937 rng(keySeed(key) + options.seed);
  const auto start = std::chrono::steady_clock::now();
  auto elapsed = [&] {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  };
  std::set<std::string> seen; // schedule texts already proposed
  std::vector<std::pair<int64_t, std::vector<size_t>>> population; // measured points, by cost
  int serial = 0;
  // Resuming: once the replay of the earlier search (same seed, so the same proposals, all
  // found in the log) meets its first new candidate, every schedule the log holds for the layer
  // that is a point of the space joins the population, so the search goes on from the best of
  // them even when the space has grown since (a new knob changes the sequence of proposals, and
  // with it which logged points a replay meets). A resumed search with the budget it had
  // measures nothing.
  bool seeded = false;
  const size_t loggedBefore = log.records().size(); // this search's own records come after
  auto seedFromLog = [&] {
    seeded = true;
    const auto points = pointsByText(layer.op, space);
    std::set<std::vector<size_t>> present;
    for (const auto &entry : population)
      present.insert(entry.second);
    for (size_t i = 0; i < loggedBefore; ++i) {
      const TuningRecord &r = log.records()[i];
      if (r.key != key || r.target != cpu || r.backend != measurer.backend())
        continue;
      auto it = points.find(r.schedule);
      if (it == points.end() || !present.insert(it->second).second)
        continue;
      population.emplace_back(r.cost, it->second);
      seen.insert(r.schedule);
      if (result.bestCost == 0 || r.cost < result.bestCost) {
        result.bestCost = r.cost;
        result.bestSchedule = r.schedule;
      }
    }
  };

  // The flash-lean variants of the best points, queued once the search's budget is spent.
  std::vector<std::vector<size_t>> lean;
  bool leanPhase = false;
  auto queueLeanVariants = [&] {
    auto set = [&](std::vector<size_t> &p, const std::string &knob, int value) {
      for (size_t k = 0; k < space.knobs.size(); ++k)
        if (space.knobs[k].name == knob) {
          const auto &v = space.knobs[k].values;
          if (auto it = std::find(v.begin(), v.end(), value); it != v.end())
            p[k] = static_cast<size_t>(it - v.begin());
        }
    };
    const size_t n = std::min(population.size(), static_cast<size_t>(options.leanVariants));
    for (size_t i = n; i-- > 0;) // popped from the back: the best point's variants first
      for (bool interleaved : {true, false}) {
        std::vector<size_t> p = population[i].second;
        set(p, "weights_int16", 0);
        set(p, "offsets_from_shifts", 1);
        if (!interleaved)
          set(p, "interleave_tables", 0);
        lean.push_back(p);
      }
  };

  // Proposes up to `count` new legal candidates: the default schedule first, then mutations of
  // the best points (one knob changed) or, one time in four, a random point; in the lean phase
  // the queued lean variants only.
  auto propose = [&](size_t count) {
    std::vector<Candidate> out;
    while (leanPhase && !lean.empty() && out.size() < count) {
      std::vector<size_t> p = lean.back();
      lean.pop_back();
      auto s = scheduleAt(layer.op, space, p, *naive);
      if (!s) {
        ++result.illegal;
        continue;
      }
      if (const std::string text = s->toText(); seen.insert(text).second)
        out.push_back({p, text, schedule::applySchedule(*naive, *s).take()});
    }
    if (leanPhase)
      return out;
    int attempts = 0;
    if (seen.empty()) {
      schedule::Schedule d = schedule::defaultSchedule(layer.op, layer.form, *naive);
      if (auto k = schedule::applySchedule(*naive, d)) {
        seen.insert(d.toText());
        out.push_back({{}, d.toText(), *k});
      }
    }
    while (out.size() < count && attempts++ < 200) {
      std::vector<size_t> p(space.knobs.size());
      if (population.empty() || rng() % 4 == 0) {
        for (size_t k = 0; k < p.size(); ++k)
          p[k] = rng() % space.knobs[k].values.size();
      } else {
        p = population[rng() % std::min<size_t>(population.size(), 3)].second;
        const size_t k = rng() % p.size();
        p[k] = rng() % space.knobs[k].values.size();
      }
      auto s = scheduleAt(layer.op, space, p, *naive);
      if (!s) {
        ++result.illegal;
        continue;
      }
      const std::string text = s->toText();
      if (!seen.insert(text).second)
        continue;
      out.push_back({p, text, schedule::applySchedule(*naive, *s).take()});
    }
    return out;
  };

  const fs::path work = options.work / directoryName(key) / cpu;
  std::atomic<int64_t> bestEstimate{0};
  int trials = 0, proposals = 0, budget = options.trials;
  while (options.seconds <= 0 || elapsed() < options.seconds) {
    if (trials >= budget) {
      if (leanPhase || options.leanVariants <= 0)
        break;
      leanPhase = true; // the search's budget is spent: the lean variants of its best points
      queueLeanVariants();
      budget = trials + static_cast<int>(lean.size());
      continue;
    }
    // Rounds of a fixed size, measured `jobs` at a time: the proposals never depend on how many
    // cores measure them.
    std::vector<Candidate> batch =
        propose(static_cast<size_t>(std::min(kCandidatesPerRound, budget - trials)));
    proposals += static_cast<int>(batch.size());
    if (leanPhase && batch.empty())
      break; // every lean variant was proposed already
    if (!leanPhase && (batch.empty() || proposals > 8 * options.trials)) {
      if (options.leanVariants <= 0)
        break;         // the space is exhausted (or the pre-filter keeps refusing)
      budget = trials; // exhausted: on to the lean variants
      continue;
    }
    struct Outcome {
      Measurement m;
      bool filtered = false;
    };
    std::vector<std::optional<TuningRecord>> cached;
    for (auto &c : batch) {
      c.kernel.name = fmt::format("{}_t{}", symbol, serial++);
      cached.push_back(log.find(key, cpu, measurer.backend(), c.schedule));
    }
    auto evaluate = [&](const Candidate &c) -> Expected<Outcome> {
      // The host check first: a miscomputing candidate is never measured, let alone kept.
      auto ok = matchesReference(layer, c.kernel);
      if (!ok)
        return ok.error();
      if (!*ok)
        return Outcome{{0, false}};
      if (options.prefilter) {
        auto e = options.prefilter->measure(layer, c.kernel, c.schedule,
                                            work / (c.kernel.name + "_estimate"));
        if (!e)
          return e.error();
        int64_t best = bestEstimate.load();
        while ((best == 0 || e->cost < best) &&
               !bestEstimate.compare_exchange_weak(best, e->cost)) {
        }
        if (best > 0 &&
            static_cast<double>(e->cost) > options.prefilterSlack * static_cast<double>(best))
          return Outcome{{e->cost, true}, true};
      }
      auto m = measurer.measure(layer, c.kernel, c.schedule, work / c.kernel.name);
      if (!m)
        return m.error();
      return Outcome{*m};
    };
    std::vector<std::optional<Expected<Outcome>>> outcomes(batch.size());
    for (size_t wave = 0; wave < batch.size(); wave += static_cast<size_t>(options.jobs)) {
      std::vector<std::pair<size_t, std::future<Expected<Outcome>>>> running;
      for (size_t i = wave; i < std::min(batch.size(), wave + static_cast<size_t>(options.jobs));
           ++i)
        if (!cached[i])
          running.emplace_back(i, std::async(std::launch::async, evaluate, std::cref(batch[i])));
      for (auto &[i, f] : running)
        outcomes[i] = f.get();
    }
    for (size_t i = 0; i < batch.size(); ++i) {
      ++trials;
      int64_t cost = 0;
      if (cached[i]) {
        cost = cached[i]->cost;
        ++result.fromLog;
      } else {
        auto &outcome = *outcomes[i];
        if (!outcome)
          return Error{fmt::format("{}: {}", key, outcome.error().message)};
        if (outcome->filtered) {
          --trials; // estimated only: no measurement spent
          ++result.filtered;
          continue;
        }
        const Measurement *m = &outcome->m;
        if (!m->bitExact) {
          ++result.rejected;
          continue;
        }
        cost = m->cost;
        ++result.measured;
        TuningRecord r{key, cpu, batch[i].schedule, measurer.backend(), cost};
        log.add(r);
        if (!options.log.empty())
          if (auto s = appendRecord(options.log, r); !s)
            return s.error();
      }
      if (batch[i].point.empty())
        result.defaultCost = cost;
      else
        population.emplace_back(cost, batch[i].point);
      if (result.bestCost == 0 || cost < result.bestCost) {
        result.bestCost = cost;
        result.bestSchedule = batch[i].schedule;
      }
    }
    if (!seeded && std::any_of(cached.begin(), cached.end(), [](auto &c) { return !c; }))
      seedFromLog();
    std::sort(population.begin(), population.end());
    const std::string line = fmt::format(
        "{} [{}]: {}/{} candidates, best {} (default {}, {:.2f}x), {:.0f} s", key, cpu, trials,
        options.trials, result.bestCost, result.defaultCost,
        result.bestCost ? static_cast<double>(result.defaultCost) / result.bestCost : 0.0,
        elapsed());
    if (options.terminal)
      fmt::print("\r\x1b[2K{}", line);
    else
      fmt::print("{}\n", line);
    std::fflush(stdout);
  }
  if (options.terminal)
    fmt::print("\n");
  if (result.bestCost == 0)
    return Error{fmt::format("{}: no candidate was bit-exact", key)};
  return result;
}

} // namespace loom::tune
