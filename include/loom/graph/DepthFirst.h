// Depth-first execution of a chain of layers by row bands (tensor splitting along H, as TinyTS
// does): the segment's output is produced `rows` rows per step, and each step runs every layer of
// the segment on just the rows that step needs. Tensors produced and consumed inside the segment
// are never whole: each lives in a band buffer holding the rows still to be read (a window that
// slides down the tensor; at the start of a step the rows kept are moved to the top of the
// buffer), so nothing is computed twice. The segment's inputs and output are whole tensors; an
// input that dies in the segment may share memory with the output ("evict-in"): output rows only
// land on input rows no later step reads.
//
// This is a plan transformation: the kernels are the layers' own ops on row slices
// (ops/RowSlice.h), scheduled like any other op of that shape.
#pragma once

#include "loom/graph/Graph.h"
#include "loom/graph/Liveness.h"
#include "loom/graph/Lowering.h"
#include "loom/ops/RowSlice.h"
#include "loom/support/Error.h"

#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

namespace loom::graph {

// Nodes [first, last] (positions in the graph's node order) run depth-first, `rows` rows of the
// segment's output per step ("3-17:2"), or (rows 0, "3-17:L" / "3-17:L2") with line buffers:
// one row of each layer at a time, as its consumers pull it, every band holding the fewest rows
// possible plus `slack` (more slack: fewer moves).
//
// Patch-based execution (MCUNetV2), "3-17:P2x2": the segment's output is cut into a grid of
// patches; each patch runs the whole segment (a chain of layers) on the input rectangle its
// receptive field needs, in patch-sized buffers, and its tile is pasted into the output. Halos
// overlap and are recomputed (reported as extra MACs); the input is cut out of the whole input.
//
// Line buffers with a patched head, "3-17:L/2x8": the first 2 layers of the segment (a chain
// from its input) run per output row of the second in 8 column chunks, each chunk a small patch
// (its receptive field cut out of the input, the first layer on it, the second writing the
// chunk straight into its row of the band). The first layer's output never needs full rows:
// where a wide early tensor feeds a window (a 3x3 depthwise after an expanding convolution),
// its three-row band becomes a patch of a few columns, for recomputed halo MACs.
struct DepthFirstSegment {
  int first = 0, last = 0, rows = 1;
  int slack = 0;
  int patchRows = 0, patchCols = 0;    // a patch grid (rows is then ignored)
  int headLayers = 0, headColumns = 0; // line buffers only: the patched head
  bool operator==(const DepthFirstSegment &) const = default;
};
std::string toString(const DepthFirstSegment &s); // "3-17:2"
Expected<DepthFirstSegment> parseSegment(const std::string &text);

struct BandedBuffer {
  int buffer = -1;  // activation buffer (Liveness) it replaces
  int rowsHeld = 0; // capacity of the band, in rows
  int64_t rowBytes = 0;
};

struct SegmentSchedule {
  // Patch-based segments: per patch, the input rectangle cut out, the calls (each a node on an
  // output rectangle) and the tile pasted. Inner tensors live in patch-sized buffers; two more
  // requests hold the cut-out input and the last layer's tile.
  struct Rect {
    ops::RowRange rows, cols;
  };
  struct PatchCall {
    int node = -1;
    Rect output, input;
    int outputBuffer = -1; // the whole tensor's buffer (the patch lives in its own)
  };
  struct Patch {
    Rect input;
    std::vector<PatchCall> calls;
  };
  struct Slice {   // one kernel call: a node on some of its output rows
    int node = -1; // -1: the application writes rows of the streamed model input
    ops::RowRange output;
    std::vector<ops::RowRange> inputs; // per kernel input, the rows read
    bool inPlace = false;              // a depthwise row written over the first input row it reads
    // A patched head's row: per column chunk, the cut-out and the head's calls; the last call
    // writes its chunk of `output` (one row) into the band. Empty for any other slice.
    std::vector<Patch> head;
  };
  struct Move { // at the start of a step: the rows kept of a band move to its top
    int buffer = -1;
    int fromRow = 0, rows = 0; // buffer rows [fromRow, fromRow + rows) -> [0, rows)
  };
  struct Step {
    std::vector<Move> moves;
    std::vector<Slice> slices;
    std::map<int, int> windowStart; // banded buffer -> tensor row held at buffer row 0
    // A depthwise output kept in its input's band: tensor buffer -> (band buffer, band row) of
    // the row written or read in this step.
    std::map<int, std::pair<int, int>> placedIn;
  };
  DepthFirstSegment segment;
  std::vector<Step> steps;
  std::vector<BandedBuffer> banded;
  std::vector<int> inputs; // whole buffers read (produced before the segment)
  int output = -1;         // the whole buffer written
  // Evict-in: `evictedInput` dies in the segment, and the output may overlap it as long as
  // offset(output) - offset(input) <= maxOutputShift (no output row lands on an input row a
  // later slice reads).
  std::optional<int> evictedInput;
  int64_t maxOutputShift = 0;
  std::map<int, int64_t> rowBytes; // every buffer the segment touches
  std::map<int, int> height;
  bool streamsInput = false; // the model input is a band filled by the application

  std::vector<Patch> patches;
  std::map<int, int64_t> patchBytes; // inner buffer (of patches or a head) -> its largest patch
  std::map<int, int> channelBytes;   // buffer -> bytes per pixel
  std::map<int, int> width;
  int64_t inputPatchBytes = 0, outputPatchBytes = 0;
  int inputPatchBuffer = -1, outputPatchBuffer = -1; // set by the layout
  int headInput = -1;                                // the buffer a patched head cuts from
  int64_t extraMacs = 0;                             // recomputed halos
  bool isPatched() const { return !patches.empty(); }
};

// What scheduling needs of each node, computed once per graph (searches schedule many segments).
struct RowNode {
  int node = -1;
  std::string error;                   // why it cannot run on row slices ("" if it can)
  bool pad = false;                    // a PAD folded into its consumer: nothing to run
  bool depthwise = false;              // a depthwise convolution (may run in its input band)
  bool windowed = false;               // a convolution or pooling (runs on rectangles too)
  std::vector<int> inputs;             // buffers of the kernel's activation inputs
  std::vector<ops::RowWindow> windows; // per input
  std::vector<ops::RowWindow> columns; // per input: the same along the width
  int output = -1;
  std::vector<std::tuple<int, int64_t, int>> dims; // (buffer, row bytes, rows) per tensor
  std::vector<std::tuple<int, int, int>> pixels;   // (buffer, width, bytes per pixel)
};
std::vector<RowNode> rowNodes(const Graph &g, const ActivationBuffers &act);

// The row schedule of `segment`, or why it cannot run depth-first (naming the node): every node
// must be a convolution, depthwise or pointwise convolution, pooling, same-shape ADD or a folded
// PAD, on 4-D tensors, and the segment must have exactly one output used after it.
// streamInput: if the segment reads the model input and nothing after it does, the input is not
// kept whole: the application writes it a band of rows at a time, when the segment needs them
// (a camera's lines), into a band buffer like any inner tensor.
Expected<SegmentSchedule> scheduleSegment(const Graph &g, const ActivationBuffers &act,
                                          const DepthFirstSegment &segment,
                                          const std::vector<RowNode> *nodes = nullptr,
                                          bool streamInput = false);

// The activation buffers of a whole plan: layer-by-layer lifetimes (Liveness.h), then for each
// segment band buffers instead of its inner tensors, its inputs and output alive across it and
// the output over a dying input. Segments must not overlap.
struct DepthFirstLayout {
  ActivationBuffers activations; // layer by layer
  std::vector<BufferRequest> requests;
  std::vector<SegmentSchedule> segments;
};
Expected<DepthFirstLayout> depthFirstLayout(const Graph &g, bool inPlaceDepthwise,
                                            const std::vector<DepthFirstSegment> &segments,
                                            bool streamInput = false);
// The same from the layer-by-layer buffers (computed once by a search).
Expected<DepthFirstLayout> depthFirstLayout(const Graph &g, const ActivationBuffers &act,
                                            const std::vector<DepthFirstSegment> &segments,
                                            bool streamInput = false);
// The same from schedules already made.
DepthFirstLayout depthFirstLayout(const ActivationBuffers &act,
                                  std::vector<SegmentSchedule> schedules);

// One line per step: the moves and slices, for reports and golden tests.
std::string dumpSchedule(const Graph &g, const SegmentSchedule &s);

} // namespace loom::graph
