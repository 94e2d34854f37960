// Legal schedules per primitive for random op instances.
#include "PrimitiveCases.h"

#include "loom/schedule/Schedule.h"

#include <fmt/format.h>

namespace loom::testing {

namespace {

// `text` if it applies to the op, else "" (the instance is skipped): for a step whose legality
// depends on the layer's quantization (a saturated channel keeps its own rounding offset).
std::string ifLegal(const OpParams &op, const std::string &text) {
  auto s = schedule::parseSchedule(text);
  return s && schedule::applySchedule(build(op, "probe"), *s) ? text : "";
}

int pick(std::mt19937 &rng, int lo, int hi) {
  return std::uniform_int_distribution<int>(lo, hi)(rng);
}

// Output extents of the spatial/channel loops of the op (oy, ox, channel).
struct Extents {
  int oy, ox, oc, reduction;
};
Extents extents(const OpParams &op) {
  return std::visit(
      [](const auto &p) -> Extents {
        using T = std::decay_t<decltype(p)>;
        if constexpr (std::is_same_v<T, ops::Conv2DParams>)
          return {p.outputHeight(), p.outputWidth(), p.outputChannels, p.inputChannels};
        else if constexpr (std::is_same_v<T, ops::DepthwiseConv2DParams>)
          return {p.outputHeight(), p.outputWidth(), p.channels, p.kernelWidth};
        else if constexpr (std::is_same_v<T, ops::PointwiseConv2DParams>)
          return {p.outputHeight(), p.outputWidth(), p.outputChannels, p.inputChannels};
        else
          return {p.batches, 1, p.outputSize, p.inputSize};
      },
      op);
}

std::string channelLoop(OpKind k) {
  return k == OpKind::DepthwiseConv2D ? "c" : k == OpKind::FullyConnected ? "o" : "oc";
}

// "split L F tail" with a random legal factor and tail, or "" if the extent is 1.
std::string randomSplit(const std::string &loop, int extent, bool reduction, std::mt19937 &rng) {
  if (extent < 2)
    return "";
  const int factor = pick(rng, 2, std::min(extent, 8));
  std::vector<std::string> tails = {"guard"};
  if (!reduction)
    tails.push_back("shift");
  if (extent % factor == 0)
    tails.push_back("exact");
  return fmt::format("split {} {} {}", loop, factor, tails[pick(rng, 0, (int)tails.size() - 1)]);
}

// split both output loops and register-block them (the block is at most 4x4).
std::string blocked(const OpParams &op, OpKind kind, std::mt19937 &rng) {
  Extents e = extents(op);
  const std::string c = channelLoop(kind);
  if (kind == OpKind::FullyConnected) {
    if (e.oc < 2)
      return "";
    return fmt::format("split o {} shift\nregister_block o.i", pick(rng, 2, std::min(e.oc, 4)));
  }
  if (e.ox < 2 || e.oc < 2)
    return "";
  const int fx = pick(rng, 2, std::min(e.ox, 4)), fc = pick(rng, 2, std::min(e.oc, 4));
  return fmt::format("split ox {} shift\nsplit {} {} shift\nreorder oy ox.o {}.o ox.i {}.i\n"
                     "register_block ox.i {}.i",
                     fx, c, fc, c, c, c);
}

} // namespace

const std::vector<PrimitiveCase> &primitiveCases() {
  static const std::vector<PrimitiveCase> cases = {
      {"split", OpKind::PointwiseConv2D, false,
       [](const OpParams &op, std::mt19937 &rng) {
         Extents e = extents(op);
         switch (pick(rng, 0, 3)) {
         case 0: return randomSplit("oy", e.oy, false, rng);
         case 1: return randomSplit("ox", e.ox, false, rng);
         case 2: return randomSplit("oc", e.oc, false, rng);
         default: return randomSplit("ic", e.reduction, true, rng);
         }
       }},
      {"reorder", OpKind::Conv2D, false,
       [](const OpParams &, std::mt19937 &rng) -> std::string {
         std::vector<std::string> orders = {"reorder oc oy ox", "reorder ox oy", "reorder oy oc ox",
                                            "reorder kx ky", "reorder ox oc"};
         return orders[pick(rng, 0, (int)orders.size() - 1)];
       }},
      {"fuse", OpKind::DepthwiseConv2D, false,
       [](const OpParams &, std::mt19937 &rng) -> std::string {
         return pick(rng, 0, 1) ? "fuse oy ox" : "fuse ky kx";
       }},
      {"unroll", OpKind::Conv2D, false,
       [](const OpParams &op, std::mt19937 &rng) -> std::string {
         Extents e = extents(op);
         if (pick(rng, 0, 1))
           return "unroll kx";
         return e.reduction >= 2
                    ? fmt::format("unroll ic {}", pick(rng, 2, std::min(4, e.reduction)))
                    : "unroll ky";
       }},
      {"fold_zero_point", OpKind::PointwiseConv2D, false,
       [](const OpParams &, std::mt19937 &) -> std::string { return "fold_zero_point"; }},
      {"register_block", OpKind::Conv2D, false,
       [](const OpParams &op, std::mt19937 &rng) { return blocked(op, OpKind::Conv2D, rng); }},
      {"simd", OpKind::PointwiseConv2D, false,
       [](const OpParams &op, std::mt19937 &rng) -> std::string {
         if (extents(op).reduction < 4)
           return "";
         std::string b = pick(rng, 0, 1) ? blocked(op, OpKind::PointwiseConv2D, rng) : "";
         return "fold_zero_point\n" + (b.empty() ? "" : b + "\n") + "simd ic";
       }},
      {"im2col", OpKind::Conv2D, false,
       [](const OpParams &op, std::mt19937 &rng) -> std::string {
         Extents e = extents(op);
         std::string tail;
         const auto &p = std::get<ops::Conv2DParams>(op);
         if (p.kernelHeight * p.kernelWidth * p.inputChannels >= 4 && pick(rng, 0, 1))
           tail = "\nfold_zero_point\nsimd r";
         if (e.ox < 2 || e.oc < 2 || pick(rng, 0, 2) == 0)
           return "im2col ox" + tail;
         return fmt::format("split ox {} shift\nsplit oc {} shift\nreorder oy ox.o oc.o ox.i oc.i\n"
                            "im2col ox.o ox.i",
                            pick(rng, 2, std::min(e.ox, 3)), pick(rng, 2, std::min(e.oc, 4))) +
                tail;
       }},
      {"simd_lanes", OpKind::DepthwiseConv2D, false,
       [](const OpParams &op, std::mt19937 &rng) -> std::string {
         Extents e = extents(op);
         if (e.oc < 4)
           return "";
         if (e.ox >= 2 && pick(rng, 0, 1))
           return "split ox 2 shift\nsplit c 4 shift\nreorder oy ox.o c.o ox.i c.i\n"
                  "register_block ox.i c.i\nsimd_lanes c.i";
         return "split c 4 shift\nregister_block c.i\nsimd_lanes c.i\nunroll kx";
       }},
      {"peel", OpKind::DepthwiseConv2D, false,
       [](const OpParams &op, std::mt19937 &rng) -> std::string {
         Extents e = extents(op);
         if (e.oy < 2 || e.ox < 3)
           return "";
         // Any split of the range is legal; the guards the ranges settle go away.
         const int top = pick(rng, 0, 1), bottom = 1 - top + pick(rng, 0, e.oy >= 3 ? 1 : 0);
         std::string s = pick(rng, 0, 1) ? "unroll ky\nunroll kx\n" : "";
         s += fmt::format("peel oy {} {}\npeel ox {} {}", top, std::min(bottom, e.oy - 1 - top),
                          pick(rng, 1, e.ox / 3), pick(rng, 0, e.ox / 3));
         return s;
       }},
      {"split_tail", OpKind::DepthwiseConv2D, false,
       [](const OpParams &op, std::mt19937 &rng) -> std::string {
         Extents e = extents(op);
         if (e.oc < 4 || e.ox < 3)
           return "";
         // A block that does not divide the width: full blocks, then a tail with its own block.
         int b = pick(rng, 2, std::min(e.ox - 1, 4));
         while (e.ox % b == 0 && b > 2)
           --b;
         if (e.ox % b == 0)
           return "";
         return fmt::format("split c 4 shift\nreorder oy c.o ox c.i\nsplit ox {} tail\n"
                            "register_block ox.i c.i\nsimd_lanes c.i\n"
                            "register_block ox.t c.i.t\nsimd_lanes c.i.t\nunroll ky.t{}",
                            b, e.oy >= 2 ? "\npeel oy 1 0" : "");
       }},
      {"pad_reduction", OpKind::Conv2D, false,
       [](const OpParams &op, std::mt19937 &rng) -> std::string {
         const auto &p = std::get<ops::Conv2DParams>(op);
         const int patch = p.kernelHeight * p.kernelWidth * p.inputChannels;
         const int padded = (patch + 3) / 4 * 4 + (patch % 4 == 0 ? 4 : 0);
         return fmt::format("im2col ox\nfold_zero_point\npad_reduction r {}\nsimd r{}", padded,
                            pick(rng, 0, 1) ? "\nlayout weights int16" : "");
       }},
      {"tile", OpKind::PointwiseConv2D, false,
       [](const OpParams &op, std::mt19937 &rng) -> std::string {
         Extents e = extents(op);
         if (e.ox < 2 || e.oc < 2)
           return "";
         const char *tails[] = {"guard", "shift"};
         return fmt::format("tile ox oc {} {} {}", pick(rng, 2, std::min(e.ox, 4)),
                            pick(rng, 2, std::min(e.oc, 4)), tails[pick(rng, 0, 1)]);
       }},
      {"layout", OpKind::FullyConnected, false,
       [](const OpParams &op, std::mt19937 &rng) -> std::string {
         Extents e = extents(op);
         if (e.reduction % 4 != 0)
           return "";
         std::string b =
             e.oc >= 2 && pick(rng, 0, 1) ? "split o 2 shift\nregister_block o.i\n" : "";
         return "fold_zero_point\n" + b + "simd i\nlayout weights int16";
       }},
      {"fast_requantize", OpKind::DepthwiseConv2D, true,
       [](const OpParams &op, std::mt19937 &rng) -> std::string {
         std::string b = pick(rng, 0, 1) ? blocked(op, OpKind::DepthwiseConv2D, rng) : "";
         return (b.empty() ? "" : b + "\n") + "fast_requantize";
       }},
      {"fast_requantize_int8_shifts", OpKind::PointwiseConv2D, true,
       [](const OpParams &op, std::mt19937 &rng) -> std::string {
         std::string b = pick(rng, 0, 1) ? blocked(op, OpKind::PointwiseConv2D, rng) : "";
         return (b.empty() ? "" : b + "\n") + "fast_requantize int8_shifts";
       }},
      // int16 weights: weights and bias are stored doubled, the output stage does not shift.
      {"fast_requantize_doubled_constants", OpKind::PointwiseConv2D, true,
       [](const OpParams &op, std::mt19937 &rng) -> std::string {
         if (extents(op).reduction % 4 != 0)
           return "";
         std::string b = pick(rng, 0, 1) ? blocked(op, OpKind::PointwiseConv2D, rng) : "";
         return "fold_zero_point\n" + (b.empty() ? "" : b + "\n") +
                "simd ic\nlayout weights int16\nfast_requantize";
       }},
      // One [channel][table] int32 table for the bias and requantization constants, after either
      // requantization, on a register block or not.
      {"layout_requant_interleaved", OpKind::PointwiseConv2D, true,
       [](const OpParams &op, std::mt19937 &rng) -> std::string {
         std::string b = pick(rng, 0, 1) ? blocked(op, OpKind::PointwiseConv2D, rng) : "";
         const char *requantize[] = {"", "fast_requantize\n", "fast_requantize int8_shifts\n"};
         return (b.empty() ? "" : b + "\n") + requantize[pick(rng, 0, 2)] +
                "layout requant interleaved";
       }},
      {"layout_requant_interleaved_depthwise", OpKind::DepthwiseConv2D, true,
       [](const OpParams &op, std::mt19937 &rng) -> std::string {
         std::string b = pick(rng, 0, 1) ? blocked(op, OpKind::DepthwiseConv2D, rng) : "";
         return (b.empty() ? "" : b + "\n") + "fast_requantize\nlayout requant interleaved";
       }},
      // The rounding offsets computed from the shifts, after either requantization form, on a
      // register block or not, with the remaining tables interleaved or not.
      {"layout_requant_offsets_from_shifts", OpKind::PointwiseConv2D, true,
       [](const OpParams &op, std::mt19937 &rng) -> std::string {
         std::string b = pick(rng, 0, 1) ? blocked(op, OpKind::PointwiseConv2D, rng) : "";
         const char *requantize[] = {"fast_requantize\n", "fast_requantize int8_shifts\n"};
         return ifLegal(op, (b.empty() ? "" : b + "\n") + requantize[pick(rng, 0, 1)] +
                                "layout requant offsets_from_shifts" +
                                (pick(rng, 0, 1) ? "\nlayout requant interleaved" : ""));
       }},
      {"layout_requant_offsets_from_shifts_depthwise", OpKind::DepthwiseConv2D, true,
       [](const OpParams &op, std::mt19937 &rng) -> std::string {
         std::string b = pick(rng, 0, 1) ? blocked(op, OpKind::DepthwiseConv2D, rng) : "";
         return ifLegal(op, (b.empty() ? "" : b + "\n") +
                                "fast_requantize int8_shifts\nlayout requant offsets_from_shifts");
       }},
      {"pack_store", OpKind::PointwiseConv2D, true,
       [](const OpParams &op, std::mt19937 &rng) -> std::string {
         Extents e = extents(op);
         if (e.oc < 4)
           return "";
         // Four channels per word store, after either requantization (the plain one leaves
         // the lanes to be saturated by pack_store itself).
         std::string s = e.ox >= 2 && pick(rng, 0, 1)
                             ? "split ox 2 shift\nsplit oc 4 shift\nreorder oy ox.o oc.o ox.i "
                               "oc.i\nregister_block ox.i oc.i\n"
                             : "split oc 4 shift\nregister_block oc.i\n";
         if (pick(rng, 0, 1))
           s += "fast_requantize\n";
         return s + "pack_store oc.i.store";
       }},
      {"pack_store_depthwise", OpKind::DepthwiseConv2D, true,
       [](const OpParams &op, std::mt19937 &rng) -> std::string {
         Extents e = extents(op);
         if (e.oc < 4)
           return "";
         // Peeled after packing: the copies of the packed store run apart, bit-exact too.
         return fmt::format("split c 4 shift\nregister_block c.i\nsimd_lanes c.i\n{}"
                            "pack_store c.i.store{}",
                            pick(rng, 0, 1) ? "fast_requantize\n" : "",
                            e.oy >= 2 ? "\npeel oy 1 0" : "");
       }},
  };
  return cases;
}

} // namespace loom::testing
