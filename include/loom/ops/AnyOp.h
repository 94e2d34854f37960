// One value for "any of loom's single-layer ops", with what tools need of each: its loop nest,
// its sizes, its reference result and a one-line description.
#pragma once

#include "loom/ops/Ops.h"

#include <string>
#include <variant>
#include <vector>

namespace loom::ops {

using AnyOp =
    std::variant<Conv2DParams, DepthwiseConv2DParams, PointwiseConv2DParams, FullyConnectedParams>;

std::string opName(const AnyOp &op); // "Conv2D", ...
std::string describe(const AnyOp &op);
Status validate(const AnyOp &op);
Expected<ir::Kernel> buildKernel(const AnyOp &op, const std::string &name);
size_t inputBytes(const AnyOp &op);
size_t outputBytes(const AnyOp &op);
int64_t macs(const AnyOp &op);
const OutputStage &outputStage(const AnyOp &op);
int32_t inputZeroPoint(const AnyOp &op);
void setInputZeroPoint(AnyOp &op, int32_t zeroPoint);
const std::vector<int8_t> &weights(const AnyOp &op);
const std::vector<int32_t> &bias(const AnyOp &op);
std::vector<int8_t> runReference(const AnyOp &op, const std::vector<int8_t> &input);

} // namespace loom::ops
