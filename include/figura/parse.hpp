#pragma once
/// Parsing and extraction of figures from English and Vietnamese text.
///
///     auto f = figura::parse("100 tỷ nhân dân tệ");      // 100000000000 CNY
///     auto all = figura::extract(article_text);          // every figure, with spans

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "figura/decimal.hpp"
#include "figura/error.hpp"
#include "figura/figure.hpp"

namespace figura {

struct parse_options {
    /// The text's language; unset means detect per paragraph (line): Vietnamese letters decide.
    std::optional<language> lang;
    /// What a bare `$` (and `dollars`, `đô la`) means; the other dollars stay as alternatives.
    std::string dollar_default = "USD";
    /// What a bare `¥` means in English and in Vietnamese text (`￥` is always CNY).
    std::string yen_default_en = "JPY";
    std::string yen_default_vi = "CNY";
    /// Relative widening of an `approx` figure: [lo - t*v, hi + t*v]. Default 5%.
    decimal approx_tolerance{5, -2};
    /// Read a Vietnamese amount with a scale word and no currency (`Rút 4.000 tỷ từ ngân sách`) as
    /// VND with `currency_source::implied`.
    bool implied_vnd = true;
    /// Keep spelled-out numbers without a scale word (`seven hours`, `năm người`, `twenty-five
    /// students`) as count figures, so that parity can compare `seven` with `7`. Off by default:
    /// such words are then read only as part of money (`ten dollars`) or with a scale word
    /// (`two million`). "one"/"một" stay words (they are mostly "a"), and so does `năm` where it
    /// means "year" (`năm nay`, `mỗi năm`).
    bool spelled_counts = false;
};

/// Parses exactly one expression (surrounding spaces allowed): `less than $6m`, `1,5 tỷ đồng`.
/// Text that is not a single figure is an error naming the column where reading stopped.
result<figure> parse(std::string_view text, parse_options const& options = {});

/// Every figure in a text, in order, with spans into `text`. Invalid UTF-8 is an error with its
/// position; text with no figures gives an empty vector.
result<std::vector<figure>> extract(std::string_view text, parse_options const& options = {});

/// The language of one paragraph: `vi` when Vietnamese-only letters dominate, else `en`;
/// `std::nullopt` when the text has no letters to judge by.
std::optional<language> detect_language(std::string_view paragraph);

}  // namespace figura
