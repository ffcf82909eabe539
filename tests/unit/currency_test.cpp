// Tests for the currency lexicon (src/currency/lexicon.cpp), the case variants it is built with
// (src/unicode/case.cpp), and figura::is_iso_currency / currency_display_name.

#include <catch2/catch.hpp>

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <set>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "currency/lexicon.hpp"
#include "currency/lexicon_table.hpp"
#include "figura/currency.hpp"
#include "figura/error.hpp"
#include "unicode/text.hpp"

namespace {

using figura::currency_source;
using figura::detail::currency_form;
using figura::detail::currency_reading;

currency_form const* find_form(std::vector<currency_form> const& list, std::string_view text) {
    auto it = std::find_if(list.begin(), list.end(), [&](currency_form const& f) { return f.text == text; });
    return it == list.end() ? nullptr : &*it;
}

// Checks one form's code, source and reading; a missing form fails with its text in the report.
void check_form(std::vector<currency_form> const& list, std::string_view text, std::string_view code,
                currency_source source, currency_reading reading = currency_reading::fixed) {
    INFO("form: \"" << std::string(text) << "\"");
    currency_form const* f = find_form(list, text);
    REQUIRE(f != nullptr);
    CHECK(f->code == code);
    CHECK(f->source == source);
    CHECK(f->reading == reading);
}

void check_absent(std::vector<currency_form> const& list, std::string_view text) {
    INFO("form that must be absent: \"" << std::string(text) << "\"");
    CHECK(find_form(list, text) == nullptr);
}

bool is_nfc(std::string const& utf8) {
    UErrorCode status = U_ZERO_ERROR;
    icu::Normalizer2 const* nfc = icu::Normalizer2::getNFCInstance(status);
    REQUIRE(U_SUCCESS(status));
    bool const normalized = nfc->isNormalized(icu::UnicodeString::fromUTF8(utf8), status);
    REQUIRE(U_SUCCESS(status));
    return normalized;
}

auto const& lexicon() { return figura::detail::builtin_currency_lexicon(); }

}  // namespace

TEST_CASE("currency: case_variants gives lower, sentence, title and upper case, phrase first", "[currency][case]") {
    using figura::detail::case_variants;
    CHECK(case_variants("nhân dân tệ") ==
          std::vector<std::string>{"nhân dân tệ", "Nhân dân tệ", "Nhân Dân Tệ", "NHÂN DÂN TỆ"});
    // The phrase itself stays first even when it is not lower case.
    CHECK(case_variants("Nhân dân tệ") ==
          std::vector<std::string>{"Nhân dân tệ", "nhân dân tệ", "Nhân Dân Tệ", "NHÂN DÂN TỆ"});
    // Sentence and title case keep capitals already written (acronyms, proper nouns).
    CHECK(case_variants("US dollars") == std::vector<std::string>{"US dollars", "us dollars", "US Dollars", "US DOLLARS"});
    CHECK(case_variants("đô la Mỹ") ==
          std::vector<std::string>{"đô la Mỹ", "đô la mỹ", "Đô la Mỹ", "Đô La Mỹ", "ĐÔ LA MỸ"});
    // Duplicates collapse: an all-caps code has no other variant but its lower case.
    CHECK(case_variants("NDT") == std::vector<std::string>{"NDT", "ndt"});
    CHECK(case_variants("") == std::vector<std::string>{""});
}

TEST_CASE("currency: case_variants returns NFC even for decomposed input", "[currency][case]") {
    // "tệ" written as t + e + U+0323 (dot below) + U+0302 (circumflex).
    std::string const decomposed = "t\x65\xcc\xa3\xcc\x82";
    auto const variants = figura::detail::case_variants(decomposed);
    CHECK(variants == std::vector<std::string>{"tệ", "Tệ", "TỆ"});
}

TEST_CASE("currency: to_lower lower-cases Vietnamese with ICU", "[currency][case]") {
    CHECK(figura::detail::to_lower("ĐÔ LA Mỹ") == "đô la mỹ");
    CHECK(figura::detail::to_lower("NHÂN DÂN TỆ") == "nhân dân tệ");
    CHECK(figura::detail::to_lower("US$") == "us$");
    CHECK(figura::detail::to_lower("") == "");
}

TEST_CASE("currency: case mapping rejects invalid UTF-8 naming the byte", "[currency][case]") {
    std::string const bad = std::string("ab") + '\xff' + "c";
    try {
        (void)figura::detail::case_variants(bad);
        FAIL("no exception for invalid UTF-8");
    } catch (figura::exception const& e) {
        CHECK(e.details().id == "F-CASE-001");
        CHECK(e.details().where.begin == 2);
        CHECK(std::string(e.what()).find("byte 2") != std::string::npos);
    }
    CHECK_THROWS_AS(figura::detail::to_lower("\xc3"), figura::exception);  // truncated sequence
}

TEST_CASE("currency: prefixes hold figura's symbols and code-like forms", "[currency][en][vi]") {
    auto const& p = lexicon().prefixes;
    check_form(p, "$", "USD", currency_source::symbol, currency_reading::dollar);
    check_form(p, "US$", "USD", currency_source::symbol);
    check_form(p, "U.S.$", "USD", currency_source::symbol);
    check_form(p, "HK$", "HKD", currency_source::symbol);
    check_form(p, "S$", "SGD", currency_source::symbol);
    check_form(p, "A$", "AUD", currency_source::symbol);
    check_form(p, "AU$", "AUD", currency_source::symbol);
    check_form(p, "C$", "CAD", currency_source::symbol);
    check_form(p, "CA$", "CAD", currency_source::symbol);
    check_form(p, "NZ$", "NZD", currency_source::symbol);
    check_form(p, "NT$", "TWD", currency_source::symbol);
    check_form(p, "R$", "BRL", currency_source::symbol);
    check_form(p, "€", "EUR", currency_source::symbol);
    check_form(p, "£", "GBP", currency_source::symbol);
    check_form(p, "¥", "JPY", currency_source::symbol, currency_reading::yen);
    check_form(p, "￥", "CNY", currency_source::symbol);
    check_form(p, "₫", "VND", currency_source::symbol);
    check_form(p, "₩", "KRW", currency_source::symbol);
    check_form(p, "₹", "INR", currency_source::symbol);
    check_form(p, "฿", "THB", currency_source::symbol);
    check_form(p, "Rmb", "CNY", currency_source::code);
    check_form(p, "RMB", "CNY", currency_source::code);
    check_form(p, "rmb", "CNY", currency_source::code);
    // Letter-only abbreviations are code-like.
    check_form(p, "Rs", "INR", currency_source::code);
    check_form(p, "RM", "MYR", currency_source::code);
    check_form(p, "Rp", "IDR", currency_source::code);
    check_form(p, "USD", "USD", currency_source::code);
    check_form(p, "CNY", "CNY", currency_source::code);
    check_form(p, "VND", "VND", currency_source::code);
    check_form(p, "CAD", "CAD", currency_source::code);
    check_form(p, "BGN", "BGN", currency_source::code);
    // ICU symbols figura's table does not define.
    check_form(p, "CN¥", "CNY", currency_source::symbol);
    check_form(p, "MX$", "MXN", currency_source::symbol);
    check_form(p, "₪", "ILS", currency_source::symbol);
    // Codes are never lower-cased, names are not prefixes.
    check_absent(p, "usd");
    check_absent(p, "yuan");
}

TEST_CASE("currency: ISO codes that are words or acronyms are never read as currencies", "[currency][en][vi]") {
    auto const& lex = lexicon();
    for (std::string_view code : {"ALL", "TOP", "CUP", "MOP", "PEN", "SOS", "MAD", "TRY", "AMD", "BAM", "GEL", "ANG",
                                  "BOB", "COP", "CVE", "IRR", "KGS", "PHP", "RON", "SAR", "SDG"}) {
        check_absent(lex.prefixes, code);
        check_absent(lex.suffixes_en, code);
        check_absent(lex.suffixes_vi, code);
        CHECK(figura::is_iso_currency(code));  // still a currency, just not read from text
    }
    // Their names and signs still are.
    check_form(lex.suffixes_en, "Turkish lira", "TRY", currency_source::name);
    check_form(lex.prefixes, "₱", "PHP", currency_source::symbol);
}

TEST_CASE("currency: English suffixes hold colloquial forms, codes and ICU names", "[currency][en]") {
    auto const& s = lexicon().suffixes_en;
    check_form(s, "yuan", "CNY", currency_source::name);
    check_form(s, "Yuan", "CNY", currency_source::name);
    check_form(s, "renminbi", "CNY", currency_source::name);
    check_form(s, "Chinese yuan renminbi", "CNY", currency_source::name);
    check_form(s, "RMB", "CNY", currency_source::code);
    check_form(s, "dollar", "USD", currency_source::name, currency_reading::dollar);
    check_form(s, "dollars", "USD", currency_source::name, currency_reading::dollar);
    check_form(s, "US dollar", "USD", currency_source::name);
    check_form(s, "US dollars", "USD", currency_source::name);
    check_form(s, "U.S. dollars", "USD", currency_source::name);
    check_form(s, "euro", "EUR", currency_source::name);
    check_form(s, "euros", "EUR", currency_source::name);
    check_form(s, "yen", "JPY", currency_source::name);
    check_form(s, "dong", "VND", currency_source::name);
    check_form(s, "Vietnamese dong", "VND", currency_source::name);
    check_form(s, "pounds sterling", "GBP", currency_source::name);
    check_form(s, "sterling", "GBP", currency_source::name);
    check_form(s, "British pounds", "GBP", currency_source::name);
    check_form(s, "HK dollars", "HKD", currency_source::name);
    check_form(s, "Singapore dollars", "SGD", currency_source::name);
    check_form(s, "USD", "USD", currency_source::code);
    check_form(s, "EUR", "EUR", currency_source::code);
    check_form(s, "€", "EUR", currency_source::symbol);
    check_form(s, "¥", "JPY", currency_source::symbol, currency_reading::yen);
    // ICU/CLDR en display and plural names, with case variants.
    check_form(s, "Hong Kong dollars", "HKD", currency_source::name);
    check_form(s, "Chinese yuan", "CNY", currency_source::name);
    check_form(s, "Japanese yen", "JPY", currency_source::name);
    check_form(s, "Swiss francs", "CHF", currency_source::name);
    check_form(s, "South Korean won", "KRW", currency_source::name);
    check_form(s, "south korean won", "KRW", currency_source::name);
    check_form(s, "SOUTH KOREAN WON", "KRW", currency_source::name);
    // Homonyms are in the lexicon and guarded where they are read (a weight, a verb): see the
    // extract tests. Title-case "Pounds" (a surname, a headline word) is not.
    check_form(s, "pound", "GBP", currency_source::name);
    check_form(s, "pounds", "GBP", currency_source::name);
    check_absent(s, "Pounds");
    check_form(s, "won", "KRW", currency_source::name);
    check_form(s, "$", "USD", currency_source::symbol, currency_reading::dollar);
    check_form(s, "US$", "USD", currency_source::symbol);
    // The wider world's names; names several countries share are a choice among them.
    check_form(s, "reais", "BRL", currency_source::name);
    check_form(s, "shekels", "ILS", currency_source::name);
    check_form(s, "NIS", "ILS", currency_source::code);
    check_form(s, "pesos", "PHP", currency_source::name, currency_reading::choice);
    check_form(s, "lira", "TRY", currency_source::name, currency_reading::choice);
    check_form(s, "dinars", "KWD", currency_source::name, currency_reading::choice);
}

TEST_CASE("currency: subunits and multiples carry their power of ten", "[currency][en][vi]") {
    auto const& lex = lexicon();
    auto const exponent_of = [](std::vector<currency_form> const& list, std::string_view text) {
        currency_form const* f = find_form(list, text);
        REQUIRE(f != nullptr);
        return f->exponent;
    };
    CHECK(exponent_of(lex.suffixes_en, "cents") == -2);
    CHECK(exponent_of(lex.suffixes_en, "US cents") == -2);
    CHECK(exponent_of(lex.suffixes_en, "pence") == -2);
    CHECK(exponent_of(lex.suffixes_en, "p") == -2);
    CHECK(find_form(lex.suffixes_en, "p")->attached);
    CHECK_FALSE(find_form(lex.suffixes_en, "pence")->attached);
    CHECK(exponent_of(lex.suffixes_vi, "xu Anh") == -2);
    CHECK(exponent_of(lex.suffixes_vi, "man") == 4);
    CHECK(exponent_of(lex.prefixes, "MUSD") == 6);
    CHECK(exponent_of(lex.suffixes_en, "dollars") == 0);
    auto const* peso = find_form(lex.suffixes_en, "peso");
    REQUIRE(peso != nullptr);
    REQUIRE(peso->choices.size() > 2);
    CHECK(peso->choices.front() == "PHP");
    CHECK(std::find(peso->choices.begin(), peso->choices.end(), "MXN") != peso->choices.end());
}

TEST_CASE("currency: a country the line names decides a shared name", "[currency]") {
    std::vector<std::string> const pesos = {"PHP", "MXN", "ARS"};
    auto const* mexico = figura::detail::currency_by_country(pesos, "Mexico's central bank cut rates.");
    REQUIRE(mexico != nullptr);
    CHECK(*mexico == "MXN");
    CHECK(figura::detail::currency_by_country(pesos, "The bank cut rates.") == nullptr);
}

TEST_CASE("currency: Vietnamese suffixes hold colloquial forms, ICU vi names and English forms", "[currency][vi]") {
    auto const& s = lexicon().suffixes_vi;
    check_form(s, "đồng", "VND", currency_source::name);
    check_form(s, "ĐỒNG", "VND", currency_source::name);
    check_form(s, "VNĐ", "VND", currency_source::code);
    check_form(s, "VND", "VND", currency_source::code);
    check_form(s, "vnđ", "VND", currency_source::code);
    check_form(s, "đ", "VND", currency_source::symbol);
    check_form(s, "₫", "VND", currency_source::symbol);
    check_form(s, "nhân dân tệ", "CNY", currency_source::name);
    check_form(s, "Nhân dân tệ", "CNY", currency_source::name);
    check_form(s, "NHÂN DÂN TỆ", "CNY", currency_source::name);
    check_form(s, "NDT", "CNY", currency_source::code);
    check_form(s, "tệ", "CNY", currency_source::name);
    check_form(s, "đô la Mỹ", "USD", currency_source::name);
    check_form(s, "đôla Mỹ", "USD", currency_source::name);
    check_form(s, "đô-la Mỹ", "USD", currency_source::name);
    check_form(s, "USD", "USD", currency_source::code);
    check_form(s, "đô la", "USD", currency_source::name, currency_reading::dollar);
    check_form(s, "đôla", "USD", currency_source::name, currency_reading::dollar);
    check_form(s, "đô", "USD", currency_source::name, currency_reading::dollar);
    check_form(s, "$", "USD", currency_source::symbol, currency_reading::dollar);
    // CLDR vi puts the symbol after the number: "40 US$", "14 T US$", "100 CN¥".
    check_form(s, "US$", "USD", currency_source::symbol);
    check_form(s, "HK$", "HKD", currency_source::symbol);
    check_form(s, "CN¥", "CNY", currency_source::symbol);
    check_form(s, "¥", "JPY", currency_source::symbol, currency_reading::yen);
    check_form(s, "Mỹ kim", "USD", currency_source::name);
    check_form(s, "mỹ kim", "USD", currency_source::name);
    check_form(s, "yên", "JPY", currency_source::name);
    check_form(s, "yên Nhật", "JPY", currency_source::name);
    check_form(s, "yen", "JPY", currency_source::name);
    check_form(s, "euro", "EUR", currency_source::name);
    check_form(s, "Euro", "EUR", currency_source::name);
    check_form(s, "EURO", "EUR", currency_source::name);
    check_form(s, "bảng Anh", "GBP", currency_source::name);
    check_form(s, "won Hàn Quốc", "KRW", currency_source::name);
    check_form(s, "bạt Thái", "THB", currency_source::name);
    check_form(s, "ringgit", "MYR", currency_source::name);
    check_form(s, "rupee", "INR", currency_source::name);
    check_form(s, "rúp", "RUB", currency_source::name);
    check_form(s, "đô la Hồng Kông", "HKD", currency_source::name);
    check_form(s, "đô la Singapore", "SGD", currency_source::name);
    check_form(s, "đô la Úc", "AUD", currency_source::name);
    check_form(s, "đô la Canada", "CAD", currency_source::name);
    check_form(s, "Đài tệ", "TWD", currency_source::name);
    check_form(s, "franc Thụy Sĩ", "CHF", currency_source::name);
    // ICU/CLDR vi names.
    check_form(s, "Yên Nhật", "JPY", currency_source::name);
    check_form(s, "Bảng Anh", "GBP", currency_source::name);
    check_form(s, "Đồng Việt Nam", "VND", currency_source::name);
    check_form(s, "Đô la Australia", "AUD", currency_source::name);
    check_form(s, "Won Hàn Quốc", "KRW", currency_source::name);
    // "đồng" before a currency name is a classifier, not VND.
    check_form(s, "đồng nhân dân tệ", "CNY", currency_source::name);
    check_form(s, "đồng Nhân dân tệ", "CNY", currency_source::name);
    check_form(s, "đồng euro", "EUR", currency_source::name);
    check_form(s, "đồng USD", "USD", currency_source::code);
    check_form(s, "đồng bảng", "GBP", currency_source::name);
    // English forms are read in Vietnamese text too.
    check_form(s, "yuan", "CNY", currency_source::name);
    check_form(s, "US dollars", "USD", currency_source::name);
    check_form(s, "Chinese yuan", "CNY", currency_source::name);
    // `bảng` after an amount is the pound, guarded where it is read (`bảng xếp hạng`); the
    // capitalised forms and tarpaulin, Đồng Nai, Yên Bái are absent.
    check_form(s, "bảng", "GBP", currency_source::name);
    check_absent(s, "Bảng");
    check_absent(s, "bạt");
    check_absent(s, "Đồng");
    check_absent(s, "Yên");
    // Country dollars in every spelling, also after the classifier.
    check_form(s, "đôla Singapore", "SGD", currency_source::name);
    check_form(s, "đô Úc", "AUD", currency_source::name);
    check_form(s, "đồng đô la Canada", "CAD", currency_source::name);
    check_form(s, "Úc kim", "AUD", currency_source::name);
    check_form(s, "xu Anh", "GBP", currency_source::name);
    check_form(s, "rupi", "INR", currency_source::name);
}

TEST_CASE("currency: lexicon keys are unique, NFC, trimmed, with ISO codes", "[currency]") {
    auto const& lex = lexicon();
    for (auto const* list : {&lex.prefixes, &lex.suffixes_en, &lex.suffixes_vi}) {
        REQUIRE(list->size() > 100);
        std::set<std::string> seen;
        for (currency_form const& f : *list) {
            INFO("form: \"" << f.text << "\" -> " << f.code);
            CHECK(seen.insert(f.text).second);
            CHECK(!f.text.empty());
            CHECK(f.text.front() != ' ');
            CHECK(f.text.back() != ' ');
            CHECK(f.text.find('(') == std::string::npos);  // no "(1964—2022)" labels
            CHECK(is_nfc(f.text));
            CHECK(figura::is_iso_currency(f.code));
            CHECK(f.source != currency_source::none);
            CHECK(f.source != currency_source::implied);
            if (f.reading == currency_reading::dollar) CHECK(f.code == "USD");
            if (f.reading == currency_reading::yen) CHECK(f.code == "JPY");
        }
    }
}

// The built-in lexicon is compiled at build time (tools/lexicon_embed.cpp); whatever it was made
// from, every field of every form must be what building it now from the code and ICU gives.
static void check_same_forms(std::vector<figura::detail::currency_form> const& compiled,
                      std::vector<figura::detail::currency_form> const& fresh) {
    REQUIRE(compiled.size() == fresh.size());
    for (std::size_t i = 0; i < compiled.size(); ++i) {
        INFO("form " << i << ": " << fresh[i].text);
        CHECK(compiled[i].text == fresh[i].text);
        CHECK(compiled[i].code == fresh[i].code);
        CHECK(compiled[i].source == fresh[i].source);
        CHECK(compiled[i].reading == fresh[i].reading);
        CHECK(compiled[i].exponent == fresh[i].exponent);
        CHECK(compiled[i].attached == fresh[i].attached);
        CHECK(compiled[i].choices == fresh[i].choices);
    }
}

TEST_CASE("currency: the compiled lexicon is built once and matches a fresh build field by field", "[currency]") {
    auto const& a = figura::detail::builtin_currency_lexicon();
    auto const fresh = figura::detail::build_currency_lexicon();
    CHECK(&a == &figura::detail::builtin_currency_lexicon());
    check_same_forms(a.prefixes, fresh.prefixes);
    check_same_forms(a.suffixes_en, fresh.suffixes_en);
    check_same_forms(a.suffixes_vi, fresh.suffixes_vi);
    CHECK(figura::detail::dollar_currencies() == figura::detail::build_dollar_currencies());
    // Forms with choices exist, so the comparison above covers them.
    CHECK(std::any_of(fresh.suffixes_en.begin(), fresh.suffixes_en.end(), [](auto const& f) { return f.choices.size() > 1; }));
}

TEST_CASE("currency: the compiled ISO code list is ICU's, sorted, for is_iso_currency", "[currency]") {
    auto const& t = figura::detail::builtin_lexicon_table;
    std::vector<std::string> const compiled(t.iso_codes, t.iso_codes + t.iso_code_count);
    auto const fresh = figura::detail::build_iso_codes();
    CHECK(compiled == fresh);
    CHECK(std::is_sorted(compiled.begin(), compiled.end()));
    REQUIRE(compiled.size() > 250);  // current and historic codes
    for (auto const& code : fresh) CHECK(figura::is_iso_currency(code));
}

TEST_CASE("currency: concurrent first use sees one lexicon", "[currency]") {
    // The function-local statics must tolerate racing first calls; builtin_currency_lexicon may
    // already be built by an earlier test case, dollar_currencies too: the check is on identity.
    std::vector<figura::detail::currency_lexicon const*> seen(4, nullptr);
    std::vector<std::thread> threads;
    for (std::size_t i = 0; i < seen.size(); ++i) {
        threads.emplace_back([&seen, i] {
            seen[i] = &figura::detail::builtin_currency_lexicon();
            (void)figura::detail::dollar_currencies();
            (void)figura::is_iso_currency("USD");
        });
    }
    for (auto& t : threads) t.join();
    for (auto const* p : seen) CHECK(p == seen.front());
}

TEST_CASE("currency: dollar_currencies lists the likely dollars first, then ICU's other dollars", "[currency]") {
    auto const& d = figura::detail::dollar_currencies();
    REQUIRE(d.size() > 7);
    CHECK(std::vector<std::string>(d.begin(), d.begin() + 7) ==
          std::vector<std::string>{"USD", "HKD", "SGD", "AUD", "CAD", "NZD", "TWD"});
    CHECK(std::find(d.begin(), d.end(), "BND") != d.end());
    CHECK(std::find(d.begin(), d.end(), "XCD") != d.end());
    CHECK(std::find(d.begin(), d.end(), "EUR") == d.end());
    CHECK(std::find(d.begin(), d.end(), "MXN") == d.end());  // a peso, despite the "$" sign
    CHECK(std::set<std::string>(d.begin(), d.end()).size() == d.size());
}

TEST_CASE("currency: is_iso_currency knows current and historic ISO codes only", "[currency]") {
    CHECK(figura::is_iso_currency("BGN"));
    CHECK(figura::is_iso_currency("USD"));
    CHECK(figura::is_iso_currency("VND"));
    CHECK(figura::is_iso_currency("DEM"));  // Deutsche Mark, historic
    CHECK_FALSE(figura::is_iso_currency("XYZ"));
    CHECK_FALSE(figura::is_iso_currency("usd"));
    CHECK_FALSE(figura::is_iso_currency("US"));
    CHECK_FALSE(figura::is_iso_currency("USDX"));
    CHECK_FALSE(figura::is_iso_currency(""));
    CHECK_FALSE(figura::is_iso_currency("RMB"));  // a colloquial code, not ISO
}

TEST_CASE("currency: currency_display_name gives CLDR names in en and vi", "[currency][en][vi]") {
    using figura::currency_display_name;
    CHECK(currency_display_name("CNY", "vi") == std::optional<std::string>("Nhân dân tệ"));
    CHECK(currency_display_name("CNY", "en") == std::optional<std::string>("Chinese Yuan"));
    CHECK(currency_display_name("USD", "en") == std::optional<std::string>("US Dollar"));
    CHECK(currency_display_name("USD", "vi") == std::optional<std::string>("Đô la Mỹ"));
    CHECK(currency_display_name("JPY", "vi") == std::optional<std::string>("Yên Nhật"));
    CHECK(currency_display_name("GBP", "vi") == std::optional<std::string>("Bảng Anh"));
    CHECK(currency_display_name("VND", "en") == std::optional<std::string>("Vietnamese Dong"));
    CHECK(currency_display_name("VND", "vi") == std::optional<std::string>("Đồng Việt Nam"));
    CHECK(currency_display_name("XYZ", "en") == std::nullopt);
    CHECK(currency_display_name("usd", "en") == std::nullopt);
    CHECK(currency_display_name("USD", "fr") == std::nullopt);
    CHECK(currency_display_name("USD", "") == std::nullopt);
}
