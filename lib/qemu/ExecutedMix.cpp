// Executed vector and scalar instructions of one function, from QEMU's execution trace.
#include "loom/qemu/ExecutedMix.h"

#include "loom/qemu/Process.h"
#include "loom/qemu/QemuRunner.h"

#include <fmt/format.h>

#include <fstream>
#include <map>
#include <regex>
#include <sstream>
#include <unordered_map>

namespace loom::qemu {

namespace fs = std::filesystem;

namespace {

// Address -> whether the instruction there is a vector instruction, for every instruction of
// [begin, end), as objdump decodes them for the core (QEMU's own log disassembler does not know
// MVE and mis-steps through it, so only the byte ranges of its blocks are used).
Expected<std::map<uint32_t, bool>> decode(const codegen::Target &target, const fs::path &elf,
                                          uint32_t begin, uint32_t end) {
  const std::string arch = target.hasMve() ? "armv8.1-m.main" : "arm";
  auto listing = toolOutput({"arm-none-eabi-objdump", "-d", "-m", arch,
                             fmt::format("--start-address=0x{:x}", begin),
                             fmt::format("--stop-address=0x{:x}", end), elf.string()});
  if (!listing)
    return listing.error();
  static const std::regex line(R"(^\s*([0-9a-f]+):\t[0-9a-f ]+\t(\S+)\s*(.*)$)");
  static const std::regex qRegister(R"(\bq[0-7]\b)");
  std::map<uint32_t, bool> out;
  std::istringstream in(*listing);
  for (std::string text; std::getline(in, text);) {
    std::smatch m;
    if (!std::regex_match(text, m, line))
      continue;
    const std::string mnemonic = m[2];
    const bool vector = std::regex_search(m[3].str(), qRegister) || mnemonic.starts_with("vpt") ||
                        mnemonic.starts_with("vpst") || mnemonic.starts_with("vctp");
    out[static_cast<uint32_t>(std::stoul(m[1], nullptr, 16))] = vector;
  }
  return out;
}

} // namespace

Expected<ExecutedMix> executedMix(const codegen::Target &target, const fs::path &elf,
                                  const fs::path &dir, const std::string &function) {
  // The function's address range.
  auto symbols = toolOutput({"arm-none-eabi-nm", "-S", elf.string()});
  if (!symbols)
    return symbols.error();
  uint32_t begin = 0, end = 0;
  std::istringstream entries(*symbols);
  for (std::string text; std::getline(entries, text);) {
    std::istringstream words(text); // "<address> <size> <type> <name>"
    std::string address, size, type, name;
    if ((words >> address >> size >> type >> name) && name == function) {
      begin = static_cast<uint32_t>(std::stoul(address, nullptr, 16)) & ~1u;
      end = begin + static_cast<uint32_t>(std::stoul(size, nullptr, 16));
    }
  }
  if (end == begin)
    return Error{fmt::format("{}: no function {}", elf.string(), function)};
  auto kinds = decode(target, elf, begin, end);
  if (!kinds)
    return kinds.error();

  const fs::path trace = dir / "exec-trace.txt";
  std::vector<std::string> cmd = qemuCommand(target, elf);
  for (const char *a : {"-d", "in_asm,exec,nochain", "-D"})
    cmd.push_back(a);
  cmd.push_back(fs::absolute(trace).string());
  auto r = runProcess(cmd, dir, 600);
  if (!r)
    return r.error();
  if (r->timedOut || r->exitCode != 0)
    return Error{fmt::format("QEMU ({}) failed tracing {}:\n{}", qemuMachine(target.cpu),
                             elf.string(), r->output)};

  // "IN:" starts a translated block's listing ("0x<address>:  <bytes>  <disassembly>" lines);
  // the next "Trace <cpu>: <host pointer> [...]" is its first execution, and every later line
  // with that host pointer one more.
  static const std::regex instruction(R"(^0x([0-9a-f]+):\s+([0-9a-f]{4})( [0-9a-f]{4})?\s)");
  static const std::regex execution(R"(^Trace \d+: (0x[0-9a-f]+) \[)");
  std::unordered_map<std::string, std::pair<uint32_t, uint32_t>> blocks; // byte ranges
  std::unordered_map<std::string, int64_t> executions;
  std::ifstream in(trace);
  if (!in)
    return Error{fmt::format("QEMU wrote no trace {}", trace.string())};
  bool listing = false;
  uint32_t first = 0, last = 0;
  for (std::string text; std::getline(in, text);) {
    std::smatch m;
    if (text.starts_with("IN:")) {
      listing = true, first = last = 0;
    } else if (listing && std::regex_search(text, m, instruction)) {
      const uint32_t address = static_cast<uint32_t>(std::stoul(m[1], nullptr, 16));
      if (first == 0)
        first = address;
      last = address + (m[3].matched ? 4 : 2);
    } else if (std::regex_search(text, m, execution)) {
      if (listing && first != 0)
        blocks[m[1]] = {first, last};
      listing = false;
      ++executions[m[1]];
    }
  }
  ExecutedMix mix;
  for (const auto &[block, count] : executions) {
    auto b = blocks.find(block);
    if (b == blocks.end() || b->second.second <= begin || b->second.first >= end)
      continue;
    for (auto it = kinds->lower_bound(b->second.first);
         it != kinds->end() && it->first < b->second.second; ++it)
      (it->second ? mix.vector : mix.scalar) += count;
  }
  std::error_code ec;
  fs::remove(trace, ec); // tens of megabytes for a whole model
  return mix;
}

} // namespace loom::qemu
