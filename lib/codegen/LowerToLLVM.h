// Translation of a loom kernel to an LLVM module (internal to codegen).
#pragma once

#include "loom/ir/Stmt.h"

#include <llvm/IR/IRBuilder.h>
#include <llvm/IR/LLVMContext.h>
#include <llvm/IR/Module.h>

#include <memory>
#include <string_view>
#include <vector>

namespace loom::codegen::detail {

// What the lowering of the intrinsics depends on in the target.
struct LoweringTarget {
  // Emit ARMv7E-M DSP intrinsics as llvm.arm.* (Cortex-M targets) rather than as their portable
  // integer expansion (host JIT).
  bool armDsp = false;
  // The hard-float ABI without a double-precision FPU (Cortex-M4, M33): float <-> double
  // conversions are library calls, made explicitly to __aeabi_f2d/__aeabi_d2f with the base
  // AAPCS. (LLVM 19 calls libgcc's __extendsfdf2/__truncdfsf2 there with the VFP convention, but
  // libgcc implements them in assembly with the base one: the values come back as garbage.)
  bool softDouble = false;
};

// Builds `void name(ptr arg0, ptr arg1, ...)`; constant buffers become private read-only globals.
// The caller sets the data layout and triple before optimising.
std::unique_ptr<llvm::Module> lowerToLLVM(const ir::Kernel &kernel, llvm::LLVMContext &context,
                                          const LoweringTarget &target);

// Emits one of the IR intrinsic table's entries (see loom/ir/Intrinsics.h).
llvm::Value *lowerIntrinsic(llvm::IRBuilder<> &builder, std::string_view name,
                            const std::vector<llvm::Value *> &args, const LoweringTarget &target);

} // namespace loom::codegen::detail
