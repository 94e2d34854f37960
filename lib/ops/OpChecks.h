// Small checks shared by the ops' validators; every message starts with the op's description.
#pragma once

#include "loom/ops/Quantization.h"
#include "loom/support/Error.h"

#include <fmt/format.h>

#include <cstdint>
#include <initializer_list>
#include <limits>
#include <string>
#include <vector>

namespace loom::ops::detail {

inline Status checkPositive(const std::string &op, const char *what, int64_t v) {
  if (v <= 0)
    return Error{fmt::format("{}: {} is {} (must be positive)", op, what, v)};
  return {};
}

inline Status checkInt8(const std::string &op, const char *what, int64_t v) {
  if (v < -128 || v > 127)
    return Error{fmt::format("{}: {} {} outside int8 [-128, 127]", op, what, v)};
  return {};
}

// Every tensor must be addressable with 32-bit offsets on the MCU.
inline Status checkElements(const std::string &op, const char *what,
                            std::initializer_list<int64_t> dims) {
  int64_t n = 1;
  for (int64_t d : dims) {
    n *= d;
    if (n > std::numeric_limits<int32_t>::max())
      return Error{fmt::format("{}: {} has more than 2^31-1 elements", op, what)};
  }
  return {};
}

inline Status checkSize(const std::string &op, const char *what, size_t actual, int64_t expected) {
  if (static_cast<int64_t>(actual) != expected)
    return Error{fmt::format("{}: {} has {} values, expected {}", op, what, actual, expected)};
  return {};
}

// A MultiplyByQuantizedMultiplier shift within TFLite's range.
inline Status checkShift(const std::string &op, const char *what, int32_t shift) {
  if (shift < kMinShift || shift > kMaxShift)
    return Error{fmt::format("{}: {} shift {} outside TFLite's [{}, {}]", op, what, shift,
                             kMinShift, kMaxShift)};
  return {};
}

// Runs the checks in order and returns the first failure.
inline Status firstError(std::initializer_list<Status> checks) {
  for (const auto &s : checks)
    if (!s)
      return s;
  return {};
}

// The shapes of a resize: every size positive, neither tensor over 2^31-1 elements.
inline Status checkResizeShapes(const std::string &op, int height, int width, int channels,
                                int outputHeight, int outputWidth) {
  return firstError(
      {checkPositive(op, "input height", height), checkPositive(op, "input width", width),
       checkPositive(op, "channels", channels), checkPositive(op, "output height", outputHeight),
       checkPositive(op, "output width", outputWidth),
       checkElements(op, "input", {height, width, channels}),
       checkElements(op, "output", {outputHeight, outputWidth, channels})});
}

} // namespace loom::ops::detail
