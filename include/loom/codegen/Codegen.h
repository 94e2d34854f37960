// Translation of a verified loop nest to machine code: a relocatable thumbv7em object (plus its C
// header) for firmware, or a host function through ORC LLJIT for tests. Codegen decides nothing:
// loop kinds, layouts and intrinsics all come from the nest.
#pragma once

#include "loom/codegen/Target.h"
#include "loom/ir/Stmt.h"
#include "loom/support/Error.h"

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace loom::codegen {

struct EmitOptions {
  bool llvmIR = false;   // keep the optimised module as text
  bool assembly = false; // keep the target assembly
};

struct ObjectCode {
  std::vector<char> object; // ELF relocatable
  std::string llvmIR;
  std::string assembly;
};

Expected<ObjectCode> emitObject(const ir::Kernel &kernel, const Target &target,
                                const EmitOptions &options = {});

// A C header declaring the kernel, with the size, layout and meaning of every argument.
std::string emitHeader(const ir::Kernel &kernel, const Target &target);

// Writes <dir>/<name>.o and <name>.h (and .ll / .s when asked).
Status writeKernel(const ir::Kernel &kernel, const Target &target, const std::filesystem::path &dir,
                   const EmitOptions &options = {});

// A static library (ar archive with a symbol table) holding `objects`, for firmware builds.
Status writeArchive(const std::vector<std::filesystem::path> &objects,
                    const std::filesystem::path &archive);

// The optimised LLVM IR of a kernel for a target, as text (for inspection and tests).
Expected<std::string> emitLLVMIR(const ir::Kernel &kernel, const Target &target);

// A kernel compiled for the host. Arguments are passed as pointers in the kernel's order.
class JitKernel {
public:
  static Expected<std::unique_ptr<JitKernel>> compile(const ir::Kernel &kernel);
  ~JitKernel();
  Status run(const std::vector<void *> &arguments) const;

private:
  struct Impl;
  explicit JitKernel(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

} // namespace loom::codegen
