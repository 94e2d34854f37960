// Whole models: every node lowered to a kernel (default schedules), activations and scratch
// buffers planned in one arena (and the plan verified), and the firmware-side artefacts written:
// one object per kernel, the C glue (the step table for lib/runtime's executor) and the header.
#pragma once

#include "loom/codegen/Codegen.h"
#include "loom/codegen/Target.h"
#include "loom/graph/ArenaPlanner.h"
#include "loom/graph/DepthFirst.h"
#include "loom/graph/Graph.h"
#include "loom/ir/Stmt.h"
#include "loom/ops/AnyOp.h"
#include "loom/schedule/KernelChoice.h"
#include "loom/support/Error.h"

#include <filesystem>
#include <functional>
#include <optional>

namespace loom::model {

struct CompiledModel {
  std::string name; // a C identifier
  // What a step reads or writes: `bytes` bytes of a tensor (from byte `tensorByte` of it) at
  // `offset` inside its buffer (a band buffer holds a window of the tensor's rows).
  struct Access {
    int buffer = -1;
    int64_t offset = 0, tensorByte = 0, bytes = 0;
    bool write = false;
    int tensor = -1; // whose bytes, when not the buffer's own tensor (a row kept in another band)
    int label() const { return tensor >= 0 ? tensor : buffer; }
  };
  struct Step {
    int node;
    ir::Kernel kernel;
    std::vector<int> buffers;        // one request index per kernel argument
    std::vector<int64_t> argOffsets; // byte offset of each argument inside its buffer
    std::string schedule;            // the schedule text applied ("" for the naive nest)
    bool tuned = false;              // the schedule came from the tuning log
    // Steps of the rule or tuned record its primitive refused for this kernel ("step: reason").
    std::vector<std::string> leftOut = {};
    std::string requantization = ""; // the output stage's variant (ChosenKernel::requantization)
    // The scheduled op and form of the kernel (ChosenKernel::op, form): what loom-tune tunes.
    std::shared_ptr<const ops::AnyOp> op = nullptr;
    ops::KernelForm form = ops::KernelForm::Plain;
    int64_t macs = 0;
    std::vector<Access> accesses; // reads before writes
    // Set for a step that asks the application for rows of a streamed input (no kernel object:
    // the glue calls <model>_read_input(dst, first_row, rows)).
    std::optional<ops::RowRange> inputRows = std::nullopt;
  };
  std::vector<Step> steps;
  std::vector<graph::BufferRequest> buffers;
  graph::ArenaPlan plan;
  int inputBuffer = -1;
  // The model's input and outputs as the application sees them: what it needs for its pre- and
  // post-processing (the generated header and the report give them).
  struct IoTensor {
    std::string name, type; // type: TFLite's name (INT8, UINT8, FLOAT32, ...)
    std::vector<int32_t> shape;
    std::vector<float> scales; // empty when not quantized; one entry per tensor (per-tensor)
    std::vector<int64_t> zeroPoints;
  };
  IoTensor input;
  std::vector<IoTensor> outputs;
  std::vector<int> outputBuffers;   // per model output, in the model's order
  std::vector<int64_t> outputBytes; // per model output
  int64_t inputBytes = 0, macs = 0;
  std::vector<graph::SegmentSchedule> segments; // the depth-first parts of the plan
  int64_t movedBytes = 0;                       // copied per inference by the band moves
  bool streamedInput = false; // the input is read in row bands, not kept in the arena
  int64_t inputRowBytes = 0;
  // TFLite variable tensors (LSTM hidden and cell state): they persist across invocations, so
  // they live outside the arena in a state area the application owns and resets (the generated
  // <name>_reset_state). A step argument on state has buffer stateArgument(k).
  struct StateTensor {
    std::string name;
    int64_t offset = 0, bytes = 0; // inside the state area
    uint8_t fill = 0;              // TFLite's reset: the zero point of an int8 tensor, else 0
  };
  std::vector<StateTensor> states;
  int64_t stateBytes = 0;
  static constexpr int stateArgument(int k) { return -2 - k; }
  static constexpr int stateOfArgument(int buffer) { return -2 - buffer; } // for buffer <= -2
  // The model's operator numbers in execution order when the nodes were reordered
  // (graph/OperatorOrder.h); empty in the model's own order.
  std::vector<int> nodeOrder;
};

struct CompileOptions {
  // The schedules kernels may take; the choice per kernel is schedule::chooseKernel's.
  bool defaultSchedules = true; // false: the naive nests
  // A tuned schedule (text) for a kernel op, if one is known (loom-gen --tuning-log).
  std::function<std::optional<std::string>(const ops::AnyOp &, ops::KernelForm)> tunedSchedule =
      nullptr;
  bool inPlaceDepthwise = false; // depthwise convolutions write over their dying input
  // Parts of the network run depth-first by row bands (DepthFirst.h); disjoint, any order.
  std::vector<graph::DepthFirstSegment> depthFirst = {};
  // A depth-first segment that reads the model input may ask the application for its rows when
  // it needs them instead of keeping the whole input in the arena (DepthFirst.h).
  bool streamInput = false;
  // compileWithinBudget: called with one line per plan it compiles while searching (a search
  // compiles up to 16 plans and takes up to a minute on large models).
  std::function<void(const std::string &)> progress = nullptr;
};

Expected<CompiledModel> compileModel(const graph::Graph &g, const CompileOptions &options = {});

// The depth-first segments of a compiled plan as text ("1-11:L,13-18:4"; "layer by layer"), and
// the MACs its patches recompute.
std::string describePlan(const CompiledModel &m);
int64_t recomputedMacs(const CompiledModel &m);

// The cheapest depth-first plan whose arena (scratch and placement included) fits `budget` bytes
// (MemorySearch.h counts live activations only: the search is repeated with the budget lowered by
// what the arena added, up to four times), compiled. budget 0: the smallest arena among the
// smallest-live-bytes plans with the input whole or streamed (options.streamInput), without and
// with patched heads; and the same again in the operator order with the smallest live-set peak
// when the network's branches allow another order (graph/OperatorOrder.h).
Expected<CompiledModel> compileWithinBudget(const graph::Graph &g, CompileOptions options,
                                            int64_t budget);

// The plan's data flow, byte by byte, independent of how it was built: replays the steps over
// the planned arena and checks that every read finds the bytes of the tensor it expects (written
// by its producer, or the model input) and not something written over them since, that every
// access stays inside its buffer, and that the outputs are intact at the end.
Status verifyDataFlow(const CompiledModel &m);

// Writes <dir>/<kernel>.o per step, <dir>/<name>_kernels.a (all of them), <dir>/<name>.c (glue)
// and <dir>/<name>.h (and each kernel's .s / .ll when `emit` asks).
Status writeModel(const CompiledModel &m, const codegen::Target &target,
                  const std::filesystem::path &dir, const codegen::EmitOptions &emit = {});

} // namespace loom::model
