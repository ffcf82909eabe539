#pragma once
// Invariants every figura result must satisfy, shared by the fuzz targets. A violation prints what
// broke and aborts, which libFuzzer and the replay driver both report as a crash with the input.
//
// The checks recompute what they can (UTF-8 validity, line/column) independently of figura's own
// helpers in src/unicode, so a bug there cannot hide itself.

#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "figura/parse.hpp"

#define FIGURA_FUZZ_CHECK(cond)                                                                        \
    do {                                                                                               \
        if (!(cond) && !::figura::fuzz::ignored(#cond)) ::figura::fuzz::fail(#cond, __FILE__, __LINE__); \
    } while (false)

namespace figura::fuzz {

/// True when the environment variable FIGURA_FUZZ_IGNORE (comma-separated) names a substring of
/// `condition`: lets a fuzzing session mute an already-reported violation to hunt for others.
inline bool ignored(std::string_view condition) {
    static std::vector<std::string> const muted = [] {
        std::vector<std::string> out;
        if (char const* env = std::getenv("FIGURA_FUZZ_IGNORE")) {
            std::string_view rest(env);
            while (!rest.empty()) {
                auto const comma = rest.find(',');
                auto const item = rest.substr(0, comma);
                if (!item.empty()) out.emplace_back(item);
                rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
            }
        }
        return out;
    }();
    for (auto const& m : muted)
        if (condition.find(m) != std::string_view::npos) return true;
    return false;
}

[[noreturn]] inline void fail(char const* what, char const* file, int line) {
    std::fprintf(stderr, "%s:%d: invariant violated: %s\n", file, line, what);
    std::abort();
}

inline unsigned byte_at(std::string_view s, std::size_t i) { return static_cast<unsigned char>(s[i]); }

/// Offset of the first byte that does not start a well-formed UTF-8 sequence (Unicode table 3-7:
/// no overlongs, no surrogates, nothing above U+10FFFF, no truncation), or nullopt.
inline std::optional<std::size_t> first_invalid_utf8(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size()) {
        unsigned const b = byte_at(s, i);
        if (b < 0x80) {
            ++i;
            continue;
        }
        std::size_t len = 0;
        unsigned lo = 0x80, hi = 0xBF;  // allowed range of the second byte
        if (b >= 0xC2 && b <= 0xDF) {
            len = 2;
        } else if (b == 0xE0) {
            len = 3, lo = 0xA0;
        } else if ((b >= 0xE1 && b <= 0xEC) || b == 0xEE || b == 0xEF) {
            len = 3;
        } else if (b == 0xED) {
            len = 3, hi = 0x9F;
        } else if (b == 0xF0) {
            len = 4, lo = 0x90;
        } else if (b >= 0xF1 && b <= 0xF3) {
            len = 4;
        } else if (b == 0xF4) {
            len = 4, hi = 0x8F;
        } else {
            return i;
        }
        if (i + len > s.size()) return i;
        if (byte_at(s, i + 1) < lo || byte_at(s, i + 1) > hi) return i;
        for (std::size_t k = 2; k < len; ++k)
            if ((byte_at(s, i + k) & 0xC0) != 0x80) return i;
        i += len;
    }
    return std::nullopt;
}

/// True when offset `i` is not inside a multi-byte sequence.
inline bool is_boundary(std::string_view s, std::size_t i) {
    return i >= s.size() || (byte_at(s, i) & 0xC0) != 0x80;
}

/// 1-based line and code-point column of `offset`; lines end at '\n'. Valid UTF-8 before `offset` assumed.
inline std::pair<std::size_t, std::size_t> line_column(std::string_view s, std::size_t offset) {
    std::size_t line = 1, column = 1;
    for (std::size_t i = 0; i < offset && i < s.size(); ++i) {
        if (s[i] == '\n') {
            ++line;
            column = 1;
        } else if ((byte_at(s, i) & 0xC0) != 0x80) {
            ++column;
        }
    }
    return {line, column};
}

inline void check_decimal(decimal const& d) {
    // A value must survive its own textual form exactly (the CLI and JSON output rely on it).
    auto const back = decimal::parse(d.to_string());
    FIGURA_FUZZ_CHECK(back.has_value());
    FIGURA_FUZZ_CHECK(*back == d);
}

inline void check_interval(interval const& iv) {
    if (iv.lower) check_decimal(iv.lower->value);
    if (iv.upper) check_decimal(iv.upper->value);
    if (iv.lower && iv.upper) FIGURA_FUZZ_CHECK(iv.lower->value <= iv.upper->value);
}

/// A span inside `input`, on code-point boundaries, with the line/column of its begin. Only the
/// first `valid` bytes are known-valid UTF-8; offset `valid` itself may be the ill-formed byte an
/// error points at.
inline void check_span(std::string_view input, source_span const& sp, std::size_t valid) {
    FIGURA_FUZZ_CHECK(sp.begin <= sp.end);
    FIGURA_FUZZ_CHECK(sp.end <= input.size());
    FIGURA_FUZZ_CHECK(sp.line >= 1);
    FIGURA_FUZZ_CHECK(sp.column >= 1);
    if (sp.begin <= valid) {
        bool const span_begin_on_boundary = sp.begin == valid || is_boundary(input, sp.begin);
        FIGURA_FUZZ_CHECK(span_begin_on_boundary);
        auto const [line, column] = line_column(input, sp.begin);
        FIGURA_FUZZ_CHECK(sp.line == line);
        FIGURA_FUZZ_CHECK(sp.column == column);
    }
    if (sp.end <= valid) {
        bool const span_end_on_boundary = sp.end == valid || is_boundary(input, sp.end);
        FIGURA_FUZZ_CHECK(span_end_on_boundary);
    }
}

/// An error's place: the same rules, named separately so a session can mute one kind.
inline void check_error_span(std::string_view input, source_span const& sp, std::size_t valid) {
    FIGURA_FUZZ_CHECK(sp.begin <= sp.end);
    FIGURA_FUZZ_CHECK(sp.end <= input.size());
    FIGURA_FUZZ_CHECK(sp.line >= 1);
    FIGURA_FUZZ_CHECK(sp.column >= 1);
    if (sp.begin <= valid) {
        bool const error_begin_on_boundary = sp.begin == valid || is_boundary(input, sp.begin);
        FIGURA_FUZZ_CHECK(error_begin_on_boundary);
        auto const [line, column] = line_column(input, sp.begin);
        bool const error_line_column_match = sp.line == line && sp.column == column;
        FIGURA_FUZZ_CHECK(error_line_column_match);
    }
    if (sp.end <= valid) {
        bool const error_end_on_boundary = sp.end == valid || is_boundary(input, sp.end);
        FIGURA_FUZZ_CHECK(error_end_on_boundary);
    }
}

inline bool within(source_span const& inner, source_span const& outer) {
    return outer.begin <= inner.begin && inner.end <= outer.end;
}

inline void check_currency(currency_ref const& c) {
    FIGURA_FUZZ_CHECK((c.source == currency_source::none) == c.code.empty());
    for (auto const& alt : c.alternatives) {
        FIGURA_FUZZ_CHECK(alt != c.code);
        FIGURA_FUZZ_CHECK(!alt.empty());
    }
}

inline void check_value(std::string_view input, figure_value const& v, source_span const& whole) {
    check_decimal(v.value);
    check_decimal(v.resolution);
    check_interval(v.bounds);
    FIGURA_FUZZ_CHECK(v.resolution.sign() >= 0);
    // "resolution: 0 when exact" (figure.hpp).
    FIGURA_FUZZ_CHECK(v.exact == v.resolution.is_zero());
    check_span(input, v.span, input.size());
    FIGURA_FUZZ_CHECK(within(v.span, whole));
}

/// One figure found in (valid UTF-8) `input`.
inline void check_figure(std::string_view input, figure const& f) {
    check_span(input, f.span, input.size());
    FIGURA_FUZZ_CHECK(f.span.begin < f.span.end);
    FIGURA_FUZZ_CHECK(f.text == input.substr(f.span.begin, f.span.end - f.span.begin));
    check_decimal(f.value);
    check_interval(f.bounds);
    check_value(input, f.written, f.span);
    FIGURA_FUZZ_CHECK(f.value == f.written.value);
    if (f.range_high) check_value(input, *f.range_high, f.span);
    check_currency(f.currency);
    if (f.kind == figure_kind::money) FIGURA_FUZZ_CHECK(!f.currency.code.empty());
    // figure.hpp: an alternative reading exists only for ambiguous separators.
    if (f.alternative_value) {
        bool const alternative_means_ambiguous = f.ambiguous == ambiguity::separator;
        FIGURA_FUZZ_CHECK(alternative_means_ambiguous);
        check_decimal(*f.alternative_value);
    }
}

/// An error: a stable id, a message, and a place inside the input.
inline void check_error(std::string_view input, error const& e) {
    FIGURA_FUZZ_CHECK(e.id.rfind("F-", 0) == 0);
    FIGURA_FUZZ_CHECK(!e.message.empty());
    auto const bad = first_invalid_utf8(input);
    check_error_span(input, e.where, bad ? *bad : input.size());
}

/// `figura::parse` under `options`; returns true when it gave a figure.
inline bool check_parse(std::string_view input, parse_options const& options) {
    auto const r = parse(input, options);
    auto const bad = first_invalid_utf8(input);
    if (!r) {
        check_error(input, r.error());
        return false;
    }
    FIGURA_FUZZ_CHECK(!bad.has_value());  // invalid UTF-8 is never a figure
    check_figure(input, *r);
    if (options.lang) FIGURA_FUZZ_CHECK(r->lang == *options.lang);
    FIGURA_FUZZ_CHECK(!r->equivalent_of.has_value());
    return true;
}

/// `figura::extract` under `options`; returns the number of figures.
inline std::size_t check_extract(std::string_view input, parse_options const& options) {
    auto const r = extract(input, options);
    auto const bad = first_invalid_utf8(input);
    if (!r) {
        check_error(input, r.error());
        // Valid text never fails to extract: "text with no figures gives an empty vector".
        FIGURA_FUZZ_CHECK(bad.has_value());
        // "Invalid UTF-8 is an error with its position": the first ill-formed byte.
        FIGURA_FUZZ_CHECK(r.error().where.begin == *bad);
        return 0;
    }
    FIGURA_FUZZ_CHECK(!bad.has_value());
    auto const& figures = *r;
    for (std::size_t i = 0; i < figures.size(); ++i) {
        auto const& f = figures[i];
        check_figure(input, f);
        if (options.lang) FIGURA_FUZZ_CHECK(f.lang == *options.lang);
        if (i > 0) FIGURA_FUZZ_CHECK(figures[i - 1].span.end <= f.span.begin);  // in order, no overlap
        if (f.equivalent_of) FIGURA_FUZZ_CHECK(*f.equivalent_of < i);
    }
    return figures.size();
}

}  // namespace figura::fuzz
