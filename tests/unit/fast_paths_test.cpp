// The shortcuts extract() takes for speed must not change what it finds: language detection that
// stops once the rest of a paragraph cannot change its answer, the scanner's 16-byte blocks, the
// numeral check that builds no value, the eight-bytes-at-a-time code point count. Each is checked
// against a plain reference or an invariant over many generated inputs (fixed seed).

#include "figura/parse.hpp"
#include "parse/numbers.hpp"
#include "test_random.hpp"
#include "unicode/text.hpp"

#include <catch2/catch.hpp>

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

using figura::language;

namespace {

using figura::test::splitmix64;

bool reference_vietnamese_letter(char32_t cp) {
    static constexpr char32_t singles[] = {
        0x00C0, 0x00C1, 0x00C2, 0x00C3, 0x00C8, 0x00C9, 0x00CA, 0x00CC, 0x00CD, 0x00D2, 0x00D3, 0x00D4, 0x00D5,
        0x00D9, 0x00DA, 0x00DD, 0x00E0, 0x00E1, 0x00E2, 0x00E3, 0x00E8, 0x00E9, 0x00EA, 0x00EC, 0x00ED, 0x00F2,
        0x00F3, 0x00F4, 0x00F5, 0x00F9, 0x00FA, 0x00FD, 0x0102, 0x0103, 0x0110, 0x0111, 0x0128, 0x0129, 0x0168,
        0x0169, 0x01A0, 0x01A1, 0x01AF, 0x01B0,
    };
    if (cp >= 0x1EA0 && cp <= 0x1EF9) return true;
    for (char32_t s : singles) {
        if (s == cp) return true;
    }
    return false;
}

// The documented rule, read word by word over the whole paragraph: a word is a run of letters
// (ASCII letters; other letters, digits and marks of any script); `vi` when at least one word in
// five has a Vietnamese letter.
std::optional<language> reference_detect(std::string_view text) {
    std::size_t words = 0;
    std::size_t vietnamese_words = 0;
    bool in_word = false;
    bool word_vi = false;
    std::size_t i = 0;
    while (i < text.size()) {
        std::size_t length = 1;
        char32_t const cp = figura::detail::decode_code_point(text.data() + i, text.data() + text.size(), length);
        bool const letter = cp < 0x80 ? ((cp | 0x20) >= U'a' && (cp | 0x20) <= U'z') : figura::detail::is_word_code_point(cp);
        if (letter) {
            if (!in_word) ++words;
            word_vi = (in_word && word_vi) || reference_vietnamese_letter(cp);
            in_word = true;
        } else {
            if (in_word && word_vi) ++vietnamese_words;
            in_word = false;
        }
        i += length;
    }
    if (in_word && word_vi) ++vietnamese_words;
    if (words == 0) return std::nullopt;
    return vietnamese_words * 5 >= words ? language::vi : language::en;
}

constexpr std::array<std::string_view, 28> pieces = {
    "the", "revenue", "million", "người", "Việt", "đồng", "tỷ", "nghìn", "Đà", "Nẵng", "ý", "e\xCC\x81",  // e + U+0301
    "5", "2,5", "12.000", "%", "$", "(", ")", ",", ".", "\xC2\xA0", "\xE2\x80\x94", "\xE2\x80\x9C", "Ωμέγα", "Київ",
    "\xF0\x9F\x98\x80", "x",
};
constexpr std::array<std::string_view, 4> gaps = {" ", " ", "", "\t"};

std::string random_text(splitmix64& rng, std::size_t max_pieces) {
    std::string s;
    std::size_t const n = rng.below(max_pieces + 1);
    for (std::size_t i = 0; i < n; ++i) {
        s += pieces[rng.below(pieces.size())];
        s += gaps[rng.below(gaps.size())];
    }
    return s;
}

}  // namespace

TEST_CASE("fast_paths: detect_language matches the word-by-word rule", "[fast_paths]") {
    splitmix64 rng{20261128};
    std::size_t vi = 0;
    std::size_t en = 0;
    for (int i = 0; i < 20000; ++i) {
        // Bias some paragraphs towards one language so that both answers and close calls occur.
        std::string text = random_text(rng, 80);
        if (i % 3 == 0) {
            for (int k = 0; k < 30; ++k) text += rng.below(2) != 0 ? "the revenue " : "người Việt ";
        } else if (i % 3 == 1) {
            for (int k = 0; k < 30; ++k) text += rng.below(6) != 0 ? "the revenue " : "người Việt ";
            text += random_text(rng, 20);
        }
        auto const expected = reference_detect(text);
        INFO(text);
        REQUIRE(figura::detect_language(text) == expected);
        if (expected == language::vi) ++vi;
        if (expected == language::en) ++en;
    }
    // Both answers were exercised.
    CHECK(vi > 1000);
    CHECK(en > 1000);
}

TEST_CASE("fast_paths: figures do not depend on where the line's 16-byte blocks fall", "[fast_paths]") {
    std::vector<std::string> const sentences = {
        "Revenue rose to $5.2bn, up from two hundred million dollars in 2021.",
        "Doanh thu đạt 2.500 tỷ đồng (khoảng 100 triệu USD), tăng 5%.",
        "Between $5m and $6m; aged 45; one thousand GPUs; xmillion 7tn",
        "ba nghìn tỷ đồng, hai trăm triệu, 52.345 đ/kg và 10.000 GPU",
        // Every anchor's three bytes: spelled scales, currency names after spelled numbers, `xu` at the end.
        "ten dollars, twenty euros, fifty cents, five bucks, a trillion won and six billion yen",
        "mười đô la, ba ngàn đồng, năm tỉ đồng, bốn trăm nghìn và hai mươi xu",
    };
    for (auto const& sentence : sentences) {
        auto const base = figura::extract(sentence);
        REQUIRE(base);
        REQUIRE(!base->empty());
        for (std::size_t shift = 1; shift <= 40; ++shift) {
            // Filler that starts nothing, and keeps the language: ASCII for English, đ for Vietnamese.
            std::string filler;
            while (filler.size() < shift) filler += (filler.size() % 5 == 4) ? ' ' : 'x';
            filler.back() = ' ';
            auto const shifted = figura::extract(filler + sentence);
            REQUIRE(shifted);
            INFO(sentence << " shifted by " << shift);
            REQUIRE(shifted->size() == base->size());
            for (std::size_t i = 0; i < base->size(); ++i) {
                CHECK((*shifted)[i].text == (*base)[i].text);
                CHECK((*shifted)[i].value == (*base)[i].value);
                CHECK((*shifted)[i].span.begin == (*base)[i].span.begin + filler.size());
            }
        }
    }
}

TEST_CASE("fast_paths: is_numeral agrees with read_numeral", "[fast_paths]") {
    splitmix64 rng{7};
    constexpr std::string_view alphabet = "0123456789,.";
    for (int i = 0; i < 50000; ++i) {
        std::string text;
        std::size_t const n = rng.below(24);
        for (std::size_t k = 0; k < n; ++k) {
            // Mostly digits, so that valid groupings are common.
            text += rng.below(3) == 0 ? alphabet[10 + rng.below(2)] : alphabet[rng.below(10)];
        }
        for (auto lang : {language::en, language::vi}) {
            INFO(text);
            REQUIRE(figura::detail::is_numeral(text, lang) == figura::detail::read_numeral(text, lang).has_value());
        }
    }
    for (std::string_view text : {"", ".5", "5.", ",5", "1,234.5", "1.234,5", "12,34", "1.2.3", "1234567890123456789012",
                                  "123,456,789,012,345,678,901.25"}) {
        for (auto lang : {language::en, language::vi}) {
            INFO(text);
            CHECK(figura::detail::is_numeral(text, lang) == figura::detail::read_numeral(text, lang).has_value());
        }
    }
}

TEST_CASE("fast_paths: count_code_points counts lead bytes at every length and alignment", "[fast_paths]") {
    splitmix64 rng{3};
    for (int i = 0; i < 2000; ++i) {
        std::string const text = random_text(rng, 12);
        for (std::size_t from = 0; from < 9 && from <= text.size(); ++from) {
            std::string_view const part = std::string_view(text).substr(from);
            std::size_t expected = 0;
            for (char c : part) expected += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
            REQUIRE(figura::detail::count_code_points(part) == expected);
        }
    }
    // Long texts: the vector path sums its lanes every 255 steps of sixteen bytes.
    for (int i = 0; i < 20; ++i) {
        std::string text;
        while (text.size() < 4080 * 3 + 100) text += random_text(rng, 12);
        for (std::size_t length : {4079UL, 4080UL, 4081UL, 4096UL, 8160UL, 8161UL, text.size()}) {
            std::string_view const part = std::string_view(text).substr(0, length);
            std::size_t expected = 0;
            for (char c : part) expected += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
            REQUIRE(figura::detail::count_code_points(part) == expected);
        }
    }
}
