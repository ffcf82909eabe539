// The grammars' word tables are compiled at build time (tools/words_embed.cpp): whatever they were
// made from, they must be what filling them now from src/parse/words_*.cpp gives, and the parser over
// them must keep x3::symbols' longest match.

#include <catch2/catch.hpp>

#include <string>
#include <string_view>

#include "parse/word_list.hpp"
#include "parse/word_table.hpp"

namespace {

using namespace figura::detail::grammar;

bool same_value(int a, int b) { return a == b; }
bool same_value(figura::detail::lead_word a, figura::detail::lead_word b) { return a == b; }
bool same_value(figura::detail::number_word a, figura::detail::number_word b) { return a.role == b.role && a.value == b.value; }
bool same_value(no_value, no_value) { return true; }

template <class T>
void check_same(char const* name, word_table_data<T> const& table, word_list<T>& list) {
    INFO("table " << name);
    list.sort();
    REQUIRE(table.size == list.entries.size());
    CHECK(table.starts == list.starts());
    for (std::uint32_t i = 0; i < table.size; ++i) {
        auto const& e = table.entries[i];
        INFO("key " << i << ": " << list.key(list.entries[i]));
        CHECK(std::string_view(table.bytes + e.offset, e.length) == list.key(list.entries[i]));
        CHECK(same_value(e.value, list.entries[i].value));
    }
}

void check_same_tables(language_words const& compiled, language_word_lists& fresh) {
    check_same("currency_prefix", compiled.currency_prefix, fresh.currency_prefix);
    check_same("currency_suffix", compiled.currency_suffix, fresh.currency_suffix);
    check_same("currency_attached", compiled.currency_attached, fresh.currency_attached);
    check_same("scale_attached", compiled.scale_attached, fresh.scale_attached);
    check_same("scale_spaced", compiled.scale_spaced, fresh.scale_spaced);
    check_same("lead", compiled.lead, fresh.lead);
    check_same("trailing", compiled.trailing, fresh.trailing);
    check_same("range_openers", compiled.range_openers, fresh.range_openers);
    check_same("number_words", compiled.number_words, fresh.number_words);
    check_same("per_units", compiled.per_units, fresh.per_units);
    check_same("point_words", compiled.point_words, fresh.point_words);
    check_same("digit_words", compiled.digit_words, fresh.digit_words);
    check_same("scale_late", compiled.scale_late, fresh.scale_late);
    check_same("scale_nouns", compiled.scale_nouns, fresh.scale_nouns);
}

}  // namespace

TEST_CASE("grammar_words: the compiled English tables match a fresh fill key by key", "[grammar_words]") {
    language_word_lists fresh;
    fill_words_en(fresh);
    CHECK(fresh.currency_prefix.entries.size() > 100);
    check_same_tables(english_words, fresh);
}

TEST_CASE("grammar_words: the compiled Vietnamese tables match a fresh fill key by key", "[grammar_words]") {
    language_word_lists fresh;
    fill_words_vi(fresh);
    CHECK(fresh.currency_suffix.entries.size() > 100);
    check_same_tables(vietnamese_words, fresh);
}

TEST_CASE("grammar_words: a repeated key keeps its first value", "[grammar_words]") {
    word_list<int> list;
    list.add("tr", 6);
    list.add("t", 9);
    list.add("tr", 12);
    list.add("", 1);
    list.sort();
    REQUIRE(list.entries.size() == 2);
    CHECK(list.key(list.entries[0]) == "t");
    CHECK(list.key(list.entries[1]) == "tr");
    CHECK(list.entries[1].value == 6);
}

TEST_CASE("grammar_words: the table parser takes the longest key and nothing else", "[grammar_words]") {
    word_table<std::int32_t> const scale(vietnamese_words.scale_spaced);
    auto match = [&](std::string_view text) -> std::pair<std::int32_t, std::size_t> {
        char const* first = text.data();
        auto const* found = scale.match(first, text.data() + text.size());
        if (found == nullptr) {
            CHECK(first == text.data());
            return {-1, 0};
        }
        return {found->value, static_cast<std::size_t>(first - text.data())};
    };
    CHECK(match("nghìn tỷ đồng") == std::pair<std::int32_t, std::size_t>{12, std::string_view("nghìn tỷ").size()});
    CHECK(match("nghìn tấn") == std::pair<std::int32_t, std::size_t>{3, std::string_view("nghìn").size()});
    CHECK(match("Nghìn") == std::pair<std::int32_t, std::size_t>{3, std::string_view("Nghìn").size()});
    CHECK(match("nghì") == std::pair<std::int32_t, std::size_t>{-1, 0});
    CHECK(match("") == std::pair<std::int32_t, std::size_t>{-1, 0});
    CHECK(match("t") == std::pair<std::int32_t, std::size_t>{-1, 0});  // `T` is a scale, `t` is not
    CHECK(match("T") == std::pair<std::int32_t, std::size_t>{9, 1});
}
