// Lifetimes of a graph's activation tensors, and where each tensor lies in its buffer.
#include "loom/graph/Liveness.h"
#include "loom/graph/Lowering.h"
#include "loom/ops/Concat.h"
#include "loom/ops/DataMovement.h"

#include <algorithm>
#include <numeric>
#include <optional>
#include <set>
#include <tuple>

namespace loom::graph {

namespace {

// Word-aligned parts: kernels load and store packed words, and LDRD/LDM need word alignment.
constexpr int64_t kViewAlignment = 4;

struct LoweredAt {
  std::optional<LoweredNode> node; // empty when lowering failed (compilation reports it)
  int input = -1;
};

// Tensor `part` placed at byte `offset` of tensor `whole`: contiguous, or (rowBytes > 0) as rows
// of rowBytes bytes, pitch bytes apart.
struct ViewLink {
  int part, whole;
  int64_t offset, rowBytes = 0, pitch = 0;
};
// A node its placement can compute: a concatenation (a link per input, contiguous or by rows) or
// a contiguous slice (one link, the output in the input).
struct ViewCandidate {
  size_t position;
  std::vector<ViewLink> links;
};

std::optional<ViewCandidate> viewCandidate(const Node &n, size_t position, const LoweredAt &l) {
  const auto *op = l.node ? std::get_if<ops::Op>(&*l.node) : nullptr;
  if (!op)
    return std::nullopt;
  // Both ops move 8-bit elements, so element indices are byte offsets.
  if (const auto *c = std::get_if<ops::ConcatParams>(op)) {
    const auto placed = ops::inputPlacement(*c);
    if (!placed || placed->starts.size() != n.inputs.size())
      return std::nullopt;
    ViewCandidate v{position, {}};
    for (size_t k = 0; k < n.inputs.size(); ++k)
      v.links.push_back(placed->rows == 1 ? ViewLink{n.inputs[k], n.outputs[0], placed->starts[k]}
                                          : ViewLink{n.inputs[k], n.outputs[0], placed->starts[k],
                                                     placed->lengths[k], placed->pitch});
    return v;
  }
  if (const auto *s = std::get_if<ops::SliceParams>(op))
    if (const auto place = ops::slicePlacement(*s))
      return ViewCandidate{position,
                           {place->rows == 1 ? ViewLink{n.outputs[0], l.input, place->start}
                                             : ViewLink{n.outputs[0], l.input, place->start,
                                                        place->rowElements, place->pitch}}};
  return std::nullopt;
}

// A part placed by rows is accessed there only by kernels that can address rows at a pitch
// (ops::rowsAtPitch; one kernel call each, its rows at a dimension boundary of its buffer). A
// concatenation's part: its one producer's kernel writes them and the concatenation is its only
// reader. A slice's part (the view's own output): every reader is a kernel that reads them (none
// may be a model output, checked with the view). Rows start word-aligned.
bool rowsCanBePlaced(const Graph &g, const std::vector<LoweredAt> &lowered, size_t view,
                     const ViewLink &l) {
  if (l.pitch % kViewAlignment)
    return false;
  const bool sliced = g.nodes[view].outputs[0] == l.part;
  int producers = 0, readers = 0;
  for (size_t s = 0; s < g.nodes.size(); ++s) {
    const Node &n = g.nodes[s];
    const auto *op = lowered[s].node ? std::get_if<ops::Op>(&*lowered[s].node) : nullptr;
    const int reads = static_cast<int>(std::count(n.inputs.begin(), n.inputs.end(), l.part));
    readers += reads;
    if (sliced && reads > 0 &&
        (reads > 1 || !op || !ops::rowsAtPitch(*op, ir::BufferRole::Input, l.rowBytes)))
      return false;
    if (std::find(n.outputs.begin(), n.outputs.end(), l.part) == n.outputs.end())
      continue;
    ++producers;
    if (!sliced && (n.outputs.size() != 1 || !op ||
                    !ops::rowsAtPitch(*op, ir::BufferRole::Output, l.rowBytes)))
      return false;
  }
  return producers == 1 && (sliced ? readers > 0 : readers == 1);
}

// Tensors placed in other tensors' bytes: aliases (RESHAPE, a folded PAD) at offset 0 and views at
// their part's start.
class Placement {
public:
  explicit Placement(size_t tensors)
      : parent_(tensors), offset_(tensors, 0), rowBytes_(tensors, 0), pitch_(tensors, 0),
        view_(tensors) {
    std::iota(parent_.begin(), parent_.end(), 0);
  }
  void link(int part, const ViewLink &l, bool view) {
    const auto t = static_cast<size_t>(part);
    parent_[t] = l.whole, offset_[t] = l.offset, view_[t] = view;
    rowBytes_[t] = l.rowBytes, pitch_[t] = l.pitch;
  }
  // The tensor owning t's bytes, t's offset in it, whether a view is on the way and whether a
  // placement by rows is.
  struct Root {
    int tensor;
    int64_t offset;
    bool view, rows;
  };
  Root root(int t) const {
    Root r{t, 0, false, false};
    while (parent_[static_cast<size_t>(r.tensor)] != r.tensor) {
      const auto at = static_cast<size_t>(r.tensor);
      r.offset += offset_[at];
      r.view = r.view || view_[at];
      r.rows = r.rows || rowBytes_[at] > 0;
      r.tensor = parent_[at];
    }
    return r;
  }
  // How t's own link places it by rows (0, 0 when contiguous).
  std::pair<int64_t, int64_t> rows(int t) const {
    return {rowBytes_[static_cast<size_t>(t)], pitch_[static_cast<size_t>(t)]};
  }
  // Whether another tensor lies in t's bytes.
  bool holdsOthers(int t) const {
    for (size_t u = 0; u < parent_.size(); ++u)
      if (parent_[u] == t && static_cast<int>(u) != t)
        return true;
    return false;
  }
  // Whether any of `tensors` lies in the bytes `owner` owns.
  bool owns(int owner, const std::set<int> &tensors) const {
    return std::any_of(tensors.begin(), tensors.end(),
                       [&](int t) { return t >= 0 && root(t).tensor == owner; });
  }

private:
  std::vector<int> parent_;
  std::vector<int64_t> offset_, rowBytes_, pitch_;
  std::vector<bool> view_;
};

// Applies a view when all its links are legal: each part is the whole of its own bytes, a
// distinct activation, word-aligned in the whole, and no model input or output (the application
// reads and writes those at their buffer's start). A part placed by rows holds no other tensor
// (an alias would read it densely) and its whole lies contiguously in its own buffer.
bool applyView(const Graph &g, Placement &p, const ViewCandidate &v, const std::set<int> &io) {
  std::set<int> parts;
  for (const ViewLink &l : v.links) {
    const auto part = p.root(l.part), whole = p.root(l.whole);
    const Tensor &x = g.tensors[static_cast<size_t>(part.tensor)];
    const Tensor &w = g.tensors[static_cast<size_t>(whole.tensor)];
    if (l.offset % kViewAlignment || part.offset != 0 ||
        x.byteSize() != g.tensors[static_cast<size_t>(l.part)].byteSize() ||
        part.tensor == whole.tensor || !parts.insert(part.tensor).second || x.isConstant() ||
        x.variable || w.isConstant() || w.variable || p.owns(part.tensor, io))
      return false;
    // Offsets inside a tensor placed by rows are not its buffer's offsets: no view nests in one.
    if (part.rows || whole.rows ||
        (l.rowBytes > 0 && (part.tensor != l.part || p.holdsOthers(l.part))))
      return false;
  }
  for (const ViewLink &l : v.links)
    p.link(p.root(l.part).tensor, l, true);
  return true;
}

ActivationBuffers build(const Graph &g, const std::vector<LoweredAt> &lowered,
                        bool inPlaceDepthwise, const std::vector<ViewCandidate> &candidates,
                        const std::vector<bool> &take) {
  ActivationBuffers out;
  const int tensors = static_cast<int>(g.tensors.size());
  // What lowering says: a folded PAD and a RESHAPE share their input's bytes; a shape
  // computation stores nothing.
  Placement placement(g.tensors.size());
  std::vector<bool> shapeOnly(tensors, false);
  for (size_t s = 0; s < g.nodes.size(); ++s) {
    const Node &n = g.nodes[s];
    const auto &node = lowered[s].node;
    if (!node)
      continue;
    if (const auto *a = std::get_if<Alias>(&*node); a && a->source >= 0)
      placement.link(n.outputs[0], ViewLink{n.outputs[0], a->source, 0}, false);
    else if (std::holds_alternative<ShapeOnly>(*node))
      for (int t : n.outputs)
        shapeOnly[t] = true;
  }
  std::set<int> io(g.inputs.begin(), g.inputs.end());
  io.insert(g.outputs.begin(), g.outputs.end());
  out.viewNode.assign(g.nodes.size(), false);
  for (size_t c = 0; c < candidates.size(); ++c)
    if (take[c] && applyView(g, placement, candidates[c], io))
      out.viewNode[candidates[c].position] = true;

  out.bufferOfTensor.assign(tensors, -1);
  out.offsetOfTensor.assign(tensors, 0);
  out.viewTensor.assign(tensors, false);
  out.rowBytesOfTensor.assign(tensors, 0);
  out.pitchOfTensor.assign(tensors, 0);
  std::vector<int> bufferOfRoot(tensors, -1);
  auto bufferOf = [&](int t) -> int {
    if (t < 0 || g.tensors[t].isConstant() || shapeOnly[t])
      return -1;
    const auto root = placement.root(t);
    int &b = bufferOfRoot[static_cast<size_t>(root.tensor)];
    if (b < 0) {
      b = static_cast<int>(out.requests.size());
      BufferRequest r;
      r.name = g.tensors[root.tensor].name;
      // The buffer holds the root tensor: a PAD output is never materialised (the consuming
      // convolution reads the unpadded tensor), a RESHAPE output has the same bytes and a view
      // lies inside.
      r.size = g.tensors[root.tensor].byteSize();
      r.first = INT32_MAX;
      r.last = -1;
      out.requests.push_back(r);
    }
    out.bufferOfTensor[t] = b;
    out.offsetOfTensor[t] = root.offset;
    out.viewTensor[t] = root.view;
    std::tie(out.rowBytesOfTensor[t], out.pitchOfTensor[t]) = placement.rows(t);
    return b;
  };
  const int lastStep = static_cast<int>(g.nodes.size()) - 1;
  auto use = [&](int t, int step) {
    const int b = bufferOf(t);
    if (b < 0)
      return;
    BufferRequest &r = out.requests[static_cast<size_t>(b)];
    r.first = std::min(r.first, step);
    r.last = std::max(r.last, step);
  };
  for (int t : g.inputs)
    use(t, 0);
  for (size_t s = 0; s < g.nodes.size(); ++s) {
    for (int t : dataInputs(g, g.nodes[s]))
      use(t, static_cast<int>(s));
    for (int t : g.nodes[s].outputs)
      use(t, static_cast<int>(s));
  }
  for (int t : g.outputs)
    use(t, lastStep);

  if (inPlaceDepthwise)
    for (size_t s = 0; s < g.nodes.size(); ++s) {
      const Node &n = g.nodes[s];
      if (!isChannelwiseDepthwise(g, n))
        continue;
      const int in = bufferOf(n.inputs[0]), o = bufferOf(n.outputs[0]);
      // The in-place nests write over their input from its first byte: whole buffers only.
      if (in < 0 || o < 0 || in == o || out.viewTensor[n.inputs[0]] || out.viewTensor[n.outputs[0]])
        continue;
      const BufferRequest &input = out.requests[static_cast<size_t>(in)];
      BufferRequest &output = out.requests[static_cast<size_t>(o)];
      if (input.last == static_cast<int>(s) && output.first == static_cast<int>(s) &&
          output.size <= input.size)
        output.inPlaceOf = static_cast<size_t>(in);
    }
  return out;
}

} // namespace

ActivationBuffers activationBuffers(const Graph &g, bool inPlaceDepthwise, bool views) {
  std::vector<LoweredAt> lowered(g.nodes.size());
  std::vector<ViewCandidate> candidates;
  for (size_t s = 0; s < g.nodes.size(); ++s) {
    auto node = lowerNode(g, g.nodes[s], lowered[s].input);
    if (!node)
      continue;
    lowered[s].node = std::move(*node);
  }
  for (size_t s = 0; s < g.nodes.size() && views; ++s)
    if (auto v = viewCandidate(g.nodes[s], s, lowered[s]))
      if (std::all_of(v->links.begin(), v->links.end(), [&](const ViewLink &l) {
            return l.rowBytes == 0 || rowsCanBePlaced(g, lowered, s, l);
          }))
        candidates.push_back(std::move(*v));
  // Views in node order, each kept when it does not raise the live-set peak (a copy is the
  // better plan when a part is produced long before the others and would hold the whole early).
  std::vector<bool> take(candidates.size(), false);
  ActivationBuffers best = build(g, lowered, inPlaceDepthwise, candidates, take);
  int64_t bound = lowerBound(best.requests);
  for (size_t c = 0; c < candidates.size(); ++c) {
    take[c] = true;
    ActivationBuffers trial = build(g, lowered, inPlaceDepthwise, candidates, take);
    const int64_t trialBound = lowerBound(trial.requests);
    if (trial.viewNode[candidates[c].position] && trialBound <= bound)
      best = std::move(trial), bound = trialBound;
    else
      take[c] = false;
  }
  return best;
}

} // namespace loom::graph
