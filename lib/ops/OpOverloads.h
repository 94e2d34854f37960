// The per-op overload sets that Op and AnyOp dispatch to with one std::visit per concern. A new
// op adds one line to each set (the compiler refuses a visit with a missing overload).
#pragma once

#include "loom/ops/Op.h"

#include <cstdint>
#include <string>
#include <vector>

namespace loom::ops::overloads {

using ReferenceInputs = std::vector<const uint8_t *>; // one pointer per activation input

// Every op's name ("Conv2D", "Add", ...).
std::string nameOf(const Conv2DParams &);
std::string nameOf(const DepthwiseConv2DParams &);
std::string nameOf(const PointwiseConv2DParams &);
std::string nameOf(const FullyConnectedParams &);
std::string nameOf(const AddParams &);
std::string nameOf(const MulParams &);
std::string nameOf(const AveragePool2DParams &);
std::string nameOf(const MaxPool2DParams &);
std::string nameOf(const MeanParams &);
std::string nameOf(const SoftmaxParams &);
std::string nameOf(const PadParams &);
std::string nameOf(const RequantizeParams &);
std::string nameOf(const TransposeParams &);
std::string nameOf(const SliceParams &);
std::string nameOf(const ResizeNearestParams &);
std::string nameOf(const ResizeBilinearParams &);
std::string nameOf(const QuantizeFloatParams &);
std::string nameOf(const DequantizeParams &);
std::string nameOf(const CastParams &);
std::string nameOf(const LogSoftmaxFloatParams &);
std::string nameOf(const LstmParams &);
std::string nameOf(const SvdfParams &);
std::string nameOf(const LookupParams &);
std::string nameOf(const MaxMinParams &);
std::string nameOf(const ConcatParams &);
std::string nameOf(const PreluParams &);

// Every op's loop nest, before any schedule (the op's own build function).
Expected<ir::Kernel> nestOf(const Conv2DParams &p, const std::string &name);
Expected<ir::Kernel> nestOf(const DepthwiseConv2DParams &p, const std::string &name);
Expected<ir::Kernel> nestOf(const PointwiseConv2DParams &p, const std::string &name);
Expected<ir::Kernel> nestOf(const FullyConnectedParams &p, const std::string &name);
Expected<ir::Kernel> nestOf(const AddParams &p, const std::string &name);
Expected<ir::Kernel> nestOf(const MulParams &p, const std::string &name);
Expected<ir::Kernel> nestOf(const AveragePool2DParams &p, const std::string &name);
Expected<ir::Kernel> nestOf(const MaxPool2DParams &p, const std::string &name);
Expected<ir::Kernel> nestOf(const MeanParams &p, const std::string &name);
Expected<ir::Kernel> nestOf(const SoftmaxParams &p, const std::string &name);
Expected<ir::Kernel> nestOf(const PadParams &p, const std::string &name);
Expected<ir::Kernel> nestOf(const RequantizeParams &p, const std::string &name);
Expected<ir::Kernel> nestOf(const TransposeParams &p, const std::string &name);
Expected<ir::Kernel> nestOf(const SliceParams &p, const std::string &name);
Expected<ir::Kernel> nestOf(const ResizeNearestParams &p, const std::string &name);
Expected<ir::Kernel> nestOf(const ResizeBilinearParams &p, const std::string &name);
Expected<ir::Kernel> nestOf(const QuantizeFloatParams &p, const std::string &name);
Expected<ir::Kernel> nestOf(const DequantizeParams &p, const std::string &name);
Expected<ir::Kernel> nestOf(const CastParams &p, const std::string &name);
Expected<ir::Kernel> nestOf(const LogSoftmaxFloatParams &p, const std::string &name);
Expected<ir::Kernel> nestOf(const LstmParams &p, const std::string &name);
Expected<ir::Kernel> nestOf(const SvdfParams &p, const std::string &name);
Expected<ir::Kernel> nestOf(const LookupParams &p, const std::string &name);
Expected<ir::Kernel> nestOf(const MaxMinParams &p, const std::string &name);
Expected<ir::Kernel> nestOf(const ConcatParams &p, const std::string &name);
Expected<ir::Kernel> nestOf(const PreluParams &p, const std::string &name);

// Every op's reference kernel on dense inputs; false if it refuses its parameters.
bool referenceOf(const Conv2DParams &p, const ReferenceInputs &in, uint8_t *out);
bool referenceOf(const DepthwiseConv2DParams &p, const ReferenceInputs &in, uint8_t *out);
bool referenceOf(const PointwiseConv2DParams &p, const ReferenceInputs &in, uint8_t *out);
bool referenceOf(const FullyConnectedParams &p, const ReferenceInputs &in, uint8_t *out);
bool referenceOf(const AddParams &p, const ReferenceInputs &in, uint8_t *out);
bool referenceOf(const MulParams &p, const ReferenceInputs &in, uint8_t *out);
bool referenceOf(const AveragePool2DParams &p, const ReferenceInputs &in, uint8_t *out);
bool referenceOf(const MaxPool2DParams &p, const ReferenceInputs &in, uint8_t *out);
bool referenceOf(const MeanParams &p, const ReferenceInputs &in, uint8_t *out);
bool referenceOf(const SoftmaxParams &p, const ReferenceInputs &in, uint8_t *out);
bool referenceOf(const PadParams &p, const ReferenceInputs &in, uint8_t *out);
bool referenceOf(const RequantizeParams &p, const ReferenceInputs &in, uint8_t *out);
bool referenceOf(const TransposeParams &p, const ReferenceInputs &in, uint8_t *out);
bool referenceOf(const SliceParams &p, const ReferenceInputs &in, uint8_t *out);
bool referenceOf(const ResizeNearestParams &p, const ReferenceInputs &in, uint8_t *out);
bool referenceOf(const ResizeBilinearParams &p, const ReferenceInputs &in, uint8_t *out);
bool referenceOf(const QuantizeFloatParams &p, const ReferenceInputs &in, uint8_t *out);
bool referenceOf(const DequantizeParams &p, const ReferenceInputs &in, uint8_t *out);
bool referenceOf(const CastParams &p, const ReferenceInputs &in, uint8_t *out);
bool referenceOf(const LogSoftmaxFloatParams &p, const ReferenceInputs &in, uint8_t *out);
// The LSTM from its reset state (hidden state at its zero point, cell state 0).
bool referenceOf(const LstmParams &p, const ReferenceInputs &in, uint8_t *out);
// The SVDF from its reset state (all zero).
bool referenceOf(const SvdfParams &p, const ReferenceInputs &in, uint8_t *out);
bool referenceOf(const LookupParams &p, const ReferenceInputs &in, uint8_t *out);
bool referenceOf(const MaxMinParams &p, const ReferenceInputs &in, uint8_t *out);
bool referenceOf(const ConcatParams &p, const ReferenceInputs &in, uint8_t *out);
bool referenceOf(const PreluParams &p, const ReferenceInputs &in, uint8_t *out);

} // namespace loom::ops::overloads
