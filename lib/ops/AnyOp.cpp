// Dispatch over AnyOp.
#include "loom/ops/AnyOp.h"

#include "OpOverloads.h"

#include <fmt/format.h>

namespace loom::ops {

namespace {
template <typename T, typename V> constexpr bool is = std::is_same_v<std::decay_t<V>, T>;
} // namespace

std::string opName(const AnyOp &op) {
  return std::visit([](const auto &p) { return overloads::nameOf(p); }, op);
}

std::string describe(const AnyOp &op) {
  return std::visit(
      [](const auto &p) -> std::string {
        using T = decltype(p);
        const auto &s = p.output;
        std::string q = fmt::format("zp {}->{} act [{}, {}]", p.inputZeroPoint, s.outputZeroPoint,
                                    s.activationMin, s.activationMax);
        if constexpr (is<Conv2DParams, T>)
          return fmt::format("Conv2D {}x{}x{} -> {}x{}x{}, kernel {}x{}, stride {}x{},{} pad "
                             "t{} b{} l{} r{}, {}",
                             p.inputHeight, p.inputWidth, p.inputChannels, p.outputHeight(),
                             p.outputWidth(), p.outputChannels, p.kernelHeight, p.kernelWidth,
                             p.strideHeight, p.strideWidth,
                             dilationText(p.dilationHeight, p.dilationWidth), p.padding.top,
                             p.padding.bottom, p.padding.left, p.padding.right, q);
        else if constexpr (is<DepthwiseConv2DParams, T>)
          return fmt::format("DepthwiseConv2D {}x{}x{} -> {}x{}x{}, kernel {}x{}, stride {}x{},{} "
                             "pad t{} b{} l{} r{}, {}",
                             p.inputHeight, p.inputWidth, p.channels, p.outputHeight(),
                             p.outputWidth(), p.outputChannels(), p.kernelHeight, p.kernelWidth,
                             p.strideHeight, p.strideWidth,
                             dilationText(p.dilationHeight, p.dilationWidth), p.padding.top,
                             p.padding.bottom, p.padding.left, p.padding.right, q);
        else if constexpr (is<PointwiseConv2DParams, T>)
          return fmt::format("PointwiseConv2D {}x{}x{} -> {}x{}x{}, stride {}, {}", p.inputHeight,
                             p.inputWidth, p.inputChannels, p.outputHeight(), p.outputWidth(),
                             p.outputChannels, p.stride, q);
        else
          return fmt::format("FullyConnected {}x{} -> {}x{}, {}", p.batches, p.inputSize, p.batches,
                             p.outputSize, q);
      },
      op);
}

Status validate(const AnyOp &op) {
  return std::visit([](const auto &p) { return validate(p); }, op);
}

Expected<ir::Kernel> buildKernel(const AnyOp &op, const std::string &name) {
  return std::visit([&](const auto &p) { return overloads::nestOf(p, name); }, op);
}

size_t inputBytes(const AnyOp &op) {
  return std::visit(
      [](const auto &p) -> size_t {
        using T = decltype(p);
        if constexpr (is<FullyConnectedParams, T>)
          return static_cast<size_t>(p.batches) * p.inputSize;
        else if constexpr (is<DepthwiseConv2DParams, T>)
          return static_cast<size_t>(p.inputHeight) * p.inputWidth * p.channels;
        else
          return static_cast<size_t>(p.inputHeight) * p.inputWidth * p.inputChannels;
      },
      op);
}

size_t outputBytes(const AnyOp &op) {
  return std::visit(
      [](const auto &p) -> size_t {
        using T = decltype(p);
        if constexpr (is<FullyConnectedParams, T>)
          return static_cast<size_t>(p.batches) * p.outputSize;
        else if constexpr (is<DepthwiseConv2DParams, T>)
          return static_cast<size_t>(p.outputHeight()) * p.outputWidth() * p.outputChannels();
        else
          return static_cast<size_t>(p.outputHeight()) * p.outputWidth() * p.outputChannels;
      },
      op);
}

int64_t macs(const AnyOp &op) {
  return std::visit([](const auto &p) { return p.macs(); }, op);
}

const OutputStage &outputStage(const AnyOp &op) {
  return std::visit([](const auto &p) -> const OutputStage & { return p.output; }, op);
}

int32_t inputZeroPoint(const AnyOp &op) {
  return std::visit([](const auto &p) { return p.inputZeroPoint; }, op);
}

void setInputZeroPoint(AnyOp &op, int32_t zeroPoint) {
  std::visit([&](auto &p) { p.inputZeroPoint = zeroPoint; }, op);
}

const std::vector<int8_t> &weights(const AnyOp &op) {
  return std::visit([](const auto &p) -> const std::vector<int8_t> & { return p.weights; }, op);
}

const std::vector<int32_t> &bias(const AnyOp &op) {
  return std::visit([](const auto &p) -> const std::vector<int32_t> & { return p.bias; }, op);
}

std::vector<int8_t> runReference(const AnyOp &op, const std::vector<int8_t> &input) {
  std::vector<int8_t> out(outputBytes(op));
  const overloads::ReferenceInputs in{reinterpret_cast<const uint8_t *>(input.data())};
  std::visit(
      [&](const auto &p) {
        overloads::referenceOf(p, in, reinterpret_cast<uint8_t *>(out.data()));
      },
      op);
  return out;
}

} // namespace loom::ops
