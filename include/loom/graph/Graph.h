// loom's graph IR: named tensors (shape, type, quantization, constant data) and nodes in
// execution order, as imported from a .tflite model.
#pragma once

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

namespace loom::graph {

enum class DataType { Float32, Int32, UInt8, Int64, Int16, Int8, Bool, Unsupported };
std::string_view name(DataType t);
int elementSize(DataType t); // bytes; 0 for Unsupported

struct Quantization {
  std::vector<float> scales;
  std::vector<int64_t> zeroPoints;
  int quantizedDimension = 0;
};

struct Tensor {
  std::string name;
  DataType type = DataType::Unsupported;
  std::vector<int32_t> shape;
  Quantization quantization;
  std::vector<uint8_t> data; // constant contents (empty for activations)
  // A TFLite variable tensor: state that persists across invocations (LSTM hidden and cell
  // state), reset to the zero point (int8) or 0.
  bool variable = false;

  bool isConstant() const { return !data.empty(); }
  int64_t elementCount() const;
  int64_t byteSize() const { return elementCount() * elementSize(type); }
};

enum class OpType {
  Conv2D,
  DepthwiseConv2D,
  FullyConnected,
  Pad,
  Add,
  Mul,
  AveragePool2D,
  MaxPool2D,
  Mean,
  Reshape,
  Softmax,
  LogSoftmax,
  Transpose,
  ResizeNearestNeighbor,
  ResizeBilinear,
  Relu6,
  Quantize,
  Dequantize,
  Cast,
  Shape,
  StridedSlice,
  Slice,
  Pack,
  UnidirectionalSequenceLstm,
  Svdf,
  Logistic,
  Tanh,
  LeakyRelu,
  Relu,
  Sub,
  Maximum,
  Minimum,
  Concatenation,
  HardSwish,
  Prelu
};
std::string_view name(OpType t);

enum class Activation { None, Relu, ReluN1To1, Relu6 };
enum class PaddingMode { Same, Valid };

struct ConvOptions {
  PaddingMode padding = PaddingMode::Valid;
  int strideHeight = 1, strideWidth = 1, dilationHeight = 1, dilationWidth = 1;
  int depthMultiplier = 1;
  Activation activation = Activation::None;
};
struct PoolOptions {
  PaddingMode padding = PaddingMode::Valid;
  int strideHeight = 1, strideWidth = 1, filterHeight = 1, filterWidth = 1;
  Activation activation = Activation::None;
};
struct ElementwiseOptions {
  Activation activation = Activation::None;
};
struct ReduceOptions {
  bool keepDims = false;
};
struct SoftmaxOptions {
  float beta = 1.0f;
};
struct ResizeOptions {
  bool alignCorners = false, halfPixelCenters = false;
};
struct StridedSliceOptions { // bit k of a mask refers to dimension k
  int beginMask = 0, endMask = 0, ellipsisMask = 0, newAxisMask = 0, shrinkAxisMask = 0;
  bool offset = false; // end = begin + end
};
struct LstmOptions {
  bool cellTanh = true; // the cell gate's activation (TFLite's fused activation): tanh or sigmoid
  float cellClip = 0, projectionClip = 0; // 0: no clipping
  bool timeMajor = false;
};
struct SvdfOptions {
  int rank = 1;
  Activation activation = Activation::None; // not applied by TFLite Micro's integer kernel
};
struct ConcatOptions {
  int axis = 0; // may be negative (from the end), as in the model
  Activation activation = Activation::None;
};
struct LeakyReluOptions {
  float alpha = 0.2f;
};
using Options = std::variant<std::monostate, ConvOptions, PoolOptions, ElementwiseOptions,
                             ReduceOptions, SoftmaxOptions, ResizeOptions, StridedSliceOptions,
                             LstmOptions, SvdfOptions, LeakyReluOptions, ConcatOptions>;

struct Node {
  int index = 0; // position in the model's operator list
  OpType op = OpType::Conv2D;
  std::vector<int> inputs, outputs; // tensor indices; -1 for an omitted optional input
  Options options;
  // Which of the nodes one model operator became (SPLIT: one SLICE per output); 0 otherwise.
  int part = 0;

  // A name unique in the graph: "n<index>", "n<index>p<part>" for the later parts.
  std::string tag() const;
};

struct Graph {
  std::string name;
  std::vector<Tensor> tensors;
  std::vector<Node> nodes; // in execution order
  std::vector<int> inputs, outputs;

  // "node 7 (DEPTHWISE_CONV_2D, outputs 'blocks.3.dw')": how errors name a node.
  std::string describe(const Node &n) const;
};

// A DEPTHWISE_CONV_2D with one output channel per input channel (depth multiplier 1): each output
// row needs only the input rows it replaces, so it may write over its input (in-place plans).
bool isChannelwiseDepthwise(const Graph &g, const Node &n);

// Multiply-accumulates of a CONV_2D / DEPTHWISE_CONV_2D / FULLY_CONNECTED node and of the fully
// connected layers inside an UNIDIRECTIONAL_SEQUENCE_LSTM or SVDF (0 for the other ops).
int64_t macs(const Graph &g, const Node &n);
// Weight parameters (elements of the CONV_2D / DEPTHWISE_CONV_2D / FULLY_CONNECTED weights).
int64_t parameters(const Graph &g);

} // namespace loom::graph
