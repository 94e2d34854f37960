// RESIZE_BILINEAR (int8, TFLite's ResizeBilinearInteger as TFLM runs it): the nest equals the
// reference kernel on random shapes, up- and downscaling, with each corner convention, on the
// host JIT and in QEMU; the reference gives TFLite's own test case; a model built with the
// schema's builders imports its options, compiles and runs in QEMU (Cortex-M7 and M4) bit-exact
// with the host reference executor; differing input/output quantization is refused by name.
#include "../support/ModelRuns.h"
#include "loom/graph/TfliteImport.h"
#include "loom/ops/DataMovement.h"
#include "tflite_subset_generated.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <cstring>

namespace loom::testing {
namespace {

TEST(ResizeBilinear, NestMatchesReferenceOnJitAndQemu) {
  std::mt19937 rng(231);
  for (int n = 0; n < 36; ++n) {
    ops::ResizeBilinearParams p;
    p.inputHeight = pick(rng, 1, 9), p.inputWidth = pick(rng, 1, 9), p.channels = pick(rng, 1, 12);
    p.outputHeight = pick(rng, 1, 20), p.outputWidth = pick(rng, 1, 20);
    p.alignCorners = n % 3 == 1, p.halfPixelCenters = n % 3 == 2;
    SCOPED_TRACE(fmt::format("{}x{}x{} -> {}x{} align {} half {}", p.inputHeight, p.inputWidth,
                             p.channels, p.outputHeight, p.outputWidth, p.alignCorners,
                             p.halfPixelCenters));
    auto in = ops::randomInt8(static_cast<size_t>(p.inputHeight) * p.inputWidth * p.channels, rng);
    std::vector<int8_t> expected(static_cast<size_t>(p.outputHeight) * p.outputWidth * p.channels);
    ops::reference::resizeBilinear(p, in.data(), expected.data());
    ir::Kernel k = ops::buildResizeBilinear(p, fmt::format("bilinear_{}", n)).take();
    const codegen::Cpu cpu = n % 2 ? codegen::Cpu::CortexM4 : codegen::Cpu::CortexM7;
    expectKernelOutput(k, {in}, expected, n < 3, cpu, "resize_bilinear");
  }
}

// TFLite's resize_bilinear_test (2x2 -> 3x3 of {3, 6, 9, 12}, int8).
TEST(ResizeBilinear, ReferenceGivesTfliteTestCase) {
  ops::ResizeBilinearParams p{2, 2, 1, 3, 3, false, false};
  const std::vector<int8_t> in{3, 6, 9, 12};
  std::vector<int8_t> out(9);
  ops::reference::resizeBilinear(p, in.data(), out.data());
  EXPECT_EQ(out, (std::vector<int8_t>{3, 5, 6, 7, 9, 10, 9, 11, 12}));
}

// Input t0 [1,h,w,c], size t1 (int32 constant), output t2; `outputZeroPoint` lets the
// quantizations differ.
std::vector<uint8_t> resizeModel(int h, int w, int c, int oh, int ow, bool align, bool half,
                                 int64_t outputZeroPoint = -3) {
  flatbuffers::FlatBufferBuilder b;
  const std::vector<float> scale{0.1f};
  const std::vector<int64_t> zp{-3}, outZp{outputZeroPoint};
  std::vector<flatbuffers::Offset<tflite::Buffer>> buffers{tflite::CreateBuffer(b)};
  const std::vector<int32_t> size{oh, ow};
  std::vector<uint8_t> sizeBytes(8);
  std::memcpy(sizeBytes.data(), size.data(), 8);
  buffers.push_back(tflite::CreateBufferDirect(b, &sizeBytes));
  const std::vector<int32_t> inShape{1, h, w, c}, sizeShape{2}, outShape{1, oh, ow, c};
  std::vector<flatbuffers::Offset<tflite::Tensor>> tensors{
      tflite::CreateTensorDirect(
          b, &inShape, tflite::TensorType::INT8, 0, "input",
          tflite::CreateQuantizationParametersDirect(b, nullptr, nullptr, &scale, &zp)),
      tflite::CreateTensorDirect(b, &sizeShape, tflite::TensorType::INT32, 1, "size"),
      tflite::CreateTensorDirect(
          b, &outShape, tflite::TensorType::INT8, 0, "output",
          tflite::CreateQuantizationParametersDirect(b, nullptr, nullptr, &scale, &outZp))};
  std::vector<flatbuffers::Offset<tflite::OperatorCode>> codes{
      tflite::CreateOperatorCode(b, 23, 0, 1, 23)};
  const std::vector<int32_t> inputs{0, 1}, outputs{2}, modelInputs{0};
  std::vector<flatbuffers::Offset<tflite::Operator>> operators{tflite::CreateOperatorDirect(
      b, 0, &inputs, &outputs, tflite::BuiltinOptions::ResizeBilinearOptions,
      tflite::CreateResizeBilinearOptions(b, align, half).Union())};
  std::vector<flatbuffers::Offset<tflite::SubGraph>> subgraphs{
      tflite::CreateSubGraphDirect(b, &tensors, &modelInputs, &outputs, &operators)};
  b.Finish(tflite::CreateModelDirect(b, 3, &codes, &subgraphs, nullptr, &buffers),
           tflite::ModelIdentifier());
  return {b.GetBufferPointer(), b.GetBufferPointer() + b.GetSize()};
}

TEST(ResizeBilinear, ImportedModelsRunBitExactInQemu) {
  std::mt19937 rng(232);
  struct Case {
    int h, w, c, oh, ow;
    bool align, half;
  };
  const Case cases[] = {
      {5, 7, 3, 10, 14, false, true}, {6, 4, 2, 11, 7, true, false}, {8, 8, 4, 3, 5, false, false}};
  int k = 0;
  for (const Case &c : cases) {
    SCOPED_TRACE(fmt::format("case {}", k));
    auto g = graph::importTflite(resizeModel(c.h, c.w, c.c, c.oh, c.ow, c.align, c.half),
                                 fmt::format("bilinear{}", k));
    ASSERT_TRUE(g.ok()) << g.error().message;
    ASSERT_EQ(g->nodes.size(), 1u);
    EXPECT_EQ(g->nodes[0].op, graph::OpType::ResizeBilinear);
    const auto &o = std::get<graph::ResizeOptions>(g->nodes[0].options);
    EXPECT_EQ(o.alignCorners, c.align);
    EXPECT_EQ(o.halfPixelCenters, c.half);
    EXPECT_FALSE(
        expectModelRunsLikeReference(*g, fmt::format("resize_bilinear_{}", k++), rng).empty());
  }
}

TEST(ResizeBilinear, RefusesDifferentInputAndOutputQuantizationByName) {
  auto g = graph::importTflite(resizeModel(4, 4, 2, 8, 8, false, false, 5), "requantizing");
  ASSERT_TRUE(g.ok()) << g.error().message;
  auto m = model::compileModel(*g, {});
  ASSERT_FALSE(m.ok());
  EXPECT_NE(m.error().message.find("RESIZE_BILINEAR"), std::string::npos) << m.error().message;
  EXPECT_NE(m.error().message.find("input and output quantization differ"), std::string::npos)
      << m.error().message;
}

} // namespace
} // namespace loom::testing
