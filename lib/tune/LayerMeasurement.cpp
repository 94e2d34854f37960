// Measurement folders for single-layer kernels.
#include "loom/tune/LayerMeasurement.h"

#include "loom/codegen/Codegen.h"
#include "loom/qemu/QemuRunner.h"

#include <fmt/format.h>

#include <cstring>
#include <fstream>

namespace loom::tune {

namespace fs = std::filesystem;

namespace {

template <typename T> Status writeRaw(const fs::path &path, const std::vector<T> &values) {
  // Little-endian on every host loom supports, as on the MCU.
  std::ofstream f(path, std::ios::binary);
  f.write(reinterpret_cast<const char *>(values.data()),
          static_cast<std::streamsize>(values.size() * sizeof(T)));
  if (!f)
    return Error{fmt::format("cannot write {}", path.string())};
  return {};
}

namespace {
// Only a dilated window says so: the records of undilated layers stay as they were.
template <class P> std::string dilationJson(const P &p) {
  if (p.dilationHeight == 1 && p.dilationWidth == 1)
    return "";
  return fmt::format(", \"dilation\": [{}, {}]", p.dilationHeight, p.dilationWidth);
}
} // namespace

std::string shapeJson(const ops::AnyOp &op) {
  return std::visit(
      [](const auto &p) -> std::string {
        using T = std::decay_t<decltype(p)>;
        if constexpr (std::is_same_v<T, ops::Conv2DParams>)
          return fmt::format(
                     "\"input_shape\": [{}, {}, {}], \"output_shape\": [{}, {}, {}], "
                     "\"weights_layout\": \"OHWI [{}][{}][{}][{}]\", \"stride\": [{}, {}], "
                     "\"padding\": {{\"top\": {}, \"bottom\": {}, \"left\": {}, \"right\": {}}}",
                     p.inputHeight, p.inputWidth, p.inputChannels, p.outputHeight(),
                     p.outputWidth(), p.outputChannels, p.outputChannels, p.kernelHeight,
                     p.kernelWidth, p.inputChannels, p.strideHeight, p.strideWidth, p.padding.top,
                     p.padding.bottom, p.padding.left, p.padding.right) +
                 dilationJson(p);
        else if constexpr (std::is_same_v<T, ops::DepthwiseConv2DParams>)
          return fmt::format(
                     "\"input_shape\": [{}, {}, {}], \"output_shape\": [{}, {}, {}], "
                     "\"weights_layout\": \"1HWC [1][{}][{}][{}]\", \"stride\": [{}, {}], "
                     "\"padding\": {{\"top\": {}, \"bottom\": {}, \"left\": {}, \"right\": {}}}",
                     p.inputHeight, p.inputWidth, p.channels, p.outputHeight(), p.outputWidth(),
                     p.outputChannels(), p.kernelHeight, p.kernelWidth, p.outputChannels(),
                     p.strideHeight, p.strideWidth, p.padding.top, p.padding.bottom, p.padding.left,
                     p.padding.right) +
                 dilationJson(p);
        else if constexpr (std::is_same_v<T, ops::PointwiseConv2DParams>)
          return fmt::format("\"input_shape\": [{}, {}, {}], \"output_shape\": [{}, {}, {}], "
                             "\"weights_layout\": \"OI [{}][{}]\", \"stride\": [{}, {}]",
                             p.inputHeight, p.inputWidth, p.inputChannels, p.outputHeight(),
                             p.outputWidth(), p.outputChannels, p.outputChannels, p.inputChannels,
                             p.stride, p.stride);
        else
          return fmt::format("\"input_shape\": [{}, {}], \"output_shape\": [{}, {}], "
                             "\"weights_layout\": \"OI [{}][{}]\"",
                             p.batches, p.inputSize, p.batches, p.outputSize, p.outputSize,
                             p.inputSize);
      },
      op);
}

} // namespace

Expected<LayerMeasurement> measureLayer(const ops::Layer &layer, const ir::Kernel &kernel,
                                        const std::string &schedule, const codegen::Target &target,
                                        const fs::path &dir) {
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec)
    return Error{fmt::format("cannot create {}: {}", dir.string(), ec.message())};
  const ops::OutputStage &stage = ops::outputStage(layer.op);
  const std::vector<int8_t> expected = ops::runReference(layer.op, layer.input);
  for (auto s : {writeRaw(dir / "input.bin", layer.input),
                 writeRaw(dir / "weights.bin", ops::weights(layer.op)),
                 writeRaw(dir / "bias.bin", ops::bias(layer.op)),
                 writeRaw(dir / "multipliers.bin", stage.multipliers),
                 writeRaw(dir / "shifts.bin", stage.shifts),
                 writeRaw(dir / "expected_output.bin", expected)})
    if (!s)
      return s.error();
  std::ofstream params(dir / "params.json");
  params << fmt::format(
      "{{\"layer\": \"{}\", \"op\": \"{}\", \"form\": \"{}\", \"target\": \"{}\", "
      "\"schedule\": \"{}\", "
      "\"kernel\": \"{}\", \"macs\": {}, {}, \"input_zero_point\": {}, "
      "\"output_zero_point\": {}, \"activation_min\": {}, \"activation_max\": {}}}\n",
      layer.id, ops::opName(layer.op),
      layer.form == ops::KernelForm::Plain ? "plain" : ops::formName(layer.form), target.cpuName(),
      schedule, kernel.name, ops::macs(layer.op), shapeJson(layer.op),
      ops::inputZeroPoint(layer.op), stage.outputZeroPoint, stage.activationMin,
      stage.activationMax);
  if (!params)
    return Error{fmt::format("cannot write {}", (dir / "params.json").string())};
  if (auto s = codegen::writeKernel(kernel, target, dir, {.assembly = true}); !s)
    return s.error();

  auto run = qemu::runKernelInQemu(
      kernel, target, {std::vector<uint8_t>(layer.input.begin(), layer.input.end())}, dir);
  if (!run)
    return Error{fmt::format("layer {} on {}: {}", layer.id, target.name(), run.error().message)};
  LayerMeasurement m{layer.id,
                     std::string(target.cpuName()),
                     schedule,
                     ops::macs(layer.op),
                     run->instructions,
                     false,
                     dir};
  // The output argument, or in place the activations whose first bytes hold the output.
  size_t at = 0;
  while (at < kernel.arguments.size() && kernel.arguments[at]->role != ir::BufferRole::Output &&
         kernel.arguments[at]->role != ir::BufferRole::InOut)
    ++at;
  if (at == kernel.arguments.size())
    return Error{fmt::format("kernel '{}' has no output argument", kernel.name)};
  const auto &out = run->outputs.at(at);
  m.bitExact = out.size() >= expected.size() &&
               std::memcmp(out.data(), expected.data(), expected.size()) == 0;
  return m;
}

std::string layerFilesReadme() {
  return R"(# Measured single-layer kernels

One folder per `<layer>/<target>/<schedule>`, written by `loom-bench kernels` (and by
`loom-kernel --run`). Everything needed to re-measure the kernel with another harness is here.

| file | contents |
|---|---|
| `<kernel>.o` | the kernel: ELF relocatable for thumbv7em, hard-float EABI, short enums |
| `<kernel>.h` | its C prototype; the meaning, layout and size of every argument; the constant data inside |
| `<kernel>.s` | its assembly, for reading |
| `<kernel>.elf` | the QEMU firmware the figure was measured with (loom's `examples/firmware`) |
| `manifest.txt`, `result.txt` | the firmware's argument list and its report (`instructions N`) |
| `input.bin` | the input activation: int8, NHWC (batch 1) or [batches][in], row-major |
| `weights.bin` | int8 weights as the TFLite op receives them, before any layout change: conv OHWI, depthwise 1HWC, pointwise and fully connected [out][in] (see `weights_layout` in params.json) |
| `bias.bin` | int32 little-endian, one per output channel |
| `multipliers.bin`, `shifts.bin` | int32 little-endian, one per output channel: TFLite's quantized multiplier (Q31, in [2^30, 2^31)) and shift (positive = left), applied with the double-rounding MultiplyByQuantizedMultiplier |
| `params.json` | op, shapes, stride, padding (top/bottom/left/right), input/output zero points, activation range, MACs |
| `expected_output.bin` | the reference kernel's output for input.bin: int8, same layout as the output |
| `arg1_output.bin` | what the kernel produced in QEMU (must equal expected_output.bin) |

The instruction count is the number of instructions executed by the kernel call on QEMU with
`-icount shift=0` (see examples/firmware/instruction_counter.h for the method).
)";
}

} // namespace loom::tune
