// The named intrinsics a nest may call, with their signatures. The verifier checks calls
// against this table; codegen implements every entry (for the target and for the host JIT).
#pragma once

#include "loom/ir/Type.h"

#include <string_view>
#include <vector>

namespace loom::ir {

struct IntrinsicSignature {
  std::string_view name;
  ScalarType result;
  std::vector<ScalarType> params;
  std::string_view meaning;
};

const std::vector<IntrinsicSignature> &intrinsicTable();
const IntrinsicSignature *findIntrinsic(std::string_view name);

// Names used by the ops (kept as constants so a typo is a compile error, not a verifier error).
inline constexpr std::string_view kSatRoundingDoublingHighMul = "sat_rounding_doubling_high_mul";
inline constexpr std::string_view kRoundingDivideByPOT = "rounding_divide_by_pot";
inline constexpr std::string_view kCountLeadingZeros = "clz"; // leading zero bits, 32 for 0
inline constexpr std::string_view kExpF32 = "exp_f32";        // (float)exp((double)x)
inline constexpr std::string_view kLogF32 = "log_f32";        // (float)log((double)x)
// ARMv7E-M DSP instructions (llvm.arm.* on the target, a portable expansion on the host).
inline constexpr std::string_view kSxtb16 = "sxtb16";          // bytes 0 and 2 -> two int16
inline constexpr std::string_view kSxtb16Ror8 = "sxtb16_ror8"; // bytes 1 and 3 -> two int16
inline constexpr std::string_view kSmlad = "smlad";            // acc + lo*lo + hi*hi (int16 halves)
inline constexpr std::string_view kSmmlar = "smmlar";          // acc + (a*b + 2^31) >> 32
inline constexpr std::string_view kSsat8 = "ssat8";            // saturate to [-128, 127]
inline constexpr std::string_view kSxtab16 = "sxtab16";        // a + bytes 0, 2 of x (halfwords)
inline constexpr std::string_view kSxtab16Ror8 = "sxtab16_ror8"; // a + bytes 1, 3 of x (halfwords)
inline constexpr std::string_view kSmlabb = "smlabb";            // acc + a.lo * b.lo
inline constexpr std::string_view kSmlatt = "smlatt";            // acc + a.hi * b.hi
inline constexpr std::string_view kSmlabt = "smlabt";            // acc + a.lo * b.hi
inline constexpr std::string_view kPack4I8 = "pack4_i8"; // low bytes of a, b, c, d -> one word
inline constexpr std::string_view kSmax8 = "smax8";      // lane-wise signed-byte max (SSUB8+SEL)
inline constexpr std::string_view kSmin8 = "smin8";      // lane-wise signed-byte min (SSUB8+SEL)

} // namespace loom::ir
