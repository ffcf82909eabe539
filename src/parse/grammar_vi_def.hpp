#pragma once
// The Vietnamese expression grammar: `dưới 6 triệu USD`, `1,5 tỷ đồng`, `từ 5 đến 6 triệu USD`,
// `hai trăm triệu đồng`, `100 tỷ đồng nhân dân tệ`, `45 tuổi`.

#include "parse/common_def.hpp"

namespace figura::detail::grammar::vi {

/// The parsers over the Vietnamese tables compiled at build time (src/parse/words_vi.cpp).
inline constexpr language_tables words{vietnamese_words};

x3::rule<struct expression_class> const expression = "expression";
using expression_type = std::remove_cv_t<decltype(expression)>;

inline auto const spelled = make_spelled(words, sp);

inline auto const percent = (osp >> x3::lit('%'))[on_percent] | (sp >> x3::lit("phần trăm") >> word_end)[on_percent];
inline auto const age = (sp >> x3::lit("tuổi") >> word_end)[on_age];

/// "đồng" before a currency name is a classifier: "đồng nhân dân tệ" is CNY, "đồng euro" EUR.
inline auto const classified_suffix =
    (x3::rule<struct classified_class, int>{"currency"} =
         osp >> (x3::lit("đồng") | x3::lit("Đồng")) >> sp >> words.currency_suffix >> word_end)[on_classified_suffix];

/// `2 triệu rưỡi`, `một tỷ rưỡi`: half of the scale unit more (`rưởi` is a common misspelling).
inline auto const half = (sp >> (x3::lit("rưỡi") | x3::lit("rưởi")) >> word_end)[on_half];

/// `8 triệu đồng mỗi tháng` with any unit; `70 triệu đồng một ha` only with a known one (`một số` is "some").
inline auto const per_words = make_per_words(words, x3::lit("mỗi"), x3::lit("một"), x3::eps(false));

inline auto const amount =
    make_amount(words, spelled, x3::eps(false), half, classified_suffix | make_suffix(words) | percent | age, per_words);

inline auto const to_word = x3::lit("đến") | x3::lit("tới");
inline auto const from_to = x3::omit[(x3::lit("từ") | x3::lit("Từ")) >> sp >> amount[to_low] >>
                            ((sp >> to_word >> sp) | (osp >> dash >> osp)) >> amount[to_high]];
inline auto const between = x3::omit[(x3::lit("giữa") | x3::lit("Giữa")) >> sp >> amount[to_low] >> sp >> x3::lit("và") >> sp >>
                            amount[to_high]];
inline auto const joined = x3::omit[amount[to_low] >> ((osp >> dash >> osp) | (sp >> to_word >> sp)) >> amount[to_high]];
inline auto const range = x3::omit[x3::eps[ranges_allowed] >> (from_to | between | joined)];

/// `tăng từ 5 lên 6 triệu`, `giảm từ 2 tỷ xuống 1,5 tỷ`: a change, two figures sharing scale and currency.
inline auto const change_word = x3::lit("lên") | x3::lit("xuống");
inline auto const change = x3::omit[(x3::lit("từ") | x3::lit("Từ")) >> sp >> amount[to_low] >> sp >> change_word >>
                                    -(sp >> (x3::lit("mức") | x3::lit("còn") | x3::lit("thành"))) >> sp >> amount[to_high]];

/// `hai hoặc ba tỷ đồng`, only when the caller allows it: two figures, the first sharing the second's
/// scale words and currency as the first amount of a change does.
inline auto const coordinated = x3::omit[x3::eps[coordination_allowed] >> amount[to_low] >> -x3::lit(',') >> sp >>
                                         (x3::lit("hoặc") | x3::lit("hay")) >> sp >> amount[to_high]];

inline auto const rate = x3::omit[amount[to_low] >> osp >> x3::lit('=') >> osp >> amount[to_high]];

/// The amount or range itself; `hơn 5 triệu USD một chút` ("a little over") keeps its gt reading; a
/// qualifier may follow (`15 triệu đồng/tháng trở lên`).
inline auto const core = x3::eps[mark_core] >> (coordinated[mark_coordination] | range[mark_range] | amount[to_low]) >> x3::eps[bare_start_has_currency] >>
                         -(sp >> x3::lit("một chút") >> word_end) >> -make_trailing(words);

/// A lead word that turns out not to lead (`năm` is "year" and "five") is retried as part of the core.
/// `từ` opens a change before it can lead a single price (`từ 1,2 triệu đồng` is ge).
inline auto const expression_def =
    x3::eps[reset_expression] >> (rate[mark_rate] | (x3::eps[mark_core] >> change[mark_change]) |
                                  (x3::eps[reset_expression] >> make_lead(words) >> core >> x3::eps[year_lead_takes_digits] >> x3::eps[from_leads_money]) | (x3::eps[reset_expression] >> core));

BOOST_SPIRIT_DEFINE(expression)

}  // namespace figura::detail::grammar::vi
