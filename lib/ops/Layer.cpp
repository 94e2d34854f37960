// Symbol names of layers.
#include "loom/ops/Layer.h"

#include <cctype>

namespace loom::ops {

std::string symbolName(std::string_view id) {
  std::string out = "loom_";
  for (char c : id)
    out += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
  return out;
}

} // namespace loom::ops
