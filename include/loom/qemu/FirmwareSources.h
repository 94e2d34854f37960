// Where the C sources loom links kernels and models into are found: the QEMU boards' firmware
// (start-up code, linker scripts, semihosting, the instruction counter, the mains) and the model
// executor (lib/runtime). An installed loom keeps them in <prefix>/share/loom/{firmware,runtime}.
#pragma once

#include "loom/support/Error.h"

#include <filesystem>

namespace loom::qemu {

struct FirmwareSources {
  std::filesystem::path firmware; // examples/firmware, installed as share/loom/firmware
  std::filesystem::path runtime;  // lib/runtime, installed as share/loom/runtime
};

// In order: $LOOM_DATA_DIR (which must then hold firmware/ and runtime/); share/loom next to the
// running program's bin/ (an installed or relocated loom); the source tree this loom was built
// from. An error names every place looked at.
Expected<FirmwareSources> firmwareSources();

} // namespace loom::qemu
