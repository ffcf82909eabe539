// find_dates() and parse_date(): validation and NFC, per-line language, the recogniser, then
// resolution of each match to the interval it names (relative ones against the reference date or
// the nearest earlier resolved mention).

#include "figura/dates.hpp"

#include <algorithm>

#include "dates/recognise.hpp"
#include "figura/parse.hpp"
#include "unicode/text.hpp"

namespace figura {
namespace detail::dates {
namespace {

using namespace std::chrono;

date_interval year_interval(int y) {
    return {year{y} / January / day{1}, year{y} / December / day{31}};
}

date_interval months_interval(int y, unsigned first_month, unsigned count) {
    year_month const start{year{y}, month{first_month}};
    year_month const stop = start + months{static_cast<int>(count) - 1};
    return {start / day{1}, year_month_day{stop / last}};
}

/// The interval a spec with a known year names; nullopt for an impossible day (29 Feb 2023).
std::optional<date_interval> interval_of(int y, date_spec const& s) {
    if (y < 1 || y > 9999) return std::nullopt;
    if (s.day != 0) {
        year_month_day const d{year{y}, month{s.month}, day{s.day}};
        if (!d.ok()) return std::nullopt;
        return date_interval{d, d};
    }
    if (s.month != 0) {
        if (s.month > 12) return std::nullopt;
        return months_interval(y, s.month, 1);
    }
    if (s.quarter != 0) return months_interval(y, s.quarter * 3 - 2, 3);
    if (s.half != 0) return months_interval(y, s.half * 6 - 5, 6);
    return year_interval(y);
}

/// First month of the period a spec names within its year (1 when it names the whole year).
unsigned first_month(date_spec const& s) {
    if (s.month != 0) return s.month;
    if (s.quarter != 0) return s.quarter * 3 - 2;
    if (s.half != 0) return s.half * 6 - 5;
    return 1;
}

calendar_date shift(calendar_date d, int offset, date_unit unit) {
    switch (unit) {
    case date_unit::day: return year_month_day{sys_days{d} + days{offset}};
    case date_unit::month: {
        year_month_day r = d + months{offset};
        return r.ok() ? r : year_month_day{r.year() / r.month() / last};
    }
    case date_unit::year: {
        year_month_day r = d + years{offset};
        return r.ok() ? r : year_month_day{r.year() / r.month() / last};
    }
    }
    return d;
}

/// An interval moved by an offset: both ends move, the last through its following day so whole
/// months stay whole (May 2021 + 2 years = May 2023; 31 Jan + 1 month = 28 Feb).
date_interval shift(date_interval const& i, int offset, date_unit unit) {
    calendar_date const after_last{sys_days{i.last} + days{1}};
    return {shift(i.first, offset, unit), year_month_day{sys_days{shift(after_last, offset, unit)} - days{1}}};
}

/// Year offset for an implied year: the reference year, or the previous one when the period
/// would start more than three months after the reference month (news mostly reports the past).
int implied_year_offset(date_spec const& s, calendar_date ref) {
    auto const ref_month = static_cast<unsigned>(ref.month());
    return first_month(s) > ref_month + 3 ? -1 : 0;
}

struct resolution {
    std::optional<date_interval> interval;
    int offset = 0;
};

resolution resolve(date_spec const& s, std::optional<calendar_date> ref, std::optional<date_interval> anchor) {
    switch (s.kind) {
    case spec_kind::absolute: return {interval_of(s.year, s), 0};
    case spec_kind::implied_year: {
        if (!ref) return {};
        int const offset = implied_year_offset(s, *ref);
        return {interval_of(static_cast<int>(ref->year()) + offset, s), offset};
    }
    case spec_kind::last_named_month: {
        if (!ref) return {};
        int const offset = s.month < static_cast<unsigned>(ref->month()) ? 0 : -1;
        return {interval_of(static_cast<int>(ref->year()) + offset, s), offset};
    }
    case spec_kind::from_publication: {
        if (!ref) return {};
        switch (s.unit) {
        case date_unit::year: return {interval_of(static_cast<int>(ref->year()) + s.offset, s), s.offset};
        case date_unit::month: {
            year_month const ym = year_month{ref->year(), ref->month()} + months{s.offset};
            return {date_interval{ym / day{1}, year_month_day{ym / last}}, s.offset};
        }
        case date_unit::day: {
            calendar_date const d = shift(*ref, s.offset, date_unit::day);
            return {date_interval{d, d}, s.offset};
        }
        }
        return {};
    }
    case spec_kind::from_mention:
        if (!anchor) return {};
        return {shift(*anchor, s.offset, s.unit), s.offset};
    }
    return {};
}

date_granularity granularity_of(date_spec const& s) {
    if (s.day != 0) return date_granularity::day;
    if (s.month != 0) return date_granularity::month;
    if (s.quarter != 0) return date_granularity::quarter;
    if (s.half != 0) return date_granularity::half;
    if (s.kind == spec_kind::from_publication || s.kind == spec_kind::from_mention) {
        switch (s.unit) {
        case date_unit::day: return date_granularity::day;
        case date_unit::month: return date_granularity::month;
        case date_unit::year: return date_granularity::year;
        }
    }
    return date_granularity::year;
}

/// The mention for a match, resolved except for mention anchors (done by the caller).
date_mention to_mention(date_spec const& s, std::optional<calendar_date> ref, std::optional<date_interval> anchor) {
    date_mention m;
    m.granularity = granularity_of(s);
    m.part = s.part;
    m.relative = s.kind != spec_kind::absolute;
    m.relation.unit = s.unit;
    switch (s.kind) {
    case spec_kind::absolute: m.relation.anchor = date_anchor::none; break;
    case spec_kind::from_mention: m.relation.anchor = date_anchor::mention; break;
    case spec_kind::implied_year:
    case spec_kind::last_named_month:
        m.relation.anchor = date_anchor::publication;
        m.relation.implied_year = true;
        break;
    case spec_kind::from_publication: m.relation.anchor = date_anchor::publication; break;
    }
    auto const r = resolve(s, ref, anchor);
    m.resolved = r.interval;
    m.relation.offset = s.kind == spec_kind::from_mention || s.kind == spec_kind::from_publication ? s.offset : r.offset;
    return m;
}

error utf8_error(std::string_view text, std::size_t offset) {
    line_index const lines(text.substr(0, offset));
    static constexpr char hex[] = "0123456789ABCDEF";
    auto const c = static_cast<unsigned char>(text[offset]);
    return error{"F-UTF8-001",
                 std::string("invalid UTF-8: byte 0x") + hex[c >> 4] + hex[c & 15] + " does not start a well-formed sequence",
                 lines.span(offset, offset + 1)};
}

std::optional<bool> day_first_for(language lang) {
    if (lang == language::vi) return true;
    return std::nullopt;
}

}  // namespace
}  // namespace detail::dates

bool same_period(date_interval const& a, date_interval const& b) noexcept { return a == b; }

bool overlaps(date_interval const& a, date_interval const& b) noexcept { return a.first <= b.last && b.first <= a.last; }

bool within(date_interval const& inner, date_interval const& outer) noexcept {
    return outer.first <= inner.first && inner.last <= outer.last;
}

result<std::vector<date_mention>> find_dates(std::string_view text, date_options const& options) {
    using namespace detail::dates;
    if (auto const bad = detail::find_invalid_utf8(text)) return utf8_error(text, *bad);
    detail::normalized_text const nfc(text);
    std::string_view const norm = nfc.text();
    detail::line_index const lines(text);

    std::vector<date_mention> out;
    std::vector<match> matches;
    scanner scan;
    std::optional<language> previous_lang;
    std::size_t line_begin = 0;
    while (line_begin <= norm.size()) {
        std::size_t line_end = norm.find('\n', line_begin);
        if (line_end == std::string_view::npos) line_end = norm.size();
        std::string_view const line = norm.substr(line_begin, line_end - line_begin);

        {
            language lang = language::en;
            if (options.lang) {
                lang = *options.lang;
            } else if (auto const detected = detect_language(line)) {
                lang = *detected;
            } else if (previous_lang) {
                lang = *previous_lang;
            }
            previous_lang = lang;

            scan.tokenise(line);
            matches.clear();
            scan.find(day_first_for(lang), matches);
            for (match const& m : matches) {
                // A mention anchor is the nearest earlier mention that has an interval.
                std::optional<date_interval> anchor;
                std::optional<std::size_t> anchor_index;
                if (m.spec.kind == spec_kind::from_mention) {
                    for (std::size_t k = out.size(); k-- > 0;) {
                        if (out[k].resolved) {
                            anchor = out[k].resolved;
                            anchor_index = k;
                            break;
                        }
                    }
                }
                date_mention mention = to_mention(m.spec, options.reference, anchor);
                mention.relation.anchor_index = anchor_index;
                if (m.spec.kind == spec_kind::from_mention && anchor_index) {
                    mention.granularity = out[*anchor_index].granularity;
                }
                mention.lang = lang;
                auto const& toks = scan.tokens();
                std::size_t const b = nfc.to_source(line_begin + toks[m.first].begin);
                std::size_t const e = nfc.to_source(line_begin + toks[m.last - 1].end);
                mention.span = lines.span(b, e);
                mention.text = std::string(text.substr(b, e - b));
                out.push_back(std::move(mention));
            }
        }
        line_begin = line_end + 1;
    }
    return out;
}

result<date_mention> parse_date(std::string_view text, date_options const& options) {
    using namespace detail::dates;
    if (auto const bad = detail::find_invalid_utf8(text)) return utf8_error(text, *bad);
    detail::normalized_text const nfc(text);
    std::string_view const norm = nfc.text();
    detail::line_index const lines(text);

    scanner scan;
    scan.tokenise(norm);
    auto const& toks = scan.tokens();
    auto const span_at = [&](std::size_t token_index) {
        std::size_t const b = nfc.to_source(toks[token_index].begin);
        std::size_t const e = nfc.to_source(toks[token_index].end);
        return lines.span(b, e);
    };
    if (toks.empty()) return error{"F-DATE-004", "empty date", lines.span(0, 0)};

    language lang = options.lang.value_or(detect_language(norm).value_or(language::en));
    auto const m = scan.match_whole(day_first_for(lang));
    if (!m) {
        return error{"F-DATE-001", "not a date: \"" + std::string(text.substr(nfc.to_source(toks[0].begin))) + "\"",
                     span_at(0)};
    }
    if (m->invalid) {
        std::size_t const b = nfc.to_source(toks[m->first].begin);
        std::size_t const e = nfc.to_source(toks[m->last - 1].end);
        return error{"F-DATE-003", "no such day: \"" + std::string(text.substr(b, e - b)) + "\"", lines.span(b, e)};
    }
    if (m->last < toks.size()) {
        // A dateline's place follows a bar: `Mar 4th 2025|Hanoi`.
        std::string_view const next = norm.substr(toks[m->last].begin, toks[m->last].end - toks[m->last].begin);
        if (next != "|") {
            std::size_t const b = nfc.to_source(toks[m->last].begin);
            return error{"F-DATE-002", "unexpected text after the date: \"" + std::string(text.substr(b)) + "\"",
                         span_at(m->last)};
        }
    }
    date_mention mention = to_mention(m->spec, options.reference, std::nullopt);
    mention.lang = lang;
    std::size_t const b = nfc.to_source(toks[m->first].begin);
    std::size_t const e = nfc.to_source(toks[m->last - 1].end);
    mention.span = lines.span(b, e);
    mention.text = std::string(text.substr(b, e - b));
    return mention;
}

std::string_view to_string(date_granularity g) noexcept {
    switch (g) {
    case date_granularity::day: return "day";
    case date_granularity::month: return "month";
    case date_granularity::quarter: return "quarter";
    case date_granularity::half: return "half";
    case date_granularity::year: return "year";
    }
    return "?";
}

std::string_view to_string(date_part p) noexcept {
    switch (p) {
    case date_part::whole: return "whole";
    case date_part::early: return "early";
    case date_part::middle: return "middle";
    case date_part::late: return "late";
    }
    return "?";
}

std::string_view to_string(date_anchor a) noexcept {
    switch (a) {
    case date_anchor::none: return "none";
    case date_anchor::publication: return "publication";
    case date_anchor::mention: return "mention";
    }
    return "?";
}

std::string_view to_string(date_unit u) noexcept {
    switch (u) {
    case date_unit::day: return "day";
    case date_unit::month: return "month";
    case date_unit::year: return "year";
    }
    return "?";
}

std::string to_string(date_interval const& i) {
    auto const one = [](calendar_date d) {
        char buf[16];
        auto const y = static_cast<int>(d.year());
        auto const m = static_cast<unsigned>(d.month());
        auto const dd = static_cast<unsigned>(d.day());
        buf[0] = static_cast<char>('0' + (y / 1000) % 10);
        buf[1] = static_cast<char>('0' + (y / 100) % 10);
        buf[2] = static_cast<char>('0' + (y / 10) % 10);
        buf[3] = static_cast<char>('0' + y % 10);
        buf[4] = '-';
        buf[5] = static_cast<char>('0' + m / 10);
        buf[6] = static_cast<char>('0' + m % 10);
        buf[7] = '-';
        buf[8] = static_cast<char>('0' + dd / 10);
        buf[9] = static_cast<char>('0' + dd % 10);
        return std::string(buf, 10);
    };
    return one(i.first) + ".." + one(i.last);
}

}  // namespace figura
