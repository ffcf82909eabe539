#pragma once
// What the X3 grammars record while reading one expression. Plain C++ (no Spirit), shared by the
// grammar TUs and the code that turns a successful match into a `figura::figure`.

#include <array>
#include <cstddef>
#include <cstdint>
#include <type_traits>
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
    article,     ///< en "a"/"an": one, only before hundred, a scale word or dozen (`a million`)
    half,        ///< en "half" (before "a"), vi "nửa": half of the scale that follows (`half a billion`, `nửa tỷ`)
    dozen,       ///< en "dozen": twelve times what precedes (`a dozen`, `two dozen`)
    vi_chuc,     ///< vi "chục": ten, or ten times the preceding unit (`chục triệu`, `hai chục`)
};

struct number_word {
    word_role role = word_role::unit;
    std::int32_t value = 0;  ///< face value, or the power of ten for `scale`
};

/// What follows a number and changes its kind.
enum class unit_marker : std::uint8_t { none, percent, age };

/// Role of a word the qualifier table returns: one of the six qualifiers or a kind cue.
/// `year` marks "in"/"năm" before a calendar year (`in 2021`, `năm 2021`). `hedge` is a word that
/// qualifies nothing (`an estimated`, `ước tính`, the comparative difference `đắt hơn`): the figure
/// is exact and its span starts after it. `from` is Vietnamese `từ` before a single price (`ge`).
/// `within` is `trong khoảng`: "in the range" before a range (a hedge), "within about" before one amount.
enum class lead_word : std::uint8_t { exact, approx, lt, le, gt, ge, aged, year, hedge, from, within };

/// The words of a spelled-out number, held inline. The grammar refuses more than
/// `capacity` words (`max_number_words`), so a fixed array loses nothing, and it keeps
/// `amount_parts` trivially copyable: the builder copies and clears amounts on every attempt (the
/// memo, range ends), and a vector made each of those an allocation or a free.
class spelled_words {
public:
    static constexpr std::size_t capacity = 16;

    [[nodiscard]] bool empty() const noexcept { return count_ == 0; }
    [[nodiscard]] std::size_t size() const noexcept { return count_; }
    [[nodiscard]] number_word const* data() const noexcept { return items_.data(); }
    [[nodiscard]] number_word const* begin() const noexcept { return items_.data(); }
    [[nodiscard]] number_word const* end() const noexcept { return items_.data() + count_; }
    [[nodiscard]] number_word const& front() const noexcept { return items_[0]; }
    [[nodiscard]] number_word const& back() const noexcept { return items_[count_ - 1]; }
    [[nodiscard]] number_word const& operator[](std::size_t i) const noexcept { return items_[i]; }
    /// False (and nothing added) when full.
    bool push_back(number_word w) noexcept {
        if (count_ == capacity) return false;
        items_[count_++] = w;
        return true;
    }

private:
    std::array<number_word, capacity> items_{};
    std::uint8_t count_ = 0;
};

/// One amount: optional currency prefix, a number (digits or words), optional scale, optional
/// currency suffix or unit marker.
struct amount_parts {
    char const* begin = nullptr;
    char const* end = nullptr;
    int prefix = -1;            ///< index into the prefix forms, or -1
    piece prefix_text;
    piece numeral;              ///< digits with separators, when written in digits
    piece fraction_glyph;       ///< a vulgar fraction right after the digits: `9¾p`
    piece spoken_point;         ///< digits after a spoken decimal point: `75-point-six`, `3 chấm 45`
    piece minor;                ///< cents written apart: `$35 and 20c`, `12 USD 40`
    piece late_scale_text;      ///< a scale word after the currency: `60 USD million`
    spelled_words words;        ///< spelled-out number, when written in words
    piece words_text;
    std::int32_t scale = 0;     ///< power of ten of the scale word(s)
    piece scale_text;
    piece half_text;            ///< "and a half" (en before the scale, vi "rưỡi" after it): `2 triệu rưỡi` = 2.5e6
    int suffix = -1;            ///< index into the suffix forms, or -1
    piece suffix_text;
    piece classifier_text;      ///< vi "đồng" before a currency name ("đồng nhân dân tệ")
    unit_marker marker = unit_marker::none;
    piece per_tail;             ///< the whole per-unit tail: "/kg", " mỗi tháng", " a barrel" (not in the span)
    piece per_unit;             ///< its unit: "kg", "tháng", "barrel", "người/năm"
    piece quote_per;            ///< "to the greenback", "per dollar": a quote per unit of another currency
    /// Whole numbers under smaller and smaller scale words after the first: `1 tỷ 250 triệu đồng`.
    struct compound_part {
        piece digits;
        std::int32_t scale = 0;
    };
    std::array<compound_part, 3> compound{};
    std::size_t compound_count = 0;
};
static_assert(std::is_trivially_copyable_v<amount_parts>);

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
    lead_word inner_lead = lead_word::exact;  ///< a second, stacked lead (`lên tới khoảng`, `tối đa không quá`)
    lead_word trailing = lead_word::exact;    ///< a qualifier after the amount (`trở lên`, `or more`)
    piece trailing_text;
    char const* core_begin = nullptr;  ///< where the amount or range starts, after any lead words
    amount_parts current;  ///< scratch: the amount being read
    amount_parts low;      ///< the (first) amount
    amount_parts high;     ///< the second amount of a range or rate
    bool is_range = false;
    bool is_rate = false;
    bool is_change = false;   ///< `từ 5 lên 6 triệu`: two figures, not a range
    bool is_coordination = false;  ///< `two or three billion dollars` (with is_change): a lead applies to both
    bool allow_range = true;  ///< set by the caller; false re-reads a rejected range as one amount
    /// Set by the caller: read `two or three billion dollars` as a coordination, whose first number
    /// is a figure of its own (extract's pass for a spelled first number; the scanner never sets it).
    bool allow_coordination = false;
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
        inner_lead = lead_word::exact;
        trailing = lead_word::exact;
        trailing_text = {};
        core_begin = nullptr;
        current = {};
        low = {};
        high = {};
        is_range = false;
        is_rate = false;
        is_change = false;
        is_coordination = false;
    }
};

}  // namespace figura::detail
