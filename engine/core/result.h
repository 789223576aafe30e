#pragma once
// Errors are values: every fallible engine call returns Result<T> (or Status),
// never throws across the engine boundary.

#include <cassert>
#include <string>
#include <utility>
#include <variant>

namespace fusebox {

enum class ErrorKind {
    InvalidInput, // the user's file, flag or config is wrong (CLI exit code 2)
    Failed,       // the input was fine but the work could not be done (exit code 1)
    Cancelled,    // the user asked to stop
};

class Error {
public:
    explicit Error(std::string message, ErrorKind kind = ErrorKind::InvalidInput)
        : message_(std::move(message)), kind_(kind) {}

    const std::string& message() const { return message_; }
    ErrorKind kind() const { return kind_; }

    // Adds context in front, e.g. the file name: "model.onnx: " + message.
    Error withContext(const std::string& context) const { return Error(context + ": " + message_, kind_); }

private:
    std::string message_;
    ErrorKind kind_;
};

template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : state_(std::move(value)) {}
    Result(Error error) : state_(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(state_); }
    explicit operator bool() const { return ok(); }

    T& value() & { assert(ok()); return std::get<T>(state_); }
    const T& value() const& { assert(ok()); return std::get<T>(state_); }
    T&& value() && { assert(ok()); return std::get<T>(std::move(state_)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const Error& error() const { assert(!ok()); return std::get<Error>(state_); }

private:
    std::variant<T, Error> state_;
};

template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : error_(std::move(error)), failed_(true) {}

    bool ok() const { return !failed_; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { assert(failed_); return error_; }

private:
    Error error_{std::string()};
    bool failed_ = false;
};

using Status = Result<void>;

} // namespace fusebox
