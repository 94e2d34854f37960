// Emitting a compiled model's steps (lib/model only): one kernel call per layer, and the calls of
// the depth-first segments (band moves, row slices, patches, patched heads), with the bytes each
// call reads and writes for the data-flow check.
#pragma once

#include "loom/graph/Liveness.h"
#include "loom/graph/Lowering.h"
#include "loom/model/ModelCompiler.h"
#include "loom/ops/Concat.h"

#include <map>
#include <set>
#include <string>
#include <tuple>
#include <vector>

namespace loom::model {

class StepEmitter {
public:
  // `int8Planes`: the in-place depthwise kernels (by name) that take the int8 plane.
  StepEmitter(const graph::Graph &g, const graph::ActivationBuffers &act,
              const CompileOptions &options, const std::set<std::string> &int8Planes,
              CompiledModel &m)
      : g(g), act(act), options(options), int8Planes(int8Planes), m(m) {}

  // One kernel argument: the buffer, the offset inside it and the first tensor byte there.
  struct Arg {
    int buffer = -1;
    int64_t offset = 0, tensorByte = 0;
    int tensor = -1; // whose bytes, when not the buffer's own tensor
    // An output placed by rows (graph::ActivationBuffers): rows of rowBytes bytes, pitch apart.
    int64_t rowBytes = 0, pitch = 0;
  };
  // One kernel call of node n on `op` (built once per kernel name, or `prebuilt`); args are the
  // activation arguments in order. Scratch is shared by the steps of [scratchFirst, scratchLast].
  Status addStep(const graph::Node &n, const ops::Op &op, const std::string &kernelName,
                 int inPlaceOutput, const std::vector<Arg> &args, int scratchFirst, int scratchLast,
                 const schedule::ChosenKernel *prebuilt = nullptr);
  // A concatenation of more inputs than a kernel takes: one call per ops::concatParts part, each
  // writing its own columns of every outer row of the output (args: the inputs, then the output).
  Status addConcatParts(const graph::Node &n, const ops::ConcatParams &p,
                        const std::string &kernelName, const std::vector<Arg> &args, int position);
  // Every call of a depth-first segment (SegmentSteps.cpp).
  Status emitSegment(const graph::SegmentSchedule &s);

private:
  schedule::ScheduleSources sources() const {
    return {options.defaultSchedules, options.tunedSchedule};
  }
  schedule::KernelForm inPlaceForm(const std::string &kernelName) const {
    return int8Planes.count(kernelName) ? schedule::KernelForm::InPlaceInt8Plane
                                        : schedule::KernelForm::InPlace;
  }
  Status copyRect(const graph::SegmentSchedule &s, const graph::SegmentSchedule::Rect &r, int whole,
                  int firstRow, int patchBuffer, int64_t generation, bool cut);
  Status rectCall(const graph::SegmentSchedule &s, const graph::SegmentSchedule::PatchCall &c,
                  const Arg &in, const Arg &out);
  Status emitPatches(const graph::SegmentSchedule &s);

  const graph::Graph &g;
  const graph::ActivationBuffers &act;
  const CompileOptions &options;
  const std::set<std::string> &int8Planes;
  CompiledModel &m;
  // Kernels by name: the slices of a segment share a kernel whenever their shapes agree.
  std::map<std::string, schedule::ChosenKernel> built;
  std::map<std::string, int> scratchOf; // kernel.argument -> request, shared within a segment
  int64_t headChunks = 0;               // patches of patched heads, numbered across the model
};

} // namespace loom::model
