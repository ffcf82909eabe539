#pragma once
/// A figure: one monetary (or plain numeric) expression found in text, with its exact value,
/// the interval it stands for, currency, qualifier, range and place. See docs/figures.md.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "figura/currency.hpp"
#include "figura/decimal.hpp"
#include "figura/error.hpp"

namespace figura {

enum class language { en, vi };

enum class figure_kind {
    money,    ///< an amount in a currency: `$14bn`, `100 tỷ nhân dân tệ`
    count,    ///< a plain number: `10,000 GPUs`, `10.000 GPU`
    percent,  ///< `5%`, `5 per cent`, `5 phần trăm`
    year,     ///< a calendar year: `2021` in `in 2021`
    age,      ///< `aged 45`, `45-year-old`, `45 tuổi`
    rate,     ///< an exchange-rate quote: `($1 = 7.25 yuan)`, `Rmb7.17 to the greenback`, `25.000 đồng/USD`
};

/// How the written figure relates to the value it reports (DESIGN.md, "Qualifiers").
enum class qualifier {
    exact,   ///< no qualifier
    approx,  ///< about, khoảng, ...
    lt,      ///< less than, dưới, ...
    le,      ///< up to, as much as, lên tới, ...
    gt,      ///< more than, hơn, vượt, ...
    ge,      ///< at least, ít nhất, ...
};

/// Separator readings that depend on convention; set when the parser had to choose.
enum class ambiguity : std::uint8_t {
    none = 0,
    /// The separators were read by a convention other than the text's own (`1,5 billion` in English),
    /// or both conventions read them with different values (`$2,005` in Vietnamese text, `10.000`
    /// in English): then `alternative_value` holds the other reading.
    separator = 1,
};

/// One number as written, with the scale word applied: a figure's value, or one end of a range.
struct figure_value {
    decimal value;        ///< exact, scale applied: `14bn` -> 14000000000
    decimal resolution;   ///< the unit of the last written digit, scale applied (`14bn` -> 1e9); 0 when exact
    bool exact = true;    ///< true for integers and decimals without a scale word (`$2,005`, `10.000`)
    interval bounds;      ///< what the written number stands for from its stated precision alone
    std::string scale_word;  ///< "bn", "tỷ", "nghìn tỷ", "million"; empty when none
    std::int32_t scale_power = 0;  ///< the power of ten the scale word stands for (9 for "bn"); 0 when none
    source_span span{};   ///< where this number (with its currency and scale) was written
};

struct figure {
    figure_kind kind = figure_kind::count;
    language lang = language::en;
    qualifier qual = qualifier::exact;

    /// The value as written with scale applied; for a range, the low end's value.
    decimal value;
    /// The values the figure can stand for: stated precision, then qualifier (and for a range, low..high).
    interval bounds;
    /// Precision detail for the (low) value.
    figure_value written;
    /// Set for ranges (`$5m-$6m`, `từ 5 đến 6 triệu USD`): scale and currency distribute over both ends.
    std::optional<figure_value> range_high;

    currency_ref currency;
    /// For `kind == rate`: the currency one unit of which is quoted (`USD` in `$1 = 7.25 yuan`).
    std::string rate_base;
    /// For a unit price (`25.000 đồng/kg`, `$75 a barrel`, `8 triệu đồng mỗi tháng`): the unit the
    /// amount is per, as written without its `/`, `a`, `per` or `mỗi` (`kg`, `barrel`, `tháng`,
    /// `người/năm`); empty otherwise. The figure stays `money` and its span covers the amount only.
    std::string per;

    /// Set when the separator reading is convention-dependent (see `ambiguity::separator`);
    /// `alternative_value` is the other convention's reading when it has one.
    ambiguity ambiguous = ambiguity::none;
    std::optional<decimal> alternative_value;

    /// When this figure is written in parentheses right after another as its equivalent
    /// (`Rmb10tn ($1.4tn)`, `100 tỷ nhân dân tệ (khoảng 14 tỷ USD)`), the index of that figure.
    std::optional<std::size_t> equivalent_of;

    source_span span{};  ///< the whole expression, qualifier included
    std::string text;    ///< the expression as written (original bytes)

    [[nodiscard]] bool is_range() const noexcept { return range_high.has_value(); }
};

[[nodiscard]] std::string_view to_string(language l) noexcept;
[[nodiscard]] std::string_view to_string(figure_kind k) noexcept;
[[nodiscard]] std::string_view to_string(qualifier q) noexcept;

}  // namespace figura
