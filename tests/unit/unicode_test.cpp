#include "unicode/text.hpp"

#include <catch2/catch.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

using figura::detail::check_utf8;
using figura::detail::check_utf8_general;
using figura::detail::count_code_points;
using figura::detail::decode_code_point;
using figura::detail::find_invalid_utf8;
using figura::detail::is_nfc_stable_starter;
using figura::detail::is_word_code_point;
using figura::detail::line_index;
using figura::detail::normalized_text;

namespace {

// An independent, deliberately plain reading of the UTF-8 definition (decode, then reject
// overlong forms, surrogates and values above U+10FFFF) to check the table-driven validator.
bool reference_valid(std::vector<unsigned char> const& s) {
    std::size_t i = 0;
    while (i < s.size()) {
        unsigned char const c = s[i];
        std::size_t len = 0;
        char32_t cp = 0;
        if (c < 0x80) {
            len = 1;
            cp = c;
        } else if ((c & 0xE0) == 0xC0) {
            len = 2;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (i + len > s.size()) return false;
        for (std::size_t k = 1; k < len; ++k) {
            if ((s[i + k] & 0xC0) != 0x80) return false;
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        char32_t const min_for_length[] = {0, 0, 0x80, 0x800, 0x10000};
        if (cp < min_for_length[len]) return false;
        if (cp >= 0xD800 && cp <= 0xDFFF) return false;
        if (cp > 0x10FFFF) return false;
        i += len;
    }
    return true;
}

std::string_view view(std::vector<unsigned char> const& s) {
    return {reinterpret_cast<char const*>(s.data()), s.size()};
}

}  // namespace

TEST_CASE("unicode: valid UTF-8 has no invalid position", "[unicode]") {
    auto const texts = std::vector<std::string>{
        "",
        "abc",
        "100 tỷ nhân dân tệ",
        "Đầu tư 2.500 tỷ đồng (khoảng 100 triệu USD)",
        "€ ₫ ￥ £",
        "\xF0\x9D\x84\x9E",  // U+1D11E, four bytes
        "\xF4\x8F\xBF\xBF",  // U+10FFFF, the last code point
        "\xEF\xBF\xBF",      // U+FFFF
        "\xED\x9F\xBF",      // U+D7FF, just below the surrogates
        "\xEE\x80\x80",      // U+E000, just above them
        std::string(1000, 'x') + "é" + std::string(37, 'y'),
    };
    for (auto const& t : texts) {
        INFO(t);
        CHECK(find_invalid_utf8(t) == std::nullopt);
    }
}

TEST_CASE("unicode: each ill-formed UTF-8 class is reported at its first byte", "[unicode]") {
    struct row {
        std::string bytes;
        std::size_t position;
        char const* what;
    };
    auto const rows = std::vector<row>{
        {"\x80", 0, "lone continuation byte"},
        {"ab\xBF", 2, "continuation byte after ASCII"},
        {"t\xE1\xBB\xB7\x80", 4, "continuation byte after a complete sequence"},
        {"\xC0\xAF", 0, "overlong two-byte (C0)"},
        {"a\xC1\xBF", 1, "overlong two-byte (C1)"},
        {"\xE0\x80\xAF", 0, "overlong three-byte"},
        {"\xE0\x9F\xBF", 0, "overlong three-byte, top of range"},
        {"\xF0\x80\x80\xAF", 0, "overlong four-byte"},
        {"\xF0\x8F\xBF\xBF", 0, "overlong four-byte, top of range"},
        {"\xED\xA0\x80", 0, "high surrogate U+D800"},
        {"x\xED\xBF\xBF", 1, "low surrogate U+DFFF"},
        {"\xF4\x90\x80\x80", 0, "U+110000"},
        {"\xF5\x80\x80\x80", 0, "lead byte F5"},
        {"\xF8\x88\x80\x80\x80", 0, "five-byte form"},
        {"\xFE", 0, "byte FE"},
        {"\xFF", 0, "byte FF"},
        {"ab\xE1\xBB", 2, "truncated three-byte at end"},
        {"\xC3", 0, "truncated two-byte at end"},
        {"\xF0\x9D\x84", 0, "truncated four-byte at end"},
        {"\xE1\xBB" "A", 0, "three-byte cut short by ASCII"},
        {"\xC3\xC3\xA9", 0, "lead byte followed by a lead byte"},
        {std::string(37, 'a') + "\x80", 37, "after a long ASCII run (fast path)"},
        {std::string(64, 'a') + "\xC3", 64, "truncated after a 64-byte ASCII run"},
        {std::string(16, 'a') + "\xE1\xBB\xB7" + std::string(20, 'b') + "\xED\xA0\x80", 39,
         "surrogate after mixed text"},
    };
    for (auto const& r : rows) {
        INFO(r.what);
        CHECK(find_invalid_utf8(r.bytes) == std::optional<std::size_t>(r.position));
    }
}

TEST_CASE("unicode: validator agrees with the UTF-8 definition on every short sequence", "[unicode]") {
    // All 1- and 2-byte strings, every 3-byte string from a lead >= 0xC0, and 4-byte strings over
    // the boundary values of each position.
    std::size_t disagreements = 0;
    std::vector<unsigned char> s;
    for (unsigned a = 0; a < 256; ++a) {
        s = {static_cast<unsigned char>(a)};
        disagreements += (find_invalid_utf8(view(s)) == std::nullopt) != reference_valid(s);
        for (unsigned b = 0; b < 256; ++b) {
            s = {static_cast<unsigned char>(a), static_cast<unsigned char>(b)};
            disagreements += (find_invalid_utf8(view(s)) == std::nullopt) != reference_valid(s);
        }
    }
    for (unsigned a = 0xC0; a < 256; ++a) {
        for (unsigned b = 0; b < 256; ++b) {
            for (unsigned c = 0; c < 256; ++c) {
                s = {static_cast<unsigned char>(a), static_cast<unsigned char>(b), static_cast<unsigned char>(c)};
                disagreements += (find_invalid_utf8(view(s)) == std::nullopt) != reference_valid(s);
            }
        }
    }
    unsigned char const edges[] = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xF4, 0xFF};
    for (unsigned a = 0xF0; a < 256; ++a) {
        for (unsigned char b : edges) {
            for (unsigned char c : edges) {
                for (unsigned char d : edges) {
                    s = {static_cast<unsigned char>(a), b, c, d};
                    disagreements += (find_invalid_utf8(view(s)) == std::nullopt) != reference_valid(s);
                }
            }
        }
    }
    CHECK(disagreements == 0);
}

namespace {

std::string encode(char32_t cp) {
    std::string s;
    if (cp < 0x80) {
        s += static_cast<char>(cp);
    } else if (cp < 0x800) {
        s += static_cast<char>(0xC0 | (cp >> 6));
        s += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        s += static_cast<char>(0xE0 | (cp >> 12));
        s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        s += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        s += static_cast<char>(0xF0 | (cp >> 18));
        s += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        s += static_cast<char>(0x80 | (cp & 0x3F));
    }
    return s;
}

// `bytes` after `at` bytes of fast-path text (ASCII, "đ", "ế"), then `tail`: puts `bytes` at each
// place in check_utf8's 16-byte steps, cut by the end of input or not.
std::string placed(std::string_view bytes, std::size_t at, std::string_view tail) {
    std::string s;
    std::string_view const pattern = "V\xE1\xBA\xBF t\xC4\x91 ";  // "Vế tđ "
    for (std::size_t k = 0; s.size() < at; ++k) {
        // Whole letters only, so the text before `bytes` is always well-formed.
        std::string_view piece = pattern.substr(k % pattern.size(), 1);
        if (piece[0] == '\xE1') piece = pattern.substr(k % pattern.size(), 3), k += 2;
        else if (piece[0] == '\xC4') piece = pattern.substr(k % pattern.size(), 2), k += 1;
        if (s.size() + piece.size() > at) piece = "a";
        s += piece;
    }
    s += bytes;
    s += tail;
    return s;
}

// Counts inputs where check_utf8 (fast path) and check_utf8_general differ, placing `bytes` at
// every offset of a 16-byte step, at the end of the input and before more text.
std::size_t fast_path_disagreements(std::string_view bytes) {
    std::size_t disagreements = 0;
    for (std::size_t at = 0; at < 34; ++at) {
        for (std::string_view tail : {std::string_view{}, std::string_view{"x \xE1\xBB\x87 \xC6\xB0 abcdefghijkl"}}) {
            std::string const s = placed(bytes, at, tail);
            auto const fast = check_utf8(s);
            auto const general = check_utf8_general(s);
            disagreements += fast.invalid != general.invalid || fast.certainly_nfc != general.certainly_nfc;
        }
    }
    return disagreements;
}

}  // namespace

TEST_CASE("unicode: check_utf8's fast-path code points are NFC-stable starters per ICU", "[unicode][vi]") {
    // The SSE2 path passes U+0080..U+02FF (leads C2..CB) and U+1E00..U+1EFF (E1 B8..BB) without the table.
    std::size_t unstable = 0;
    for (char32_t cp = 0x80; cp < 0x300; ++cp) unstable += !is_nfc_stable_starter(cp);
    for (char32_t cp = 0x1E00; cp < 0x1F00; ++cp) unstable += !is_nfc_stable_starter(cp);
    CHECK(unstable == 0);
    // Just outside them they are not all stable (combining marks U+0300, U+1DC0), so the ranges matter.
    CHECK_FALSE(is_nfc_stable_starter(0x0300));
    CHECK_FALSE(is_nfc_stable_starter(0x1DC0));
    CHECK_FALSE(is_nfc_stable_starter(0x2000));  // singleton, NFC_QC=No
}

TEST_CASE("unicode: check_utf8 agrees with its general path on every code point near the fast ranges", "[unicode][vi]") {
    std::size_t disagreements = 0;
    std::size_t checked = 0;
    // Every code point of two-byte leads C0..CF and of three-byte leads E1 B4..E2 84, around the
    // fast ranges; every 97th code point elsewhere (surrogates are encoded too: ill-formed input).
    for (char32_t cp = 0; cp <= 0x10FFFF; ++cp) {
        bool const near = cp < 0x400 || (cp >= 0x1D00 && cp < 0x2100);
        if (!near && cp % 97 != 0) continue;
        disagreements += fast_path_disagreements(encode(cp));
        ++checked;
    }
    CHECK(checked > 13000);
    CHECK(disagreements == 0);
}

TEST_CASE("unicode: check_utf8 agrees with its general path on ill-formed bytes at fast-path boundaries", "[unicode]") {
    std::size_t disagreements = 0;
    std::string s;
    // Every two-byte string: lone C0/C1/F5+ bytes, leads cut short, continuation bytes without a lead.
    for (unsigned a = 0x80; a < 256; ++a) {
        for (unsigned b = 0; b < 256; ++b) {
            s = {static_cast<char>(a), static_cast<char>(b)};
            disagreements += fast_path_disagreements(s);
        }
    }
    CHECK(disagreements == 0);
    // Every three-byte string from E0 (overlongs), E1 (the fast lead), E2 (punctuation), ED (surrogates).
    for (unsigned a : {0xE0U, 0xE1U, 0xE2U, 0xEDU}) {
        for (unsigned b = 0x70; b < 0xD0; ++b) {
            for (unsigned c = 0x70; c < 0xD0; ++c) {
                s = {static_cast<char>(a), static_cast<char>(b), static_cast<char>(c)};
                disagreements += fast_path_disagreements(s);
            }
        }
    }
    CHECK(disagreements == 0);
}

TEST_CASE("unicode: check_utf8 places errors and NFC doubts after fast-path text", "[unicode][vi]") {
    // 15 bytes of fast-path text: the sequence below starts at the last byte of the first 16-byte step.
    std::string const head = placed("", 15, "");
    REQUIRE(head.size() == 15);
    struct row {
        std::string tail;
        std::optional<std::size_t> invalid;
        bool nfc;
        char const* what;
    };
    auto const rows = std::vector<row>{
        {"\xC3", 15, false, "two-byte lead truncated at end of input"},
        {"\xE1\xBB", 15, false, "three-byte lead truncated at end of input"},
        {"\xC3\xA9" + std::string(20, 'a'), std::nullopt, true, "letter across the step boundary"},
        {"\xE1\xBB\x87" + std::string(20, 'a'), std::nullopt, true, "Vietnamese letter across the step boundary"},
        {"\xC0\xAF" + std::string(20, 'a'), 15, false, "overlong C0"},
        {"\xC1\xBF" + std::string(20, 'a'), 15, false, "overlong C1"},
        {"\xE0\x80\xAF" + std::string(20, 'a'), 15, false, "overlong three-byte"},
        {"\xED\xA0\x80" + std::string(20, 'a'), 15, false, "surrogate"},
        {"\xF5\x80\x80\x80" + std::string(20, 'a'), 15, false, "lead F5"},
        {"\xC2\x80" + std::string(20, 'a'), std::nullopt, true, "C1 control U+0080 is well-formed"},
        {"\xCC\x81" + std::string(20, 'a'), std::nullopt, false, "combining acute U+0301"},
        {"\xE1\xB7\x80" + std::string(20, 'a'), std::nullopt, false, "combining mark U+1DC0"},
        {"\xE2\x80\x80" + std::string(20, 'a'), std::nullopt, false, "singleton U+2000"},
        {"\xE2\x80\x9C" + std::string(20, 'a'), std::nullopt, true, "left quote U+201C"},
        {std::string(20, 'a') + "\x80", 35, false, "continuation byte after a full step"},
    };
    for (auto const& r : rows) {
        INFO(r.what);
        auto const c = check_utf8(head + r.tail);
        CHECK(c.invalid == r.invalid);
        CHECK(c.certainly_nfc == r.nfc);
        CHECK(find_invalid_utf8(head + r.tail) == r.invalid);
    }
}

TEST_CASE("unicode: ASCII and NFC text is kept without a copy", "[unicode]") {
    std::string const ascii = "Revenue rose to $14bn in 2021.";
    normalized_text const a(ascii);
    CHECK_FALSE(a.changed());
    CHECK(a.text().data() == ascii.data());
    CHECK(a.text() == ascii);
    CHECK(a.to_source(7) == 7);

    std::string const nfc = "Hà Nội: 100 tỷ nhân dân tệ";
    normalized_text const v(nfc);
    CHECK_FALSE(v.changed());
    CHECK(v.text().data() == nfc.data());
    CHECK(v.to_source(12) == 12);

    normalized_text const empty("");
    CHECK_FALSE(empty.changed());
    CHECK(empty.text().empty());
}

TEST_CASE("unicode: NFD input is normalised and offsets map back to the source", "[unicode][vi]") {
    // "ty" + U+0309 (hook above) + " " + "đ" + "o" + U+0302 + U+0300 + "ng": "tỷ đồng" decomposed.
    std::string const source = "ty\xCC\x89 \xC4\x91o\xCC\x82\xCC\x80ng";
    REQUIRE(source.size() == 14);
    normalized_text const n(source);
    REQUIRE(n.changed());
    CHECK(n.text() == "tỷ đồng");
    REQUIRE(n.text().size() == 12);

    struct row {
        std::size_t nfc;
        std::size_t src;
    };
    // NFC: t0 ỷ1-3 ' '4 đ5-6 ồ7-9 n10 g11 end12; source: t0 y1 (hook 2-3) ' '4 đ5-6 o7 (marks 8-11) n12 g13 end14.
    auto const rows = std::vector<row>{
        {0, 0}, {1, 1}, {4, 4}, {5, 5}, {7, 7}, {10, 12}, {11, 13}, {12, 14},
        {2, 1},  // inside the normalised "ỷ": its start
        {8, 7},  // inside "ồ"
    };
    for (auto const& r : rows) {
        INFO("nfc offset " << r.nfc);
        CHECK(n.to_source(r.nfc) == r.src);
    }
    CHECK(n.to_source(1000) == source.size());  // past the end clamps to the end
}

TEST_CASE("unicode: adjacent normalised letters keep the boundary between them", "[unicode][vi]") {
    // "t" + "y" U+0309 + "o" U+0302 U+0300 -> "tỷồ": two changed segments with no unchanged byte between.
    std::string const source = "ty\xCC\x89o\xCC\x82\xCC\x80!";
    normalized_text const n(source);
    REQUIRE(n.changed());
    CHECK(n.text() == "tỷồ!");
    CHECK(n.to_source(1) == 1);
    CHECK(n.to_source(4) == 4);   // start of "ồ" is the "o" in the source
    CHECK(n.to_source(5) == 4);   // inside "ồ"
    CHECK(n.to_source(7) == 9);   // "!"
    CHECK(n.to_source(8) == 10);  // end
}

TEST_CASE("unicode: a change at the very start and singletons map correctly", "[unicode]") {
    // "e" + U+0301 + "x" -> "éx"
    normalized_text const e("e\xCC\x81x");
    REQUIRE(e.changed());
    CHECK(e.text() == "\xC3\xA9x");
    CHECK(e.to_source(0) == 0);
    CHECK(e.to_source(2) == 3);
    CHECK(e.to_source(3) == 4);

    // Marks out of canonical order ("a" + U+0302 + U+0323) compose to U+1EAD; then OHM SIGN -> U+03A9.
    std::string const source = "a\xCC\x82\xCC\xA3 \xE2\x84\xA6 ok";
    normalized_text const n(source);
    REQUIRE(n.changed());
    CHECK(n.text() == "\xE1\xBA\xAD \xCE\xA9 ok");
    CHECK(n.to_source(3) == 5);   // the space
    CHECK(n.to_source(4) == 6);   // the ohm sign's start
    CHECK(n.to_source(6) == 9);   // the space after it
    CHECK(n.to_source(7) == 10);  // "ok"
    CHECK(n.to_source(9) == 12);
}

TEST_CASE("unicode: line and code-point column", "[unicode]") {
    std::string const text = "ab\ncd\r\n\xC3\xA9" "f\n";
    line_index const idx(text);
    CHECK(idx.line_count() == 4);
    CHECK(idx.line_start(1) == 0);
    CHECK(idx.line_start(2) == 3);
    CHECK(idx.line_start(3) == 7);
    CHECK(idx.line_start(4) == 11);

    struct row {
        std::size_t begin;
        std::size_t line;
        std::size_t column;
    };
    auto const rows = std::vector<row>{
        {0, 1, 1}, {1, 1, 2}, {2, 1, 3},  // 'a', 'b', '\n'
        {3, 2, 1}, {4, 2, 2}, {5, 2, 3},  // 'c', 'd', '\r' (\r\n is one break)
        {7, 3, 1}, {9, 3, 2},             // 'é' (2 bytes), 'f'
        {11, 4, 1},                       // after the final '\n'
    };
    for (auto const& r : rows) {
        INFO("offset " << r.begin);
        auto const s = idx.span(r.begin, r.begin + 1);
        CHECK(s.begin == r.begin);
        CHECK(s.line == r.line);
        CHECK(s.column == r.column);
    }

    std::string const vi = "Tin nhanh\nĐầu tư 100 tỷ đồng";
    line_index const v(vi);
    auto const pos = vi.find("100");
    auto const s = v.span(pos, pos + 3);
    CHECK(s.line == 2);
    CHECK(s.begin == 10 + 11);
    CHECK(s.end == s.begin + 3);
    CHECK(s.column == 8);  // "Đầu tư " is 7 code points but 11 bytes

    // A caller may index only a prefix (the valid bytes before an encoding error) and ask for the
    // span of the byte just after it: offsets are kept, the position is the end of the prefix.
    std::string const prefix = "ab\ncd";
    line_index const p(prefix);
    auto const after = p.span(5, 6);
    CHECK(after.begin == 5);
    CHECK(after.end == 6);
    CHECK(after.line == 2);
    CHECK(after.column == 3);

    line_index const empty("");
    CHECK(empty.line_count() == 1);
    auto const z = empty.span(0, 0);
    CHECK(z.line == 1);
    CHECK(z.column == 1);
}

TEST_CASE("unicode: code point counting and decoding", "[unicode]") {
    CHECK(count_code_points("") == 0);
    CHECK(count_code_points("abc") == 3);
    CHECK(count_code_points("tỷ đồng") == 7);
    CHECK(count_code_points("\xF0\x9D\x84\x9E") == 1);

    struct row {
        std::string bytes;
        char32_t cp;
        std::size_t length;
    };
    auto const rows = std::vector<row>{
        {"a", U'a', 1},
        {"\xC4\x91", 0x0111, 2},          // đ
        {"\xE1\xBB\xB7", 0x1EF7, 3},      // ỷ
        {"\xE2\x82\xAB", 0x20AB, 3},      // ₫
        {"\xF0\x9D\x84\x9E", 0x1D11E, 4},
        {"\xF4\x8F\xBF\xBF", 0x10FFFF, 4},
        {"\xE1\xBB", 0xFFFD, 1},          // truncated: replacement, one byte, no over-read
        {"\x80x", 0xFFFD, 1},
    };
    for (auto const& r : rows) {
        std::size_t length = 99;
        char const* p = r.bytes.data();
        CHECK(decode_code_point(p, p + r.bytes.size(), length) == r.cp);
        CHECK(length == r.length);
    }
    std::size_t length = 99;
    char const* p = "a";
    CHECK(decode_code_point(p, p, length) == 0);
    CHECK(length == 0);
}

TEST_CASE("unicode: word code points are letters, digits and marks", "[unicode]") {
    for (char32_t cp : {U'a', U'Z', U'0', U'9', char32_t{0x0111}, char32_t{0x1EF7}, char32_t{0x0309},
                        char32_t{0x0663}, char32_t{0x4E00}, char32_t{0x00E9}}) {
        INFO(static_cast<std::uint32_t>(cp));
        CHECK(is_word_code_point(cp));
    }
    for (char32_t cp : {U' ', U'$', U'.', U',', U'-', U'_', char32_t{0x00A0}, char32_t{0x20AB}, char32_t{0x20AC},
                        char32_t{0x2013}, char32_t{0xFFE5}, char32_t{0x110000}, char32_t{0xFFFFFFFF}}) {
        INFO(static_cast<std::uint32_t>(cp));
        CHECK_FALSE(is_word_code_point(cp));
    }
}
