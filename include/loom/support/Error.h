// Errors as values: an Expected<T> holds either a T or an Error with a readable message.
#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <variant>

namespace loom {

struct Error {
  std::string message;
};

// Thrown only where an Expected is unwrapped by code that cannot recover (tools, tests).
class ErrorException : public std::runtime_error {
public:
  explicit ErrorException(const Error &e) : std::runtime_error(e.message) {}
};

template <typename T> class [[nodiscard]] Expected {
public:
  Expected(T value) : v_(std::move(value)) {}
  Expected(Error error) : v_(std::move(error)) {}

  explicit operator bool() const { return std::holds_alternative<T>(v_); }
  bool ok() const { return static_cast<bool>(*this); }
  const Error &error() const { return std::get<Error>(v_); }
  T &value() { return std::get<T>(v_); }
  const T &value() const { return std::get<T>(v_); }
  T *operator->() { return &value(); }
  const T *operator->() const { return &value(); }
  T &operator*() { return value(); }
  const T &operator*() const { return value(); }

  // For callers that cannot recover: the error becomes an exception with the same text.
  T take() {
    if (!ok())
      throw ErrorException(error());
    return std::move(value());
  }

private:
  std::variant<T, Error> v_;
};

// Expected<void>: success or an Error.
class [[nodiscard]] Status {
public:
  Status() = default;
  Status(Error error) : error_(std::move(error)) {}
  explicit operator bool() const { return !error_; }
  bool ok() const { return !error_; }
  const Error &error() const { return *error_; }
  void check() const {
    if (error_)
      throw ErrorException(*error_);
  }

private:
  std::optional<Error> error_;
};

} // namespace loom
