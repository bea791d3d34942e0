#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace DutyDesk {

/// What went wrong, as a value: a category the code can test and a message,
/// already translated, that a user understands.
class Error
{
public:
    enum class Code {
        None,
        Invalid, ///< the input breaks a rule (empty name, bad date, ...)
        NotFound, ///< the id or name matches nothing
        Ambiguous, ///< a name matches several things
        Conflict, ///< the change clashes with other data (overlap, stale row)
        Database, ///< the storage failed (SQL error, locked, damaged)
        NewerSchema, ///< the file was written by a newer DutyDesk
        NeedsUpgrade, ///< the file must be upgraded before it can be opened read-only
        Io, ///< a file could not be read or written
        Cancelled, ///< the user stopped a long operation; nothing was changed
    };

    Error() = default;
    Error(Code code, QString message)
        : m_code(code)
        , m_message(std::move(message))
    {
    }

    Code code() const { return m_code; }
    const QString &message() const { return m_message; }
    bool isError() const { return m_code != Code::None; }

private:
    Code m_code = Code::None;
    QString m_message;
};

/// Success, or an Error. Used where an operation returns nothing.
class Status
{
public:
    Status() = default;
    Status(Error error) // NOLINT(google-explicit-constructor): lets `return error;` read naturally
        : m_error(std::move(error))
    {
    }

    bool ok() const { return !m_error.isError(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }
    const QString &message() const { return m_error.message(); }

private:
    Error m_error;
};

/// A value of type T, or an Error explaining why there is none.
template<typename T> class Result
{
public:
    Result(T value) // NOLINT(google-explicit-constructor)
        : m_value(std::move(value))
    {
    }
    Result(Error error) // NOLINT(google-explicit-constructor)
        : m_error(std::move(error))
    {
        Q_ASSERT(m_error.isError());
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T &value() const &
    {
        Q_ASSERT(ok());
        return *m_value;
    }
    T &value() &
    {
        Q_ASSERT(ok());
        return *m_value;
    }
    T &&value() &&
    {
        Q_ASSERT(ok());
        return std::move(*m_value);
    }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }

    const Error &error() const { return m_error; }
    const QString &message() const { return m_error.message(); }
    Status status() const { return ok() ? Status() : Status(m_error); }

private:
    std::optional<T> m_value;
    Error m_error;
};

} // namespace DutyDesk
