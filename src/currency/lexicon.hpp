#pragma once
// The currency lexicon: every written form figura reads as a currency, built once from ICU/CLDR
// display names (en, vi) plus the colloquial forms news text uses. The grammars load these into
// their symbol tables.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "figura/currency.hpp"

namespace figura::detail {

/// Forms whose currency depends on the caller's defaults.
enum class currency_reading : std::uint8_t {
    fixed,   ///< `code` is the currency
    dollar,  ///< `$`, `dollars`, `đô la`: options.dollar_default, alternatives = other dollars
    yen,     ///< `¥`: options.yen_default_en / yen_default_vi, alternatives = {JPY, CNY} minus the chosen
    choice,  ///< `peso`, `lira`, `franc`, `dinar`: one of `choices`, decided by a country the line names, else the first
};

struct currency_form {
    std::string text;  ///< exact UTF-8 key as matched (case variants are separate entries)
    std::string code;  ///< ISO 4217 code (for `fixed`), else the nominal code ("USD" / "JPY" / the first choice)
    currency_source source = currency_source::code;
    currency_reading reading = currency_reading::fixed;
    /// Power of ten one written unit is of the currency: -2 for a subunit (`cents`, `pence`, `64p`,
    /// `xu`), 4 for `man` (10,000 yen), 0 otherwise.
    std::int8_t exponent = 0;
    /// Only touching the number (`64p`; `64 p` is no money).
    bool attached = false;
    /// For `choice`: the currencies the form may mean, most likely first.
    std::vector<std::string> choices;
};

struct currency_lexicon {
    /// Written before the number: symbols (`$`, `US$`, `HK$`, `€`, `£`, `¥`, `￥`, `₫`), codes
    /// (`USD`, `CNY`, `RMB`, `Rmb`, `VND`), `Rs`, `RM`, `R$`, ... A code-like prefix may be followed
    /// directly by digits (`Rmb500bn`, `USD200`) or by a space.
    std::vector<currency_form> prefixes;
    /// Written after the number in English text: codes, symbols (`€` in `5€`), names and plurals
    /// from ICU en (`US dollars`, `Chinese yuan`, `euros`), colloquial (`yuan`, `renminbi`, `dollars`, `yen`, `dong`).
    std::vector<currency_form> suffixes_en;
    /// Written after the number in Vietnamese text: codes, `₫`, `đ`, `VNĐ`, names from ICU vi
    /// (`Đô la Mỹ`, `Nhân dân tệ`, `Yên Nhật`, `Bảng Anh`), colloquial (`nhân dân tệ`, `NDT`, `tệ`,
    /// `đô la Mỹ`, `đôla`, `đô`, `Mỹ kim`, `đồng`, `yên`, `euro`, `bảng Anh`), plus the English suffixes.
    std::vector<currency_form> suffixes_vi;
};

/// The built-in lexicon, built on first use (thread-safe) from ICU data and figura's tables.
currency_lexicon const& builtin_currency_lexicon();

/// Builds a fresh lexicon, uncached (what builtin_currency_lexicon() does once); for benchmarks and tests.
currency_lexicon build_currency_lexicon();

/// The dollars a bare `$` may mean, most likely first (USD, HKD, SGD, AUD, CAD, NZD, TWD, ...).
std::vector<std::string> const& dollar_currencies();

/// The currency among `choices` whose country `line` names (`peso` in a line about Mexico is MXN),
/// or nullptr when the line names none of them.
std::string const* currency_by_country(std::vector<std::string> const& choices, std::string_view line);

/// The dollar a bare `$` means in `paragraph` when it names exactly one dollar country other than
/// the United States (Singapore, Hong Kong, Australia, Canada, Taiwan, New Zealand) and nothing
/// American (`US`, `America`, `Mỹ` ...); empty otherwise.
std::string dollar_country(std::string_view paragraph);

}  // namespace figura::detail
