// Host execution of kernels through ORC LLJIT, with the same lowering and pipeline as the target.
#include "Backend.h"
#include "loom/codegen/Codegen.h"

#include <llvm/ExecutionEngine/Orc/JITTargetMachineBuilder.h>
#include <llvm/ExecutionEngine/Orc/LLJIT.h>
#include <llvm/ExecutionEngine/Orc/ThreadSafeModule.h>
#include <llvm/Support/Error.h>

#include <fmt/format.h>

namespace loom::codegen {

namespace {
constexpr size_t kMaxArguments = 8;
} // namespace

struct JitKernel::Impl {
  std::unique_ptr<llvm::orc::LLJIT> jit;
  void *entry = nullptr;
  size_t argumentCount = 0;
};

JitKernel::JitKernel(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
JitKernel::~JitKernel() = default;

Expected<std::unique_ptr<JitKernel>> JitKernel::compile(const ir::Kernel &kernel) {
  detail::initializeLLVM();
  auto fail = [&](llvm::Error e) {
    return Error{fmt::format("JIT of '{}': {}", kernel.name, llvm::toString(std::move(e)))};
  };
  auto builder = llvm::orc::JITTargetMachineBuilder::detectHost();
  if (!builder)
    return fail(builder.takeError());
  builder->setCodeGenOptLevel(llvm::CodeGenOptLevel::Aggressive);
  auto machine = builder->createTargetMachine();
  if (!machine)
    return fail(machine.takeError());

  auto context = std::make_unique<llvm::LLVMContext>();
  auto module = detail::buildModule(kernel, *context, **machine);
  if (!module)
    return module.error();

  auto jit = llvm::orc::LLJITBuilder().setJITTargetMachineBuilder(std::move(*builder)).create();
  if (!jit)
    return fail(jit.takeError());
  if (auto e =
          (*jit)->addIRModule(llvm::orc::ThreadSafeModule(std::move(*module), std::move(context))))
    return fail(std::move(e));
  auto symbol = (*jit)->lookup(kernel.name);
  if (!symbol)
    return fail(symbol.takeError());

  auto impl = std::make_unique<Impl>();
  impl->entry = symbol->toPtr<void *>();
  impl->argumentCount = kernel.arguments.size();
  impl->jit = std::move(*jit);
  return std::unique_ptr<JitKernel>(new JitKernel(std::move(impl)));
}

Status JitKernel::run(const std::vector<void *> &a) const {
  if (a.size() != impl_->argumentCount)
    return Error{
        fmt::format("kernel takes {} arguments, {} given", impl_->argumentCount, a.size())};
  if (a.size() > kMaxArguments)
    return Error{fmt::format("kernels with {} arguments are not supported", a.size())};
  // Every argument is a pointer in an integer register or stack slot, so calling through the
  // widest signature with unused trailing arguments is sound on the host ABIs loom supports.
  void *p[kMaxArguments] = {};
  std::copy(a.begin(), a.end(), p);
  using P = void *;
  reinterpret_cast<void (*)(P, P, P, P, P, P, P, P)>(impl_->entry)(p[0], p[1], p[2], p[3], p[4],
                                                                   p[5], p[6], p[7]);
  return {};
}

} // namespace loom::codegen
