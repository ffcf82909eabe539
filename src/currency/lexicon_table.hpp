#pragma once
// The currency lexicon as compiled data: generated at build time by tools/lexicon_embed.cpp, which
// runs build_currency_lexicon() (src/currency/lexicon.cpp: figura's own forms plus ICU/CLDR) and
// writes its result as arrays. builtin_currency_lexicon() (builtin.cpp) reads these instead of
// building the lexicon from ICU data in every process.

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace figura::detail {

struct lexicon_entry {
    char const* text;
    char const* code;
    char const* choices;   ///< currency_form::choices, separated by spaces
    std::uint8_t source;   ///< figura::currency_source
    std::uint8_t reading;  ///< currency_reading
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
};

/// Defined in the generated lexicon_table.cpp.
extern lexicon_table const builtin_lexicon_table;

/// What dollar_currencies() lists, built from ICU data (every current currency whose English name has
/// "Dollar", after the likely ones); the build tool compiles it in (src/currency/lexicon.cpp).
std::vector<std::string> build_dollar_currencies();

}  // namespace figura::detail
