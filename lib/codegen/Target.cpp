// Target names and triples.
#include "loom/codegen/Target.h"

#include <fmt/format.h>

namespace loom::codegen {

std::string Target::triple() const {
  const char *arch = cpu == Cpu::CortexM33   ? "thumbv8m.main"
                     : cpu == Cpu::CortexM55 ? "thumbv8.1m.main"
                                             : "thumbv7em";
  return fmt::format("{}-none-eabi{}", arch, floatAbi == FloatAbi::Hard ? "hf" : "");
}

std::string_view Target::cpuName() const {
  switch (cpu) {
  case Cpu::CortexM4: return "cortex-m4";
  case Cpu::CortexM33: return "cortex-m33";
  case Cpu::CortexM55: return "cortex-m55";
  case Cpu::CortexM7: break;
  }
  return "cortex-m7";
}

std::string Target::name() const {
  return floatAbi == FloatAbi::Hard ? std::string(cpuName())
                                    : fmt::format("{} (soft-float)", cpuName());
}

Expected<Target> parseTarget(std::string_view cpu, std::string_view floatAbi) {
  Target t;
  if (cpu == "cortex-m4")
    t.cpu = Cpu::CortexM4;
  else if (cpu == "cortex-m7")
    t.cpu = Cpu::CortexM7;
  else if (cpu == "cortex-m33")
    t.cpu = Cpu::CortexM33;
  else if (cpu == "cortex-m55")
    t.cpu = Cpu::CortexM55;
  else
    return Error{fmt::format(
        "unknown target '{}' (expected cortex-m4, cortex-m7, cortex-m33 or cortex-m55)", cpu)};
  if (floatAbi == "hard")
    t.floatAbi = FloatAbi::Hard;
  else if (floatAbi == "soft")
    t.floatAbi = FloatAbi::Soft;
  else
    return Error{fmt::format("unknown float ABI '{}' (expected hard or soft)", floatAbi)};
  return t;
}

} // namespace loom::codegen
