#pragma once
// The currency lexicon as compiled data: generated at build time by tools/lexicon_embed.cpp, which
// runs build_currency_lexicon() (src/currency/lexicon.cpp: figura's own forms plus ICU/CLDR) and
// writes its result as arrays. builtin_currency_lexicon() (builtin.cpp) reads these instead of
// building the lexicon from ICU data in every process.

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "currency/lexicon.hpp"

namespace figura::detail {

/// One currency_form as constant data (string_views into literals, constant-initialised), so that
/// parsing one figure reads the form it matched in place instead of building all 4,500 as strings.
struct lexicon_entry {
    std::string_view text;
    std::string_view code;
    std::string_view choices;  ///< currency_form::choices, separated by spaces
    currency_source source;
    currency_reading reading;
    std::int8_t exponent;
    bool attached;
};

struct lexicon_table {
    lexicon_entry const* prefixes;
    std::size_t prefix_count;
    lexicon_entry const* suffixes_en;
    std::size_t suffix_en_count;
    lexicon_entry const* suffixes_vi;
    std::size_t suffix_vi_count;
    char const* const* dollars;  ///< dollar_currencies(), most likely first
    std::size_t dollar_count;
    std::string_view const* iso_codes;  ///< build_iso_codes(), sorted: what is_iso_currency() accepts
    std::size_t iso_code_count;
};

/// Defined in the generated lexicon_table.cpp.
extern lexicon_table const builtin_lexicon_table;

/// The compiled forms, in the order of builtin_currency_lexicon()'s vectors (the grammars' tables
/// hold these indexes).
inline std::span<lexicon_entry const> builtin_prefix_entries() {
    return {builtin_lexicon_table.prefixes, builtin_lexicon_table.prefix_count};
}
inline std::span<lexicon_entry const> builtin_suffix_entries_en() {
    return {builtin_lexicon_table.suffixes_en, builtin_lexicon_table.suffix_en_count};
}
inline std::span<lexicon_entry const> builtin_suffix_entries_vi() {
    return {builtin_lexicon_table.suffixes_vi, builtin_lexicon_table.suffix_vi_count};
}

/// `choices` ("MXN ARS CLP ...") as a list, most likely first.
std::vector<std::string> split_choices(std::string_view codes);

/// What dollar_currencies() lists, built from ICU data (every current currency whose English name has
/// "Dollar", after the likely ones); the build tool compiles it in (src/currency/lexicon.cpp).
std::vector<std::string> build_dollar_currencies();

/// Every ISO 4217 code ICU knows, current and historic, sorted (src/currency/lexicon.cpp); the build
/// tool compiles it in for figura::is_iso_currency().
std::vector<std::string> build_iso_codes();

}  // namespace figura::detail
