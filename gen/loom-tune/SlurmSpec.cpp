// Submissions as JSON (nlohmann_json), checked field by field when a task reads one.
#include "SlurmSpec.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <fstream>

namespace loom::tunecli {

namespace fs = std::filesystem;

fs::path taskLogPath(const std::string &stateDir, const std::string &name) {
  return fs::path(stateDir) / "tasks" / (name + ".jsonl");
}

fs::path taskMarkerPath(const std::string &stateDir, const std::string &name) {
  return fs::path(stateDir) / "tasks" / (name + ".done");
}

Status writeSubmission(const SlurmSubmission &s, const fs::path &path) {
  nlohmann::ordered_json j;
  j["loom"] = tune::kLoomVersion;
  j["main_log"] = s.mainLog;
  j["state_dir"] = s.stateDir;
  const TuneCommand &c = s.command;
  j["trials"] = c.options.trials;
  j["seconds"] = c.options.seconds;
  j["seed"] = c.options.seed;
  j["jobs"] = c.options.jobs;
  j["lean_variants"] = c.options.leanVariants; // a task measures what a local run would
  j["work"] = c.options.work.string();
  j["backend"] = c.backend;
  j["prefilter"] = c.prefilter;
  j["measure_command"] = c.measureCommand;
  // The plan whose kernels the tasks tune (a task compiles it again to rebuild its layer).
  j["plan"] = {{"in_place_depthwise", c.plan.inPlaceDepthwise},
               {"depth_first", c.plan.depthFirstText},
               {"min_memory", c.plan.minMemory},
               {"memory_budget", c.plan.memoryBudget},
               {"stream_input", c.plan.streamInput}};
  for (const auto &t : s.tasks)
    j["tasks"].push_back({{"name", t.name},
                          {"source", t.source},
                          {"layer", t.layerId},
                          {"key", t.key},
                          {"target", t.target}});
  std::ofstream f(path, std::ios::trunc);
  f << j.dump(1) << "\n" << std::flush;
  if (!f)
    return Error{fmt::format("cannot write {}", path.string())};
  return {};
}

Expected<SlurmSubmission> readSubmission(const fs::path &path) {
  std::ifstream f(path);
  if (!f)
    return Error{fmt::format("cannot read {}", path.string())};
  const nlohmann::json j = nlohmann::json::parse(f, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded() || !j.is_object())
    return Error{fmt::format("{} is not a JSON object", path.string())};
  try {
    if (j.at("loom").get<std::string>() != tune::kLoomVersion)
      return Error{fmt::format("{} was written by loom {}, this is loom {}", path.string(),
                               j.at("loom").get<std::string>(), tune::kLoomVersion)};
    SlurmSubmission s;
    s.mainLog = j.at("main_log").get<std::string>();
    s.stateDir = j.at("state_dir").get<std::string>();
    TuneCommand &c = s.command;
    c.options.trials = j.at("trials").get<int>();
    c.options.seconds = j.at("seconds").get<double>();
    c.options.seed = j.at("seed").get<unsigned>();
    c.options.jobs = j.at("jobs").get<int>();
    c.options.leanVariants = j.at("lean_variants").get<int>();
    c.options.work = j.at("work").get<std::string>();
    c.backend = j.at("backend").get<std::string>();
    c.prefilter = j.at("prefilter").get<bool>();
    c.measureCommand = j.at("measure_command").get<std::vector<std::string>>();
    const auto &plan = j.at("plan");
    auto planned = cli::planOptions(
        {.plainDepthwise = !plan.at("in_place_depthwise").get<bool>(),
         .minMemory = plan.at("min_memory").get<bool>(),
         .streamInput = plan.at("stream_input").get<bool>(),
         .memoryBudget = plan.at("memory_budget").get<int64_t>() > 0
                             ? std::to_string(plan.at("memory_budget").get<int64_t>())
                             : "",
         .depthFirst = plan.at("depth_first").get<std::string>(),
         .flashBudget = ""}); // the driver reports the budget's choice once the tasks are done
    if (!planned)
      return Error{fmt::format("{}: plan: {}", path.string(), planned.error().message)};
    c.plan = std::move(*planned);
    for (const auto &t : j.at("tasks"))
      s.tasks.push_back({t.at("name").get<std::string>(), t.at("source").get<std::string>(),
                         t.at("layer").get<std::string>(), t.at("key").get<std::string>(),
                         t.at("target").get<std::string>()});
    return s;
  } catch (const nlohmann::json::exception &e) {
    return Error{fmt::format("{}: {}", path.string(), e.what())};
  }
}

} // namespace loom::tunecli
