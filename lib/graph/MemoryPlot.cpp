// SVG text for an arena plan (plain SVG 1.1, no scripts; a <title> per buffer is its tooltip).
#include "loom/graph/MemoryPlot.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace loom::graph {

namespace {

std::string escape(const std::string &s) {
  std::string out;
  for (char c : s) {
    switch (c) {
    case '&': out += "&amp;"; break;
    case '<': out += "&lt;"; break;
    case '>': out += "&gt;"; break;
    case '"': out += "&quot;"; break;
    default: out += c;
    }
  }
  return out;
}

} // namespace

std::string memorySvg(const std::vector<BufferRequest> &requests, const ArenaPlan &plan,
                      const std::string &title) {
  const double width = 960, height = 520, left = 80, right = 20, top = 50, bottom = 50;
  const double plotW = width - left - right, plotH = height - top - bottom;
  int steps = 1;
  for (const auto &r : requests)
    steps = std::max(steps, r.last + 1);
  const double arena = static_cast<double>(std::max<int64_t>(plan.arenaBytes, 1));
  const double sx = plotW / steps, sy = plotH / arena;
  const int64_t bound = lowerBound(requests);
  std::string svg = fmt::format(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{0}\" height=\"{1}\" "
      "viewBox=\"0 0 {0} {1}\" font-family=\"sans-serif\" font-size=\"11\">\n"
      "<rect width=\"{0}\" height=\"{1}\" fill=\"white\"/>\n"
      // Two title lines: a long model name and plan in one line ran past the right edge.
      "<text x=\"{2}\" y=\"20\" font-size=\"14\">{3}</text>\n"
      "<text x=\"{2}\" y=\"38\">arena {4} bytes ({5:.1f} KiB), lower bound {6} bytes, plan "
      "{7}</text>\n",
      width, height, left, escape(title), plan.arenaBytes,
      static_cast<double>(plan.arenaBytes) / 1024, bound, escape(plan.algorithm));
  for (size_t i = 0; i < requests.size() && i < plan.offsets.size(); ++i) {
    const auto &r = requests[i];
    const double x = left + r.first * sx, w = (r.last - r.first + 1) * sx;
    const double y = top + plotH - static_cast<double>(plan.offsets[i] + r.size) * sy;
    const double h = std::max(0.5, static_cast<double>(r.size) * sy);
    // Hues a golden angle apart: neighbouring buffers get clearly different colours.
    const double hue = std::fmod(static_cast<double>(i) * 137.508, 360.0);
    svg += fmt::format("<rect class=\"buffer\" x=\"{:.2f}\" y=\"{:.2f}\" width=\"{:.2f}\" "
                       "height=\"{:.2f}\" fill=\"hsl({:.0f},65%,60%)\" stroke=\"#333\" "
                       "stroke-width=\"0.5\"><title>{}: {} bytes at offset {}, steps {}-{}{}"
                       "</title></rect>\n",
                       x, y, w, h, hue, escape(r.name), r.size, plan.offsets[i], r.first, r.last,
                       r.inPlaceOf ? " (in place)" : "");
    // A name longer than its box is shortened visibly (the tooltip has it whole).
    const size_t fits = static_cast<size_t>(w / 5.5);
    if (w > 60 && h > 12)
      svg += fmt::format(
          "<text x=\"{:.2f}\" y=\"{:.2f}\" font-size=\"9\">{}</text>\n", x + 2, y + 10,
          escape(r.name.size() <= fits ? r.name : r.name.substr(0, fits - 1) + "\u2026"));
  }
  // Axes: bytes (KiB) on y, steps on x; the lower bound dashed.
  svg += fmt::format("<line x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\" stroke=\"black\"/>\n"
                     "<line x1=\"{0}\" y1=\"{2}\" x2=\"{3}\" y2=\"{2}\" stroke=\"black\"/>\n",
                     left, top, top + plotH, left + plotW);
  for (int k = 0; k <= 4; ++k) {
    const double bytes = arena * k / 4, y = top + plotH - bytes * sy;
    svg += fmt::format("<text x=\"{:.0f}\" y=\"{:.1f}\" text-anchor=\"end\">{:.1f} KiB</text>\n",
                       left - 6, y + 4, bytes / 1024);
  }
  const int tick = std::max(1, steps / 10);
  for (int s = 0; s < steps; s += tick)
    svg += fmt::format("<text x=\"{:.1f}\" y=\"{:.0f}\" text-anchor=\"middle\">{}</text>\n",
                       left + (s + 0.5) * sx, top + plotH + 16, s);
  svg += fmt::format("<text x=\"{:.0f}\" y=\"{:.0f}\" text-anchor=\"middle\">execution step "
                     "(node)</text>\n",
                     left + plotW / 2, height - 10);
  const double by = top + plotH - static_cast<double>(bound) * sy;
  svg += fmt::format("<line x1=\"{0}\" y1=\"{1:.2f}\" x2=\"{2}\" y2=\"{1:.2f}\" stroke=\"red\" "
                     "stroke-dasharray=\"6,4\"/>\n<text x=\"{3}\" y=\"{4:.2f}\" fill=\"red\" "
                     "text-anchor=\"end\">lower bound</text>\n",
                     left, by, left + plotW, left + plotW - 4, by - 4);
  return svg + "</svg>\n";
}

} // namespace loom::graph
