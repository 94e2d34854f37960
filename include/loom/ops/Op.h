// One value for any op a graph node lowers to, and what every consumer needs of it. Each concern
// (the op's name, validation, loop nest, reference kernel, MACs, row slicing) is one overload set
// over the parameter types, written once in lib/ops and dispatched with one std::visit; callers
// never branch on the op type. docs/ADDING_AN_OP.md lists what a new op touches.
#pragma once

#include "loom/ops/AnyOp.h"
#include "loom/ops/Concat.h"
#include "loom/ops/DataMovement.h"
#include "loom/ops/Elementwise.h"
#include "loom/ops/FloatOps.h"
#include "loom/ops/Lookup.h"
#include "loom/ops/Lstm.h"
#include "loom/ops/Reduce.h"
#include "loom/ops/Softmax.h"
#include "loom/ops/Svdf.h"

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace loom::ops {

using Op =
    std::variant<Conv2DParams, PointwiseConv2DParams, DepthwiseConv2DParams, FullyConnectedParams,
                 AddParams, MulParams, AveragePool2DParams, MaxPool2DParams, MeanParams,
                 SoftmaxParams, PadParams, RequantizeParams, TransposeParams, SliceParams,
                 ResizeNearestParams, ResizeBilinearParams, QuantizeFloatParams, DequantizeParams,
                 LogSoftmaxFloatParams, LstmParams, SvdfParams, LookupParams, MaxMinParams,
                 ConcatParams, PreluParams, CastParams>;

std::string opName(const Op &op); // "Conv2D", "Add", ...
Status validate(const Op &op);

// The op's loop nest as described, before any schedule.
Expected<ir::Kernel> buildNest(const Op &op, const std::string &name);

// Whether the op's kernel can write its output (role Output) or read its activation input (role
// Input) as rows of `rowElements` int8 elements at any pitch, where a view places that tensor
// inside a wider one (its channels of a concatenation's output, some channels of a split input;
// ir::withRowPitch): one kernel call (not a concatenation run in parts) with one argument of the
// role, whose shape has a dimension boundary there. Ops that index their buffers flat (the
// element-wise ones) cannot.
bool rowsAtPitch(const Op &op, ir::BufferRole role, int64_t rowElements);

// The ops a schedule applies to (convolutions and fully connected layers); the glue ops have one
// nest and no schedule.
std::optional<AnyOp> scheduledOp(const Op &op);

int64_t macs(const Op &op); // multiply-accumulates; 0 for the glue ops without any

// How many activation tensors the kernel reads (2 for ADD/MUL/... of two activations, the inputs
// of a CONCATENATION, else 1).
int activationInputs(const Op &op);

// Runs the reference kernel on dense inputs (one per activation input, in argument order) into
// `output`, which holds the op's output bytes. False if the kernel refuses its parameters.
bool runReference(const Op &op, const std::vector<const uint8_t *> &inputs, uint8_t *output);

} // namespace loom::ops
