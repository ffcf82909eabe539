// The Vietnamese grammar's only translation unit: tables, instantiation and the Spirit-free entry.

#include <array>
#include <string_view>

#include "parse/config.hpp"
#include "parse/grammar.hpp"
#include "parse/grammar_vi_def.hpp"

namespace figura::detail::grammar::vi {

BOOST_SPIRIT_INSTANTIATE(expression_type, iterator_type, context_type)

}  // namespace figura::detail::grammar::vi

namespace figura::detail::grammar::vi {

grammar_entry<expression_type> const& entry() {
    static grammar_entry<expression_type> const e(language::vi, words, expression);
    return e;
}

}  // namespace figura::detail::grammar::vi

namespace figura::detail {

bool parse_expression_vi(char const*& first, char const* last, expression_builder& builder) {
    return grammar::vi::entry().parse(first, last, builder);
}

bool may_lead_vi(char const* first, char const* last) { return grammar::vi::entry().may_lead(first, last); }

bool number_word_at_vi(char const* first, char const* last) { return grammar::vi::entry().number_word_at(first, last); }

bool scale_noun_at_vi(char const* first, char const* last) {
    // Every key is a scale word, one space and a noun. Most scale words are followed by no such
    // noun: the first byte of the word after the space rules them out before the table is searched.
    static auto const second_word_starts = [] {
        std::array<bool, 256> out{};
        auto const& table = grammar::vietnamese_words.scale_nouns;
        for (std::uint32_t i = 0; i < table.size; ++i) {
            std::string_view const key(table.bytes + table.entries[i].offset, table.entries[i].length);
            if (auto const space = key.find(' '); space != std::string_view::npos && space + 1 < key.size()) {
                out[static_cast<unsigned char>(key[space + 1])] = true;
            }
        }
        return out;
    }();
    char const* space = first;
    while (space < last && *space != ' ' && space - first < 16) ++space;
    if (last - space < 2 || *space != ' ' || !second_word_starts[static_cast<unsigned char>(space[1])]) return false;
    static auto const noun = grammar::vi::words.scale_nouns >> grammar::word_end;
    return grammar::x3::parse(first, last, noun);
}

}  // namespace figura::detail
