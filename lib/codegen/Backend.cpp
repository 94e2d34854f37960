// Target machines, module verification and the optimisation pipeline.
#include "Backend.h"

#include "LowerToLLVM.h"
#include "loom/ir/Verifier.h"

#include <llvm/IR/Verifier.h>
#include <llvm/MC/MCSubtargetInfo.h>
#include <llvm/MC/TargetRegistry.h>
#include <llvm/Passes/PassBuilder.h>
#include <llvm/Support/TargetSelect.h>
#include <llvm/Support/raw_ostream.h>

#include <fmt/format.h>

#include <mutex>

extern "C" {
void LLVMInitializeARMTargetInfo();
void LLVMInitializeARMTarget();
void LLVMInitializeARMTargetMC();
void LLVMInitializeARMAsmPrinter();
void LLVMInitializeARMAsmParser(); // inline assembly (SMMLAR) goes through the asm parser
}

namespace loom::codegen::detail {

void initializeLLVM() {
  static std::once_flag once;
  std::call_once(once, [] {
    LLVMInitializeARMTargetInfo();
    LLVMInitializeARMTarget();
    LLVMInitializeARMTargetMC();
    LLVMInitializeARMAsmPrinter();
    LLVMInitializeARMAsmParser();
    llvm::InitializeNativeTarget();
    llvm::InitializeNativeTargetAsmPrinter();
  });
}

Expected<std::unique_ptr<llvm::TargetMachine>> createTargetMachine(const Target &target) {
  initializeLLVM();
  std::string error;
  const std::string triple = target.triple();
  const llvm::Target *t = llvm::TargetRegistry::lookupTarget(triple, error);
  if (!t)
    return Error{fmt::format("no LLVM target for {}: {}", triple, error)};
  llvm::TargetOptions options;
  options.FloatABIType =
      target.floatAbi == FloatAbi::Hard ? llvm::FloatABI::Hard : llvm::FloatABI::Soft;
  // Kernels go into .text.<name> / .rodata.<name> so firmware can garbage-collect sections.
  options.FunctionSections = true;
  options.DataSections = true;
  // Soft-float firmware may not enable the FPU: f32 arithmetic becomes __aeabi_* library calls
  // there (as arm-none-eabi-gcc -mfloat-abi=soft does), instead of VFP instructions that fault.
  const std::string features = target.floatAbi == FloatAbi::Soft ? "+soft-float" : "";
  std::unique_ptr<llvm::TargetMachine> machine(
      t->createTargetMachine(triple, target.cpuName(), features, options, llvm::Reloc::Static,
                             std::nullopt, llvm::CodeGenOptLevel::Aggressive));
  if (!machine)
    return Error{fmt::format("LLVM could not create a target machine for {}", target.name())};
  return machine;
}

void optimize(llvm::Module &module, llvm::TargetMachine &machine) {
  llvm::LoopAnalysisManager lam;
  llvm::FunctionAnalysisManager fam;
  llvm::CGSCCAnalysisManager cgam;
  llvm::ModuleAnalysisManager mam;
  llvm::PassBuilder pb(&machine);
  pb.registerModuleAnalyses(mam);
  pb.registerCGSCCAnalyses(cgam);
  pb.registerFunctionAnalyses(fam);
  pb.registerLoopAnalyses(lam);
  pb.crossRegisterProxies(lam, fam, cgam, mam);
  llvm::ModulePassManager mpm = pb.buildPerModuleDefaultPipeline(llvm::OptimizationLevel::O3);
  mpm.run(module, mam);
}

Expected<std::unique_ptr<llvm::Module>>
buildModule(const ir::Kernel &kernel, llvm::LLVMContext &context, llvm::TargetMachine &machine) {
  if (auto s = ir::verify(kernel); !s)
    return s.error();
  const llvm::Triple &triple = machine.getTargetTriple();
  LoweringTarget target;
  target.armDsp = triple.isThumb();
  target.softDouble = triple.isThumb() && machine.Options.FloatABIType == llvm::FloatABI::Hard &&
                      !machine.getMCSubtargetInfo()->checkFeatures("+fp64");
  std::unique_ptr<llvm::Module> module = lowerToLLVM(kernel, context, target);
  module->setTargetTriple(machine.getTargetTriple().str());
  module->setDataLayout(machine.createDataLayout());
  std::string problems;
  llvm::raw_string_ostream os(problems);
  if (llvm::verifyModule(*module, &os))
    return Error{
        fmt::format("kernel '{}': internal error, invalid LLVM IR: {}", kernel.name, problems)};
  optimize(*module, machine);
  return module;
}

} // namespace loom::codegen::detail
