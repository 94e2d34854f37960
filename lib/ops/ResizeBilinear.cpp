// RESIZE_BILINEAR (int8) as a loop nest: per output pixel two source rows and columns and their
// weights from generation-time tables, four products in int32 (|sum| < 2^30: the weights of one
// axis add up to 1024 and none exceeds 1536), divided by 2^20 rounding half away from zero.
#include "NestParts.h"
#include "OpChecks.h"
#include "loom/ops/DataMovement.h"

#include <fmt/format.h>

#include <algorithm>

namespace loom::ops {

using namespace ir;
using namespace detail;

namespace {

// TFLite's ResizeBilinearInteger: the 1/1024 fixed-point scale of an axis, then per output index
// ComputeInterpolationValuesInteger's position and bounds (C division: truncation toward zero).
ResizeBilinearParams::Axis axis(int in, int out, bool alignCorners, bool halfPixelCenters) {
  int32_t scale = ((1 << 10) * in + out / 2) / out;
  if (alignCorners && out > 1)
    scale = ((1 << 10) * (in - 1) + (out - 1) / 2) / (out - 1);
  ResizeBilinearParams::Axis a;
  for (int32_t v = 0; v < out; ++v) {
    const int32_t position = halfPixelCenters ? v * scale + scale / 2 - (1 << 9) : v * scale;
    const int32_t lower = std::max(position / (1 << 10), 0);
    const int32_t upper = std::min((position + (1 << 10) - 1) / (1 << 10), in - 1);
    a.lower.push_back(lower);
    a.upper.push_back(upper);
    a.fraction.push_back(position - (1 << 10) * lower);
  }
  return a;
}

} // namespace

ResizeBilinearParams::Axis ResizeBilinearParams::rows() const {
  return axis(inputHeight, outputHeight, alignCorners, halfPixelCenters);
}
ResizeBilinearParams::Axis ResizeBilinearParams::columns() const {
  return axis(inputWidth, outputWidth, alignCorners, halfPixelCenters);
}

Status validate(const ResizeBilinearParams &p) {
  const std::string op = "ResizeBilinear";
  if (auto s = checkResizeShapes(op, p.inputHeight, p.inputWidth, p.channels, p.outputHeight,
                                 p.outputWidth);
      !s)
    return s;
  // 1024 * size must not overflow TFLite's int32 scale arithmetic.
  for (int size : {p.inputHeight, p.inputWidth, p.outputHeight, p.outputWidth})
    if (size > (1 << 20))
      return Error{fmt::format("{}: size {} is larger than 2^20", op, size)};
  if (p.alignCorners && p.halfPixelCenters)
    return Error{fmt::format("{}: align_corners and half_pixel_centers together (TFLite refuses "
                             "them too)",
                             op)};
  for (const auto &[a, in] : {std::pair{p.rows(), p.inputHeight}, {p.columns(), p.inputWidth}})
    for (size_t i = 0; i < a.lower.size(); ++i)
      if (a.lower[i] < 0 || a.lower[i] >= in || a.upper[i] < 0 || a.upper[i] >= in)
        return Error{fmt::format("{}: output index {} reads source index {} outside [0, {})", op, i,
                                 a.lower[i] < 0 || a.lower[i] >= in ? a.lower[i] : a.upper[i], in)};
  return {};
}

Expected<Kernel> buildResizeBilinear(const ResizeBilinearParams &p, const std::string &name) {
  if (auto s = validate(p); !s)
    return s.error();
  Buffer in = makeHwcBuffer("input", p.inputHeight, p.inputWidth, p.channels, BufferRole::Input);
  Buffer out =
      makeHwcBuffer("output", p.outputHeight, p.outputWidth, p.channels, BufferRole::Output);
  const auto rows = p.rows(), cols = p.columns();
  Buffer y0t = makeIndexTable("row_lower", rows.lower),
         y1t = makeIndexTable("row_upper", rows.upper),
         fyt = makeIndexTable("row_fraction", rows.fraction),
         x0t = makeIndexTable("column_lower", cols.lower),
         x1t = makeIndexTable("column_upper", cols.upper),
         fxt = makeIndexTable("column_fraction", cols.fraction);
  Expr y = var("y"), x = var("x"), c = var("c");
  Expr y0 = var("y0"), y1 = var("y1"), x0 = var("x0"), x1 = var("x1"), fy = var("fy"),
       fx = var("fx");
  auto at = [&](const Expr &r, const Expr &q) {
    return cast(ScalarType::I32, load(in, {r, q, c}));
  };
  const Expr one = i32(1 << 10);
  Expr sum = at(y0, x0) * ((one - fy) * (one - fx)) + at(y1, x0) * (fy * (one - fx)) +
             at(y0, x1) * ((one - fy) * fx) + at(y1, x1) * (fy * fx);
  Stmt perChannel =
      let("sum", sum,
          store(out, {y, x, c},
                cast(ScalarType::I8,
                     (var("sum") + select(var("sum") > i32(0), i32(1 << 19), i32(-(1 << 19)))) /
                         i32(1 << 20))));
  Stmt body = forLoop(
      "y", i32(0), i32(p.outputHeight),
      let("y0", load(y0t, {y}),
          let("y1", load(y1t, {y}),
              let("fy", load(fyt, {y}),
                  forLoop("x", i32(0), i32(p.outputWidth),
                          let("x0", load(x0t, {x}),
                              let("x1", load(x1t, {x}),
                                  let("fx", load(fxt, {x}),
                                      forLoop("c", i32(0), i32(p.channels), perChannel)))))))));
  return Kernel{name,
                {in, out},
                body,
                fmt::format("ResizeBilinear {}x{} -> {}x{}{}", p.inputHeight, p.inputWidth,
                            p.outputHeight, p.outputWidth,
                            p.alignCorners       ? " align_corners"
                            : p.halfPixelCenters ? " half_pixel_centers"
                                                 : "")};
}

} // namespace loom::ops
