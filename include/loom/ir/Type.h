// Scalar types of loom's loop-nest IR.
#pragma once

#include <cstdint>
#include <string_view>

namespace loom::ir {

// i1 is the result of comparisons; i8/i16/i32 are element types of buffers;
// i64 exists only inside expressions (e.g. the 64-bit product of a requantization).
enum class ScalarType : uint8_t { I1, I8, I16, I32, I64 };

int bitWidth(ScalarType t);
int byteSize(ScalarType t); // storage size in bytes; i1 is stored as one byte
std::string_view name(ScalarType t);
// The smallest and largest values representable in a signed type of that width.
int64_t minValue(ScalarType t);
int64_t maxValue(ScalarType t);

} // namespace loom::ir
