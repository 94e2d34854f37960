// Per-channel requantization corner cases real exports have, on every op with an output stage:
// a dead channel (multiplier 0 and a bias of -2^31 + 1, whose zero-point fold would leave int32),
// a channel TFLite's rounding flushes to zero (right shift 31), negative multipliers and a right
// shift of 25 with a large output zero point, a left shift (a scale above 1), and a channel that
// saturates (a bias of 2^30 beside its weights: 2*acc would leave int32, yet every accumulator it
// can reach writes 127, as in mlperf-tiny-vww's pointwise layers). Each must keep
// the default schedule's fold_zero_point and fast_requantize (the report names the variant) and
// stay bit-exact with the reference kernel on the host JIT and in QEMU (Cortex-M7 and Cortex-M4).
// The in-place depthwise form too: its weights are int16, so fast_requantize stores weights and
// bias doubled and drops the per-output doubling (not with a left shift), which each corner must
// survive.
#include "../support/KernelRuns.h"
#include "../support/OpCases.h"
#include "loom/codegen/Codegen.h"
#include "loom/ir/Printer.h"
#include "loom/qemu/QemuRunner.h"
#include "loom/schedule/KernelChoice.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

namespace loom::testing {
namespace {

enum class Corner {
  DeadChannel,
  FlushedChannel,
  NegativeMultipliers,
  LargeShift,
  LeftShift,
  SaturatedChannel,
  All
};

std::string name(Corner c) {
  switch (c) {
  case Corner::DeadChannel: return "DeadChannel";
  case Corner::FlushedChannel: return "FlushedChannel";
  case Corner::NegativeMultipliers: return "NegativeMultipliers";
  case Corner::LargeShift: return "LargeShift";
  case Corner::LeftShift: return "LeftShift";
  case Corner::SaturatedChannel: return "SaturatedChannel";
  case Corner::All: return "All";
  }
  return "";
}

// Puts the corner case into channels of a layer with realistic quantization (right shifts only).
template <typename Params> void inject(Params &p, Corner corner) {
  ops::OutputStage &s = p.output;
  const bool all = corner == Corner::All;
  p.inputZeroPoint = 100; // folding -100 * sum(w) into -2^31 + 1 leaves int32
  if (all || corner == Corner::DeadChannel) {
    s.multipliers[0] = 0;
    p.bias[0] = -2147483647;
  }
  if (all || corner == Corner::FlushedChannel) {
    s.multipliers[1] = (1 << 30) + 12345;
    s.shifts[1] = -31;
  }
  if (all || corner == Corner::NegativeMultipliers)
    for (size_t c = 2; c < s.multipliers.size(); c += 2)
      s.multipliers[c] = -s.multipliers[c];
  if (all || corner == Corner::LargeShift) {
    // 70 * 2^25 no longer fits in SMMLAR's addend; a bias of 2^25 keeps the channel's output
    // from being constant.
    s.shifts[3] = -25;
    p.bias[3] = 1 << 25;
    s.outputZeroPoint = 70;
  }
  if (all || corner == Corner::SaturatedChannel) {
    s.multipliers[2] = (1 << 30) + 4321;
    s.shifts[2] = -8;
    p.bias[2] = 1 << 30;
  }
  if (all || corner == Corner::LeftShift) {
    // A scale above 1: TFLite shifts the accumulator left before the high multiply.
    s.shifts.back() = 2;
    s.multipliers.back() = (1 << 30) + 777;
  }
}

// `kernel` run once in QEMU on `input` (work folder test-work/requantization_corners/`dir`): the
// first `bytes` of argument `argument`, as int8.
std::vector<int8_t> qemuOutput(const ir::Kernel &kernel, const codegen::Target &target,
                               const std::vector<int8_t> &input, const std::string &dir,
                               size_t argument, size_t bytes) {
  auto run = qemu::runKernelInQemu(
      kernel, target, {std::vector<uint8_t>(input.begin(), input.end())},
      std::filesystem::path(LOOM_BINARY_DIR) / "test-work" / "requantization_corners" / dir);
  EXPECT_TRUE(run.ok()) << run.error().message;
  if (!run.ok())
    return {};
  const auto &got = run->outputs.at(argument);
  return std::vector<int8_t>(got.begin(), got.begin() + static_cast<long>(bytes));
}

OpParams cornerCase(OpKind kind, Corner corner, int seed) {
  std::mt19937 rng(seed);
  OpParams op;
  for (;;) {
    op = randomCase(kind, rng, {.positiveShifts = false});
    bool enough = std::visit([](const auto &p) { return p.output.multipliers.size() >= 5; }, op);
    if (enough)
      break;
  }
  std::visit([&](auto &p) { inject(p, corner); }, op);
  return op;
}

struct Param {
  OpKind op;
  Corner corner;
};

class RequantizationCorners : public ::testing::TestWithParam<Param> {};

TEST_P(RequantizationCorners, KeepTheFastPathAndStayBitExact) {
  const codegen::Target m7{codegen::Cpu::CortexM7, codegen::FloatAbi::Hard};
  const codegen::Target m4{codegen::Cpu::CortexM4, codegen::FloatAbi::Hard};
  for (int n = 0; n < 4; ++n) {
    const OpParams op = cornerCase(GetParam().op, GetParam().corner, 40 + n);
    const std::string kernelName =
        fmt::format("corner_{}_{}_{}", name(GetParam().op), name(GetParam().corner), n);
    auto chosen = schedule::chooseKernel(op, kernelName, schedule::KernelForm::Plain,
                                         schedule::ScheduleSources{});
    ASSERT_TRUE(chosen.ok()) << chosen.error().message;
    SCOPED_TRACE(describeCase(op) + "\nschedule:\n" + chosen->scheduleText);
    for (const auto &r : chosen->refused)
      EXPECT_FALSE(r.step.is<schedule::step::FastRequantize>() ||
                   r.step.is<schedule::step::FoldZeroPoint>())
          << r.step.toString() << ": " << r.reason;
    EXPECT_TRUE(chosen->requantization.starts_with("fast")) << chosen->requantization;
    const bool constants =
        GetParam().corner == Corner::DeadChannel || GetParam().corner == Corner::FlushedChannel ||
        GetParam().corner == Corner::SaturatedChannel || GetParam().corner == Corner::All;
    // Random channels may saturate too (every reachable accumulator clamps to one byte): only
    // the injected constants are required; the bit-exact runs below check every constant.
    if (constants) {
      EXPECT_NE(chosen->requantization.find("constant channel"), std::string::npos)
          << chosen->requantization;
    }

    // The same schedule with its per-channel tables interleaved (every corner's tables: rounding
    // masks, doublings, int8 shifts): the same variant, the same bytes.
    const std::string interleavedText = chosen->scheduleText + "layout requant interleaved\n";
    auto interleaved = schedule::chooseKernel(
        op, kernelName + "_interleaved", schedule::KernelForm::Plain,
        {.tuned = [&](const ops::AnyOp &, ops::KernelForm) { return interleavedText; }});
    ASSERT_TRUE(interleaved.ok()) << interleaved.error().message;
    EXPECT_TRUE(interleaved->tuned && interleaved->scheduleText == interleavedText)
        << interleaved->scheduleText;
    EXPECT_EQ(interleaved->requantization, chosen->requantization);

    std::mt19937 rng(n);
    const auto input = ops::randomInt8(inputBytes(op), rng);
    const auto expected = ops::runReference(op, input);
    EXPECT_EQ(runJit(chosen->kernel, input, outputBytes(op)), expected);
    EXPECT_EQ(runJit(interleaved->kernel, input, outputBytes(op)), expected);
    if (n > 0)
      continue; // one QEMU run per core and case keeps the suite short
    EXPECT_EQ(
        qemuOutput(interleaved->kernel, m7, input, kernelName + "_interleaved", 1, expected.size()),
        expected)
        << "interleaved tables";
    for (const auto &target : {m7, m4})
      EXPECT_EQ(qemuOutput(chosen->kernel, target, input,
                           kernelName + "/" + std::string(target.cpuName()), 1, expected.size()),
                expected)
          << target.cpuName();
  }
}

// The rounding offsets computed from the shifts: exact for every corner but a saturated channel
// (its offset carries its byte), where the step is refused and the record keeps the table.
TEST_P(RequantizationCorners, OffsetsFromShiftsStayBitExactOrAreRefused) {
  const codegen::Target m7{codegen::Cpu::CortexM7, codegen::FloatAbi::Hard};
  int derived = 0;
  for (int n = 0; n < 4; ++n) {
    const OpParams op = cornerCase(GetParam().op, GetParam().corner, 40 + n);
    const std::string kernelName =
        fmt::format("corner_offsets_{}_{}_{}", name(GetParam().op), name(GetParam().corner), n);
    auto chosen = schedule::chooseKernel(op, kernelName, schedule::KernelForm::Plain,
                                         schedule::ScheduleSources{});
    ASSERT_TRUE(chosen.ok()) << chosen.error().message;
    const std::string text = chosen->scheduleText + "layout requant offsets_from_shifts\n";
    auto compact = schedule::chooseKernel(
        op, kernelName, schedule::KernelForm::Plain,
        {.tuned = [&](const ops::AnyOp &, ops::KernelForm) { return text; }});
    ASSERT_TRUE(compact.ok()) << compact.error().message;
    SCOPED_TRACE(describeCase(op) + "\nschedule:\n" + text);
    ASSERT_TRUE(compact->tuned); // a refusal of this step keeps the rest of the record
    if (compact->scheduleText != text) {
      ASSERT_EQ(compact->refused.size(), 1u);
      EXPECT_NE(compact->refused[0].reason.find("saturated channel keeps its own offset"),
                std::string::npos)
          << compact->refused[0].reason;
      // Only a layer with a constant channel (dead or saturated) has an offset of its own.
      EXPECT_NE(chosen->requantization.find("constant channel"), std::string::npos)
          << chosen->requantization;
      continue;
    }
    ++derived;
    EXPECT_EQ(ir::toString(compact->kernel).find("requant_offset"), std::string::npos);
    std::mt19937 rng(n);
    const auto input = ops::randomInt8(inputBytes(op), rng);
    const auto expected = ops::runReference(op, input);
    EXPECT_EQ(runJit(compact->kernel, input, outputBytes(op)), expected);
    if (derived > 1)
      continue;
    EXPECT_EQ(qemuOutput(compact->kernel, m7, input, kernelName, 1, expected.size()), expected);
  }
  const bool saturated =
      GetParam().corner == Corner::SaturatedChannel || GetParam().corner == Corner::All;
  if (saturated) {
    EXPECT_EQ(derived, 0) << "a saturated channel's offset was derived";
  } else if (GetParam().corner != Corner::LargeShift) { // its cases' tiny scales saturate one
    EXPECT_GT(derived, 0) << "no case of this corner derived its offsets";
  }
}

// The in-place depthwise kernel: one io buffer (input in, output over it) and the plane.
TEST(RequantizationCornersInPlace, DoubledConstantsStayBitExact) {
  const codegen::Target m4{codegen::Cpu::CortexM4, codegen::FloatAbi::Hard};
  for (Corner corner :
       {Corner::DeadChannel, Corner::FlushedChannel, Corner::NegativeMultipliers,
        Corner::LargeShift, Corner::LeftShift, Corner::SaturatedChannel, Corner::All}) {
    int built = 0;
    for (int seed = 60; built < 3 && seed < 200; ++seed) {
      OpParams op = cornerCase(OpKind::DepthwiseConv2D, corner, seed);
      const auto &dw = std::get<ops::DepthwiseConv2DParams>(op);
      if (dw.outputHeight() * dw.outputWidth() > dw.inputHeight * dw.inputWidth)
        continue; // in place needs an output no larger than its input
      ++built;
      const std::string kernelName = fmt::format("corner_in_place_{}_{}", name(corner), seed);
      auto chosen = schedule::chooseKernel(op, kernelName, schedule::KernelForm::InPlace,
                                           schedule::ScheduleSources{});
      ASSERT_TRUE(chosen.ok()) << chosen.error().message;
      SCOPED_TRACE(describeCase(op) + "\nschedule:\n" + chosen->scheduleText);
      EXPECT_TRUE(chosen->requantization.starts_with("fast")) << chosen->requantization;
      // Without a left shift the output stage reads the (doubled) accumulator as it is.
      const std::string text = ir::toString(chosen->kernel);
      const bool doubled = text.find("smmlar(acc[") != std::string::npos;
      EXPECT_EQ(doubled, corner != Corner::LeftShift && corner != Corner::All) << text;
      std::mt19937 rng(seed);
      const auto input = ops::randomInt8(inputBytes(op), rng);
      const auto expected = ops::runReference(op, input);
      EXPECT_EQ(runInPlace(chosen->kernel, input, expected.size()), expected);
      if (built > 1)
        continue;
      EXPECT_EQ(qemuOutput(chosen->kernel, m4, input, kernelName, 0, expected.size()), expected);
    }
    EXPECT_EQ(built, 3) << name(corner);
  }
}

std::vector<Param> params() {
  std::vector<Param> out;
  for (OpKind op :
       {OpKind::Conv2D, OpKind::DepthwiseConv2D, OpKind::PointwiseConv2D, OpKind::FullyConnected})
    for (Corner c : {Corner::DeadChannel, Corner::FlushedChannel, Corner::NegativeMultipliers,
                     Corner::LargeShift, Corner::LeftShift, Corner::SaturatedChannel, Corner::All})
      out.push_back({op, c});
  return out;
}

INSTANTIATE_TEST_SUITE_P(EveryOp, RequantizationCorners, ::testing::ValuesIn(params()),
                         [](const auto &info) {
                           return name(info.param.op) + name(info.param.corner);
                         });

} // namespace
} // namespace loom::testing
