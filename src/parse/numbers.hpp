#pragma once
// Reading numbers as written: digit strings with language-dependent separators, and spelled-out
// English and Vietnamese numbers. Plain C++; the grammars call these to accept or reject a match.

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

#include "figura/decimal.hpp"
#include "figura/figure.hpp"
#include "parse/builder.hpp"

namespace figura::detail {

/// Longest numeral figura reads (digits and separators). Longer digit runs are reported as an
/// error instead of being read: converting them would cost time quadratic in their length.
inline constexpr std::size_t max_numeral_length = 20000;

struct numeral_reading {
    decimal value;                ///< exact value as written (no scale applied)
    std::int32_t last_digit = 0;  ///< power of ten of the last written digit (0 for integers, -1 for "1.5")
    bool has_separators = false;
    bool foreign_convention = false;      ///< read with the other language's separators
    std::optional<decimal> alternative;   ///< the other convention's reading, when also valid and different
};

/// Reads `text` (ASCII digits with ',' and '.') by `lang`'s convention (en: 1,000.5; vi: 1.000,5);
/// falls back to the other convention when the text is invalid in its own (`foreign_convention`).
/// With `prefer_english`, a Vietnamese figure written after `$`-style symbols is read English-style
/// first. Returns nullopt when neither convention accepts the text ("1.2.3", "1,23,4").
std::optional<numeral_reading> read_numeral(std::string_view text, language lang, bool prefer_english = false);

/// True when `read_numeral` would succeed; the grammar uses it to reject a match early.
bool is_numeral(std::string_view text, language lang) noexcept;

struct spelled_reading {
    decimal value;
    std::int32_t scale = 0;   ///< power of ten of the last thousand-or-larger scale word, 0 if none
    bool has_multiplier = false;  ///< contains hundred/thousand/... (trăm/nghìn/...)
    bool half = false;        ///< `half a billion`, `nửa tỷ`: written to the nearest half of `scale`
    bool bare_start = false;  ///< vi: opens with a scale word, `trăm` or `chục` (`triệu đô`, `trăm triệu`)
    bool article_only = false;  ///< en: just "a"/"an" (`a dollar`): a number only before a currency
    bool quarter = false;     ///< en `a quarter-million`: written to the nearest quarter of `scale` (with `half`)
};

/// Evaluates a sequence of number words ("two hundred million", "một trăm lẻ năm", "bốn mươi tư"),
/// or nullopt when the sequence is not a well-formed number ("million two", "tỷ").
std::optional<spelled_reading> read_spelled(std::span<number_word const> words, language lang);

/// 10^power as a decimal.
inline decimal power_of_ten(std::int32_t power) { return decimal(1, power); }

}  // namespace figura::detail
