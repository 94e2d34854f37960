// Graph IR helpers.
#include "loom/graph/Graph.h"

#include <fmt/format.h>

namespace loom::graph {

std::string_view name(DataType t) {
  switch (t) {
  case DataType::Float32: return "FLOAT32";
  case DataType::Int32: return "INT32";
  case DataType::UInt8: return "UINT8";
  case DataType::Int64: return "INT64";
  case DataType::Int16: return "INT16";
  case DataType::Int8: return "INT8";
  case DataType::Bool: return "BOOL";
  case DataType::Unsupported: return "UNSUPPORTED";
  }
  return "?";
}

int elementSize(DataType t) {
  switch (t) {
  case DataType::Float32:
  case DataType::Int32: return 4;
  case DataType::Int64: return 8;
  case DataType::Int16: return 2;
  case DataType::UInt8:
  case DataType::Int8:
  case DataType::Bool: return 1;
  case DataType::Unsupported: return 0;
  }
  return 0;
}

std::string Node::tag() const {
  return part ? fmt::format("n{}p{}", index, part) : fmt::format("n{}", index);
}

std::string_view name(OpType t) {
  switch (t) {
  case OpType::Conv2D: return "CONV_2D";
  case OpType::DepthwiseConv2D: return "DEPTHWISE_CONV_2D";
  case OpType::FullyConnected: return "FULLY_CONNECTED";
  case OpType::Pad: return "PAD";
  case OpType::Add: return "ADD";
  case OpType::Mul: return "MUL";
  case OpType::AveragePool2D: return "AVERAGE_POOL_2D";
  case OpType::MaxPool2D: return "MAX_POOL_2D";
  case OpType::Mean: return "MEAN";
  case OpType::Reshape: return "RESHAPE";
  case OpType::Softmax: return "SOFTMAX";
  case OpType::LogSoftmax: return "LOG_SOFTMAX";
  case OpType::Transpose: return "TRANSPOSE";
  case OpType::ResizeNearestNeighbor: return "RESIZE_NEAREST_NEIGHBOR";
  case OpType::ResizeBilinear: return "RESIZE_BILINEAR";
  case OpType::Relu6: return "RELU6";
  case OpType::Quantize: return "QUANTIZE";
  case OpType::Dequantize: return "DEQUANTIZE";
  case OpType::Cast: return "CAST";
  case OpType::Shape: return "SHAPE";
  case OpType::StridedSlice: return "STRIDED_SLICE";
  case OpType::Slice: return "SLICE";
  case OpType::Pack: return "PACK";
  case OpType::UnidirectionalSequenceLstm: return "UNIDIRECTIONAL_SEQUENCE_LSTM";
  case OpType::Svdf: return "SVDF";
  case OpType::Logistic: return "LOGISTIC";
  case OpType::Tanh: return "TANH";
  case OpType::LeakyRelu: return "LEAKY_RELU";
  case OpType::Relu: return "RELU";
  case OpType::Sub: return "SUB";
  case OpType::Maximum: return "MAXIMUM";
  case OpType::Minimum: return "MINIMUM";
  case OpType::Concatenation: return "CONCATENATION";
  case OpType::HardSwish: return "HARD_SWISH";
  case OpType::Prelu: return "PRELU";
  }
  return "?";
}

int64_t Tensor::elementCount() const {
  int64_t n = 1;
  for (int32_t d : shape)
    n *= d;
  return n;
}

std::string Graph::describe(const Node &n) const {
  std::string outs;
  for (int o : n.outputs)
    if (o >= 0 && o < static_cast<int>(tensors.size()))
      outs += (outs.empty() ? "'" : ", '") + tensors[o].name + "'";
  return fmt::format("node {} ({}, outputs {})", n.index, graph::name(n.op),
                     outs.empty() ? "none" : outs);
}

int64_t macs(const Graph &g, const Node &n) {
  auto shape = [&](int t) -> const std::vector<int32_t> & { return g.tensors[t].shape; };
  switch (n.op) {
  case OpType::Conv2D: {
    const auto &out = shape(n.outputs[0]), &w = shape(n.inputs[1]); // w: OHWI
    return int64_t{out[1]} * out[2] * out[3] * w[1] * w[2] * w[3];
  }
  case OpType::DepthwiseConv2D: {
    const auto &out = shape(n.outputs[0]), &w = shape(n.inputs[1]); // w: 1HWC
    return int64_t{out[1]} * out[2] * out[3] * w[1] * w[2];
  }
  case OpType::FullyConnected: {
    const auto &w = shape(n.inputs[1]); // w: [out][in]
    const int64_t batches = g.tensors[n.outputs[0]].elementCount() / w[0];
    return batches * w[0] * w[1];
  }
  case OpType::UnidirectionalSequenceLstm: {
    // Four gates, each a layer on the input and one on the hidden state, per step.
    if (n.inputs.size() < 19 || n.inputs[0] < 0 || n.inputs[18] < 0)
      return 0;
    const auto &in = shape(n.inputs[0]);
    const int64_t units = g.tensors[n.inputs[18]].elementCount();
    if (in.size() != 3)
      return 0;
    const int64_t steps = int64_t{in[0]} * in[1]; // batch x time, in either order
    return 4 * steps * units * (in[2] + units);
  }
  case OpType::Svdf: {
    // Per filter: the feature layer over the input and the time layer over the memory.
    if (n.inputs.size() < 3 || n.inputs[1] < 0 || n.inputs[2] < 0)
      return 0;
    const auto &feature = shape(n.inputs[1]), &time = shape(n.inputs[2]);
    if (feature.size() != 2 || time.size() != 2)
      return 0;
    return int64_t{feature[0]} * (feature[1] + time[1]);
  }
  default: return 0;
  }
}

bool isChannelwiseDepthwise(const Graph &g, const Node &n) {
  if (n.op != OpType::DepthwiseConv2D || n.inputs.empty() || n.outputs.empty() || n.inputs[0] < 0)
    return false;
  const auto &in = g.tensors[n.inputs[0]].shape, &out = g.tensors[n.outputs[0]].shape;
  return !in.empty() && !out.empty() && in.back() == out.back();
}

int64_t parameters(const Graph &g) {
  int64_t total = 0;
  for (const Node &n : g.nodes)
    if ((n.op == OpType::Conv2D || n.op == OpType::DepthwiseConv2D ||
         n.op == OpType::FullyConnected) &&
        n.inputs.size() > 1 && n.inputs[1] >= 0)
      total += g.tensors[static_cast<size_t>(n.inputs[1])].elementCount();
  return total;
}

} // namespace loom::graph
