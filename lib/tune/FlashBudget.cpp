// Schedules within a flash budget: per tuning key a few measured records compiled for their flash,
// then a multiple-choice knapsack over flash for the fewest measured instructions.
#include "loom/tune/FlashBudget.h"

#include "loom/codegen/Codegen.h"
#include "loom/qemu/FlashSplit.h"
#include "loom/schedule/KernelChoice.h"
#include "loom/tune/SearchSpace.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <limits>
#include <set>
#include <sstream>

namespace loom::tune {

namespace fs = std::filesystem;

namespace {

// What sets a schedule's flash apart: its weight and table layouts (int16 weights double a
// layer's weights, offsets computed from the shifts drop a table, interleaved tables widen the
// shifts: kilobytes) and how much it unrolls (code: up to a few kilobytes per layer). The
// fastest record of each signature is a candidate, and the fastest few records of all.
std::string flashSignature(const std::string &schedule) {
  std::vector<std::string> layouts;
  int unrolled = 0;
  std::istringstream lines(schedule);
  for (std::string line; std::getline(lines, line);) {
    if (line.starts_with("layout "))
      layouts.push_back(line);
    unrolled += line.starts_with("unroll ");
  }
  std::sort(layouts.begin(), layouts.end());
  return fmt::format("{}; {} unrolled", fmt::join(layouts, "; "), unrolled);
}
constexpr size_t kFastest = 3;

struct PlanKernel { // one kernel object of the plan
  const model::CompiledModel::Step *step;
  int64_t calls = 0;
  std::string key; // "" for a kernel without an op to tune (glue)
};

struct Candidate {
  std::string schedule;
  int64_t instructions = 0, flash = 0; // over every kernel of the key
};

} // namespace

Expected<FlashChoice> chooseWithinFlash(const model::CompiledModel &plan, const TuningLog &log,
                                        const codegen::Target &target, int64_t budget,
                                        const fs::path &workDirectory,
                                        const std::function<void(const std::string &)> &progress) {
  const std::string cpu(target.cpuName());
  std::error_code ec;
  fs::create_directories(workDirectory, ec);
  if (ec)
    return Error{fmt::format("cannot create {}: {}", workDirectory.string(), ec.message())};
  std::vector<PlanKernel> kernels;
  std::map<std::string, size_t> byName; // depth-first slices call one kernel many times
  for (const auto &s : plan.steps) {
    if (s.inputRows)
      continue; // the application's rows: no object
    auto [it, fresh] = byName.emplace(s.kernel.name, kernels.size());
    if (fresh)
      kernels.push_back({&s, 0, s.op ? tuningKey(*s.op, s.form) : ""});
    ++kernels[it->second].calls;
  }
  auto flashOf = [&](const ir::Kernel &k) -> Expected<int64_t> {
    if (auto s = codegen::writeKernel(k, target, workDirectory); !s)
      return s.error();
    auto split = qemu::kernelFlash(workDirectory / (k.name + ".o"), k);
    if (!split)
      return split.error();
    return split->total();
  };

  FlashChoice choice;
  int64_t fixed = 0; // kernels without measured candidates keep their flash
  std::map<std::string, std::vector<const PlanKernel *>> byKey;
  for (const auto &k : kernels) {
    if (!k.key.empty() && log.best(k.key, cpu)) {
      byKey[k.key].push_back(&k);
      continue;
    }
    auto bytes = flashOf(k.step->kernel);
    if (!bytes)
      return bytes.error();
    fixed += *bytes;
  }

  std::vector<std::string> keys;
  std::vector<std::vector<Candidate>> options; // per key; [0] is the fastest
  for (const auto &[key, members] : byKey) {
    if (progress)
      progress(fmt::format("flash budget: measuring the candidates of key {} of {} ({})",
                           keys.size() + 1, byKey.size(), key));
    const std::string backend = log.best(key, cpu)->backend;
    std::vector<const TuningRecord *> records;
    for (const auto &r : log.records())
      if (r.key == key && r.target == cpu && r.backend == backend)
        records.push_back(&r);
    std::stable_sort(records.begin(), records.end(),
                     [](const auto *a, const auto *b) { return a->cost < b->cost; });
    std::vector<const TuningRecord *> picked;
    std::set<std::string> signatures, texts;
    for (const auto *r : records)
      if (texts.insert(r->schedule).second &&
          (picked.size() < kFastest || signatures.count(flashSignature(r->schedule)) == 0)) {
        signatures.insert(flashSignature(r->schedule));
        picked.push_back(r);
      }
    // The default rule too when it was measured (the tuner measures it first).
    const PlanKernel &first = *members.front();
    if (auto rule = schedule::chooseKernel(*first.step->op, first.step->kernel.name,
                                           first.step->form, {.scheduled = true})) {
      auto measured = std::find_if(records.begin(), records.end(), [&](const auto *r) {
        return r->schedule == rule->scheduleText;
      });
      if (measured != records.end() &&
          std::find(picked.begin(), picked.end(), *measured) == picked.end())
        picked.push_back(*measured);
    }
    std::vector<Candidate> candidates;
    for (const auto *r : picked) {
      Candidate c{r->schedule, 0, 0};
      bool applies = true;
      for (const PlanKernel *k : members) {
        auto kernel = schedule::chooseKernel(
            *k->step->op, k->step->kernel.name, k->step->form,
            {.scheduled = true, .tuned = [&](const ops::AnyOp &, ops::KernelForm) {
               return std::optional<std::string>(r->schedule);
             }});
        if (!kernel)
          return kernel.error();
        if (!kernel->tuned) { // the record does not apply to this layer: not a choice
          applies = false;
          break;
        }
        auto bytes = flashOf(kernel->kernel);
        if (!bytes)
          return bytes.error();
        c.flash += *bytes;
        c.instructions += r->cost * k->calls;
      }
      if (applies)
        candidates.push_back(std::move(c));
      choice.candidates += applies;
    }
    if (candidates.empty()) { // no record applies: the plan's kernels as they are
      for (const PlanKernel *k : members) {
        auto bytes = flashOf(k->step->kernel);
        if (!bytes)
          return bytes.error();
        fixed += *bytes;
      }
      continue;
    }
    keys.push_back(key);
    options.push_back(std::move(candidates));
  }
  choice.keys = keys.size();

  auto leanest = [](const std::vector<Candidate> &cs) {
    return std::min_element(cs.begin(), cs.end(),
                            [](const auto &a, const auto &b) { return a.flash < b.flash; })
        ->flash;
  };
  choice.smallestFlash = choice.fastestFlash = fixed;
  for (const auto &cs : options) {
    choice.smallestFlash += leanest(cs);
    choice.fastestFlash += cs[0].flash;
    choice.fastestInstructions += cs[0].instructions;
  }
  auto tooSmall = [&] {
    return Error{fmt::format(
        "{} bytes is too small: the smallest flash of the kernels among the default rule and "
        "the tuning log's schedules is {} bytes ({} bytes with the fastest)",
        budget, choice.smallestFlash, choice.fastestFlash)};
  };
  if (choice.smallestFlash > budget)
    return tooSmall();

  // Multiple-choice knapsack over flash, in units that keep the table near 2^18 cells; each
  // candidate's flash is rounded up, so a choice that fits in units fits in bytes.
  const int64_t capacity = budget - fixed;
  const int64_t unit = std::max<int64_t>(1, (capacity + (1 << 18) - 1) >> 18);
  const size_t cells = static_cast<size_t>(capacity / unit) + 1;
  constexpr int64_t kNone = std::numeric_limits<int64_t>::max();
  std::vector<int64_t> best(cells, 0), next(cells);
  std::vector<std::vector<uint8_t>> taken(options.size(), std::vector<uint8_t>(cells, 0));
  auto units = [unit](const Candidate &c) {
    return static_cast<size_t>((c.flash + unit - 1) / unit);
  };
  for (size_t i = 0; i < options.size(); ++i) {
    std::fill(next.begin(), next.end(), kNone);
    for (size_t j = 0; j < options[i].size(); ++j) {
      const size_t w = units(options[i][j]);
      for (size_t c = w; c < cells; ++c)
        if (best[c - w] != kNone && best[c - w] + options[i][j].instructions < next[c]) {
          next[c] = best[c - w] + options[i][j].instructions;
          taken[i][c] = static_cast<uint8_t>(j);
        }
    }
    best.swap(next);
  }
  if (best[cells - 1] == kNone)
    return tooSmall(); // fits in bytes but not once rounded to units (within a few hundred bytes)
  choice.flash = fixed;
  for (size_t i = options.size(), c = cells - 1; i-- > 0;) {
    const Candidate &chosen = options[i][taken[i][c]];
    choice.schedules[keys[i]] = chosen.schedule;
    choice.flash += chosen.flash;
    choice.instructions += chosen.instructions;
    choice.leaner += taken[i][c] != 0;
    c -= units(chosen);
  }
  return choice;
}

std::string describeChoice(const FlashChoice &c, int64_t budget) {
  return fmt::format("flash budget {} bytes: {} of {} tuned kernel shapes take a leaner schedule "
                     "than their fastest (kernels {} -> {} bytes; measured instructions of those "
                     "kernels {} -> {}; {} candidates compiled)",
                     budget, c.leaner, c.keys, c.fastestFlash, c.flash, c.fastestInstructions,
                     c.instructions, c.candidates);
}

std::function<std::optional<std::string>(const ops::AnyOp &, ops::KernelForm)>
chosenScheduleLookup(const TuningLog &log, const codegen::Target &target,
                     const FlashChoice &choice) {
  const std::string cpu(target.cpuName());
  return [&log, &choice, cpu](const ops::AnyOp &op,
                              ops::KernelForm form) -> std::optional<std::string> {
    const std::string key = tuningKey(op, form);
    if (auto it = choice.schedules.find(key); it != choice.schedules.end())
      return it->second;
    if (auto r = log.best(key, cpu))
      return r->schedule;
    return std::nullopt;
  };
}

} // namespace loom::tune
