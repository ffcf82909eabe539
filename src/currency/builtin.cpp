// builtin_currency_lexicon() and dollar_currencies() from the lexicon compiled at build time
// (lexicon_table.hpp): the forms build_currency_lexicon() gives, without reading ICU data at
// start-up (tests/unit/currency_test.cpp compares the two field by field).

#include <algorithm>
#include <string_view>

#include "currency/lexicon.hpp"
#include "currency/lexicon_table.hpp"

namespace figura::detail {

std::vector<std::string> split_choices(std::string_view codes) {
    std::vector<std::string> out;
    while (!codes.empty()) {
        auto const space = codes.find(' ');
        out.emplace_back(codes.substr(0, space));
        if (space == std::string_view::npos) break;
        codes.remove_prefix(space + 1);
    }
    return out;
}

namespace {

std::vector<currency_form> forms_of(lexicon_entry const* entries, std::size_t count) {
    std::vector<currency_form> out;
    out.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
        lexicon_entry const& e = entries[i];
        currency_form f;
        f.text = e.text;
        f.code = e.code;
        f.source = static_cast<currency_source>(e.source);
        f.reading = static_cast<currency_reading>(e.reading);
        f.exponent = e.exponent;
        f.attached = e.attached;
        f.choices = split_choices(e.choices);
        out.push_back(std::move(f));
    }
    return out;
}

}  // namespace

currency_lexicon const& builtin_currency_lexicon() {
    static currency_lexicon const lexicon = [] {
        auto const& t = builtin_lexicon_table;
        currency_lexicon out;
        out.prefixes = forms_of(t.prefixes, t.prefix_count);
        out.suffixes_en = forms_of(t.suffixes_en, t.suffix_en_count);
        out.suffixes_vi = forms_of(t.suffixes_vi, t.suffix_vi_count);
        return out;
    }();
    return lexicon;
}

std::vector<std::string> const& dollar_currencies() {
    static std::vector<std::string> const dollars(builtin_lexicon_table.dollars,
                                                  builtin_lexicon_table.dollars + builtin_lexicon_table.dollar_count);
    return dollars;
}

}  // namespace figura::detail

namespace figura {

bool is_iso_currency(std::string_view code) {
    auto const& t = detail::builtin_lexicon_table;
    return std::binary_search(t.iso_codes, t.iso_codes + t.iso_code_count, code);
}

}  // namespace figura
