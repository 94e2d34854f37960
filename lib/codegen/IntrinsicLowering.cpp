// LLVM IR for each named intrinsic. The expansions are target-independent integer IR, so the host
// JIT runs exactly the arithmetic the Cortex-M object runs.
#include "LowerToLLVM.h"

#include "loom/ir/Intrinsics.h"

#include <llvm/IR/InlineAsm.h>
#include <llvm/IR/IntrinsicsARM.h>

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

// A call of an ARM run-time ABI helper (arguments and result in core registers, whatever the
// float ABI: RTABI functions use the base AAPCS).
llvm::Value *baseAapcsCall(llvm::IRBuilder<> &b, const char *name, llvm::Type *result,
                           llvm::Value *argument) {
  llvm::Module *m = b.GetInsertBlock()->getModule();
  llvm::FunctionCallee callee =
      m->getOrInsertFunction(name, llvm::FunctionType::get(result, {argument->getType()}, false));
  auto *f = llvm::cast<llvm::Function>(callee.getCallee());
  f->setCallingConv(llvm::CallingConv::ARM_AAPCS);
  f->setDoesNotThrow();
  llvm::CallInst *call = b.CreateCall(callee, {argument});
  call->setCallingConv(llvm::CallingConv::ARM_AAPCS);
  return call;
}

// Sign-extended halfword `half` (0 = low, 1 = high) of x.
llvm::Value *half(llvm::IRBuilder<> &b, llvm::Value *x, int which) {
  llvm::Value *h = which ? b.CreateAShr(x, 16) : b.CreateAShr(b.CreateShl(x, 16), 16);
  return h;
}

// Portable SXTB16: bytes 0 and 2 of x, sign-extended into the low and high halfwords.
llvm::Value *sxtb16(llvm::IRBuilder<> &b, llvm::Value *x) {
  llvm::Value *lo = b.CreateAnd(b.CreateAShr(b.CreateShl(x, 24), 24), b.getInt32(0xFFFF));
  llvm::Value *hi = b.CreateShl(b.CreateAShr(b.CreateShl(x, 8), 24), 16);
  return b.CreateOr(lo, hi);
}

llvm::Value *rotateRight8(llvm::IRBuilder<> &b, llvm::Value *x) {
  return b.CreateIntrinsic(llvm::Intrinsic::fshr, {b.getInt32Ty()}, {x, x, b.getInt32(8)});
}

llvm::Value *armIntrinsic(llvm::IRBuilder<> &b, llvm::Intrinsic::ID id,
                          const std::vector<llvm::Value *> &args) {
  return b.CreateIntrinsic(id, {}, args);
}

// SMMLAR has no LLVM intrinsic; on the target it is one instruction of inline assembly.
llvm::Value *smmlar(llvm::IRBuilder<> &b, llvm::Value *x, llvm::Value *y, llvm::Value *acc,
                    bool armDsp) {
  if (armDsp) {
    auto *type = llvm::FunctionType::get(b.getInt32Ty(),
                                         {b.getInt32Ty(), b.getInt32Ty(), b.getInt32Ty()}, false);
    auto *asmCall = llvm::InlineAsm::get(type, "smmlar $0, $1, $2, $3", "=r,r,r,r", false);
    return b.CreateCall(type, asmCall, {x, y, acc});
  }
  llvm::Type *i64 = b.getInt64Ty();
  llvm::Value *sum = b.CreateAdd(b.CreateShl(b.CreateSExt(acc, i64), 32),
                                 b.CreateMul(b.CreateSExt(x, i64), b.CreateSExt(y, i64)));
  sum = b.CreateAdd(sum, b.getInt64(int64_t{1} << 31));
  return b.CreateTrunc(b.CreateAShr(sum, 32), b.getInt32Ty());
}

// Lane-wise signed-byte max / min. On the target SSUB8 sets one GE flag per lane (a - b >= 0)
// and SEL picks each lane by it; the pair is one inline-assembly block because LLVM does not
// model the GE flags between the two instructions. The host uses LLVM's <4 x i8> min/max.
llvm::Value *byteLanes(llvm::IRBuilder<> &b, llvm::Value *x, llvm::Value *y, bool max,
                       bool armDsp) {
  if (armDsp) {
    auto *type = llvm::FunctionType::get(b.getInt32Ty(), {b.getInt32Ty(), b.getInt32Ty()}, false);
    // Early-clobber output: SSUB8 writes it before SEL reads both inputs.
    auto *asmCall = llvm::InlineAsm::get(
        type, max ? "ssub8 $0, $1, $2\n\tsel $0, $1, $2" : "ssub8 $0, $1, $2\n\tsel $0, $2, $1",
        "=&r,r,r", false);
    return b.CreateCall(type, asmCall, {x, y});
  }
  auto *lanes = llvm::FixedVectorType::get(b.getInt8Ty(), 4);
  llvm::Value *r = b.CreateBinaryIntrinsic(max ? llvm::Intrinsic::smax : llvm::Intrinsic::smin,
                                           b.CreateBitCast(x, lanes), b.CreateBitCast(y, lanes));
  return b.CreateBitCast(r, b.getInt32Ty());
}

// Bytes 0..3 of the result are the low bytes of the four arguments (UXTB, BFI and ORR with
// shifted operands once selected).
llvm::Value *pack4(llvm::IRBuilder<> &b, const std::vector<llvm::Value *> &args) {
  llvm::Value *word = b.CreateAnd(args.at(0), b.getInt32(0xFF));
  for (unsigned lane = 1; lane < 4; ++lane) {
    llvm::Value *byte = lane == 3 ? args.at(3) : b.CreateAnd(args.at(lane), b.getInt32(0xFF));
    word = b.CreateOr(word, b.CreateShl(byte, 8 * lane));
  }
  return word;
}

} // namespace

llvm::Value *lowerIntrinsic(llvm::IRBuilder<> &b, std::string_view name,
                            const std::vector<llvm::Value *> &args, const LoweringTarget &target) {
  const bool armDsp = target.armDsp;
  if (name == ir::kSatRoundingDoublingHighMul)
    return satRoundingDoublingHighMul(b, args.at(0), args.at(1));
  if (name == ir::kRoundingDivideByPOT)
    return roundingDivideByPOT(b, args.at(0), args.at(1));
  // The float exp/log as the C library's double exp/log rounded once to float (loom's reference
  // computes them the same way). newlib's expf/logf are glibc's algorithm only on cores with a
  // double-precision FPU (Cortex-M7); on the Cortex-M4 and M33 newlib keeps an older one that
  // differs in the last bit. exp/log in double are within an ulp of double everywhere, so the
  // float result is the correctly rounded one on every target, as glibc's expf/logf give it
  // (TFLite's reference), but for results within 2^-28 of a float rounding boundary.
  if (name == ir::kExpF32 || name == ir::kLogF32) {
    llvm::Value *wide = target.softDouble
                            ? baseAapcsCall(b, "__aeabi_f2d", b.getDoubleTy(), args.at(0))
                            : b.CreateFPExt(args.at(0), b.getDoubleTy());
    llvm::Value *result = b.CreateUnaryIntrinsic(
        name == ir::kExpF32 ? llvm::Intrinsic::exp : llvm::Intrinsic::log, wide);
    return target.softDouble ? baseAapcsCall(b, "__aeabi_d2f", b.getFloatTy(), result)
                             : b.CreateFPTrunc(result, b.getFloatTy());
  }
  if (name == ir::kCountLeadingZeros) // CLZ on the target; defined (32) for zero
    return b.CreateBinaryIntrinsic(llvm::Intrinsic::ctlz, args.at(0), b.getFalse());
  if (name == ir::kSxtb16 || name == ir::kSxtb16Ror8) {
    llvm::Value *x = name == ir::kSxtb16 ? args.at(0) : rotateRight8(b, args.at(0));
    // The rotate folds into SXTB16's ROR #8 operand during instruction selection.
    return armDsp ? armIntrinsic(b, llvm::Intrinsic::arm_sxtb16, {x}) : sxtb16(b, x);
  }
  if (name == ir::kSmlad) {
    if (armDsp)
      return armIntrinsic(b, llvm::Intrinsic::arm_smlad, {args.at(0), args.at(1), args.at(2)});
    llvm::Value *lo = b.CreateMul(half(b, args[0], 0), half(b, args[1], 0));
    llvm::Value *hi = b.CreateMul(half(b, args[0], 1), half(b, args[1], 1));
    return b.CreateAdd(args[2], b.CreateAdd(lo, hi));
  }
  if (name == ir::kSxtab16 || name == ir::kSxtab16Ror8) {
    llvm::Value *x = name == ir::kSxtab16 ? args.at(1) : rotateRight8(b, args.at(1));
    if (armDsp)
      return armIntrinsic(b, llvm::Intrinsic::arm_sxtab16, {args.at(0), x});
    // Halfword-wise addition: the low halves must not carry into the high half.
    llvm::Value *bytes = sxtb16(b, x);
    llvm::Value *lo = b.CreateAnd(b.CreateAdd(args[0], bytes), b.getInt32(0xFFFF));
    llvm::Value *hi = b.CreateAnd(b.CreateAdd(b.CreateAnd(args[0], b.getInt32(0xFFFF0000)),
                                              b.CreateAnd(bytes, b.getInt32(0xFFFF0000))),
                                  b.getInt32(0xFFFF0000));
    return b.CreateOr(lo, hi);
  }
  if (name == ir::kSmlabb || name == ir::kSmlatt) {
    const bool top = name == ir::kSmlatt;
    if (armDsp)
      return armIntrinsic(b, top ? llvm::Intrinsic::arm_smlatt : llvm::Intrinsic::arm_smlabb,
                          {args.at(0), args.at(1), args.at(2)});
    return b.CreateAdd(args[2], b.CreateMul(half(b, args[0], top), half(b, args[1], top)));
  }
  if (name == ir::kSmlabt) {
    if (armDsp)
      return armIntrinsic(b, llvm::Intrinsic::arm_smlabt, {args.at(0), args.at(1), args.at(2)});
    return b.CreateAdd(args[2], b.CreateMul(half(b, args[0], false), half(b, args[1], true)));
  }
  if (name == ir::kSmmlar)
    return smmlar(b, args.at(0), args.at(1), args.at(2), armDsp);
  if (name == ir::kSsat8) {
    if (armDsp)
      return armIntrinsic(b, llvm::Intrinsic::arm_ssat, {args.at(0), b.getInt32(8)});
    return b.CreateBinaryIntrinsic(
        llvm::Intrinsic::smin,
        b.CreateBinaryIntrinsic(llvm::Intrinsic::smax, args.at(0), b.getInt32(-128)),
        b.getInt32(127));
  }
  if (name == ir::kPack4I8)
    return pack4(b, args);
  if (name == ir::kSmax8 || name == ir::kSmin8)
    return byteLanes(b, args.at(0), args.at(1), name == ir::kSmax8, armDsp);
  // The verifier checks every call against the table, so this is a missing table entry.
  throw std::logic_error("codegen has no lowering for intrinsic " + std::string(name));
}

} // namespace loom::codegen::detail
