// Pieces every op's loop nest shares: constant buffers of the output stage, the accumulate
// statement and the fused requantization epilogue.
#pragma once

#include "loom/ir/Stmt.h"
#include "loom/ops/Elementwise.h"
#include "loom/ops/Ops.h"

#include <functional>
#include <string>
#include <vector>

namespace loom::ops::detail {

struct OutputStageBuffers {
  ir::Buffer bias, multipliers, shifts;
};

OutputStageBuffers makeOutputStageBuffers(const std::vector<int32_t> &bias, const OutputStage &s,
                                          const std::string &channelDim);

// An int8 activation buffer [h][w][c] (dimensions "h", "w", "c").
ir::Buffer makeHwcBuffer(const char *name, int64_t h, int64_t w, int64_t c, ir::BufferRole role);
// A constant int32 table indexed by an output coordinate (the resize ops' source indices).
ir::Buffer makeIndexTable(const char *name, const std::vector<int32_t> &values);
ir::Buffer makeWeightBuffer(const std::vector<int8_t> &weights, std::vector<int64_t> shape,
                            std::vector<std::string> dimNames);

// acc: a one-element Local i32 buffer holding the running sum.
ir::Buffer makeAccumulator();

// acc[0] = acc[0] + (i32(input) - inputZeroPoint) * i32(weight)   (TFLite: filter * (x + offset))
ir::Stmt accumulate(const ir::Buffer &acc, ir::Expr input, ir::Expr weight, int32_t inputZeroPoint);

// out = i8(clamp(MultiplyByQuantizedMultiplier(acc, m[c], shift[c]) + zp, act_min, act_max))
ir::Expr requantize(ir::Expr acc, const OutputStageBuffers &b, ir::Expr channel,
                    const OutputStage &s);

// allocate acc; acc[0] = bias[c]; <reduction>; <store of requantize(acc[0])>
ir::Stmt reduceAndStore(const OutputStageBuffers &b, const OutputStage &s, ir::Expr channel,
                        const ir::Buffer &acc, ir::Stmt reduction, const ir::Buffer &output,
                        std::vector<ir::Expr> outputIndices);

// TFLite MultiplyByQuantizedMultiplier with a constant multiplier and shift (a positive shift is
// a left shift before the high multiply, a negative one a rounding right shift after it; shifts
// of zero are left out).
ir::Expr multiplyByQuantizedMultiplier(ir::Expr x, int32_t multiplier, int32_t shift);

// i8(clamp(y, lo, hi)): the last step of every 8-bit output (the byte of a uint8 value too).
ir::Expr clampToByte(ir::Expr y, int32_t lo, int32_t hi);

// e * k and e - k, leaving out a multiplication by 1 or a subtraction of 0 so printed nests
// stay readable.
ir::Expr scaled(ir::Expr e, int64_t k);
ir::Expr offset(ir::Expr e, int64_t k);

// The kernel window of a (depthwise) convolution around output pixel (oy, ox):
//   for ky, kx { let iy = oy*sh + ky - pad.top; let ix = ox*sw + kx - pad.left;
//                if (inside the unpadded input) mac }
// `mac` reads the input at (iy, ix).
struct Window {
  int inputHeight, inputWidth, kernelHeight, kernelWidth, strideHeight, strideWidth;
  Padding padding;
  int dilationHeight = 1, dilationWidth = 1; // tap k reads row o * stride + k * dilation - pad
};
ir::Stmt slidingWindow(const Window &w, ir::Stmt mac);

// A 2-D pooling nest: input and output HWC buffers, loops over (oy, ox, c), and per output the
// statement `perOutput` makes from the window loop around `reduce` (which reads input[iy, ix, c])
// and the buffers. `kind` names the pool in the description.
ir::Kernel poolKernel(const std::string &name, const std::string &kind, const Pool2DParams &p,
                      const std::function<ir::Stmt(const ir::Buffer &in, const ir::Buffer &out,
                                                   ir::Stmt window)> &perOutput,
                      const std::function<ir::Stmt(const ir::Buffer &in)> &reduce);

// The condition that (iy, ix) lies inside the unpadded input; null when no padding can be hit.
ir::Expr insideInput(const ir::Expr &iy, const ir::Expr &ix, int height, int width,
                     const Padding &pad);

} // namespace loom::ops::detail
