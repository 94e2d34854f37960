// Parsing of single-layer ids into ops with fixed random data.
#include "loom/ops/LayerId.h"

#include "loom/ops/RandomParams.h"

#include <fmt/format.h>

#include <cctype>
#include <charconv>

namespace loom::ops {

namespace {

// FNV-1a: a stable seed from the id, the same on every machine and compiler.
uint32_t seedOf(std::string_view id) {
  uint32_t h = 2166136261u;
  for (char c : id)
    h = (h ^ static_cast<uint8_t>(c)) * 16777619u;
  return h;
}

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  for (size_t i = 0; i <= s.size(); ++i)
    if (i == s.size() || s[i] == sep) {
      parts.push_back(s.substr(start, i - start));
      start = i + 1;
    }
  return parts;
}

bool number(std::string_view s, int &out) {
  if (s.empty())
    return false;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && p == s.data() + s.size() && out >= 0; // 0 is refused by validation
}

// "40x40x48" -> {40, 40, 48}
bool dims(std::string_view s, std::vector<int> &out, size_t count) {
  auto parts = split(s, 'x');
  if (parts.size() != count)
    return false;
  out.resize(count);
  for (size_t i = 0; i < count; ++i)
    if (!number(parts[i], out[i]))
      return false;
  return true;
}

// "s2" -> 2
bool stride(std::string_view s, int &out) {
  return s.size() > 1 && s[0] == 's' && number(s.substr(1), out);
}

// Benchmark layers look like real model layers: every channel scale below 1 (right shifts).
const RandomOptions kRealistic{.positiveShifts = false};

} // namespace

std::string symbolName(std::string_view id) {
  std::string out = "loom_";
  for (char c : id)
    out += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
  return out;
}

Expected<Layer> parseLayerId(std::string_view id) {
  auto bad = [&](const char *why) {
    return Error{fmt::format("layer id '{}': {} (expected pw_HxWxC_O, dwK_sS_HxWxC, "
                             "convK_sS_HxWxC_O or fc_IN_OUT)",
                             id, why)};
  };
  auto parts = split(id, '_');
  std::mt19937 rng(seedOf(id));
  Layer layer{std::string(id), {}, {}};
  std::vector<int> d;
  int k = 0, s = 0, out = 0;
  const std::string_view kind = parts[0];
  // Shape checks first (no data is allocated for an impossible shape), then the fixed data.
  auto finish = [&](auto &p) -> Status {
    if (auto st = validateShape(p); !st)
      return Error{fmt::format("layer id '{}': {}", id, st.error().message)};
    fillRandom(p, rng, kRealistic);
    layer.op = p;
    return {};
  };
  if (kind == "pw") {
    if (parts.size() != 3 || !dims(parts[1], d, 3) || !number(parts[2], out))
      return bad("malformed pointwise id");
    PointwiseConv2DParams p;
    p.inputHeight = d[0], p.inputWidth = d[1], p.inputChannels = d[2], p.outputChannels = out;
    if (auto st = finish(p); !st)
      return st.error();
  } else if (kind.starts_with("dw") && number(kind.substr(2), k)) {
    if (parts.size() != 3 || !stride(parts[1], s) || !dims(parts[2], d, 3))
      return bad("malformed depthwise id");
    DepthwiseConv2DParams p;
    p.inputHeight = d[0], p.inputWidth = d[1], p.channels = d[2];
    p.kernelHeight = p.kernelWidth = k;
    p.strideHeight = p.strideWidth = s;
    p.padding = {k / 2, k / 2, k / 2, k / 2};
    if (auto st = finish(p); !st)
      return st.error();
  } else if (kind.starts_with("conv") && number(kind.substr(4), k)) {
    if (parts.size() != 4 || !stride(parts[1], s) || !dims(parts[2], d, 3) ||
        !number(parts[3], out))
      return bad("malformed conv id");
    Conv2DParams p;
    p.inputHeight = d[0], p.inputWidth = d[1], p.inputChannels = d[2], p.outputChannels = out;
    p.kernelHeight = p.kernelWidth = k;
    p.strideHeight = p.strideWidth = s;
    p.padding = {k / 2, k / 2, k / 2, k / 2};
    if (auto st = finish(p); !st)
      return st.error();
  } else if (kind == "fc") {
    int in = 0;
    if (parts.size() != 3 || !number(parts[1], in) || !number(parts[2], out))
      return bad("malformed fully-connected id");
    FullyConnectedParams p;
    p.inputSize = in, p.outputSize = out;
    if (auto st = finish(p); !st)
      return st.error();
  } else {
    return bad("unknown op prefix");
  }
  if (auto st = validate(layer.op); !st)
    return Error{fmt::format("layer id '{}': {}", id, st.error().message)};
  layer.input = randomInt8(inputBytes(layer.op), rng);
  return layer;
}

} // namespace loom::ops
