#include "parse/numbers.hpp"

#include <string>

namespace figura::detail {
namespace {



struct convention {
    char group;
    char decimal_mark;
};
constexpr convention english{',', '.'};
constexpr convention vietnamese{'.', ','};

/// Indian grouping with ',': `1,24,000` (1.24 lakh), `12,34,56,789`: one or two digits, groups of two,
/// then a last group of three. Appends the digits to `digits` when `integer` has that shape.
bool indian_groups(std::string_view integer, std::string* digits) {
    std::size_t start = 0;
    std::size_t groups = 0;
    while (true) {
        auto const next = integer.find(',', start);
        auto const group = integer.substr(start, next == std::string_view::npos ? std::string_view::npos : next - start);
        bool const last = next == std::string_view::npos;
        std::size_t const want = last ? 3 : 2;
        if (group.empty() || (groups == 0 ? group.size() > 2 : group.size() != want) || (last && group.size() != 3)) return false;
        for (char ch : group) {
            if (ch < '0' || ch > '9') return false;
        }
        if (digits != nullptr) digits->append(group);
        ++groups;
        if (last) break;
        start = next + 1;
    }
    return groups >= 3;
}

struct plain_reading {
    decimal value;
    std::int32_t last_digit = 0;
};

// Reads digits grouped by `c.group` in threes, with an optional fraction after `c.decimal_mark`.
std::optional<plain_reading> read_with(std::string_view text, convention c) {
    auto const mark = text.find(c.decimal_mark);
    std::string_view integer = text.substr(0, mark);
    std::string_view fraction = mark == std::string_view::npos ? std::string_view{} : text.substr(mark + 1);
    if (mark != std::string_view::npos && fraction.empty()) return std::nullopt;
    for (char ch : fraction) {
        if (ch < '0' || ch > '9') return std::nullopt;
    }

    std::string digits;
    digits.reserve(text.size());
    if (integer.find(c.group) == std::string_view::npos) {
        for (char ch : integer) {
            if (ch < '0' || ch > '9') return std::nullopt;
        }
        digits.append(integer);
    } else if (c.group == ',' && indian_groups(integer, nullptr)) {
        indian_groups(integer, &digits);
    } else {
        // First group 1-3 digits, then groups of exactly three.
        std::size_t start = 0;
        bool first = true;
        while (true) {
            auto const next = integer.find(c.group, start);
            auto const group = integer.substr(start, next == std::string_view::npos ? std::string_view::npos : next - start);
            if (group.empty() || group.size() > 3 || (!first && group.size() != 3)) return std::nullopt;
            for (char ch : group) {
                if (ch < '0' || ch > '9') return std::nullopt;
            }
            digits.append(group);
            first = false;
            if (next == std::string_view::npos) break;
            start = next + 1;
        }
    }
    if (digits.empty()) return std::nullopt;
    auto const last_digit = -static_cast<std::int32_t>(fraction.size());
    if (digits.size() + fraction.size() <= 18) {
        // Fits in 64 bits: the coefficient decimal::parse would build from the same digits.
        std::uint64_t coefficient = 0;
        for (char ch : digits) coefficient = coefficient * 10 + static_cast<std::uint64_t>(ch - '0');
        for (char ch : fraction) coefficient = coefficient * 10 + static_cast<std::uint64_t>(ch - '0');
        return plain_reading{decimal(coefficient, last_digit), last_digit};
    }
    if (!fraction.empty()) {
        digits.push_back('.');
        digits.append(fraction);
    }
    // decimal::parse reads leading zeros as decimal (cpp_int's own string constructor would take
    // "075" as octal) and builds long coefficients in chunks.
    auto value = decimal::parse(digits);
    if (!value) return std::nullopt;
    return plain_reading{std::move(*value), -static_cast<std::int32_t>(fraction.size())};
}

/// True when `read_with(text, c)` would give a value: the same checks, without building one.
bool fits(std::string_view text, convention c) noexcept {
    auto const mark = text.find(c.decimal_mark);
    std::string_view const integer = text.substr(0, mark);
    if (mark != std::string_view::npos) {
        std::string_view const fraction = text.substr(mark + 1);
        if (fraction.empty()) return false;
        for (char ch : fraction) {
            if (ch < '0' || ch > '9') return false;
        }
    }
    if (integer.empty()) return false;  // no digits before the mark: `read_with` finds none to read
    if (integer.find(c.group) == std::string_view::npos) {
        for (char ch : integer) {
            if (ch < '0' || ch > '9') return false;
        }
        return true;
    }
    if (c.group == ',' && indian_groups(integer, nullptr)) return true;
    // First group 1-3 digits, then groups of exactly three.
    std::size_t start = 0;
    bool first = true;
    while (true) {
        auto const next = integer.find(c.group, start);
        auto const group = integer.substr(start, next == std::string_view::npos ? std::string_view::npos : next - start);
        if (group.empty() || group.size() > 3 || (!first && group.size() != 3)) return false;
        for (char ch : group) {
            if (ch < '0' || ch > '9') return false;
        }
        first = false;
        if (next == std::string_view::npos) return true;
        start = next + 1;
    }
}

}  // namespace

std::optional<numeral_reading> read_numeral(std::string_view text, language lang, bool prefer_english) {
    if (text.empty() || text.size() > max_numeral_length) return std::nullopt;
    convention const native = lang == language::en ? english : vietnamese;
    convention const foreign = lang == language::en ? vietnamese : english;
    // `$10.000` in Vietnamese text groups thousands by the text's own convention: the symbol only
    // suggests English separators where they fit better (`$2,005`, `$4.5`).
    bool const own_thousands = lang == language::vi && text.find(',') == std::string_view::npos &&
                               text.find('.') != std::string_view::npos && fits(text, vietnamese);
    bool const flip = prefer_english && lang == language::vi && !own_thousands;
    convention const first = flip ? english : native;
    convention const second = flip ? vietnamese : foreign;

    numeral_reading out;
    out.has_separators = text.find_first_of(",.") != std::string_view::npos;
    if (auto a = read_with(text, first)) {
        out.value = std::move(a->value);
        out.last_digit = a->last_digit;
        out.foreign_convention = flip && out.has_separators;  // `$5` has no separator to misread
        // Flag the readings the other convention would contradict: a mixed context (`$2,005` in
        // Vietnamese text), or a lone decimal mark before exactly three digits (`10.000` in English,
        // `83,201` in Vietnamese), which the other convention reads as a thousands group.
        auto const mark = text.find(first.decimal_mark);
        bool const three_decimals = mark != std::string_view::npos && text.find(first.group) == std::string_view::npos &&
                                    text.size() - mark - 1 == 3;
        if ((flip && out.has_separators) || three_decimals || (prefer_english && own_thousands)) {
            if (auto b = read_with(text, second); b && b->value != out.value) out.alternative = std::move(b->value);
        }
        return out;
    }
    if (auto b = read_with(text, second)) {
        out.value = std::move(b->value);
        out.last_digit = b->last_digit;
        out.foreign_convention = !flip;
        return out;
    }
    return std::nullopt;
}

bool is_numeral(std::string_view text, language) noexcept {
    // `read_numeral` succeeds exactly when one of the two conventions fits (`decimal::parse` accepts
    // every digit string `read_with` builds at this length), so the check needs no value: the
    // grammar asks it for every numeral it meets, before `read_numeral` reads the one it keeps.
    if (text.empty() || text.size() > max_numeral_length) return false;
    return fits(text, english) || fits(text, vietnamese);
}

std::optional<spelled_reading> read_spelled(std::span<number_word const> words, language lang) {
    using coefficient = decimal::coefficient_type;
    if (words.empty()) return std::nullopt;

    coefficient total = 0;
    std::int64_t group = 0;     // the part below one thousand being built
    std::int64_t pending = -1;  // a digit word not yet placed (it may be followed by hundred/tens)
    std::int32_t last_scale = -1;
    std::int32_t resolution_scale = 0;
    bool multiplier = false;
    word_role previous = word_role::scale;
    bool at_start = true;
    bool half = false;       // "half"/"nửa" read, waiting for its scale (or dozen)
    bool half_used = false;
    std::int32_t half_value = 5;  // 5 for a half, 25 for a quarter: hundredths written as the word's value
    bool bare_start = false;

    auto const ten_power = [](std::int32_t p) {
        coefficient v = 1;
        for (std::int32_t i = 0; i < p; ++i) v *= 10;
        return v;
    };

    for (std::size_t i = 0; i < words.size(); ++i) {
        auto const& w = words[i];
        word_role const next = i + 1 < words.size() ? words[i + 1].role : word_role::unit;
        bool const has_next = i + 1 < words.size();
        switch (w.role) {
        case word_role::article:
            // "a million", "a hundred", "a dozen", "half a billion", and "a half-million".
            if (!at_start && previous != word_role::half) return std::nullopt;
            if (has_next && next != word_role::hundred && next != word_role::scale && next != word_role::dozen &&
                !(at_start && next == word_role::half)) {
                return std::nullopt;
            }
            if (!has_next && previous == word_role::half) return std::nullopt;
            if (previous != word_role::half && next != word_role::half) pending = 1;
            break;
        case word_role::half:
            // "half a billion", "nửa tỷ"; "a half-million", "a quarter-billion" (en, after "a" only).
            if (!has_next) return std::nullopt;
            if (at_start) {
                if (lang == language::en ? next != word_role::article : next != word_role::scale) return std::nullopt;
            } else if (!(lang == language::en && i == 1 && previous == word_role::article && next == word_role::scale)) {
                return std::nullopt;
            }
            half = true;
            half_value = w.value;
            break;
        case word_role::dozen:
            if (half) {
                if (half_value != 5) return std::nullopt;  // "a quarter dozen"
                group += 6;  // half a dozen is exactly six
                half = false;
            } else {
                if (pending < 1) return std::nullopt;
                group += pending * 12;
                pending = -1;
            }
            multiplier = true;
            break;
        case word_role::vi_chuc:
            if (pending >= 1) {
                group += pending * 10;
                pending = -1;
            } else if (at_start) {
                group = 10;
                bare_start = true;
            } else {
                return std::nullopt;
            }
            multiplier = true;
            break;
        case word_role::unit:
            if (pending >= 0) return std::nullopt;
            if (!at_start && (previous == word_role::tens || previous == word_role::vi_tens ||
                              previous == word_role::teen || previous == word_role::vi_zero_tens)) {
                if (lang == language::en && previous == word_role::teen) return std::nullopt;  // "ten two"
                if (group % 10 != 0) return std::nullopt;
                group += w.value;
            } else {
                pending = w.value;
            }
            break;
        case word_role::vi_unit_after_tens:
            if (previous != word_role::vi_tens && previous != word_role::teen) return std::nullopt;
            if (at_start || group % 10 != 0) return std::nullopt;
            group += w.value;
            break;
        case word_role::teen:
        case word_role::tens:
            if (pending >= 0 || group % 100 != 0) return std::nullopt;
            group += w.value;
            break;
        case word_role::vi_tens:
            if (pending < 1) return std::nullopt;
            group += pending * 10;
            pending = -1;
            break;
        case word_role::vi_zero_tens:
            if (previous != word_role::hundred) return std::nullopt;
            break;
        case word_role::hundred:
            if (pending < 0 && at_start && lang == language::vi) {
                pending = 1;  // "trăm triệu": a hundred million
                bare_start = true;
            }
            if (pending < 0 || group != 0) return std::nullopt;
            if (pending == 0 && lang == language::en) return std::nullopt;
            group = pending * 100;
            pending = -1;
            multiplier = true;
            break;
        case word_role::scale:
            if (half) {
                // "half a billion", "nửa tỷ": half of this scale, and nothing may follow.
                std::int32_t const places = half_value < 10 ? 1 : 2;
                if (has_next || group != 0 || pending >= 0 || total != 0 || w.value < places) return std::nullopt;
                total = coefficient(half_value) * ten_power(w.value - places);
                last_scale = w.value;
                resolution_scale = w.value;
                multiplier = true;
                half = false;
                half_used = true;
                break;
            }
            if (at_start && lang == language::vi) {
                pending = 1;  // "triệu đô": one million
                bare_start = true;
            }
            if (pending >= 0) {
                group += pending;
                pending = -1;
            }
            if (group == 0 && total == 0) return std::nullopt;
            if (total != 0 && last_scale >= 0 && last_scale < w.value) {
                // "nghìn tỷ" (10^3 x 10^9): a larger scale after a smaller one multiplies what came before.
                total = (total + group) * ten_power(w.value);
            } else {
                if (group == 0) return std::nullopt;  // "million thousand"
                total += coefficient(group) * ten_power(w.value);
            }
            group = 0;
            last_scale = w.value;
            if (w.value >= 3) resolution_scale = w.value;
            multiplier = true;
            break;
        }
        previous = w.role;
        at_start = false;
    }
    if (half) return std::nullopt;  // "half a" with nothing to halve
    if (pending >= 0) group += pending;
    total += group;
    // A trailing small part after the last scale ("một triệu hai trăm nghìn năm") refines precision.
    if (previous != word_role::scale && resolution_scale > 0 && group != 0) resolution_scale = 0;
    bool const article_only = words.size() == 1 && words.front().role == word_role::article;
    return spelled_reading{decimal(total, 0), resolution_scale, multiplier, half_used, bare_start, article_only,
                           half_used && half_value == 25};
}

}  // namespace figura::detail
