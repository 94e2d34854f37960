// Static libraries of kernel objects, written with LLVM's archive writer (GNU format with a symbol
// table, deterministic: no timestamps or owners, so the same objects give the same bytes).
#include "loom/codegen/Codegen.h"

#include <llvm/Object/ArchiveWriter.h>
#include <llvm/Support/Error.h>

#include <fmt/format.h>

namespace loom::codegen {

Status writeArchive(const std::vector<std::filesystem::path> &objects,
                    const std::filesystem::path &archive) {
  std::vector<llvm::NewArchiveMember> members;
  // Members are named by file name only, so the archive does not depend on where it was built.
  std::vector<std::string> names;
  names.reserve(objects.size());
  for (const auto &o : objects) {
    auto member = llvm::NewArchiveMember::getFile(o.string(), /*Deterministic=*/true);
    if (!member)
      return Error{fmt::format("cannot add {} to {}: {}", o.string(), archive.string(),
                               llvm::toString(member.takeError()))};
    names.push_back(o.filename().string());
    member->MemberName = names.back();
    members.push_back(std::move(*member));
  }
  if (llvm::Error e =
          llvm::writeArchive(archive.string(), members, llvm::SymtabWritingMode::NormalSymtab,
                             llvm::object::Archive::K_GNU, /*Deterministic=*/true,
                             /*Thin=*/false))
    return Error{
        fmt::format("cannot write {}: {}", archive.string(), llvm::toString(std::move(e)))};
  return {};
}

} // namespace loom::codegen
