#pragma once
// The one place that fixes the iterator and context types every X3 grammar is instantiated with.
// Grammars read UTF-8 bytes (NFC); non-ASCII is matched only through symbol tables and literals.

#include <boost/spirit/home/x3.hpp>

#include "parse/builder.hpp"

namespace figura::detail::grammar {

namespace x3 = boost::spirit::x3;

/// Tag under which the expression_builder is reachable from semantic actions.
struct builder_tag;

using iterator_type = char const*;
/// No skipper: spaces are explicit in the grammar (news text has NBSP, thin spaces, no newlines).
using context_type = x3::context<builder_tag, expression_builder>;

}  // namespace figura::detail::grammar
