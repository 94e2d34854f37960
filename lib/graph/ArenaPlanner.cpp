// Arena planning: placement of lifetime-annotated buffers in one arena.
#include "loom/graph/ArenaPlanner.h"

#include <fmt/format.h>

#include <algorithm>
#include <functional>
#include <map>
#include <numeric>
#include <random>

namespace loom::graph {

namespace {

int64_t align(int64_t v) { return (v + kArenaAlignment - 1) / kArenaAlignment * kArenaAlignment; }

bool liveTogether(const BufferRequest &a, const BufferRequest &b) {
  return a.first <= b.last && b.first <= a.last;
}

// In-place chains are placed as one group: the group spans its members at their declared shifts
// from each other and its lifetime is the union; members get the group's offset plus their shift.
struct Group {
  std::vector<size_t> members;
  int64_t size = 0;
  int first = 0, last = 0;
};

std::vector<Group> groups(const std::vector<BufferRequest> &r, std::vector<size_t> &groupOf,
                          std::vector<int64_t> &shift) {
  std::vector<size_t> root(r.size());
  std::iota(root.begin(), root.end(), 0);
  auto find = [&](size_t i) {
    while (root[i] != i)
      i = root[i] = root[root[i]];
    return i;
  };
  for (size_t i = 0; i < r.size(); ++i)
    if (r[i].inPlaceOf && *r[i].inPlaceOf < r.size())
      root[find(i)] = find(*r[i].inPlaceOf);
  // Shift of each member from the start of its chain (chains are trees: one source each).
  std::vector<int> state(r.size(), 0); // 0 unknown, 1 resolving, 2 known
  shift.assign(r.size(), 0);
  std::function<int64_t(size_t)> resolve = [&](size_t i) -> int64_t {
    if (state[i] == 2)
      return shift[i];
    state[i] = 1;
    int64_t v = 0;
    if (r[i].inPlaceOf && *r[i].inPlaceOf < r.size() && state[*r[i].inPlaceOf] != 1)
      v = resolve(*r[i].inPlaceOf) + r[i].inPlaceShift;
    state[i] = 2;
    return shift[i] = v;
  };
  for (size_t i = 0; i < r.size(); ++i)
    resolve(i);
  std::map<size_t, size_t> index;
  std::vector<Group> out;
  std::vector<int64_t> lowest;
  groupOf.assign(r.size(), 0);
  for (size_t i = 0; i < r.size(); ++i) {
    size_t g = find(i);
    auto [it, fresh] = index.emplace(g, out.size());
    if (fresh) {
      out.push_back({{}, 0, r[i].first, r[i].last});
      lowest.push_back(shift[i]);
    }
    Group &grp = out[it->second];
    grp.members.push_back(i);
    grp.first = std::min(grp.first, r[i].first);
    grp.last = std::max(grp.last, r[i].last);
    lowest[it->second] = std::min(lowest[it->second], shift[i]);
    groupOf[i] = it->second;
  }
  for (size_t i = 0; i < r.size(); ++i) {
    shift[i] -= lowest[groupOf[i]];
    Group &grp = out[groupOf[i]];
    grp.size = std::max(grp.size, shift[i] + align(r[i].size));
  }
  return out;
}

// Places groups in `order`, each at the lowest offset (first fit) or in the smallest gap that
// fits (best fit) among groups already placed whose lifetimes overlap.
ArenaPlan place(const std::vector<BufferRequest> &r, const std::vector<Group> &g,
                const std::vector<size_t> &groupOf, const std::vector<int64_t> &shift,
                const std::vector<size_t> &order, bool bestFit, std::string algorithm) {
  std::vector<int64_t> offset(g.size(), -1);
  for (size_t gi : order) {
    // Base offsets the group may not take: a member would overlap a placed member live at the
    // same time. Members are compared one by one, so a group whose members live at different
    // times (a depth-first chain) only blocks what is live when it is.
    std::vector<std::pair<int64_t, int64_t>> forbidden; // [lo, hi)
    for (size_t o = 0; o < g.size(); ++o) {
      if (offset[o] < 0 || g[o].first > g[gi].last || g[gi].first > g[o].last)
        continue;
      for (size_t mo : g[o].members)
        for (size_t m : g[gi].members)
          if (r[m].size > 0 && r[mo].size > 0 && liveTogether(r[m], r[mo])) {
            const int64_t start = offset[o] + shift[mo], end = start + align(r[mo].size);
            forbidden.push_back({start - shift[m] - align(r[m].size) + 1, end - shift[m]});
          }
    }
    std::sort(forbidden.begin(), forbidden.end());
    int64_t best = -1, bestWaste = INT64_MAX, cursor = 0;
    for (const auto &[lo, hi] : forbidden) {
      if (lo > cursor) {
        const int64_t waste = lo - cursor;
        if (!bestFit) {
          best = cursor;
          break;
        }
        if (waste < bestWaste)
          best = cursor, bestWaste = waste;
      }
      cursor = std::max(cursor, hi);
    }
    offset[gi] = best >= 0 ? best : cursor;
  }
  ArenaPlan p;
  p.algorithm = std::move(algorithm);
  p.offsets.resize(r.size());
  for (size_t i = 0; i < r.size(); ++i) {
    p.offsets[i] = offset[groupOf[i]] + shift[i];
    p.arenaBytes = std::max(p.arenaBytes, p.offsets[i] + align(r[i].size));
  }
  return p;
}

ArenaPlan planWithOrder(const std::vector<BufferRequest> &r, bool bestFit, std::string algorithm,
                        const std::function<bool(const Group &, const Group &)> &before) {
  std::vector<size_t> groupOf;
  std::vector<int64_t> shift;
  auto g = groups(r, groupOf, shift);
  std::vector<size_t> order(g.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return before(g[a], g[b]); });
  return place(r, g, groupOf, shift, order, bestFit, std::move(algorithm));
}

} // namespace

std::vector<int64_t> liveBytesPerStep(const std::vector<BufferRequest> &r) {
  std::vector<size_t> groupOf;
  std::vector<int64_t> shift;
  auto g = groups(r, groupOf, shift);
  int lastStep = -1;
  for (const auto &x : r)
    lastStep = std::max(lastStep, x.last);
  std::vector<int64_t> live(static_cast<size_t>(lastStep + 1), 0);
  std::vector<std::pair<int64_t, int64_t>> span(g.size());
  for (int t = 0; t <= lastStep; ++t) {
    // A group counts with the span of its members live at t, at their shifts.
    std::fill(span.begin(), span.end(), std::pair{INT64_MAX, INT64_MIN});
    for (size_t i = 0; i < r.size(); ++i) {
      if (r[i].first > t || r[i].last < t || r[i].size == 0)
        continue;
      auto &sp = span[groupOf[i]];
      sp.first = std::min(sp.first, shift[i]);
      sp.second = std::max(sp.second, shift[i] + align(r[i].size));
    }
    for (const auto &sp : span)
      if (sp.first != INT64_MAX)
        live[static_cast<size_t>(t)] += sp.second - sp.first;
  }
  return live;
}

int64_t lowerBound(const std::vector<BufferRequest> &r) {
  const auto live = liveBytesPerStep(r);
  return live.empty() ? 0 : *std::max_element(live.begin(), live.end());
}

ArenaPlan planGreedyBySize(const std::vector<BufferRequest> &r) {
  return planWithOrder(r, false, "greedy-by-size",
                       [](const Group &a, const Group &b) { return a.size > b.size; });
}

ArenaPlan planBestFitInTimeOrder(const std::vector<BufferRequest> &r) {
  return planWithOrder(r, true, "best-fit-in-time-order", [](const Group &a, const Group &b) {
    return a.first != b.first ? a.first < b.first : a.size > b.size;
  });
}

ArenaPlan planRandomSearch(const std::vector<BufferRequest> &r, int restarts, uint32_t seed) {
  std::vector<size_t> groupOf;
  std::vector<int64_t> shift;
  auto g = groups(r, groupOf, shift);
  std::vector<size_t> order(g.size());
  std::iota(order.begin(), order.end(), 0);
  // Start from the size order and perturb it: swaps of nearby positions keep most of what makes
  // size order good while exploring ties and near-ties.
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return g[a].size > g[b].size; });
  std::mt19937 rng(seed);
  ArenaPlan best = place(r, g, groupOf, shift, order, false, "random-search");
  for (int i = 0; i < restarts && order.size() > 1; ++i) {
    std::vector<size_t> candidate = order;
    const int swaps = 1 + static_cast<int>(rng() % 4);
    for (int s = 0; s < swaps; ++s) {
      size_t a = rng() % candidate.size();
      size_t b = std::min(candidate.size() - 1, a + 1 + rng() % 4);
      std::swap(candidate[a], candidate[b]);
    }
    for (bool bestFit : {false, true}) {
      ArenaPlan p = place(r, g, groupOf, shift, candidate, bestFit, "random-search");
      if (p.arenaBytes < best.arenaBytes) {
        best = p;
        order = candidate;
      }
    }
  }
  return best;
}

ArenaPlan plan(const std::vector<BufferRequest> &r) {
  // A chain of streamed pairs (depth-first segments one after another, each output over its
  // input) drifts down by each pair's shift; planned as one rigid group it can need more than
  // placing some outputs elsewhere. A streamed link is permission, not an obligation: the plans
  // are also made with every other link of a chain cut and with none, and the smallest wins
  // (any of them verifies against the requests with all links).
  std::vector<std::vector<BufferRequest>> variants{r};
  auto cut = [&](bool everyOther) {
    std::vector<BufferRequest> v = r;
    for (size_t i = 0; i < v.size(); ++i) {
      if (!r[i].streamed || !r[i].inPlaceOf)
        continue;
      const BufferRequest &src = r[*r[i].inPlaceOf];
      if (!everyOther || (src.streamed && src.inPlaceOf && !r[*src.inPlaceOf].streamed))
        v[i].inPlaceOf.reset(), v[i].inPlaceShift = 0, v[i].streamed = false;
    }
    return v;
  };
  if (std::any_of(r.begin(), r.end(), [](const BufferRequest &x) { return x.streamed; })) {
    variants.push_back(cut(true));
    variants.push_back(cut(false));
  }
  ArenaPlan best;
  for (const auto &v : variants)
    for (ArenaPlan p :
         {planGreedyBySize(v), planBestFitInTimeOrder(v), planRandomSearch(v, 400, 1)})
      if (best.offsets.empty() || p.arenaBytes < best.arenaBytes)
        best = std::move(p);
  return best;
}

Status verifyPlan(const std::vector<BufferRequest> &r, const ArenaPlan &p) {
  if (p.offsets.size() != r.size())
    return Error{fmt::format("plan has {} offsets for {} buffers", p.offsets.size(), r.size())};
  for (size_t i = 0; i < r.size(); ++i) {
    if (r[i].size < 0 || r[i].first > r[i].last)
      return Error{fmt::format("buffer '{}' has size {} and lifetime [{}, {}]", r[i].name,
                               r[i].size, r[i].first, r[i].last)};
    if (p.offsets[i] < 0 || p.offsets[i] % kArenaAlignment)
      return Error{fmt::format("buffer '{}' at offset {} is not {}-byte aligned", r[i].name,
                               p.offsets[i], kArenaAlignment)};
    if (p.offsets[i] + r[i].size > p.arenaBytes)
      return Error{fmt::format("buffer '{}' [{}, {}) ends past the arena of {} bytes", r[i].name,
                               p.offsets[i], p.offsets[i] + r[i].size, p.arenaBytes)};
    if (auto src = r[i].inPlaceOf) {
      if (*src >= r.size() || (!r[i].streamed && r[*src].last != r[i].first))
        return Error{fmt::format("buffer '{}' is in place of a buffer that does not die when it "
                                 "is born",
                                 r[i].name)};
    }
  }
  for (size_t i = 0; i < r.size(); ++i)
    for (size_t j = i + 1; j < r.size(); ++j) {
      if (!liveTogether(r[i], r[j]) || r[i].size == 0 || r[j].size == 0)
        continue;
      const bool overlap =
          p.offsets[i] < p.offsets[j] + r[j].size && p.offsets[j] < p.offsets[i] + r[i].size;
      if (!overlap)
        continue;
      // A legal in-place pair sits at its declared shift (an in-place op's pair shares its start
      // and touches only at the handover step).
      const bool inPlace =
          (r[j].inPlaceOf == i && p.offsets[j] - p.offsets[i] == r[j].inPlaceShift) ||
          (r[i].inPlaceOf == j && p.offsets[i] - p.offsets[j] == r[i].inPlaceShift);
      if (!inPlace)
        return Error{fmt::format("buffers '{}' [{}, {}) and '{}' [{}, {}) overlap while both are "
                                 "live (steps {}-{} and {}-{})",
                                 r[i].name, p.offsets[i], p.offsets[i] + r[i].size, r[j].name,
                                 p.offsets[j], p.offsets[j] + r[j].size, r[i].first, r[i].last,
                                 r[j].first, r[j].last)};
    }
  return {};
}

std::string dumpPlan(const std::vector<BufferRequest> &r, const ArenaPlan &p) {
  std::string out = fmt::format("arena {} bytes ({}), lower bound {} bytes\n", p.arenaBytes,
                                p.algorithm, lowerBound(r));
  constexpr int kWidth = 60;
  for (size_t i = 0; i < r.size(); ++i) {
    std::string bar(kWidth, '.');
    if (p.arenaBytes > 0) {
      const int a = static_cast<int>(p.offsets[i] * kWidth / p.arenaBytes);
      const int b =
          static_cast<int>((p.offsets[i] + r[i].size + p.arenaBytes - 1) * kWidth / p.arenaBytes);
      for (int k = a; k < std::min(b, kWidth); ++k)
        bar[static_cast<size_t>(k)] = '#';
    }
    out += fmt::format("{:>9} {:>8} [{:>3},{:>3}] {} {}\n", p.offsets[i], r[i].size, r[i].first,
                       r[i].last, bar, r[i].name);
  }
  return out;
}

} // namespace loom::graph
