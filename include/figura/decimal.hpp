#pragma once
/// figura's exact decimal number: an unbounded integer coefficient times a power of ten.
///
/// Money is never a binary float in figura. A `decimal` is built only from figura's own digit
/// scanner (`decimal::parse`), from integers, or from a coefficient and an exponent; there is no
/// constructor from `double`. Addition, subtraction and multiplication are exact. Division always
/// names its scale and rounding mode. A result that would need an exponent outside int32 or
/// aligning by more than 100,000 digits (1e2000000000 + 1) throws `figura::exception` F-DECIMAL-003
/// instead of allocating gigabytes.

#include <boost/multiprecision/cpp_int.hpp>

#include <compare>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

#include "figura/error.hpp"

namespace figura {

/// How to round when a result must drop digits. Every call site names one.
enum class rounding_mode {
    half_even,  ///< to nearest, ties to even (banker's rounding)
    half_up,    ///< to nearest, ties away from zero
    down,       ///< towards zero (truncate)
    up,         ///< away from zero
    floor,      ///< towards negative infinity
    ceiling,    ///< towards positive infinity
};

class decimal {
public:
    using coefficient_type = boost::multiprecision::cpp_int;

    /// Zero.
    decimal() noexcept = default;

    /// coefficient * 10^exponent.
    decimal(coefficient_type coefficient, std::int32_t exponent) : exponent_(exponent) { assign(std::move(coefficient)); }

    /// coefficient * 10^exponent from a built-in integer (no big-integer temporary).
    template <class Integer, std::enable_if_t<std::is_integral_v<Integer> && !std::is_same_v<Integer, bool>, int> = 0>
    decimal(Integer coefficient, std::int32_t exponent) : exponent_(exponent) {
        assign_integer(coefficient);
    }

    /// An exact integer.
    template <class Integer, std::enable_if_t<std::is_integral_v<Integer> && !std::is_same_v<Integer, bool>, int> = 0>
    explicit decimal(Integer value) {
        assign_integer(value);
    }

    // Floats are never money: forbid the conversion outright.
    template <class Float, std::enable_if_t<std::is_floating_point_v<Float>, int> = 0>
    explicit decimal(Float) = delete;

    decimal(decimal const& other) : exponent_(other.exponent_), big_coefficient_(other.big_coefficient_) {
        if (big_coefficient_) big_ = new coefficient_type(*other.big_);
        else small_ = other.small_;
    }
    decimal(decimal&& other) noexcept
        : exponent_(other.exponent_), big_coefficient_(other.big_coefficient_) {
        small_ = other.small_;
        if (big_coefficient_) big_ = other.big_;
        other.big_coefficient_ = false;
        other.small_ = 0;
    }
    decimal& operator=(decimal const& other) {
        if (this != &other) *this = decimal(other);
        return *this;
    }
    decimal& operator=(decimal&& other) noexcept {
        if (this != &other) {
            release();
            exponent_ = other.exponent_;
            big_coefficient_ = other.big_coefficient_;
            small_ = other.small_;
            if (big_coefficient_) big_ = other.big_;
            other.big_coefficient_ = false;
            other.small_ = 0;
        }
        return *this;
    }
    ~decimal() { release(); }

    /// Reads `[+-]digits[.digits][e[+-]digits]` exactly (ASCII, '.' as the decimal mark, no grouping).
    /// Anything else is an error F-DECIMAL-001 naming the offending byte (column is 1-based); so are
    /// more than 100,000 digits and exponents outside int32.
    static result<decimal> parse(std::string_view text);

    /// Like `parse`, but throws `figura::exception`; for literals in code and tests.
    static decimal from_string(std::string_view text);

    /// The coefficient, by value: it is stored inline as an int64 while it fits (every amount in news
    /// text) and only past that as a big integer, so there is no big integer to refer to.
    [[nodiscard]] coefficient_type coefficient() const {
        if (big_coefficient_) return *big_;
        return coefficient_type(small_);
    }
    [[nodiscard]] std::int32_t exponent() const noexcept { return exponent_; }

    /// The coefficient when it fits in an int64 (the common case), without building a big integer.
    [[nodiscard]] std::optional<std::int64_t> small_coefficient() const noexcept {
        if (big_coefficient_) return std::nullopt;
        return small_;
    }

    [[nodiscard]] int sign() const noexcept {
        if (big_coefficient_) return big_->sign();
        return (small_ > 0) - (small_ < 0);
    }
    // A big coefficient never fits in int64, so it is never zero.
    [[nodiscard]] bool is_zero() const noexcept { return !big_coefficient_ && small_ == 0; }

    /// Same value with trailing zeros of the coefficient moved into the exponent (0 has exponent 0).
    [[nodiscard]] decimal normalized() const;

    /// value * 10^power, exact.
    [[nodiscard]] decimal scaled(std::int32_t power) const {
        decimal out(*this);
        out.exponent_ = exponent_ + power;
        return out;
    }

    /// Rounds to a multiple of 10^exponent with the given mode.
    [[nodiscard]] decimal quantize(std::int32_t exponent, rounding_mode mode) const;

    [[nodiscard]] decimal abs() const;
    [[nodiscard]] decimal operator-() const;

    friend decimal operator+(decimal const& a, decimal const& b);
    friend decimal operator-(decimal const& a, decimal const& b);
    friend decimal operator*(decimal const& a, decimal const& b);
    decimal& operator+=(decimal const& other) { return *this = *this + other; }
    decimal& operator-=(decimal const& other) { return *this = *this - other; }
    decimal& operator*=(decimal const& other) { return *this = *this * other; }

    /// Value comparison: 1.50 == 1.5.
    friend std::strong_ordering operator<=>(decimal const& a, decimal const& b);
    friend bool operator==(decimal const& a, decimal const& b) {
        // The common case, one exponent and inline coefficients, without the general comparison.
        if (!a.big_coefficient_ && !b.big_coefficient_ && a.exponent_ == b.exponent_) return a.small_ == b.small_;
        return (a <=> b) == 0;
    }

    /// Plain positional notation with no exponent and no grouping, keeping the written scale:
    /// decimal(140, -1) -> "14.0", decimal(14, 9) -> "14000000000".
    /// When |exponent| > 1000 the result is scientific instead, so that it stays small and `parse`
    /// reads it back: decimal(1, 2000000000) -> "1E+2000000000", decimal(123, -2000) -> "1.23E-1998".
    [[nodiscard]] std::string to_string() const;

    /// Number of significant decimal digits in the coefficient (0 for zero).
    [[nodiscard]] std::size_t digits() const;

private:
    // A coefficient that fits in int64 is always stored inline (small_), so each value has one
    // representation per exponent and is_zero/sign never touch the heap; only a coefficient past
    // int64 lives in a heap big integer (big_). 16 bytes instead of cpp_int's 32 + exponent.
    void release() noexcept {
        if (big_coefficient_) delete big_;
        big_coefficient_ = false;
        small_ = 0;
    }
    // Stores c inline when it fits in int64, else on the heap; *this holds no heap coefficient.
    void assign(coefficient_type&& c);
    template <class Integer>
    void assign_integer(Integer v) {
        if constexpr (std::is_signed_v<Integer> || sizeof(Integer) < sizeof(std::int64_t)) {
            small_ = static_cast<std::int64_t>(v);
        } else {
            if (v <= static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) small_ = static_cast<std::int64_t>(v);
            else assign(coefficient_type(v));
        }
    }

    union {
        std::int64_t small_ = 0;
        coefficient_type* big_;
    };
    std::int32_t exponent_ = 0;
    bool big_coefficient_ = false;
};

/// a / b rounded to a multiple of 10^exponent. Division by zero is an error.
result<decimal> divide(decimal const& a, decimal const& b, std::int32_t exponent, rounding_mode mode);

/// An end of an interval: a value and whether the value itself belongs to the interval.
struct bound {
    decimal value;
    bool closed = true;
    friend bool operator==(bound const&, bound const&) = default;
};

/// A set of values on the real line; a missing bound is unbounded on that side.
/// `$14bn` is [13.5e9, 14.5e9); `less than $6m` is [0, 6e6); `more than $6m` is (6e6, +inf).
struct interval {
    std::optional<bound> lower;
    std::optional<bound> upper;

    /// The single value v as [v, v].
    static interval point(decimal const& v) { return {bound{v, true}, bound{v, true}}; }

    [[nodiscard]] bool contains(decimal const& v) const;
    [[nodiscard]] bool overlaps(interval const& other) const;
    [[nodiscard]] bool is_empty() const;

    /// "[13500000000, 14500000000)", "(6000000, +inf)".
    [[nodiscard]] std::string to_string() const;

    friend bool operator==(interval const&, interval const&) = default;
};

}  // namespace figura
