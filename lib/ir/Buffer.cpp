// Buffer construction and sizes.
#include "loom/ir/Buffer.h"

namespace loom::ir {

std::string_view name(BufferRole r) {
  switch (r) {
  case BufferRole::Input: return "input";
  case BufferRole::Weight: return "weight";
  case BufferRole::Bias: return "bias";
  case BufferRole::Quantization: return "quantization";
  case BufferRole::Output: return "output";
  case BufferRole::InOut: return "inout";
  case BufferRole::Scratch: return "scratch";
  case BufferRole::Local: return "local";
  }
  return "?";
}

int64_t BufferNode::elementCount() const {
  int64_t n = 1;
  for (int64_t d : shape)
    n *= d;
  return n;
}

int64_t BufferNode::byteSize() const { return elementCount() * ir::byteSize(type); }

bool BufferNode::isDense() const {
  int64_t stride = 1;
  for (size_t i = shape.size(); i-- > 0;) {
    if (strides[i] != stride)
      return false;
    stride *= shape[i];
  }
  return true;
}

Buffer makeBuffer(std::string name, ScalarType type, std::vector<int64_t> shape,
                  std::vector<std::string> dimNames, BufferRole role) {
  return makeConstantBuffer(std::move(name), type, std::move(shape), std::move(dimNames), role, {});
}

Buffer makeConstantBuffer(std::string name, ScalarType type, std::vector<int64_t> shape,
                          std::vector<std::string> dimNames, BufferRole role,
                          std::vector<int64_t> data) {
  auto b = std::make_shared<BufferNode>();
  b->name = std::move(name);
  b->type = type;
  b->strides.assign(shape.size(), 1);
  for (int i = static_cast<int>(shape.size()) - 2; i >= 0; --i)
    b->strides[i] = b->strides[i + 1] * shape[i + 1];
  b->shape = std::move(shape);
  b->dimNames = std::move(dimNames);
  b->role = role;
  b->constantData = std::move(data);
  return b;
}

} // namespace loom::ir
