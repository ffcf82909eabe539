#pragma once
// The English expression grammar: `less than $6m`, `as much as 100bn yuan`, `between $5m and $6m`,
// `Rmb10tn`, `two hundred million dollars`, `($1 = 7.25 yuan)`.

#include "parse/common_def.hpp"

namespace figura::detail::grammar::en {

/// The parsers over the English tables compiled at build time (src/parse/words_en.cpp).
inline constexpr language_tables words{english_words};

x3::rule<struct expression_class> const expression = "expression";
using expression_type = std::remove_cv_t<decltype(expression)>;

/// `and` joins number words only after `hundred` or a scale word (`one hundred and five`, `two thousand
/// and one`): in `between two and three million` it ends the first number.
inline auto const and_after_hundred = [](auto& ctx) {
    auto const& so_far = builder_of(ctx).current.words;
    x3::_pass(ctx) = !so_far.empty() && (so_far.back().role == word_role::hundred || so_far.back().role == word_role::scale);
};

/// `one hundred and five`; but the `and` of `one and three quarter cents` starts a fraction (`half`).
inline auto const spelled =
    make_spelled(words, (sp >> x3::lit("and")[and_after_hundred] >> sp >> !x3::lit("three quarter")) | sp | x3::lit('-'));

inline auto const percent =
    (osp >> x3::lit('%'))[on_percent] | (sp >> (x3::lit("per cent") | x3::lit("percent") | x3::lit("pct")) >> word_end)[on_percent];
inline auto const age = ((x3::lit("-year-old") >> -x3::lit('s')) | (sp >> x3::lit("years old")) | (sp >> x3::lit("year-old")))[on_age];

/// `Rmb7.17 to the greenback`, `7.25 yuan per dollar`: a quote per unit of another currency.
inline auto const quoted_per = x3::raw[(x3::lit("to the") | x3::lit("per") | x3::lit("against the") | x3::lit("a")) >> sp >>
                                       (x3::lit("greenback") | x3::lit("US dollar") | x3::lit("dollar") | x3::lit("euro") |
                                        x3::lit("yuan") | x3::lit("yen"))][on_quote_per] >>
                              word_end;

/// `$10,000 per month`, `$5 each visit`; `$75 a barrel` and `$1,000 a month` only with a known unit,
/// and not `a year ago`.
inline auto const per_words =
    make_per_words(words, x3::lit("per") | x3::lit("each"), x3::lit("an") | x3::lit("a") | x3::lit("every"),
                   sp >> (x3::lit("ago") | x3::lit("earlier") | x3::lit("before") | x3::lit("later") | x3::lit("after") |
                          x3::lit("prior")) >> word_end);

/// `one and a half billion`, `1 and a half million`: half of the scale unit more; `one and three
/// quarter cents`, `two and a quarter million`: a quarter or three.
inline auto const half = (sp >> (x3::lit("and a half") | x3::lit("and a quarter") | x3::lit("and one quarter") |
                                 x3::lit("and three quarters") | x3::lit("and three quarter")) >>
                          word_end)[on_half];

inline auto const amount = make_amount(words, spelled, half, x3::eps(false),
                                      make_attached_suffix(words) | (make_suffix(words) >> -(sp >> quoted_per)) | percent | age |
                                          (sp >> quoted_per),
                                      per_words);

inline auto const between = x3::omit[(x3::lit("between") | x3::lit("Between")) >> sp >> amount[to_low] >> sp >> x3::lit("and") >> sp >>
                            amount[to_high]];
inline auto const from_to = x3::omit[(x3::lit("from") | x3::lit("From")) >> sp >> amount[to_low] >> sp >> x3::lit("to") >> sp >>
                            amount[to_high]];
inline auto const joined = x3::omit[amount[to_low] >> ((osp >> dash >> osp) | (sp >> x3::lit("to") >> sp)) >> amount[to_high]];
inline auto const range = x3::omit[x3::eps[ranges_allowed] >> (between | from_to | joined)];

/// `two or three billion dollars`, only when the caller allows it: two figures, the first sharing the
/// second's scale words and currency as the first amount of a change does.
inline auto const coordinated = x3::omit[x3::eps[coordination_allowed] >> amount[to_low] >> -x3::lit(',') >> sp >>
                                         x3::lit("or") >> sp >> amount[to_high]];

/// `$1 = 7.25 yuan`: a quote, not an amount.
inline auto const rate = x3::omit[amount[to_low] >> osp >> x3::lit('=') >> osp >> amount[to_high]];

/// The amount or range itself, and a qualifier after it (`$1,000 a month or more`).
inline auto const core = x3::eps[mark_core] >> (coordinated[mark_coordination] | range[mark_range] | amount[to_low]) >> -make_trailing(words);

/// A lead word that turns out not to lead (`năm` is "year" and "five") is retried as part of the core.
inline auto const expression_def =
    x3::eps[reset_expression] >> (rate[mark_rate] | (make_lead(words) >> core >> x3::eps[year_lead_takes_digits]) | (x3::eps[reset_expression] >> core));

BOOST_SPIRIT_DEFINE(expression)

}  // namespace figura::detail::grammar::en
