// Parsing loom-bench's command line.
#include "BenchArgs.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <thread>

namespace loom::bench {

namespace {

// The layer set of the foundation issue; ids are fixed so figures stay comparable across runs.
const std::vector<std::string> kDefaultLayers = {
    "pw_20x20x48_16",        "pw_10x10x96_32",  "pw_40x40x16_48",   "dw3_s1_40x40x48",
    "dw3_s2_40x40x48",       "dw5_s1_20x20x96", "dw7_s1_10x10x192", "conv3_s2_80x80x3_16",
    "conv3_s2_160x160x3_16", "fc_160_1000"};

std::vector<std::string> splitList(const std::string &s) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= s.size()) {
    size_t end = s.find(',', start);
    if (end == std::string::npos)
      end = s.size();
    if (end > start)
      out.push_back(s.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

} // namespace

constexpr const char *kUsage =
    "usage: loom-bench kernels [--layers ID,...] [--targets CPU,...] [--out DIR] "
    "[--tuning-log FILE] [--jobs N]\n"
    "       loom-bench models [--models DIR] [--out DIR]\n"
    "       loom-bench --help | --version\n";

// A usage error: what was wrong, then the usage; exit code 2.
int usage(const std::string &problem) {
  fmt::print(stderr, "loom-bench: {}\n{}", problem, kUsage);
  return 2;
}

int help() {
  fmt::print("{}\n"
             "Benchmark tables from QEMU instruction counts (-icount shift=0), every run checked "
             "bit-exact.\n\n"
             "kernels: each benchmark layer with its naive, default and tuned schedules and "
             "the\n"
             "libraries' figures; writes DIR/kernels.json.\n"
             "  --layers ID,...      layer ids (default: the ten benchmark layers)\n"
             "  --targets CPU,...    cortex-m7, cortex-m4 (default: both)\n"
             "  -o, --out DIR        output folder (default: build/bench)\n"
             "  --tuning-log FILE    tuned schedules (default: bench/tuning/bench-layers.jsonl)\n"
             "  --jobs N             parallel measurements (default: the number of cores)\n\n"
             "models: every .tflite of DIR, DIR/extra and DIR/coverage compiled in place, "
             "run in QEMU\n"
             "and compared with its TFLM vectors; writes DIR/models.json.\n"
             "  --models DIR         the models (default: {})\n"
             "  -o, --out DIR        output folder (default: build/bench)\n",
             kUsage, LOOM_MODELS_DIR);
  return 0;
}

Expected<ModelsArgs> parseModelsArgs(int argc, char **argv) {
  ModelsArgs r;
  for (int i = 0; i < argc; ++i) {
    std::string a = argv[i] == std::string("-o") ? "--out" : argv[i];
    if (a != "--models" && a != "--out")
      return Error{"models: unknown option " + a};
    if (i + 1 >= argc)
      return Error{a + " needs a value"};
    (a == "--models" ? r.models : r.out) = argv[++i];
  }
  std::error_code ec;
  if (!std::filesystem::is_directory(r.models, ec))
    return Error{fmt::format("--models: {} is not a folder", r.models.string())};
  return r;
}

Expected<KernelsArgs> parseKernelsArgs(int argc, char **argv) {
  KernelsArgs r;
  r.layers = kDefaultLayers;
  r.jobs = std::max(1u, std::thread::hardware_concurrency());
  for (int i = 0; i < argc; ++i) {
    // The other tools' spellings too: -o, --target, --layer.
    std::string a = argv[i];
    a = a == "-o" ? "--out" : a == "--target" ? "--targets" : a == "--layer" ? "--layers" : a;
    if (a != "--layers" && a != "--targets" && a != "--out" && a != "--tuning-log" && a != "--jobs")
      return Error{"kernels: unknown option " + a};
    if (i + 1 >= argc)
      return Error{a + " needs a value"};
    const std::string v = argv[++i];
    if (a == "--layers")
      r.layers = splitList(v);
    else if (a == "--targets")
      r.targetNames = splitList(v);
    else if (a == "--out")
      r.out = v;
    else if (a == "--tuning-log")
      r.tuningLog = v;
    else if (auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), r.jobs);
             ec != std::errc{} || end != v.data() + v.size() || r.jobs < 1 || r.jobs > 256)
      return Error{"--jobs needs a whole number in [1, 256], got '" + v + "'"};
  }
  return r;
}

} // namespace loom::bench
