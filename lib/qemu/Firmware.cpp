// Linking a kernel object into loom's QEMU firmware with arm-none-eabi-gcc and newlib.
#include "loom/qemu/FirmwareSources.h"
#include "loom/qemu/Process.h"
#include "loom/qemu/QemuRunner.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <sstream>

namespace loom::qemu {

using namespace std::string_literals;

std::string_view qemuMachine(codegen::Cpu cpu) {
  switch (cpu) {
  case codegen::Cpu::CortexM4: return "mps2-an386";
  case codegen::Cpu::CortexM33: return "mps2-an505";
  case codegen::Cpu::CortexM55: return "mps3-an547";
  case codegen::Cpu::CortexM7: break;
  }
  return "mps2-an500";
}

namespace {
// How the firmware's C (and the model's glue and loom's runtime) is compiled.
constexpr const char *kCompileFlags[] = {"-O2",     "-g",      "-std=c99",           "-Wall",
                                         "-Wextra", "-Werror", "-ffunction-sections"};

std::vector<std::string> cpuFlags(const codegen::Target &t) {
  std::vector<std::string> flags = {fmt::format("-mcpu={}", t.cpuName()), "-mthumb"};
  if (t.floatAbi == codegen::FloatAbi::Hard) {
    flags.push_back("-mfloat-abi=hard");
    // The M55's FPU and MVE come with -mcpu (gcc 12: MVE integer and float, double precision).
    flags.push_back(t.cpu == codegen::Cpu::CortexM4    ? "-mfpu=fpv4-sp-d16"
                    : t.cpu == codegen::Cpu::CortexM33 ? "-mfpu=fpv5-sp-d16"
                    : t.cpu == codegen::Cpu::CortexM55 ? "-mfpu=auto"
                                                       : "-mfpu=fpv5-d16");
  } else {
    flags.push_back("-mfloat-abi=soft");
  }
  return flags;
}

// arm-none-eabi-gcc with the board's CPU flags and loom's C flags (firmware, glue and runtime).
std::vector<std::string> gccCommand(const codegen::Target &target) {
  std::vector<std::string> cmd = {LOOM_ARM_GCC};
  for (auto &f : cpuFlags(target))
    cmd.push_back(f);
  for (const char *f : kCompileFlags)
    cmd.push_back(f);
  return cmd;
}

// gccCommand with newlib-nano, the board's linker script and the firmware's common sources;
// `main` is the firmware's entry source.
std::vector<std::string> firmwareCommand(const codegen::Target &target,
                                         const std::filesystem::path &fw, const char *main) {
  std::vector<std::string> cmd = gccCommand(target);
  for (const char *f : {"-nostartfiles", "--specs=nano.specs", "-Wl,--gc-sections",
                        "-Wl,-z,noexecstack", "-Wl,--fatal-warnings"})
    cmd.push_back(f);
  cmd.push_back("-I" + fw.string());
  cmd.push_back("-L" + fw.string());
  cmd.push_back(fmt::format("-T{}.ld", qemuMachine(target.cpu)));
  // The instruction counter's timer depends on the board (LOOM_BOARD_MPS3_AN547, ...).
  std::string board(qemuMachine(target.cpu));
  std::transform(board.begin(), board.end(), board.begin(),
                 [](char c) { return c == '-' ? '_' : static_cast<char>(std::toupper(c)); });
  cmd.push_back("-DLOOM_BOARD_" + board);
  for (const char *src : {"startup.c", "semihosting.c", "instruction_counter.c", main})
    cmd.push_back((fw / src).string());
  return cmd;
}

// Runs gcc; a failure is an error saying what (`step`) failed, with gcc's output.
Status runGcc(const std::vector<std::string> &cmd, const std::string &step) {
  auto r = runProcess(cmd, {}, 300);
  if (!r)
    return r.error();
  if (r->exitCode != 0)
    return Error{fmt::format("{} failed:\n{}", step, r->output)};
  return {};
}

Status link(std::vector<std::string> cmd, const std::filesystem::path &elf, const std::string &what,
            const codegen::Target &target) {
  // After every object: float kernels (LOG_SOFTMAX) call libm's exp/log.
  cmd.push_back("-lm");
  cmd.push_back("-o");
  cmd.push_back(elf.string());
  return runGcc(cmd, fmt::format("linking {} into firmware for {}", what, target.name()));
}
} // namespace

Status buildKernelFirmware(const codegen::Target &target, const std::filesystem::path &object,
                           const std::string &symbol, const std::filesystem::path &elf) {
  auto sources = firmwareSources();
  if (!sources)
    return sources.error();
  std::vector<std::string> cmd = firmwareCommand(target, sources->firmware, "kernel_main.c");
  cmd.push_back("-DLOOM_KERNEL=" + symbol);
  cmd.push_back(object.string());
  return link(std::move(cmd), elf, object.string(), target);
}

Expected<int64_t> flashBytes(const std::filesystem::path &object) {
  auto r = runProcess({"arm-none-eabi-size", "-A", object.string()}, {}, 60);
  if (!r)
    return r.error();
  if (r->exitCode != 0)
    return Error{fmt::format("arm-none-eabi-size failed on {}:\n{}", object.string(), r->output)};
  int64_t total = 0;
  std::istringstream lines(r->output);
  for (std::string line; std::getline(lines, line);) {
    std::istringstream words(line); // "<section> <size> <address>"
    std::string section;
    int64_t size = 0;
    if (!(words >> section >> size))
      continue;
    if (section.rfind(".text", 0) == 0 || section.rfind(".rodata", 0) == 0 ||
        section.rfind(".data", 0) == 0)
      total += size;
  }
  return total;
}

Status buildModelFirmware(const codegen::Target &target, const std::filesystem::path &modelDir,
                          const std::string &name, int64_t arenaBytes,
                          const std::filesystem::path &elf) {
  auto sources = firmwareSources();
  if (!sources)
    return sources.error();
  std::vector<std::string> cmd = firmwareCommand(target, sources->firmware, "model_main.c");
  const std::filesystem::path &runtime = sources->runtime;
  cmd.push_back(fmt::format("-DLOOM_ARENA_BYTES={}", arenaBytes));
  cmd.push_back(fmt::format("-DLOOM_MODEL_NAME={}", name));
  cmd.push_back("-I" + runtime.string());
  // The runtime and the model's glue become objects of their own, so that the linker's map
  // (ELF.map) tells their flash apart from the kernels' and the firmware's (FlashSplit.h).
  const std::filesystem::path dir = elf.parent_path();
  for (const auto &[source, object] :
       {std::pair{runtime / "loom_runtime.c", dir / "loom_runtime.o"},
        std::pair{modelDir / (name + ".c"), dir / (name + "_glue.o")}}) {
    std::vector<std::string> compile = gccCommand(target);
    for (const auto &f : {"-c"s, "-I" + runtime.string(), source.string(), "-o"s, object.string()})
      compile.push_back(f);
    if (auto s =
            runGcc(compile, fmt::format("compiling {} for {}", source.string(), target.name()));
        !s)
      return s;
    cmd.push_back(object.string());
  }
  for (const auto &e : std::filesystem::directory_iterator(modelDir))
    if (e.path().extension() == ".o")
      cmd.push_back(e.path().string());
  cmd.push_back("-Wl,-Map=" + elf.string() + ".map");
  return link(std::move(cmd), elf, fmt::format("model '{}'", name), target);
}

} // namespace loom::qemu
