// Random op configurations for the equivalence tests, and the glue that runs one configuration
// through the reference kernel, the host JIT or QEMU.
#pragma once

#include "loom/fixtures/RandomParams.h"
#include "loom/ir/Stmt.h"
#include "loom/ops/AnyOp.h"

#include <random>
#include <string>
#include <variant>
#include <vector>

namespace loom::testing {

using OpParams = ops::AnyOp;

enum class OpKind { Conv2D, DepthwiseConv2D, PointwiseConv2D, FullyConnected };
std::string name(OpKind k);

// A random, valid configuration of an op: odd sizes, 1x1 edges, strides, per-side pads, zero
// points, positive and negative shifts, activation ranges. `small` keeps it quick for QEMU.
OpParams randomCase(OpKind kind, std::mt19937 &rng, const ops::RandomOptions &options = {});
// ops::describe plus the per-channel shifts, for failure messages.
std::string describeCase(const OpParams &p);
std::pair<int32_t, int32_t> activationRange(const OpParams &p);
// Builds the naive nest; throws on invalid parameters (the cases are valid by construction).
ir::Kernel build(const OpParams &p, const std::string &name);
using ops::inputBytes;
using ops::outputBytes;

// Runs the kernel on the host JIT.
std::vector<int8_t> runJit(const ir::Kernel &kernel, const std::vector<int8_t> &input,
                           size_t outputBytes);

} // namespace loom::testing
