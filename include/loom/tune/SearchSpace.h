// The schedules the autotuner may try for one layer, generated from the schedule primitives and
// their parameters per op class (block shapes of split + register_block, loop order, the int16
// weight layout, im2col columns, window unrolling, the fast requantization), not from a list of
// hand-written kernels. A point of the space is one value per knob; its schedule is kept only if
// every primitive's own legality check accepts it for this layer.
#pragma once

#include "loom/codegen/Target.h"
#include "loom/ir/Stmt.h"
#include "loom/ops/AnyOp.h"
#include "loom/ops/Layer.h"
#include "loom/schedule/Schedule.h"
#include "loom/support/Error.h"
#include "loom/tune/TuningLog.h"

#include <functional>
#include <map>
#include <optional>

#include <string>
#include <vector>

namespace loom::tune {

struct Knob {
  std::string name;
  std::vector<int> values;
};

struct SearchSpace {
  std::vector<Knob> knobs;
  ops::KernelForm form = ops::KernelForm::Plain; // the nest the points schedule
  size_t size() const;                           // number of points (legal or not)
};

// The in-place forms (a depthwise convolution over its dying input) have their own knobs: the
// pixels per weight load, SMLAD tap pairs and their phase, the window's rows unrolled, border
// peeling (int8 plane) and the fast requantization (schedule::inPlaceDepthwiseSteps).
SearchSpace searchSpace(const ops::AnyOp &op, ops::KernelForm form = ops::KernelForm::Plain);

// The schedule at `point` (one index into each knob's values), or the primitive's refusal.
Expected<schedule::Schedule> scheduleAt(const ops::AnyOp &op, const SearchSpace &space,
                                        const std::vector<size_t> &point, const ir::Kernel &naive);

// Every point of the space by the text of its schedule (legal or not: nothing is applied), so
// schedules read from a tuning log can be placed back in the space when a search resumes.
std::map<std::string, std::vector<size_t>> pointsByText(const ops::AnyOp &op,
                                                        const SearchSpace &space);

// What a tuned schedule is valid for: op class, shapes, strides and padding, e.g.
// "PointwiseConv2D 20x20x48 -> 16 stride 1", then the kernel form when it is not the plain one
// ("... pad 1,1,1,1 in place"), then the layer's quantization class when it is not the common one
// (schedule::quantizationClass: "... stride 1 (exact requantization)"). The tuning log is keyed
// by it (and the target): a record is only applied to the form it was measured on.
std::string tuningKey(const ops::AnyOp &op, ops::KernelForm form = ops::KernelForm::Plain);
// The shape part of the key alone.
std::string shapeKey(const ops::AnyOp &op);

// The best logged schedule of an op in a form on `target`, if any: what loom-gen and loom-bench
// hand the model compiler. `log` must outlive the returned function.
std::function<std::optional<std::string>(const ops::AnyOp &, ops::KernelForm)>
tunedScheduleLookup(const TuningLog &log, const codegen::Target &target);

} // namespace loom::tune
