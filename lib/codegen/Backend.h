// Target machines and the optimisation pipeline (internal to codegen).
#pragma once

#include "loom/codegen/Target.h"
#include "loom/ir/Stmt.h"
#include "loom/support/Error.h"

#include <llvm/IR/Module.h>
#include <llvm/Target/TargetMachine.h>

#include <memory>

namespace loom::codegen::detail {

// Registers the ARM and host back ends once per process.
void initializeLLVM();

Expected<std::unique_ptr<llvm::TargetMachine>> createTargetMachine(const Target &target);

// Runs LLVM's O3 module pipeline with the target's cost model.
void optimize(llvm::Module &module, llvm::TargetMachine &machine);

// Verifies the loom kernel, lowers it and optimises it for `machine`.
Expected<std::unique_ptr<llvm::Module>>
buildModule(const ir::Kernel &kernel, llvm::LLVMContext &context, llvm::TargetMachine &machine);

} // namespace loom::codegen::detail
