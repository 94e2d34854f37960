// Running kernel firmware in qemu-system-arm with deterministic instruction counting.
#include "loom/qemu/QemuRunner.h"

#include "loom/codegen/Codegen.h"
#include "loom/qemu/Process.h"

#include <fmt/format.h>

#include <fstream>
#include <sstream>

namespace loom::qemu {

namespace fs = std::filesystem;

namespace {
Status writeBytes(const fs::path &path, const std::vector<uint8_t> &data) {
  std::ofstream f(path, std::ios::binary);
  f.write(reinterpret_cast<const char *>(data.data()), static_cast<std::streamsize>(data.size()));
  if (!f)
    return Error{fmt::format("cannot write {}", path.string())};
  return {};
}

Expected<std::vector<uint8_t>> readBytes(const fs::path &path) {
  std::ifstream f(path, std::ios::binary);
  if (!f)
    return Error{fmt::format("cannot read {}", path.string())};
  return std::vector<uint8_t>(std::istreambuf_iterator<char>(f), {});
}
} // namespace

std::vector<std::string> qemuCommand(const codegen::Target &target, const fs::path &elf) {
  // -icount shift=0: one instruction is one nanosecond of virtual time, so the board timer reads
  // instruction counts; align=off and sleep=off keep virtual time independent of the host.
  return {LOOM_QEMU_ARM,
          "-M",
          std::string(qemuMachine(target.cpu)),
          "-nographic",
          "-monitor",
          "none",
          "-serial",
          "none",
          "-semihosting-config",
          "enable=on,target=native",
          "-icount",
          "shift=0,align=off,sleep=off",
          "-kernel",
          fs::absolute(elf).string()};
}

Expected<int64_t> runFirmware(const codegen::Target &target, const fs::path &elf,
                              const fs::path &dir) {
  std::error_code ec;
  fs::remove(dir / "result.txt", ec);
  const std::vector<std::string> cmd = qemuCommand(target, elf);
  auto r = runProcess(cmd, dir, 600);
  if (!r)
    return r.error();
  if (r->timedOut)
    return Error{
        fmt::format("QEMU ({}) timed out running {}", qemuMachine(target.cpu), elf.string())};
  if (r->exitCode != 0)
    return Error{fmt::format("QEMU ({}) exited with {} running {}:\n{}", qemuMachine(target.cpu),
                             r->exitCode, elf.string(), r->output)};
  std::ifstream result(dir / "result.txt");
  std::string word;
  int64_t instructions = -1;
  if (!(result >> word >> instructions) || word != "instructions")
    return Error{
        fmt::format("firmware {} wrote no instruction count:\n{}", elf.string(), r->output)};
  return instructions;
}

Expected<ModelRun> runModelInQemu(const codegen::Target &target, const fs::path &modelDir,
                                  const std::string &name, int64_t arenaBytes,
                                  const std::vector<uint8_t> &input, const fs::path &dir) {
  std::error_code ec;
  fs::create_directories(dir, ec);
  const fs::path elf = dir / (name + ".elf");
  if (auto s = buildModelFirmware(target, modelDir, name, arenaBytes, elf); !s)
    return s.error();
  if (auto s = writeBytes(dir / "input.bin", input); !s)
    return s.error();
  auto instructions = runFirmware(target, elf, dir);
  if (!instructions)
    return instructions.error();
  auto output = readBytes(dir / "output.bin");
  if (!output)
    return output.error();
  ModelRun run{std::move(*output), *instructions, {}};
  std::ifstream layers(dir / "layers.txt");
  for (int64_t step, count; layers >> step >> count;)
    run.layerInstructions.push_back(count);
  return run;
}

Expected<KernelRun> runKernelInQemu(const ir::Kernel &kernel, const codegen::Target &target,
                                    const std::vector<std::vector<uint8_t>> &inputs,
                                    const fs::path &dir) {
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec)
    return Error{fmt::format("cannot create {}: {}", dir.string(), ec.message())};
  if (auto s = codegen::writeKernel(kernel, target, dir); !s)
    return s.error();
  const fs::path elf = dir / (kernel.name + ".elf");
  if (auto s = buildKernelFirmware(target, dir / (kernel.name + ".o"), kernel.name, elf); !s)
    return s.error();

  std::ostringstream manifest;
  size_t nextInput = 0;
  for (size_t i = 0; i < kernel.arguments.size(); ++i) {
    const auto &b = kernel.arguments[i];
    const std::string file = fmt::format("arg{}_{}.bin", i, b->name);
    const char *kind = b->role == ir::BufferRole::Input    ? "in"
                       : b->role == ir::BufferRole::Output ? "out"
                       : b->role == ir::BufferRole::InOut  ? "inout"
                                                           : "scratch";
    if (b->role == ir::BufferRole::Input || b->role == ir::BufferRole::InOut) {
      if (nextInput >= inputs.size())
        return Error{fmt::format("kernel '{}': no data for input '{}'", kernel.name, b->name)};
      const auto &data = inputs[nextInput++];
      if (static_cast<int64_t>(data.size()) != b->byteSize())
        return Error{fmt::format("kernel '{}': input '{}' has {} bytes, expected {}", kernel.name,
                                 b->name, data.size(), b->byteSize())};
      if (auto s = writeBytes(dir / file, data); !s)
        return s.error();
    }
    manifest << kind << ' ' << b->byteSize() << ' ' << file << '\n';
  }
  const std::string manifestText = manifest.str();
  if (auto s = writeBytes(dir / "manifest.txt",
                          std::vector<uint8_t>(manifestText.begin(), manifestText.end()));
      !s)
    return s.error();

  auto instructions = runFirmware(target, elf, dir);
  if (!instructions)
    return instructions.error();
  KernelRun run;
  run.instructions = *instructions;
  for (size_t i = 0; i < kernel.arguments.size(); ++i) {
    const auto &b = kernel.arguments[i];
    if (b->role != ir::BufferRole::Output && b->role != ir::BufferRole::InOut) {
      run.outputs.emplace_back();
      continue;
    }
    auto bytes = readBytes(dir / fmt::format("arg{}_{}.bin", i, b->name));
    if (!bytes)
      return bytes.error();
    run.outputs.push_back(std::move(*bytes));
  }
  return run;
}

} // namespace loom::qemu
