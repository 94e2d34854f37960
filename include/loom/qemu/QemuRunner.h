// Running generated kernels on emulated Cortex-M boards: link a kernel object into loom's QEMU
// firmware (examples/firmware), run it with -icount shift=0, read outputs and the executed
// instruction count of the kernel call back.
#pragma once

#include "loom/codegen/Target.h"
#include "loom/ir/Stmt.h"
#include "loom/support/Error.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace loom::qemu {

// The QEMU board that models a CPU: mps2-an386 (Cortex-M4) or mps2-an500 (Cortex-M7).
std::string_view qemuMachine(codegen::Cpu cpu);

// Links `object` (which defines `symbol`) into an ELF for the target's board.
Status buildKernelFirmware(const codegen::Target &target, const std::filesystem::path &object,
                           const std::string &symbol, const std::filesystem::path &elf);

struct KernelRun {
  std::vector<std::vector<uint8_t>> outputs; // one per kernel argument; empty for inputs
  int64_t instructions = 0;                  // executed by the kernel call
};

// Emits `kernel` for `target` into `workDirectory`, builds the firmware, runs it in QEMU and
// returns the output buffers. `inputs` holds one buffer per Input argument, in order.
Expected<KernelRun> runKernelInQemu(const ir::Kernel &kernel, const codegen::Target &target,
                                    const std::vector<std::vector<uint8_t>> &inputs,
                                    const std::filesystem::path &workDirectory);

// Links a loom-gen model (its glue <name>.c and kernel objects in `modelDirectory`) with
// lib/runtime into examples/firmware/model_main.c for the target's board.
Status buildModelFirmware(const codegen::Target &target,
                          const std::filesystem::path &modelDirectory, const std::string &name,
                          int64_t arenaBytes, const std::filesystem::path &elf);

struct ModelRun {
  std::vector<uint8_t> output;
  int64_t instructions = 0;               // one inference
  std::vector<int64_t> layerInstructions; // per kernel step, to one timer tick
};

// Builds the model firmware, runs one inference on `input` in QEMU in `workDirectory`.
Expected<ModelRun> runModelInQemu(const codegen::Target &target,
                                  const std::filesystem::path &modelDirectory,
                                  const std::string &name, int64_t arenaBytes,
                                  const std::vector<uint8_t> &input,
                                  const std::filesystem::path &workDirectory);

// Bytes an object puts in flash: its .text, .rodata and .data sections (arm-none-eabi-size -A).
Expected<int64_t> flashBytes(const std::filesystem::path &object);

// The QEMU command line that runs `elf` on the target's board with exact instruction counting.
std::vector<std::string> qemuCommand(const codegen::Target &target,
                                     const std::filesystem::path &elf);

// Runs an already built firmware whose manifest and inputs are in `workDirectory`.
Expected<int64_t> runFirmware(const codegen::Target &target, const std::filesystem::path &elf,
                              const std::filesystem::path &workDirectory);

} // namespace loom::qemu
