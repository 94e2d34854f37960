// Per op class, the knobs of the search space and the schedule text each point stands for.
#include "loom/tune/SearchSpace.h"

#include "loom/schedule/DefaultSchedules.h"
#include "loom/schedule/KernelChoice.h"

#include <fmt/format.h>

#include <algorithm>

namespace loom::tune {

namespace {

struct Point {
  const SearchSpace &space;
  const std::vector<size_t> &at;
  int operator[](const std::string &name) const {
    for (size_t k = 0; k < space.knobs.size(); ++k)
      if (space.knobs[k].name == name)
        return space.knobs[k].values.at(at.at(k));
    return 0;
  }
};

using schedule::Step, schedule::Tail;
namespace step = schedule::step;

// A block of `factor` iterations of `loop` (split + the inner loop's name), or the loop itself.
struct Blocked {
  std::string outer, inner; // inner empty when not split
};
Blocked block(std::vector<Step> &steps, const std::string &loop, int factor) {
  if (factor <= 1)
    return {loop, ""};
  steps.push_back(step::Split{loop, factor, Tail::Shift});
  return {loop + ".o", loop + ".i"};
}

std::vector<std::string> inners(std::initializer_list<Blocked> blocks) {
  std::vector<std::string> v;
  for (const auto &b : blocks)
    if (!b.inner.empty())
      v.push_back(b.inner);
  return v;
}

void append(std::vector<Step> &steps, const std::vector<Step> &more) {
  steps.insert(steps.end(), more.begin(), more.end());
}

// Pointwise and convolution: a block of output pixels x output channels held in registers.
std::vector<Step> convSteps(const Point &p, bool im2col, bool fold,
                            const ops::Conv2DParams *conv = nullptr) {
  std::vector<Step> steps;
  if (!im2col && fold)
    steps.push_back(step::FoldZeroPoint{});
  Blocked x = block(steps, "ox", p["ox_block"]), c = block(steps, "oc", p["oc_block"]);
  std::vector<std::string> outer = {"oy", x.outer, c.outer};
  if (p["channels_outer"])
    outer = {c.outer, "oy", x.outer};
  std::vector<std::string> in = inners({x, c});
  if (!in.empty() || p["channels_outer"]) {
    std::vector<std::string> order = outer;
    order.insert(order.end(), in.begin(), in.end());
    steps.push_back(step::Reorder{order});
  }
  if (im2col) {
    steps.push_back(step::Im2col{x.outer, x.inner});
    if (fold)
      steps.push_back(step::FoldZeroPoint{});
    // A patch that is not whole words (3x3x3 = 27) is padded with zero weights to one.
    const int patch = conv->kernelHeight * conv->kernelWidth * conv->inputChannels;
    if (p["pad_patch"] && patch % 4 != 0)
      steps.push_back(step::PadReduction{"r", (patch + 3) / 4 * 4});
  }
  if (!in.empty())
    steps.push_back(step::RegisterBlock{in});
  steps.push_back(step::Simd{im2col ? "r" : "ic"});
  if (p["unroll_reduction"] > 1)
    steps.push_back(step::Unroll{im2col ? "r.o" : "ic.o", p["unroll_reduction"]});
  if (p["weights_int16"])
    steps.push_back(step::Layout{"weights", "int16"});
  if (p["requantize_fast"])
    steps.push_back(step::FastRequantize{});
  if (p["pack_outputs"] && p["oc_block"] == 4)
    steps.push_back(step::PackStore{c.inner + ".store"});
  if (conv && p["peel_borders"]) {
    // The im2col copy of an interior pixel block needs no padding checks.
    append(steps,
           schedule::peelBorderSteps(conv->inputHeight, conv->outputHeight(), conv->windowHeight(),
                                     conv->strideHeight, conv->padding.top, "oy", 1));
    append(steps, schedule::peelBorderSteps(
                      conv->inputWidth, conv->outputWidth(), conv->windowWidth(), conv->strideWidth,
                      conv->padding.left, x.outer, std::max(1, p["ox_block"])));
  }
  return steps;
}

// An in-place depthwise nest: the knobs of schedule::inPlaceDepthwiseSteps.
std::vector<Step> inPlaceStepsAt(const ops::AnyOp &op, ops::KernelForm form, const Point &p) {
  const auto &d = std::get<ops::DepthwiseConv2DParams>(op);
  schedule::InPlaceDepthwiseChoice c;
  c.pixels = p["ox_block"];
  c.pairTaps = p["pair_taps"];
  c.phased = p["phased"];
  c.unrollRows = p["unroll_rows"];
  c.peelBorders = p["peel_borders"];
  c.fastRequantize = p["requantize_fast"];
  return schedule::inPlaceDepthwiseSteps(d,
                                         form == ops::KernelForm::InPlace
                                             ? ops::DepthwisePlane::Int16Padded
                                             : ops::DepthwisePlane::Int8,
                                         c);
}

std::vector<Step> stepsAt(const ops::AnyOp &op, const Point &p) {
  // Folding a zero input zero point is refused (nothing to fold): leave the step out then. It is
  // a knob otherwise: a folded bias that overflows int32 makes the step illegal.
  const bool fold = ops::inputZeroPoint(op) != 0 && p["fold_input_zero_point"];
  return std::visit(
      [&](const auto &o) -> std::vector<Step> {
        using T = std::decay_t<decltype(o)>;
        if constexpr (std::is_same_v<T, ops::PointwiseConv2DParams>) {
          return convSteps(p, false, fold);
        } else if constexpr (std::is_same_v<T, ops::Conv2DParams>) {
          return convSteps(p, true, fold, &o);
        } else if constexpr (std::is_same_v<T, ops::FullyConnectedParams>) {
          std::vector<Step> steps;
          if (fold)
            steps.push_back(step::FoldZeroPoint{});
          Blocked b = block(steps, "o", p["o_block"]);
          if (!b.inner.empty())
            steps.push_back(step::RegisterBlock{{b.inner}});
          steps.push_back(step::Simd{"i"});
          if (p["unroll_reduction"] > 1)
            steps.push_back(step::Unroll{"i.o", p["unroll_reduction"]});
          if (p["weights_int16"])
            steps.push_back(step::Layout{"weights", "int16"});
          if (p["requantize_fast"])
            steps.push_back(step::FastRequantize{});
          if (p["pack_outputs"] && p["o_block"] == 4)
            steps.push_back(step::PackStore{"o.i.store"});
          return steps;
        } else {
          // Depthwise: four channels per word; optionally a block of output pixels shares the
          // weights. A block that does not divide the width either shifts its last block
          // inwards (recomputing pixels) or leaves the rest to a tail loop with its own block.
          // With a depth multiplier the word holds four output channels of one input channel
          // (the lanes split `m`; the input channel loop `c` stays outside them).
          const auto &d = std::get<ops::DepthwiseConv2DParams>(op);
          const int width = d.outputWidth(), b = p["ox_block"];
          const bool tail = b > 1 && p["ox_tail"] && width % b != 0 && width > b;
          const std::string lane = d.depthMultiplier == 1 ? "c" : "m";
          const std::vector<std::string> lanesOuter = d.depthMultiplier == 1
                                                          ? std::vector<std::string>{"c.o"}
                                                          : std::vector<std::string>{"c", "m.o"};
          auto order = [&](std::vector<std::string> before, std::vector<std::string> after) {
            before.insert(before.end(), lanesOuter.begin(), lanesOuter.end());
            before.insert(before.end(), after.begin(), after.end());
            return step::Reorder{before};
          };
          std::vector<Step> steps = {step::Split{lane, 4, Tail::Shift}};
          Blocked x{"ox", ""};
          auto body = [&](const std::string &pixels, const std::string &suffix) {
            const std::string lanes = lane + ".i" + suffix;
            steps.push_back(pixels.empty() ? step::RegisterBlock{{lanes}}
                                           : step::RegisterBlock{{pixels, lanes}});
            steps.push_back(step::SimdLanes{lanes});
            if (p["unroll_window"]) {
              steps.push_back(step::Unroll{"ky" + suffix, 0});
              steps.push_back(step::Unroll{"kx" + suffix, 0});
            }
          };
          if (tail) {
            steps.push_back(order({"oy"}, {"ox", lane + ".i"}));
            steps.push_back(step::Split{"ox", b, Tail::Loop});
            x = {"ox.o", "ox.i"};
            body("ox.i", "");
            body("ox.t", ".t");
          } else {
            x = block(steps, "ox", b);
            if (!x.inner.empty())
              steps.push_back(order({"oy", "ox.o"}, {"ox.i", lane + ".i"}));
            body(x.inner, "");
          }
          if (p["requantize_fast"])
            steps.push_back(step::FastRequantize{});
          if (p["pack_outputs"]) {
            steps.push_back(step::PackStore{lane + ".i.store"});
            if (tail)
              steps.push_back(step::PackStore{lane + ".i.t.store"});
          }
          if (p["peel_borders"]) {
            append(steps,
                   schedule::peelBorderSteps(d.inputHeight, d.outputHeight(), d.windowHeight(),
                                             d.strideHeight, d.padding.top, "oy", 1));
            // With a tail, the blocks cover the first width / b * b pixels; when no block is
            // interior, the first still runs apart from the others (with the window unrolled,
            // every guard of a block of its own is settled).
            auto peels = schedule::peelBorderSteps(d.inputWidth, tail ? width / b * b : width,
                                                   d.windowWidth(), d.strideWidth, d.padding.left,
                                                   x.outer, std::max(1, b));
            if (tail && peels.empty() && width / b >= 2)
              peels.push_back(step::Peel{"ox.o", 1, 0});
            append(steps, peels);
          }
          return steps;
        }
      },
      op);
}

// The schedule of a point (typed, not yet applied).
schedule::Schedule typedAt(const ops::AnyOp &op, const SearchSpace &space,
                           const std::vector<size_t> &point) {
  const Point p{space, point};
  std::vector<Step> steps =
      space.form != ops::KernelForm::Plain ? inPlaceStepsAt(op, space.form, p) : stepsAt(op, p);
  // Last: they only change how the constants are stored, after every step that reads them; the
  // offsets before the interleaving, which merges their table with the others.
  if (p["offsets_from_shifts"])
    steps.push_back(step::Layout{"requant", "offsets_from_shifts"});
  if (p["interleave_tables"])
    steps.push_back(step::Layout{"requant", "interleaved"});
  return {steps};
}

} // namespace

size_t SearchSpace::size() const {
  size_t n = 1;
  for (const auto &k : knobs)
    n *= k.values.size();
  return n;
}

namespace {

// The knobs of each op class and form, before the ones every form shares.
SearchSpace opSpace(const ops::AnyOp &op, ops::KernelForm form) {
  if (form == ops::KernelForm::InPlace)
    return {{{"ox_block", {4, 2, 3, 6, 8}},
             {"pair_taps", {1, 0}},
             {"phased", {0, 1}},
             {"unroll_rows", {1, 0}},
             {"requantize_fast", {1, 0}}},
            form};
  if (form == ops::KernelForm::InPlaceInt8Plane)
    return {{{"ox_block", {2, 1, 3, 4}},
             {"unroll_rows", {1, 0}},
             {"peel_borders", {1, 0}},
             {"requantize_fast", {1, 0}}},
            form};
  return std::visit(
      [](const auto &o) -> SearchSpace {
        using T = std::decay_t<decltype(o)>;
        if constexpr (std::is_same_v<T, ops::PointwiseConv2DParams>)
          return {{{"ox_block", {1, 2, 3, 4}},
                   {"oc_block", {1, 2, 3, 4}},
                   {"fold_input_zero_point", {1, 0}},
                   {"channels_outer", {0, 1}},
                   {"unroll_reduction", {1, 2, 4}},
                   {"weights_int16", {0, 1}},
                   {"requantize_fast", {1, 0}},
                   {"pack_outputs", {0, 1}}}};
        else if constexpr (std::is_same_v<T, ops::Conv2DParams>)
          return {{{"ox_block", {1, 2, 4}},
                   {"oc_block", {1, 2, 4}},
                   {"fold_input_zero_point", {1, 0}},
                   {"channels_outer", {0, 1}},
                   {"unroll_reduction", {1, 2, 4}},
                   {"weights_int16", {0, 1}},
                   {"pad_patch", {0, 1}},
                   {"peel_borders", {1, 0}},
                   {"requantize_fast", {1, 0}},
                   {"pack_outputs", {0, 1}}}};
        else if constexpr (std::is_same_v<T, ops::FullyConnectedParams>)
          return {{{"o_block", {1, 2, 4, 6, 8}},
                   {"fold_input_zero_point", {1, 0}},
                   {"unroll_reduction", {1, 2, 4}},
                   {"weights_int16", {0, 1}},
                   {"requantize_fast", {1, 0}},
                   {"pack_outputs", {0, 1}}}};
        else
          return {{{"ox_block", {1, 2, 3, 4}},
                   {"ox_tail", {0, 1}},
                   {"unroll_window", {1, 0}},
                   {"peel_borders", {1, 0}},
                   {"requantize_fast", {1, 0}},
                   {"pack_outputs", {0, 1}}}};
      },
      op);
}

} // namespace

SearchSpace searchSpace(const ops::AnyOp &op, ops::KernelForm form) {
  SearchSpace space = opSpace(op, form);
  // Every form's last knobs: how the per-channel constants are stored (typedAt appends their
  // steps last). Appended in the order they were added, so the points of logged searches keep
  // their texts and replay unchanged.
  space.knobs.push_back({"interleave_tables", {0, 1}});
  space.knobs.push_back({"offsets_from_shifts", {0, 1}});
  return space;
}

Expected<schedule::Schedule> scheduleAt(const ops::AnyOp &op, const SearchSpace &space,
                                        const std::vector<size_t> &point, const ir::Kernel &naive) {
  if (point.size() != space.knobs.size())
    return Error{
        fmt::format("a point needs {} knob values, got {}", space.knobs.size(), point.size())};
  for (size_t k = 0; k < point.size(); ++k)
    if (point[k] >= space.knobs[k].values.size())
      return Error{fmt::format("knob '{}' has no value #{}", space.knobs[k].name, point[k])};
  schedule::Schedule s = typedAt(op, space, point);
  if (auto applied = schedule::applySchedule(naive, s); !applied)
    return applied.error();
  return s;
}

std::map<std::string, std::vector<size_t>> pointsByText(const ops::AnyOp &op,
                                                        const SearchSpace &space) {
  std::map<std::string, std::vector<size_t>> points;
  std::vector<size_t> p(space.knobs.size(), 0);
  for (size_t n = 0; n < space.size(); ++n) {
    // Keyed by the schedule's text, as the log writes it; the first point wins when several knob
    // values give the same steps.
    points.emplace(typedAt(op, space, p).toText(), p);
    for (size_t k = 0; k < p.size() && ++p[k] == space.knobs[k].values.size(); ++k)
      p[k] = 0;
  }
  return points;
}

std::string tuningKey(const ops::AnyOp &op, ops::KernelForm form) {
  std::string variant;
  if (form != ops::KernelForm::Plain)
    variant = fmt::format(" {}", ops::formName(form));
  if (auto naive = ops::buildLayerKernel(op, form, "tuning_key"))
    if (std::string c = schedule::quantizationClass(*naive); !c.empty())
      variant += fmt::format(" ({})", c);
  return shapeKey(op) + variant;
}

std::string shapeKey(const ops::AnyOp &op) {
  return std::visit(
      [](const auto &o) -> std::string {
        using T = std::decay_t<decltype(o)>;
        if constexpr (std::is_same_v<T, ops::PointwiseConv2DParams>)
          return fmt::format("PointwiseConv2D {}x{}x{} -> {} stride {}", o.inputHeight,
                             o.inputWidth, o.inputChannels, o.outputChannels, o.stride);
        else if constexpr (std::is_same_v<T, ops::Conv2DParams>)
          return fmt::format("Conv2D {}x{}x{} -> {} kernel {}x{} stride {}x{}{} pad {},{},{},{}",
                             o.inputHeight, o.inputWidth, o.inputChannels, o.outputChannels,
                             o.kernelHeight, o.kernelWidth, o.strideHeight, o.strideWidth,
                             ops::dilationText(o.dilationHeight, o.dilationWidth), o.padding.top,
                             o.padding.bottom, o.padding.left, o.padding.right);
        else if constexpr (std::is_same_v<T, ops::DepthwiseConv2DParams>)
          return fmt::format(
              "DepthwiseConv2D {}x{}x{}{} kernel {}x{} stride {}x{}{} pad {},{},{},{}",
              o.inputHeight, o.inputWidth, o.channels,
              o.depthMultiplier == 1 ? "" : fmt::format(" multiplier {}", o.depthMultiplier),
              o.kernelHeight, o.kernelWidth, o.strideHeight, o.strideWidth,
              ops::dilationText(o.dilationHeight, o.dilationWidth), o.padding.top, o.padding.bottom,
              o.padding.left, o.padding.right);
        else
          return fmt::format("FullyConnected {}x{} -> {}", o.batches, o.inputSize, o.outputSize);
      },
      op);
}

std::function<std::optional<std::string>(const ops::AnyOp &, ops::KernelForm)>
tunedScheduleLookup(const TuningLog &log, const codegen::Target &target) {
  const std::string cpu(target.cpuName());
  return [&log, cpu](const ops::AnyOp &op, ops::KernelForm form) -> std::optional<std::string> {
    if (auto r = log.best(tuningKey(op, form), cpu))
      return r->schedule;
    return std::nullopt;
  };
}

} // namespace loom::tune
