// The English grammar's words: what its tables match (parse/word_list.hpp). Compiled into the
// build tool that writes them out (tools/words_embed.cpp) and into the test that compares, not into
// the library, which reads the written tables.

#include "currency/lexicon.hpp"
#include "parse/word_list.hpp"

namespace figura::detail::grammar {

void fill_words_en(language_word_lists& t) {
    auto const& lexicon = builtin_currency_lexicon();
    for (std::size_t i = 0; i < lexicon.prefixes.size(); ++i) add_exact(t.currency_prefix, lexicon.prefixes[i].text, static_cast<int>(i));
    for (std::size_t i = 0; i < lexicon.suffixes_en.size(); ++i) {
        add_exact(lexicon.suffixes_en[i].attached ? t.currency_attached : t.currency_suffix, lexicon.suffixes_en[i].text,
                  static_cast<int>(i));
    }

    // Abbreviations may touch the digits (`14bn`); a lone letter must (`5 m` is five metres).
    for (auto [key, power] : {std::pair{"k", 3}, {"K", 3}, {"m", 6}, {"M", 6}, {"mn", 6}, {"mln", 6}, {"MM", 6}, {"b", 9},
                              {"B", 9}, {"bn", 9}, {"Bn", 9}, {"BN", 9}, {"bln", 9}, {"tn", 12}, {"trn", 12}, {"tln", 12},
                              {"T", 12}, {"cr", 7}, {"thousand", 3}, {"million", 6}, {"billion", 9}, {"trillion", 12},
                              {"tril", 12}, {"quadrillion", 15}, {"crore", 7}, {"crores", 7}, {"lakh", 5}, {"lakhs", 5},
                              {"K-cr", 10}, {"k-cr", 10}, {"K-crore", 10},
                              // Malaysian and Singaporean papers: `RM3.5bil`, `RM500mil` (touching only:
                              // Portuguese `R$ 5 mil` is five thousand).
                              {"mil", 6}, {"bil", 9}}) {
        add_exact(t.scale_attached, key, power);
    }
    for (auto [key, power] : {std::pair{"thousand", 3}, {"million", 6}, {"billion", 9}, {"trillion", 12}, {"mn", 6},
                              {"mln", 6}, {"bn", 9}, {"bln", 9}, {"tn", 12}, {"trn", 12}, {"tril", 12}, {"tr", 12},
                              {"quadrillion", 15}, {"lakh", 5}, {"lakhs", 5}, {"lakh crore", 12}, {"lakh crores", 12},
                              {"crore", 7}, {"crores", 7}, {"cr", 7},
                              // `10 thousands of people`, `5 millions dollars`: a plural after digits
                              // still multiplies (non-native and translated English writes it so).
                              {"thousands", 3}, {"millions", 6}, {"billions", 9}, {"trillions", 12}}) {
        add_with_case_variants(t.scale_spaced, key, std::int32_t{power});
    }

    using enum lead_word;
    for (auto [phrase, lead] : {
             std::pair{"about", approx}, {"around", approx}, {"roughly", approx}, {"some", approx}, {"nearly", approx},
             {"almost", approx}, {"approximately", approx}, {"approx.", approx}, {"close to", approx}, {"circa", approx},
             {"around about", approx}, {"in the region of", approx}, {"in the neighbourhood of", approx},
             {"in the neighborhood of", approx}, {"near", approx}, {"more or less", approx},
             {"an estimated", hedge}, {"estimated", hedge},
             {"less than", lt}, {"under", lt}, {"below", lt}, {"fewer than", lt}, {"just under", lt}, {"lower than", lt},
             {"at most", le}, {"no more than", le}, {"not more than", le}, {"up to", le}, {"as much as", le},
             {"as high as", le}, {"as many as", le}, {"a maximum of", le}, {"a maximum", le}, {"maximum of", le},
             {"no higher than", le}, {"not exceeding", le}, {"no greater than", le}, {"shy of", lt}, {"just shy of", lt},
             {"more than", gt}, {"over", gt}, {"above", gt}, {"exceeding", gt}, {"upwards of", gt}, {"upward of", gt}, {"in excess of", gt},
             {"just over", gt}, {"higher than", gt}, {"greater than", gt}, {"surpass", gt}, {"surpasses", gt},
             {"surpassed", gt}, {"surpassing", gt}, {"exceed", gt}, {"exceeds", gt}, {"exceeded", gt},
             {"north of", gt}, {"well over", gt}, {"well above", gt},
             {"at least", ge}, {"no less than", ge}, {"not less than", ge}, {"a minimum of", ge}, {"a minimum", ge},
             {"minimum of", ge}, {"as little as", ge}, {"as low as", ge}, {"starting at", ge}, {"starting from", ge},
             {"starts at", ge}, {"start at", ge}, {"starts from", ge}, {"start from", ge}, {"begins at", ge},
             {"begin at", ge}, {"beginning at", ge}, {"aged", aged}, {"in", year}}) {
        add_with_case_variants(t.lead, phrase, lead);
    }
    for (auto [phrase, lead] : {std::pair{"or more", ge}, {"or above", ge}, {"or higher", ge}, {"or over", ge},
                                {"and above", ge}, {"and over", ge}, {"or less", le}, {"or below", le},
                                {"or lower", le}, {"or under", le}, {"and under", le}, {"and below", le}, {"or so", approx}}) {
        add_exact(t.trailing, phrase, lead);
    }
    add_exact(t.point_words, "point", no_value{});
    for (auto [word, digit] : {std::pair{"zero", 0}, {"oh", 0}, {"one", 1}, {"two", 2}, {"three", 3}, {"four", 4}, {"five", 5},
                               {"six", 6}, {"seven", 7}, {"eight", 8}, {"nine", 9}}) {
        add_exact(t.digit_words, word, digit);
    }
    for (auto [key, power] : {std::pair{"thousand", 3}, {"million", 6}, {"billion", 9}, {"trillion", 12}, {"mn", 6}, {"bn", 9}}) {
        add_exact(t.scale_late, key, std::int32_t{power});
    }
    // What a price may be per after "a", "an" or "every" (`$75 a barrel`); "per" and "each" take any word.
    for (auto unit : {"year", "month", "week", "day", "night", "hour", "minute", "share", "barrel", "ounce", "tonne", "ton",
                      "litre", "liter", "gallon", "kilogram", "kilo", "kg", "pound", "lb", "head", "person", "passenger",
                      "piece", "unit", "visit", "ticket", "seat", "metre", "meter", "foot", "room", "bottle", "pack",
                      "bushel", "dozen", "kilowatt-hour", "kWh", "megawatt-hour", "MWh", "square metre", "square meter",
                      "square foot", "sq ft", "sqm", "household", "student", "child", "adult", "employee", "worker",
                      "copy", "game", "trip", "session", "meal", "cup", "plate", "page", "word"}) {
        add_exact(t.per_units, unit, no_value{});
    }

    using enum word_role;
    static constexpr char const* units[] = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};
    static constexpr char const* teens[] = {"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
                                            "seventeen", "eighteen", "nineteen"};
    static constexpr char const* tens_words[] = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
    for (int i = 0; i < 9; ++i) add_with_case_variants(t.number_words, units[i], number_word{unit, i + 1});
    for (int i = 0; i < 10; ++i) add_with_case_variants(t.number_words, teens[i], number_word{teen, 10 + i});
    for (int i = 0; i < 8; ++i) add_with_case_variants(t.number_words, tens_words[i], number_word{tens, 20 + 10 * i});
    add_with_case_variants(t.number_words, "hundred", number_word{hundred, 100});
    add_with_case_variants(t.number_words, "thousand", number_word{scale, 3});
    add_with_case_variants(t.number_words, "million", number_word{scale, 6});
    add_with_case_variants(t.number_words, "billion", number_word{scale, 9});
    add_with_case_variants(t.number_words, "trillion", number_word{scale, 12});
    add_with_case_variants(t.number_words, "quadrillion", number_word{scale, 15});
    add_with_case_variants(t.number_words, "a", number_word{article, 1});
    add_with_case_variants(t.number_words, "an", number_word{article, 1});
    add_with_case_variants(t.number_words, "half", number_word{word_role::half, 5});
    add_with_case_variants(t.number_words, "quarter", number_word{word_role::half, 25});  // `a quarter-million`
    add_with_case_variants(t.number_words, "dozen", number_word{dozen, 12});
    // Range openers: leads the grammar pairs with their closing word, and the tilde.
    for (auto opener : {"between", "Between", "from", "From", "~"}) add_exact(t.range_openers, opener, no_value{});
}

}  // namespace figura::detail::grammar
