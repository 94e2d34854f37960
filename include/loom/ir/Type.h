// Scalar types of loom's loop-nest IR.
#pragma once

#include <cstdint>
#include <string_view>

namespace loom::ir {

// i1 is the result of comparisons; i8/i16/i32 are element types of buffers;
// i64 exists only inside expressions (e.g. the 64-bit product of a requantization).
// f32 (IEEE single) exists for the float32 boundaries of models (QUANTIZE/DEQUANTIZE and the
// float ops after them); every other value is an integer.
enum class ScalarType : uint8_t { I1, I8, I16, I32, I64, F32 };

int bitWidth(ScalarType t);
int byteSize(ScalarType t); // storage size in bytes; i1 is stored as one byte
bool isFloat(ScalarType t);
std::string_view name(ScalarType t);
// The smallest and largest values representable in a signed integer type of that width (f32:
// the i32 range, which is what a conversion to an integer saturates to).
int64_t minValue(ScalarType t);
int64_t maxValue(ScalarType t);

} // namespace loom::ir
