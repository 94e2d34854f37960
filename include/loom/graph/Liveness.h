// Buffer requests for the activations of a graph executed in node order: one buffer per tensor
// that is not a constant, PAD and RESHAPE outputs sharing their input's buffer (PAD is folded into
// the convolution that consumes it, RESHAPE is a view), lifetimes from the producing node to the
// last consumer (model inputs from the first node, model outputs to the last).
//
// Views instead of copies: a CONCATENATION (or PACK) has its producers write straight into their
// part of the output buffer: one after another when nothing precedes the axis, else row by row
// at the output's row pitch (a channel concatenation: each producer writes its channels of every
// pixel, ops::writesRowsAtPitch); and a slice
// selecting a contiguous run of its input (a SPLIT along the outermost axis, for example) reads
// it where it lies; neither runs a kernel. A tensor so placed sits at an offset inside another
// tensor's buffer, which then lives from its first producer to its last reader. A view is taken
// when it does not raise the live-set peak (lowerBound): a copy saves memory when a part is
// produced long before the others.
#pragma once

#include "loom/graph/ArenaPlanner.h"
#include "loom/graph/Graph.h"

#include <vector>

namespace loom::graph {

struct ActivationBuffers {
  std::vector<BufferRequest> requests;
  std::vector<int> bufferOfTensor;     // -1 for constants
  std::vector<int64_t> offsetOfTensor; // where a tensor's bytes start in its buffer (views)
  std::vector<bool> viewTensor;        // placed inside another tensor's bytes by a view
  // A tensor placed by rows (its producer writes rows of rowBytes bytes, pitch bytes apart from
  // its offset); 0 when its bytes are contiguous.
  std::vector<int64_t> rowBytesOfTensor, pitchOfTensor;
  std::vector<bool> viewNode; // per node position: done by placement, no kernel
};

// inPlaceDepthwise: a depthwise convolution whose input dies at it writes its output over its
// input (TinyEngine's scheme); its request is then marked in place of the input's (only when both
// tensors are whole buffers). views: take the concatenation and slice views described above.
ActivationBuffers activationBuffers(const Graph &g, bool inPlaceDepthwise, bool views = true);

} // namespace loom::graph
