// The English grammar's only translation unit: tables, instantiation and the Spirit-free entry.

#include "parse/config.hpp"
#include "parse/grammar.hpp"
#include "parse/grammar_en_def.hpp"

namespace figura::detail::grammar::en {

BOOST_SPIRIT_INSTANTIATE(expression_type, iterator_type, context_type)

}  // namespace figura::detail::grammar::en

namespace figura::detail::grammar::en {

grammar_entry<expression_type> const& entry() {
    static grammar_entry<expression_type> const e(language::en, words, expression);
    return e;
}

}  // namespace figura::detail::grammar::en

namespace figura::detail {

bool parse_expression_en(char const*& first, char const* last, expression_builder& builder) {
    return grammar::en::entry().parse(first, last, builder);
}

bool may_lead_en(char const* first, char const* last) { return grammar::en::entry().may_lead(first, last); }

bool number_word_at_en(char const* first, char const* last) { return grammar::en::entry().number_word_at(first, last); }

}  // namespace figura::detail
