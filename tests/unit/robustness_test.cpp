// Robustness: hostile and oversized input gives figures or a clear error with its place, never a
// crash, a hang or a guessed value. Inputs are generated from fixed seeds so failures reproduce.
// Nothing here is timed: speed lives in benchmarks/.

#include <catch2/catch.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "figura/parse.hpp"
#include "test_random.hpp"

namespace {

using figura::decimal;
using figura::figure;
using figura::language;
using figura::parse_options;

using rng = figura::test::splitmix64;

parse_options in(language l) {
    parse_options o;
    o.lang = l;
    return o;
}

/// First byte not starting a well-formed UTF-8 sequence; written here, not taken from src/unicode,
/// so the library's validator is checked against an independent one.
std::optional<std::size_t> first_invalid_utf8(std::string_view s) {
    auto at = [&](std::size_t i) { return static_cast<unsigned>(static_cast<unsigned char>(s[i])); };
    for (std::size_t i = 0; i < s.size();) {
        unsigned const b = at(i);
        if (b < 0x80) {
            ++i;
            continue;
        }
        std::size_t len = 0;
        unsigned lo = 0x80, hi = 0xBF;
        if (b >= 0xC2 && b <= 0xDF) len = 2;
        else if (b == 0xE0) len = 3, lo = 0xA0;
        else if ((b >= 0xE1 && b <= 0xEC) || b == 0xEE || b == 0xEF) len = 3;
        else if (b == 0xED) len = 3, hi = 0x9F;
        else if (b == 0xF0) len = 4, lo = 0x90;
        else if (b >= 0xF1 && b <= 0xF3) len = 4;
        else if (b == 0xF4) len = 4, hi = 0x8F;
        else return i;
        if (i + len > s.size() || at(i + 1) < lo || at(i + 1) > hi) return i;
        for (std::size_t k = 2; k < len; ++k)
            if ((at(i + k) & 0xC0) != 0x80) return i;
        i += len;
    }
    return std::nullopt;
}

/// 1-based line and code-point column of `offset` in valid UTF-8.
std::pair<std::size_t, std::size_t> line_column(std::string_view s, std::size_t offset) {
    std::size_t line = 1, column = 1;
    for (std::size_t i = 0; i < offset; ++i) {
        if (s[i] == '\n') line += 1, column = 1;
        else if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) ++column;
    }
    return {line, column};
}

bool is_boundary(std::string_view s, std::size_t i) {
    return i >= s.size() || (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80;
}

/// A clear error: stable id, message, and a place inside the input.
void require_clear_error(std::string_view input, figura::error const& e) {
    INFO("error " << e.id << ": " << e.message);
    CHECK(e.id.rfind("F-", 0) == 0);
    CHECK_FALSE(e.message.empty());
    REQUIRE(e.where.begin <= e.where.end);
    REQUIRE(e.where.end <= input.size());
    CHECK(e.where.line >= 1);
    CHECK(e.where.column >= 1);
}

/// Figures from `extract(input)`: in order, not overlapping, each span on code-point boundaries
/// with the right line/column, text equal to the input bytes there, bounds ordered.
/// Checked with plain `if` so a million-byte input does not make a million assertions.
void require_valid_figures(std::string_view input, std::vector<figure> const& figures) {
    std::size_t line = 1, column = 1, at = 0, previous_end = 0;
    for (std::size_t i = 0; i < figures.size(); ++i) {
        auto const& f = figures[i];
        auto const& sp = f.span;
        INFO("figure " << i << " [" << sp.begin << ", " << sp.end << ") " << f.text);
        if (!(sp.begin < sp.end && sp.end <= input.size())) FAIL("span outside the input");
        if (sp.begin < previous_end) FAIL("figures out of order or overlapping");
        if (!is_boundary(input, sp.begin) || !is_boundary(input, sp.end)) FAIL("span splits a code point");
        if (f.text != input.substr(sp.begin, sp.end - sp.begin)) FAIL("text differs from the input at the span");
        for (; at < sp.begin; ++at) {  // incremental line/column: figures are in order
            if (input[at] == '\n') line += 1, column = 1;
            else if ((static_cast<unsigned char>(input[at]) & 0xC0) != 0x80) ++column;
        }
        if (sp.line != line || sp.column != column)
            FAIL("line/column " << sp.line << ":" << sp.column << ", expected " << line << ":" << column);
        if (f.bounds.lower && f.bounds.upper && f.bounds.upper->value < f.bounds.lower->value)
            FAIL("interval lower bound above upper " << f.bounds.to_string());
        if (f.written.span.begin < sp.begin || f.written.span.end > sp.end) FAIL("written span outside the figure");
        if (f.equivalent_of && *f.equivalent_of >= i) FAIL("equivalent_of points forward");
        previous_end = sp.end;
    }
}

std::string repeat(std::string_view piece, std::size_t n) {
    std::string out;
    out.reserve(piece.size() * n);
    for (std::size_t i = 0; i < n; ++i) out += piece;
    return out;
}

std::string digit_string(std::size_t n, std::uint64_t seed) {
    rng r{seed};
    std::string digits(n, '0');
    for (auto& c : digits) c = static_cast<char>('0' + r.below(10));
    digits[0] = '7';  // no leading zero, so the exact value is unambiguous
    return digits;
}

}  // namespace

TEST_CASE("robustness: a 10,000-digit number is read exactly or refused with its place", "[robustness]") {
    std::string const digits = digit_string(10'000, 1);
    decimal const exact = decimal::from_string(digits);

    SECTION("bare digits") {
        auto const r = figura::parse(digits);
        if (r) {
            CHECK(r->value == exact);
            CHECK(r->span.begin == 0);
            CHECK(r->span.end == digits.size());
        } else {
            require_clear_error(digits, r.error());
        }
    }
    SECTION("with a currency") {
        std::string const text = "$" + digits;
        auto const r = figura::parse(text, in(language::en));
        if (r) {
            CHECK(r->value == exact);
            CHECK(r->currency.code == "USD");
        } else {
            require_clear_error(text, r.error());
        }
    }
    SECTION("with a currency and a scale word, English") {
        std::string const text = "US$" + digits + "bn";
        auto const r = figura::parse(text, in(language::en));
        if (r) {
            CHECK(r->value == exact.scaled(9));
            CHECK(r->currency.code == "USD");
        } else {
            require_clear_error(text, r.error());
        }
    }
    SECTION("with a scale word and a currency, Vietnamese") {
        std::string const text = digits + " tỷ đồng";
        auto const r = figura::parse(text, in(language::vi));
        if (r) {
            CHECK(r->value == exact.scaled(9));
            CHECK(r->currency.code == "VND");
        } else {
            require_clear_error(text, r.error());
        }
    }
    SECTION("a 10,000-digit fraction") {
        std::string const text = "$0." + digits + "m";
        auto const r = figura::parse(text, in(language::en));
        if (r) {
            CHECK(r->value == decimal::from_string("0." + digits).scaled(6));
        } else {
            require_clear_error(text, r.error());
        }
    }
    SECTION("inside a sentence") {
        std::string const text = "The fund holds $" + digits + "bn in cash.\nQuỹ nắm giữ " + digits + " tỷ đồng.";
        auto const r = figura::extract(text);
        if (r) {
            require_valid_figures(text, *r);
            for (auto const& f : *r)
                if (f.text.find(digits) != std::string::npos) CHECK(f.value == exact.scaled(9));
        } else {
            require_clear_error(text, r.error());
        }
    }
}

TEST_CASE("robustness: a lone currency symbol is not a figure", "[robustness]") {
    auto const r = figura::parse("$");
    REQUIRE_FALSE(r.has_value());
    require_clear_error("$", r.error());
    CHECK(r.error().where.line == 1);
    CHECK(r.error().where.column <= 2);

    auto const found = figura::extract("$");
    REQUIRE(found.has_value());
    CHECK(found->empty());

    for (std::string_view lone : {"US$", "€", "£", "¥", "₫", "đ", "Rmb", "CNY", "%", "bn", "tỷ", "triệu"}) {
        INFO(lone);
        auto const p = figura::parse(lone);
        CHECK_FALSE(p.has_value());
        if (!p) require_clear_error(lone, p.error());
        auto const e = figura::extract(lone);
        REQUIRE(e.has_value());
        CHECK(e->empty());
    }

    std::string const sentence = "Prices rose by $ and € while tỷ giá stayed flat; ₫ and đ alone.";
    auto const e = figura::extract(sentence);
    REQUIRE(e.has_value());
    CHECK(e->empty());
}

TEST_CASE("robustness: empty and blank text", "[robustness]") {
    for (std::string_view text : {"", " ", "\n\n\n", "\t \r\n"}) {
        auto const e = figura::extract(text);
        REQUIRE(e.has_value());
        CHECK(e->empty());
        auto const p = figura::parse(text);
        CHECK_FALSE(p.has_value());
        if (!p) require_clear_error(text, p.error());
    }
}

TEST_CASE("robustness: invalid UTF-8 is an error at the offending byte, with line and column", "[robustness]") {
    struct bad_case {
        char const* name;
        std::string bytes;
        std::size_t valid_lead = 0;  // bytes of `bytes` before the first ill-formed one
    };
    std::vector<bad_case> const cases = {
        {"lone continuation byte", "\x80"},
        {"overlong two-byte '/'", "\xC0\xAF"},
        {"overlong three-byte", "\xE0\x80\xAF"},
        {"overlong NUL", "\xC0\x80"},
        {"UTF-16 surrogate", "\xED\xA0\x80"},
        {"above U+10FFFF", "\xF4\x90\x80\x80"},
        {"invalid lead byte 0xFF", "\xFF"},
        {"invalid lead byte 0xF5", "\xF5\x80\x80\x80"},
        {"truncated sequence before ASCII", "\xE1\xBB rest"},
        {"lead byte before ASCII", "\xC3("},
        {"Latin-1 text", "t\xFD \xF0\xE2ng", 1},
    };
    // Line 2, after 9 code points (11 bytes: "á" and "ă" are two bytes each).
    std::string const before = "Doanh thu đạt 5 tỷ đồng.\nGiá tăng ";
    std::size_t const line2_start = before.find('\n') + 1;
    for (auto const& c : cases) {
        INFO(c.name);
        std::string const text = before + c.bytes + " rồi giảm 3 triệu USD.";
        std::size_t const expected = before.size() + c.valid_lead;
        REQUIRE(first_invalid_utf8(text) == expected);

        auto const r = figura::extract(text);
        REQUIRE_FALSE(r.has_value());
        require_clear_error(text, r.error());
        CHECK(r.error().where.begin == expected);
        CHECK(r.error().where.line == 2);
        CHECK(r.error().where.column == 1 + (expected - line2_start) - 2);  // two 2-byte letters

        auto const p = figura::parse("$5" + c.bytes + "m");
        REQUIRE_FALSE(p.has_value());
        require_clear_error("$5" + c.bytes + "m", p.error());
    }

    SECTION("truncated at the very end") {
        std::string const text = "Giá 5 t\xE1\xBB";
        auto const r = figura::extract(text);
        REQUIRE_FALSE(r.has_value());
        require_clear_error(text, r.error());
        CHECK(r.error().where.begin == text.size() - 2);
        CHECK(r.error().where.line == 1);
        CHECK(r.error().where.column == 8);
    }
}

TEST_CASE("robustness: 1 MB of pseudo-random bytes", "[robustness][slow]") {
    rng r{20240229};
    std::string bytes(1 << 20, '\0');
    for (auto& b : bytes) b = static_cast<char>(r.next() & 0xFF);
    auto const bad = first_invalid_utf8(bytes);
    REQUIRE(bad.has_value());

    auto const e = figura::extract(bytes);
    REQUIRE_FALSE(e.has_value());
    require_clear_error(bytes, e.error());
    CHECK(e.error().where.begin == *bad);
    auto const [line, column] = line_column(bytes, *bad);
    CHECK(e.error().where.line == line);
    CHECK(e.error().where.column == column);

    auto const p = figura::parse(bytes);
    REQUIRE_FALSE(p.has_value());
    require_clear_error(bytes, p.error());
}

TEST_CASE("robustness: 1 MB of pseudo-random printable ASCII", "[robustness][slow]") {
    rng r{7};
    std::string text(1 << 20, ' ');
    for (auto& c : text) {
        auto const v = r.below(100);
        c = v < 2 ? '\n' : static_cast<char>(' ' + r.below(95));
    }
    auto const e = figura::extract(text);
    REQUIRE(e.has_value());
    require_valid_figures(text, *e);
}

namespace {

/// Valid UTF-8 built from the grammar's own pieces (digits, separators, currencies, scale words,
/// qualifiers, Vietnamese words with diacritics) in random order: near-figures everywhere.
std::string grammar_soup(std::size_t size, std::uint64_t seed) {
    static constexpr std::string_view pieces[] = {
        "0", "1", "5", "9", "14", "100", "2021", "1,5", "83,201", "2.500", "1,000", "1.000.000", "10,000.5",
        ".", ",", "-", "–", "(", ")", "%", "/", "=", "~",
        "$", "US$", "HK$", "S$", "€", "£", "¥", "￥", "₫", "đ", "USD", "CNY", "RMB", "Rmb", "VND", "VNĐ", "NDT",
        "k", "m", "mn", "bn", "b", "tn", "trn", "T", "Tr", "N", "thousand", "million", "billion", "trillion",
        "nghìn", "ngàn", "triệu", "tỷ", "tỉ", "nghìn tỷ", "ngàn tỷ", "triệu tỷ",
        "yuan", "dollars", "euros", "pounds", "yen", "dong", "nhân dân tệ", "tệ", "đô la Mỹ", "đôla", "đô",
        "Mỹ kim", "đồng", "yên", "euro", "bảng Anh", "per cent", "phần trăm", "tuổi", "aged", "year-old",
        "less than", "more than", "about", "up to", "as much as", "at least", "between", "and", "to", "in",
        "dưới", "hơn", "trên", "khoảng", "gần", "lên tới", "ít nhất", "tối đa", "từ", "đến", "năm", "tháng",
        "hai", "trăm", "mươi", "mốt", "lăm", "tư", "lẻ", "một", "mười", "two", "hundred", "twenty",
        "tỷ giá", "tỷ lệ", "Đồng Nai", "đồng ý", "Yên Bái", "bảng xếp hạng",
    };
    static constexpr std::string_view gaps[] = {" ", " ", " ", " ", "", "", "\u00a0", "\n", ", ", ". "};
    rng r{seed};
    std::string out;
    out.reserve(size + 64);
    while (out.size() < size) {
        out += pieces[r.below(std::size(pieces))];
        out += gaps[r.below(std::size(gaps))];
    }
    // Cut at a code-point boundary so the text stays valid.
    std::size_t cut = size;
    while (cut > 0 && !is_boundary(out, cut)) --cut;
    out.resize(cut);
    return out;
}

}  // namespace

TEST_CASE("robustness: 1 MB of valid grammar soup extracts with valid spans", "[robustness][slow]") {
    std::string const text = grammar_soup(1 << 20, 42);
    REQUIRE_FALSE(first_invalid_utf8(text).has_value());

    auto const e = figura::extract(text);
    REQUIRE(e.has_value());
    CHECK_FALSE(e->empty());  // digits next to currencies everywhere: there must be figures
    require_valid_figures(text, *e);

    // Forced languages on a slice reach the other grammar for every line.
    std::string_view const slice = std::string_view(text).substr(0, 48 * 1024);
    std::string const cut(slice.substr(0, slice.rfind('\n') + 1));
    for (auto l : {language::en, language::vi}) {
        auto const forced = figura::extract(cut, in(l));
        REQUIRE(forced.has_value());
        require_valid_figures(cut, *forced);
        for (auto const& f : *forced) CHECK(f.lang == l);
    }
}

TEST_CASE("robustness: short grammar-soup expressions parse to a figure or a clear error", "[robustness]") {
    rng r{99};
    std::string const soup = grammar_soup(200'000, 5);
    for (int i = 0; i < 2000; ++i) {
        std::size_t begin = r.below(soup.size() - 64);
        while (!is_boundary(soup, begin)) ++begin;
        std::size_t end = begin + 1 + r.below(40);
        while (!is_boundary(soup, end)) ++end;
        std::string_view const text = std::string_view(soup).substr(begin, end - begin);
        for (auto l : {language::en, language::vi}) {
            auto const p = figura::parse(text, in(l));
            if (p) {
                if (p->span.end > text.size() || p->text != text.substr(p->span.begin, p->span.end - p->span.begin))
                    FAIL("bad span for '" << text << "'");
                if (p->lang != l) FAIL("language not kept for '" << text << "'");
            } else if (p.error().where.end > text.size() || p.error().id.rfind("F-", 0) != 0) {
                FAIL("unclear error for '" << text << "': " << p.error().id << " " << p.error().message);
            }
        }
    }
}

TEST_CASE("robustness: pathological repetition finishes with valid spans", "[robustness]") {
    // Sizes keep a Debug run to a few seconds. Stacked scale words once took time quadratic in their
    // number (minutes at these sizes); a hang here is a regression.
    std::vector<std::pair<char const*, std::string>> const cases = {
        {"deep parentheses", repeat("(", 5000) + "$5m" + repeat(")", 5000)},
        {"unclosed English ranges", repeat("between $1m and ", 2000)},
        {"unclosed Vietnamese ranges", repeat("từ 5 đến ", 2000)},
        {"chained ranges", repeat("$5m-", 2000) + "$6m"},
        {"stacked scale words", "5 " + repeat("nghìn ", 2000) + "tỷ đồng"},
        {"stacked English scale words", "$5 " + repeat("million ", 2000)},
        {"long spelled-out number", repeat("hai trăm ", 1000) + "triệu đồng"},
        {"separators without digits", repeat(",.", 5000)},
        {"digit groups", "$1" + repeat(",000", 3000) + " and 1" + repeat(".000", 3000) + " đồng"},
        {"qualifiers without numbers", repeat("less than about up to dưới khoảng ", 1000)},
        {"currency symbols only", repeat("$€£¥₫đ", 2000)},
        {"one long line of figures", repeat("$5m, 6 tỷ đồng, ", 2000)},
    };
    for (auto const& [name, text] : cases) {
        INFO(name);
        auto const e = figura::extract(text);
        REQUIRE(e.has_value());
        require_valid_figures(text, *e);
    }
}

TEST_CASE("robustness: every amount in a chain of ranges is extracted", "[robustness]") {
    // "$5m-$6m" is one range; what follows it must not vanish (no silent drop).
    std::string const text = "Estimates were $5m-$6m-$7m-$8m.";
    auto const e = figura::extract(text, in(language::en));
    REQUIRE(e.has_value());
    require_valid_figures(text, *e);
    for (std::size_t dollar = text.find('$'); dollar != std::string::npos; dollar = text.find('$', dollar + 1)) {
        INFO("the $ at byte " << dollar);
        bool covered = false;
        for (auto const& f : *e) covered = covered || (f.span.begin <= dollar && dollar < f.span.end);
        CHECK(covered);
    }
}

TEST_CASE("robustness: non-ASCII spaces next to figures keep spans on code-point boundaries", "[robustness]") {
    // NBSP (U+00A0), narrow NBSP (U+202F), thin space (U+2009), ideographic space (U+3000) are
    // multi-byte; trimming them byte-wise would cut a code point in half.
    for (std::string_view space : {"\u00a0", "\u202f", "\u2009", "\u3000"}) {
        for (std::string const& text : {"Có 100" + std::string(space) + "đồng ý kiến.",
                                        "Giá 5" + std::string(space) + "tỷ đồng" + std::string(space) + ".",
                                        "It cost $5" + std::string(space) + "m" + std::string(space) + "in 2021."}) {
            for (auto l : {language::en, language::vi}) {
                INFO(text);
                auto const e = figura::extract(text, in(l));
                REQUIRE(e.has_value());
                require_valid_figures(text, *e);
            }
            auto const e = figura::extract(text);
            REQUIRE(e.has_value());
            require_valid_figures(text, *e);
        }
    }
}

TEST_CASE("robustness: parse refuses trailing words instead of dropping them", "[robustness]") {
    // "đồng ý" (agree) is not a currency; "100 đồng ý" is not one figure. (`5 tỷ giá` is five exchange
    // rates: a count and the noun it counts, which parse accepts like `10,000 GPUs`.)
    for (std::string_view text : {"100 đồng ý", "$5m hello", "5 tỷ đồng giá"}) {
        INFO(text);
        auto const p = figura::parse(text, in(language::vi));
        REQUIRE_FALSE(p.has_value());
        require_clear_error(text, p.error());
    }
}

TEST_CASE("robustness: NFD text gives the same figures as NFC, with spans into the original bytes", "[robustness]") {
    // "100 tỷ nhân dân tệ, dưới 6 triệu USD" with every Vietnamese letter decomposed (U+0323, U+0309, ...).
    std::string const nfc = "Ngân hàng bơm 100 tỷ nhân dân tệ, dưới 6 triệu USD.";
    std::string const nfd =
        "Nga\u0302n ha\u0300ng bo\u031Bm 100 ty\u0309 nha\u0302n da\u0302n te\u0323\u0302, "
        "du\u031Bo\u031B\u0301i 6 trie\u0323\u0302u USD.";
    REQUIRE(nfd != nfc);

    auto const a = figura::extract(nfc);
    auto const b = figura::extract(nfd);
    REQUIRE(a.has_value());
    REQUIRE(b.has_value());
    require_valid_figures(nfc, *a);
    require_valid_figures(nfd, *b);
    REQUIRE(a->size() == b->size());
    CHECK_FALSE(a->empty());
    for (std::size_t i = 0; i < a->size(); ++i) {
        INFO("figure " << i);
        CHECK((*a)[i].value == (*b)[i].value);
        CHECK((*a)[i].kind == (*b)[i].kind);
        CHECK((*a)[i].qual == (*b)[i].qual);
        CHECK((*a)[i].currency.code == (*b)[i].currency.code);
        CHECK((*a)[i].bounds == (*b)[i].bounds);
    }
}
