// The Cortex-M targets loom generates code for.
#pragma once

#include "loom/support/Error.h"

#include <string>
#include <string_view>

namespace loom::codegen {

enum class Cpu { CortexM4, CortexM7 };
// Hard-float firmware refuses soft-float objects at link time (and vice versa), so the float ABI
// of the kernels must match the firmware's.
enum class FloatAbi { Soft, Hard };

struct Target {
  Cpu cpu = Cpu::CortexM7;
  FloatAbi floatAbi = FloatAbi::Hard;

  std::string triple() const;       // thumbv7em-none-eabi[hf]
  std::string_view cpuName() const; // cortex-m4 / cortex-m7
  std::string name() const;         // e.g. "cortex-m7" or "cortex-m7 (soft-float)"
};

// Parses "cortex-m4" / "cortex-m7" and "hard" / "soft".
Expected<Target> parseTarget(std::string_view cpu, std::string_view floatAbi = "hard");

} // namespace loom::codegen
