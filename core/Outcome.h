#pragma once

#include <string>
#include <utility>
#include <variant>

namespace jointly {

// What kind of thing went wrong, so callers (the command line in particular)
// can react differently to each refusal without parsing messages.
enum class ErrorKind {
    Invalid,          // the user's input is not acceptable (a bad value, a bad row)
    NotFound,         // the file or record does not exist
    NotReadable,      // the file exists but cannot be read
    NotSqlite,        // the file is not an SQLite database at all
    OtherApplication, // an SQLite database, but not a Jointly project
    NewerVersion,     // a Jointly project from a newer version of Jointly
    Damaged,          // a Jointly project that is truncated or corrupt
    Locked,           // another Jointly process has the file open
    StaleLock,        // a lock was left by a Jointly process that is no longer running
    ReadOnly,         // the project is open read-only
    Storage,          // SQLite reported an error (disk full, I/O error, ...)
    NothingToUndo,
    DuplicateRows, // an import found rows the project already holds; replace or keep?
    Cancelled,     // the user cancelled a long task; nothing was changed
};

// A sentence the user can act on, and the kind of problem.
struct Error {
    ErrorKind kind = ErrorKind::Invalid;
    std::string message;
};

// Either a value or an Error. Core functions that can fail because of the
// user's data or files return one of these instead of throwing across layers.
template <class T> class [[nodiscard]] Outcome {
public:
    Outcome(T value) : state_(std::move(value)) {}
    Outcome(Error error) : state_(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(state_); }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<T>(state_); }
    const T& value() const& { return std::get<T>(state_); }
    T&& value() && { return std::get<T>(std::move(state_)); }
    const Error& error() const { return std::get<Error>(state_); }

private:
    std::variant<T, Error> state_;
};

// The value-less form: success, or an Error.
struct Done {};
using Status = Outcome<Done>;
inline Status success() {
    return Done{};
}

} // namespace jointly
