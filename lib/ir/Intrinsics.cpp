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
