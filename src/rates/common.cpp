// Shared helpers for rates: currency validation, exact values, file positions, dates.

#include "rates/model.hpp"
#include "rates/text.hpp"
#include "unicode/text.hpp"

#include <unicode/ucurr.h>
#include <unicode/uenum.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <set>

namespace figura::detail {

namespace {

std::set<std::string, std::less<>> const& iso_currency_set() {
    // ICU's list holds current and historic codes (CYP, ROL, IEP, ...); built once.
    static std::set<std::string, std::less<>> const codes = [] {
        std::set<std::string, std::less<>> out;
        UErrorCode status = U_ZERO_ERROR;
        UEnumeration* e = ucurr_openISOCurrencies(UCURR_ALL, &status);
        if (U_SUCCESS(status) && e != nullptr) {
            int32_t len = 0;
            while (char const* s = uenum_next(e, &len, &status)) {
                if (U_FAILURE(status)) break;
                out.emplace(s, static_cast<std::size_t>(len));
            }
        }
        if (e != nullptr) uenum_close(e);
        out.erase("XXX");  // "no currency" and the testing code are not currencies
        out.erase("XTS");
        return out;
    }();
    return codes;
}

}  // namespace

bool is_rate_currency(std::string_view code) {
    if (code.size() != 3) return false;
    for (char c : code)
        if (c < 'A' || c > 'Z') return false;
    return iso_currency_set().contains(code);
}

rational to_rational(rate_obs const& o) {
    using boost::multiprecision::cpp_int;
    if (o.exponent >= 0) {
        cpp_int v = o.coefficient;
        v *= boost::multiprecision::pow(cpp_int(10), static_cast<unsigned>(o.exponent));
        return rational(v);
    }
    return rational(cpp_int(o.coefficient), boost::multiprecision::pow(cpp_int(10), static_cast<unsigned>(-o.exponent)));
}

std::string format_obs_value(std::int64_t coefficient, std::int32_t exponent) {
    std::array<char, 24> buf{};
    auto [end, ec] = std::to_chars(buf.data(), buf.data() + buf.size(), coefficient < 0 ? -coefficient : coefficient);
    std::string digits(buf.data(), end);
    std::string out = coefficient < 0 ? "-" : "";
    if (exponent >= 0) {
        out += digits;
        if (coefficient != 0) out.append(static_cast<std::size_t>(exponent), '0');
        return out;
    }
    auto const frac = static_cast<std::size_t>(-exponent);
    if (digits.size() <= frac) digits.insert(0, frac - digits.size() + 1, '0');
    out += digits.substr(0, digits.size() - frac);
    out += '.';
    out += digits.substr(digits.size() - frac);
    return out;
}

figura::error file_error(std::string_view id, std::string_view name, std::string_view text, std::size_t byte_offset,
                         std::size_t length, std::string const& message) {
    byte_offset = std::min(byte_offset, text.size());
    std::size_t line = 1;
    std::size_t line_start = 0;
    for (std::size_t i = 0; i < byte_offset; ++i) {
        if (text[i] == '\n') {
            ++line;
            line_start = i + 1;
        }
    }
    // Columns count code points: skip UTF-8 continuation bytes.
    std::size_t column = 1;
    for (std::size_t i = line_start; i < byte_offset; ++i)
        if ((static_cast<unsigned char>(text[i]) & 0xC0U) != 0x80U) ++column;
    figura::error e;
    e.id = std::string(id);
    e.message = std::string(name) + ":" + std::to_string(line) + ":" + std::to_string(column) + ": " + message;
    e.where = source_span{byte_offset, std::min(byte_offset + length, text.size()), line, column};
    return e;
}

std::string quote_text(std::string_view s) {
    std::string out = "\"";
    std::size_t n = 0;
    std::size_t i = 0;
    // Bytes that are not UTF-8 (a binary download) are escaped too, so a message stays readable text.
    auto invalid = find_invalid_utf8(s);
    while (i < s.size()) {
        if (++n > 40) {
            out += "...";
            break;
        }
        auto const u = static_cast<unsigned char>(s[i]);
        bool const bad = invalid && *invalid == i;
        if (bad || u < 0x20 || u == 0x7F) {
            static constexpr char hex[] = "0123456789abcdef";
            out += "\\x";
            out += hex[u >> 4U];
            out += hex[u & 0xFU];
            ++i;
            if (bad) {
                auto const next = find_invalid_utf8(s.substr(i));
                invalid = next ? std::optional<std::size_t>(i + *next) : std::nullopt;
            }
            continue;
        }
        std::size_t const length = u < 0x80 ? 1 : u < 0xE0 ? 2 : u < 0xF0 ? 3 : 4;  // a well-formed sequence here
        out.append(s.substr(i, length));
        i += length;
    }
    out += '"';
    return out;
}

std::optional<std::chrono::year_month_day> make_date(int y, unsigned m, unsigned d) {
    std::chrono::year_month_day ymd{std::chrono::year(y), std::chrono::month(m), std::chrono::day(d)};
    if (!ymd.ok()) return std::nullopt;
    return ymd;
}

namespace {
bool all_digits(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}
unsigned to_uint(std::string_view s) {
    unsigned v = 0;
    for (char c : s) v = v * 10U + static_cast<unsigned>(c - '0');
    return v;
}
}  // namespace

std::optional<std::chrono::year_month_day> parse_iso_day(std::string_view s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
    auto y = s.substr(0, 4), m = s.substr(5, 2), d = s.substr(8, 2);
    if (!all_digits(y) || !all_digits(m) || !all_digits(d)) return std::nullopt;
    return make_date(static_cast<int>(to_uint(y)), to_uint(m), to_uint(d));
}

std::optional<std::chrono::year_month_day> parse_iso_month(std::string_view s) {
    if (s.size() != 7 || s[4] != '-') return std::nullopt;
    auto y = s.substr(0, 4), m = s.substr(5, 2);
    if (!all_digits(y) || !all_digits(m)) return std::nullopt;
    return make_date(static_cast<int>(to_uint(y)), to_uint(m), 1);
}

std::optional<std::chrono::year_month_day> parse_iso_year(std::string_view s) {
    if (s.size() != 4 || !all_digits(s)) return std::nullopt;
    return make_date(static_cast<int>(to_uint(s)), 1, 1);
}

std::optional<std::chrono::year_month_day> parse_ecb_long_day(std::string_view s) {
    // "13 April 2026" (the ECB's single-day eurofxref.csv).
    static constexpr std::array<std::string_view, 12> months{"January", "February", "March",     "April",
                                                             "May",     "June",     "July",      "August",
                                                             "September", "October", "November", "December"};
    auto sp1 = s.find(' ');
    if (sp1 == std::string_view::npos) return std::nullopt;
    auto sp2 = s.find(' ', sp1 + 1);
    if (sp2 == std::string_view::npos) return std::nullopt;
    auto d = s.substr(0, sp1), m = s.substr(sp1 + 1, sp2 - sp1 - 1), y = s.substr(sp2 + 1);
    if (!all_digits(d) || d.size() > 2 || y.size() != 4 || !all_digits(y)) return std::nullopt;
    for (std::size_t i = 0; i < months.size(); ++i)
        if (m == months[i]) return make_date(static_cast<int>(to_uint(y)), static_cast<unsigned>(i + 1), to_uint(d));
    return std::nullopt;
}

value_scan scan_rate_value(std::string_view s, rate_obs& out) {
    // Fast path: digits[.digits], the only form publishers use.
    std::size_t i = 0;
    std::int64_t coef = 0;
    int significant = 0;
    int frac_digits = 0;
    bool seen_point = false;
    bool any_digit = false;
    for (; i < s.size(); ++i) {
        char const c = s[i];
        if (c >= '0' && c <= '9') {
            any_digit = true;
            if (seen_point) ++frac_digits;
            if (coef != 0 || c != '0') {
                if (++significant > 18) return {value_scan::too_long, i, "more than 18 significant digits"};
                coef = coef * 10 + (c - '0');
            }
        } else if (c == '.' && !seen_point && any_digit) {
            seen_point = true;
        } else {
            break;
        }
    }
    if (i == s.size() && any_digit && s.back() != '.') {
        if (coef == 0) return {value_scan::not_positive, 0, "rate must be positive, found " + quote_text(s)};
        out.coefficient = coef;
        out.exponent = -frac_digits;
        return {value_scan::ok, 0, {}};
    }
    // Anything else goes through figura's decimal scanner, which accepts signs and exponents and names
    // the offending byte; a valid number still has to be a positive rate.
    auto parsed = decimal::parse(s);
    if (!parsed) {
        std::size_t col = parsed.error().where.column;
        return {value_scan::bad, col > 0 ? col - 1 : 0, "not a number: " + quote_text(s)};
    }
    decimal const& v = *parsed;
    if (v.sign() <= 0) return {value_scan::not_positive, 0, "rate must be positive, found " + quote_text(s)};
    auto n = v.normalized();
    if (n.digits() > 18) return {value_scan::too_long, 0, "more than 18 significant digits"};
    if (n.exponent() > 18 || n.exponent() < -60) return {value_scan::too_long, 0, "exponent out of range"};
    out.coefficient = static_cast<std::int64_t>(n.coefficient());
    out.exponent = n.exponent();
    return {value_scan::ok, 0, {}};
}

std::vector<line_ref> split_lines(std::string_view text) {
    std::vector<line_ref> lines;
    std::size_t pos = 0;
    // A UTF-8 byte order mark is not part of the first field.
    if (text.substr(0, 3) == "\xEF\xBB\xBF") pos = 3;
    while (pos < text.size()) {
        auto nl = text.find('\n', pos);
        auto end = nl == std::string_view::npos ? text.size() : nl;
        auto content_end = end;
        if (content_end > pos && text[content_end - 1] == '\r') --content_end;
        lines.push_back({pos, text.substr(pos, content_end - pos)});
        if (nl == std::string_view::npos) break;
        pos = nl + 1;
    }
    return lines;
}

std::vector<field_ref> split_fields(std::string_view line, char sep, bool trim) {
    std::vector<field_ref> out;
    std::size_t pos = 0;
    while (true) {
        auto next = line.find(sep, pos);
        auto end = next == std::string_view::npos ? line.size() : next;
        std::size_t b = pos, e = end;
        if (trim) {
            while (b < e && (line[b] == ' ' || line[b] == '\t')) ++b;
            while (e > b && (line[e - 1] == ' ' || line[e - 1] == '\t')) --e;
        }
        out.push_back({b, line.substr(b, e - b)});
        if (next == std::string_view::npos) break;
        pos = next + 1;
    }
    return out;
}

}  // namespace figura::detail
