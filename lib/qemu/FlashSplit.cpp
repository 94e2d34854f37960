// Flash per section and symbol (arm-none-eabi-size -A, arm-none-eabi-nm -S) and per input object
// of a link (the GNU ld map's "Linker script and memory map" part).
#include "loom/qemu/FlashSplit.h"

#include "loom/qemu/Process.h"

#include <fmt/format.h>

#include <fstream>
#include <set>
#include <sstream>

namespace loom::qemu {

namespace {

bool isFlashSection(const std::string &s) {
  return s.rfind(".text", 0) == 0 || s.rfind(".rodata", 0) == 0 || s.rfind(".data", 0) == 0;
}

} // namespace

Expected<KernelFlash> kernelFlash(const std::filesystem::path &object, const ir::Kernel &kernel) {
  auto sections = toolOutput({"arm-none-eabi-size", "-A", object.string()});
  if (!sections)
    return sections.error();
  KernelFlash f;
  int64_t constants = 0;
  std::istringstream lines(*sections);
  for (std::string line; std::getline(lines, line);) {
    std::istringstream words(line); // "<section> <size> <address>"
    std::string section;
    int64_t size = 0;
    if (!(words >> section >> size) || !isFlashSection(section))
      continue;
    (section.rfind(".text", 0) == 0 ? f.code : constants) += size;
  }
  // Codegen names each constant "<kernel>.<buffer>" (LowerToLLVM.cpp); private globals keep
  // that name, with ".L", in the object's symbol table.
  std::set<std::string> weightNames;
  for (const auto &b : kernel.constantBuffers())
    if (b->role == ir::BufferRole::Weight)
      weightNames.insert(kernel.name + "." + b->name);
  auto symbols = toolOutput({"arm-none-eabi-nm", "-S", object.string()});
  if (!symbols)
    return symbols.error();
  std::istringstream entries(*symbols);
  for (std::string line; std::getline(entries, line);) {
    std::istringstream words(line); // "<address> <size> <type> <name>"
    std::string address, size, type, name;
    if (!(words >> address >> size >> type >> name))
      continue;
    if (name.rfind(".L", 0) == 0)
      name = name.substr(2);
    if (weightNames.count(name))
      f.weights += std::stoll(size, nullptr, 16);
  }
  if (f.weights > constants)
    return Error{fmt::format("{}: weight symbols ({} bytes) exceed the constant sections ({})",
                             object.string(), f.weights, constants)};
  f.tables = constants - f.weights;
  return f;
}

Expected<std::map<std::string, int64_t>> linkedFlashByObject(const std::filesystem::path &map) {
  std::ifstream in(map);
  if (!in)
    return Error{fmt::format("cannot read the linker map {}", map.string())};
  std::map<std::string, int64_t> bytes;
  bool memoryMap = false; // the kept sections follow "Linker script and memory map"
  std::string pending;    // an input section name whose address, size and file are on the next line
  for (std::string line; std::getline(in, line);) {
    if (line.rfind("Linker script and memory map", 0) == 0) {
      memoryMap = true;
      continue;
    }
    if (!memoryMap || line.size() < 2 || line[0] != ' ')
      continue;
    // " .text.name    0x00001234   0x1d4 /path/object.o", or the name alone on its line when it
    // is long and the rest on the next.
    std::istringstream words(line);
    std::string first, address, size, file;
    words >> first;
    if (first.rfind("0x", 0) == 0 && !pending.empty()) {
      address = first;
      words >> size >> file;
      first = pending;
    } else if (!(words >> address >> size >> file)) {
      pending = isFlashSection(first) ? first : std::string();
      continue;
    }
    pending.clear();
    if (!isFlashSection(first) || address.rfind("0x", 0) != 0 || size.rfind("0x", 0) != 0 ||
        file.empty())
      continue;
    bytes[file] += std::stoll(size, nullptr, 16);
  }
  return bytes;
}

Expected<LinkedModelFlash> linkedModelFlash(const std::filesystem::path &elf,
                                            const std::filesystem::path &modelDirectory,
                                            const std::string &name) {
  auto byObject = linkedFlashByObject(elf.string() + ".map");
  if (!byObject)
    return byObject.error();
  LinkedModelFlash f;
  std::error_code ec;
  for (const auto &[file, bytes] : *byObject) {
    const std::filesystem::path path(file);
    if (path.filename() == "loom_runtime.o")
      f.runtime += bytes;
    else if (path.filename() == name + "_glue.o")
      f.glue += bytes;
    else if (path.extension() == ".o" &&
             std::filesystem::equivalent(path.parent_path(), modelDirectory, ec))
      f.kernels += bytes;
    else
      f.firmware += bytes;
  }
  return f;
}

} // namespace loom::qemu
