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

inline bool parse_expression(char const*& first, char const* last, expression_builder& builder) {
    return builder.lang == language::en ? parse_expression_en(first, last, builder)
                                        : parse_expression_vi(first, last, builder);
}

}  // namespace figura::detail
