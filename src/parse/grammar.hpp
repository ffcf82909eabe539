#pragma once
// Spirit-free entry points to the per-language grammars.

#include "figura/figure.hpp"
#include "parse/builder.hpp"

namespace figura::detail {

/// Reads one expression starting exactly at `first` with `builder.lang`'s grammar. On success
/// returns true, advances `first` past the expression and fills `builder`. `builder.allow_range`
/// is honoured; everything else in `builder` is overwritten.
bool parse_expression_en(char const*& first, char const* last, expression_builder& builder);
bool parse_expression_vi(char const*& first, char const* last, expression_builder& builder);

/// True when a qualifier, cue or range opener ("less than", "between", "dưới", "từ", "~") starts at
/// `first` in that language: only such words are worth a parse attempt before a number.
bool may_lead_en(char const* first, char const* last);
bool may_lead_vi(char const* first, char const* last);

/// True when a number word ("seven", "bảy", "hundred") starts at `first` and ends as a word.
bool number_word_at_en(char const* first, char const* last);
bool number_word_at_vi(char const* first, char const* last);

/// True when a scale word and the noun it makes with the next word start at `first` ("tỷ phú",
/// "Tỷ giá"): no number is scaled there, in either language's text.
bool scale_noun_at_vi(char const* first, char const* last);

inline bool number_word_at(language lang, char const* first, char const* last) {
    return lang == language::en ? number_word_at_en(first, last) : number_word_at_vi(first, last);
}

inline bool may_lead(language lang, char const* first, char const* last) {
    return lang == language::en ? may_lead_en(first, last) : may_lead_vi(first, last);
}

inline bool parse_expression(char const*& first, char const* last, expression_builder& builder) {
    return builder.lang == language::en ? parse_expression_en(first, last, builder)
                                        : parse_expression_vi(first, last, builder);
}

}  // namespace figura::detail
