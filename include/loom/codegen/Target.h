// The Cortex-M targets loom generates code for.
#pragma once

#include "loom/support/Error.h"

#include <string>
#include <string_view>

namespace loom::codegen {

// Cortex-M33 is ARMv8-M Mainline with the DSP extension and single-precision FPv5: the same
// DSP instructions as the M4 and M7, so it takes their schedules. Cortex-M55 is ARMv8.1-M
// Mainline with the DSP extension, double-precision FPv5 and MVE (Helium, integer and float).
enum class Cpu { CortexM4, CortexM7, CortexM33, CortexM55 };
// Hard-float firmware refuses soft-float objects at link time (and vice versa), so the float ABI
// of the kernels must match the firmware's.
enum class FloatAbi { Soft, Hard };

struct Target {
  Cpu cpu = Cpu::CortexM7;
  FloatAbi floatAbi = FloatAbi::Hard;

  std::string triple() const;       // thumbv7em, thumbv8m.main, thumbv8.1m.main -none-eabi[hf]
  std::string_view cpuName() const; // cortex-m4 / cortex-m7 / cortex-m33 / cortex-m55
  bool hasMve() const { return cpu == Cpu::CortexM55; }
  std::string name() const; // e.g. "cortex-m7" or "cortex-m7 (soft-float)"
};

// Parses "cortex-m4" / "cortex-m7" / "cortex-m33" / "cortex-m55" and "hard" / "soft".
Expected<Target> parseTarget(std::string_view cpu, std::string_view floatAbi = "hard");

} // namespace loom::codegen
