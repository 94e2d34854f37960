// LLVM IR for each named intrinsic. The expansions are target-independent integer IR, so the host
// JIT runs exactly the arithmetic the Cortex-M object runs.
#include "LowerToLLVM.h"

#include "loom/ir/Intrinsics.h"

#include <stdexcept>

namespace loom::codegen::detail {

namespace {

// gemmlowp SaturatingRoundingDoublingHighMul on i32 via an i64 product. The division by 2^31
// truncates toward zero as in gemmlowp; LLVM lowers it to shifts (no runtime-library call).
llvm::Value *satRoundingDoublingHighMul(llvm::IRBuilder<> &b, llvm::Value *x, llvm::Value *y) {
  llvm::Type *i64 = b.getInt64Ty();
  llvm::Value *product = b.CreateMul(b.CreateSExt(x, i64), b.CreateSExt(y, i64));
  llvm::Value *nudge = b.CreateSelect(b.CreateICmpSGE(product, b.getInt64(0)), b.getInt64(1 << 30),
                                      b.getInt64(1 - (1 << 30)));
  llvm::Value *high = b.CreateTrunc(
      b.CreateSDiv(b.CreateAdd(product, nudge), b.getInt64(int64_t{1} << 31)), b.getInt32Ty());
  llvm::Value *overflow =
      b.CreateAnd(b.CreateICmpEQ(x, y), b.CreateICmpEQ(x, b.getInt32(INT32_MIN)));
  return b.CreateSelect(overflow, b.getInt32(INT32_MAX), high);
}

// gemmlowp RoundingDivideByPOT: (x >> e) + (remainder > (mask >> 1) + (x < 0)).
llvm::Value *roundingDivideByPOT(llvm::IRBuilder<> &b, llvm::Value *x, llvm::Value *exponent) {
  llvm::Value *mask = b.CreateSub(b.CreateShl(b.getInt32(1), exponent), b.getInt32(1));
  llvm::Value *remainder = b.CreateAnd(x, mask);
  llvm::Value *negative = b.CreateZExt(b.CreateICmpSLT(x, b.getInt32(0)), b.getInt32Ty());
  llvm::Value *threshold = b.CreateAdd(b.CreateAShr(mask, b.getInt32(1)), negative);
  llvm::Value *roundUp = b.CreateZExt(b.CreateICmpSGT(remainder, threshold), b.getInt32Ty());
  return b.CreateAdd(b.CreateAShr(x, exponent), roundUp);
}

} // namespace

llvm::Value *lowerIntrinsic(llvm::IRBuilder<> &b, std::string_view name,
                            const std::vector<llvm::Value *> &args) {
  if (name == ir::kSatRoundingDoublingHighMul)
    return satRoundingDoublingHighMul(b, args.at(0), args.at(1));
  if (name == ir::kRoundingDivideByPOT)
    return roundingDivideByPOT(b, args.at(0), args.at(1));
  // The verifier checks every call against the table, so this is a missing table entry.
  throw std::logic_error("codegen has no lowering for intrinsic " + std::string(name));
}

} // namespace loom::codegen::detail
