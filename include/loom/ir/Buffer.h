// A typed, strided buffer that a loop nest reads or writes.
#pragma once

#include "loom/ir/Type.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace loom::ir {

// What a buffer is for. Input/output/scratch are kernel arguments; weight, bias and quantization
// (per-channel multipliers and shifts) buffers carry constant data baked into the kernel object (so
// it lives in flash); local buffers are small per-kernel arrays (accumulators) that codegen keeps
// on the stack or in registers.
// InOut: read and overwritten in place (an op whose output replaces its dying input).
enum class BufferRole : uint8_t {
  Input,
  Weight,
  Bias,
  Quantization,
  Output,
  InOut,
  Scratch,
  Local
};
std::string_view name(BufferRole r);

struct BufferNode {
  std::string name;
  ScalarType type;
  std::vector<int64_t> shape;
  std::vector<int64_t> strides;      // in elements
  std::vector<std::string> dimNames; // e.g. {"h", "w", "c"}; used by the printer and headers
  BufferRole role;
  std::vector<int64_t>
      constantData; // only for constant (weight/bias) buffers; row-major by strides

  int64_t elementCount() const;
  int64_t byteSize() const;
  bool isDense() const; // strides are the row-major ones of the shape (ir/RowPitch.h changes them)
  bool isConstant() const { return !constantData.empty(); }
  bool isArgument() const {
    return role == BufferRole::Input || role == BufferRole::Output || role == BufferRole::InOut ||
           role == BufferRole::Scratch;
  }
};

using Buffer = std::shared_ptr<const BufferNode>;

// A dense row-major buffer.
Buffer makeBuffer(std::string name, ScalarType type, std::vector<int64_t> shape,
                  std::vector<std::string> dimNames, BufferRole role);
// A dense row-major constant buffer holding `data` (one value per element).
Buffer makeConstantBuffer(std::string name, ScalarType type, std::vector<int64_t> shape,
                          std::vector<std::string> dimNames, BufferRole role,
                          std::vector<int64_t> data);

} // namespace loom::ir
