#pragma once
// What the X3 grammars record while reading one expression. Plain C++ (no Spirit), shared by the
// grammar TUs and the code that turns a successful match into a `figura::figure`.

#include <array>
#include <cstdint>
#include <vector>

#include "figura/figure.hpp"

namespace figura::detail {

/// A matched piece of the input: [begin, end) pointers into the text being parsed.
struct piece {
    char const* begin = nullptr;
    char const* end = nullptr;
    [[nodiscard]] bool empty() const noexcept { return begin == nullptr; }
    [[nodiscard]] std::string_view view() const noexcept {
        return empty() ? std::string_view{} : std::string_view(begin, static_cast<std::size_t>(end - begin));
    }
};

/// One spelled-out number word, as the symbol tables classify it.
enum class word_role : std::uint8_t {
    unit,        ///< en one..nine, vi một..chín (value 1..9); vi "không" (0)
    teen,        ///< en ten..nineteen (10..19); vi "mười" (10)
    tens,        ///< en twenty..ninety (20..90)
    vi_tens,     ///< vi "mươi": multiplies the preceding unit by ten
    vi_unit_after_tens,  ///< vi "mốt" (1), "lăm"/"nhăm" (5), "tư" (4): only after mươi/mười
    vi_zero_tens,        ///< vi "lẻ"/"linh": an empty tens place, as in "một trăm lẻ năm"
    hundred,     ///< en hundred, vi trăm
    scale,       ///< thousand/million/...; nghìn/triệu/tỷ/...: value is the power of ten
};

struct number_word {
    word_role role = word_role::unit;
    std::int32_t value = 0;  ///< face value, or the power of ten for `scale`
};

/// What follows a number and changes its kind.
enum class unit_marker : std::uint8_t { none, percent, age };

/// Role of a word the qualifier table returns: one of the six qualifiers or a kind cue.
/// `year` marks "in"/"năm" before a calendar year (`in 2021`, `năm 2021`).
enum class lead_word : std::uint8_t { exact, approx, lt, le, gt, ge, aged, year };

/// One amount: optional currency prefix, a number (digits or words), optional scale, optional
/// currency suffix or unit marker.
struct amount_parts {
    char const* begin = nullptr;
    char const* end = nullptr;
    int prefix = -1;            ///< index into the prefix forms, or -1
    piece prefix_text;
    piece numeral;              ///< digits with separators, when written in digits
    std::vector<number_word> words;  ///< spelled-out number, when written in words
    piece words_text;
    std::int32_t scale = 0;     ///< power of ten of the scale word(s)
    piece scale_text;
    piece half_text;            ///< "and a half" (en before the scale, vi "rưỡi" after it): `2 triệu rưỡi` = 2.5e6
    int suffix = -1;            ///< index into the suffix forms, or -1
    piece suffix_text;
    piece classifier_text;      ///< vi "đồng" before a currency name ("đồng nhân dân tệ")
    unit_marker marker = unit_marker::none;
    piece per_unit;             ///< "/kg", "/USD": a unit price or rate
};

/// One remembered amount reading (see `memo_parser` in common_def.hpp).
struct amount_memo {
    char const* begin = nullptr;  ///< where the reading started; nullptr for an empty slot
    char const* end = nullptr;
    bool ok = false;
    amount_parts parts;
};

/// Everything the grammar learned about one expression.
struct expression_builder {
    lead_word lead = lead_word::exact;
    piece lead_text;
    amount_parts current;  ///< scratch: the amount being read
    amount_parts low;      ///< the (first) amount
    amount_parts high;     ///< the second amount of a range or rate
    bool is_range = false;
    bool is_rate = false;
    bool allow_range = true;  ///< set by the caller; false re-reads a rejected range as one amount
    language lang = language::en;
    char const* mark = nullptr;  ///< scratch: where the sub-parser being read started
    /// Amount readings of the current parse, by start; kept across `reset()`, cleared per parse.
    std::array<amount_memo, 2> memo;
    std::uint8_t memo_next = 0;

    void clear_memo() noexcept {
        for (auto& m : memo) m.begin = nullptr;
    }

    void reset() {
        lead = lead_word::exact;
        lead_text = {};
        current = {};
        low = {};
        high = {};
        is_range = false;
        is_rate = false;
    }
};

}  // namespace figura::detail
