// DepthwiseConv2D (any depth multiplier and dilation) as a loop nest: output pixels x channels x
// kernel window.
#include "NestParts.h"
#include "loom/ops/Ops.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <numeric>
#include <optional>

namespace loom::ops {

using namespace ir;
using namespace detail;

namespace {

// With a depth multiplier M the output and the weights get a dimension of their own, [.., c, m]:
// the M output channels of input channel c are contiguous in both, so a block of them is one
// word of weights against one broadcast input byte (simd_lanes).
Kernel depthMultiplierNest(const DepthwiseConv2DParams &p, const std::string &name) {
  const int oh = p.outputHeight(), ow = p.outputWidth(), M = p.depthMultiplier;
  Buffer input = makeHwcBuffer("input", p.inputHeight, p.inputWidth, p.channels, BufferRole::Input);
  Buffer output = makeBuffer("output", ScalarType::I8, {oh, ow, p.channels, M},
                             {"h", "w", "c", "m"}, BufferRole::Output);
  Buffer weights = makeWeightBuffer(p.weights, {p.kernelHeight, p.kernelWidth, p.channels, M},
                                    {"kh", "kw", "c", "m"});
  OutputStageBuffers stage = makeOutputStageBuffers(p.bias, p.output, "cm");
  Buffer acc = makeAccumulator();
  Expr oy = var("oy"), ox = var("ox"), c = var("c"), m = var("m");
  Stmt mac = accumulate(acc, load(input, {var("iy"), var("ix"), c}),
                        load(weights, {var("ky"), var("kx"), c, m}), p.inputZeroPoint);
  Stmt window =
      slidingWindow({p.inputHeight, p.inputWidth, p.kernelHeight, p.kernelWidth, p.strideHeight,
                     p.strideWidth, p.padding, p.dilationHeight, p.dilationWidth},
                    mac);
  Stmt perChannel =
      reduceAndStore(stage, p.output, scaled(c, M) + m, acc, window, output, {oy, ox, c, m});
  Stmt body = forLoop(
      "oy", i32(0), i32(oh),
      forLoop("ox", i32(0), i32(ow),
              forLoop("c", i32(0), i32(p.channels), forLoop("m", i32(0), i32(M), perChannel))));
  return Kernel{
      name,
      {input, output},
      body,
      fmt::format("DepthwiseConv2D {}x{} multiplier {} stride {}x{}{} pad t{} b{} l{} r{}",
                  p.kernelHeight, p.kernelWidth, M, p.strideHeight, p.strideWidth,
                  dilationText(p.dilationHeight, p.dilationWidth), p.padding.top, p.padding.bottom,
                  p.padding.left, p.padding.right)};
}

} // namespace

Expected<Kernel> buildDepthwiseConv2D(const DepthwiseConv2DParams &p, const std::string &name) {
  if (auto s = validate(p); !s)
    return s.error();
  if (p.depthMultiplier != 1)
    return depthMultiplierNest(p, name);
  const int oh = p.outputHeight(), ow = p.outputWidth();
  Buffer input = makeBuffer("input", ScalarType::I8, {p.inputHeight, p.inputWidth, p.channels},
                            {"h", "w", "c"}, BufferRole::Input);
  Buffer output = makeBuffer("output", ScalarType::I8, {oh, ow, p.channels}, {"h", "w", "c"},
                             BufferRole::Output);
  Buffer weights =
      makeWeightBuffer(p.weights, {p.kernelHeight, p.kernelWidth, p.channels}, {"kh", "kw", "c"});
  OutputStageBuffers stage = makeOutputStageBuffers(p.bias, p.output, "c");
  Buffer acc = makeAccumulator();

  Expr oy = var("oy"), ox = var("ox"), c = var("c"), ky = var("ky"), kx = var("kx"), iy = var("iy"),
       ix = var("ix");
  Stmt mac =
      accumulate(acc, load(input, {iy, ix, c}), load(weights, {ky, kx, c}), p.inputZeroPoint);
  Stmt window =
      slidingWindow({p.inputHeight, p.inputWidth, p.kernelHeight, p.kernelWidth, p.strideHeight,
                     p.strideWidth, p.padding, p.dilationHeight, p.dilationWidth},
                    mac);
  Stmt body = forLoop(
      "oy", i32(0), i32(oh),
      forLoop("ox", i32(0), i32(ow),
              forLoop("c", i32(0), i32(p.channels),
                      reduceAndStore(stage, p.output, c, acc, window, output, {oy, ox, c}))));
  return Kernel{name,
                {input, output},
                body,
                fmt::format("DepthwiseConv2D {}x{} stride {}x{}{} pad t{} b{} l{} r{}",
                            p.kernelHeight, p.kernelWidth, p.strideHeight, p.strideWidth,
                            dilationText(p.dilationHeight, p.dilationWidth), p.padding.top,
                            p.padding.bottom, p.padding.left, p.padding.right)};
}

namespace {

// The int8 plane: a copy of the channel, the window checking the padding per tap.
Kernel inPlaceOverInt8Plane(const DepthwiseConv2DParams &p, const std::string &name) {
  const int oh = p.outputHeight(), ow = p.outputWidth(), h = p.inputHeight, w = p.inputWidth;
  Buffer io = makeBuffer("activations", ScalarType::I8, {int64_t{h} * w * p.channels}, {"hwc"},
                         BufferRole::InOut);
  Buffer plane = makeBuffer("plane", ScalarType::I8, {h, w}, {"h", "w"}, BufferRole::Scratch);
  Buffer weights =
      makeWeightBuffer(p.weights, {p.kernelHeight, p.kernelWidth, p.channels}, {"kh", "kw", "c"});
  OutputStageBuffers stage = makeOutputStageBuffers(p.bias, p.output, "c");
  Buffer acc = makeAccumulator();
  Expr y = var("y"), x = var("x"), oy = var("oy"), ox = var("ox"), c = var("c");
  Stmt copy = forLoop(
      "y", i32(0), i32(h),
      forLoop("x", i32(0), i32(w), store(plane, {y, x}, load(io, {(y * w + x) * p.channels + c}))));
  Stmt mac = accumulate(acc, load(plane, {var("iy"), var("ix")}),
                        load(weights, {var("ky"), var("kx"), c}), p.inputZeroPoint);
  Stmt window = slidingWindow({h, w, p.kernelHeight, p.kernelWidth, p.strideHeight, p.strideWidth,
                               p.padding, p.dilationHeight, p.dilationWidth},
                              mac);
  Stmt compute = forLoop("oy", i32(0), i32(oh),
                         forLoop("ox", i32(0), i32(ow),
                                 reduceAndStore(stage, p.output, c, acc, window, io,
                                                {(oy * ow + ox) * p.channels + c})));
  Stmt body = forLoop("c", i32(0), i32(p.channels), block({copy, compute}));
  return Kernel{name,
                {io, plane},
                body,
                fmt::format("DepthwiseConv2D {}x{} stride {}x{}{} in place, int8 plane",
                            p.kernelHeight, p.kernelWidth, p.strideHeight, p.strideWidth,
                            dilationText(p.dilationHeight, p.dilationWidth))};
}

} // namespace

Expected<Kernel> buildDepthwiseConv2DInPlace(const DepthwiseConv2DParams &p,
                                             const std::string &name, DepthwisePlane planeKind) {
  if (auto s = validate(p); !s)
    return s.error();
  if (p.depthMultiplier != 1)
    return Error{fmt::format("DepthwiseConv2D in place: depth multiplier {} (the output has more "
                             "channels than the input)",
                             p.depthMultiplier)};
  const int oh = p.outputHeight(), ow = p.outputWidth(), h = p.inputHeight, w = p.inputWidth;
  const int kh = p.kernelHeight, kw = p.kernelWidth, pt = p.padding.top, pl = p.padding.left;
  if (int64_t{oh} * ow > int64_t{h} * w)
    return Error{fmt::format("DepthwiseConv2D in place: the output ({}x{}) is larger than the "
                             "input ({}x{})",
                             oh, ow, h, w)};
  if (planeKind == DepthwisePlane::Int8)
    return inPlaceOverInt8Plane(p, name);
  auto plus = [](Expr e, int k) { return k == 0 ? e : e + k; };
  // Taps that read padding for every output pixel (a 7x7 window over a 2x2 input) add zero:
  // the window is cut to the taps that reach the input, and only their weights are stored.
  auto reaching = [](int kernel, int stride, int dilation, int pad, int in, int out) {
    int first = kernel, last = -1;
    for (int k = 0; k < kernel; ++k)
      for (int o = 0; o < out; ++o)
        if (int i = o * stride + k * dilation - pad; i >= 0 && i < in)
          first = std::min(first, k), last = std::max(last, k);
    return last < 0 ? std::pair{0, 0} : std::pair{first, last + 1};
  };
  const int dh = p.dilationHeight, dw = p.dilationWidth;
  const auto [ky0, ky1] = reaching(kh, p.strideHeight, dh, pt, h, oh);
  const auto [kx0, kx1] = reaching(kw, p.strideWidth, dw, pl, w, ow);
  // The channel plane is kept as int16 inside a border holding the padding's value: the window
  // reads it without bounds checks or per-tap zero-point arithmetic, and two neighbouring taps are
  // one halfword pair. Rows and columns the window never reaches are not stored.
  // A dilated window's border rows above the first row any reaching tap reads are not stored
  // either (`top` of the `pt` padding rows are; with SAME padding there can be thousands). An
  // undilated window keeps its border: the plane's pitch and parity set how the SMLAD tap pairs
  // align, measured for that layout.
  const int skipTop = dh > 1 ? std::min(pt, ky0 * dh) : 0;
  const int skipLeft = dw > 1 ? std::min(pl, kx0 * dw) : 0;
  const int top = pt - skipTop, left = pl - skipLeft;
  const int ph = std::max(top + h, (oh - 1) * p.strideHeight + (ky1 - 1) * dh + 1 - skipTop);
  const int pw = std::max(left + w, (ow - 1) * p.strideWidth + (kx1 - 1) * dw + 1 - skipLeft);
  Buffer io = makeBuffer("activations", ScalarType::I8, {int64_t{h} * w * p.channels}, {"hwc"},
                         BufferRole::InOut);
  Buffer plane = makeBuffer("plane", ScalarType::I16, {ph, pw}, {"h", "w"}, BufferRole::Scratch);
  // Weights per channel ([c][ky][kx], the reaching taps): the nest runs channel by channel.
  const int th = ky1 - ky0, tw = kx1 - kx0;
  std::vector<int8_t> perChannel;
  for (int c = 0; c < p.channels; ++c)
    for (int ky = ky0; ky < ky1; ++ky)
      for (int kx = kx0; kx < kx1; ++kx)
        perChannel.push_back(p.weights[static_cast<size_t>((ky * kw + kx) * p.channels + c)]);
  Buffer weights = makeWeightBuffer(perChannel, {p.channels, th, tw}, {"c", "kh", "kw"});
  // The plane holds the raw input values and its border the zero point, and the bias absorbs
  // -zp * (the channel's reaching weights): the accumulator is the same sum, and the copy saves
  // the subtraction on every element of every channel. A folded bias must stay in int32;
  // otherwise the plane holds x - zp and its border zeros. A dead channel (multiplier 0: its output
  // is the zero point whatever it accumulates, and exports park its bias at -2^31 + 1) keeps a bias
  // of 0, as fold_zero_point does, so that it does not cost the whole layer the raw plane.
  std::vector<int32_t> folded(p.bias.size());
  bool rawPlane = p.inputZeroPoint != 0;
  for (size_t c = 0; c < folded.size() && rawPlane; ++c) {
    if (p.output.multipliers[c] == 0) {
      folded[c] = 0;
      continue;
    }
    const auto taps = perChannel.begin() + static_cast<long>(c) * th * tw;
    const int64_t value =
        p.bias[c] - int64_t{p.inputZeroPoint} * std::accumulate(taps, taps + th * tw, int64_t{0});
    rawPlane = value >= INT32_MIN && value <= INT32_MAX;
    folded[c] = static_cast<int32_t>(value);
  }
  const std::vector<int32_t> &bias = rawPlane ? folded : p.bias;
  const int64_t padding = rawPlane ? p.inputZeroPoint : 0;
  OutputStageBuffers stage = makeOutputStageBuffers(bias, p.output, "c");
  Buffer acc = makeAccumulator();
  Expr y = var("y"), x = var("x"), oy = var("oy"), ox = var("ox"), c = var("c");
  auto zeros = [&](const std::string &ry, int y0, int rows, const std::string &rx, int x0,
                   int cols) -> std::optional<Stmt> {
    if (rows <= 0 || cols <= 0)
      return std::nullopt;
    return forLoop(ry, i32(0), i32(rows),
                   forLoop(rx, i32(0), i32(cols),
                           store(plane, {plus(var(ry), y0), plus(var(rx), x0)},
                                 imm(ScalarType::I16, padding))));
  };
  std::vector<Stmt> border;
  for (auto z :
       {zeros("by", 0, top, "bx", 0, pw), zeros("by", top + h, ph - top - h, "bx", 0, pw),
        zeros("by", top, h, "bx", 0, left), zeros("by", top, h, "bx", left + w, pw - left - w)})
    if (z)
      border.push_back(*z);
  Expr centred = cast(ScalarType::I32, load(io, {(y * w + x) * p.channels + c}));
  if (!rawPlane && p.inputZeroPoint > 0)
    centred = centred - p.inputZeroPoint;
  else if (!rawPlane && p.inputZeroPoint < 0)
    centred = centred + (-p.inputZeroPoint);
  Stmt copy =
      forLoop("y", i32(0), i32(h),
              forLoop("x", i32(0), i32(w),
                      store(plane, {plus(y, top), plus(x, left)}, cast(ScalarType::I16, centred))));
  Stmt mac = accumulate(
      acc,
      load(plane, {plus(scaled(oy, p.strideHeight), ky0 * dh - skipTop) + scaled(var("ky"), dh),
                   plus(scaled(ox, p.strideWidth), kx0 * dw - skipLeft) + scaled(var("kx"), dw)}),
      load(weights, {c, var("ky"), var("kx")}), 0);
  Stmt window = forLoop("ky", i32(0), i32(th), forLoop("kx", i32(0), i32(tw), mac));
  Stmt compute = forLoop("oy", i32(0), i32(oh),
                         forLoop("ox", i32(0), i32(ow),
                                 reduceAndStore(stage, p.output, c, acc, window, io,
                                                {(oy * ow + ox) * p.channels + c})));
  border.push_back(forLoop("c", i32(0), i32(p.channels), block({copy, compute})));
  Kernel k{name,
           {io, plane},
           border.size() == 1 ? border[0] : block(border),
           fmt::format("DepthwiseConv2D {}x{} stride {}x{}{} in place", kh, kw, p.strideHeight,
                       p.strideWidth, dilationText(dh, dw))};
  if (rawPlane || p.inputZeroPoint == 0)
    k.macInputMagnitude = 128; // the plane holds raw int8 values (and the zero point)
  return k;
}

} // namespace loom::ops
