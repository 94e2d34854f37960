// Finding the firmware and runtime sources: explicit setting, installed layout, build tree.
#include "loom/qemu/FirmwareSources.h"

#include <fmt/format.h>

#include <cstdlib>
#include <system_error>

namespace loom::qemu {

namespace fs = std::filesystem;

namespace {

// A data directory holds both trees (one file of each is enough to tell).
bool holdsSources(const fs::path &data) {
  std::error_code ec;
  return fs::is_regular_file(data / "firmware" / "model_main.c", ec) &&
         fs::is_regular_file(data / "runtime" / "loom_runtime.c", ec);
}

FirmwareSources inDataDir(const fs::path &data) { return {data / "firmware", data / "runtime"}; }

} // namespace

Expected<FirmwareSources> firmwareSources() {
  if (const char *dir = std::getenv("LOOM_DATA_DIR"); dir && *dir) {
    if (holdsSources(dir))
      return inDataDir(dir);
    return Error{fmt::format("LOOM_DATA_DIR={}: no firmware/model_main.c and "
                             "runtime/loom_runtime.c there (an installed loom's share/loom)",
                             dir)};
  }
  std::error_code ec;
  const fs::path program = fs::read_symlink("/proc/self/exe", ec);
  fs::path installed;
  if (!ec) {
    installed = (program.parent_path() / LOOM_DATA_FROM_BIN).lexically_normal();
    if (holdsSources(installed))
      return inDataDir(installed);
  }
  const FirmwareSources tree{LOOM_SOURCE_FIRMWARE_DIR, LOOM_SOURCE_RUNTIME_DIR};
  if (fs::is_regular_file(tree.firmware / "model_main.c", ec) &&
      fs::is_regular_file(tree.runtime / "loom_runtime.c", ec))
    return tree;
  return Error{fmt::format("loom's firmware sources are missing: looked in {}{} and the source "
                           "tree {}; install loom (cmake --install) or set LOOM_DATA_DIR to its "
                           "share/loom",
                           installed.empty() ? "" : installed.string(),
                           installed.empty() ? "(no program path)" : "",
                           tree.firmware.parent_path().parent_path().string())};
}

} // namespace loom::qemu
