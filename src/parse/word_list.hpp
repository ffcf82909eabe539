#pragma once
// The grammars' word and phrase tables (currency forms, scale words, qualifiers, number words) in
// two forms, Spirit-free: `word_list`, filled by `fill_words_en`/`fill_words_vi` and sorted, and
// `word_table_data`, the same table as constant arrays. The build tool figura_words_embed
// (tools/words_embed.cpp) fills the lists and writes them out as `english_words` and
// `vietnamese_words` (generated/word_tables.cpp), which the grammars read in place: no process
// fills a table at start-up. parse/word_table.hpp matches them.

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "parse/builder.hpp"
#include "unicode/text.hpp"

namespace figura::detail::grammar {

/// The value of a table that only says whether a word is there (range openers, units, ...).
struct no_value {
    friend constexpr bool operator==(no_value, no_value) noexcept { return true; }
};

/// One key: `length` bytes at `offset` in the table's bytes, and its value.
template <class T>
struct word_entry {
    std::uint32_t offset;
    std::uint32_t length;
    T value;
};

/// A table as compiled in: keys back to back in `bytes`, `entries` sorted by key (byte order),
/// each key once, none empty; the keys starting with byte b are entries [starts[b], starts[b + 1]).
template <class T>
struct word_table_data {
    char const* bytes;
    word_entry<T> const* entries;
    std::uint32_t size;
    std::array<std::uint32_t, 257> starts;
};

/// A table while it is filled.
template <class T>
struct word_list {
    std::string bytes;
    std::vector<word_entry<T>> entries;

    /// Adds `key`; a key added again keeps its first value (as x3::symbols did).
    void add(std::string_view key, T const& value = T{}) {
        entries.push_back({static_cast<std::uint32_t>(bytes.size()), static_cast<std::uint32_t>(key.size()), value});
        bytes.append(key);
    }

    [[nodiscard]] std::string_view key(word_entry<T> const& e) const { return std::string_view(bytes).substr(e.offset, e.length); }

    /// Into the compiled form's order: sorted by key, repeated keys dropped but the first added,
    /// the empty key dropped (it cannot be matched by its first byte).
    void sort() {
        std::stable_sort(entries.begin(), entries.end(), [this](auto const& a, auto const& b) { return key(a) < key(b); });
        auto const end = std::unique(entries.begin(), entries.end(), [this](auto const& a, auto const& b) { return key(a) == key(b); });
        entries.erase(end, entries.end());
        std::erase_if(entries, [](auto const& e) { return e.length == 0; });
    }

    /// The first-byte index of the sorted entries.
    [[nodiscard]] std::array<std::uint32_t, 257> starts() const {
        std::array<std::uint32_t, 257> out{};
        for (auto const& e : entries) ++out[static_cast<unsigned char>(bytes[e.offset]) + 1U];
        for (std::size_t b = 1; b < out.size(); ++b) out[b] += out[b - 1];
        return out;
    }
};

/// The tables one language's grammar reads; values index the currency lexicon's lists or carry the
/// meaning directly (scale powers, qualifiers, number words). `Table` is word_list while filling,
/// word_table_data once compiled.
template <template <class> class Table>
struct language_word_set {
    Table<int> currency_prefix;
    Table<int> currency_suffix;
    Table<int> currency_attached;          ///< suffixes only read touching the digits (`64p`); same indexes
    Table<std::int32_t> scale_attached;    ///< may touch the digits: `14bn`, `5tr`
    Table<std::int32_t> scale_spaced;      ///< after a space: `14 billion`, `100 tỷ`
    Table<lead_word> lead;
    Table<lead_word> trailing;             ///< after the amount: "or more", "trở lên"
    Table<no_value> range_openers;         ///< "between", "từ", "~": leads paired by the grammar
    Table<number_word> number_words;
    Table<no_value> per_units;             ///< units a price may be per after "a"/"một" ("barrel", "kg")
    Table<no_value> point_words;           ///< a spoken decimal point: "point", "chấm", "phẩy"
    Table<int> digit_words;                ///< one digit in words after a spoken point: "six", "sáu"
    Table<std::int32_t> scale_late;        ///< a scale word after a currency code: `60 USD million`
    Table<no_value> scale_nouns;           ///< a scale word and the noun they make: "tỷ phú" (billionaire), "tỷ lệ" (ratio)

    /// Calls `f(name, table)` for every table, in declaration order (the generated initialiser's).
    template <class Self, class F>
    static void each(Self& s, F&& f) {
        f("currency_prefix", s.currency_prefix);
        f("currency_suffix", s.currency_suffix);
        f("currency_attached", s.currency_attached);
        f("scale_attached", s.scale_attached);
        f("scale_spaced", s.scale_spaced);
        f("lead", s.lead);
        f("trailing", s.trailing);
        f("range_openers", s.range_openers);
        f("number_words", s.number_words);
        f("per_units", s.per_units);
        f("point_words", s.point_words);
        f("digit_words", s.digit_words);
        f("scale_late", s.scale_late);
        f("scale_nouns", s.scale_nouns);
    }
};

using language_word_lists = language_word_set<word_list>;
using language_words = language_word_set<word_table_data>;

/// What each language's grammar matches (src/parse/words_en.cpp, words_vi.cpp): run by the build
/// tool, and by the test that compares a fresh fill with the compiled tables.
void fill_words_en(language_word_lists& t);
void fill_words_vi(language_word_lists& t);

/// The compiled tables (generated/word_tables.cpp).
extern language_words const english_words;
extern language_words const vietnamese_words;

/// Adds `phrase` in each of its case variants ("less than", "Less than", "LESS THAN").
template <class T>
void add_with_case_variants(word_list<T>& table, std::string_view phrase, T const& value) {
    for (auto const& variant : case_variants(phrase)) table.add(variant, value);
}

/// Adds exactly `key` (single-letter scale symbols are case-sensitive: vi `T` is 10^9, `t` is not a scale).
template <class T>
void add_exact(word_list<T>& table, std::string_view key, T const& value = T{}) {
    table.add(key, value);
}

}  // namespace figura::detail::grammar
