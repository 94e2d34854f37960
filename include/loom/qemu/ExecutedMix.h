// How many of the instructions a function executes in QEMU are MVE vector instructions. QEMU's
// -icount counts every instruction as one, but a Cortex-M55 executes most 128-bit vector
// instructions in two beats, so instruction counts alone flatter vector code; the beat-weighted
// figure (the count plus one more beat per vector instruction) is the honest companion of an M55
// count.
#pragma once

#include "loom/codegen/Target.h"
#include "loom/support/Error.h"

#include <cstdint>
#include <filesystem>
#include <string>

namespace loom::qemu {

struct ExecutedMix {
  int64_t scalar = 0, vector = 0; // executed instructions of the function, by kind
  int64_t total() const { return scalar + vector; }
};

// Runs the firmware `elf` once more in QEMU (in `dir`, as runFirmware does) with its execution
// trace on (-d in_asm,exec,nochain: every translated block's byte range and every execution of
// one), and counts the instructions executed inside `function`, classified by arm-none-eabi-
// objdump's decoding of the ELF (an instruction on q registers, or VPT/VPST/VCTP, is a vector
// instruction). Blocks re-executed after an icount budget split are counted again, so the total
// can exceed the counter's figure by a few hundredths of a percent.
Expected<ExecutedMix> executedMix(const codegen::Target &target, const std::filesystem::path &elf,
                                  const std::filesystem::path &dir, const std::string &function);

} // namespace loom::qemu
