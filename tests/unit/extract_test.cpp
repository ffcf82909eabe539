// Acceptance tests for figura::extract and figura::detect_language: several figures per text with
// their spans (bytes into the caller's text, 1-based line, code-point column), per-line language
// detection, parenthetical equivalents, homonyms that are not money, NFD input, invalid UTF-8 and
// hostile input. Expected readings come from docs/DESIGN.md and the parser issue.

#include <catch2/catch.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "figura/parse.hpp"
#include "parse/numbers.hpp"
#include "unicode/text.hpp"

namespace {

using figura::figure;
using figura::figure_kind;
using figura::language;
using figura::qualifier;

figura::decimal dec(std::string_view text) { return figura::decimal::from_string(text); }

std::string describe(figure const& f) {
    std::string out = std::string(figura::to_string(f.kind)) + " " + f.value.to_string();
    out += " " + (f.currency.code.empty() ? std::string("-") : f.currency.code);
    out += ' ';
    out += figura::to_string(f.qual);
    out += " lang=" + std::string(figura::to_string(f.lang));
    out += " span=[" + std::to_string(f.span.begin) + "," + std::to_string(f.span.end) + ") " +
           std::to_string(f.span.line) + ":" + std::to_string(f.span.column);
    out += " text='" + f.text + "'";
    if (f.equivalent_of) out += " equivalent_of=" + std::to_string(*f.equivalent_of);
    return out;
}

std::string describe(std::vector<figure> const& figures) {
    std::string out = std::to_string(figures.size()) + " figure(s)";
    for (auto const& f : figures) out += "\n  " + describe(f);
    return out;
}

std::vector<figure> extract_ok(std::string_view text, figura::parse_options const& options = {}) {
    INFO("text: " << text);
    auto result = figura::extract(text, options);
    if (!result) {
        FAIL("extract failed: " << result.error().id << " at " << result.error().where.line << ":"
                                << result.error().where.column << ": " << result.error().message);
    }
    return std::move(result).value();
}

std::vector<figure> money_of(std::vector<figure> const& figures) {
    std::vector<figure> out;
    for (auto const& f : figures)
        if (f.kind == figure_kind::money) out.push_back(f);
    return out;
}

/// Expected place of one figure: byte range, line and code-point column.
struct place {
    std::size_t begin, end, line, column;
};

void check_place(figure const& f, place const& p, std::string_view text) {
    INFO("figure: " << describe(f));
    CHECK(f.span.begin == p.begin);
    CHECK(f.span.end == p.end);
    CHECK(f.span.line == p.line);
    CHECK(f.span.column == p.column);
    CHECK(f.text == text.substr(p.begin, p.end - p.begin));
}

/// Invariants every extracted figure must satisfy, whatever the input.
void check_invariants(std::vector<figure> const& figures, std::string_view text) {
    std::size_t previous_begin = 0;
    for (std::size_t i = 0; i < figures.size(); ++i) {
        auto const& f = figures[i];
        INFO("figure " << i << ": " << describe(f));
        REQUIRE(f.span.begin < f.span.end);
        REQUIRE(f.span.end <= text.size());
        CHECK(f.span.begin >= previous_begin);
        CHECK(f.span.line >= 1);
        CHECK(f.span.column >= 1);
        CHECK(f.text == text.substr(f.span.begin, f.span.end - f.span.begin));
        if (f.kind == figure_kind::money) CHECK_FALSE(f.currency.code.empty());
        if (f.equivalent_of) CHECK(*f.equivalent_of < i);
        if (f.qual == qualifier::exact && !f.is_range()) CHECK(f.bounds.contains(f.value));
        previous_begin = f.span.begin;
    }
}

}  // namespace

TEST_CASE("extract: English paragraph with several figures and their spans", "[extract][en]") {
    std::string_view const text =
        "China has introduced a Rmb10tn ($1.4tn) fiscal package. Officials said as much as 100bn yuan "
        "could go to chips, and that 10,000 GPUs were bought in 2021.";
    auto const figures = extract_ok(text);
    INFO(describe(figures));
    REQUIRE(figures.size() == 5);
    check_invariants(figures, text);

    CHECK(figures[0].kind == figure_kind::money);
    CHECK(figures[0].value == dec("10000000000000"));
    CHECK(figures[0].currency.code == "CNY");
    CHECK(figures[0].lang == language::en);
    CHECK_FALSE(figures[0].equivalent_of);
    check_place(figures[0], {23, 30, 1, 24}, text);

    CHECK(figures[1].kind == figure_kind::money);
    CHECK(figures[1].value == dec("1400000000000"));
    CHECK(figures[1].currency.code == "USD");
    REQUIRE(figures[1].equivalent_of);
    CHECK(*figures[1].equivalent_of == 0);
    check_place(figures[1], {32, 38, 1, 33}, text);

    CHECK(figures[2].kind == figure_kind::money);
    CHECK(figures[2].value == dec("100000000000"));
    CHECK(figures[2].currency.code == "CNY");
    CHECK(figures[2].qual == qualifier::le);
    CHECK_FALSE(figures[2].equivalent_of);
    check_place(figures[2], {71, 92, 1, 72}, text);

    CHECK(figures[3].kind == figure_kind::count);
    CHECK(figures[3].value == dec("10000"));
    CHECK(figures[3].span.begin == 121);
    CHECK(figures[3].span.column == 122);

    CHECK(figures[4].kind == figure_kind::year);
    CHECK(figures[4].value == dec("2021"));
    CHECK(figures[4].span.begin <= 148);
    CHECK(figures[4].span.end >= 152);
}

TEST_CASE("extract: Vietnamese text, columns count code points after diacritics", "[extract][vi]") {
    std::string_view const text =
        "Hanoi Metro cho biết đã huy động 2.500 tỷ đồng (khoảng 100 triệu USD) vào năm 2023.\n"
        "Công ty cho biết chi phí dưới 5 triệu USD.";
    auto const figures = extract_ok(text);
    INFO(describe(figures));
    check_invariants(figures, text);
    REQUIRE(figures.size() == 4);

    CHECK(figures[0].kind == figure_kind::money);
    CHECK(figures[0].value == dec("2500000000000"));
    CHECK(figures[0].currency.code == "VND");
    CHECK(figures[0].lang == language::vi);
    check_place(figures[0], {40, 58, 1, 34}, text);

    CHECK(figures[1].kind == figure_kind::money);
    CHECK(figures[1].value == dec("100000000"));
    CHECK(figures[1].currency.code == "USD");
    CHECK(figures[1].qual == qualifier::approx);
    REQUIRE(figures[1].equivalent_of);
    CHECK(*figures[1].equivalent_of == 0);
    check_place(figures[1], {60, 84, 1, 49}, text);

    CHECK(figures[2].kind == figure_kind::year);
    CHECK(figures[2].value == dec("2023"));
    CHECK(figures[2].span.begin <= 96);
    CHECK(figures[2].span.end >= 100);

    CHECK(figures[3].kind == figure_kind::money);
    CHECK(figures[3].value == dec("5000000"));
    CHECK(figures[3].qual == qualifier::lt);
    CHECK(figures[3].bounds == figura::interval{figura::bound{dec("0"), true}, figura::bound{dec("5000000"), false}});
    CHECK_FALSE(figures[3].equivalent_of);
    check_place(figures[3], {131, 152, 2, 26}, text);
}

TEST_CASE("extract: the language is detected per line in mixed text", "[extract][en][vi]") {
    std::string_view const text =
        "Revenue was $2,500 last year.\n"
        "Doanh thu đạt 2,500 tỷ đồng.\n"
        "China bought 10,000 GPUs.\n"
        "Trung Quốc mua 10.000 GPU.";
    auto const figures = extract_ok(text);
    INFO(describe(figures));
    check_invariants(figures, text);
    REQUIRE(figures.size() == 4);

    CHECK(figures[0].lang == language::en);
    CHECK(figures[0].kind == figure_kind::money);
    CHECK(figures[0].value == dec("2500"));
    CHECK(figures[0].currency.code == "USD");
    check_place(figures[0], {12, 18, 1, 13}, text);

    // Same digits, Vietnamese convention: the comma is the decimal mark.
    CHECK(figures[1].lang == language::vi);
    CHECK(figures[1].kind == figure_kind::money);
    CHECK(figures[1].value == dec("2500000000"));
    CHECK(figures[1].currency.code == "VND");
    check_place(figures[1], {47, 65, 2, 15}, text);

    CHECK(figures[2].lang == language::en);
    CHECK(figures[2].kind == figure_kind::count);
    CHECK(figures[2].value == dec("10000"));
    CHECK(figures[2].span.begin == 80);
    CHECK(figures[2].span.line == 3);
    CHECK(figures[2].span.column == 14);

    CHECK(figures[3].lang == language::vi);
    CHECK(figures[3].kind == figure_kind::count);
    CHECK(figures[3].value == dec("10000"));
    CHECK(figures[3].span.begin == 110);
    CHECK(figures[3].span.line == 4);
    CHECK(figures[3].span.column == 16);
}

TEST_CASE("extract: a given language overrides detection", "[extract][en][vi]") {
    // "Doanh thu" has no Vietnamese-only letter, so detection alone cannot call this line Vietnamese.
    std::string_view const text = "Doanh thu 10.000 GPU";
    figura::parse_options options;
    options.lang = language::vi;
    auto const forced = extract_ok(text, options);
    INFO(describe(forced));
    REQUIRE(forced.size() == 1);
    CHECK(forced[0].lang == language::vi);
    CHECK(forced[0].kind == figure_kind::count);
    CHECK(forced[0].value == dec("10000"));

    options.lang = language::en;
    auto const english = extract_ok(text, options);
    INFO(describe(english));
    REQUIRE(english.size() == 1);
    CHECK(english[0].lang == language::en);
    CHECK(english[0].value == dec("10"));
}

TEST_CASE("extract: detect_language judges by Vietnamese letters", "[extract][en][vi]") {
    CHECK(figura::detect_language("Doanh thu đạt 2,5 tỷ đồng") == language::vi);
    CHECK(figura::detect_language("Công ty cho biết chi phí dưới 5 triệu USD.") == language::vi);
    CHECK(figura::detect_language("Revenue was $2.5bn last year.") == language::en);
    CHECK(figura::detect_language("China has introduced a Rmb10tn ($1.4tn) fiscal package.") == language::en);
    CHECK(figura::detect_language("12,345 $ 678 - 90%") == std::nullopt);
    CHECK(figura::detect_language("") == std::nullopt);
}

namespace {

std::string encode_utf8(char32_t cp) {
    std::string s;
    if (cp < 0x800) {
        s += static_cast<char>(0xC0 | (cp >> 6));
    } else {
        s += static_cast<char>(0xE0 | (cp >> 12));
        s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    }
    s += static_cast<char>(0x80 | (cp & 0x3F));
    return s;
}

// detect_language by its definition, one code point at a time over the whole text: words are runs
// of letters (ASCII a-z A-Z, or figura's word code points beyond ASCII; ill-formed bytes are not),
// Vietnamese when one letter is; `vi` when at least a fifth of the words are, none without words.
std::optional<language> reference_language(std::string_view text) {
    auto const vietnamese_letter = [](char32_t cp) {
        if (cp >= 0x1EA0 && cp <= 0x1EF9) return true;
        std::u32string_view const others = U"ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúýĂăĐđĨĩŨũƠơƯư";
        return others.find(cp) != std::u32string_view::npos;
    };
    std::size_t words = 0;
    std::size_t vietnamese_words = 0;
    bool in_word = false;
    bool word_is_vietnamese = false;
    char const* p = text.data();
    char const* const end = p + text.size();
    while (p < end) {
        std::size_t length = 1;
        char32_t const cp = figura::detail::decode_code_point(p, end, length);
        bool const letter = cp < 0x80 ? ((cp | 0x20) >= U'a' && (cp | 0x20) <= U'z') : figura::detail::is_word_code_point(cp);
        if (letter) {
            if (!in_word) ++words, word_is_vietnamese = false;
            in_word = true;
            word_is_vietnamese = word_is_vietnamese || vietnamese_letter(cp);
        } else if (in_word) {
            in_word = false;
            vietnamese_words += word_is_vietnamese;
        }
        p += length;
    }
    vietnamese_words += in_word && word_is_vietnamese;
    if (words == 0) return std::nullopt;
    return vietnamese_words * 5 >= words ? language::vi : language::en;
}

}  // namespace

TEST_CASE("extract: detect_language matches its definition on generated mixed lines", "[extract][en][vi]") {
    // Pieces around the detector's 32-byte Vietnamese fast path: ASCII, two-byte letters and
    // symbols (« ° × ÷, modifier letters and symbols, Cyrillic), Vietnamese letters, U+1E00..U+1EFF
    // letters that are not Vietnamese, combining marks, punctuation and CJK, and ill-formed bytes
    // (lone continuation, leads cut short by the end of the line or by ASCII).
    std::vector<std::string_view> const pieces = {
        "a", "Z", "q", " ", " ", ",", "5", "-", "\xC4\x91", "\xE1\xBB\x87", "\xE1\xBA\xA1", "\xC6\xB0", "\xC6\xA1",
        "\xC3\xA9", "\xC3\xA0", "\xC3\x97", "\xC3\xB7", "\xC2\xAB", "\xC2\xB0", "\xC2\xAA", "\xCB\x86", "\xCB\x90",
        "\xD0\x96", "\xCC\x81", "\xE1\xB8\x80", "\xE1\xB9\xBF", "\xE1\xBB\xBA", "\xE1\xBB\xB9", "\xE1\xBA\x9F",
        "\xE2\x80\x9C", "\xE4\xB8\x80", "\xF0\x9F\x98\x80", "\x80", "\xC3", "\xE1\xBB", "\xE1", "\xFF"};
    // And every code point the fast path decides from bytes, with its neighbours.
    std::vector<std::string> singles;
    for (char32_t cp = 0x80; cp < 0x280; ++cp) singles.push_back(encode_utf8(cp));
    for (char32_t cp = 0x1DC0; cp < 0x1F40; ++cp) singles.push_back(encode_utf8(cp));
    std::mt19937 random(20261206);
    std::size_t disagreements = 0;
    for (int line = 0; line < 40000; ++line) {
        // Lengths from a few bytes to past several 16-byte steps; a Vietnamese share near the 1/5 threshold.
        std::size_t const count = random() % (line % 10 == 0 ? 400 : 60);
        unsigned const letter_bias = random() % 4;
        std::string text;
        for (std::size_t i = 0; i < count; ++i) {
            if (random() % 3 == 0) {
                text += singles[random() % singles.size()];
                continue;
            }
            std::size_t index = random() % pieces.size();
            if (letter_bias != 0 && index > 14 && random() % 4 < letter_bias) index = random() % 3;
            text += pieces[index];
        }
        auto const got = figura::detect_language(text);
        auto const want = reference_language(text);
        if (got != want) {
            ++disagreements;
            if (disagreements < 5) UNSCOPED_INFO("disagrees on: " << text);
        }
    }
    CHECK(disagreements == 0);
}

TEST_CASE("extract: detect_language classifies each letter as its definition does", "[extract][en][vi]") {
    // One word "x<cp>x" after a Vietnamese word and English ones, at each place in a 32-byte step:
    // the answer turns on whether cp is a letter (after 3 English words: 5 words or 6, one of them
    // Vietnamese) and on whether it is a Vietnamese letter (after 8: two Vietnamese words in 10, or one).
    std::size_t disagreements = 0;
    std::vector<char32_t> code_points;
    for (char32_t cp = 0x80; cp < 0x280; ++cp) code_points.push_back(cp);
    for (char32_t cp = 0x1DC0; cp < 0x1F40; ++cp) code_points.push_back(cp);
    for (char32_t cp : code_points) {
        std::string const letter = encode_utf8(cp);
        for (std::size_t pad = 0; pad < 37; ++pad) {
            for (std::string_view before : {std::string_view{"\xE1\xBA\xBF aa bb cc x"}, std::string_view{"\xE1\xBA\xBF aa bb cc dd ee ff gg hh x"}}) {
                for (std::string_view after : {std::string_view{"x"}, std::string_view{"x          "}}) {
                    std::string const text = std::string(pad, ' ') + std::string(before) + letter + std::string(after);
                    if (figura::detect_language(text) != reference_language(text)) {
                        ++disagreements;
                        if (disagreements < 5) UNSCOPED_INFO("disagrees on U+" << std::hex << static_cast<std::uint32_t>(cp));
                    }
                }
            }
        }
    }
    CHECK(disagreements == 0);
}

TEST_CASE("extract: detect_language matches its definition on Vietnamese and English prose", "[extract][en][vi]") {
    // Long lines whose Vietnamese share crosses 1/5 only near the end, so no early answer applies.
    std::string_view const vi = "Doanh thu đạt 2,5 tỷ đồng, tăng 12% so với cùng kỳ năm trước. ";
    std::string_view const en = "Revenue rose to $14bn in 2021, the company said in a statement. ";
    for (std::size_t english = 0; english < 40; ++english) {
        for (std::size_t vietnamese = 0; vietnamese < 6; ++vietnamese) {
            std::string text;
            for (std::size_t i = 0; i < english; ++i) text += en;
            for (std::size_t i = 0; i < vietnamese; ++i) text += vi;
            INFO(english << " English sentences, then " << vietnamese << " Vietnamese");
            CHECK(figura::detect_language(text) == reference_language(text));
            std::string reversed;
            for (std::size_t i = 0; i < vietnamese; ++i) reversed += vi;
            for (std::size_t i = 0; i < english; ++i) reversed += en;
            CHECK(figura::detect_language(reversed) == reference_language(reversed));
        }
    }
}

TEST_CASE("extract: a parenthesised amount is the equivalent of the one before it", "[extract][en][vi]") {
    struct pair_case {
        std::string_view text;
        std::string_view first_value, first_currency;
        std::string_view second_value, second_currency;
        qualifier second_qual;
    };
    constexpr pair_case cases[] = {
        {"Rmb10tn ($1.4tn)", "10000000000000", "CNY", "1400000000000", "USD", qualifier::exact},
        {"inject Rmb500bn ($81bn)", "500000000000", "CNY", "81000000000", "USD", qualifier::exact},
        {"1.36 trillion yuan (US$213.42 billion)", "1360000000000", "CNY", "213420000000", "USD", qualifier::exact},
        {"€12.6 trillion ($16.8 trillion)", "12600000000000", "EUR", "16800000000000", "USD", qualifier::exact},
        {"Rmb10tn (about $1.4tn)", "10000000000000", "CNY", "1400000000000", "USD", qualifier::approx},
        {"100 tỷ nhân dân tệ (khoảng 14 tỷ USD)", "100000000000", "CNY", "14000000000", "USD", qualifier::approx},
        {"1.600 tỷ Nhân dân tệ (240 tỷ USD)", "1600000000000", "CNY", "240000000000", "USD", qualifier::exact},
        {"vượt 100 tỷ yen (674 triệu USD)", "100000000000", "JPY", "674000000", "USD", qualifier::exact},
        {"176.800 nhân dân tệ (khoảng 637 triệu đồng)", "176800", "CNY", "637000000", "VND", qualifier::approx},
    };
    for (auto const& c : cases) {
        DYNAMIC_SECTION(c.text) {
            auto const figures = extract_ok(c.text);
            INFO(describe(figures));
            check_invariants(figures, c.text);
            REQUIRE(figures.size() == 2);
            CHECK(figures[0].value == dec(c.first_value));
            CHECK(figures[0].currency.code == c.first_currency);
            CHECK_FALSE(figures[0].equivalent_of);
            CHECK(figures[1].value == dec(c.second_value));
            CHECK(figures[1].currency.code == c.second_currency);
            CHECK(figures[1].qual == c.second_qual);
            REQUIRE(figures[1].equivalent_of);
            CHECK(*figures[1].equivalent_of == 0);
        }
    }
}

TEST_CASE("extract: a price restated per another unit of mass is an equivalent, per any other unit none", "[extract][vi][en]") {
    struct unit_case {
        std::string_view text;
        bool linked;
    };
    constexpr unit_case cases[] = {
        {"Vàng nhích 40 USD/ounce, tương đương 1,2 triệu đồng/lượng.", true},
        {"Bạc lên 30 USD/ounce (khoảng 900.000 đồng/chỉ).", true},
        {"Copper fell to $9,000/tonne ($4.08/lb).", true},
        {"Gạo xuất khẩu 500 USD/tấn (13.000 đồng/kg).", true},
        {"Xăng 25.000 đồng/lít (1 USD/lít).", true},
        {"Dầu 80 USD/thùng (2.100 đồng/lít).", false},
        {"Cước 5 USD/km (130.000 đồng/giờ).", false},
    };
    for (auto const& c : cases) {
        DYNAMIC_SECTION(c.text) {
            auto const figures = extract_ok(c.text);
            INFO(describe(figures));
            check_invariants(figures, c.text);
            REQUIRE(figures.size() == 2);
            CHECK(figures[0].kind == figure_kind::money);
            CHECK_FALSE(figures[0].per.empty());
            CHECK(figures[1].equivalent_of.has_value() == c.linked);
        }
    }
}

TEST_CASE("extract: equivalents link to the right figure in a longer text", "[extract][vi]") {
    std::string_view const text = "Trung Quốc chi 1.600 tỷ Nhân dân tệ (240 tỷ USD) cho dự án. Giá trị vượt 100 tỷ yen (674 triệu USD).";
    auto const figures = extract_ok(text);
    INFO(describe(figures));
    check_invariants(figures, text);
    REQUIRE(figures.size() == 4);
    check_place(figures[0], {17, 43, 1, 16}, text);
    check_place(figures[1], {45, 57, 1, 38}, text);
    REQUIRE(figures[1].equivalent_of);
    CHECK(*figures[1].equivalent_of == 0);
    CHECK(figures[2].qual == qualifier::gt);
    CHECK(figures[2].currency.code == "JPY");
    CHECK_FALSE(figures[2].equivalent_of);
    REQUIRE(figures[3].equivalent_of);
    CHECK(*figures[3].equivalent_of == 2);
}

TEST_CASE("extract: a quote with = is two equivalent amounts, a quote per a currency is a rate", "[extract][en][vi]") {
    SECTION("($1 = 7.25 yuan) after an amount") {
        std::string_view const text = "The deal is worth 100bn yuan ($14bn).\n($1 = 7.25 yuan)";
        auto const figures = extract_ok(text);
        INFO(describe(figures));
        check_invariants(figures, text);
        auto const money = money_of(figures);
        REQUIRE(figures.size() == 4);
        REQUIRE(money.size() == 4);
        CHECK(money[0].value == dec("100000000000"));
        CHECK(money[1].value == dec("14000000000"));
        CHECK(figures[2].value == dec("1"));
        CHECK(figures[2].currency.code == "USD");
        CHECK(figures[2].text == "$1");
        CHECK(figures[3].value == dec("7.25"));
        CHECK(figures[3].currency.code == "CNY");
        REQUIRE(figures[3].equivalent_of);
        CHECK(*figures[3].equivalent_of == 2);
        CHECK(figures[3].span.line == 2);
    }
    SECTION("Reuters footer") {
        std::string_view const text = "Sales reached 607.1 billion yuan. ($1 = 6.8740 Chinese yuan renminbi)";
        auto const figures = extract_ok(text);
        INFO(describe(figures));
        auto const money = money_of(figures);
        REQUIRE(money.size() == 3);
        CHECK(money[0].value == dec("607100000000"));
        CHECK(money[1].value == dec("1"));
        CHECK(money[2].value == dec("6.8740"));
        CHECK(money[2].currency.code == "CNY");
    }
    SECTION("a quote per dollar in Vietnamese") {
        auto const figures = extract_ok("Tỷ giá trung tâm là 25.000 đồng/USD.");
        INFO(describe(figures));
        CHECK(money_of(figures).empty());
        REQUIRE(figures.size() == 1);
        CHECK(figures[0].kind == figure_kind::rate);
        CHECK(figures[0].value == dec("25000"));
        CHECK(figures[0].rate_base == "USD");
    }
    SECTION("Rmb7.17 to the greenback") {
        auto const figures = extract_ok("The yuan weakened to Rmb7.17 to the greenback.");
        INFO(describe(figures));
        CHECK(money_of(figures).empty());
    }
}

TEST_CASE("extract: homonyms of currency and scale words give no money", "[extract][vi][en]") {
    constexpr std::string_view texts[] = {
        "tỷ giá",
        "Tỷ giá USD/VND hôm nay tăng mạnh.",
        "Tỷ lệ thất nghiệp giảm.",
        "Tôi đồng ý với kế hoạch này.",
        "Đồng Nai là một tỉnh đẹp.",
        "Đồng Tháp có nhiều cánh đồng lúa.",
        "Hà Nội là thủ đô của Việt Nam.",
        "Khu đô thị mới rất rộng.",
        "Yên Bái là một tỉnh miền núi.",
        "Cuộc sống bình yên.",
        "Đội tuyển đứng đầu bảng xếp hạng.",
        "Kết quả thật tệ.",
        "The truck weighs 12,000 pounds.",
        "A 12,000-pound truck.",
        "Con cá voi nặng hơn 12.000 pound.",
        "One of them left.",
        "She has two children and three dogs.",
        "Họ có hai mươi mốt người.",
        "Một trong số họ đã rời đi.",
        "$",
        "Price: $ only.",
    };
    for (auto const text : texts) {
        INFO("text: " << text);
        auto const result = figura::extract(text);
        if (!result) {
            FAIL_CHECK("extract failed: " << result.error().id << ": " << result.error().message);
            continue;
        }
        INFO(describe(*result));
        check_invariants(*result, text);
        CHECK(money_of(*result).empty());
        for (auto const& f : *result) CHECK(f.kind != figure_kind::rate);
    }
}

TEST_CASE("extract: spelled-out numbers are reported only with a multiplier word", "[extract][en][vi]") {
    CHECK(extract_ok("One of them left.").empty());
    CHECK(extract_ok("Họ có hai mươi mốt người.").empty());
    auto const en = extract_ok("Two hundred million dollars was spent.");
    INFO(describe(en));
    REQUIRE(en.size() == 1);
    CHECK(en[0].value == dec("200000000"));
    CHECK(en[0].currency.code == "USD");
    CHECK(en[0].span.begin == 0);
    auto const vi = extract_ok("Hai trăm triệu đồng đã được chi.");
    INFO(describe(vi));
    REQUIRE(vi.size() == 1);
    CHECK(vi[0].value == dec("200000000"));
    CHECK(vi[0].currency.code == "VND");
}

TEST_CASE("extract: a homonym next to real money does not change it", "[extract][vi]") {
    struct homonym_case {
        std::string_view text;
        std::string_view value;
        place where;
    };
    constexpr homonym_case cases[] = {
        {"Anh ấy đồng ý trả 5 triệu đồng.", "5000000", {26, 43, 1, 19}},
        {"Đồng Nai thu 3.000 tỷ đồng.", "3000000000000", {16, 34, 1, 14}},
        {"Yên Bái nhận 200 tỷ đồng.", "200000000000", {17, 33, 1, 14}},
        {"Thủ đô Hà Nội chi 1.000 tỷ đồng.", "1000000000000", {25, 43, 1, 19}},
        {"Tỷ lệ nợ xấu là 2% trên tổng 500 tỷ đồng.", "500000000000", {41, 57, 1, 30}},
    };
    for (auto const& c : cases) {
        DYNAMIC_SECTION(c.text) {
            auto const figures = extract_ok(c.text);
            INFO(describe(figures));
            check_invariants(figures, c.text);
            auto const money = money_of(figures);
            REQUIRE(money.size() == 1);
            CHECK(money[0].value == dec(c.value));
            CHECK(money[0].currency.code == "VND");
            CHECK(money[0].currency.source == figura::currency_source::name);
            check_place(money[0], c.where, c.text);
        }
    }
    auto const with_percent = extract_ok("Tỷ lệ nợ xấu là 2% trên tổng 500 tỷ đồng.");
    REQUIRE(with_percent.size() == 2);
    CHECK(with_percent[0].kind == figure_kind::percent);
    CHECK(with_percent[0].value == dec("2"));
    CHECK(with_percent[0].span.begin == 25);
}

TEST_CASE("extract: plain numbers keep their kind", "[extract][en][vi]") {
    struct kind_case {
        std::string_view text;
        figure_kind kind;
        std::string_view value;
    };
    constexpr kind_case cases[] = {
        {"Nvidia sold 10,000 GPUs.", figure_kind::count, "10000"},
        {"Nvidia bán 10.000 GPU.", figure_kind::count, "10000"},
        {"Inflation rose 5% last month.", figure_kind::percent, "5"},
        {"Lạm phát tăng 5% trong tháng.", figure_kind::percent, "5"},
        {"Output grew 3.8 per cent.", figure_kind::percent, "3.8"},
        {"Lạm phát là 3,8 phần trăm.", figure_kind::percent, "3.8"},
        {"The plant opened in 2021.", figure_kind::year, "2021"},
        {"Nhà máy mở cửa năm 2021.", figure_kind::year, "2021"},
        {"The chief executive, aged 45, resigned.", figure_kind::age, "45"},
        {"A 45-year-old engineer.", figure_kind::age, "45"},
        {"Ông ấy 45 tuổi.", figure_kind::age, "45"},
    };
    for (auto const& c : cases) {
        DYNAMIC_SECTION(c.text) {
            auto const figures = extract_ok(c.text);
            INFO(describe(figures));
            check_invariants(figures, c.text);
            REQUIRE(figures.size() == 1);
            CHECK(figures[0].kind == c.kind);
            CHECK(figures[0].value == dec(c.value));
            CHECK(figures[0].currency.code.empty());
        }
    }
}

TEST_CASE("extract: a Vietnamese amount with a scale word and no currency is implied VND", "[extract][vi]") {
    std::string_view const text = "Rút 4.000 tỷ từ ngân sách";
    auto const figures = extract_ok(text);
    INFO(describe(figures));
    REQUIRE(figures.size() == 1);
    CHECK(figures[0].kind == figure_kind::money);
    CHECK(figures[0].value == dec("4000000000000"));
    CHECK(figures[0].currency.code == "VND");
    CHECK(figures[0].currency.source == figura::currency_source::implied);
    check_place(figures[0], {5, 15, 1, 5}, text);
}

TEST_CASE("extract: a currency code written before the number with a space is read as in parse", "[extract][en][vi]") {
    // Each reads as parse() reads the figure alone; the code's span is part of the figure.
    struct row {
        std::string_view text;
        std::string_view figure;
        std::string_view value;
        std::string_view code;
    };
    auto const rows = GENERATE(values<row>({
        {"It cost CNY 100bn last year.", "CNY 100bn", "100000000000", "CNY"},
        {"It cost USD 200.", "USD 200", "200", "USD"},
        {"A loss of GBP 27 million was booked.", "GBP 27 million", "27000000", "GBP"},
        {"Vốn đầu tư đạt USD 200 triệu trong năm.", "USD 200 triệu", "200000000", "USD"},
        {"Giá trị hợp đồng là CNY 78,3 tỷ.", "CNY 78,3 tỷ", "78300000000", "CNY"},
    }));
    auto const figures = extract_ok(rows.text);
    INFO(describe(figures));
    REQUIRE(figures.size() == 1);
    CHECK(figures[0].kind == figure_kind::money);
    CHECK(figures[0].text == rows.figure);
    CHECK(figures[0].value == dec(rows.value));
    CHECK(figures[0].currency.code == rows.code);
    CHECK(figures[0].currency.source == figura::currency_source::code);

    auto const alone = figura::parse(rows.figure, {.lang = figures[0].lang});
    REQUIRE(alone);
    CHECK(alone->value == figures[0].value);
    CHECK(alone->currency.code == figures[0].currency.code);
}

TEST_CASE("extract: and a half before a scale word is part of the figure", "[extract][en]") {
    auto const figures = extract_ok("The deal is worth one and a half billion dollars, its backers said.");
    INFO(describe(figures));
    REQUIRE(figures.size() == 1);
    CHECK(figures[0].text == "one and a half billion dollars");
    CHECK(figures[0].value == dec("1500000000"));
    CHECK(figures[0].currency.code == "USD");
}

TEST_CASE("extract: rưỡi after a scale word is part of the figure, never dropped", "[extract][vi]") {
    // Reading "2 triệu" and stopping would report 2e6 VND for 2.5e6 USD.
    auto const figures = extract_ok("Công ty thu 2 triệu rưỡi USD, gấp đôi năm ngoái.");
    INFO(describe(figures));
    REQUIRE(figures.size() == 1);
    CHECK(figures[0].text == "2 triệu rưỡi USD");
    CHECK(figures[0].value == dec("2500000"));
    CHECK(figures[0].currency.code == "USD");
}

TEST_CASE("extract: a range after a spaced code keeps the code", "[extract][en]") {
    auto const figures = extract_ok("Estimates ran at RMB 200-500 billion.");
    INFO(describe(figures));
    REQUIRE(figures.size() == 1);
    CHECK(figures[0].currency.code == "CNY");
    CHECK(figures[0].value == dec("200000000000"));
    REQUIRE(figures[0].range_high);
    CHECK(figures[0].range_high->value == dec("500000000000"));
}

TEST_CASE("extract: a range is one figure, not two", "[extract][en][vi]") {
    std::string_view const vi_text = "Chi phí từ 5 đến 6 triệu USD mỗi năm.";
    auto const vi = extract_ok(vi_text);
    INFO(describe(vi));
    REQUIRE(vi.size() == 1);
    CHECK(vi[0].value == dec("5000000"));
    REQUIRE(vi[0].range_high);
    CHECK(vi[0].range_high->value == dec("6000000"));
    check_place(vi[0], {9, 36, 1, 9}, vi_text);

    auto const en = extract_ok("The cost was between $5m and $6m a year.");
    INFO(describe(en));
    REQUIRE(en.size() == 1);
    CHECK(en[0].value == dec("5000000"));
    REQUIRE(en[0].range_high);
    CHECK(en[0].range_high->value == dec("6000000"));
    CHECK(en[0].text == "between $5m and $6m");
}

TEST_CASE("extract: $2,005 inside Vietnamese text records the separator ambiguity", "[extract][vi]") {
    std::string_view const text = "Giá vàng quanh mức $2,005 một ounce.";
    auto const figures = extract_ok(text);
    INFO(describe(figures));
    REQUIRE(figures.size() == 1);
    CHECK(figures[0].lang == language::vi);
    CHECK(figures[0].currency.code == "USD");
    CHECK(figures[0].ambiguous == figura::ambiguity::separator);
    REQUIRE(figures[0].alternative_value);
    bool const both = (figures[0].value == dec("2.005") && *figures[0].alternative_value == dec("2005")) ||
                      (figures[0].value == dec("2005") && *figures[0].alternative_value == dec("2.005"));
    CHECK(both);
    check_place(figures[0], {23, 29, 1, 20}, text);
}

TEST_CASE("extract: CRLF line ends count as one line break", "[extract][en]") {
    std::string_view const text = "Line one.\r\nCost: $5m";
    auto const figures = extract_ok(text);
    INFO(describe(figures));
    REQUIRE(figures.size() == 1);
    check_place(figures[0], {17, 20, 2, 7}, text);
}

TEST_CASE("extract: NFD input gives the NFC figures with spans into the original bytes", "[extract][vi]") {
    std::string_view const nfc =
        "Hanoi Metro cho biết đã huy động 2.500 tỷ đồng (khoảng 100 triệu USD) vào năm 2023.\n"
        "Công ty cho biết chi phí dưới 5 triệu USD.";
    // The same text decomposed (NFD): base letters followed by combining marks.
    std::string_view const nfd =
        "Hanoi Metro cho bie\xcc\x82\xcc\x81t \xc4\x91" "a\xcc\x83 huy \xc4\x91o\xcc\xa3\xcc\x82ng 2.500 ty\xcc\x89 \xc4\x91o\xcc\x82\xcc\x80ng "
        "(khoa\xcc\x89ng 100 trie\xcc\xa3\xcc\x82u USD) va\xcc\x80o na\xcc\x86m 2023.\n"
        "Co\xcc\x82ng ty cho bie\xcc\x82\xcc\x81t chi phi\xcc\x81 du\xcc\x9bo\xcc\x9b\xcc\x81i 5 trie\xcc\xa3\xcc\x82u USD.";
    REQUIRE(nfd.size() == 173);
    auto const expected = extract_ok(nfc);
    auto const figures = extract_ok(nfd);
    INFO("NFC: " << describe(expected) << "\nNFD: " << describe(figures));
    check_invariants(figures, nfd);
    REQUIRE(figures.size() == expected.size());
    REQUIRE(figures.size() == 4);
    for (std::size_t i = 0; i < figures.size(); ++i) {
        INFO("figure " << i);
        CHECK(figures[i].kind == expected[i].kind);
        CHECK(figures[i].value == expected[i].value);
        CHECK(figures[i].currency.code == expected[i].currency.code);
        CHECK(figures[i].qual == expected[i].qual);
        CHECK(figures[i].lang == language::vi);
    }
    // Byte offsets and code-point columns are those of the NFD text the caller passed in.
    check_place(figures[0], {45, 65, 1, 39}, nfd);
    check_place(figures[1], {67, 93, 1, 57}, nfd);
    check_place(figures[3], {146, 172, 2, 30}, nfd);
}

TEST_CASE("extract: invalid UTF-8 is an error with its line and column", "[extract]") {
    struct bad_case {
        std::string_view text;
        std::size_t begin, line, column;
    };
    constexpr bad_case cases[] = {
        {"Doanh thu 5 tỷ đồng\n$5m \xff xyz", 29, 2, 5},    // stray byte
        {"abc \xe1\xbb", 4, 1, 5},                             // truncated sequence at the end
        {"Giá \xc0\xaf 5 tỷ", 5, 1, 5},                        // overlong '/'
        {"x\xed\xa0\x80y", 1, 1, 2},                           // UTF-16 surrogate
        {"đ\xf4\x90\x80\x80", 2, 1, 2},                        // above U+10FFFF
        {"line 1\nline 2\n\x80", 14, 3, 1},                    // continuation byte at a line start
    };
    for (auto const& c : cases) {
        INFO("byte offset " << c.begin);
        auto const result = figura::extract(c.text);
        CHECK_FALSE(result);
        if (result) continue;
        auto const& e = result.error();
        INFO("error: " << e.id << " at " << e.where.line << ":" << e.where.column << " byte " << e.where.begin
                       << ": " << e.message);
        CHECK(e.id.rfind("F-", 0) == 0);
        CHECK_FALSE(e.message.empty());
        CHECK(e.where.begin == c.begin);
        CHECK(e.where.line == c.line);
        CHECK(e.where.column == c.column);
    }
}

TEST_CASE("extract: empty text and text without figures give an empty vector", "[extract]") {
    CHECK(extract_ok("").empty());
    CHECK(extract_ok("\n\n").empty());
    CHECK(extract_ok("No figures here at all.").empty());
    CHECK(extract_ok("Không có con số nào ở đây.").empty());
}

TEST_CASE("extract: a 10,000-digit number is exact or an error, never a guess", "[extract][robustness]") {
    std::string const digits(10000, '9');
    std::string const text = "Revenue was $" + digits + "bn last year.";
    auto const result = figura::extract(text);
    if (!result) {
        CHECK_FALSE(result.error().id.empty());
        CHECK(result.error().where.line == 1);
        CHECK(result.error().where.begin >= 12);
    } else {
        INFO(describe(*result));
        check_invariants(*result, text);
        // No silent drop: the figure is reported with its exact value.
        auto const money = money_of(*result);
        REQUIRE(money.size() == 1);
        CHECK(money[0].value == dec(digits + "000000000"));
        CHECK(money[0].span.begin == 12);
    }
}

TEST_CASE("extract: hostile input never crashes or hangs", "[extract][robustness]") {
    SECTION("1 MB of pseudo-random bytes") {
        std::mt19937 gen(20250304u);  // fixed seed: failures reproduce
        std::string bytes(1u << 20, '\0');
        for (auto& b : bytes) b = static_cast<char>(gen() & 0xFFu);
        auto const result = figura::extract(bytes);
        if (result) {
            check_invariants(*result, bytes);
        } else {
            CHECK_FALSE(result.error().id.empty());
            CHECK(result.error().where.begin < bytes.size());
        }
    }
    SECTION("1 MB of pseudo-random printable ASCII") {
        std::mt19937 gen(7u);
        std::string text(1u << 20, ' ');
        for (auto& c : text) {
            auto const r = gen() % 100u;
            c = r < 3 ? '\n' : static_cast<char>(0x20 + gen() % 95u);
        }
        auto const result = figura::extract(text);
        REQUIRE(result);
        check_invariants(*result, text);
    }
    SECTION("256 KB of figure-like tokens in both languages") {
        constexpr std::string_view tokens[] = {
            "$", "US$", "Rmb", "¥", "€", "£", "₫", "đ", "1", "14", "2,005", "10.000", "1,5", "0", "999",
            ".", ",", "-", "–", " ", " ", " ", "\n", "(", ")", "=", "%", "bn", "m", "tn", "k", "billion",
            "tỷ", "tỉ", "triệu", "nghìn", "ngàn", "nghìn tỷ", "yuan", "dollars", "đồng", "nhân dân tệ", "USD",
            "VND", "khoảng", "dưới", "hơn", "từ", "đến", "about", "less than", "between", "and", "to",
            "hai", "trăm", "mươi", "lẻ", "one", "hundred", "tỷ giá", "Đồng Nai", "pounds", "e", "E9", "đ/kg",
        };
        std::mt19937 gen(42u);
        std::string text;
        while (text.size() < (1u << 18)) text += tokens[gen() % std::size(tokens)];
        auto const result = figura::extract(text);
        REQUIRE(result);
        check_invariants(*result, text);
    }
    SECTION("long runs of one character") {
        for (char const c : {'$', '9', ',', '.', '(', '-', ' '}) {
            std::string const text(100000, c);
            INFO("character " << c);
            auto const result = figura::extract(text);
            if (result) check_invariants(*result, text);
            else CHECK_FALSE(result.error().id.empty());
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Issue 10: every money figure of real news. Each form below has its own sentences (invented, of
// the shape real news uses) and the money figures they must give, in order.

namespace {

struct money_expect {
    std::string_view value;       ///< the low end for a range
    std::string_view currency;
    qualifier qual = qualifier::exact;
    std::string_view text = {};   ///< the figure's text; "" = not checked
    std::string_view high = {};   ///< "" = not a range
    std::string_view per = {};
};

void check_money(std::string_view text, std::vector<money_expect> const& expected, figura::parse_options const& options = {}) {
    auto const figures = extract_ok(text, options);
    INFO("text: " << text);
    INFO(describe(figures));
    check_invariants(figures, text);
    auto const money = money_of(figures);
    REQUIRE(money.size() == expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        auto const& f = money[i];
        auto const& e = expected[i];
        INFO("money figure " << i << ": " << describe(f));
        CHECK(f.value == dec(e.value));
        CHECK(f.currency.code == e.currency);
        CHECK(f.qual == e.qual);
        CHECK(f.per == e.per);
        if (!e.text.empty()) CHECK(f.text == e.text);
        if (e.high.empty()) {
            CHECK_FALSE(f.is_range());
        } else {
            REQUIRE(f.range_high);
            CHECK(f.range_high->value == dec(e.high));
        }
    }
}

}  // namespace

TEST_CASE("extract: unit prices are money with a per unit, the span is the amount", "[extract][vi][en]") {
    check_money("Giá heo hơi hôm nay dao động 61.000 - 64.000 đồng/kg, có nơi lên 66.000 đồng/kg.",
                {{"61000", "VND", qualifier::exact, "61.000 - 64.000 đồng", "64000", "kg"},
                 {"66000", "VND", qualifier::exact, "66.000 đồng", {}, "kg"}});
    check_money("Vàng thế giới lên 3.950 USD/ounce, trong nước tăng 1,5 triệu đồng mỗi lượng.",
                {{"3950", "USD", qualifier::exact, "3.950 USD", {}, "ounce"},
                 {"1500000", "VND", qualifier::exact, "1,5 triệu đồng", {}, "lượng"}});
    check_money("Mức hỗ trợ là 48 triệu đồng/người/năm, phí gửi xe 250.000 đồng/tháng.",
                {{"48000000", "VND", qualifier::exact, {}, {}, "người/năm"}, {"250000", "VND", qualifier::exact, {}, {}, "tháng"}});
    check_money("Brent traded at $75 a barrel while rents reached $2,000 per month.",
                {{"75", "USD", qualifier::exact, "$75", {}, "barrel"}, {"2000", "USD", qualifier::exact, "$2,000", {}, "month"}});
    check_money("Flats there rent for $900 a month or more.", {{"900", "USD", qualifier::ge, "$900", {}, "month"}});
    check_money("Lương khởi điểm từ 12 triệu đồng/tháng trở lên.", {{"12000000", "VND", qualifier::ge, "từ 12 triệu đồng", {}, "tháng"}});
    // A quote per a currency stays a rate; a date after a slash is no unit.
    auto const quote = extract_ok("Ngân hàng niêm yết 25.100 đồng/USD.");
    CHECK(money_of(quote).empty());
    // "a year ago" is no price per year.
    check_money("Sales were $5m a year ago.", {{"5000000", "USD", qualifier::exact, "$5m"}});
}

TEST_CASE("extract: the world's currencies by name, and homonyms that are not money", "[extract][vi][en]") {
    check_money("Câu lạc bộ trả khoảng 60 triệu bảng (hơn 80 triệu USD) cho tiền đạo này.",
                {{"60000000", "GBP", qualifier::approx}, {"80000000", "USD", qualifier::gt}});
    check_money("Phí giữ trẻ là 4.000 won, vé tàu 2.000 yên và bữa ăn 150 baht.",
                {{"4000", "KRW"}, {"2000", "JPY"}, {"150", "THB"}});
    check_money("Giá một chai rượu khoảng 30.000 đôla Singapore, chiếc đồng hồ 12.000 đô la Hồng Kông.",
                {{"30000", "SGD", qualifier::approx}, {"12000", "HKD"}});
    check_money("Quỹ đạt lợi nhuận 12,5 tỷ franc, còn khoản phạt là 200 triệu rupee.", {{"12500000000", "CHF"}, {"200000000", "INR"}});
    check_money("The regulator fined the group 52 billion won, and a court ordered 3 million reais.",
                {{"52000000000", "KRW"}, {"3000000", "BRL"}});
    check_money("Police seized Bt12 million and a further NIS 40,000 in cash.", {{"12000000", "THB"}, {"40000", "ILS"}});
    check_money("He sold the flat for $3.5m Australian dollars.", {{"3500000", "AUD", qualifier::exact, "$3.5m Australian dollars"}});
    check_money("The treasury raised 400 million pounds in bonds.", {{"400000000", "GBP"}});
    for (std::string_view text : {"Đội tuyển đứng thứ 2 bảng C.", "Công ty lọt top 10 bảng xếp hạng.", "Gần 5.000 kíp nổ bị thu giữ.",
                                  "She weighs 130 pounds.", "In 2016 won the election.", "Korea 2 won 3 medals.",
                                  "The 2 grand slams he won."}) {
        INFO(text);
        CHECK(money_of(extract_ok(text)).empty());
    }
}

TEST_CASE("extract: subunits are read in major units", "[extract][en][vi]") {
    check_money("Shares rose 4p to 212.5p, while the Aussie fell below 70 US cents.",
                {{"0.04", "GBP"}, {"2.125", "GBP"}, {"0.70", "USD", qualifier::lt}});
    check_money("Each stamp costs 75 pence and a call 12 cents.", {{"0.75", "GBP"}, {"0.12", "USD"}});
    check_money("Khách trả 30 rupee (khoảng 25 xu Anh) mỗi đêm.", {{"30", "INR"}, {"0.25", "GBP", qualifier::approx}});
    // "p.m." is no penny.
    CHECK(money_of(extract_ok("The meeting starts at 5 p.m. sharp.")).empty());
}

TEST_CASE("extract: cents with no dollar written imply their currency", "[extract][en][vi]") {
    auto const source_of = [](std::string_view text, std::size_t index) {
        auto const money = money_of(extract_ok(text));
        INFO(text);
        REQUIRE(money.size() > index);
        CHECK(money[index].currency.code == "USD");
        return money[index].currency.source;
    };
    CHECK(source_of("A phone call cost twenty cents back then.", 0) == figura::currency_source::implied);
    CHECK(source_of("Mỗi tin nhắn giá 75 xu.", 0) == figura::currency_source::implied);
    // A dollar written in the paragraph (an amount or the word) states it.
    CHECK(source_of("The shares lost 6 cents to close at $4.12.", 0) == figura::currency_source::name);
    CHECK(source_of("The Canadian dollar shed 3 cents in a week.", 0) == figura::currency_source::name);
    CHECK(source_of("Trà 5 đô la, bánh 50 xu.", 1) == figura::currency_source::name);
    // A currency written with the cents is stated.
    CHECK(source_of("The coin fell below 60 US cents.", 0) == figura::currency_source::name);
}

TEST_CASE("extract: the one dollar country a paragraph names decides a bare $", "[extract][en][vi]") {
    check_money("Police in Singapore froze $12 million of the gang's assets.", {{"12000000", "SGD"}});
    check_money("New Zealand will spend about $3 billion on rail.", {{"3000000000", "NZD", qualifier::approx}});
    check_money("Ngân sách Úc dành 200 triệu đô cho trường học.", {{"200000000", "AUD"}});
    // The other dollars stay alternatives, the default first.
    auto const sg = money_of(extract_ok("Police in Singapore froze $12 million."));
    REQUIRE(sg.size() == 1);
    REQUIRE_FALSE(sg[0].currency.alternatives.empty());
    CHECK(sg[0].currency.alternatives.front() == "USD");
    CHECK(sg[0].currency.source == figura::currency_source::symbol);
    // Two dollar countries, an American word, an adjective only, or a dollar written out: as read.
    check_money("Canada and Australia pledged $5 million each.", {{"5000000", "USD"}});
    check_money("A Hong Kong fund bought $40 million of US bonds.", {{"40000000", "USD"}});
    check_money("The Australian miner earned $2 billion.", {{"2000000000", "USD"}});
    check_money("Taiwan paid $8 million (NT$250 million) and US$1 million.", {{"8000000", "USD"}, {"250000000", "TWD"}, {"1000000", "USD"}});
    // Only the paragraph counts.
    check_money("Singapore is small.\nThe fund paid $7 million.", {{"7000000", "USD"}});
}

TEST_CASE("extract: an elliptical amount takes the currency of the money it changes, as implied", "[extract][en][vi]") {
    auto const figures = extract_ok("Exports reached 1,250 trillion won, up 42.5 trillion from a year earlier.");
    auto const money = money_of(figures);
    REQUIRE(money.size() == 2);
    CHECK(money[1].value == dec("42500000000000"));
    CHECK(money[1].currency.code == "KRW");
    CHECK(money[1].currency.source == figura::currency_source::implied);
    CHECK(money[1].currency.written.empty());
    CHECK(money[1].text == "42.5 trillion");
    check_money("The plan costs 80 billion euros, with a further 15 billion.", {{"80000000000", "EUR"}, {"15000000000", "EUR"}});
    check_money("Lãi 12 tỷ USD, tăng thêm 2 tỷ so với năm trước.", {{"12000000000", "USD"}, {"2000000000", "USD"}});
    check_money("Lãi 12 tỷ đồng, tăng thêm 2 tỷ so với năm trước.", {{"12000000000", "VND"}, {"2000000000", "VND"}});
    // A restatement of the same value in brackets names the currency of the bare number before it.
    check_money("The state lost at least 31.5 billion (Rs 3,150 crore) to fraud.",
                {{"31500000000", "INR", qualifier::ge, "at least 31.5 billion"}, {"31500000000", "INR"}});
    // Counts stay counts: a noun after the number, no change word, another sentence, another value.
    for (std::string_view text : {"The fund holds $4 billion, up 1.4 billion people from last year.",
                                  "The fund holds $4 billion for 1.4 billion in Asia.",
                                  "The fund holds $4 billion. Up 2 billion from here.",
                                  "India has 1.4 billion (about $3 billion) in savings.",
                                  "The tax raised €3 billion; the country has 1.2 million in work.",
                                  "Revenue hit $9 billion, up 30 percent, with 2 million more subscribers."}) {
        INFO(text);
        auto const all = extract_ok(text);
        INFO(describe(all));
        CHECK(money_of(all).size() == 1);
    }
}

TEST_CASE("extract: scale words, halves, a bare hundred or ten before the scale", "[extract][en][vi]") {
    check_money("Revenue topped VND2.3 quadrillion and the loss was Rs 1,500 crore.",
                {{"2300000000000000", "VND"}, {"15000000000", "INR"}});
    check_money("China pledged half a trillion yuan, and Musk spent a billion dollars.",
                {{"500000000000", "CNY"}, {"1000000000", "USD"}});
    check_money("Chiếc xe giá nửa tỷ đồng, bộ sưu tập trị giá trăm triệu USD.", {{"500000000", "VND"}, {"100000000", "USD"}});
    check_money("Anh tiết kiệm hơn chục triệu đồng, vượt ngưỡng triệu đô.", {{"10000000", "VND", qualifier::gt}, {"1000000", "USD", qualifier::gt}});
    // Vague amounts are no figures.
    CHECK(money_of(extract_ok("Họ chi hàng trăm triệu đồng và vài triệu đô.")).empty());
}

TEST_CASE("extract: a fraction of a scale word scales the amount, or gives no figure", "[extract][en]") {
    check_money("The state spent three quarters of a billion dollars.",
                {{"750000000", "USD", qualifier::exact, "three quarters of a billion dollars"}});
    check_money("Half of a million euros went missing.", {{"500000", "EUR", qualifier::exact, "Half of a million euros"}});
    // No exact decimal: no figure rather than "a billion dollars".
    CHECK(money_of(extract_ok("It cost two thirds of a billion dollars.")).empty());
    // A stated amount after `of` is the figure itself.
    check_money("Half of $10m went to schools.", {{"10000000", "USD", qualifier::exact, "$10m"}});
}

TEST_CASE("extract: hyphenated compounds", "[extract][en]") {
    check_money("A $240-million plant, a VND750-million bonus, a 90bn-euro bailout and a 20-million-dong fine.",
                {{"240000000", "USD"}, {"750000000", "VND"}, {"90000000000", "EUR"}, {"20000000", "VND"}});
    check_money("It is a Rs 3,000-crore scam.", {{"30000000000", "INR", qualifier::exact, "Rs 3,000-crore"}});
    // A hyphenated count stays a count.
    CHECK(money_of(extract_ok("A 55-million year old fossil.")).empty());
}

TEST_CASE("extract: after a verb of change, from X to Y is two figures; ranges stay ranges", "[extract][en][vi]") {
    check_money("The council raised the duty from $2,500 to $4,000.", {{"2500", "USD", qualifier::exact, "$2,500"}, {"4000", "USD"}});
    check_money("Public debt jumped £31.5bn to £1,720bn.", {{"31500000000", "GBP"}, {"1720000000000", "GBP"}});
    check_money("They will boost the fund from 400bn to 700bn euros.", {{"400000000000", "EUR"}, {"700000000000", "EUR"}});
    check_money("Ticket prices will jump from VND5,000 to 10,000.", {{"5000", "VND"}, {"10000", "VND"}});
    check_money("Giá vé tăng từ 5 lên 6 triệu đồng.", {{"5000000", "VND", qualifier::exact, "5"}, {"6000000", "VND"}});
    check_money("The loss narrowed by $2m to $5m.", {{"2000000", "USD"}, {"5000000", "USD"}});
    // Ranges.
    check_money("Bids came in between $5m and $6m, prices range from $5 to $6.",
                {{"5000000", "USD", qualifier::exact, {}, "6000000"}, {"5", "USD", qualifier::exact, {}, "6"}});
    check_money("Học phí từ 5 đến 6 triệu đồng.", {{"5000000", "VND", qualifier::exact, {}, "6000000"}});
    // Elliptical ranges.
    check_money("Vé vào cổng từ 300 - 450.000 đồng, gửi xe 80 - 120.000 đồng.",
                {{"300000", "VND", qualifier::exact, {}, "450000"}, {"80000", "VND", qualifier::exact, {}, "120000"}});
    check_money("Giá phòng từ 700.000 đồng đến 1,2 triệu đồng.", {{"700000", "VND", qualifier::exact, {}, "1200000"}});
    check_money("Mức phí từ 971 - 5.625 đồng.", {{"971", "VND", qualifier::exact, {}, "5625"}});
}

TEST_CASE("extract: mixed separator conventions settled by the currency", "[extract][en][vi]") {
    check_money("The fee is 18.000 VND per visit.", {{"18000", "VND", qualifier::exact, "18.000 VND", {}, "visit"}});
    check_money("Chiếc điện thoại có giá $3.000 tại Mỹ.", {{"3000", "USD"}});
    check_money("Công ty nộp phạt 512,300,400 đồng.", {{"512300400", "VND"}});
}

TEST_CASE("extract: spacing and typography", "[extract][vi]") {
    check_money("Tổng vốn là 4.700tỷđồng, giá cước89 USD.", {{"4700000000000", "VND"}, {"89", "USD"}});
    check_money("Khoản vay 58,4 triệuđồng và 62triệu đồng.", {{"58400000", "VND"}, {"62000000", "VND"}});
    check_money("Khoản thu 5\xC2\xA0triệu\xE2\x80\x89đồng.", {{"5000000", "VND"}});
    // Digits glued to a name give no money.
    CHECK(money_of(extract_ok("Máy bay A380 và COP28.")).empty());
}

TEST_CASE("extract: qualifiers before, stacked and after the amount", "[extract][vi][en]") {
    check_money("Chi phí trên dưới 150 triệu đồng, tối đa không quá 20 triệu đồng.",
                {{"150000000", "VND", qualifier::approx}, {"20000000", "VND", qualifier::le}});
    check_money("Doanh thu 500 triệu trở xuống được miễn, từ 1,2 triệu đồng là giá khởi điểm.",
                {{"500000000", "VND", qualifier::le, "500 triệu trở xuống"}, {"1200000", "VND", qualifier::ge}});
    check_money("Giá cao hơn đến 18 triệu đồng, chênh kém hơn 5 triệu đồng.", {{"18000000", "VND", qualifier::le}, {"5000000", "VND", qualifier::lt}});
    check_money("Mẫu mới đắt hơn 150 USD.", {{"150", "USD", qualifier::exact, "150 USD"}});
    check_money("Bags start at £400, and trade could surpass $300 million or exceed 2 billion euros.",
                {{"400", "GBP", qualifier::ge}, {"300000000", "USD", qualifier::gt}, {"2000000000", "EUR", qualifier::gt}});
    check_money("The cost was an estimated $5.5m.", {{"5500000", "USD", qualifier::exact, "$5.5m"}});
}

TEST_CASE("extract: item 10, amounts read whole, never a wrong part", "[extract][en][vi]") {
    check_money("He paid $35 and 20c for it.", {{"35.20", "USD", qualifier::exact, "$35 and 20c"}});
    check_money("The ticket was 12 USD 40.", {{"12.40", "USD"}});
    check_money("Nó có giá 3 chấm 45 đô la.", {{"3.45", "USD"}});
    check_money("Budget: 60 USD million; grant MUSD 8; loan 4 MEUR.", {{"60000000", "USD"}, {"8000000", "USD"}, {"4000000", "EUR"}});
    check_money("Doanh thu không hơn 3 tỷ đồng, không cao hơn 2 triệu USD.", {{"3000000000", "VND", qualifier::le}, {"2000000", "USD", qualifier::le}});
    check_money("Hàng giá 500 triệu đồng trở lên.", {{"500000000", "VND", qualifier::ge}});
    check_money("Paid 15 rmb 30 usd.", {{"15", "CNY"}, {"30", "USD"}});
    check_money("Ví có $10.000 tiền mặt.", {{"10000", "USD"}});
    check_money("Household debt is 75-point-six million won.", {{"75600000", "KRW"}});
    check_money("Credit reached one-thousand-493 trillion won.", {{"1493000000000000", "KRW"}});
}

TEST_CASE("extract: coordinated numbers share a later scale word and currency", "[extract][en][vi]") {
    check_money("Fines of 15, 20, or 25 thousand shekels were proposed.", {{"15000", "ILS"}, {"20000", "ILS"}, {"25000", "ILS"}});
    check_money("Giá $ 12 hoặc $ 18 tỷ.", {{"12000000000", "USD"}, {"18000000000", "USD"}});
    // A list without "or" is no coordination.
    auto const figures = extract_ok("Ngày 5, 3 tỷ đồng được giải ngân.");
    auto const money = money_of(figures);
    REQUIRE(money.size() == 1);
    CHECK(money[0].value == dec("3000000000"));
}

TEST_CASE("extract: minor units, slang and symbols", "[extract][en]") {
    check_money("A coffee was 10$ and a tea 3.5US$.", {{"10", "USD"}, {"3.5", "USD"}});
    check_money("It costs C$ 5 in Toronto, HK $ 8 in Hong Kong and Mex$ 40 in Mexico.", {{"5", "CAD"}, {"8", "HKD"}, {"40", "MXN"}});
    check_money("He owes me 3 grand.", {{"3000", "USD"}});
}

TEST_CASE("extract: counts stay counts, k shorthand only as a price", "[extract][vi][en]") {
    for (std::string_view text : {"Có 3 triệu học sinh và 12 triệu cử tri.", "Hãng bán 19,6 triệu iPad.", "Cơ thể có 300 tỉ tế bào.",
                                  "Xuất xưởng 4 triệu chiếc.", "Dân số 1,4 tỷ người.", "Thực hiện 5k phòng dịch.",
                                  "Tượng phủ vàng 24k.", "There are 11m diesel vehicles."}) {
        INFO(text);
        CHECK(money_of(extract_ok(text)).empty());
    }
    check_money("Combo giá 400k/người, khách sạn từ 350k - 700k/đêm, cạo vôi chỉ với 99k.",
                {{"400000", "VND", qualifier::exact, "400k", {}, "người"},
                 {"350000", "VND", qualifier::exact, "từ 350k - 700k", "700000", "đêm"},
                 {"99000", "VND"}});
    check_money("Doanh nghiệp rút 4.000 tỷ từ ngân sách, còn 3,5 tỷ nhưng phải đóng phí.", {{"4000000000000", "VND"}, {"3500000000", "VND"}});
    check_money("Anh chi 50 triệu mua xe và 2 tỷ xây nhà.", {{"50000000", "VND"}, {"2000000000", "VND"}});
}

TEST_CASE("extract: whole units and subunits written apart are one amount", "[extract][vi][en]") {
    check_money("Cốc cà phê giá 5 đô la 20 xu.", {{"5.20", "USD", qualifier::exact, "5 đô la 20 xu"}});
    figura::parse_options options;
    options.spelled_counts = true;
    check_money("Cốc trà giá năm đô la hai mươi xu.", {{"5.20", "USD"}}, options);
    // Two prices apart stay two, and so do cents after cents.
    check_money("Trà 5 đô la, bánh 50 xu.", {{"5", "USD"}, {"0.50", "USD"}});
    check_money("A stamp was fifty cents and 20 cents more by air.", {{"0.50", "USD", qualifier::exact, "fifty cents"}, {"0.20", "USD"}});
    check_money("The fee is forty dollars and 15 cents.", {{"40.15", "USD", qualifier::exact, "forty dollars and 15 cents"}});
}

TEST_CASE("extract: `10 to the 22` is a power of ten, not two numbers or a range", "[extract][en]") {
    auto const figures = extract_ok("The sample was copied 10 to the 15 times, then 10 to 15 more.");
    REQUIRE(figures.size() == 2);
    CHECK(figures[0].text == "10 to the 15");
    CHECK(figures[0].value == figura::decimal(1, 15));
    CHECK_FALSE(figures[0].range_high);
    CHECK(figures[1].range_high);
}

TEST_CASE("extract: spelled-out amounts without a scale word, with spelled_counts", "[extract][en][vi]") {
    figura::parse_options options;
    options.spelled_counts = true;
    check_money("He paid ten dollars and she paid twenty-five euros.", {{"10", "USD"}, {"25", "EUR"}}, options);
    check_money("Vé giá mười đô la, còn bánh hai mươi lăm đô.", {{"10", "USD"}, {"25", "USD"}}, options);
    // With a scale word they are found by default.
    check_money("He asked for a million dollars and got half a billion yen.", {{"1000000", "USD"}, {"500000000", "JPY"}});
}

TEST_CASE("extract: spelled-out amounts before a currency name are found by default", "[extract][en][vi]") {
    check_money("He paid ten dollars and she paid twenty-five euros.", {{"10", "USD"}, {"25", "EUR"}});
    check_money("The coin lost more than one US cent today.", {{"0.01", "USD", qualifier::gt, "more than one US cent"}});
    check_money("The rand slid one and three quarter US cents.",
                {{"0.0175", "USD", qualifier::exact, "one and three quarter US cents"}});
    check_money("It costs five bucks.", {{"5", "USD", qualifier::exact, "five bucks"}});
    check_money("Vé giá mười đô la, còn bánh hai mươi lăm đô.", {{"10", "USD"}, {"25", "USD"}});
    check_money("Cốc trà giá năm đô la hai mươi xu.", {{"5.20", "USD", qualifier::exact, "năm đô la hai mươi xu"}});
    // Currency names with no number word before them, and homonyms, stay quiet.
    CHECK(money_of(extract_ok("The dollar rose, the euro fell and the cent coin is gone.")).empty());
    CHECK(money_of(extract_ok("Thị trường có hai xu hướng mới ở thủ đô.")).empty());
    CHECK(money_of(extract_ok("Prices rose five per cent.")).empty());
}

TEST_CASE("extract: spelled_counts keeps spelled-out numbers as counts", "[extract][en][vi]") {
    figura::parse_options options;
    options.spelled_counts = true;
    auto const en = figura::extract("It took seven hours and twenty-five people.", options);
    REQUIRE(en);
    INFO(describe(*en));
    REQUIRE(en->size() == 2);
    CHECK((*en)[0].kind == figure_kind::count);
    CHECK((*en)[0].value == dec("7"));
    CHECK((*en)[1].value == dec("25"));
    auto const vi = figura::extract("Có năm người đến trong năm nay.", options);
    REQUIRE(vi);
    INFO(describe(*vi));
    REQUIRE(vi->size() == 1);
    CHECK((*vi)[0].value == dec("5"));
    // Off by default.
    CHECK(extract_ok("It took seven hours.").empty());
}

TEST_CASE("extract: a dash or ellipsis glued to the word before sets a number off", "[extract][en][vi]") {
    // Two hyphens, an em dash, an en dash and `…` are punctuation; one hyphen still joins a label.
    check_money("The stall sold out--$3m of stock in a week.", {{"3000000", "USD", qualifier::exact, "$3m"}});
    check_money("Ba tuần bán hết hàng—7 triệu đồng mỗi ngày.", {{"7000000", "VND", qualifier::exact, "7 triệu đồng", {}, "ngày"}});
    check_money("Tiền thưởng…12 triệu đồng cho cả đội.", {{"12000000", "VND", qualifier::exact, "12 triệu đồng"}});
    auto const counts = extract_ok("There were ferries--2,040 of them--and a model X-200 among them.");
    INFO(describe(counts));
    REQUIRE(counts.size() == 1);
    CHECK(counts[0].text == "2,040");
    CHECK(counts[0].value == figura::decimal(2040));
}

TEST_CASE("extract: a bare Vietnamese scale word never reads the tail of a number", "[extract][vi]") {
    // `triệu đồng` alone is one million, but after digits it is the rest of a number that was not
    // read (a label such as `K-9`): reading one million there would invent the value.
    check_money("Mẫu K-9 triệu đồng một chiếc bán chạy.", {});
    check_money("Dòng 2024 9 triệu đồng là giá niêm yết.", {{"9000000", "VND", qualifier::exact, "9 triệu đồng"}});
    check_money("Cô ấy vừa vượt mốc triệu đô.", {{"1000000", "USD", qualifier::gt, "vượt mốc triệu đô"}});
}

TEST_CASE("extract: Vietnamese amounts under decreasing scale words add up", "[extract][vi]") {
    // `1 tỷ 250 triệu đồng` is one amount; reading `250 triệu đồng` alone would be a wrong value.
    check_money("Chiếc xe có giá 1 tỷ 250 triệu đồng.", {{"1250000000", "VND", qualifier::exact, "1 tỷ 250 triệu đồng"}});
    check_money("Mỗi suất học bổng 4 triệu 800 nghìn đồng.", {{"4800000", "VND", qualifier::exact, "4 triệu 800 nghìn đồng"}});
    check_money("Căn nhà bán với giá hơn 3 tỷ 40 triệu 500 nghìn đồng.",
                {{"3040500000", "VND", qualifier::gt, "hơn 3 tỷ 40 triệu 500 nghìn đồng"}});
    check_money("Gói thầu từ 2 tỷ 100 triệu đến 2 tỷ 600 triệu đồng.",
                {{"2100000000", "VND", qualifier::exact, "từ 2 tỷ 100 triệu đến 2 tỷ 600 triệu đồng", "2600000000"}});
    auto const figures = extract_ok("Chiếc xe có giá 1 tỷ 250 triệu đồng.");
    REQUIRE(figures.size() == 1);
    // Written to the million: the last scale word sets the precision.
    CHECK(figures[0].written.resolution == figura::decimal(1, 6));
    CHECK(figures[0].bounds.lower->value == dec("1249500000"));
    CHECK(figures[0].bounds.upper->value == dec("1250500000"));
    // A part that does not fit below the scale before it, or a fraction before it, is no compound.
    CHECK(money_of(extract_ok("Tổng cộng 1 tỷ 2000 triệu đồng.")).size() == 1);
    CHECK(extract_ok("Tổng cộng 1 tỷ 2000 triệu đồng.")[0].text == "1 tỷ");
    CHECK(extract_ok("Khoản vay 2,5 tỷ 300 triệu đồng.")[0].text == "2,5 tỷ");
}

TEST_CASE("extract: a plus glued to the amount is `or more`", "[extract][en]") {
    check_money("The startup raised $8m+ from angels.", {{"8000000", "USD", qualifier::ge, "$8m+"}});
    check_money("A $2bn-plus contract went to the lowest bidder.", {{"2000000000", "USD", qualifier::ge, "$2bn-plus"}});
    // Another amount after the plus is a sum, not a qualifier; ` plus` with a space adds.
    check_money("It cost $4m plus fees.", {{"4000000", "USD", qualifier::exact, "$4m"}});
    auto const counts = extract_ok("We sold 300+ tickets.");
    REQUIRE(counts.size() == 1);
    CHECK(counts[0].qual == qualifier::ge);
    CHECK(counts[0].text == "300+");
}

TEST_CASE("extract: a spelled amount starts after the sentence before it", "[extract][en][vi]") {
    // Candidate starts for a spelled number stop at a word ending a sentence (the word itself is
    // still tried: it may be a qualifier or a prefix written with a full stop).
    check_money("Doanh thu giảm trong quý qua. Tỷ lệ nợ xấu tăng; hai tỷ đồng chưa thu hồi được.",
                {{"2000000000", "VND", qualifier::exact, "hai tỷ đồng"}});
    check_money("Sales fell. Five million dollars went missing.", {{"5000000", "USD", qualifier::exact, "Five million dollars"}});
    check_money("They paid approx. five million dollars.", {{"5000000", "USD", qualifier::approx, "approx. five million dollars"}});
    check_money("Giá vẫn cao! Khoảng ba trăm triệu đồng đã được chi.", {{"300000000", "VND", qualifier::approx, "Khoảng ba trăm triệu đồng"}});
    check_money("Tỷ giá giữa đồng USD và nhân dân tệ ổn định.", {});
}

TEST_CASE("extract: a buying and a selling price are two figures, not a range", "[extract][vi][en]") {
    // `(mua vào - bán ra)` after two prices says which is which; both share the currency, the scale
    // word and the unit written after the second.
    check_money("Vàng miếng được niêm yết ở mức 82,1 triệu - 84,3 triệu đồng/lượng (mua vào - bán ra).",
                {{"82100000", "VND", qualifier::exact, "82,1 triệu", {}, "lượng"},
                 {"84300000", "VND", qualifier::exact, "84,3 triệu đồng", {}, "lượng"}});
    check_money("Vàng nhẫn giao dịch quanh 71,2 - 72,9 triệu đồng/lượng (mua - bán).",
                {{"71200000", "VND", qualifier::exact, "71,2", {}, "lượng"},
                 {"72900000", "VND", qualifier::exact, "72,9 triệu đồng", {}, "lượng"}});
    check_money("Giá heo hơi 58.000 – 61.000 đồng/kg (mua vào/bán ra) tại Bình Dương.",
                {{"58000", "VND", qualifier::exact, "58.000", {}, "kg"}, {"61000", "VND", qualifier::exact, "61.000 đồng", {}, "kg"}});
    check_money("The dealer quoted gold at $1,980-$2,010 (bid/ask) on Friday.",
                {{"1980", "USD", qualifier::exact, "$1,980"}, {"2010", "USD", qualifier::exact, "$2,010"}});
    // Without the note a range stays one figure.
    check_money("Giá bán dao động 71,2 - 72,9 triệu đồng/lượng.",
                {{"71200000", "VND", qualifier::exact, "71,2 - 72,9 triệu đồng", "72900000", "lượng"}});
}

TEST_CASE("extract: a plural scale word after digits still multiplies", "[extract][en]") {
    // Non-native and translated English writes `10 thousands`; reading 10 there was a wrong value.
    check_money("The charity raised 3 millions euros in one night.", {{"3000000", "EUR", qualifier::exact, "3 millions euros"}});
    check_money("They spent about 2 billions dollars on roads.", {{"2000000000", "USD", qualifier::approx, "about 2 billions dollars"}});
    auto const counts = extract_ok("Then 10 thousands of people marched, while hundreds of thousands watched.");
    REQUIRE(counts.size() == 1);
    CHECK(counts[0].kind == figure_kind::count);
    CHECK(counts[0].value == dec("10000"));
    CHECK(counts[0].text == "10 thousands");
}

TEST_CASE("extract: a scale word that makes a noun with the next word scales nothing", "[extract][vi]") {
    // `tỷ phú` is a billionaire, `triệu phú` a millionaire, `tỷ lệ` a ratio, `tỷ giá` an exchange
    // rate: `3 tỷ phú` counts three people, where figura read three billion.
    auto const people = extract_ok("Danh sách năm nay có 3 tỷ phú và 12 triệu phú mới.");
    REQUIRE(people.size() == 2);
    CHECK(people[0].kind == figure_kind::count);
    CHECK(people[0].value == dec("3"));
    CHECK(people[0].text == "3");
    CHECK(people[1].value == dec("12"));
    CHECK(people[1].text == "12");
    // Spelled, capitalised, and the `tỉ` spelling: no figure at all.
    CHECK(extract_ok("Hai tỷ phú cùng góp vốn. Tỉ trọng xuất khẩu tăng.").empty());
    check_money("Tỷ lệ nợ xấu là 2%, tỷ suất lợi nhuận 9% và tỷ giá 25.400 đồng/USD.", {});
    // The scale word stays a scale before anything else, `tỷ số` (`2 tỷ số điện thoại` counts) included.
    check_money("Ông đã trả 3 tỷ đồng giá trị hợp đồng.", {{"3000000000", "VND", qualifier::exact, "3 tỷ đồng"}});
    auto const numbers = extract_ok("Nhà mạng đã cấp 2 tỷ số điện thoại.");
    REQUIRE(numbers.size() == 1);
    CHECK(numbers[0].value == dec("2000000000"));
    check_money("Công ty lãi hai tỷ đồng, tỷ lệ tăng 5%.", {{"2000000000", "VND", qualifier::exact, "hai tỷ đồng"}});
    // Before a currency name and after a comma.
    auto const billionaires = extract_ok("Việt Nam có 6 tỷ phú đô la, theo Forbes.");
    REQUIRE(billionaires.size() == 1);
    CHECK(billionaires[0].kind == figure_kind::count);
    CHECK(billionaires[0].value == dec("6"));
    check_money("Với 5 tỷ, phú ông mua một căn nhà.", {{"5000000000", "VND", qualifier::exact, "5 tỷ"}});
    check_money("Hai tỷ phú góp 3 tỷ đồng.", {{"3000000000", "VND", qualifier::exact, "3 tỷ đồng"}});
}

TEST_CASE("extract: a spelled range end below a hundred shares the scale word of the other", "[extract][vi][en]") {
    // Reading `một` as 1 in `từ một đến hai tỷ đồng` was a silent wrong value.
    check_money("Căn hộ được rao bán từ một đến hai tỷ đồng.",
                {{"1000000000", "VND", qualifier::exact, "từ một đến hai tỷ đồng", "2000000000"}});
    check_money("Học phí từ hai mươi đến ba mươi triệu đồng một năm.",
                {{"20000000", "VND", qualifier::exact, "từ hai mươi đến ba mươi triệu đồng", "30000000", "năm"}});
    check_money("Repairs will cost two to three million dollars.",
                {{"2000000", "USD", qualifier::exact, "two to three million dollars", "3000000"}});
    auto const figures = extract_ok("Căn hộ được rao bán từ một đến hai tỷ đồng.");
    REQUIRE(figures.size() == 1);
    CHECK(figures[0].written.scale_word == "tỷ");
    CHECK(figures[0].written.resolution == figura::decimal(1, 9));
    // `two to three hundred million` shares `hundred million`: never just the `million` (2000000).
    auto const hundreds = extract_ok("Repairs will cost two to three hundred million dollars.");
    REQUIRE(hundreds.size() == 1);
    CHECK(hundreds[0].value != dec("2000000"));
}

TEST_CASE("extract: two choices restated by two choices pair up in order", "[extract][en][vi]") {
    // `A1 or A2 (B1 or B2)`: B1 restates A1 and B2 restates A2; linking both to A2 made the checker
    // report B1 as a wrong conversion of A2.
    for (std::string_view const text : {"The fund will get 300 or 400 million yuan ($42m or $56m) next year.",
                                        "Gói thầu cần 5 hoặc 6 tỷ đồng, tức 200.000 hoặc 240.000 USD."}) {
        INFO(text);
        auto const figures = extract_ok(text);
        REQUIRE(figures.size() == 4);
        CHECK(figures[2].equivalent_of == std::optional<std::size_t>{0});
        CHECK(figures[3].equivalent_of == std::optional<std::size_t>{1});
    }
    // A second choice in the same currency restates nothing; a restatement after `, or` still does.
    auto const choice = extract_ok("The repair costs 2 or 3 million dollars.");
    REQUIRE(choice.size() == 2);
    CHECK_FALSE(choice[1].equivalent_of);
    auto const restated = extract_ok("The bonus is £1.2m, or £400,000 a year.");
    REQUIRE(restated.size() == 2);
    CHECK(restated[1].equivalent_of);
}

TEST_CASE("extract: `and` joins number words only after hundred or a scale word", "[extract][en]") {
    // `between two and three million dollars` was read as `three million dollars` alone: `two and
    // three` was taken for one number and failed.
    check_money("Repairs will cost between two and three million dollars.",
                {{"2000000", "USD", qualifier::exact, "between two and three million dollars", "3000000"}});
    check_money("The ticket was one hundred and five dollars.", {{"105", "USD", qualifier::exact, "one hundred and five dollars"}});
    check_money("The prize was two thousand and fifty dollars.", {{"2050", "USD", qualifier::exact, "two thousand and fifty dollars"}});
    check_money("They paid one and a half million dollars.", {{"1500000", "USD", qualifier::exact, "one and a half million dollars"}});
}

TEST_CASE("extract: a lone digit word of a spelled range takes `hundred` from the other end", "[extract][en][vi]") {
    // `six to seven hundred million dollars` was 6..700000000 USD: a silent wrong low end.
    check_money("The deal is worth six to seven hundred million dollars.",
                {{"600000000", "USD", qualifier::exact, "six to seven hundred million dollars", "700000000"}});
    check_money("A ticket costs five to six hundred dollars at the door.",
                {{"500", "USD", qualifier::exact, "five to six hundred dollars", "600"}});
    check_money("Vé bán từ hai đến ba trăm nghìn đồng.",
                {{"200000", "VND", qualifier::exact, "từ hai đến ba trăm nghìn đồng", "300000"}});
    auto const figures = extract_ok("The deal is worth six to seven hundred million dollars.");
    REQUIRE(figures.size() == 1);
    CHECK(figures[0].written.scale_word == "hundred million");
    CHECK(figures[0].written.resolution == figura::decimal(1, 8));
    // Only a lone digit word: `twenty to thirty million` shares the `million` alone.
    check_money("Repairs will cost twenty to thirty million dollars.",
                {{"20000000", "USD", qualifier::exact, "twenty to thirty million dollars", "30000000"}});
}

TEST_CASE("extract: a fraction joined by a hyphen scales the amount after `of`", "[extract][en]") {
    // `three-quarters of a billion dollars` was 1000000000 USD: the hyphen hid the count.
    check_money("The fund lost three-quarters of a billion dollars last year.",
                {{"750000000", "USD", qualifier::exact, "three-quarters of a billion dollars"}});
    check_money("The estate was worth one-half of a million pounds.",
                {{"500000", "GBP", qualifier::exact, "one-half of a million pounds"}});
    // No exact decimal: no figure, never the `a billion dollars` after it.
    check_money("Investors pulled two-thirds of a billion dollars from the fund.", {});
}

TEST_CASE("extract: a spelled first number of a coordination shares the later amount's scale and currency", "[extract][en][vi]") {
    // `two or three billion dollars` gave only the 3000000000: the `two` was not read at all.
    check_money("The company could invest two or three billion dollars in the plant.",
                {{"2000000000", "USD", qualifier::exact, "two"}, {"3000000000", "USD", qualifier::exact, "three billion dollars"}});
    check_money("The firm might pay two, or three million dollars.",
                {{"2000000", "USD", qualifier::exact, "two"}, {"3000000", "USD", qualifier::exact, "three million dollars"}});
    check_money("Each worker gets one or two dollars a day.",
                {{"1", "USD", qualifier::exact, "one", {}, "day"}, {"2", "USD", qualifier::exact, "two dollars", {}, "day"}});
    check_money("Repairs could cost two or three hundred dollars.",
                {{"200", "USD", qualifier::exact, "two"}, {"300", "USD", qualifier::exact, "three hundred dollars"}});
    check_money("Mỗi bức tranh được rao bán hai hoặc ba tỷ đồng.",
                {{"2000000000", "VND", qualifier::exact, "hai"}, {"3000000000", "VND", qualifier::exact, "ba tỷ đồng"}});
    check_money("Công ty có thể mất hai hay ba trăm triệu đồng.",
                {{"200000000", "VND", qualifier::exact, "hai"}, {"300000000", "VND", qualifier::exact, "ba trăm triệu đồng"}});
    // A qualifier before the first number applies to both.
    check_money("It could cost about two or three million euros.",
                {{"2000000", "EUR", qualifier::approx, "about two"}, {"3000000", "EUR", qualifier::approx, "three million euros"}});
    // Implied đồng stays implied on both.
    auto const implied = extract_ok("Dự án cần hai hoặc ba tỷ để hoàn thành.");
    REQUIRE(implied.size() == 2);
    for (auto const& f : implied) {
        CHECK(f.currency.code == "VND");
        CHECK(f.currency.source == figura::currency_source::implied);
    }
    CHECK(implied[0].value == dec("2000000000"));
    // The second choice restates nothing; choices restated in brackets still pair up in order.
    auto const choice = extract_ok("The company could invest two or three billion dollars in the plant.");
    REQUIRE(choice.size() == 2);
    CHECK_FALSE(choice[1].equivalent_of);
    auto const restated = extract_ok("The fund will get two or three billion yuan ($280m or $420m).");
    REQUIRE(restated.size() == 4);
    CHECK(restated[2].equivalent_of == std::optional<std::size_t>{0});
    CHECK(restated[3].equivalent_of == std::optional<std::size_t>{1});
    // With spelled counts on, the count `two` becomes the first choice instead of 2 dollars.
    figura::parse_options counts;
    counts.spelled_counts = true;
    check_money("The company could invest two or three billion dollars in the plant.",
                {{"2000000000", "USD", qualifier::exact, "two"}, {"3000000000", "USD", qualifier::exact, "three billion dollars"}}, counts);
    // Counts stay counts, and a hyphened currency (an adjective) adds no choice.
    check_money("Họ có thể mất hai hoặc ba triệu người lao động.", {});
    check_money("One or two million people may lose their jobs.", {});
    for (auto const& f : extract_ok("They built two or three million-dollar homes.")) CHECK(f.text != "two");
}

TEST_CASE("extract: market qualifiers `shy of`, `in the region of`, `near`, `or so` are read", "[extract][en][vi]") {
    // These were exact: a bound or an approximation read as the amount itself.
    check_money("Bitcoin slipped to just shy of $88,000 on Friday.", {{"88000", "USD", qualifier::lt, "just shy of $88,000"}});
    check_money("The club wants in the neighbourhood of £80m for the striker.",
                {{"80000000", "GBP", qualifier::approx, "in the neighbourhood of £80m"}});
    check_money("Solana hovered near $150 while ether rose.", {{"150", "USD", qualifier::approx, "near $150"}});
    check_money("The refit will cost $500m or so, the firm said.", {{"500000000", "USD", qualifier::approx, "$500m or so"}});
    check_money("Prices begin at $25,000 for the base model.", {{"25000", "USD", qualifier::ge, "begin at $25,000"}});
    check_money("Giá vàng xuýt xoát 90 triệu đồng/lượng.", {{"90000000", "VND", qualifier::approx, "xuýt xoát 90 triệu đồng", {}, "lượng"}});
    // `or so` after a counted noun is not the amount's: `20 years or so` stays an exact count.
    auto const years = extract_ok("In my 20 years or so at the firm I earned $5m.");
    REQUIRE(years.size() == 2);
    CHECK(years[0].qual == qualifier::exact);
}

TEST_CASE("extract: digits grouped by spaces are one money amount", "[extract][vi][en]") {
    // `25 000 USD` was the money 0 USD (and the count 25), `1 500 tỷ đồng` 500 tỷ: silent wrong values.
    check_money("Ông nhận 25 000 USD tiền thưởng.", {{"25000", "USD", qualifier::exact, "25 000 USD"}});
    check_money("Giá vé là 1 000 000 đồng một người.", {{"1000000", "VND", qualifier::exact, "1 000 000 đồng", {}, "người"}});
    check_money("The car costs €25 000 in Germany.", {{"25000", "EUR", qualifier::exact, "€25 000"}});
    check_money("Lãi khoảng 1 500 tỷ đồng.", {{"1500000000000", "VND", qualifier::approx, "khoảng 1 500 tỷ đồng"}});
    check_money("Rent is 2\u00a0500 USD a month.", {{"2500", "USD", qualifier::exact, "2\u00a0500 USD", {}, "month"}});
    auto const scaled = extract_ok("Lãi khoảng 1 500 tỷ đồng.");
    REQUIRE(scaled.size() == 1);
    CHECK(scaled[0].written.resolution == figura::decimal(1, 9));
    CHECK(scaled[0].written.bounds.lower->value == dec("1499500000000"));
    // Groups that are no money stay apart; a number glued to a word is not a group.
    auto const counts = extract_ok("Ngày 5 300 người tham gia.");
    REQUIRE(counts.size() == 2);
    CHECK(counts[0].value == dec("5"));
    CHECK(counts[1].value == dec("300"));
    check_money("Covid-19 500 USD.", {{"500", "USD", qualifier::exact, "500 USD"}});
    // A group that cannot be joined gives no figure, never 0 USD.
    for (auto const& f : extract_ok("The price rose from 20 000 to 25 000 USD.")) CHECK(f.value != dec("0"));
    // More groups than a numeral may have digits and separators (max_numeral_length) are not joined
    // into a value the scanner would refuse to read; the leftover groups give no figure either.
    std::string text = "Giá 1";
    for (std::size_t i = 0; i < figura::detail::max_numeral_length / 4 + 1; ++i) text += " 000";
    text += " USD.";
    auto const long_chain = extract_ok(text);
    REQUIRE(long_chain.size() == 1);
    CHECK(long_chain[0].value == dec("1"));
    CHECK(long_chain[0].kind == figure_kind::count);
}

TEST_CASE("extract: `an hour` is a per-unit tail, and links a restatement after it", "[extract][en]") {
    // `$7 an hour (about 47 yuan)` had no unit and no restatement: `an` was read as `a` and failed.
    auto const figures = extract_ok("She wanted a job that paid $7 an hour (about 47 yuan) near home.");
    REQUIRE(figures.size() == 2);
    CHECK(figures[0].per == "hour");
    CHECK(figures[0].text == "$7");
    CHECK(figures[1].equivalent_of == std::optional<std::size_t>{0});
    check_money("Some people work for one euro an hour.", {{"1", "EUR", qualifier::exact, "one euro", {}, "hour"}});
}

TEST_CASE("extract: digits after a Vietnamese scale word fill the places below it", "[extract][vi]") {
    // `1 tỷ 2 USD` was the money 2 USD and `2 nghìn 500 tỷ đồng` 500 tỷ: silent wrong values.
    check_money("Hợp đồng có giá trị 1 tỷ 2 USD.", {{"1200000000", "USD", qualifier::exact, "1 tỷ 2 USD"}});
    check_money("Lương anh ấy 8 triệu 5 mỗi tháng.", {{"8500000", "VND", qualifier::exact, "8 triệu 5", {}, "tháng"}});
    check_money("Căn hộ được rao giá 2 tỷ 5.", {{"2500000000", "VND", qualifier::exact, "2 tỷ 5"}});
    check_money("Tập đoàn thu về 2 nghìn 500 tỷ đồng.", {{"2500000000000", "VND", qualifier::exact, "2 nghìn 500 tỷ đồng"}});
    check_money("Chi phí khoảng 1 tỷ 250 USD.", {{"1250000000", "USD", qualifier::approx, "khoảng 1 tỷ 250 USD"}});
    auto const spoken = extract_ok("Căn hộ được rao giá 2 tỷ 5.");
    REQUIRE(spoken.size() == 1);
    CHECK(spoken[0].currency.source == figura::currency_source::implied);
    CHECK(spoken[0].written.resolution == figura::decimal(1, 8));
    // Digits before a word they count are not part of the amount.
    auto const years = extract_ok("Doanh thu tăng 3 tỷ 2 năm liền.");
    REQUIRE(years.size() == 2);
    CHECK(years[0].value == dec("3000000000"));
    CHECK(years[1].value == dec("2"));
    // Without implied đồng, bare digits make no money.
    figura::parse_options no_vnd;
    no_vnd.implied_vnd = false;
    check_money("Căn hộ được rao giá 2 tỷ 5.", {}, no_vnd);
}

TEST_CASE("extract: `a half-` and `a quarter-` before a scale word halve and quarter it", "[extract][en]") {
    // `a quarter-million dollars` and `a half-billion-dollar budget` gave no figure.
    check_money("The charity received a quarter-million dollars in gifts.",
                {{"250000", "USD", qualifier::exact, "a quarter-million dollars"}});
    check_money("The mayor proposed a half-billion-dollar budget.", {{"500000000", "USD", qualifier::exact, "a half-billion-dollar"}});
    auto const quarter = extract_ok("The charity received a quarter-million dollars in gifts.");
    REQUIRE(quarter.size() == 1);
    CHECK(quarter[0].written.resolution == dec("250000"));
    // `and a half` belongs to the number before it: `a half billion` is never a figure of its own.
    CHECK(extract_ok("Go back about two and a half billion years, to a sterile rock.").empty());
    check_money("It cost two and a half billion dollars.", {{"2500000000", "USD", qualifier::exact, "two and a half billion dollars"}});
    // A quarter that scales nothing is no number.
    CHECK(extract_ok("The first quarter was weak, and a quarter of staff left.").empty());
}

TEST_CASE("extract: kroner and kronor are money, the country named deciding which", "[extract][en]") {
    // `1.3 trillion kroner ($120bn)` was a count, and the $120bn restated nothing.
    auto const fund = extract_ok("Norway's fund, worth 1.3 trillion kroner ($120bn), is the largest.");
    REQUIRE(fund.size() == 2);
    CHECK(fund[0].kind == figure_kind::money);
    CHECK(fund[0].currency.code == "NOK");
    CHECK(fund[0].currency.alternatives == std::vector<std::string>{"DKK"});
    CHECK(fund[1].equivalent_of == std::optional<std::size_t>{0});
    check_money("The Danish drugmaker earned 100bn kroner last year.", {{"100000000000", "DKK", qualifier::exact, "100bn kroner"}});
    check_money("A Swedish retailer sold goods worth 50bn kronor.", {{"50000000000", "SEK", qualifier::exact, "50bn kronor"}});
    check_money("Iceland spent 10bn krona on roads.", {{"10000000000", "ISK", qualifier::exact, "10bn krona"}});
}
