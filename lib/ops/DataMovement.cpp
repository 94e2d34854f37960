// PAD and 8-bit QUANTIZE as loop nests.
#include "loom/ops/DataMovement.h"
#include "NestParts.h"
#include "OpChecks.h"
#include "loom/ops/Quantization.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace loom::ops {

using namespace ir;
using namespace detail;

Status validate(const PadParams &p) {
  const std::string op = "Pad";
  if (auto s = firstError({checkPositive(op, "input height", p.inputHeight),
                           checkPositive(op, "input width", p.inputWidth),
                           checkPositive(op, "channels", p.channels)});
      !s)
    return s;
  for (int amount : {p.top, p.bottom, p.left, p.right, p.front, p.back})
    if (amount < 0 || amount > (1 << 20))
      return Error{fmt::format("{}: padding amount {} outside [0, 2^20]", op, amount)};
  return firstError(
      {checkInt8(op, "pad value", p.padValue),
       checkElements(op, "output", {p.outputHeight(), p.outputWidth(), p.outputChannels()})});
}

std::pair<int32_t, int32_t> requantizeRange(int bits, bool isUnsigned) {
  if (isUnsigned)
    return {0, 255};
  if (bits == 8)
    return {-128, 127};
  if (bits == 16)
    return {-32768, 32767};
  return {std::numeric_limits<int32_t>::min(), std::numeric_limits<int32_t>::max()};
}

namespace {
ScalarType integerType(int bits) {
  return bits == 8 ? ScalarType::I8 : bits == 16 ? ScalarType::I16 : ScalarType::I32;
}
} // namespace

Status validate(const RequantizeParams &p) {
  const std::string op = "Requantize";
  if (auto s =
          firstError({checkPositive(op, "size", p.size), checkElements(op, "input", {p.size})});
      !s)
    return s;
  if (p.shift < kMinShift || p.shift > kMaxShift)
    return Error{fmt::format("{}: shift {} outside [{}, {}]", op, p.shift, kMinShift, kMaxShift)};
  for (auto [bits, isUnsigned] :
       {std::pair{p.inputBits, p.inputUnsigned}, {p.outputBits, p.outputUnsigned}})
    if ((bits != 8 && bits != 16 && bits != 32) || (isUnsigned && bits != 8))
      return Error{fmt::format("{}: {}{}-bit values are not supported (int8, uint8, int16, int32)",
                               op, isUnsigned ? "unsigned " : "", bits)};
  auto zpOk = [](int32_t zp, int bits, bool u) {
    const auto [lo, hi] = requantizeRange(bits, u);
    return zp >= lo && zp <= hi;
  };
  if (!zpOk(p.inputZeroPoint, p.inputBits, p.inputUnsigned) ||
      !zpOk(p.outputZeroPoint, p.outputBits, p.outputUnsigned))
    return Error{fmt::format("{}: zero points {} / {} outside their types' ranges", op,
                             p.inputZeroPoint, p.outputZeroPoint)};
  return {};
}

Expected<Kernel> buildPad(const PadParams &p, const std::string &name) {
  if (auto s = validate(p); !s)
    return s.error();
  Buffer in = makeBuffer("input", ScalarType::I8, {p.inputHeight, p.inputWidth, p.channels},
                         {"h", "w", "c"}, BufferRole::Input);
  Buffer out =
      makeBuffer("output", ScalarType::I8, {p.outputHeight(), p.outputWidth(), p.outputChannels()},
                 {"h", "w", "c"}, BufferRole::Output);
  Expr y = var("y"), x = var("x"), c = var("c");
  Expr iy = offset(y, p.top), ix = offset(x, p.left), ic = offset(c, p.front);
  // The copy is guarded per element; the guard's parts that cannot fail are left out.
  Expr inside;
  auto need = [&](Expr cond) { inside = inside ? logicalAnd(inside, cond) : cond; };
  if (p.top)
    need(iy >= i32(0));
  if (p.bottom)
    need(iy < i32(p.inputHeight));
  if (p.left)
    need(ix >= i32(0));
  if (p.right)
    need(ix < i32(p.inputWidth));
  if (p.front)
    need(ic >= i32(0));
  if (p.back)
    need(ic < i32(p.channels));
  Stmt copy = store(out, {y, x, c}, load(in, {iy, ix, ic}));
  Stmt body = inside
                  ? ifThenElse(inside, copy, store(out, {y, x, c}, imm(ScalarType::I8, p.padValue)))
                  : copy;
  body = forLoop("y", i32(0), i32(p.outputHeight()),
                 forLoop("x", i32(0), i32(p.outputWidth()),
                         forLoop("c", i32(0), i32(p.outputChannels()), body)));
  return Kernel{name,
                {in, out},
                body,
                fmt::format("Pad t{} b{} l{} r{} channels {}+{}", p.top, p.bottom, p.left, p.right,
                            p.front, p.back)};
}

Expected<Kernel> buildRequantize(const RequantizeParams &p, const std::string &name) {
  if (auto s = validate(p); !s)
    return s.error();
  Buffer in = makeBuffer("input", integerType(p.inputBits), {p.size}, {"i"}, BufferRole::Input);
  Buffer out = makeBuffer("output", integerType(p.outputBits), {p.size}, {"i"}, BufferRole::Output);
  Expr i = var("i");
  // Buffers hold bytes; a uint8 value is the byte zero-extended.
  Expr x = cast(ScalarType::I32, load(in, {i}));
  if (p.inputUnsigned)
    x = binary(BinaryOp::And, x, i32(255));
  Expr y = offset(multiplyByQuantizedMultiplier(offset(x, p.inputZeroPoint), p.multiplier, p.shift),
                  -p.outputZeroPoint);
  const auto [lo, hi] = requantizeRange(p.outputBits, p.outputUnsigned);
  Expr stored = p.outputBits == 8    ? clampToByte(y, lo, hi)
                : p.outputBits == 16 ? cast(ScalarType::I16, min(max(y, i32(lo)), i32(hi)))
                                     : y; // int32: TFLite's clamp to the int32 range is a no-op
  Stmt body = forLoop("i", i32(0), i32(p.size), store(out, {i}, stored));
  auto typeName = [](int bits, bool isUnsigned) {
    return fmt::format("{}int{}", isUnsigned ? "u" : "", bits);
  };
  return Kernel{name,
                {in, out},
                body,
                fmt::format("Requantize {} -> {}", typeName(p.inputBits, p.inputUnsigned),
                            typeName(p.outputBits, p.outputUnsigned))};
}

} // namespace loom::ops

namespace loom::ops {

using namespace ir;
using namespace detail;

std::vector<int> TransposeParams::outputShape() const {
  std::vector<int> out;
  for (int k : perm)
    out.push_back(k >= 0 && k < static_cast<int>(shape.size()) ? shape[static_cast<size_t>(k)] : 0);
  return out;
}

namespace {
// TFLite GetNearestNeighbor, in float as the reference kernel computes it.
std::vector<int32_t> nearest(int inSize, int outSize, bool alignCorners, bool halfPixel) {
  const float scale = (alignCorners && outSize > 1)
                          ? static_cast<float>(inSize - 1) / static_cast<float>(outSize - 1)
                          : static_cast<float>(inSize) / static_cast<float>(outSize);
  const float off = halfPixel ? 0.5f : 0.0f;
  std::vector<int32_t> map;
  for (int o = 0; o < outSize; ++o) {
    const float x = (static_cast<float>(o) + off) * scale;
    int32_t v =
        alignCorners ? static_cast<int32_t>(std::round(x)) : static_cast<int32_t>(std::floor(x));
    v = std::min(v, inSize - 1);
    if (halfPixel)
      v = std::max(v, 0);
    map.push_back(v);
  }
  return map;
}
} // namespace

std::vector<int32_t> ResizeNearestParams::sourceRows() const {
  return nearest(inputHeight, outputHeight, alignCorners, halfPixelCenters);
}
std::vector<int32_t> ResizeNearestParams::sourceColumns() const {
  return nearest(inputWidth, outputWidth, alignCorners, halfPixelCenters);
}

Status validate(const TransposeParams &p) {
  const std::string op = "Transpose";
  if (p.shape.empty() || p.shape.size() > 4 || p.perm.size() != p.shape.size())
    return Error{fmt::format("{}: rank {} with a permutation of {} (rank 1 to 4 supported)", op,
                             p.shape.size(), p.perm.size())};
  std::vector<bool> seen(p.shape.size(), false);
  for (int k : p.perm) {
    if (k < 0 || k >= static_cast<int>(p.shape.size()) || seen[static_cast<size_t>(k)])
      return Error{
          fmt::format("{}: the permutation is not a permutation of 0..{}", op, p.shape.size() - 1)};
    seen[static_cast<size_t>(k)] = true;
  }
  int64_t n = 1;
  for (int d : p.shape) {
    if (d <= 0)
      return Error{fmt::format("{}: dimension {} is not positive", op, d)};
    n *= d;
    if (n > std::numeric_limits<int32_t>::max())
      return Error{fmt::format("{}: more than 2^31-1 elements", op)};
  }
  return {};
}

Status validate(const ResizeNearestParams &p) {
  return checkResizeShapes("ResizeNearestNeighbor", p.inputHeight, p.inputWidth, p.channels,
                           p.outputHeight, p.outputWidth);
}

Status validate(const CopyRectParams &p) {
  if (p.rows < 1 || p.rowBytes < 1 || p.sourceStride < p.rowBytes ||
      p.destinationStride < p.rowBytes ||
      (p.rows - 1) * std::max(p.sourceStride, p.destinationStride) + p.rowBytes > INT32_MAX)
    return Error{fmt::format("CopyRect: {} rows of {} bytes with strides {} and {} are not a "
                             "rectangle of at most 2 GiB",
                             p.rows, p.rowBytes, p.sourceStride, p.destinationStride)};
  return {};
}

Expected<Kernel> buildCopyRect(const CopyRectParams &p, const std::string &name) {
  if (auto s = validate(p); !s)
    return s.error();
  Buffer in = makeBuffer("input", ScalarType::I8, {(p.rows - 1) * p.sourceStride + p.rowBytes},
                         {"i"}, BufferRole::Input);
  Buffer out =
      makeBuffer("output", ScalarType::I8, {(p.rows - 1) * p.destinationStride + p.rowBytes}, {"i"},
                 BufferRole::Output);
  Expr y = var("y"), x = var("x");
  Stmt body = forLoop(
      "y", i32(0), i32(p.rows),
      forLoop("x", i32(0), i32(static_cast<int32_t>(p.rowBytes)),
              store(out, {y * p.destinationStride + x}, load(in, {y * p.sourceStride + x}))));
  return Kernel{name,
                {in, out},
                body,
                fmt::format("CopyRect {} rows of {} B (strides {} -> {})", p.rows, p.rowBytes,
                            p.sourceStride, p.destinationStride)};
}

Status validate(const SliceParams &p) {
  const std::string op = "Slice";
  const size_t rank = p.shape.size();
  if (rank == 0 || rank > 4 || p.begin.size() != rank || p.stride.size() != rank ||
      p.outputShape.size() != rank)
    return Error{fmt::format("{}: rank {} with {} begins, {} strides and {} output dimensions "
                             "(rank 1 to 4, one of each per dimension)",
                             op, rank, p.begin.size(), p.stride.size(), p.outputShape.size())};
  int64_t n = 1;
  for (size_t d = 0; d < rank; ++d) {
    if (p.shape[d] <= 0 || p.outputShape[d] <= 0)
      return Error{fmt::format("{}: dimension {} has input size {} and output size {} (both must "
                               "be positive)",
                               op, d, p.shape[d], p.outputShape[d])};
    if (p.stride[d] == 0)
      return Error{fmt::format("{}: stride 0 in dimension {}", op, d)};
    const int64_t last = int64_t{p.begin[d]} + int64_t{p.outputShape[d] - 1} * p.stride[d];
    if (p.begin[d] < 0 || p.begin[d] >= p.shape[d] || last < 0 || last >= p.shape[d])
      return Error{fmt::format("{}: dimension {} reads elements {} to {} of {}", op, d, p.begin[d],
                               last, p.shape[d])};
    n *= p.shape[d];
    if (n > std::numeric_limits<int32_t>::max())
      return Error{fmt::format("{}: more than 2^31-1 elements", op)};
  }
  return {};
}

std::optional<SlicePlacement> slicePlacement(const SliceParams &p) {
  if (!validate(p))
    return std::nullopt;
  const int rank = static_cast<int>(p.shape.size());
  const auto at = [](const std::vector<int> &v, int d) { return v[static_cast<size_t>(d)]; };
  const auto whole = [&](int d) {
    return at(p.outputShape, d) == at(p.shape, d) && at(p.stride, d) == 1;
  };
  const auto run = [&](int d) { return at(p.outputShape, d) == 1 || at(p.stride, d) == 1; };
  // The innermost dimension the slice cuts (a whole tensor: none, one row of everything).
  int cut = rank - 1;
  while (cut >= 0 && whole(cut))
    --cut;
  SlicePlacement place;
  int64_t inner = 1;
  for (int d = rank - 1; d > cut; --d)
    inner *= at(p.shape, d);
  if (cut < 0)
    return SlicePlacement{0, 1, inner, inner};
  if (!run(cut))
    return std::nullopt;
  place.rowElements = at(p.outputShape, cut) * inner;
  place.pitch = at(p.shape, cut) * inner;
  // Outwards: whole dimensions, then at most one run, then single elements.
  int d = cut - 1;
  while (d >= 0 && whole(d))
    --d;
  if (d >= 0 && !run(d))
    return std::nullopt;
  for (int e = d - 1; e >= 0; --e)
    if (at(p.outputShape, e) != 1)
      return std::nullopt;
  for (int e = 0; e < cut; ++e)
    place.rows *= at(p.outputShape, e);
  for (int e = 0; e < rank; ++e)
    place.start = place.start * at(p.shape, e) + at(p.begin, e);
  return place;
}

Expected<Kernel> buildSlice(const SliceParams &p, const std::string &name) {
  if (auto s = validate(p); !s)
    return s.error();
  const char *names[] = {"o0", "o1", "o2", "o3"};
  std::vector<int64_t> inDims(p.shape.begin(), p.shape.end()),
      outDims(p.outputShape.begin(), p.outputShape.end());
  std::vector<std::string> inNames, outNames;
  std::vector<Expr> outIndex, inIndex;
  std::string text;
  for (size_t d = 0; d < p.shape.size(); ++d) {
    inNames.push_back(fmt::format("d{}", d));
    outNames.push_back(names[d]);
    outIndex.push_back(var(names[d]));
    Expr o = scaled(var(names[d]), p.stride[d]);
    inIndex.push_back(p.begin[d] ? o + i32(p.begin[d]) : o);
    text += fmt::format("{}{}:{}:{}", d ? "," : "", p.begin[d], p.outputShape[d], p.stride[d]);
  }
  Buffer in = makeBuffer("input", ScalarType::I8, inDims, inNames, BufferRole::Input);
  Buffer out = makeBuffer("output", ScalarType::I8, outDims, outNames, BufferRole::Output);
  Stmt body = store(out, outIndex, load(in, inIndex));
  for (size_t d = p.shape.size(); d-- > 0;)
    body = forLoop(names[d], i32(0), i32(p.outputShape[d]), body);
  return Kernel{name, {in, out}, body, fmt::format("Slice begin:size:stride {}", text)};
}

Expected<Kernel> buildTranspose(const TransposeParams &p, const std::string &name) {
  if (auto s = validate(p); !s)
    return s.error();
  const char *names[] = {"o0", "o1", "o2", "o3"};
  const std::vector<int> outShape = p.outputShape();
  std::vector<int64_t> inDims(p.shape.begin(), p.shape.end()),
      outDims(outShape.begin(), outShape.end());
  std::vector<std::string> inNames, outNames;
  std::vector<Expr> outIndex, inIndex(p.shape.size());
  for (size_t k = 0; k < p.perm.size(); ++k) {
    outNames.push_back(names[k]);
    outIndex.push_back(var(names[k]));
    inIndex[static_cast<size_t>(p.perm[k])] = var(names[k]);
  }
  for (size_t d = 0; d < p.shape.size(); ++d)
    inNames.push_back(fmt::format("d{}", d));
  Buffer in = makeBuffer("input", ScalarType::I8, inDims, inNames, BufferRole::Input);
  Buffer out = makeBuffer("output", ScalarType::I8, outDims, outNames, BufferRole::Output);
  Stmt body = store(out, outIndex, load(in, inIndex));
  for (size_t k = p.perm.size(); k-- > 0;)
    body = forLoop(names[k], i32(0), i32(outShape[k]), body);
  std::string perm;
  for (int k : p.perm)
    perm += fmt::format("{}{}", perm.empty() ? "" : ",", k);
  return Kernel{name, {in, out}, body, fmt::format("Transpose perm {}", perm)};
}

Expected<Kernel> buildResizeNearest(const ResizeNearestParams &p, const std::string &name) {
  if (auto s = validate(p); !s)
    return s.error();
  Buffer in = makeHwcBuffer("input", p.inputHeight, p.inputWidth, p.channels, BufferRole::Input);
  Buffer out =
      makeHwcBuffer("output", p.outputHeight, p.outputWidth, p.channels, BufferRole::Output);
  Buffer rows = makeIndexTable("source_rows", p.sourceRows());
  Buffer cols = makeIndexTable("source_columns", p.sourceColumns());
  Expr y = var("y"), x = var("x"), c = var("c");
  Stmt body = store(out, {y, x, c}, load(in, {load(rows, {y}), load(cols, {x}), c}));
  body = forLoop(
      "y", i32(0), i32(p.outputHeight),
      forLoop("x", i32(0), i32(p.outputWidth), forLoop("c", i32(0), i32(p.channels), body)));
  return Kernel{name,
                {in, out},
                body,
                fmt::format("ResizeNearestNeighbor {}x{} -> {}x{}", p.inputHeight, p.inputWidth,
                            p.outputHeight, p.outputWidth)};
}

} // namespace loom::ops
