// .tflite -> Graph. Untrusted input: the flatbuffers Verifier checks every offset first, then
// each index, shape and buffer size is checked before use.
#include "loom/graph/TfliteImport.h"

#include "ImportSplits.h"
#include "TfliteOperatorNames.h"
#include "TfliteOptions.h"

#include "tflite_subset_generated.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <fstream>
#include <limits>

namespace loom::graph {

namespace {

DataType dataType(tflite::TensorType t) {
  switch (t) {
  case tflite::TensorType::FLOAT32: return DataType::Float32;
  case tflite::TensorType::INT32: return DataType::Int32;
  case tflite::TensorType::UINT8: return DataType::UInt8;
  case tflite::TensorType::INT64: return DataType::Int64;
  case tflite::TensorType::INT16: return DataType::Int16;
  case tflite::TensorType::INT8: return DataType::Int8;
  case tflite::TensorType::BOOL: return DataType::Bool;
  default: return DataType::Unsupported;
  }
}

// BuiltinOperator codes of the upstream schema for the ops loom supports.
std::optional<OpType> opType(int32_t code) {
  switch (code) {
  case 0: return OpType::Add;
  case 1: return OpType::AveragePool2D;
  case 2: return OpType::Concatenation;
  case 3: return OpType::Conv2D;
  case 4: return OpType::DepthwiseConv2D;
  case 6: return OpType::Dequantize;
  case 9: return OpType::FullyConnected;
  case 17: return OpType::MaxPool2D;
  case 14: return OpType::Logistic;
  case 18: return OpType::Mul;
  case 19: return OpType::Relu;
  case 21: return OpType::Relu6;
  case 22: return OpType::Reshape;
  case 53: return OpType::Cast;
  case 25: return OpType::Softmax;
  case 27: return OpType::Svdf;
  case 28: return OpType::Tanh;
  case 34: return OpType::Pad;
  case 39: return OpType::Transpose;
  case 40: return OpType::Mean;
  case 41: return OpType::Sub;
  case 44: return OpType::UnidirectionalSequenceLstm;
  case 45: return OpType::StridedSlice;
  case 50: return OpType::LogSoftmax;
  case 54: return OpType::Prelu;
  case 55: return OpType::Maximum;
  case 57: return OpType::Minimum;
  case 65: return OpType::Slice;
  case 77: return OpType::Shape;
  case 83: return OpType::Pack;
  case 97: return OpType::ResizeNearestNeighbor;
  case 23: return OpType::ResizeBilinear;
  case 98: return OpType::LeakyRelu;
  case 114: return OpType::Quantize;
  case 117: return OpType::HardSwish;
  default: return std::nullopt;
  }
}

class Importer {
public:
  Importer(const tflite::Model &m, std::string name) : model_(m) { graph_.name = std::move(name); }

  // The operator types the nodes use, whether or not run() then succeeds.
  const std::vector<OperatorUse> &uses() const { return uses_; }

  Expected<Graph> run() {
    const auto *subgraphs = model_.subgraphs();
    if (!subgraphs || subgraphs->size() == 0)
      return Error{fmt::format("{}: the model has no subgraph", graph_.name)};
    if (subgraphs->size() > 1)
      return Error{fmt::format("{}: {} subgraphs (control flow) are not supported", graph_.name,
                               subgraphs->size())};
    const tflite::SubGraph &sg = *subgraphs->Get(0);
    if (auto s = tensors(sg); !s)
      return s.error();
    if (auto s = indexList(sg.inputs(), "model input", graph_.inputs, false); !s)
      return s.error();
    if (auto s = indexList(sg.outputs(), "model output", graph_.outputs, false); !s)
      return s.error();
    if (graph_.inputs.empty() || graph_.outputs.empty())
      return Error{fmt::format("{}: the model has no input or no output", graph_.name)};
    if (!sg.operators() || sg.operators()->size() == 0)
      return Error{fmt::format("{}: the model has no operator", graph_.name)};
    // Every unsupported operator is named at once, so a user sees the whole gap in one run; any
    // other error stops the import where it is.
    std::vector<std::string> unsupported;
    for (uint32_t i = 0; i < sg.operators()->size(); ++i) {
      bool isUnsupported = false;
      if (auto s = node(*sg.operators()->Get(i), static_cast<int>(i), isUnsupported); !s) {
        if (!isUnsupported)
          return s.error();
        unsupported.push_back(s.error().message);
      }
    }
    if (unsupported.size() == 1)
      return Error{fmt::format("{}: {}", graph_.name, unsupported[0])};
    if (!unsupported.empty())
      return Error{fmt::format("{}: {} operators are not supported:\n  {}", graph_.name,
                               unsupported.size(), fmt::join(unsupported, "\n  "))};
    // TF1's quantization-aware training exported uint8 weights and activations throughout;
    // TFLite Micro dropped those kernels and so does loom: say what to do instead.
    for (const Node &n : graph_.nodes)
      if ((n.op == OpType::Conv2D || n.op == OpType::DepthwiseConv2D ||
           n.op == OpType::FullyConnected) &&
          n.inputs.size() > 1 && n.inputs[1] >= 0 &&
          graph_.tensors[n.inputs[1]].type == DataType::UInt8)
        return Error{fmt::format(
            "{}: {}: weights '{}' are UINT8: a legacy all-uint8 (TF1) graph, which TensorFlow "
            "Lite Micro no longer runs either; re-export the model with int8 quantization "
            "(TFLiteConverter with optimizations=[tf.lite.Optimize.DEFAULT], a "
            "representative_dataset and target_spec.supported_ops=[TFLITE_BUILTINS_INT8])",
            graph_.name, graph_.describe(n), graph_.tensors[n.inputs[1]].name)};
    return std::move(graph_);
  }

private:
  Status tensors(const tflite::SubGraph &sg) {
    if (!sg.tensors())
      return Error{fmt::format("{}: the subgraph has no tensors", graph_.name)};
    const auto *buffers = model_.buffers();
    for (uint32_t i = 0; i < sg.tensors()->size(); ++i) {
      const tflite::Tensor &t = *sg.tensors()->Get(i);
      Tensor out;
      out.name = t.name() ? t.name()->str() : fmt::format("tensor{}", i);
      out.type = dataType(t.type());
      const std::string where = fmt::format("{}: tensor {} '{}'", graph_.name, i, out.name);
      int64_t elements = 1;
      if (t.shape())
        for (int32_t d : *t.shape()) {
          if (d < 0)
            return Error{
                fmt::format("{}: dimension {} (dynamic shapes are not supported)", where, d)};
          elements *= d;
          if (elements > std::numeric_limits<int32_t>::max())
            return Error{fmt::format("{}: more than 2^31-1 elements", where)};
          out.shape.push_back(d);
        }
      if (const auto *q = t.quantization()) {
        if (q->scale())
          out.quantization.scales.assign(q->scale()->begin(), q->scale()->end());
        if (q->zero_point())
          out.quantization.zeroPoints.assign(q->zero_point()->begin(), q->zero_point()->end());
        out.quantization.quantizedDimension = q->quantized_dimension();
      }
      if (t.buffer() != 0) {
        if (!buffers || t.buffer() >= buffers->size())
          return Error{fmt::format("{}: buffer index {} out of range", where, t.buffer())};
        const tflite::Buffer &b = *buffers->Get(t.buffer());
        if (b.offset() != 0 || b.size() != 0)
          return Error{
              fmt::format("{}: data stored outside the flatbuffer is not supported", where)};
        if (b.data() && b.data()->size() > 0) {
          if (out.type == DataType::Unsupported)
            return Error{fmt::format("{}: constant of unsupported type {}", where,
                                     static_cast<int>(t.type()))};
          if (static_cast<int64_t>(b.data()->size()) != elements * elementSize(out.type))
            return Error{fmt::format("{}: {} bytes of data for {} elements of {}", where,
                                     b.data()->size(), elements, name(out.type))};
          out.data.assign(b.data()->begin(), b.data()->end());
        }
      }
      out.variable = t.is_variable();
      graph_.tensors.push_back(std::move(out));
    }
    return {};
  }

  Status indexList(const flatbuffers::Vector<int32_t> *v, const std::string &what,
                   std::vector<int> &out, bool optionalAllowed) {
    if (!v)
      return {};
    for (int32_t t : *v) {
      if (t == -1 && optionalAllowed) {
        out.push_back(-1);
        continue;
      }
      if (t < 0 || t >= static_cast<int32_t>(graph_.tensors.size()))
        return Error{fmt::format("{}: {} refers to tensor {}, out of range [0, {})", graph_.name,
                                 what, t, graph_.tensors.size())};
      out.push_back(t);
    }
    return {};
  }

  // `unsupported` is set when the node is an operator loom does not have (the error says which).
  void count(const std::string &name, bool supported) {
    auto it = std::find_if(uses_.begin(), uses_.end(),
                           [&](const OperatorUse &u) { return u.name == name; });
    if (it == uses_.end())
      it = uses_.insert(uses_.end(), OperatorUse{name, 0, supported});
    ++it->nodes;
  }

  Status node(const tflite::Operator &op, int index, bool &unsupported) {
    const auto *codes = model_.operator_codes();
    if (!codes || op.opcode_index() >= codes->size())
      return Error{fmt::format("{}: node {}: operator code index {} out of range", graph_.name,
                               index, op.opcode_index())};
    const tflite::OperatorCode &code = *codes->Get(op.opcode_index());
    // TFLite rule: the real code is the larger of the deprecated byte field and the int field.
    const int32_t builtin = std::max<int32_t>(code.deprecated_builtin_code(), code.builtin_code());
    Node n;
    n.index = index;
    if (auto s = indexList(op.inputs(), fmt::format("node {} input", index), n.inputs, true); !s)
      return s;
    if (auto s = indexList(op.outputs(), fmt::format("node {} output", index), n.outputs, false);
        !s)
      return s;
    auto names = [&](const std::vector<int> &ts) {
      std::string s;
      for (int t : ts)
        s += (s.empty() ? "'" : ", '") + (t >= 0 ? graph_.tensors[t].name : "-") + "'";
      return s.empty() ? std::string("none") : s;
    };
    if (builtin == detail::kSplitBuiltin || builtin == detail::kSplitVBuiltin ||
        builtin == detail::kUnpackBuiltin) {
      count(tfliteOperatorName(builtin), true);
      const auto *u = op.builtin_options_as_UnpackOptions();
      return detail::appendSplit(graph_, builtin, index, n.inputs, n.outputs, u ? u->axis() : 0);
    }
    auto type = opType(builtin);
    unsupported = code.custom_code() || builtin == 32 || !type;
    count(code.custom_code() ? code.custom_code()->str() : tfliteOperatorName(builtin),
          !unsupported);
    if (code.custom_code() || builtin == 32)
      return Error{fmt::format("node {}: custom operator '{}' is not supported (inputs {}; "
                               "outputs {})",
                               index, code.custom_code() ? code.custom_code()->str() : "?",
                               names(n.inputs), names(n.outputs))};
    if (!type)
      return Error{fmt::format("node {}: {} (builtin operator {}) is not supported (inputs {}; "
                               "outputs {})",
                               index, tfliteOperatorName(builtin), builtin, names(n.inputs),
                               names(n.outputs))};
    n.op = *type;
    if (n.outputs.empty())
      return Error{
          fmt::format("{}: node {} ({}) has no output", graph_.name, index, graph::name(n.op))};
    if (auto s = detail::readOptions(op, n); !s)
      return Error{fmt::format("{}: {}: {}", graph_.name, graph_.describe(n), s.error().message)};
    if (auto s = shapes(n); !s)
      return Error{fmt::format("{}: {}: {}", graph_.name, graph_.describe(n), s.error().message)};
    graph_.nodes.push_back(std::move(n));
    return {};
  }

  // The ranks and constant operands each kernel relies on.
  Status shapes(const Node &n) {
    auto rank = [&](int t) { return t >= 0 ? graph_.tensors[t].shape.size() : 0; };
    auto need = [&](size_t inputs) -> Status {
      if (n.inputs.size() < inputs)
        return Error{fmt::format("{} inputs, expected at least {}", n.inputs.size(), inputs)};
      for (size_t i = 0; i < inputs; ++i)
        if (n.inputs[i] < 0)
          return Error{fmt::format("input {} is missing", i)};
      return {};
    };
    switch (n.op) {
    case OpType::Conv2D:
    case OpType::DepthwiseConv2D:
      if (auto s = need(2); !s)
        return s;
      if (rank(n.inputs[0]) != 4 || rank(n.inputs[1]) != 4 || rank(n.outputs[0]) != 4)
        return Error{"input, weights and output must be 4-D"};
      if (!graph_.tensors[n.inputs[1]].isConstant())
        return Error{"the weights are not constant"};
      break;
    case OpType::FullyConnected:
      if (auto s = need(2); !s)
        return s;
      if (rank(n.inputs[1]) != 2 || !graph_.tensors[n.inputs[1]].isConstant())
        return Error{"the weights must be a constant 2-D tensor"};
      if (graph_.tensors[n.inputs[1]].shape[0] == 0)
        return Error{"the weights have no output row"};
      break;
    case OpType::Pad:
    case OpType::Add:
    case OpType::Sub:
    case OpType::Mul:
    case OpType::Maximum:
    case OpType::Minimum:
    case OpType::Prelu:
    case OpType::Reshape:
    case OpType::Transpose:
    case OpType::Mean: return need(n.op == OpType::Reshape ? 1 : 2);
    case OpType::Slice: return need(3);
    case OpType::StridedSlice: return need(4);
    case OpType::UnidirectionalSequenceLstm: return need(1);
    case OpType::Svdf: return need(3); // the bias is optional; the lowering checks the state
    default: return need(1);
    }
    return {};
  }

  const tflite::Model &model_;
  std::vector<OperatorUse> uses_;
  Graph graph_;
};

} // namespace

namespace {

// The model in `bytes` once the flatbuffers Verifier has passed it.
Expected<const tflite::Model *> verifiedModel(std::span<const uint8_t> bytes,
                                              const std::string &name) {
  if (bytes.size() < 8)
    return Error{fmt::format("{}: {} bytes is too short for a TFLite model", name, bytes.size())};
  flatbuffers::Verifier verifier(bytes.data(), bytes.size());
  if (!tflite::VerifyModelBuffer(verifier))
    return Error{fmt::format("{}: not a valid TFLite flatbuffer (verification failed)", name)};
  return tflite::GetModel(bytes.data());
}

} // namespace

Expected<Graph> importTflite(std::span<const uint8_t> bytes, const std::string &name) {
  auto model = verifiedModel(bytes, name);
  if (!model)
    return model.error();
  return Importer(**model, name).run();
}

namespace {

Expected<std::vector<uint8_t>> readModelFile(const std::filesystem::path &path) {
  // libstdc++ throws from the read of a directory it opened: refuse it before.
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec))
    return Error{fmt::format("{} is a directory, not a .tflite model", path.string())};
  std::ifstream f(path, std::ios::binary);
  if (!f)
    return Error{fmt::format("cannot open {}", path.string())};
  return std::vector<uint8_t>((std::istreambuf_iterator<char>(f)), {});
}

} // namespace

Expected<Graph> importTfliteFile(const std::filesystem::path &path) {
  auto bytes = readModelFile(path);
  if (!bytes)
    return bytes.error();
  return importTflite(*bytes, path.stem().string());
}

Expected<std::vector<OperatorUse>> tfliteOperatorUses(const std::filesystem::path &path) {
  auto bytes = readModelFile(path);
  if (!bytes)
    return bytes.error();
  const std::string name = path.stem().string();
  auto model = verifiedModel(*bytes, name);
  if (!model)
    return model.error();
  Importer importer(**model, name);
  (void)importer.run(); // its error is the import's to report; the uses are counted regardless
  return importer.uses();
}

} // namespace loom::graph
