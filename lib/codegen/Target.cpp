// Target names and triples.
#include "loom/codegen/Target.h"

#include <fmt/format.h>

namespace loom::codegen {

std::string Target::triple() const {
  return floatAbi == FloatAbi::Hard ? "thumbv7em-none-eabihf" : "thumbv7em-none-eabi";
}

std::string_view Target::cpuName() const {
  return cpu == Cpu::CortexM4 ? "cortex-m4" : "cortex-m7";
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
  else
    return Error{fmt::format("unknown target '{}' (expected cortex-m4 or cortex-m7)", cpu)};
  if (floatAbi == "hard")
    t.floatAbi = FloatAbi::Hard;
  else if (floatAbi == "soft")
    t.floatAbi = FloatAbi::Soft;
  else
    return Error{fmt::format("unknown float ABI '{}' (expected hard or soft)", floatAbi)};
  return t;
}

} // namespace loom::codegen
