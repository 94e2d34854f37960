// The live-set-minimal order of a graph's nodes.
#include "loom/graph/OperatorOrder.h"

#include "loom/graph/Liveness.h"
#include "loom/graph/Lowering.h"

#include <algorithm>
#include <map>
#include <set>

namespace loom::graph {

namespace {

// What the order search needs of each node: the buffers it reads and writes, as Liveness
// assigns them (PAD and RESHAPE outputs share their input's buffer and write nothing new).
struct Facts {
  std::vector<std::set<int>> reads, writes; // per node
  std::vector<std::vector<int>> users;      // per buffer: nodes reading it
  std::vector<int> producer;                // per buffer (-1: a model input)
  std::vector<int64_t> size;                // per buffer
  std::vector<bool> keep;                   // per buffer: a model output
  std::vector<bool> depthwise;              // per node
  std::vector<std::vector<int>> after;      // per node: the nodes producing tensors it reads
};

Facts factsOf(const Graph &g) {
  const ActivationBuffers act = activationBuffers(g, false);
  Facts f;
  const size_t nodes = g.nodes.size(), buffers = act.requests.size();
  f.reads.resize(nodes), f.writes.resize(nodes), f.users.resize(buffers);
  f.producer.assign(buffers, -1), f.keep.assign(buffers, false), f.depthwise.resize(nodes);
  f.after.resize(nodes);
  // Dependencies by tensor, not by buffer: a folded PAD or a RESHAPE writes no new buffer, yet
  // its consumer reads its output tensor and must run after it.
  std::vector<int> producerOfTensor(g.tensors.size(), -1);
  for (size_t i = 0; i < nodes; ++i)
    for (int t : g.nodes[i].outputs)
      if (t >= 0)
        producerOfTensor[static_cast<size_t>(t)] = static_cast<int>(i);
  for (size_t i = 0; i < nodes; ++i)
    for (int t : g.nodes[i].inputs)
      if (t >= 0 && producerOfTensor[static_cast<size_t>(t)] >= 0)
        f.after[i].push_back(producerOfTensor[static_cast<size_t>(t)]);
  for (size_t b = 0; b < buffers; ++b)
    f.size.push_back(act.requests[b].size);
  for (size_t i = 0; i < nodes; ++i) {
    const Node &n = g.nodes[i];
    f.depthwise[i] = isChannelwiseDepthwise(g, n);
    for (int t : dataInputs(g, n))
      if (const int b = t >= 0 ? act.bufferOfTensor[t] : -1; b >= 0)
        f.reads[i].insert(b);
    for (int t : n.outputs)
      if (const int b = t >= 0 ? act.bufferOfTensor[t] : -1; b >= 0 && !f.reads[i].count(b)) {
        f.writes[i].insert(b);
        if (f.producer[static_cast<size_t>(b)] < 0)
          f.producer[static_cast<size_t>(b)] = static_cast<int>(i);
      }
    for (int b : f.reads[i])
      f.users[static_cast<size_t>(b)].push_back(static_cast<int>(i));
  }
  for (int t : g.outputs)
    if (const int b = act.bufferOfTensor[t]; b >= 0)
      f.keep[static_cast<size_t>(b)] = true;
  return f;
}

using State = std::vector<bool>; // nodes already run

// Bytes alive between nodes once `done` has run.
int64_t liveBytes(const Facts &f, const State &done) {
  int64_t bytes = 0;
  for (size_t b = 0; b < f.size.size(); ++b) {
    const int p = f.producer[b];
    if (p >= 0 && !done[static_cast<size_t>(p)])
      continue;
    const bool needed = f.keep[b] || std::any_of(f.users[b].begin(), f.users[b].end(), [&](int u) {
                          return !done[static_cast<size_t>(u)];
                        });
    if (needed)
      bytes += f.size[b];
  }
  return bytes;
}

// Bytes alive while node v runs after `done`: what is alive plus its new outputs (a depthwise
// convolution whose input dies here writes over it, as the in-place plans do).
int64_t runningBytes(const Facts &f, const State &done, int v, int64_t live) {
  int64_t out = 0;
  for (int b : f.writes[static_cast<size_t>(v)])
    out += f.size[static_cast<size_t>(b)];
  if (f.depthwise[static_cast<size_t>(v)] && f.reads[static_cast<size_t>(v)].size() == 1) {
    const int in = *f.reads[static_cast<size_t>(v)].begin();
    const auto &users = f.users[static_cast<size_t>(in)];
    const bool dies = !f.keep[static_cast<size_t>(in)] &&
                      std::all_of(users.begin(), users.end(),
                                  [&](int u) { return u == v || done[static_cast<size_t>(u)]; });
    if (dies && out <= f.size[static_cast<size_t>(in)])
      out = 0;
  }
  return live + out;
}

bool ready(const Facts &f, const State &done, int v) {
  if (done[static_cast<size_t>(v)])
    return false;
  return std::all_of(f.after[static_cast<size_t>(v)].begin(), f.after[static_cast<size_t>(v)].end(),
                     [&](int p) { return done[static_cast<size_t>(p)]; });
}

int64_t peakOf(const Facts &f, const std::vector<int> &order) {
  State done(order.size(), false);
  int64_t peak = liveBytes(f, done);
  for (int v : order) {
    peak = std::max(peak, runningBytes(f, done, v, liveBytes(f, done)));
    done[static_cast<size_t>(v)] = true;
  }
  return peak;
}

} // namespace

bool OperatorOrder::changed() const {
  for (size_t i = 0; i < positions.size(); ++i)
    if (positions[i] != static_cast<int>(i))
      return true;
  return false;
}

OperatorOrder minPeakOrder(const Graph &g, int64_t maxStates) {
  const Facts f = factsOf(g);
  const int n = static_cast<int>(g.nodes.size());
  OperatorOrder out;
  for (int i = 0; i < n; ++i)
    out.positions.push_back(i);
  out.originalPeakBytes = out.peakBytes = peakOf(f, out.positions);
  // Level by level (sets of k nodes run): the smallest peak reaching each set, and how.
  struct Best {
    int64_t peak = 0, live = 0;
    int last = -1;
    const State *from = nullptr;
  };
  std::vector<std::map<State, Best>> levels(static_cast<size_t>(n) + 1);
  State none(static_cast<size_t>(n), false);
  levels[0][none] = {liveBytes(f, none), liveBytes(f, none), -1, nullptr};
  int64_t states = 1;
  for (int k = 0; k < n; ++k)
    for (const auto &[done, best] : levels[static_cast<size_t>(k)])
      for (int v = 0; v < n; ++v) {
        if (!ready(f, done, v))
          continue;
        State next = done;
        next[static_cast<size_t>(v)] = true;
        const int64_t peak = std::max(best.peak, runningBytes(f, done, v, best.live));
        auto [it, fresh] = levels[static_cast<size_t>(k) + 1].try_emplace(next);
        if (fresh) {
          if (++states > maxStates) {
            out.exact = false;
            return out;
          }
          it->second = {peak, liveBytes(f, next), v, &done};
        } else if (peak < it->second.peak) {
          it->second.peak = peak, it->second.last = v, it->second.from = &done;
        }
      }
  const auto &final = levels[static_cast<size_t>(n)].begin()->second;
  if (final.peak >= out.originalPeakBytes)
    return out; // ties keep the graph's own order
  std::vector<int> order;
  const Best *b = &final;
  for (size_t level = static_cast<size_t>(n); level > 0; --level) {
    order.push_back(b->last);
    b = &levels[level - 1].at(*b->from);
  }
  std::reverse(order.begin(), order.end());
  out.positions = order;
  out.peakBytes = final.peak;
  return out;
}

Graph withOrder(const Graph &g, const std::vector<int> &positions) {
  Graph out = g;
  out.nodes.clear();
  for (int p : positions)
    out.nodes.push_back(g.nodes[static_cast<size_t>(p)]);
  return out;
}

} // namespace loom::graph
