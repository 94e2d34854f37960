// Scalar type properties.
#include "loom/ir/Type.h"

namespace loom::ir {

int bitWidth(ScalarType t) {
  switch (t) {
  case ScalarType::I1: return 1;
  case ScalarType::I8: return 8;
  case ScalarType::I16: return 16;
  case ScalarType::I32: return 32;
  case ScalarType::I64: return 64;
  case ScalarType::F32: return 32;
  }
  return 0;
}

int byteSize(ScalarType t) { return t == ScalarType::I1 ? 1 : bitWidth(t) / 8; }

bool isFloat(ScalarType t) { return t == ScalarType::F32; }

std::string_view name(ScalarType t) {
  switch (t) {
  case ScalarType::I1: return "i1";
  case ScalarType::I8: return "i8";
  case ScalarType::I16: return "i16";
  case ScalarType::I32: return "i32";
  case ScalarType::I64: return "i64";
  case ScalarType::F32: return "f32";
  }
  return "?";
}

int64_t minValue(ScalarType t) {
  if (t == ScalarType::I1)
    return 0;
  if (t == ScalarType::I64)
    return INT64_MIN;
  return -(int64_t{1} << (bitWidth(t) - 1));
}

int64_t maxValue(ScalarType t) {
  if (t == ScalarType::I1)
    return 1;
  if (t == ScalarType::I64)
    return INT64_MAX;
  return (int64_t{1} << (bitWidth(t) - 1)) - 1;
}

} // namespace loom::ir
