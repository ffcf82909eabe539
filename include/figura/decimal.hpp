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
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

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
    decimal() = default;

    /// coefficient * 10^exponent.
    decimal(coefficient_type coefficient, std::int32_t exponent)
        : coefficient_(std::move(coefficient)), exponent_(exponent) {}

    /// An exact integer.
    template <class Integer, std::enable_if_t<std::is_integral_v<Integer> && !std::is_same_v<Integer, bool>, int> = 0>
    explicit decimal(Integer value) : coefficient_(value), exponent_(0) {}

    // Floats are never money: forbid the conversion outright.
    template <class Float, std::enable_if_t<std::is_floating_point_v<Float>, int> = 0>
    explicit decimal(Float) = delete;

    /// Reads `[+-]digits[.digits][e[+-]digits]` exactly (ASCII, '.' as the decimal mark, no grouping).
    /// Anything else is an error F-DECIMAL-001 naming the offending byte (column is 1-based); so are
    /// more than 100,000 digits and exponents outside int32.
    static result<decimal> parse(std::string_view text);

    /// Like `parse`, but throws `figura::exception`; for literals in code and tests.
    static decimal from_string(std::string_view text);

    [[nodiscard]] coefficient_type const& coefficient() const noexcept { return coefficient_; }
    [[nodiscard]] std::int32_t exponent() const noexcept { return exponent_; }

    [[nodiscard]] int sign() const noexcept { return coefficient_.sign(); }
    [[nodiscard]] bool is_zero() const noexcept { return coefficient_.is_zero(); }

    /// Same value with trailing zeros of the coefficient moved into the exponent (0 has exponent 0).
    [[nodiscard]] decimal normalized() const;

    /// value * 10^power, exact.
    [[nodiscard]] decimal scaled(std::int32_t power) const { return {coefficient_, exponent_ + power}; }

    /// Rounds to a multiple of 10^exponent with the given mode.
    [[nodiscard]] decimal quantize(std::int32_t exponent, rounding_mode mode) const;

    [[nodiscard]] decimal abs() const { return {boost::multiprecision::abs(coefficient_), exponent_}; }
    [[nodiscard]] decimal operator-() const { return {-coefficient_, exponent_}; }

    friend decimal operator+(decimal const& a, decimal const& b);
    friend decimal operator-(decimal const& a, decimal const& b);
    friend decimal operator*(decimal const& a, decimal const& b);
    decimal& operator+=(decimal const& other) { return *this = *this + other; }
    decimal& operator-=(decimal const& other) { return *this = *this - other; }
    decimal& operator*=(decimal const& other) { return *this = *this * other; }

    /// Value comparison: 1.50 == 1.5.
    friend std::strong_ordering operator<=>(decimal const& a, decimal const& b);
    friend bool operator==(decimal const& a, decimal const& b) { return (a <=> b) == 0; }

    /// Plain positional notation with no exponent and no grouping, keeping the written scale:
    /// decimal(140, -1) -> "14.0", decimal(14, 9) -> "14000000000".
    /// When |exponent| > 1000 the result is scientific instead, so that it stays small and `parse`
    /// reads it back: decimal(1, 2000000000) -> "1E+2000000000", decimal(123, -2000) -> "1.23E-1998".
    [[nodiscard]] std::string to_string() const;

    /// Number of significant decimal digits in the coefficient (0 for zero).
    [[nodiscard]] std::size_t digits() const;

private:
    coefficient_type coefficient_{0};
    std::int32_t exponent_ = 0;
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
