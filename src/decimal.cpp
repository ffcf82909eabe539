#include "figura/decimal.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <utility>

namespace figura {

namespace detail {
namespace {

using boost::multiprecision::cpp_int;

// Aligning exponents or rescaling may need 10^k with a large k. Past this many digits the result
// would be megabytes of coefficient for one number out of a news text, so it is refused instead
// (F-DECIMAL-003) rather than risking a hang or gigabytes of memory on 1e2000000000 + 1.
constexpr std::int64_t max_scale_digits = 100'000;

// Longest digit string decimal::parse accepts. Parsing is subquadratic, but cpp_int's conversion
// back to text is quadratic (100,000 digits: ~0.1 s; 1,000,000: ~13 s), so hostile input is
// refused here instead of stalling whoever prints it.
constexpr std::size_t max_parse_digits = 100'000;

// Exponents written in a scientific to_string: beyond this, positional output would be huge.
constexpr std::int64_t max_positional_exponent = 1000;

constexpr std::array<std::uint64_t, 20> pow10_u64 = [] {
    std::array<std::uint64_t, 20> t{};
    std::uint64_t v = 1;
    for (auto& x : t) {
        x = v;
        v *= 10;
    }
    return t;
}();

cpp_int pow10(std::int64_t n) {
    if (n < static_cast<std::int64_t>(pow10_u64.size())) return cpp_int(pow10_u64[static_cast<std::size_t>(n)]);
    return boost::multiprecision::pow(cpp_int(10), static_cast<unsigned>(n));
}

[[noreturn]] void throw_too_large(std::string_view what) {
    throw exception(error{"F-DECIMAL-003", std::string(what), {}});
}

std::int32_t checked_exponent(std::int64_t e, std::string_view what) {
    if (e < std::numeric_limits<std::int32_t>::min() || e > std::numeric_limits<std::int32_t>::max())
        throw_too_large(std::string(what) + ": exponent out of the 32-bit range");
    return static_cast<std::int32_t>(e);
}

// 10^k * c, refusing absurd k.
cpp_int scale_up(cpp_int const& c, std::int64_t k) {
    if (k == 0 || c.is_zero()) return c;
    if (k > max_scale_digits) throw_too_large("rescaling by 10^" + std::to_string(k) + " exceeds the digit limit");
    return c * pow10(k);
}

std::size_t digit_count(cpp_int const& c) {
    if (c.is_zero()) return 0;
    cpp_int const a = boost::multiprecision::abs(c);
    auto const msb = static_cast<std::size_t>(boost::multiprecision::msb(a));
    if (msb < 64) {
        auto const v = a.convert_to<std::uint64_t>();
        std::size_t d = 1;
        while (d < pow10_u64.size() && v >= pow10_u64[d]) ++d;
        return d;
    }
    // a is in [2^msb, 2^(msb+1)): estimate from log10(2) ~ 1233 / 4096 in integers, then correct by
    // exact comparison.
    std::size_t d = msb * 1233 / 4096 + 1;
    while (a >= pow10(static_cast<std::int64_t>(d))) ++d;
    while (d > 1 && a < pow10(static_cast<std::int64_t>(d) - 1)) --d;
    return d;
}

// Whether a truncated quotient with a non-zero remainder moves one away from zero. `sign` is the
// quotient's, `half` compares twice the remainder's magnitude with the divisor (-1, 0, 1), and `odd`
// says the truncated quotient is odd. One decision for the int64 and big-integer paths.
bool rounds_away(rounding_mode mode, int sign, int half, bool odd) noexcept {
    switch (mode) {
        case rounding_mode::down: return false;
        case rounding_mode::up: return true;
        case rounding_mode::floor: return sign < 0;
        case rounding_mode::ceiling: return sign > 0;
        case rounding_mode::half_up: return half >= 0;
        case rounding_mode::half_even: return half > 0 || (half == 0 && odd);
    }
    return false;
}

// Rounds n / d (d > 0) to an integer with the given mode.
cpp_int round_quotient(cpp_int const& n, cpp_int const& d, rounding_mode mode) {
    cpp_int q;
    cpp_int r;
    boost::multiprecision::divide_qr(n, d, q, r);  // truncates towards zero, r has n's sign
    if (r.is_zero()) return q;
    int const s = n.sign();
    cpp_int const twice = boost::multiprecision::abs(r) * 2;
    int const half = twice > d ? 1 : twice < d ? -1 : 0;
    if (rounds_away(mode, s, half, boost::multiprecision::bit_test(boost::multiprecision::abs(q), 0))) q += s;
    return q;
}

// The rounded value of a number whose magnitude is known to be in (0, 1/2): only the directional
// modes move it off zero.
cpp_int round_tiny(int sign, rounding_mode mode) {
    switch (mode) {
        case rounding_mode::up: return cpp_int(sign);
        case rounding_mode::floor: return cpp_int(sign < 0 ? -1 : 0);
        case rounding_mode::ceiling: return cpp_int(sign > 0 ? 1 : 0);
        default: return cpp_int(0);
    }
}

// Rounds n / (d * 10^shift) with d > 0, shift >= 0, without building 10^shift when the quotient is
// certainly below one half.
cpp_int round_scaled_quotient(cpp_int const& n, cpp_int const& d, std::int64_t shift, rounding_mode mode) {
    if (n.is_zero()) return cpp_int(0);
    // |n| < 10^dn and d * 10^shift >= 10^(dd - 1 + shift): below one half once shift >= dn - dd + 2.
    auto const dn = static_cast<std::int64_t>(digit_count(n));
    auto const dd = static_cast<std::int64_t>(digit_count(d));
    if (shift >= dn - dd + 2) return round_tiny(n.sign(), mode);
    return round_quotient(n, shift == 0 ? d : d * pow10(shift), mode);
}

// Builds the value of an all-digit string. Short runs accumulate 18 digits per step; long runs
// split in halves so the big multiplications are few and balanced (Karatsuba in cpp_int), which
// keeps long numbers (up to the 100,000-digit limit) from going quadratic.
cpp_int digits_to_int(std::string_view d) {
    constexpr std::size_t linear_limit = 1800;
    if (d.size() <= linear_limit) {
        cpp_int v;
        std::size_t i = 0;
        std::size_t const head = d.size() % 18;
        auto chunk = [&](std::size_t len) {
            std::uint64_t c = 0;
            for (std::size_t k = 0; k < len; ++k) c = c * 10 + static_cast<std::uint64_t>(d[i + k] - '0');
            i += len;
            return c;
        };
        if (head != 0) v = chunk(head);
        while (i < d.size()) {
            v *= pow10_u64[18];
            v += chunk(18);
        }
        return v;
    }
    std::size_t const low_len = d.size() / 2;
    cpp_int high = digits_to_int(d.substr(0, d.size() - low_len));
    high *= pow10(static_cast<std::int64_t>(low_len));
    high += digits_to_int(d.substr(d.size() - low_len));
    return high;
}

error parse_error(std::string_view text, std::size_t at, std::string message) {
    source_span where;
    where.begin = at;
    where.end = at < text.size() ? at + 1 : at;
    where.line = 1;
    // Every byte before `at` is an ASCII sign, digit, dot or 'e', so the byte offset is the column.
    where.column = at + 1;
    return error{"F-DECIMAL-001", std::move(message), where};
}

std::string describe_byte(char c) {
    auto const u = static_cast<unsigned char>(c);
    if (u >= 0x20 && u < 0x7f) return std::string("'") + c + "'";
    static constexpr char hex[] = "0123456789ABCDEF";
    return std::string("byte 0x") + hex[u >> 4] + hex[u & 0xf];
}

bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }

// ---- int64 fast paths: every amount in news text has a coefficient far below 2^63, so arithmetic
// runs on the inline int64 with overflow checks and falls back to cpp_int only when a result would
// not fit (the fallback computes the same exact result).

using i64 = std::int64_t;
constexpr i64 max_i64_pow10 = 18;  // 10^18 is the largest power of ten in int64

// c * 10^k into out; false when it does not fit in int64 (or k is past 10^18 with c != 0).
bool mul_pow10(i64 c, i64 k, i64& out) noexcept {
    if (c == 0) {
        out = 0;
        return true;
    }
    if (k > max_i64_pow10) return false;
    return !__builtin_mul_overflow(c, static_cast<i64>(pow10_u64[static_cast<std::size_t>(k)]), &out);
}

std::uint64_t magnitude(i64 v) noexcept {
    // Two's complement negation in unsigned arithmetic: INT64_MIN's magnitude 2^63 fits.
    return v < 0 ? ~static_cast<std::uint64_t>(v) + 1 : static_cast<std::uint64_t>(v);
}

std::size_t digit_count(std::uint64_t v) noexcept {
    if (v == 0) return 0;
    std::size_t d = 1;
    while (d < pow10_u64.size() && v >= pow10_u64[d]) ++d;
    return d;
}

// Rounds n / d (d > 0) like round_quotient. q +- 1 cannot overflow: a remainder means d >= 2.
i64 round_quotient(i64 n, i64 d, rounding_mode mode) noexcept {
    i64 q = n / d;
    i64 const r = n % d;  // truncation towards zero, r has n's sign, as divide_qr
    if (r == 0) return q;
    int const s = n < 0 ? -1 : 1;
    std::uint64_t const twice = magnitude(r) * 2;  // |r| < d <= 2^63 - 1
    auto const ud = static_cast<std::uint64_t>(d);
    int const half = twice > ud ? 1 : twice < ud ? -1 : 0;
    if (rounds_away(mode, s, half, (q & 1) != 0)) q += s;
    return q;
}

}  // namespace
}  // namespace detail

result<decimal> decimal::parse(std::string_view text) {
    using detail::parse_error;
    std::size_t i = 0;
    std::size_t const n = text.size();
    if (n == 0) return parse_error(text, 0, "expected a number, found empty text");

    bool negative = false;
    if (text[i] == '+' || text[i] == '-') {
        negative = text[i] == '-';
        ++i;
    }

    auto expected_digit = [&](std::size_t at, std::string_view what) {
        if (at >= n) return parse_error(text, at, std::string("expected a digit ") + std::string(what) + ", found end of text");
        return parse_error(text, at, std::string("expected a digit ") + std::string(what) + ", found " + detail::describe_byte(text[at]));
    };

    std::size_t const int_begin = i;
    while (i < n && detail::is_digit(text[i])) ++i;
    std::size_t const int_end = i;
    if (int_end == int_begin) return expected_digit(i, "at the start of the number");

    std::size_t frac_begin = i;
    std::size_t frac_end = i;
    if (i < n && text[i] == '.') {
        ++i;
        frac_begin = i;
        while (i < n && detail::is_digit(text[i])) ++i;
        frac_end = i;
        if (frac_end == frac_begin) return expected_digit(i, "after the decimal point");
    }

    std::int64_t written_exponent = 0;
    if (i < n && (text[i] == 'e' || text[i] == 'E')) {
        ++i;
        bool exp_negative = false;
        if (i < n && (text[i] == '+' || text[i] == '-')) {
            exp_negative = text[i] == '-';
            ++i;
        }
        std::size_t const exp_begin = i;
        // Accumulate with a ceiling so a very long exponent cannot overflow the accumulator.
        constexpr std::int64_t ceiling = std::int64_t{1} << 40;
        while (i < n && detail::is_digit(text[i])) {
            if (written_exponent < ceiling) written_exponent = written_exponent * 10 + (text[i] - '0');
            ++i;
        }
        if (i == exp_begin) return expected_digit(i, "in the exponent");
        if (exp_negative) written_exponent = -written_exponent;
        // What must fit is the exponent of the coefficient, fraction digits counted: "9.9E+2147483648"
        // is 99 x 10^2147483647 (the form to_string writes), "1.5e-2147483648" is out of range.
        std::int64_t const exponent = written_exponent - static_cast<std::int64_t>(frac_end - frac_begin);
        if (exponent > std::numeric_limits<std::int32_t>::max() || exponent < std::numeric_limits<std::int32_t>::min()) {
            auto e = parse_error(text, exp_begin, "exponent does not fit in 32 bits");
            e.where.end = i;
            return e;
        }
    }

    if (i < n) {
        return parse_error(text, i, "unexpected " + detail::describe_byte(text[i]) + " after the number");
    }

    std::size_t const int_len = int_end - int_begin;
    std::size_t const frac_len = frac_end - frac_begin;
    if (int_len + frac_len > detail::max_parse_digits) {
        std::size_t const at = int_len > detail::max_parse_digits
                                   ? int_begin + detail::max_parse_digits
                                   : frac_begin + (detail::max_parse_digits - int_len);
        return parse_error(text, at,
                           "number has more than " + std::to_string(detail::max_parse_digits) + " digits");
    }

    // In range: checked with the exponent above, and without one frac_len is at most the digit limit.
    std::int64_t const exponent = written_exponent - static_cast<std::int64_t>(frac_len);

    if (int_len + frac_len <= static_cast<std::size_t>(detail::max_i64_pow10)) {
        // At most 18 digits: the value fits in int64 whatever they are.
        std::int64_t c = 0;
        for (std::size_t k = int_begin; k < int_end; ++k) c = c * 10 + (text[k] - '0');
        for (std::size_t k = frac_begin; k < frac_end; ++k) c = c * 10 + (text[k] - '0');
        return decimal(negative ? -c : c, static_cast<std::int32_t>(exponent));
    }

    coefficient_type coefficient;
    if (frac_len == 0) {
        coefficient = detail::digits_to_int(text.substr(int_begin, int_len));
    } else {
        std::string all;
        all.reserve(int_len + frac_len);
        all.append(text.substr(int_begin, int_len));
        all.append(text.substr(frac_begin, frac_len));
        coefficient = detail::digits_to_int(all);
    }
    if (negative) coefficient = -coefficient;
    return decimal(std::move(coefficient), static_cast<std::int32_t>(exponent));
}

void decimal::assign(coefficient_type&& c) {
    release();
    static_assert(sizeof(*c.backend().limbs()) == sizeof(std::uint64_t), "cpp_int limbs are 64-bit here");
    auto const& b = c.backend();
    if (b.size() == 1) {
        auto const m = static_cast<std::uint64_t>(*b.limbs());
        constexpr auto max = static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max());
        if (c.sign() >= 0 && m <= max) {
            small_ = static_cast<std::int64_t>(m);
            return;
        }
        if (c.sign() < 0 && m <= max + 1) {
            small_ = static_cast<std::int64_t>(~m + 1);
            return;
        }
    }
    big_ = new coefficient_type(std::move(c));
    big_coefficient_ = true;
}

decimal decimal::abs() const {
    if (!big_coefficient_ && small_ != std::numeric_limits<std::int64_t>::min()) {
        return {small_ < 0 ? -small_ : small_, exponent_};
    }
    return {boost::multiprecision::abs(coefficient()), exponent_};
}

decimal decimal::operator-() const {
    if (!big_coefficient_ && small_ != std::numeric_limits<std::int64_t>::min()) return {-small_, exponent_};
    return {-coefficient(), exponent_};
}

decimal decimal::from_string(std::string_view text) {
    auto r = parse(text);
    if (!r) throw exception(r.error());
    return std::move(r).value();
}

decimal decimal::normalized() const {
    if (is_zero()) return {};
    constexpr std::int64_t max_e = std::numeric_limits<std::int32_t>::max();
    std::int64_t e = exponent_;
    if (!big_coefficient_) {
        std::int64_t c = small_;
        while (e + 1 <= max_e && c % 10 == 0) {
            c /= 10;
            ++e;
        }
        return {c, static_cast<std::int32_t>(e)};
    }
    coefficient_type c = *big_;
    // Strip 18 zeros at a time first: 10^10000 would otherwise take 10,000 bignum divisions.
    coefficient_type const big(detail::pow10_u64[18]);
    coefficient_type q;
    coefficient_type r;
    while (e + 18 <= max_e) {
        boost::multiprecision::divide_qr(c, big, q, r);
        if (!r.is_zero()) break;
        c = std::move(q);
        e += 18;
    }
    coefficient_type const ten(10);
    while (e + 1 <= max_e) {
        boost::multiprecision::divide_qr(c, ten, q, r);
        if (!r.is_zero()) break;
        c = std::move(q);
        e += 1;
    }
    return {std::move(c), static_cast<std::int32_t>(e)};
}

decimal decimal::quantize(std::int32_t exponent, rounding_mode mode) const {
    std::int64_t const shift = std::int64_t{exponent} - exponent_;
    if (!big_coefficient_) {
        std::int64_t c = 0;
        if (shift <= 0 && detail::mul_pow10(small_, -shift, c)) return {c, exponent};
        if (shift > 0 && shift <= detail::max_i64_pow10) {
            auto const d = static_cast<std::int64_t>(detail::pow10_u64[static_cast<std::size_t>(shift)]);
            return {detail::round_quotient(small_, d, mode), exponent};
        }
    }
    coefficient_type const c = coefficient();
    if (shift <= 0) return {detail::scale_up(c, -shift), exponent};
    return {detail::round_scaled_quotient(c, coefficient_type(1), shift, mode), exponent};
}

namespace {

std::pair<decimal::coefficient_type, decimal::coefficient_type> aligned(decimal const& a, decimal const& b,
                                                                         std::int32_t& exponent) {
    exponent = std::min(a.exponent(), b.exponent());
    return {detail::scale_up(a.coefficient(), std::int64_t{a.exponent()} - exponent),
            detail::scale_up(b.coefficient(), std::int64_t{b.exponent()} - exponent)};
}

// Adding zero never needs alignment; without this, 0E-2000000000 + 1 would refuse to compute.
bool far_apart(decimal const& a, decimal const& b) {
    std::int64_t const gap = std::int64_t{a.exponent()} - b.exponent();
    return gap > detail::max_scale_digits || gap < -detail::max_scale_digits;
}

// Aligns two inline coefficients to the smaller exponent; false when either does not fit int64.
bool aligned_small(decimal const& a, decimal const& b, std::int64_t& ca, std::int64_t& cb, std::int32_t& exponent) {
    auto const sa = a.small_coefficient();
    auto const sb = b.small_coefficient();
    if (!sa || !sb) return false;
    exponent = std::min(a.exponent(), b.exponent());
    return detail::mul_pow10(*sa, std::int64_t{a.exponent()} - exponent, ca) &&
           detail::mul_pow10(*sb, std::int64_t{b.exponent()} - exponent, cb);
}

}  // namespace

decimal operator+(decimal const& a, decimal const& b) {
    if (far_apart(a, b)) {
        if (b.is_zero()) return a;
        if (a.is_zero()) return b;
    }
    std::int32_t e = 0;
    std::int64_t ca = 0;
    std::int64_t cb = 0;
    std::int64_t sum = 0;
    if (aligned_small(a, b, ca, cb, e) && !__builtin_add_overflow(ca, cb, &sum)) return {sum, e};
    auto [big_a, big_b] = aligned(a, b, e);
    return {big_a + big_b, e};
}

decimal operator-(decimal const& a, decimal const& b) {
    if (far_apart(a, b)) {
        if (b.is_zero()) return a;
        if (a.is_zero()) return -b;
    }
    std::int32_t e = 0;
    std::int64_t ca = 0;
    std::int64_t cb = 0;
    std::int64_t difference = 0;
    if (aligned_small(a, b, ca, cb, e) && !__builtin_sub_overflow(ca, cb, &difference)) return {difference, e};
    auto [big_a, big_b] = aligned(a, b, e);
    return {big_a - big_b, e};
}

decimal operator*(decimal const& a, decimal const& b) {
    std::int64_t const e = std::int64_t{a.exponent()} + b.exponent();
    std::int32_t const exponent = detail::checked_exponent(e, "product");
    if (!a.big_coefficient_ && !b.big_coefficient_) {
        std::int64_t product = 0;
        if (!__builtin_mul_overflow(a.small_, b.small_, &product)) return {product, exponent};
    }
    return {a.coefficient() * b.coefficient(), exponent};
}

std::strong_ordering operator<=>(decimal const& a, decimal const& b) {
    {
        std::int32_t e = 0;
        std::int64_t ca = 0;
        std::int64_t cb = 0;
        if (aligned_small(a, b, ca, cb, e)) return ca <=> cb;
    }
    int const sa = a.sign();
    int const sb = b.sign();
    if (sa != sb) return sa <=> sb;
    if (sa == 0) return std::strong_ordering::equal;
    // Same sign: compare magnitudes by their leading digit's position first, so values with far
    // apart exponents never get aligned.
    auto const da = static_cast<std::int64_t>(a.digits());
    auto const db = static_cast<std::int64_t>(b.digits());
    std::int64_t const adj_a = da - 1 + a.exponent();
    std::int64_t const adj_b = db - 1 + b.exponent();
    std::strong_ordering magnitude = std::strong_ordering::equal;
    if (adj_a != adj_b) {
        magnitude = adj_a <=> adj_b;
    } else {
        // Same leading position: the exponent gap equals the digit-count gap, so it is small.
        std::int32_t e = 0;
        auto [ca, cb] = aligned(a.abs(), b.abs(), e);
        magnitude = ca.compare(cb) <=> 0;
    }
    if (sa > 0) return magnitude;
    return 0 <=> magnitude;
}

std::string decimal::to_string() const {
    // A coefficient of one 64-bit limb (every amount in news text) is written with to_chars:
    // cpp_int's str() divides in a loop and allocates, and the CLI writes several decimals per figure.
    std::string digits;
    if (!big_coefficient_) {
        char buffer[24];
        auto const r = std::to_chars(buffer, buffer + sizeof buffer, detail::magnitude(small_));
        digits.assign(buffer, r.ptr);
    } else {
        digits = coefficient_type(boost::multiprecision::abs(*big_)).str();
    }
    std::string out;
    if (sign() < 0) out.push_back('-');
    std::int64_t const e = exponent_;
    if (e > detail::max_positional_exponent || e < -detail::max_positional_exponent) {
        // Scientific form d.ddddE+n: positional would be up to two billion characters.
        std::int64_t const adjusted = e + static_cast<std::int64_t>(digits.size()) - 1;
        out.push_back(digits[0]);
        if (digits.size() > 1) {
            out.push_back('.');
            out.append(digits, 1, std::string::npos);
        }
        out.push_back('E');
        out.push_back(adjusted < 0 ? '-' : '+');
        out.append(std::to_string(adjusted < 0 ? -adjusted : adjusted));
        return out;
    }
    if (e >= 0) {
        out.append(digits);
        // Zero has no digits to shift: 0 x 10^3 is written "0", not "0000".
        if (!is_zero()) out.append(static_cast<std::size_t>(e), '0');
        return out;
    }
    auto const frac = static_cast<std::size_t>(-e);
    if (digits.size() <= frac) digits.insert(0, frac - digits.size() + 1, '0');
    out.append(digits, 0, digits.size() - frac);
    out.push_back('.');
    out.append(digits, digits.size() - frac, std::string::npos);
    return out;
}

std::size_t decimal::digits() const {
    if (!big_coefficient_) return detail::digit_count(detail::magnitude(small_));
    return detail::digit_count(*big_);
}

result<decimal> divide(decimal const& a, decimal const& b, std::int32_t exponent, rounding_mode mode) {
    if (b.is_zero()) return error{"F-DECIMAL-002", "division by zero", {}};
    if (auto const sa = a.small_coefficient(), sb = b.small_coefficient();
        sa && sb && *sa != std::numeric_limits<std::int64_t>::min() && *sb != std::numeric_limits<std::int64_t>::min()) {
        std::int64_t n = *sb < 0 ? -*sa : *sa;
        std::int64_t const d = *sb < 0 ? -*sb : *sb;
        std::int64_t const s = std::int64_t{a.exponent()} - b.exponent() - exponent;
        if (n == 0) return decimal(0, exponent);
        if (s >= 0) {
            if (detail::mul_pow10(n, s, n)) return decimal(detail::round_quotient(n, d, mode), exponent);
        } else {
            // As round_scaled_quotient: below one half once the shift passes the digit-count gap.
            auto const dn = static_cast<std::int64_t>(detail::digit_count(detail::magnitude(n)));
            auto const dd = static_cast<std::int64_t>(detail::digit_count(detail::magnitude(d)));
            if (-s >= dn - dd + 2) return decimal(detail::round_tiny(n < 0 ? -1 : 1, mode), exponent);
            std::int64_t scaled_d = 0;
            if (detail::mul_pow10(d, -s, scaled_d)) return decimal(detail::round_quotient(n, scaled_d, mode), exponent);
        }
    }
    using coefficient_type = decimal::coefficient_type;
    coefficient_type n = a.coefficient();
    coefficient_type d = b.coefficient();
    if (d.sign() < 0) {
        d = -d;
        n = -n;
    }
    // a/b / 10^exponent = (n/d) * 10^s.
    std::int64_t const s = std::int64_t{a.exponent()} - b.exponent() - exponent;
    if (s >= 0) {
        if (n.is_zero()) return decimal(0, exponent);
        // The quotient has about digits(n) - digits(d) + s digits; refuse absurd ones.
        if (s > detail::max_scale_digits) {
            return error{"F-DECIMAL-003",
                         "quotient at exponent " + std::to_string(exponent) + " needs more than " +
                             std::to_string(detail::max_scale_digits) + " extra digits",
                         {}};
        }
        return decimal(detail::round_quotient(n * detail::pow10(s), d, mode), exponent);
    }
    return decimal(detail::round_scaled_quotient(n, d, -s, mode), exponent);
}

// ---------------------------------------------------------------------------------------------------
// interval

namespace {

bool above_lower(bound const& lo, decimal const& v) {
    auto const c = v <=> lo.value;
    return c > 0 || (c == 0 && lo.closed);
}

bool below_upper(bound const& hi, decimal const& v) {
    auto const c = v <=> hi.value;
    return c < 0 || (c == 0 && hi.closed);
}

// The tighter of two lower bounds (the intersection's lower end).
bound const& tighter_lower(bound const& a, bound const& b) {
    auto const c = a.value <=> b.value;
    if (c != 0) return c > 0 ? a : b;
    return a.closed ? b : a;  // equal values: an open end excludes the point
}

bound const& tighter_upper(bound const& a, bound const& b) {
    auto const c = a.value <=> b.value;
    if (c != 0) return c < 0 ? a : b;
    return a.closed ? b : a;
}

}  // namespace

bool interval::contains(decimal const& v) const {
    if (lower && !above_lower(*lower, v)) return false;
    if (upper && !below_upper(*upper, v)) return false;
    return true;
}

bool interval::is_empty() const {
    if (!lower || !upper) return false;
    auto const c = lower->value <=> upper->value;
    if (c > 0) return true;
    if (c == 0) return !(lower->closed && upper->closed);
    return false;  // on the real line (a, b) with a < b is never empty
}

bool interval::overlaps(interval const& other) const {
    if (is_empty() || other.is_empty()) return false;
    interval meet;
    if (lower && other.lower) meet.lower = tighter_lower(*lower, *other.lower);
    else meet.lower = lower ? lower : other.lower;
    if (upper && other.upper) meet.upper = tighter_upper(*upper, *other.upper);
    else meet.upper = upper ? upper : other.upper;
    return !meet.is_empty();
}

std::string interval::to_string() const {
    std::string out;
    if (lower) {
        out.push_back(lower->closed ? '[' : '(');
        out.append(lower->value.to_string());
    } else {
        out.append("(-inf");
    }
    out.append(", ");
    if (upper) {
        out.append(upper->value.to_string());
        out.push_back(upper->closed ? ']' : ')');
    } else {
        out.append("+inf)");
    }
    return out;
}

}  // namespace figura
