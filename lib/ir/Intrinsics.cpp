// The intrinsic table shared by the verifier and codegen.
#include "loom/ir/Intrinsics.h"

namespace loom::ir {

const std::vector<IntrinsicSignature> &intrinsicTable() {
  using enum ScalarType;
  static const std::vector<IntrinsicSignature> table = {
      {kSatRoundingDoublingHighMul,
       I32,
       {I32, I32},
       "gemmlowp SaturatingRoundingDoublingHighMul: 2*a*b / 2^32 rounded to nearest, ties "
       "toward +infinity; saturates INT32_MIN*INT32_MIN"},
      {kRoundingDivideByPOT,
       I32,
       {I32, I32},
       "gemmlowp RoundingDivideByPOT: x / 2^exponent rounded to nearest, ties away from zero"},
      {kCountLeadingZeros, I32, {I32}, "CLZ: number of leading zero bits (32 for zero)"},
      {kExpF32, F32, {F32}, "exp in float: the C library's double exp of x, rounded to float"},
      {kLogF32, F32, {F32}, "log in float: the C library's double log of x, rounded to float"},
      {kSxtb16, I32, {I32}, "SXTB16: sign-extend bytes 0 and 2 into the two halfwords"},
      {kSxtb16Ror8, I32, {I32}, "SXTB16 ROR #8: sign-extend bytes 1 and 3 into the two halfwords"},
      {kSmlad,
       I32,
       {I32, I32, I32},
       "SMLAD: acc + a.lo*b.lo + a.hi*b.hi on signed halfwords, wrapping"},
      {kSmmlar,
       I32,
       {I32, I32, I32},
       "SMMLAR: acc + high word of a*b, rounded ((acc<<32) + a*b + 2^31) >> 32"},
      {kSsat8, I32, {I32}, "SSAT #8: saturate to [-128, 127]"},
      {kSxtab16,
       I32,
       {I32, I32},
       "SXTAB16: each halfword of a plus the sign-extended byte 0 / byte 2 of x"},
      {kSxtab16Ror8,
       I32,
       {I32, I32},
       "SXTAB16 ROR #8: each halfword of a plus the sign-extended byte 1 / byte 3 of x"},
      {kSmlabb, I32, {I32, I32, I32}, "SMLABB: acc + a.lo * b.lo (signed halfwords)"},
      {kSmlatt, I32, {I32, I32, I32}, "SMLATT: acc + a.hi * b.hi (signed halfwords)"},
      {kSmlabt, I32, {I32, I32, I32}, "SMLABT: acc + a.lo * b.hi (signed halfwords)"},
      {kPack4I8,
       I32,
       {I32, I32, I32, I32},
       "the low bytes of a, b, c, d as bytes 0, 1, 2, 3 of one word (UXTB, BFI, ORR)"},
      {kSmax8,
       I32,
       {I32, I32},
       "per byte lane, the larger signed byte of a and b (SSUB8 then SEL)"},
      {kSmin8,
       I32,
       {I32, I32},
       "per byte lane, the smaller signed byte of a and b (SSUB8 then SEL)"},
  };
  return table;
}

const IntrinsicSignature *findIntrinsic(std::string_view name) {
  for (const auto &s : intrinsicTable())
    if (s.name == name)
      return &s;
  return nullptr;
}

} // namespace loom::ir
