// The date recogniser: tokens of one line, and matchers tried at each token, longest forms first.
// Keyword tables are NFC lower case; words are lower-cased with a small Latin/Vietnamese table
// (enough for every keyword here) rather than ICU, which keeps scanning cheap.

#include "dates/recognise.hpp"

#include <array>
#include <cstdint>
#include <optional>

#include "unicode/text.hpp"

namespace figura::detail::dates {
namespace {

// ---------------------------------------------------------------------------------------------
// Characters.

/// Lower case for ASCII, Latin-1, Latin Extended-A pairs, ơ/ư and the Vietnamese block; other
/// code points are kept (no keyword uses them).
char32_t lower_code_point(char32_t c) noexcept {
    if (c < 0x80) return (c >= U'A' && c <= U'Z') ? c + 0x20 : c;
    if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 0x20;
    if (((c >= 0x100 && c <= 0x137) || (c >= 0x14A && c <= 0x177)) && c % 2 == 0) return c + 1;
    if (c == 0x1A0 || c == 0x1AF) return c + 1;
    if (c >= 0x1EA0 && c <= 0x1EF9 && c % 2 == 0) return c + 1;
    return c;
}

bool is_upper(char32_t c) noexcept { return lower_code_point(c) != c; }

void append_utf8(std::string& out, char32_t c) {
    if (c < 0x80) {
        out.push_back(static_cast<char>(c));
    } else if (c < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (c >> 6)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (c >> 12)));
        out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (c >> 18)));
        out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    }
}

/// Horizontal space at `p`: space, tab, CR, NBSP, narrow NBSP, thin space, zero-width space.
std::size_t space_length(char const* p, char const* end) noexcept {
    auto const u = [&](std::ptrdiff_t i) { return static_cast<unsigned char>(p[i]); };
    if (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\f' || *p == '\v') return 1;
    if (end - p >= 2 && u(0) == 0xC2 && u(1) == 0xA0) return 2;
    if (end - p >= 3 && u(0) == 0xE2 && u(1) == 0x80 && (u(2) == 0xAF || u(2) == 0x89 || u(2) == 0x8B)) return 3;
    return 0;
}

bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }

// ---------------------------------------------------------------------------------------------
// Keyword tables.

struct keyword {
    std::string_view word;
    int value;
};

constexpr std::array month_names{
    keyword{"january", 1}, keyword{"jan", 1}, keyword{"february", 2}, keyword{"feb", 2},
    keyword{"march", 3},   keyword{"mar", 3}, keyword{"april", 4},    keyword{"apr", 4},
    keyword{"may", 5},     keyword{"june", 6}, keyword{"jun", 6},     keyword{"july", 7},
    keyword{"jul", 7},     keyword{"august", 8}, keyword{"aug", 8},   keyword{"september", 9},
    keyword{"sept", 9},    keyword{"sep", 9}, keyword{"october", 10}, keyword{"oct", 10},
    keyword{"november", 11}, keyword{"nov", 11}, keyword{"december", 12}, keyword{"dec", 12},
};

constexpr std::array number_words{
    keyword{"a", 1},     keyword{"an", 1},     keyword{"one", 1},     keyword{"two", 2},
    keyword{"three", 3}, keyword{"four", 4},   keyword{"five", 5},    keyword{"six", 6},
    keyword{"seven", 7}, keyword{"eight", 8},  keyword{"nine", 9},    keyword{"ten", 10},
    keyword{"eleven", 11}, keyword{"twelve", 12}, keyword{"một", 1},  keyword{"hai", 2},
    keyword{"ba", 3},    keyword{"bốn", 4},    keyword{"năm", 5},     keyword{"sáu", 6},
    keyword{"bảy", 7},   keyword{"tám", 8},    keyword{"chín", 9},    keyword{"mười", 10},
};

/// Words after which a lone year or month name is a date: `in 2021`, `since May`, `vào 2021`.
constexpr std::array<std::string_view, 20> bare_markers{
    "in", "since", "during", "until", "till", "by", "before", "after", "through", "throughout",
    "between", "from", "of", "for", "vào", "từ", "đến", "trong", "cho", "tới",
};

/// Words that make the number before them a quantity, not a year: `2021 tỷ đồng`, `2021 people`.
constexpr std::array<std::string_view, 24> unit_words{
    "tỷ", "tỉ", "triệu", "nghìn", "ngàn", "đồng", "đ", "usd", "vnd", "người", "million", "billion",
    "trillion", "bn", "m", "people", "units", "yuan", "dollars", "euros", "tons", "tonnes", "km", "kg",
};

std::optional<int> lookup(auto const& table, std::string_view w) noexcept {
    for (auto const& k : table) {
        if (k.word == w) return k.value;
    }
    return std::nullopt;
}

bool in(auto const& table, std::string_view w) noexcept {
    for (auto const& k : table) {
        if (k == w) return true;
    }
    return false;
}

/// Every word `matcher::at_word` acts on first (its comparisons, the month names and the number
/// words): keep in step with it.
constexpr std::array<std::string_view, 29> head_words{
    "beginning", "cuối", "early", "end", "first", "fourth", "giữa", "h", "hôm", "last",
    "late", "mid", "middle", "next", "ngày", "năm", "nửa", "q", "quý", "second",
    "start", "the", "third", "this", "tháng", "today", "tomorrow", "yesterday", "đầu",
};

enum word_flag : std::uint8_t { head_flag = 1, marker_flag = 2 };

/// The flags of a lower-cased word: every word of the tables above, grouped by byte length, so that
/// a word is compared only with the few of its length (once per token, not per matcher call).
std::uint8_t word_flags(std::string_view w) noexcept {
    struct entry {
        std::string_view word;
        std::uint8_t flags;
    };
    constexpr std::size_t longest = 16;
    static auto const by_length = [] {
        std::array<std::vector<entry>, longest + 1> out;
        auto const add = [&](std::string_view word, std::uint8_t flag) {
            auto& list = out[word.size()];  // every word of the tables is shorter than `longest`
            for (auto& e : list)
                if (e.word == word) {
                    e.flags |= flag;
                    return;
                }
            list.push_back({word, flag});
        };
        for (auto const& k : month_names) add(k.word, head_flag);
        for (auto const& k : number_words) add(k.word, head_flag);
        for (auto const h : head_words) add(h, head_flag);
        for (auto const b : bare_markers) add(b, marker_flag);
        return out;
    }();
    if (w.empty() || w.size() > longest) return 0;
    for (auto const& e : by_length[w.size()])
        if (e.word.front() == w.front() && e.word == w) return e.flags;
    return 0;
}

constexpr std::array<unsigned, 13> month_days{0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

}  // namespace

bool possible_day(unsigned m, unsigned d) noexcept { return m >= 1 && m <= 12 && d >= 1 && d <= month_days[m]; }

// ---------------------------------------------------------------------------------------------
// Tokens.

void scanner::tokenise(std::string_view line) {
    line_ = line;
    tokens_.clear();
    lower_.clear();
    char const* const begin = line.data();
    char const* const end = begin + line.size();
    char const* p = begin;
    bool glued = false;
    while (p < end) {
        if (std::size_t const s = space_length(p, end)) {
            p += s;
            glued = false;
            continue;
        }
        token t;
        t.begin = static_cast<std::size_t>(p - begin);
        t.glued = glued && !tokens_.empty();
        if (is_digit(*p)) {
            t.kind = token_kind::number;
            while (p < end && is_digit(*p)) {
                if (t.value < 100'000'000) t.value = t.value * 10 + static_cast<unsigned>(*p - '0');
                ++t.digits;
                ++p;
            }
        } else {
            std::size_t length = 1;
            char32_t cp = static_cast<unsigned char>(*p);
            if (cp >= 0x80) cp = decode_code_point(p, end, length);
            if (is_word_code_point(cp)) {
                t.kind = token_kind::word;
                t.capitalized = is_upper(cp);
                t.lower_begin = lower_.size();
                while (p < end && !is_digit(*p)) {
                    auto const b = static_cast<unsigned char>(*p);
                    if (b < 0x80) {
                        // ASCII: a letter continues the word (digits ended the loop), lower-cased
                        // as lower_code_point does; anything else ends it.
                        unsigned char const l = b | 0x20;
                        if (l < 'a' || l > 'z') break;
                        lower_.push_back(static_cast<char>(l));
                        ++p;
                        continue;
                    }
                    std::size_t n = 1;
                    char32_t const c = decode_code_point(p, end, n);
                    if (!is_word_code_point(c)) break;
                    append_utf8(lower_, lower_code_point(c));
                    p += n;
                }
                t.lower_size = lower_.size() - t.lower_begin;
                std::string_view const w(lower_.data() + t.lower_begin, t.lower_size);
                auto const flags = word_flags(w);
                t.head = (flags & head_flag) != 0;
                t.marker = (flags & marker_flag) != 0;
            } else {
                t.kind = token_kind::punct;
                p += length;
            }
        }
        t.end = static_cast<std::size_t>(p - begin);
        tokens_.push_back(t);
        glued = true;
    }
}

// ---------------------------------------------------------------------------------------------
// Matchers.

struct matcher {
    scanner const& s;
    std::optional<bool> day_first;
    std::size_t n = s.tokens_.size();

    [[nodiscard]] token const& tok(std::size_t i) const { return s.tokens_[i]; }

    [[nodiscard]] std::string_view word(std::size_t i) const {
        if (i >= n || tok(i).kind != token_kind::word) return {};
        return std::string_view(s.lower_).substr(tok(i).lower_begin, tok(i).lower_size);
    }
    [[nodiscard]] bool is_word(std::size_t i, std::string_view w) const { return !w.empty() && word(i) == w; }
    [[nodiscard]] std::string_view raw(std::size_t i) const {
        return s.line_.substr(tok(i).begin, tok(i).end - tok(i).begin);
    }
    [[nodiscard]] bool is_punct(std::size_t i, std::string_view p) const {
        return i < n && tok(i).kind == token_kind::punct && raw(i) == p;
    }
    [[nodiscard]] bool is_number(std::size_t i) const { return i < n && tok(i).kind == token_kind::number; }
    /// A number of 1..2 digits with the value in [lo, hi].
    [[nodiscard]] bool small(std::size_t i, unsigned lo, unsigned hi) const {
        return is_number(i) && tok(i).digits <= 2 && tok(i).value >= lo && tok(i).value <= hi;
    }
    [[nodiscard]] bool year(std::size_t i, unsigned lo, unsigned hi) const {
        return is_number(i) && tok(i).digits == 4 && tok(i).value >= lo && tok(i).value <= hi;
    }
    [[nodiscard]] bool glued(std::size_t i) const { return i < n && tok(i).glued; }

    /// The number at `i` stands alone on its left: not part of `2,021`, `$2021`, `Q1`, `1/5`.
    [[nodiscard]] bool clean_start(std::size_t i) const {
        if (!tok(i).glued || i == 0) return true;
        token const& prev = tok(i - 1);
        if (prev.kind != token_kind::punct) return false;
        std::string_view const p = raw(i - 1);
        if (p == "-" && i >= 2 && word(i - 2) == "mid" && tok(i - 1).glued) return true;  // mid-2021
        for (std::string_view bad : {"$", "€", "£", "¥", "₫", "/", ".", ",", "-", "+", "#", "%", ":", "₩", "−"}) {
            if (p == bad) return false;
        }
        return true;
    }
    /// Nothing glued after token `j - 1` continues a number: `2021,5`, `2021/22`, `2021%`, `2021tỷ`.
    [[nodiscard]] bool clean_end(std::size_t j) const {
        if (j >= n || !tok(j).glued) return true;
        if (tok(j).kind != token_kind::punct) return false;
        std::string_view const p = raw(j);
        if (p == "/" || p == "%") return false;
        if ((p == "," || p == "." || p == "-" || p == ":" || p == "–") && j + 1 < n && tok(j + 1).glued &&
            tok(j + 1).kind == token_kind::number)
            return false;
        return true;
    }
    /// A quantity word follows: `2021 tỷ đồng`, `2021 people`.
    [[nodiscard]] bool unit_follows(std::size_t j) const { return j < n && in(unit_words, word(j)); }

    static match make(std::size_t first, std::size_t last, date_spec spec, bool invalid = false) {
        // With the year written, 29 February must be in a leap year.
        if (spec.kind == spec_kind::absolute && spec.day == 29 && spec.month == 2) {
            int const y = spec.year;
            invalid = invalid || !(y % 4 == 0 && (y % 100 != 0 || y % 400 == 0));
        }
        return match{first, last, spec, invalid};
    }

    // --- English pieces ---------------------------------------------------------------------

    /// A capitalised month name at `i` (`May`, `Jan.`); returns the month and sets `next`.
    [[nodiscard]] std::optional<unsigned> month_name(std::size_t i, std::size_t& next) const {
        if (i >= n || tok(i).kind != token_kind::word || !tok(i).capitalized) return std::nullopt;
        auto const m = lookup(month_names, word(i));
        if (!m) return std::nullopt;
        next = i + 1;
        if (word(i).size() <= 4 && word(i) != "may" && word(i) != "june" && word(i) != "july" &&
            is_punct(next, ".") && glued(next))
            ++next;
        return static_cast<unsigned>(*m);
    }

    /// A day number with an optional ordinal suffix (`29`, `29th`); sets `next`.
    [[nodiscard]] std::optional<unsigned> day_number(std::size_t i, std::size_t& next) const {
        if (!small(i, 1, 31)) return std::nullopt;
        next = i + 1;
        std::string_view const w = word(next);
        if (glued(next) && (w == "st" || w == "nd" || w == "rd" || w == "th")) ++next;
        if (!clean_end(next)) return std::nullopt;
        return tok(i).value;
    }

    /// `last year`, `this year`, `next year` at `i`: the year offset; sets `next`.
    [[nodiscard]] std::optional<int> relative_year_en(std::size_t i, std::size_t& next) const {
        std::string_view const w = word(i);
        int offset = 0;
        if (w == "last") offset = -1;
        else if (w == "this") offset = 0;
        else if (w == "next") offset = 1;
        else return std::nullopt;
        if (!is_word(i + 1, "year")) return std::nullopt;
        next = i + 2;
        return offset;
    }

    /// `năm ngoái`, `năm nay`, `năm sau`... at `i` (which is `năm`): the year offset; sets `next`.
    /// `năm sau đó`/`năm trước đó` (the year after/before that) count from a mention instead.
    [[nodiscard]] std::optional<int> relative_year_vi(std::size_t i, std::size_t& next, bool& from_mention) const {
        if (!is_word(i, "năm")) return std::nullopt;
        std::string_view const w = word(i + 1);
        int offset = 0;
        if (w == "ngoái" || w == "trước") offset = -1;
        else if (w == "nay" || w == "này") offset = 0;
        else if (w == "sau" || w == "tới") offset = 1;
        else if (w == "kia") offset = -2;
        else return std::nullopt;
        next = i + 2;
        from_mention = false;
        if ((w == "sau" || w == "trước") && is_word(next, "đó")) {
            from_mention = true;
            ++next;
        } else if (w == "sau" && is_word(next, "khi")) {
            return std::nullopt;  // `năm sau khi ...`: the year after an event, not a date
        }
        return offset;
    }

    /// After a month (and day), a year written or relative: `2025`, `, 2025`, `of 2025`,
    /// `last year`, `năm 2024`, `/2024`, `năm ngoái`. Fills the spec; sets `next`.
    bool year_tail(std::size_t i, date_spec& spec, std::size_t& next, bool vietnamese) const {
        std::size_t j = i;
        if (vietnamese) {
            if (is_punct(j, "/") && glued(j) && year(j + 1, 1000, 2999) && glued(j + 1) && clean_end(j + 2)) {
                spec.year = static_cast<int>(tok(j + 1).value);
                next = j + 2;
                return true;
            }
            if (is_word(j, "năm")) {
                if (year(j + 1, 1000, 2999) && clean_start(j + 1) && clean_end(j + 2) && !unit_follows(j + 2)) {
                    spec.year = static_cast<int>(tok(j + 1).value);
                    next = j + 2;
                    return true;
                }
                bool from_mention = false;
                if (auto const off = relative_year_vi(j, next, from_mention)) {
                    spec.kind = from_mention ? spec_kind::from_mention : spec_kind::from_publication;
                    spec.offset = *off;
                    spec.unit = date_unit::year;
                    return true;
                }
            }
            return false;
        }
        if (is_punct(j, ",") || is_word(j, "of")) ++j;
        if (year(j, 1000, 2999) && clean_start(j) && clean_end(j + 1) && !unit_follows(j + 1)) {
            spec.year = static_cast<int>(tok(j).value);
            next = j + 1;
            return true;
        }
        if (auto const off = relative_year_en(j, next)) {
            spec.kind = spec_kind::from_publication;
            spec.offset = *off;
            spec.unit = date_unit::year;
            return true;
        }
        return false;
    }

    // --- Forms starting with a number --------------------------------------------------------

    std::optional<match> at_number(std::size_t i, bool bare) const {
        if (!clean_start(i)) return std::nullopt;
        token const& t = tok(i);
        // ISO 8601: 2025-01-29, 2025-01.
        if (t.digits == 4 && is_punct(i + 1, "-") && glued(i + 1) && is_number(i + 2) && glued(i + 2) &&
            tok(i + 2).digits == 2) {
            date_spec spec;
            spec.year = static_cast<int>(t.value);
            spec.month = tok(i + 2).value;
            if (is_punct(i + 3, "-") && glued(i + 3) && is_number(i + 4) && glued(i + 4) && tok(i + 4).digits == 2) {
                if (!clean_end(i + 5)) return std::nullopt;
                spec.day = tok(i + 4).value;
                bool const ok = possible_day(spec.month, spec.day);
                return make(i, i + 5, spec, !ok);
            }
            if (!clean_end(i + 3)) return std::nullopt;
            return make(i, i + 3, spec, spec.month < 1 || spec.month > 12);
        }
        // Numeric day, month, year: 29/1/2025, 29-1-2025, 29.1.2025 (the same separator twice).
        if (t.digits <= 2 && i + 4 < n) {
            std::string_view const sep = raw(i + 1);
            if (tok(i + 1).kind == token_kind::punct && (sep == "/" || sep == "-" || sep == ".") && glued(i + 1) &&
                small(i + 2, 0, 99) && glued(i + 2) && is_punct(i + 3, sep) && glued(i + 3) && glued(i + 4) &&
                year(i + 4, 1900, 2100) && clean_end(i + 5)) {
                auto const read = numeric_day_month(t.value, tok(i + 2).value);
                if (!read) return std::nullopt;
                date_spec spec;
                spec.year = static_cast<int>(tok(i + 4).value);
                spec.day = read->first;
                spec.month = read->second;
                return make(i, i + 5, spec, !possible_day(spec.month, spec.day));
            }
        }
        // Month and year: 5/2024.
        if (t.digits <= 2 && is_punct(i + 1, "/") && glued(i + 1) && year(i + 2, 1900, 2100) && glued(i + 2) &&
            clean_end(i + 3)) {
            date_spec spec;
            spec.year = static_cast<int>(tok(i + 2).value);
            spec.month = t.value;
            return make(i, i + 3, spec, t.value < 1 || t.value > 12);
        }
        std::size_t next = 0;
        // 29 January 2025, 29th of January, 29 January (year implied).
        if (auto const d = day_number(i, next)) {
            std::size_t j = next;
            if (is_word(j, "of")) ++j;
            std::size_t after_month = 0;
            if (auto const m = month_name(j, after_month)) {
                date_spec spec;
                spec.month = *m;
                spec.day = *d;
                std::size_t end = after_month;
                if (!year_tail(after_month, spec, end, false)) spec.kind = spec_kind::implied_year;
                return make(i, end, spec, !possible_day(spec.month, spec.day));
            }
            // 29 tháng 1 năm 2025, 28 tháng 1.
            if (is_word(next, "tháng") && small(next + 1, 0, 99) && clean_end(next + 2)) {
                date_spec spec;
                spec.day = *d;
                spec.month = tok(next + 1).value;
                std::size_t end = next + 2;
                if (!year_tail(end, spec, end, true)) spec.kind = spec_kind::implied_year;
                return make(i, end, spec, !possible_day(spec.month, spec.day));
            }
        }
        // 2 years ago, 3 năm sau.
        if (t.value >= 1 && t.value <= 200 && t.digits <= 3 && clean_end(i + 1)) {
            if (auto m = counted_offset(i, static_cast<int>(t.value))) return m;
        }
        // A lone year after a marker: in 2021, vào 2021.
        if (bare && year(i, 1900, 2100) && clean_end(i + 1) && !unit_follows(i + 1)) {
            date_spec spec;
            spec.year = static_cast<int>(t.value);
            return make(i, i + 1, spec);
        }
        return std::nullopt;
    }

    /// Reads `a/b` as (day, month): day first in Vietnamese; in English only when one order is
    /// impossible (`29/1`, `1/29`); `1/5` in English is ambiguous and not read.
    [[nodiscard]] std::optional<std::pair<unsigned, unsigned>> numeric_day_month(unsigned a, unsigned b) const {
        if (day_first) {
            if (*day_first) return std::pair{a, b};
            return std::pair{b, a};
        }
        if (a > 12 && b <= 12) return std::pair{a, b};
        if (b > 12 && a <= 12) return std::pair{b, a};
        if (a == b) return std::pair{a, b};
        return std::nullopt;
    }

    /// `N unit ago|later|earlier`, `N năm trước|sau|trước đó|sau đó` with N already read at `i`.
    std::optional<match> counted_offset(std::size_t i, int count) const {
        std::size_t j = i + 1;
        std::string_view const u = word(j);
        date_unit unit = date_unit::year;
        int factor = 1;
        if (u == "year" || u == "years" || u == "năm") unit = date_unit::year;
        else if (u == "month" || u == "months" || u == "tháng") unit = date_unit::month;
        else if (u == "day" || u == "days" || u == "ngày") unit = date_unit::day;
        else if (u == "week" || u == "weeks" || u == "tuần") { unit = date_unit::day; factor = 7; }
        else return std::nullopt;
        ++j;
        std::string_view const dir = word(j);
        date_spec spec;
        spec.unit = unit;
        if (dir == "ago") {
            spec.kind = spec_kind::from_publication;
            spec.offset = -count * factor;
        } else if (dir == "later" || dir == "afterwards") {
            spec.kind = spec_kind::from_mention;
            spec.offset = count * factor;
        } else if (dir == "earlier" || (dir == "before" && (j + 1 >= n || tok(j + 1).kind == token_kind::punct))) {
            spec.kind = spec_kind::from_mention;
            spec.offset = -count * factor;
        } else if (dir == "trước") {
            if (is_word(j + 1, "đó")) {
                spec.kind = spec_kind::from_mention;
                ++j;
            } else if (is_word(j + 1, "khi")) {
                return std::nullopt;  // `hai năm trước khi ...`: before an event
            } else {
                spec.kind = spec_kind::from_publication;
            }
            spec.offset = -count * factor;
        } else if (dir == "sau") {
            if (is_word(j + 1, "khi")) return std::nullopt;  // `hai năm sau khi ...`: after an event
            if (is_word(j + 1, "đó")) ++j;
            spec.kind = spec_kind::from_mention;
            spec.offset = count * factor;
        } else {
            return std::nullopt;
        }
        return make(i, j + 1, spec);
    }

    // --- Forms starting with a word ----------------------------------------------------------

    std::optional<match> at_word(std::size_t i, bool bare) const {
        if (i >= n || tok(i).kind != token_kind::word || !tok(i).head) return std::nullopt;
        std::string_view const w = word(i);
        std::size_t next = 0;

        if (auto const m = month_name(i, next)) return english_month(i, next, *m, bare);

        if (w == "ngày") return vietnamese_day(i);
        if (w == "tháng") return vietnamese_month(i);
        if (w == "năm") {
            if (year(i + 1, 1000, 2999) && clean_start(i + 1) && clean_end(i + 2) && !unit_follows(i + 2)) {
                date_spec spec;
                spec.year = static_cast<int>(tok(i + 1).value);
                return make(i, i + 2, spec);
            }
            bool from_mention = false;
            if (auto const off = relative_year_vi(i, next, from_mention)) {
                date_spec spec;
                spec.kind = from_mention ? spec_kind::from_mention : spec_kind::from_publication;
                spec.offset = *off;
                return make(i, next, spec);
            }
        }
        if (w == "hôm") {
            std::string_view const d = word(i + 1);
            int offset = 0;
            if (d == "qua") offset = -1;
            else if (d == "nay") offset = 0;
            else if (d == "kia") offset = -2;
            else return std::nullopt;
            return make(i, i + 2, day_offset(offset));
        }
        if (w == "yesterday") return make(i, i + 1, day_offset(-1));
        if (w == "today") return make(i, i + 1, day_offset(0));
        if (w == "tomorrow") return make(i, i + 1, day_offset(1));
        if (w == "quý") return vietnamese_quarter(i);
        if ((w == "q" || w == "h") && tok(i).capitalized) return quarter_code(i, w == "q");
        if (w == "last" || w == "this" || w == "next") {
            if (auto const off = relative_year_en(i, next)) {
                date_spec spec;
                spec.kind = spec_kind::from_publication;
                spec.offset = *off;
                return make(i, next, spec);
            }
            if (is_word(i + 1, "month")) {
                date_spec spec;
                spec.kind = spec_kind::from_publication;
                spec.unit = date_unit::month;
                spec.offset = w == "last" ? -1 : w == "this" ? 0 : 1;
                return make(i, i + 2, spec);
            }
            std::size_t after = 0;
            if (auto const m = month_name(i + 1, after)) {
                date_spec spec;
                spec.month = *m;
                if (w == "last") spec.kind = spec_kind::last_named_month;
                else if (w == "this") spec.kind = spec_kind::implied_year;
                else return std::nullopt;
                return make(i, after, spec);
            }
            return std::nullopt;
        }
        if (w == "the") return english_the(i);
        if (w == "first" || w == "second" || w == "third" || w == "fourth") return ordinal_period(i);
        if (w == "nửa" && (is_word(i + 1, "đầu") || is_word(i + 1, "cuối")) && is_word(i + 2, "năm")) {
            date_spec spec;
            spec.half = is_word(i + 1, "đầu") ? 1 : 2;
            std::size_t end = 0;
            if (!year_tail(i + 2, spec, end, true)) return std::nullopt;
            return make(i, end, spec);
        }
        // Parts: early 2021, mid-2021, late last year, đầu năm 2021, cuối tháng 5.
        date_part part = date_part::whole;
        std::size_t inner_at = i + 1;
        if (w == "early" || w == "đầu") part = date_part::early;
        else if (w == "mid" || w == "giữa") part = date_part::middle;
        else if (w == "late" || w == "cuối") part = date_part::late;
        else if ((w == "end" || w == "beginning" || w == "start" || w == "middle") && is_word(i + 1, "of")) {
            part = w == "end" ? date_part::late : w == "middle" ? date_part::middle : date_part::early;
            inner_at = i + 2;
        }
        if (part != date_part::whole) {
            if (w == "mid" && is_punct(inner_at, "-") && glued(inner_at)) ++inner_at;
            bool const vietnamese = w == "đầu" || w == "giữa" || w == "cuối";
            if (vietnamese && !is_word(inner_at, "năm") && !is_word(inner_at, "tháng") && !is_word(inner_at, "quý"))
                return std::nullopt;
            auto inner = at(inner_at, true);
            if (!inner || inner->first != inner_at) return std::nullopt;
            if (inner->spec.kind == spec_kind::from_mention) return std::nullopt;
            inner->first = i;
            inner->spec.part = part;
            return inner;
        }
        // Counted offsets with a number word: a year ago, two years later, hai năm sau.
        if (auto const count = lookup(number_words, w)) return counted_offset(i, *count);
        (void)bare;
        return std::nullopt;
    }

    [[nodiscard]] bool sentence_end(std::size_t i) const {
        for (std::string_view p : {".", "!", "?", ":", "\"", "“", "(", "-", "–", "—", "•", "*"}) {
            if (is_punct(i, p)) return true;
        }
        return false;
    }

    static date_spec day_offset(int offset) {
        date_spec spec;
        spec.kind = spec_kind::from_publication;
        spec.unit = date_unit::day;
        spec.offset = offset;
        return spec;
    }

    /// After a month name at `i` (ending at `next`): `Jan 29th 2025`, `January 29, 2025`,
    /// `January 20th`, `May 2024`, `May last year`, and a lone `July` after a marker.
    std::optional<match> english_month(std::size_t i, std::size_t next, unsigned month, bool bare) const {
        date_spec spec;
        spec.month = month;
        std::size_t after_day = 0;
        // `May 5 people ...` opening a sentence is the modal verb, not 5 May, unless a year follows.
        bool const modal_may = word(i) == "may" && (i == 0 || sentence_end(i - 1));
        if (auto const d = day_number(next, after_day); d && clean_start(next)) {
            // `May 2,000` or `May 15%` are not days; day_number checked the right side.
            spec.day = *d;
            std::size_t end = after_day;
            if (!year_tail(after_day, spec, end, false)) {
                if (modal_may) return std::nullopt;
                spec.kind = spec_kind::implied_year;
            }
            return make(i, end, spec, !possible_day(spec.month, spec.day));
        }
        std::size_t end = 0;
        if (year_tail(next, spec, end, false)) return make(i, end, spec);
        if (bare) {
            spec.kind = spec_kind::implied_year;
            return make(i, next, spec);
        }
        return std::nullopt;
    }

    /// `ngày 29 tháng 1 năm 2025`, `ngày 29/1/2025`, `ngày 28/1`, `ngày mai`, `ngày hôm qua`.
    std::optional<match> vietnamese_day(std::size_t i) const {
        if (is_word(i + 1, "mai")) return make(i, i + 2, day_offset(1));
        if (is_word(i + 1, "hôm")) {
            auto m = at_word(i + 1, false);
            if (m) m->first = i;
            return m;
        }
        std::size_t const d = i + 1;
        if (!small(d, 0, 99) || !clean_start(d)) return std::nullopt;
        date_spec spec;
        spec.day = tok(d).value;
        if (is_word(d + 1, "tháng") && small(d + 2, 0, 99) && clean_end(d + 3)) {
            spec.month = tok(d + 2).value;
            std::size_t end = d + 3;
            if (!year_tail(end, spec, end, true)) spec.kind = spec_kind::implied_year;
            return make(i, end, spec, !possible_day(spec.month, spec.day));
        }
        // `ngày 29/1/2025` reads day first whatever the line's language: `ngày` says so.
        std::string_view const sep = d + 1 < n ? raw(d + 1) : std::string_view{};
        if ((sep == "/" || sep == "-" || sep == ".") && tok(d + 1).kind == token_kind::punct && glued(d + 1) &&
            small(d + 2, 0, 99) && glued(d + 2)) {
            spec.month = tok(d + 2).value;
            std::size_t end = d + 3;
            if (is_punct(end, sep) && glued(end) && year(end + 1, 1000, 2999) && glued(end + 1) && clean_end(end + 2)) {
                spec.year = static_cast<int>(tok(end + 1).value);
                end += 2;
            } else if (clean_end(end)) {
                if (!year_tail(end, spec, end, true)) spec.kind = spec_kind::implied_year;
            } else {
                return std::nullopt;
            }
            return make(i, end, spec, !possible_day(spec.month, spec.day));
        }
        return std::nullopt;
    }

    /// `tháng 5/2024`, `tháng 5 năm 2024`, `tháng 5 năm ngoái`, `tháng 7`, `tháng trước`.
    std::optional<match> vietnamese_month(std::size_t i) const {
        std::string_view const r = word(i + 1);
        if (r == "trước" || r == "này" || r == "sau" || r == "tới" || r == "rồi") {
            if (r == "sau" && is_word(i + 2, "khi")) return std::nullopt;
            date_spec spec;
            spec.unit = date_unit::month;
            spec.offset = (r == "trước" || r == "rồi") ? -1 : r == "này" ? 0 : 1;
            spec.kind = spec_kind::from_publication;
            std::size_t end = i + 2;
            if ((r == "trước" || r == "sau") && is_word(end, "đó")) {
                spec.kind = spec_kind::from_mention;
                ++end;
            }
            return make(i, end, spec);
        }
        std::size_t const m = i + 1;
        if (!small(m, 0, 99) || !clean_start(m)) return std::nullopt;
        date_spec spec;
        spec.month = tok(m).value;
        std::size_t end = m + 1;
        if (year_tail(end, spec, end, true)) return make(i, end, spec, spec.month < 1 || spec.month > 12);
        if (!clean_end(m + 1)) return std::nullopt;
        spec.kind = spec_kind::implied_year;
        return make(i, m + 1, spec, spec.month < 1 || spec.month > 12);
    }

    /// `quý 1/2024`, `quý I năm 2024`, `quý 4 năm ngoái`, `quý 2` (year implied).
    std::optional<match> vietnamese_quarter(std::size_t i) const {
        std::size_t const q = i + 1;
        unsigned quarter = 0;
        if (small(q, 1, 4) && clean_start(q)) {
            quarter = tok(q).value;
        } else {
            std::string_view const roman = word(q);
            if (roman == "i") quarter = 1;
            else if (roman == "ii") quarter = 2;
            else if (roman == "iii") quarter = 3;
            else if (roman == "iv") quarter = 4;
            else return std::nullopt;
        }
        date_spec spec;
        spec.quarter = quarter;
        std::size_t end = q + 1;
        if (year_tail(end, spec, end, true)) return make(i, end, spec);
        if (!clean_end(q + 1)) return std::nullopt;
        spec.kind = spec_kind::implied_year;
        return make(i, q + 1, spec);
    }

    /// `Q1 2024`, `Q1/2024`, `H1 2024`, `Q3 last year`.
    std::optional<match> quarter_code(std::size_t i, bool quarter) const {
        if (!glued(i + 1) || !small(i + 1, 1, quarter ? 4 : 2)) return std::nullopt;
        date_spec spec;
        (quarter ? spec.quarter : spec.half) = tok(i + 1).value;
        std::size_t j = i + 2;
        if ((is_punct(j, "/") || is_punct(j, "-")) && glued(j) && glued(j + 1) && year(j + 1, 1000, 2999) &&
            clean_end(j + 2)) {
            spec.year = static_cast<int>(tok(j + 1).value);
            return make(i, j + 2, spec);
        }
        if (!clean_end(j)) return std::nullopt;
        std::size_t end = 0;
        if (year_tail(j, spec, end, false)) return make(i, end, spec);
        return std::nullopt;
    }

    /// `first quarter of 2024`, `second half of last year` (after an optional `the`).
    std::optional<match> ordinal_period(std::size_t i) const {
        std::string_view const w = word(i);
        unsigned const ordinal = w == "first" ? 1 : w == "second" ? 2 : w == "third" ? 3 : w == "fourth" ? 4 : 0;
        if (ordinal == 0) return std::nullopt;
        std::size_t j = i + 1;
        if (is_punct(j, "-") && glued(j)) ++j;
        date_spec spec;
        if (is_word(j, "quarter")) spec.quarter = ordinal;
        else if (is_word(j, "half") && ordinal <= 2) spec.half = ordinal;
        else return std::nullopt;
        std::size_t end = 0;
        if (!is_word(j + 1, "of") || !year_tail(j + 2, spec, end, false)) return std::nullopt;
        return make(i, end, spec);
    }

    /// `the previous year`, `the following year`, `the year before`, `the first quarter of 2024`,
    /// `the end of 2021`.
    std::optional<match> english_the(std::size_t i) const {
        std::string_view const a = word(i + 1);
        date_spec spec;
        spec.kind = spec_kind::from_mention;
        if ((a == "previous" || a == "following" || a == "next") && is_word(i + 2, "year")) {
            spec.offset = a == "previous" ? -1 : 1;
            return make(i, i + 3, spec);
        }
        if (a == "year" && (is_word(i + 2, "before") || is_word(i + 2, "after")) &&
            (i + 3 >= n || tok(i + 3).kind == token_kind::punct)) {
            spec.offset = is_word(i + 2, "before") ? -1 : 1;
            return make(i, i + 3, spec);
        }
        if (auto m = ordinal_period(i + 1)) {
            m->first = i;
            return m;
        }
        if (a == "end" || a == "beginning" || a == "start" || a == "middle") {
            auto m = at_word(i + 1, true);
            if (m) m->first = i;
            return m;
        }
        return std::nullopt;
    }

    std::optional<match> at(std::size_t i, bool bare) const {
        if (i >= n) return std::nullopt;
        switch (tok(i).kind) {
        case token_kind::number: return at_number(i, bare);
        case token_kind::word: return at_word(i, bare);
        default: return std::nullopt;
        }
    }
};

void scanner::find(std::optional<bool> day_first, std::vector<match>& out) const {
    matcher const m{*this, day_first};
    std::size_t i = 0;
    std::size_t last_end = static_cast<std::size_t>(-1);
    while (i < m.n) {
        auto found = m.at(i, false);
        std::string_view const w = m.word(i);
        if (!found && m.tok(i).kind == token_kind::word && m.tok(i).marker) found = m.at(i + 1, true);
        // The second end of a period: `between 2020 and 2021`, `from May to July`, `2019-2021`.
        if (!found && i == last_end && (w == "and" || w == "to" || w == "or" || w == "và" || w == "đến")) {
            found = m.at(i + 1, true);
        }
        if (found) {
            if (!found->invalid) out.push_back(*found);
            i = found->last;
            last_end = i;
            continue;
        }
        ++i;
    }
}

std::optional<match> scanner::match_whole(std::optional<bool> day_first) const {
    matcher const m{*this, day_first};
    if (m.n == 0) return std::nullopt;
    std::size_t start = 0;
    // `in 2021` and `vào tháng 7` on their own are fine too.
    if (in(bare_markers, m.word(0)) && m.n > 1) start = 1;
    auto found = m.at(start, true);
    return found;
}

}  // namespace figura::detail::dates
