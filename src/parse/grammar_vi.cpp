// The Vietnamese grammar's only translation unit: tables, instantiation and the Spirit-free entry.

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
    static auto const noun = grammar::vi::words.scale_nouns >> grammar::word_end;
    return grammar::x3::parse(first, last, noun);
}

}  // namespace figura::detail
