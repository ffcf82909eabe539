#pragma once
/// Errors and the result type every fallible figura call returns.
///
/// Expected failures (text that is not a figure, invalid UTF-8, a missing rate) are values, not
/// exceptions: callers get a `figura::result<T>` holding either the value or a `figura::error` that
/// names its place. The library never prints.

#include <cstddef>
#include <exception>
#include <string>
#include <utility>
#include <variant>

namespace figura {

/// Where something is in a text: byte offsets into the caller's original UTF-8 plus 1-based line
/// and column. Columns count Unicode code points, not bytes.
struct source_span {
    std::size_t begin = 0;   ///< first byte, inclusive
    std::size_t end = 0;     ///< one past the last byte
    std::size_t line = 1;    ///< 1-based line of `begin`
    std::size_t column = 1;  ///< 1-based code-point column of `begin`

    friend bool operator==(source_span const&, source_span const&) = default;
};

/// A failure with a stable id (`F-<AREA>-<NNN>`, listed in docs/errors.md), a message for people,
/// and the place it refers to.
struct error {
    std::string id;
    std::string message;
    source_span where{};
};

/// Thrown only for environment faults and broken preconditions; carries the same `error`.
class exception : public std::exception {
public:
    explicit exception(error e) : error_(std::move(e)), what_(error_.id + ": " + error_.message) {}
    [[nodiscard]] const char* what() const noexcept override { return what_.c_str(); }
    [[nodiscard]] figura::error const& details() const noexcept { return error_; }

private:
    figura::error error_;
    std::string what_;
};

/// Either a value or an `error`; the subset of `std::expected` figura needs (C++23 is not assumed).
template <class T>
class [[nodiscard]] result {
public:
    result(T value) : state_(std::in_place_index<0>, std::move(value)) {}          // NOLINT: implicit by design
    result(figura::error e) : state_(std::in_place_index<1>, std::move(e)) {}      // NOLINT: implicit by design

    [[nodiscard]] bool has_value() const noexcept { return state_.index() == 0; }
    explicit operator bool() const noexcept { return has_value(); }

    /// The value; throws `figura::exception` carrying the error when there is none.
    [[nodiscard]] T& value() & { check(); return std::get<0>(state_); }
    [[nodiscard]] T const& value() const& { check(); return std::get<0>(state_); }
    [[nodiscard]] T&& value() && { check(); return std::get<0>(std::move(state_)); }

    [[nodiscard]] T* operator->() { return &value(); }
    [[nodiscard]] T const* operator->() const { return &value(); }
    [[nodiscard]] T& operator*() & { return value(); }
    [[nodiscard]] T const& operator*() const& { return value(); }

    /// The error; only meaningful when `has_value()` is false.
    [[nodiscard]] figura::error const& error() const { return std::get<1>(state_); }

    template <class U>
    [[nodiscard]] T value_or(U&& fallback) const& {
        return has_value() ? std::get<0>(state_) : static_cast<T>(std::forward<U>(fallback));
    }

private:
    void check() const {
        if (!has_value()) throw figura::exception(std::get<1>(state_));
    }
    std::variant<T, figura::error> state_;
};

}  // namespace figura
