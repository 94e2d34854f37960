// Relocatable thumbv7em objects (and optional .ll / .s) for a kernel.
#include "Backend.h"
#include "loom/codegen/Codegen.h"

#include <llvm/IR/LegacyPassManager.h>
#include <llvm/Support/raw_ostream.h>
#include <llvm/Transforms/Utils/Cloning.h>

#include <fmt/format.h>

#include <fstream>

namespace loom::codegen {

namespace {
Expected<std::string> emitFile(llvm::Module &module, llvm::TargetMachine &machine,
                               llvm::CodeGenFileType kind) {
  llvm::SmallVector<char, 0> buffer;
  llvm::raw_svector_ostream os(buffer);
  llvm::legacy::PassManager pm;
  if (machine.addPassesToEmitFile(pm, os, nullptr, kind))
    return Error{"LLVM cannot emit this file type for the target"};
  pm.run(module);
  return std::string(buffer.begin(), buffer.end());
}
} // namespace

Expected<ObjectCode> emitObject(const ir::Kernel &kernel, const Target &target,
                                const EmitOptions &options) {
  auto machine = detail::createTargetMachine(target);
  if (!machine)
    return machine.error();
  llvm::LLVMContext context;
  auto module = detail::buildModule(kernel, context, **machine);
  if (!module)
    return module.error();
  ObjectCode out;
  if (options.llvmIR) {
    llvm::raw_string_ostream os(out.llvmIR);
    (*module)->print(os, nullptr);
  }
  if (options.assembly) {
    // The back end's IR passes rewrite the module it emits, so the listing comes from a copy:
    // the object must not depend on whether a listing was asked for.
    std::unique_ptr<llvm::Module> copy = llvm::CloneModule(**module);
    auto text = emitFile(*copy, **machine, llvm::CodeGenFileType::AssemblyFile);
    if (!text)
      return text.error();
    out.assembly = std::move(*text);
  }
  auto object = emitFile(**module, **machine, llvm::CodeGenFileType::ObjectFile);
  if (!object)
    return object.error();
  out.object.assign(object->begin(), object->end());
  return out;
}

Expected<std::string> emitLLVMIR(const ir::Kernel &kernel, const Target &target) {
  auto code = emitObject(kernel, target, {.llvmIR = true});
  if (!code)
    return code.error();
  return code->llvmIR;
}

Status writeKernel(const ir::Kernel &kernel, const Target &target, const std::filesystem::path &dir,
                   const EmitOptions &options) {
  auto code = emitObject(kernel, target, options);
  if (!code)
    return code.error();
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec)
    return Error{fmt::format("cannot create {}: {}", dir.string(), ec.message())};
  auto write = [&](const std::string &suffix, const char *data, size_t size) -> Status {
    const auto path = dir / (kernel.name + suffix);
    std::ofstream f(path, std::ios::binary);
    f.write(data, static_cast<std::streamsize>(size));
    if (!f)
      return Error{fmt::format("cannot write {}", path.string())};
    return {};
  };
  if (auto s = write(".o", code->object.data(), code->object.size()); !s)
    return s;
  const std::string header = emitHeader(kernel, target);
  if (auto s = write(".h", header.data(), header.size()); !s)
    return s;
  if (options.llvmIR)
    if (auto s = write(".ll", code->llvmIR.data(), code->llvmIR.size()); !s)
      return s;
  if (options.assembly)
    if (auto s = write(".s", code->assembly.data(), code->assembly.size()); !s)
      return s;
  return {};
}

} // namespace loom::codegen
