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

// Builds `void name(ptr arg0, ptr arg1, ...)`; constant buffers become private read-only globals.
// The caller sets the data layout and triple before optimising.
// armDsp: emit ARMv7E-M DSP intrinsics as llvm.arm.* (thumbv7em targets) rather than as their
// portable integer expansion (host JIT).
std::unique_ptr<llvm::Module> lowerToLLVM(const ir::Kernel &kernel, llvm::LLVMContext &context,
                                          bool armDsp);

// Emits one of the IR intrinsic table's entries (see loom/ir/Intrinsics.h).
llvm::Value *lowerIntrinsic(llvm::IRBuilder<> &builder, std::string_view name,
                            const std::vector<llvm::Value *> &args, bool armDsp);

} // namespace loom::codegen::detail
