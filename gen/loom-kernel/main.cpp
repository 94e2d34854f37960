// loom-kernel: generate (and optionally run in QEMU) single-layer kernels.
//
//   loom-kernel LAYER_ID... [--target cortex-m7|cortex-m4|cortex-m33|cortex-m55] [--float-abi
//   hard|soft] [-o DIR]
//               [--schedule naive|default|FILE] [--dump-ir] [--emit-llvm] [--run] [--chain]
//
// LAYER_ID names a layer and its fixed random data (see loom/fixtures/LayerId.h): pw_20x20x48_16,
// dw3_s1_40x40x48, conv3_s2_80x80x3_16, fc_160_1000. For each layer it writes DIR/<id>/ with the
// kernel object, its C header and assembly. --run also links it into the QEMU firmware, runs it,
// checks the output against the reference kernel and prints the instruction count. --chain feeds
// each layer's output to the next layer as its input.
#include "../common/CliParse.h"
#include "loom/codegen/Codegen.h"
#include "loom/fixtures/LayerId.h"
#include "loom/ir/Printer.h"
#include "loom/schedule/DefaultSchedules.h"
#include "loom/tune/LayerMeasurement.h"
#include "loom/tune/TuningLog.h"

#include <fmt/format.h>

#include <cstring>
#include <fstream>

namespace {

using namespace loom;

struct Options {
  std::vector<std::string> layers;
  codegen::Target target;
  std::filesystem::path out = "loom-out";
  bool dumpIR = false, emitLLVM = false, run = false, chain = false;
  std::string schedule = "default"; // naive, default, or a schedule file
};

int usage(const std::string &why) {
  fmt::print(stderr, "loom-kernel: {}\nrun loom-kernel --help for every option\n", why);
  return 2;
}

// The parsed command line; nullopt with `status` set when there is nothing more to do (--help,
// --version: 0; a usage error: 2).
std::optional<Options> parse(int argc, char **argv, int &status) {
  Options o;
  std::string cpu = "cortex-m7", abi = "hard";
  CLI::App app{"Generates single-layer kernels into DIR/<id>/ (a layer id names the layer and its\n"
               "fixed random data: pw_20x20x48_16, dw3_s1_40x40x48, conv3_s2_80x80x3_16,\n"
               "fc_160_1000).",
               "loom-kernel"};
  cli::configure(app, fmt::format("loom-kernel {}", tune::kLoomVersion));
  app.add_option("layers", o.layers, "the layer ids")->type_name("LAYER_ID")->default_str("");
  app.add_option("--target", cpu, "cortex-m7, cortex-m4, cortex-m33 or cortex-m55")
      ->type_name("CPU");
  app.add_option("--float-abi", abi, "hard or soft")
      ->type_name("ABI")
      ->check(CLI::IsMember({"hard", "soft"}));
  app.add_option("-o,--out", o.out, "output folder")->type_name("DIR")->check(cli::notAFlag());
  app.add_option("--schedule", o.schedule, "naive, default or a schedule file")
      ->type_name("S")
      ->check(cli::notAFlag());
  app.add_flag("--dump-ir", o.dumpIR, "print the scheduled loop nest");
  app.add_flag("--emit-llvm", o.emitLLVM, "also write the LLVM IR");
  app.add_flag("--run", o.run, "run each kernel in QEMU against the reference kernel");
  app.add_flag("--chain", o.chain, "--run with each layer's output as the next layer's input");
  auto outcome = cli::parse(app, std::vector<std::string>(argv + 1, argv + argc));
  if (!outcome) {
    status = usage(outcome.error().message);
    return std::nullopt;
  }
  if (*outcome != cli::Outcome::Run) {
    fmt::print("{}", *outcome == cli::Outcome::Help
                         ? app.help()
                         : fmt::format("loom-kernel {}\n", tune::kLoomVersion));
    status = 0;
    return std::nullopt;
  }
  o.run |= o.chain;
  if (o.layers.empty()) {
    status = usage("no layer given");
    return std::nullopt;
  }
  auto target = codegen::parseTarget(cpu, abi);
  if (!target) {
    status = usage(target.error().message);
    return std::nullopt;
  }
  o.target = *target;
  return o;
}

// The work: build, schedule and write (or --run) each layer.
int generateKernels(const Options &o) {
  std::vector<int8_t> carried; // --chain: the previous layer's output
  int32_t carriedZeroPoint = 0;
  int64_t totalInstructions = 0, totalMacs = 0;
  for (size_t i = 0; i < o.layers.size(); ++i) {
    auto layer = ops::parseLayerId(o.layers[i]);
    if (!layer) {
      fmt::print(stderr, "loom-kernel: {}\n", layer.error().message);
      return 1;
    }
    if (o.chain && i > 0) {
      if (carried.size() != layer->input.size()) {
        fmt::print(stderr,
                   "loom-kernel: cannot chain '{}' ({} bytes out) into '{}' ({} bytes in)\n",
                   o.layers[i - 1], carried.size(), layer->id, layer->input.size());
        return 1;
      }
      // The previous layer's output tensor, with its quantization, is this layer's input.
      layer->input = carried;
      ops::setInputZeroPoint(layer->op, carriedZeroPoint);
    }
    auto naive = ops::buildKernel(layer->op, ops::symbolName(layer->id));
    if (!naive) {
      fmt::print(stderr, "loom-kernel: layer {}: {}\n", layer->id, naive.error().message);
      return 1;
    }
    schedule::Schedule chosen;
    std::vector<schedule::Refusal> refused; // the rule's steps this layer refuses
    if (o.schedule == "default") {
      auto legal = schedule::legalSteps(*naive, schedule::defaultCandidates(layer->op));
      chosen = legal.schedule;
      refused = legal.refused;
    } else if (o.schedule != "naive") {
      std::ifstream file(o.schedule);
      std::string text((std::istreambuf_iterator<char>(file)), {});
      auto parsed = schedule::parseSchedule(text);
      if (!file || !parsed) {
        fmt::print(stderr, "loom-kernel: schedule {}: {}\n", o.schedule,
                   file ? parsed.error().message : "cannot read the file");
        return 1;
      }
      chosen = *parsed;
    }
    std::vector<std::string> trace;
    auto kernel = schedule::applySchedule(*naive, chosen, o.dumpIR ? &trace : nullptr);
    if (!kernel) {
      fmt::print(stderr, "loom-kernel: layer {}: {}\n", layer->id, kernel.error().message);
      return 1;
    }
    fmt::print("{}: {}\n", layer->id, ops::describe(layer->op));
    if (o.dumpIR) {
      fmt::print("{}\n", ir::toString(*naive));
      for (const auto &t : trace)
        fmt::print("{}\n", t);
      for (const auto &r : refused)
        fmt::print("# left out: {}: {}\n", r.step.toString(), r.reason);
    }
    if (!chosen.steps.empty())
      fmt::print("  schedule:\n{}", chosen.toText());
    const auto dir = o.out / layer->id;
    if (!o.run) {
      if (auto s = codegen::writeKernel(*kernel, o.target, dir,
                                        {.llvmIR = o.emitLLVM, .assembly = true});
          !s) {
        fmt::print(stderr, "loom-kernel: {}\n", s.error().message);
        return 1;
      }
      fmt::print("  wrote {}/{}.{{o,h,s}} for {}\n", dir.string(), kernel->name, o.target.name());
      continue;
    }
    auto m = tune::measureLayer(*layer, *kernel, o.schedule, o.target, dir);
    if (!m) {
      fmt::print(stderr, "loom-kernel: {}\n", m.error().message);
      return 1;
    }
    std::ifstream f(dir / "arg1_output.bin", std::ios::binary);
    std::vector<char> out((std::istreambuf_iterator<char>(f)), {});
    carried.assign(out.begin(), out.end());
    carriedZeroPoint = ops::outputStage(layer->op).outputZeroPoint;
    std::string head;
    for (size_t k = 0; k < std::min<size_t>(out.size(), 12); ++k)
      head += fmt::format("{} ", static_cast<int>(static_cast<int8_t>(out[k])));
    fmt::print("  {} in QEMU ({}): {} instructions for {} MACs ({:.3f} MAC/instr), "
               "output {} bytes [{}...], {}\n",
               o.target.name(), dir.string(), m->instructions, m->macs,
               static_cast<double>(m->macs) / static_cast<double>(m->instructions), out.size(),
               head, m->bitExact ? "bit-exact with the reference" : "DIFFERS FROM THE REFERENCE");
    if (!m->bitExact)
      return 1;
    totalInstructions += m->instructions;
    totalMacs += m->macs;
  }
  if (o.run)
    fmt::print("total: {} instructions for {} MACs on {}\n", totalInstructions, totalMacs,
               o.target.name());
  return 0;
}

} // namespace

int main(int argc, char **argv) {
  int status = 0;
  auto options = parse(argc, argv, status);
  if (!options)
    return status;
  return generateKernels(*options);
}
