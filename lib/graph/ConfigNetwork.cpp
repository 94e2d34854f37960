// MCUNet json config -> graph. Layer semantics follow the mcunet/ProxylessNAS PyTorch modules:
// MBInvertedConvLayer = [1x1 expand + ReLU6 unless expand_ratio is 1] -> k x k depthwise stride s
// + ReLU6 -> 1x1 project (linear); an IdentityLayer shortcut adds the block input; a ZeroLayer
// block is skipped; padding is k/2 on every side.
#include "loom/graph/ConfigNetwork.h"
#include "GraphBuilder.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <cmath>
#include <fstream>
#include <sstream>

namespace loom::graph {

namespace {

using nlohmann::json;

constexpr float kRelu6Scale = 6.0f / 255.0f; // ReLU6 outputs: [0, 6] on [-128, 127]
constexpr float kLinearScale = 0.08f;

// A positive integer field, or an error naming where it was expected.
Expected<int> positive(const json &j, const char *key, const std::string &where, int max) {
  if (!j.contains(key) || !j[key].is_number_integer())
    return Error{fmt::format("{}: '{}' is missing or not an integer", where, key)};
  const auto v = j[key].get<int64_t>();
  if (v < 1 || v > max)
    return Error{fmt::format("{}: '{}' = {} outside [1, {}]", where, key, v, max)};
  return static_cast<int>(v);
}

// The fields every conv layer of a config has, checked.
struct ConvFields {
  int in, out, kernel, stride;
};
Expected<ConvFields> convFields(const json &j, const std::string &where, int maxIn) {
  auto in = positive(j, "in_channels", where, maxIn);
  auto out = positive(j, "out_channels", where, 1 << 14);
  auto k = positive(j, "kernel_size", where, 15);
  auto stride = positive(j, "stride", where, 15);
  if (!in || !out || !k || !stride)
    return (!in ? in : !out ? out : !k ? k : stride).error();
  if (*k % 2 == 0)
    return Error{
        fmt::format("{}: kernel size {} is even (symmetric k/2 padding needs odd)", where, *k)};
  if (*stride > 2)
    return Error{fmt::format("{}: stride {} (MCUNet configs use 1 or 2)", where, *stride)};
  return ConvFields{*in, *out, *k, *stride};
}

int channelsOf(const detail::GraphBuilder &b, int t) {
  return b.g.tensors[static_cast<size_t>(t)].shape[3];
}

Expected<int> block(detail::GraphBuilder &b, const json &blk, int x, int index) {
  const std::string where = fmt::format("blocks[{}]", index);
  if (!blk.is_object())
    return Error{fmt::format("{}: not an object", where)};
  const json conv = blk.value("mobile_inverted_conv", json());
  const json shortcut = blk.value("shortcut", json());
  const bool identity = shortcut.is_object() && shortcut.value("name", "") == "IdentityLayer";
  const std::string convName = conv.is_object() ? conv.value("name", "") : "";
  if (convName == "ZeroLayer" || conv.is_null()) {
    if (!identity)
      return Error{fmt::format("{}: a ZeroLayer block without an identity shortcut", where)};
    return x; // the block is its shortcut
  }
  if (convName != "MBInvertedConvLayer")
    return Error{fmt::format("{}: layer '{}' is not supported (MBInvertedConvLayer or ZeroLayer)",
                             where, convName)};
  if (conv.contains("use_se") && conv["use_se"].is_boolean() && conv["use_se"].get<bool>())
    return Error{fmt::format("{}: squeeze-excitation blocks are not supported", where)};
  const std::string act = conv.value("act_func", json("relu6")).is_string()
                              ? conv.value("act_func", std::string("relu6"))
                              : "relu6";
  if (act != "relu6")
    return Error{fmt::format("{}: activation '{}' is not supported (relu6)", where, act)};
  auto f = convFields(conv, where, 1 << 14);
  if (!f)
    return f.error();
  const auto [in, out, k, stride] = *f;
  if (in != channelsOf(b, x))
    return Error{fmt::format("{}: in_channels {} but the previous layer has {} channels", where, in,
                             channelsOf(b, x))};
  if (!conv.contains("expand_ratio") || !conv["expand_ratio"].is_number())
    return Error{fmt::format("{}: 'expand_ratio' is missing", where)};
  const double ratio = conv["expand_ratio"].get<double>();
  int mid = 0;
  if (conv.contains("mid_channels") && !conv["mid_channels"].is_null()) {
    auto m = positive(conv, "mid_channels", where, 1 << 14);
    if (!m)
      return m.error();
    mid = *m;
  } else {
    mid = static_cast<int>(std::lround(in * ratio)); // ProxylessNAS: round(in * ratio)
  }
  if (ratio < 1 || mid < 1 || mid > (1 << 14))
    return Error{fmt::format("{}: expand ratio {} gives {} channels", where, ratio, mid)};
  const std::string name = fmt::format("blocks.{}", index);
  int y = x;
  if (ratio != 1)
    y = b.conv(name + ".expand", y, mid, 1, 1, false, Activation::Relu6, kRelu6Scale, -128);
  y = b.conv(name + ".dw", y, channelsOf(b, y), k, stride, true, Activation::Relu6, kRelu6Scale,
             -128);
  y = b.conv(name + ".project", y, out, 1, 1, false, Activation::None, kLinearScale, 0);
  if (!identity)
    return y;
  if (stride != 1 || in != out)
    return Error{fmt::format("{}: identity shortcut around a block that changes the shape", where)};
  return b.add(name + ".add", x, y, kLinearScale * 1.25f);
}

} // namespace

Expected<Graph> networkFromConfig(const std::string &jsonText, const std::string &name,
                                  int resolution) {
  json net;
  try {
    net = json::parse(jsonText);
  } catch (const json::exception &e) {
    return Error{fmt::format("{}: not valid json: {}", name, e.what())};
  }
  if (!net.is_object() || !net.contains("first_conv") || !net.contains("blocks") ||
      !net["blocks"].is_array())
    return Error{fmt::format("{}: not an MCUNet/ProxylessNAS network config (it needs "
                             "'first_conv' and 'blocks'; detection-head configs are not networks)",
                             name)};
  if (resolution <= 0) {
    auto r = positive(net, "resolution", name, 4096);
    if (!r)
      return r.error();
    resolution = *r;
  }
  detail::GraphBuilder b(2026);
  b.g.name = name;
  auto f = convFields(net["first_conv"], name + ": first_conv", 16);
  if (!f)
    return f.error();
  const int input = b.activation("input", {1, resolution, resolution, f->in}, 1.0f / 128, 0);
  b.g.inputs = {input};
  int x = b.conv("first_conv", input, f->out, f->kernel, f->stride, false, Activation::Relu6,
                 kRelu6Scale, -128);
  for (size_t i = 0; i < net["blocks"].size(); ++i) {
    auto y = block(b, net["blocks"][i], x, static_cast<int>(i));
    if (!y)
      return Error{fmt::format("{}: {}", name, y.error().message)};
    x = *y;
  }
  if (net.contains("feature_mix_layer") && net["feature_mix_layer"].is_object()) {
    auto mix =
        positive(net["feature_mix_layer"], "out_channels", name + ": feature_mix_layer", 1 << 14);
    if (!mix)
      return mix.error();
    x = b.conv("feature_mix_layer", x, *mix, 1, 1, false, Activation::Relu6, kRelu6Scale, -128);
  }
  if (!net.contains("classifier") || !net["classifier"].is_object())
    return Error{fmt::format("{}: no classifier", name)};
  auto classes = positive(net["classifier"], "out_features", name + ": classifier", 1 << 16);
  if (!classes)
    return classes.error();
  b.g.outputs = {b.classifier("classifier", x, *classes, 0.1f)};
  return std::move(b.g);
}

Expected<Graph> networkFromConfigFile(const std::filesystem::path &path, int resolution) {
  std::ifstream f(path);
  if (!f)
    return Error{fmt::format("cannot read {}", path.string())};
  std::stringstream text;
  text << f.rdbuf();
  return networkFromConfig(text.str(), path.stem().string(), resolution);
}

} // namespace loom::graph
