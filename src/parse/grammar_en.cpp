// The English grammar's only translation unit: tables, instantiation and the Spirit-free entry.

#include <mutex>

#include "currency/lexicon.hpp"
#include "parse/config.hpp"
#include "parse/grammar.hpp"
#include "parse/grammar_en_def.hpp"

namespace figura::detail::grammar::en {

language_tables& tables() {
    static language_tables t;
    return t;
}

BOOST_SPIRIT_INSTANTIATE(expression_type, iterator_type, context_type)

namespace {

// First bytes of whole expressions and of lead words (qualifiers, cues, range openers); filled
// with the tables.
first_byte_set expression_starts;
first_byte_set lead_starts;

void fill_first_bytes() {
    auto const& t = tables();
    for (first_byte_set* set : {&expression_starts, &lead_starts}) {
        set->add_keys(t.lead);
        set->add("~");
        for (char const* opener : {"between", "Between", "from", "From"}) set->add(opener);
    }
    expression_starts.add_digits();
    expression_starts.add_keys(t.currency_prefix);
    expression_starts.add_keys(t.number_words);
}

void fill_tables() {
    auto& t = tables();
    auto const& lexicon = builtin_currency_lexicon();
    for (std::size_t i = 0; i < lexicon.prefixes.size(); ++i) add_exact(t.currency_prefix, lexicon.prefixes[i].text, static_cast<int>(i));
    for (std::size_t i = 0; i < lexicon.suffixes_en.size(); ++i) add_exact(t.currency_suffix, lexicon.suffixes_en[i].text, static_cast<int>(i));

    // Abbreviations may touch the digits (`14bn`); a lone letter must (`5 m` is five metres).
    for (auto [key, power] : {std::pair{"k", 3}, {"K", 3}, {"m", 6}, {"M", 6}, {"mn", 6}, {"mln", 6}, {"MM", 6}, {"b", 9},
                              {"B", 9}, {"bn", 9}, {"Bn", 9}, {"BN", 9}, {"bln", 9}, {"tn", 12}, {"trn", 12}, {"tln", 12},
                              {"T", 12}, {"cr", 7}, {"thousand", 3}, {"million", 6}, {"billion", 9}, {"trillion", 12}}) {
        add_exact(t.scale_attached, key, power);
    }
    for (auto [key, power] : {std::pair{"thousand", 3}, {"million", 6}, {"billion", 9}, {"trillion", 12}, {"mn", 6},
                              {"mln", 6}, {"bn", 9}, {"bln", 9}, {"tn", 12}, {"trn", 12}, {"lakh", 5}, {"lakh crore", 12},
                              {"crore", 7}, {"cr", 7}}) {
        add_with_case_variants(t.scale_spaced, key, std::int32_t{power});
    }

    using enum lead_word;
    for (auto [phrase, lead] : {
             std::pair{"about", approx}, {"around", approx}, {"roughly", approx}, {"some", approx}, {"nearly", approx},
             {"almost", approx}, {"approximately", approx}, {"approx.", approx}, {"close to", approx}, {"circa", approx},
             {"an estimated", approx}, {"estimated", approx}, {"around about", approx},
             {"less than", lt}, {"under", lt}, {"below", lt}, {"fewer than", lt}, {"just under", lt}, {"lower than", lt},
             {"at most", le}, {"no more than", le}, {"not more than", le}, {"up to", le}, {"as much as", le},
             {"as high as", le}, {"as many as", le}, {"a maximum of", le}, {"no higher than", le},
             {"more than", gt}, {"over", gt}, {"above", gt}, {"exceeding", gt}, {"upwards of", gt}, {"in excess of", gt},
             {"just over", gt}, {"higher than", gt}, {"greater than", gt},
             {"at least", ge}, {"no less than", ge}, {"not less than", ge}, {"a minimum of", ge}, {"as little as", ge},
             {"as low as", ge}, {"aged", aged}, {"in", year}}) {
        add_with_case_variants(t.lead, phrase, lead);
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
    fill_first_bytes();
}

}  // namespace
}  // namespace figura::detail::grammar::en

namespace figura::detail {

namespace {
std::once_flag tables_filled;
}

bool parse_expression_en(char const*& first, char const* last, expression_builder& builder) {
    std::call_once(tables_filled, grammar::en::fill_tables);
    builder.lang = language::en;
    if (!grammar::en::expression_starts.may_start(first, last)) return false;
    {
        // Every alternative of the expression opens with one of these; most candidate starts the
        // extractor tries open with none, and this says so for a fraction of the grammar's cost.
        namespace x3 = grammar::x3;
        auto const& t = grammar::en::tables();
        static auto const opener = x3::omit[t.lead] | x3::lit("between") | x3::lit("Between") | x3::lit("from") | x3::lit("From") | x3::lit('~') |
                                   x3::omit[t.currency_prefix] | x3::omit[t.number_words] | x3::ascii::digit;
        char const* probe = first;  // x3::parse advances its iterator
        if (!x3::parse(probe, last, opener)) return false;
    }
    builder.clear_memo();
    return grammar::x3::parse(first, last, grammar::x3::with<grammar::builder_tag>(builder)[grammar::en::expression]);
}


bool may_lead_en(char const* first, char const* last) {
    std::call_once(tables_filled, grammar::en::fill_tables);
    namespace x3 = grammar::x3;
    // Built once: copying a symbols parser per call would touch its shared table's reference count.
    static auto const lead = x3::omit[grammar::en::tables().lead] | x3::lit("between") | x3::lit("Between") | x3::lit("from") | x3::lit("From") | x3::lit('~');
    if (!grammar::en::lead_starts.may_start(first, last)) return false;
    return x3::parse(first, last, lead);
}

}  // namespace figura::detail
