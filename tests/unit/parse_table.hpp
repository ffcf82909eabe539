#pragma once
// Row types and the row checker shared by the table-driven parser tests (parse_en_test.cpp,
// parse_vi_test.cpp). Expected values come from docs/DESIGN.md and the parser issue, not from the
// implementation. Not a test itself: the tests/unit glob only picks up *_test.cpp.

#include <catch2/catch.hpp>

#include <cstddef>
#include <optional>
#include <set>
#include <string>
#include <string_view>

#include "figura/parse.hpp"

namespace Catch {
template <>
struct StringMaker<figura::decimal> {
    static std::string convert(figura::decimal const& d) { return d.to_string(); }
};
template <>
struct StringMaker<figura::interval> {
    static std::string convert(figura::interval const& i) { return i.to_string(); }
};
template <>
struct StringMaker<figura::figure_kind> {
    static std::string convert(figura::figure_kind k) { return std::string(figura::to_string(k)); }
};
template <>
struct StringMaker<figura::qualifier> {
    static std::string convert(figura::qualifier q) { return std::string(figura::to_string(q)); }
};
template <>
struct StringMaker<figura::currency_source> {
    static std::string convert(figura::currency_source s) { return std::string(figura::to_string(s)); }
};
template <>
struct StringMaker<figura::language> {
    static std::string convert(figura::language l) { return std::string(figura::to_string(l)); }
};
}  // namespace Catch

namespace figura_test {

/// Expected currency source; `any` leaves it unchecked.
enum class cs { none, symbol, code, name, implied, any };

/// One expression `figura::parse` must read as a single figure.
struct parse_row {
    std::string_view input;
    figura::figure_kind kind;
    std::string_view value;     ///< exact decimal, scale applied; for a range the low end
    std::string_view currency;  ///< ISO code; "" when the figure has no currency
    cs source;
    figura::qualifier qual;
    std::string_view bounds;    ///< "[lo, hi)", "(v, +inf)"; "" = not checked (spelled-out, percent, year, age)
    std::string_view high;      ///< range high end; "" = not a range
};

/// Text `figura::parse` must reject; `column` is the 1-based code-point column where reading
/// stopped (0 = not checked).
struct error_row {
    std::string_view input;
    std::size_t column;
};

/// An exchange-rate quote: `value` units of `currency` per one `base`.
struct rate_row {
    std::string_view input;
    std::string_view value;
    std::string_view currency;
    std::string_view base;
};

inline figura::decimal dec(std::string_view text) { return figura::decimal::from_string(text); }

/// "[13500000000, 14500000000)" / "(6000000, +inf)" / "[0, 6000000)" as an interval.
inline figura::interval interval_of(std::string_view text) {
    figura::interval result;
    auto const comma = text.find(", ");
    REQUIRE(text.size() >= 5);
    REQUIRE(comma != std::string_view::npos);
    auto const lower = text.substr(1, comma - 1);
    auto const upper = text.substr(comma + 2, text.size() - comma - 3);
    if (lower != "-inf") result.lower = figura::bound{dec(lower), text.front() == '['};
    if (upper != "+inf") result.upper = figura::bound{dec(upper), text.back() == ']'};
    return result;
}

inline figura::currency_source to_source(cs s) {
    switch (s) {
        case cs::symbol: return figura::currency_source::symbol;
        case cs::code: return figura::currency_source::code;
        case cs::name: return figura::currency_source::name;
        case cs::implied: return figura::currency_source::implied;
        default: return figura::currency_source::none;
    }
}

/// One line naming everything the parser returned, for failure messages.
inline std::string describe(figura::figure const& f) {
    std::string out = std::string(figura::to_string(f.kind)) + " " + f.value.to_string();
    out += " " + (f.currency.code.empty() ? std::string("-") : f.currency.code);
    out += "(" + std::string(figura::to_string(f.currency.source)) + ")";
    out += " " + std::string(figura::to_string(f.qual)) + " " + f.bounds.to_string();
    if (f.range_high) out += " high=" + f.range_high->value.to_string();
    out += " lang=" + std::string(figura::to_string(f.lang));
    out += " span=[" + std::to_string(f.span.begin) + "," + std::to_string(f.span.end) + ")";
    return out;
}

/// Checks one row with CHECK (not REQUIRE) so that every field of every row is reported.
inline void check_row(parse_row const& row, figura::parse_options const& options) {
    INFO("input: " << row.input);
    auto const parsed = figura::parse(row.input, options);
    if (!parsed) {
        FAIL_CHECK("parse failed: " << parsed.error().id << " at column " << parsed.error().where.column << ": "
                                    << parsed.error().message);
        return;
    }
    auto const& f = *parsed;
    INFO("got: " << describe(f));
    CHECK(f.kind == row.kind);
    CHECK(f.value == dec(row.value));
    CHECK(f.written.value == dec(row.value));
    CHECK(f.qual == row.qual);
    if (options.lang) CHECK(f.lang == *options.lang);
    CHECK(f.currency.code == row.currency);
    if (row.source != cs::any) CHECK(f.currency.source == to_source(row.source));
    if (!row.bounds.empty()) CHECK(f.bounds == interval_of(row.bounds));
    if (row.high.empty()) {
        CHECK_FALSE(f.is_range());
    } else if (f.range_high) {
        CHECK(f.range_high->value == dec(row.high));
    } else {
        FAIL_CHECK("expected a range with high end " << row.high);
    }
    // A money expression is the whole input, qualifier and currency included.
    if (row.kind == figura::figure_kind::money) {
        CHECK(f.span.begin == 0);
        CHECK(f.span.end == row.input.size());
        CHECK(f.span.line == 1);
        CHECK(f.span.column == 1);
        CHECK(f.text == row.input);
    }
}

inline void check_error_row(error_row const& row, figura::parse_options const& options) {
    INFO("input: " << row.input);
    auto const parsed = figura::parse(row.input, options);
    if (parsed) {
        FAIL_CHECK("expected an error, got: " << describe(*parsed));
        return;
    }
    auto const& e = parsed.error();
    INFO("error: " << e.id << " at column " << e.where.column << ": " << e.message);
    CHECK(e.id.rfind("F-", 0) == 0);
    CHECK_FALSE(e.message.empty());
    CHECK(e.where.line == 1);
    if (row.column != 0) CHECK(e.where.column == row.column);
}

inline void check_rate_row(rate_row const& row, figura::parse_options const& options) {
    INFO("input: " << row.input);
    auto const parsed = figura::parse(row.input, options);
    if (!parsed) {
        FAIL_CHECK("parse failed: " << parsed.error().id << " at column " << parsed.error().where.column << ": "
                                    << parsed.error().message);
        return;
    }
    auto const& f = *parsed;
    INFO("got: " << describe(f) << " rate_base=" << f.rate_base);
    CHECK(f.kind == figura::figure_kind::rate);
    CHECK(f.value == dec(row.value));
    CHECK(f.currency.code == row.currency);
    CHECK(f.rate_base == row.base);
}

/// A unit price: money whose `per` unit is recorded beside it; the span is the amount alone.
struct per_row {
    std::string_view input;
    std::string_view value;     ///< for a range, the low end
    std::string_view currency;
    figura::qualifier qual;
    std::string_view per;
    std::string_view text;      ///< the figure's text: the input without its per-unit tail
    std::string_view high = {};  ///< range high end; "" = not a range
};

inline void check_per_row(per_row const& row, figura::parse_options const& options) {
    INFO("input: " << row.input);
    auto const parsed = figura::parse(row.input, options);
    if (!parsed) {
        FAIL_CHECK("parse failed: " << parsed.error().id << " at column " << parsed.error().where.column << ": "
                                    << parsed.error().message);
        return;
    }
    auto const& f = *parsed;
    INFO("got: " << describe(f) << " per=" << f.per);
    CHECK(f.kind == figura::figure_kind::money);
    CHECK(f.value == dec(row.value));
    CHECK(f.currency.code == row.currency);
    CHECK(f.qual == row.qual);
    CHECK(f.per == row.per);
    CHECK(f.rate_base.empty());
    CHECK(f.text == row.text);
    CHECK(f.span.begin == 0);
    CHECK(f.span.end == row.text.size());
    if (row.high.empty()) {
        CHECK_FALSE(f.is_range());
    } else if (f.range_high) {
        CHECK(f.range_high->value == dec(row.high));
    } else {
        FAIL_CHECK("expected a range with high end " << row.high);
    }
}

/// Number of distinct inputs over the three tables; a repeated input is reported and not counted.
template <class Rows, class Errors, class Rates>
std::size_t count_distinct(Rows const& rows, Errors const& errors, Rates const& rates) {
    std::set<std::string_view> seen;
    auto add = [&seen](std::string_view input) {
        INFO("input: " << input);
        CHECK(seen.insert(input).second);
    };
    for (auto const& r : rows) add(r.input);
    for (auto const& r : errors) add(r.input);
    for (auto const& r : rates) add(r.input);
    return seen.size();
}

}  // namespace figura_test
