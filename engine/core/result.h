#pragma once
// Errors are values: every fallible engine call returns Result<T> (or Status),
// never throws across the engine boundary.

#include "core/source_location.h"

#include <cassert>
#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace fusebox {

enum class ErrorKind {
    InvalidInput, // the user's file, flag or config is wrong (CLI exit code 2)
    Failed,       // the input was fine but the work could not be done (exit code 1)
    Cancelled,    // the user asked to stop
};

// What went wrong, and where when that is known: a place in a file the user edits
// (config, profile, Paddle file; a model file alone, it has no lines) and the graph
// node at fault. Callers read the fields; message() is the one text users see.
class Error {
public:
    explicit Error(std::string description, ErrorKind kind = ErrorKind::InvalidInput)
        : description_(std::move(description)), kind_(kind) {}
    // A location that names nothing (no file, no line) is dropped.
    Error(SourceLocation location, std::string description, ErrorKind kind = ErrorKind::InvalidInput);

    // "FILE:LINE:COL: description" ("FILE: ..." without a line), the node named
    // ("node 'conv1': ...") when the description does not already name it.
    std::string message() const;
    // The message without the place, for views that show the place themselves.
    std::string description() const;
    ErrorKind kind() const { return kind_; }
    const std::optional<SourceLocation>& location() const { return location_; }
    const std::string& node() const { return node_; } // empty when no node is at fault

    // Adds context in front of the description, after the place: "tensor 'w': " +
    // description. A context that is the location's file is already named: no change.
    Error withContext(const std::string& context) const;
    // Places the error in `file` when it has no location yet (else as withContext).
    Error inFile(const std::string& file) const;
    // Names the node at fault unless an inner one (in an If/Loop body) already is.
    Error atNode(const std::string& node) const;

private:
    std::string description_;
    ErrorKind kind_;
    std::optional<SourceLocation> location_;
    std::string node_;
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
