// Tuning log records as JSON lines (nlohmann::json), validated field by field.
#include "loom/tune/TuningLog.h"

#include "loom/codegen/Target.h"
#include "loom/schedule/Schedule.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <set>

namespace loom::tune {

std::string toJsonLine(const TuningRecord &r) {
  nlohmann::ordered_json j;
  j["key"] = r.key;
  j["target"] = r.target;
  j["schedule"] = r.schedule;
  j["cost"] = r.cost;
  j["backend"] = r.backend;
  j["loom"] = r.loomVersion;
  return j.dump();
}

Expected<TuningRecord> parseJsonLine(const std::string &line) {
  nlohmann::json j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded() || !j.is_object())
    return Error{"not a JSON object"};
  TuningRecord r;
  for (auto [field, out] : {std::pair{"key", &r.key},
                            {"target", &r.target},
                            {"schedule", &r.schedule},
                            {"backend", &r.backend},
                            {"loom", &r.loomVersion}}) {
    if (!j.contains(field) || !j[field].is_string())
      return Error{fmt::format("field '{}' is missing or not a string", field)};
    *out = j[field].get<std::string>();
  }
  if (!j.contains("cost") || !j["cost"].is_number_integer() || j["cost"].get<int64_t>() <= 0)
    return Error{"field 'cost' is missing or not a positive integer"};
  r.cost = j["cost"].get<int64_t>();
  if (r.loomVersion != kLoomVersion)
    return Error{fmt::format("written by loom {}, this is loom {}", r.loomVersion, kLoomVersion)};
  if (auto t = codegen::parseTarget(r.target); !t)
    return t.error();
  if (auto s = schedule::parseSchedule(r.schedule); !s)
    return Error{fmt::format("schedule: {}", s.error().message)};
  return r;
}

TuningLog TuningLog::load(const std::filesystem::path &path) {
  TuningLog log;
  std::ifstream f(path);
  std::string line;
  for (int number = 1; std::getline(f, line); ++number) {
    if (line.empty())
      continue;
    auto r = parseJsonLine(line);
    if (!r)
      log.problems_.push_back(
          fmt::format("{}:{}: ignored: {}", path.string(), number, r.error().message));
    else
      log.records_.push_back(std::move(*r));
  }
  return log;
}

std::optional<TuningRecord> TuningLog::best(const std::string &key, const std::string &target,
                                            const std::string &backend) const {
  if (backend.empty()) {
    // Costs of different backends do not compare: a real board's cycles first, then QEMU's
    // instructions, then llvm-mca's estimate.
    for (const char *b : {"command", "qemu", "llvm-mca"})
      if (auto r = best(key, target, b))
        return r;
    return std::nullopt;
  }
  std::optional<TuningRecord> best;
  for (const auto &r : records_)
    if (r.key == key && r.target == target && r.backend == backend &&
        (!best || r.cost < best->cost))
      best = r;
  return best;
}

std::optional<TuningRecord> TuningLog::find(const std::string &key, const std::string &target,
                                            const std::string &backend,
                                            const std::string &schedule) const {
  for (const auto &r : records_)
    if (r.key == key && r.target == target && r.backend == backend && r.schedule == schedule)
      return r;
  return std::nullopt;
}

Status appendRecord(const std::filesystem::path &path, const TuningRecord &r) {
  std::ofstream f(path, std::ios::app);
  f << toJsonLine(r) << "\n" << std::flush;
  if (!f)
    return Error{fmt::format("cannot append to the tuning log {}", path.string())};
  return {};
}

Expected<MergeResult> mergeTuningLogs(const std::vector<std::filesystem::path> &inputs,
                                      const std::filesystem::path &output) {
  MergeResult result;
  std::set<std::string> seen;
  std::string merged;
  for (const auto &input : inputs) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(input, ec) || !std::ifstream(input))
      return Error{fmt::format("cannot read the tuning log {}", input.string())};
    const TuningLog log = TuningLog::load(input);
    result.problems.insert(result.problems.end(), log.problems().begin(), log.problems().end());
    for (const auto &r : log.records()) {
      std::string line = toJsonLine(r);
      if (!seen.insert(line).second) {
        ++result.duplicates;
        continue;
      }
      merged += line + "\n";
      ++result.kept;
    }
  }
  const std::filesystem::path temporary = output.string() + ".merging";
  {
    std::ofstream f(temporary, std::ios::trunc);
    f << merged << std::flush;
    if (!f)
      return Error{fmt::format("cannot write {}", temporary.string())};
  }
  std::error_code ec;
  std::filesystem::rename(temporary, output, ec);
  if (ec)
    return Error{fmt::format("cannot write {}: {}", output.string(), ec.message())};
  return result;
}

} // namespace loom::tune
