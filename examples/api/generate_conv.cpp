// API example (shown in the README): describe a 3x3 conv, print its loop nest, check it on the
// host JIT against the reference kernel, and emit a Cortex-M7 object and header.
#include "loom/codegen/Codegen.h"
#include "loom/fixtures/RandomParams.h"
#include "loom/ir/Printer.h"
#include "loom/ops/Ops.h"
#include "loom/ops/Reference.h"

#include <cstdio>
#include <random>

int main(int argc, char **argv) {
  using namespace loom;
  ops::Conv2DParams conv;
  conv.inputHeight = conv.inputWidth = 16;
  conv.inputChannels = 8;
  conv.outputChannels = 16;
  conv.kernelHeight = conv.kernelWidth = 3;
  conv.padding = {1, 1, 1, 1};
  std::mt19937 rng(42);
  ops::fillRandom(conv, rng); // int8 weights, int32 bias, per-channel multipliers and shifts

  auto kernel = ops::buildConv2D(conv, "my_conv");
  if (!kernel) {
    std::fprintf(stderr, "%s\n", kernel.error().message.c_str());
    return 1;
  }
  std::printf("%s", ir::toString(*kernel).c_str());

  // Host JIT vs the reference kernel.
  std::vector<int8_t> input = ops::randomInt8(16 * 16 * 8, rng), jit(16 * 16 * 16),
                      expected(16 * 16 * 16);
  auto compiled = codegen::JitKernel::compile(*kernel);
  if (!compiled || !(*compiled)->run({input.data(), jit.data()})) {
    std::fprintf(stderr, "JIT failed\n");
    return 1;
  }
  ops::reference::conv2D(conv, input.data(), expected.data());
  std::printf("host JIT %s the reference\n", jit == expected ? "matches" : "DIFFERS FROM");

  // my_conv.o + my_conv.h for a Cortex-M7 hard-float firmware.
  const char *dir = argc > 1 ? argv[1] : "loom-api-example";
  if (auto s =
          codegen::writeKernel(*kernel, {codegen::Cpu::CortexM7, codegen::FloatAbi::Hard}, dir);
      !s) {
    std::fprintf(stderr, "%s\n", s.error().message.c_str());
    return 1;
  }
  std::printf("wrote %s/my_conv.o and %s/my_conv.h\n", dir, dir);
  return jit == expected ? 0 : 1;
}
