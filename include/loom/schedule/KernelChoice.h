// Which schedule a kernel of a compiled model gets: the one home of that decision. The model
// compiler asks for a kernel op in one of the plan's forms (a whole layer or a slice of it, in
// place or not) and gets the scheduled kernel, the schedule text applied and where it came from.
#pragma once

#include "loom/ops/AnyOp.h"
#include "loom/schedule/DefaultSchedules.h"

#include <functional>
#include <memory>
#include <optional>

namespace loom::schedule {

// The schedules a choice may use.
struct ScheduleSources {
  bool scheduled = true; // false: the naive nests (no schedule at all)
  // The tuned schedule text for a kernel op in a form, if the tuning log has one.
  std::function<std::optional<std::string>(const ops::AnyOp &, ops::KernelForm)> tuned = nullptr;
};

// How the plan calls the kernel.
using KernelForm = ops::KernelForm;

struct ChosenKernel {
  ir::Kernel kernel;
  std::string scheduleText; // the steps applied, one per line ("" for the naive nest)
  bool tuned = false;       // the schedule came from the tuning log
  // Steps of the rule or of the tuned record that their primitive refused for this kernel
  // (left out, listed for --dump-ir and the report).
  std::vector<Refusal> refused;
  // How the output stage requantizes ("fast", "fast, 2 constant channels", "exact 64-bit"; ""
  // without a per-channel requantization), for the report.
  std::string requantization = "";
  // The scheduled op and the form its kernel is built in: what its tuning key names and what
  // loom-tune tunes (none for a glue op's kernel). Shared: every step calling the kernel holds it,
  // and an op holds its weights.
  std::shared_ptr<const ops::AnyOp> op = nullptr;
  KernelForm form = KernelForm::Plain;
};

// A tuned record wins when it applies to this kernel. A record is keyed by shape, so it may meet
// a layer whose quantization refuses one of its quantization steps (fold_zero_point with a zero
// zero point, fast_requantize with a left shift that could overflow): those steps are left out and
// the rest is kept; a record any other of whose steps is refused is not used, and the default rule
// applies. Records are keyed by form too: an in-place depthwise kernel takes an in-place record
// or its own rule (inPlaceDepthwiseCandidates).
Expected<ChosenKernel> chooseKernel(const ops::AnyOp &op, const std::string &name, KernelForm form,
                                    const ScheduleSources &sources);

// A glue op's kernel (ADD, MUL, pooling, ...: one rule, not tuned): its nest with fast_rescale
// when the nest rescales and the primitive accepts it (a refusal is listed), the nest as it is
// otherwise or when schedules are off.
Expected<ChosenKernel> chooseGlueKernel(const ir::Kernel &nest, const ScheduleSources &sources);

// What a schedule's legality and cost depend on beyond the op's shape, for the tuning key: ""
// when the layer takes the fast requantization (after folding the zero point where that
// applies), "exact requantization" when one of its channels refuses it. A record measured on a
// layer of one class is never applied to a layer of the other.
std::string quantizationClass(const ir::Kernel &naive);

// The tuned record's steps that apply to `naive` by the rule above, or nothing.
std::optional<LegalSchedule> applicableTunedSteps(const ir::Kernel &naive, const Schedule &record);

} // namespace loom::schedule
