// Where a model's flash goes: per kernel object its code, its weights and its other constant
// tables (bias, multipliers, shifts, lookup tables), read from the object with binutils; and what
// each object contributes to a linked firmware, read from the linker's map (so the split can be
// checked against what actually ends up in flash).
#pragma once

#include "loom/codegen/Target.h"
#include "loom/ir/Stmt.h"
#include "loom/support/Error.h"

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>

namespace loom::qemu {

struct KernelFlash {
  int64_t code = 0;    // .text: instructions and literal pools
  int64_t weights = 0; // the kernel's weight buffers (as laid out: int8, or int16 pairs)
  int64_t tables = 0;  // every other constant: bias, requantization tables, lookup tables
  int64_t total() const { return code + weights + tables; }
  KernelFlash &operator+=(const KernelFlash &o) {
    code += o.code, weights += o.weights, tables += o.tables;
    return *this;
  }
};

// The split of one kernel object compiled from `kernel` (its constant buffers give the roles).
Expected<KernelFlash> kernelFlash(const std::filesystem::path &object, const ir::Kernel &kernel);

// Bytes each input object contributes to the linked firmware's flash: its .text, .rodata and
// .data input sections that --gc-sections kept, from GNU ld's map file (-Wl,-Map=). Keyed by the
// object's path as the map spells it.
Expected<std::map<std::string, int64_t>> linkedFlashByObject(const std::filesystem::path &map);

// A model firmware's flash by origin (buildModelFirmware's objects): the kernel objects of the
// model folder, its C glue (<name>.c: step table, arena layout), loom's runtime, and the rest
// (the board's start-up, semihosting and instruction counter, newlib).
struct LinkedModelFlash {
  int64_t kernels = 0, glue = 0, runtime = 0, firmware = 0;
  int64_t model() const { return kernels + glue + runtime; } // what the model brings
};
Expected<LinkedModelFlash> linkedModelFlash(const std::filesystem::path &elf,
                                            const std::filesystem::path &modelDirectory,
                                            const std::string &name);

} // namespace loom::qemu
