// Measuring one single-layer kernel in QEMU and leaving everything behind that another harness
// needs to re-measure it: object, header, assembly, firmware, and the exact data as raw files.
#pragma once

#include "loom/codegen/Target.h"
#include "loom/ir/Stmt.h"
#include "loom/ops/Layer.h"

#include <filesystem>

namespace loom::tune {

struct LayerMeasurement {
  std::string layer, target, schedule;
  int64_t macs = 0;
  int64_t instructions = 0;
  bool bitExact = false;
  std::filesystem::path directory;
};

// Writes the layer's data files (input.bin, weights.bin, bias.bin, multipliers.bin, shifts.bin,
// params.json, expected_output.bin) and the kernel into `directory`, runs it in QEMU and checks
// the output against the reference. `kernel` must implement `layer` (any schedule).
Expected<LayerMeasurement> measureLayer(const ops::Layer &layer, const ir::Kernel &kernel,
                                        const std::string &schedule, const codegen::Target &target,
                                        const std::filesystem::path &directory);

// The README that describes the files measureLayer writes.
std::string layerFilesReadme();

} // namespace loom::tune
