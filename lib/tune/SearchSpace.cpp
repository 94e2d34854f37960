// Per op class, the knobs of the search space and the schedule text each point stands for.
#include "loom/tune/SearchSpace.h"

#include "loom/schedule/DefaultSchedules.h"

#include <fmt/format.h>

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

std::string join(const std::vector<std::string> &names) {
  std::string s;
  for (const auto &n : names)
    s += (s.empty() ? "" : " ") + n;
  return s;
}

// A block of `factor` iterations of `loop` (split + the inner loop's name), or the loop itself.
struct Blocked {
  std::string outer, inner; // inner empty when not split
};
Blocked block(std::vector<std::string> &steps, const std::string &loop, int factor) {
  if (factor <= 1)
    return {loop, ""};
  steps.push_back(fmt::format("split {} {} shift", loop, factor));
  return {loop + ".o", loop + ".i"};
}

std::vector<std::string> inners(std::initializer_list<Blocked> blocks) {
  std::vector<std::string> v;
  for (const auto &b : blocks)
    if (!b.inner.empty())
      v.push_back(b.inner);
  return v;
}

// The interior output pixels of a window op lose their padding checks (schedule's helper).
std::vector<std::string> peelBorders(int in, int out, int kernel, int stride, int padBefore,
                                     const std::string &loop, int block) {
  return schedule::peelBorderSteps(in, out, kernel, stride, padBefore, loop, block);
}

// Pointwise and convolution: a block of output pixels x output channels held in registers.
std::vector<std::string> convSteps(const Point &p, bool im2col, bool fold,
                                   const ops::Conv2DParams *conv = nullptr) {
  std::vector<std::string> steps;
  if (!im2col && fold)
    steps.push_back("fold_zero_point");
  Blocked x = block(steps, "ox", p["ox_block"]), c = block(steps, "oc", p["oc_block"]);
  std::vector<std::string> outer = {"oy", x.outer, c.outer};
  if (p["channels_outer"])
    outer = {c.outer, "oy", x.outer};
  std::vector<std::string> in = inners({x, c});
  if (!in.empty() || p["channels_outer"]) {
    std::vector<std::string> order = outer;
    order.insert(order.end(), in.begin(), in.end());
    steps.push_back("reorder " + join(order));
  }
  if (im2col) {
    steps.push_back(x.inner.empty() ? fmt::format("im2col {}", x.outer)
                                    : fmt::format("im2col {} {}", x.outer, x.inner));
    if (fold)
      steps.push_back("fold_zero_point");
    // A patch that is not whole words (3x3x3 = 27) is padded with zero weights to one.
    const int patch = conv->kernelHeight * conv->kernelWidth * conv->inputChannels;
    if (p["pad_reduction"] && patch % 4 != 0)
      steps.push_back(fmt::format("pad_reduction r {}", (patch + 3) / 4 * 4));
  }
  if (!in.empty())
    steps.push_back("register_block " + join(in));
  steps.push_back(im2col ? "simd r" : "simd ic");
  if (p["unroll_reduction"] > 1)
    steps.push_back(fmt::format("unroll {} {}", im2col ? "r.o" : "ic.o", p["unroll_reduction"]));
  if (p["weights_int16"])
    steps.push_back("layout weights int16");
  if (p["fast_requantize"])
    steps.push_back("fast_requantize");
  if (p["pack_store"] && p["oc_block"] == 4)
    steps.push_back(fmt::format("pack_store {}.store", c.inner));
  if (conv && p["peel_borders"]) {
    // The im2col copy of an interior pixel block needs no padding checks.
    for (auto &step : peelBorders(conv->inputHeight, conv->outputHeight(), conv->kernelHeight,
                                  conv->strideHeight, conv->padding.top, "oy", 1))
      steps.push_back(step);
    for (auto &step :
         peelBorders(conv->inputWidth, conv->outputWidth(), conv->kernelWidth, conv->strideWidth,
                     conv->padding.left, x.outer, std::max(1, p["ox_block"])))
      steps.push_back(step);
  }
  return steps;
}

std::vector<std::string> stepsAt(const ops::AnyOp &op, const Point &p) {
  // Folding a zero input zero point is refused (nothing to fold): leave the step out then. It is
  // a knob otherwise: a folded bias that overflows int32 makes the step illegal.
  const bool fold = ops::inputZeroPoint(op) != 0 && p["fold_zero_point"];
  return std::visit(
      [&](const auto &o) -> std::vector<std::string> {
        using T = std::decay_t<decltype(o)>;
        if constexpr (std::is_same_v<T, ops::PointwiseConv2DParams>) {
          return convSteps(p, false, fold);
        } else if constexpr (std::is_same_v<T, ops::Conv2DParams>) {
          return convSteps(p, true, fold, &o);
        } else if constexpr (std::is_same_v<T, ops::FullyConnectedParams>) {
          std::vector<std::string> steps;
          if (fold)
            steps.push_back("fold_zero_point");
          Blocked b = block(steps, "o", p["o_block"]);
          if (!b.inner.empty())
            steps.push_back("register_block " + b.inner);
          steps.push_back("simd i");
          if (p["unroll_reduction"] > 1)
            steps.push_back(fmt::format("unroll i.o {}", p["unroll_reduction"]));
          if (p["weights_int16"])
            steps.push_back("layout weights int16");
          if (p["fast_requantize"])
            steps.push_back("fast_requantize");
          if (p["pack_store"] && p["o_block"] == 4)
            steps.push_back("pack_store o.i.store");
          return steps;
        } else {
          // Depthwise: four channels per word; optionally a block of output pixels shares the
          // weights. A block that does not divide the width either shifts its last block
          // inwards (recomputing pixels) or leaves the rest to a tail loop with its own block.
          const auto &d = std::get<ops::DepthwiseConv2DParams>(op);
          const int width = d.outputWidth(), b = p["ox_block"];
          const bool tail = b > 1 && p["ox_tail"] && width % b != 0 && width > b;
          std::vector<std::string> steps = {"split c 4 shift"};
          Blocked x{"ox", ""};
          auto body = [&](const std::string &pixels, const std::string &suffix) {
            steps.push_back(pixels.empty()
                                ? "register_block c.i" + suffix
                                : fmt::format("register_block {} c.i{}", pixels, suffix));
            steps.push_back("simd_lanes c.i" + suffix);
            if (p["unroll_window"]) {
              steps.push_back("unroll ky" + suffix);
              steps.push_back("unroll kx" + suffix);
            }
          };
          if (tail) {
            steps.push_back("reorder oy c.o ox c.i");
            steps.push_back(fmt::format("split ox {} tail", b));
            x = {"ox.o", "ox.i"};
            body("ox.i", "");
            body("ox.t", ".t");
          } else {
            x = block(steps, "ox", b);
            if (!x.inner.empty())
              steps.push_back("reorder oy ox.o c.o ox.i c.i");
            body(x.inner, "");
          }
          if (p["fast_requantize"])
            steps.push_back("fast_requantize");
          if (p["pack_store"]) {
            steps.push_back("pack_store c.i.store");
            if (tail)
              steps.push_back("pack_store c.i.t.store");
          }
          if (p["peel_borders"]) {
            for (auto &step : peelBorders(d.inputHeight, d.outputHeight(), d.kernelHeight,
                                          d.strideHeight, d.padding.top, "oy", 1))
              steps.push_back(step);
            // With a tail, the blocks cover the first width / b * b pixels; when no block is
            // interior, the first still runs apart from the others (with the window unrolled,
            // every guard of a block of its own is settled).
            auto peels = peelBorders(d.inputWidth, tail ? width / b * b : width, d.kernelWidth,
                                     d.strideWidth, d.padding.left, x.outer, std::max(1, b));
            if (tail && peels.empty() && width / b >= 2)
              peels.push_back("peel ox.o 1 0");
            for (auto &step : peels)
              steps.push_back(step);
          }
          return steps;
        }
      },
      op);
}

// The schedule text of a point, one step per line (not yet parsed or applied).
std::string textAt(const ops::AnyOp &op, const SearchSpace &space,
                   const std::vector<size_t> &point) {
  std::string text;
  for (const auto &s : stepsAt(op, Point{space, point}))
    text += s + "\n";
  return text;
}

} // namespace

size_t SearchSpace::size() const {
  size_t n = 1;
  for (const auto &k : knobs)
    n *= k.values.size();
  return n;
}

SearchSpace searchSpace(const ops::AnyOp &op) {
  return std::visit(
      [](const auto &o) -> SearchSpace {
        using T = std::decay_t<decltype(o)>;
        if constexpr (std::is_same_v<T, ops::PointwiseConv2DParams>)
          return {{{"ox_block", {1, 2, 3, 4}},
                   {"oc_block", {1, 2, 3, 4}},
                   {"fold_zero_point", {1, 0}},
                   {"channels_outer", {0, 1}},
                   {"unroll_reduction", {1, 2, 4}},
                   {"weights_int16", {0, 1}},
                   {"fast_requantize", {1, 0}},
                   {"pack_store", {0, 1}}}};
        else if constexpr (std::is_same_v<T, ops::Conv2DParams>)
          return {{{"ox_block", {1, 2, 4}},
                   {"oc_block", {1, 2, 4}},
                   {"fold_zero_point", {1, 0}},
                   {"channels_outer", {0, 1}},
                   {"unroll_reduction", {1, 2, 4}},
                   {"weights_int16", {0, 1}},
                   {"pad_reduction", {0, 1}},
                   {"peel_borders", {1, 0}},
                   {"fast_requantize", {1, 0}},
                   {"pack_store", {0, 1}}}};
        else if constexpr (std::is_same_v<T, ops::FullyConnectedParams>)
          return {{{"o_block", {1, 2, 4, 6, 8}},
                   {"fold_zero_point", {1, 0}},
                   {"unroll_reduction", {1, 2, 4}},
                   {"weights_int16", {0, 1}},
                   {"fast_requantize", {1, 0}},
                   {"pack_store", {0, 1}}}};
        else
          return {{{"ox_block", {1, 2, 3, 4}},
                   {"ox_tail", {0, 1}},
                   {"unroll_window", {1, 0}},
                   {"peel_borders", {1, 0}},
                   {"fast_requantize", {1, 0}},
                   {"pack_store", {0, 1}}}};
      },
      op);
}

Expected<schedule::Schedule> scheduleAt(const ops::AnyOp &op, const SearchSpace &space,
                                        const std::vector<size_t> &point, const ir::Kernel &naive) {
  if (point.size() != space.knobs.size())
    return Error{
        fmt::format("a point needs {} knob values, got {}", space.knobs.size(), point.size())};
  for (size_t k = 0; k < point.size(); ++k)
    if (point[k] >= space.knobs[k].values.size())
      return Error{fmt::format("knob '{}' has no value #{}", space.knobs[k].name, point[k])};
  auto parsed = schedule::parseSchedule(textAt(op, space, point));
  if (!parsed)
    return parsed.error();
  if (auto applied = schedule::applySchedule(naive, *parsed); !applied)
    return applied.error();
  return parsed;
}

std::map<std::string, std::vector<size_t>> pointsByText(const ops::AnyOp &op,
                                                        const SearchSpace &space) {
  std::map<std::string, std::vector<size_t>> points;
  std::vector<size_t> p(space.knobs.size(), 0);
  for (size_t n = 0; n < space.size(); ++n) {
    // Keyed by the parsed schedule's text, as the log writes it; the first point wins when
    // several knob values give the same steps.
    if (auto parsed = schedule::parseSchedule(textAt(op, space, p)))
      points.emplace(parsed->toText(), p);
    for (size_t k = 0; k < p.size() && ++p[k] == space.knobs[k].values.size(); ++k)
      p[k] = 0;
  }
  return points;
}

std::string tuningKey(const ops::AnyOp &op) {
  return std::visit(
      [](const auto &o) -> std::string {
        using T = std::decay_t<decltype(o)>;
        if constexpr (std::is_same_v<T, ops::PointwiseConv2DParams>)
          return fmt::format("PointwiseConv2D {}x{}x{} -> {} stride {}", o.inputHeight,
                             o.inputWidth, o.inputChannels, o.outputChannels, o.stride);
        else if constexpr (std::is_same_v<T, ops::Conv2DParams>)
          return fmt::format("Conv2D {}x{}x{} -> {} kernel {}x{} stride {}x{} pad {},{},{},{}",
                             o.inputHeight, o.inputWidth, o.inputChannels, o.outputChannels,
                             o.kernelHeight, o.kernelWidth, o.strideHeight, o.strideWidth,
                             o.padding.top, o.padding.bottom, o.padding.left, o.padding.right);
        else if constexpr (std::is_same_v<T, ops::DepthwiseConv2DParams>)
          return fmt::format("DepthwiseConv2D {}x{}x{} kernel {}x{} stride {}x{} pad {},{},{},{}",
                             o.inputHeight, o.inputWidth, o.channels, o.kernelHeight, o.kernelWidth,
                             o.strideHeight, o.strideWidth, o.padding.top, o.padding.bottom,
                             o.padding.left, o.padding.right);
        else
          return fmt::format("FullyConnected {}x{} -> {}", o.batches, o.inputSize, o.outputSize);
      },
      op);
}

std::function<std::optional<std::string>(const ops::AnyOp &)>
tunedScheduleLookup(const TuningLog &log, const codegen::Target &target) {
  const std::string cpu(target.cpuName());
  return [&log, cpu](const ops::AnyOp &op) -> std::optional<std::string> {
    if (auto r = log.best(tuningKey(op), cpu))
      return r->schedule;
    return std::nullopt;
  };
}

} // namespace loom::tune
