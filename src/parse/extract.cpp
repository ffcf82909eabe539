// parse() and extract(): validation and NFC, finding where figures start, running the grammars,
// and turning what they matched into figures with exact intervals and spans.

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <unordered_map>

#if defined(__SSE2__)
#include <emmintrin.h>
#include <utility>
#endif

#include "currency/lexicon.hpp"
#include "currency/lexicon_table.hpp"
#include "figura/parse.hpp"
#include "parse/grammar.hpp"
#include "parse/numbers.hpp"
#include "parse/units.hpp"
#include "unicode/text.hpp"

namespace figura {
namespace detail {
namespace {

// ---------------------------------------------------------------------------------------------
// Byte-level helpers.

bool is_ascii_digit(char c) noexcept { return c >= '0' && c <= '9'; }
bool is_ascii_letter(char c) noexcept { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

/// Length of the horizontal space at `p` (space, tab, NBSP, narrow NBSP, thin space), or 0.
std::size_t space_length(char const* p, char const* end) noexcept {
    if (p >= end) return 0;
    if (*p == ' ' || *p == '\t') return 1;
    auto const u = [&](std::ptrdiff_t i) { return static_cast<unsigned char>(p[i]); };
    if (end - p >= 2 && u(0) == 0xC2 && u(1) == 0xA0) return 2;
    if (end - p >= 3 && u(0) == 0xE2 && u(1) == 0x80 && (u(2) == 0xAF || u(2) == 0x89)) return 3;
    return 0;
}

/// True when the byte before `p` ends a space (so `p` may start a word).
bool space_before(char const* begin, char const* p) noexcept {
    if (p == begin) return true;
    char const c = p[-1];
    if (c == ' ' || c == '\t') return true;
    auto const u = [&](std::ptrdiff_t i) { return static_cast<unsigned char>(p[i]); };
    if (p - begin >= 2 && u(-2) == 0xC2 && u(-1) == 0xA0) return true;
    if (p - begin >= 3 && u(-3) == 0xE2 && u(-2) == 0x80 && (u(-1) == 0xAF || u(-1) == 0x89)) return true;
    return false;
}

/// Length of the horizontal space that ends just before `p` (0 when none).
std::size_t space_length_before(char const* begin, char const* p) noexcept {
    for (std::size_t n = 1; n <= 3 && static_cast<std::size_t>(p - begin) >= n; ++n) {
        if (space_length(p - n, p) == n) return n;
    }
    return 0;
}

/// Openers that end a token when scanning back from a number: `($14bn)`, `"$5m"`, `“5 tỷ”`.
bool opener_before(char const* begin, char const* p) noexcept {
    if (p == begin) return true;
    char const c = p[-1];
    if (c == '(' || c == '[' || c == '"' || c == '\'' || c == '/' || c == ':' || c == ';' || c == ',') return true;
    // A dash written as two hyphens (`makers--1,001`); one hyphen joins a label (`X-100`, `COVID-19`).
    if (c == '-' && p - begin >= 2 && p[-2] == '-') return true;
    auto const u = [&](std::ptrdiff_t i) { return static_cast<unsigned char>(p[i]); };
    // U+201C/U+2018 left quotes, U+2013/U+2014 dashes and U+2026 `…` set off what follows them.
    return p - begin >= 3 && u(-3) == 0xE2 && u(-2) == 0x80 &&
           (u(-1) == 0x9C || u(-1) == 0x98 || u(-1) == 0x93 || u(-1) == 0x94 || u(-1) == 0xA6);
}

/// `decode_code_point`, with the two- and three-byte sequences of Latin and Vietnamese letters
/// decoded inline (they are most of the non-ASCII text the scanner and language detection read).
[[gnu::always_inline]] inline char32_t decode_at(char const* p, char const* end, std::size_t& length) noexcept {
    auto const u = [&](std::ptrdiff_t i) { return static_cast<unsigned char>(p[i]); };
    unsigned char const c = u(0);
    if (c >= 0xC2 && c < 0xE0 && end - p >= 2 && (u(1) & 0xC0) == 0x80) {
        length = 2;
        return (char32_t{c & 0x1Fu} << 6) | (u(1) & 0x3Fu);
    }
    // E0 (overlongs) and ED (surrogates) have narrower second bytes: left to the full decoder.
    if (c >= 0xE1 && c < 0xF0 && c != 0xED && end - p >= 3 && (u(1) & 0xC0) == 0x80 && (u(2) & 0xC0) == 0x80) {
        length = 3;
        return (char32_t{c & 0x0Fu} << 12) | (char32_t{u(1) & 0x3Fu} << 6) | (u(2) & 0x3Fu);
    }
    return decode_code_point(p, end, length);
}

/// The first byte >= 0x80 in [p, end), or `end`; eight bytes per step.
[[gnu::always_inline]] inline char const* first_non_ascii(char const* p, char const* end) noexcept {
    constexpr std::uint64_t high_bits = 0x8080808080808080ULL;
    while (end - p >= 8) {
        std::uint64_t word = 0;
        std::memcpy(&word, p, 8);
        if (std::uint64_t const high = word & high_bits; high != 0) {
            if constexpr (std::endian::native == std::endian::little) {
                return p + std::countr_zero(high) / 8;
            } else {
                return p + std::countl_zero(high) / 8;
            }
        }
        p += 8;
    }
    while (p < end && static_cast<unsigned char>(*p) < 0x80) ++p;
    return p;
}

bool is_word_char_at(char const* p, char const* end) noexcept {
    if (p >= end) return false;
    auto const c = static_cast<unsigned char>(*p);
    if (c < 0x80) return is_ascii_digit(*p) || is_ascii_letter(*p);
    std::size_t length = 0;
    return is_word_code_point(decode_at(p, end, length));
}

bool word_char_before(char const* begin, char const* p) noexcept {
    if (p == begin) return false;
    char const* q = p - 1;
    while (q > begin && (static_cast<unsigned char>(*q) & 0xC0) == 0x80) --q;
    return is_word_char_at(q, p);
}

std::string_view next_word(char const* p, char const* end) {
    while (std::size_t n = space_length(p, end)) p += n;
    char const* start = p;
    while (p < end && is_word_char_at(p, end)) {
        std::size_t length = 1;
        if (static_cast<unsigned char>(*p) >= 0x80) decode_at(p, end, length);
        p += length;
    }
    return {start, static_cast<std::size_t>(p - start)};
}

bool starts_with(char const* p, char const* end, std::string_view s) noexcept {
    return static_cast<std::size_t>(end - p) >= s.size() && std::memcmp(p, s.data(), s.size()) == 0;
}

// ---------------------------------------------------------------------------------------------
// Language detection.

/// Letters that mark Vietnamese: ă â đ ê ô ơ ư and the precomposed tone-marked vowels.
bool is_vietnamese_letter(char32_t cp) noexcept {
    if (cp >= 0x1EA0 && cp <= 0x1EF9) return true;
    switch (cp) {
    case 0x00C0: case 0x00C1: case 0x00C2: case 0x00C3: case 0x00C8: case 0x00C9: case 0x00CA: case 0x00CC:
    case 0x00CD: case 0x00D2: case 0x00D3: case 0x00D4: case 0x00D5: case 0x00D9: case 0x00DA: case 0x00DD:
    case 0x00E0: case 0x00E1: case 0x00E2: case 0x00E3: case 0x00E8: case 0x00E9: case 0x00EA: case 0x00EC:
    case 0x00ED: case 0x00F2: case 0x00F3: case 0x00F4: case 0x00F5: case 0x00F9: case 0x00FA: case 0x00FD:
    case 0x0102: case 0x0103: case 0x0110: case 0x0111: case 0x0128: case 0x0129: case 0x0168: case 0x0169:
    case 0x01A0: case 0x01A1: case 0x01AF: case 0x01B0:
        return true;
    default:
        return false;
    }
}

constexpr std::uint8_t letter_flag = 1;
constexpr std::uint8_t vietnamese_flag = 2;

/// U+0000..U+07FF: every code point a two-byte sequence can hold.
constexpr char32_t two_byte_end = 0x800;

/// `is_word_code_point` and `is_vietnamese_letter` for U+0000..U+07FF, as bit flags.
std::array<std::uint8_t, two_byte_end> const& two_byte_letter_flags() {
    static std::array<std::uint8_t, two_byte_end> const flags = [] {
        std::array<std::uint8_t, two_byte_end> f{};
        for (char32_t cp = 0; cp < two_byte_end; ++cp) {
            f[cp] = static_cast<std::uint8_t>((is_word_code_point(cp) ? letter_flag : 0) |
                                              (is_vietnamese_letter(cp) ? vietnamese_flag : 0));
        }
        return f;
    }();
    return flags;
}

/// Letter and Vietnamese flags of the (non-ASCII) code point at `p`; sets `length`. Two-byte
/// code points and U+1E00..U+1EFF (Latin Extended Additional: all letters, the Vietnamese vowels with
/// two marks among them) are answered without a call.
[[gnu::always_inline]] inline std::uint8_t non_ascii_flags(char const* p, char const* end, std::size_t& length,
                                                           std::array<std::uint8_t, two_byte_end> const& flags) noexcept {
    char32_t const cp = decode_at(p, end, length);
    if (cp < two_byte_end) return flags[cp];
    if (cp >= 0x1E00 && cp <= 0x1EFF) return letter_flag | (cp >= 0x1EA0 && cp <= 0x1EF9 ? vietnamese_flag : 0);
    return static_cast<std::uint8_t>((is_word_code_point(cp) ? letter_flag : 0) |
                                     (is_vietnamese_letter(cp) ? vietnamese_flag : 0));
}

/// Words of a line so far, for `detect_language_in`: a word is a run of letters, Vietnamese when
/// one of them is; the last one is still open while `in_word`.
struct word_tally {
    std::size_t words = 0;
    std::size_t vietnamese_words = 0;
    bool in_word = false;
    bool word_is_vietnamese = false;
};

/// The answer when `left` more bytes cannot change it, else nullopt. Every new word needs a letter
/// after a non-letter, so at most (left + 1) / 2 are to come; the open word counts as Vietnamese for
/// `vi` only once it is, and for `en` as possibly becoming so. All new words English cannot undo
/// `vi`; all of them Vietnamese cannot reach it.
std::optional<language> settled(word_tally const& t, std::size_t left) noexcept {
    std::size_t const most_new_words = (left + 1) / 2;
    std::size_t const known = t.vietnamese_words + static_cast<std::size_t>(t.in_word && t.word_is_vietnamese);
    std::size_t const open = static_cast<std::size_t>(t.in_word && !t.word_is_vietnamese);
    if (known * 5 >= t.words + most_new_words) return language::vi;
    if ((known + open) * 5 + most_new_words * 4 < t.words) return language::en;
    return std::nullopt;
}

/// The code point at `p` (which starts one) tallied, one at a time; returns its length.
[[gnu::always_inline]] inline std::size_t tally_code_point(char const* p, char const* end, word_tally& t,
                                                           std::array<std::uint8_t, two_byte_end> const& flags) noexcept {
    std::uint8_t f = 0;
    std::size_t length = 1;
    if (static_cast<unsigned char>(*p) < 0x80) {
        if (is_ascii_letter(*p)) f = letter_flag;
    } else {
        f = non_ascii_flags(p, end, length, flags);
    }
    if ((f & letter_flag) != 0) {
        if (!t.in_word) {
            t.in_word = true;
            t.word_is_vietnamese = false;
            ++t.words;
        }
        t.word_is_vietnamese = t.word_is_vietnamese || (f & vietnamese_flag) != 0;
    } else if (t.in_word) {
        t.in_word = false;
        if (t.word_is_vietnamese) ++t.vietnamese_words;
    }
    return length;
}

#if defined(__SSE2__)
/// Bits set in `x`; x86-64's baseline has no popcnt instruction.
unsigned count_bits32(std::uint32_t x) noexcept {
    x = x - ((x >> 1) & 0x55555555u);
    x = (x & 0x33333333u) + ((x >> 2) & 0x33333333u);
    x = (x + (x >> 4)) & 0x0F0F0F0Fu;
    return (x * 0x01010101u) >> 24;
}

/// Tallies the longest prefix of p[0..32) (which starts a code point) made of whole ASCII,
/// U+0080..U+023F (leads C2..C8) and E1 B8..BB (U+1E00..U+1EFF) code points, i.e. Vietnamese text,
/// as `tally_code_point` would one by one; returns its length (0 when p[0] is anything else). Which
/// of them are letters and Vietnamese letters is decided from the bytes by compares (tests check it
/// against the code-point path). Words are runs in a 32-bit letter mask: a run starts where a letter
/// follows a non-letter, and adding the Vietnamese bits (each in a run) to the mask carries out of
/// exactly the runs that hold one.
std::size_t tally_block(char const* p, word_tally& t) noexcept {
    // Two 16-byte halves; a mask has bit i for byte i, and bits past 31 read as 0.
    struct bytes32 {
        __m128i lo;
        __m128i hi;
    };
    bytes32 const v{_mm_loadu_si128(reinterpret_cast<__m128i const*>(p)),
                    _mm_loadu_si128(reinterpret_cast<__m128i const*>(p + 16))};
    auto const mask = [](__m128i lo, __m128i hi) {
        return static_cast<std::uint64_t>(static_cast<unsigned>(_mm_movemask_epi8(lo))) |
               (static_cast<std::uint64_t>(static_cast<unsigned>(_mm_movemask_epi8(hi))) << 16);
    };
    auto const with = [](bytes32 x, int and_bits, int or_bits) {
        __m128i const a = _mm_set1_epi8(static_cast<char>(and_bits));
        __m128i const o = _mm_set1_epi8(static_cast<char>(or_bits));
        return bytes32{_mm_or_si128(_mm_and_si128(x.lo, a), o), _mm_or_si128(_mm_and_si128(x.hi, a), o)};
    };
    // Signed compares: bytes 0x80..0xFF are -128..-1, so a range from 0x80 needs no lower bound.
    auto const between = [&](bytes32 x, int lo, int hi) {
        __m128i const top = _mm_set1_epi8(static_cast<char>(hi + 1));
        __m128i const bottom = _mm_set1_epi8(static_cast<char>(lo - 1));
        if (lo == 0x80) return mask(_mm_cmplt_epi8(x.lo, top), _mm_cmplt_epi8(x.hi, top));
        return mask(_mm_and_si128(_mm_cmpgt_epi8(x.lo, bottom), _mm_cmplt_epi8(x.lo, top)),
                    _mm_and_si128(_mm_cmpgt_epi8(x.hi, bottom), _mm_cmplt_epi8(x.hi, top)));
    };
    auto const equal = [&](bytes32 x, int b) {
        __m128i const c = _mm_set1_epi8(static_cast<char>(b));
        return mask(_mm_cmpeq_epi8(x.lo, c), _mm_cmpeq_epi8(x.hi, c));
    };
    std::uint64_t const all = 0xFFFFFFFFu;
    std::uint64_t const ascii = ~mask(v.lo, v.hi) & all;
    std::uint64_t const ascii_letter = between(with(v, 0xFF, 0x20), 'a', 'z');
    std::uint64_t const continuation = between(v, 0x80, 0xBF);
    std::uint64_t const lead_c2 = equal(v, 0xC2);
    std::uint64_t const lead_c3 = equal(v, 0xC3);
    std::uint64_t const lead_latin = between(v, 0xC3, 0xC8);  // U+00C0..U+023F: letters but for × ÷
    std::uint64_t const lead2 = lead_c2 | lead_latin;
    std::uint64_t const lead3 = equal(v, 0xE1);
    std::uint64_t const second3 = between(v, 0xB8, 0xBB);
    std::uint64_t const expected = (lead2 << 1) | (lead3 << 1) | (lead3 << 2);
    // The prefix ends at the first byte of another kind, continuation byte without a lead, or lead
    // without its continuation bytes (a sequence cut by the end counts).
    std::uint64_t const stop = ((~(ascii | continuation | lead2 | lead3)) | (continuation & ~expected) |
                                (lead2 & ~(continuation >> 1)) | (lead3 & ~(second3 >> 1)) |
                                (lead3 & ~(continuation >> 2))) &
                               all;
    unsigned const k = stop == 0 ? 32u : static_cast<unsigned>(std::countr_zero(stop));
    if (k == 0) return 0;
    std::uint64_t const in = (std::uint64_t{1} << k) - 1;

    // Second bytes, compared where they follow their lead. Folding C3 A0..BF onto 80..9F maps each
    // lower-case letter onto its capital; clearing bit 0 pairs capital and small in Latin Extended-A/B.
    bytes32 const folded = with(v, 0xDF, 0);
    bytes32 const paired = with(v, 0xFE, 0);
    std::uint64_t const c2_letter = equal(v, 0xAA) | equal(v, 0xB5) | equal(v, 0xBA);  // ª µ º
    std::uint64_t const c3_other = equal(folded, 0x97);                                  // × ÷
    // À Á Â Ã È É Ê Ì Í Ò Ó Ô Õ Ù Ú Ý and small.
    std::uint64_t const c3_vietnamese = between(folded, 0x80, 0x83) | between(folded, 0x88, 0x8A) |
                                        between(folded, 0x8C, 0x8D) | between(folded, 0x92, 0x95) |
                                        between(folded, 0x99, 0x9A) | equal(folded, 0x9D);
    std::uint64_t const c4_vietnamese = equal(paired, 0x82) | equal(paired, 0x90) | equal(paired, 0xA8);  // Ăă Đđ Ĩĩ
    std::uint64_t const c5_vietnamese = equal(paired, 0xA8);                                                // Ũũ
    std::uint64_t const c6_vietnamese = equal(paired, 0xA0) | equal(v, 0xAF) | equal(v, 0xB0);             // Ơơ Ư ư
    std::uint64_t const letter2 = lead2 & ~((lead_c2 & ~(c2_letter >> 1)) | (lead_c3 & (c3_other >> 1)));
    std::uint64_t const vietnamese2 = ((lead_c3 << 1) & c3_vietnamese) | ((equal(v, 0xC4) << 1) & c4_vietnamese) |
                                      ((equal(v, 0xC5) << 1) & c5_vietnamese) | ((equal(v, 0xC6) << 1) & c6_vietnamese);
    // U+1EA0..U+1EF9: E1 BA A0..BF and E1 BB 80..B9.
    std::uint64_t const third_after_ba = ((lead3 << 1) & equal(v, 0xBA)) << 1;
    std::uint64_t const third_after_bb = ((lead3 << 1) & equal(v, 0xBB)) << 1;
    std::uint64_t const vietnamese3 =
        (third_after_ba & between(v, 0xA0, 0xBF)) | (third_after_bb & between(v, 0x80, 0xB9));

    // Letter bits cover every byte of a letter, so a word's bytes form one run.
    std::uint64_t const letters = (ascii_letter | letter2 | (letter2 << 1) | lead3 | (lead3 << 1) | (lead3 << 2)) & in;
    std::uint64_t const vietnamese = (vietnamese2 | vietnamese3) & in;

    std::uint64_t const open = t.in_word ? 1u : 0u;  // the word before p, as bit -1
    t.words += count_bits32(static_cast<std::uint32_t>(letters & ~((letters << 1) | open)));
    if (t.in_word && (letters & 1u) == 0 && t.word_is_vietnamese) ++t.vietnamese_words;  // ended at p[0]
    std::uint64_t const carried = t.in_word && t.word_is_vietnamese ? (letters & 1u) : 0u;
    std::uint64_t const sum = letters + (vietnamese | carried);
    std::uint64_t const after_word = ~letters & (letters << 1) & in;
    t.vietnamese_words += count_bits32(static_cast<std::uint32_t>(sum & after_word));
    t.in_word = ((letters >> (k - 1)) & 1u) != 0;
    t.word_is_vietnamese = t.in_word && ((sum >> k) & 1u) != 0;
    return k;
}
#endif

}  // namespace

std::optional<language> detect_language_in(std::string_view text) {
    auto const& flags = two_byte_letter_flags();
    char const* const begin = text.data();
    char const* const end = begin + text.size();

    // Without a Vietnamese letter no word is Vietnamese, so the answer is `en` as soon as there is
    // any letter: English paragraphs (ASCII but for a few symbols) need no word count.
    bool vietnamese_seen = false;
    bool non_ascii_letter = false;
    for (char const* p = first_non_ascii(begin, end); p < end; p = first_non_ascii(p, end)) {
        std::size_t length = 1;
        auto const f = non_ascii_flags(p, end, length, flags);
        if ((f & vietnamese_flag) != 0) {
            vietnamese_seen = true;
            break;
        }
        non_ascii_letter = non_ascii_letter || (f & letter_flag) != 0;
        p += length;
    }
    if (!vietnamese_seen) {
        if (non_ascii_letter || std::any_of(begin, end, is_ascii_letter)) return language::en;
        return std::nullopt;
    }

    // Count words, stopping once the rest cannot change the answer (`settled`): Vietnamese text 32
    // bytes at a time, anything else code point by code point for the next 16 bytes.
    word_tally t;
    char const* p = begin;
    while (p < end) {
#if defined(__SSE2__)
        if (end - p >= 32) {
            if (std::size_t const k = tally_block(p, t); k != 0) {
                p += k;
                if (auto const answer = settled(t, static_cast<std::size_t>(end - p))) return answer;
                continue;
            }
        }
#endif
        char const* const stop = end - p >= 16 ? p + 16 : end;
        while (p < stop) p += tally_code_point(p, end, t, flags);
        if (auto const answer = settled(t, static_cast<std::size_t>(end - p))) return answer;
    }
    if (t.in_word && t.word_is_vietnamese) ++t.vietnamese_words;
    if (t.words == 0) return std::nullopt;
    // Vietnamese prose marks most words; English with a Vietnamese name marks a few.
    return t.vietnamese_words * 5 >= t.words ? language::vi : language::en;
}

namespace {

// ---------------------------------------------------------------------------------------------
// From a grammar match to a figure.

struct amount_value {
    figure_value written;
    currency_ref currency;
    bool has_currency = false;
    bool spelled = false;
    bool has_multiplier = false;
    bool bare_start = false;     ///< spelled, opening with `trăm`, `chục` or a scale word (see spelled_reading)
    bool article_only = false;   ///< spelled as just "a"/"an": one, only before a currency (`a dollar`)
    bool plain_integer = false;  ///< digits only, no separators, no scale: a candidate year
    std::int32_t scale = 0;      ///< power of ten of the scale word(s), written or spelled
    bool separator_flag = false;
    std::optional<decimal> alternative;
    std::int32_t fraction_digits = 0;  ///< digits after the decimal mark as read
};

/// Currencies with no minor unit in use: `18.000 VND` cannot be eighteen dong and a fraction.
bool has_no_minor_unit(std::string_view code) {
    static constexpr std::string_view codes[] = {"VND", "JPY", "KRW", "IDR", "CLP", "ISK", "PYG", "UGX", "XAF", "XOF", "LAK"};
    return std::find(std::begin(codes), std::end(codes), code) != std::end(codes);
}

/// What the first figure of a change (`from VND5,000 to 10,000`) passes to the second, which the
/// scanner reads on its own: the currency, for a second amount that starts at `at` and writes none.
struct change_carry {
    char const* at = nullptr;
    currency_ref currency;
};

struct context {
    std::string_view text;  ///< the NFC text the grammar ran over
    parse_options const& options;
    bool extracting = false;
    /// Reused by every parse attempt: constructing one (five amounts with their vectors) per
    /// attempt was a visible cost. The grammar resets what it reads at the start of each parse.
    expression_builder& builder;
    change_carry& carry;
};

currency_ref resolve_currency(lexicon_entry const& form, std::string_view written, language lang, parse_options const& options) {
    currency_ref ref;
    ref.source = form.source;
    ref.written = std::string(written);
    switch (form.reading) {
    case currency_reading::fixed:
        ref.code = form.code;
        break;
    case currency_reading::dollar:
        ref.code = options.dollar_default;
        ref.alternatives.reserve(dollar_currencies().size());
        for (auto const& d : dollar_currencies()) {
            if (d != ref.code) ref.alternatives.push_back(d);
        }
        break;
    case currency_reading::choice: {
        auto choices = split_choices(form.choices);
        ref.code = choices.empty() ? std::string(form.code) : choices.front();
        for (auto& c : choices) {
            if (c != ref.code) ref.alternatives.push_back(std::move(c));
        }
        break;
    }
    case currency_reading::yen:
        ref.code = lang == language::en ? options.yen_default_en : options.yen_default_vi;
        for (char const* y : {"JPY", "CNY"}) {
            if (ref.code != y) ref.alternatives.emplace_back(y);
        }
        break;
    }
    return ref;
}

std::size_t offset_of(context const& ctx, char const* p) { return static_cast<std::size_t>(p - ctx.text.data()); }

/// The digits after a spoken decimal point: `45`, or digit words (`six`, `four-five`, `bốn lăm`).
std::string spoken_digits(std::string_view text) {
    static constexpr std::pair<std::string_view, char> words[] = {
        {"zero", '0'}, {"oh", '0'}, {"one", '1'}, {"two", '2'}, {"three", '3'}, {"four", '4'}, {"five", '5'}, {"six", '6'},
        {"seven", '7'}, {"eight", '8'}, {"nine", '9'}, {"không", '0'}, {"một", '1'}, {"hai", '2'}, {"ba", '3'}, {"bốn", '4'},
        {"năm", '5'}, {"sáu", '6'}, {"bảy", '7'}, {"tám", '8'}, {"chín", '9'},
    };
    std::string out;
    std::size_t i = 0;
    while (i < text.size()) {
        if (text[i] == '-' || text[i] == ' ' || text[i] == '\t') {
            ++i;
            continue;
        }
        if (text[i] >= '0' && text[i] <= '9') {
            out += text[i++];
            continue;
        }
        std::size_t j = i;
        while (j < text.size() && text[j] != '-' && text[j] != ' ' && text[j] != '\t') ++j;
        auto const word = text.substr(i, j - i);
        auto const* hit = std::find_if(std::begin(words), std::end(words), [&](auto const& w) { return w.first == word; });
        if (hit == std::end(words)) return {};
        out += hit->second;
        i = j;
    }
    return out;
}

/// Reads one amount's number, scale and currency. `scale_override` distributes a range's scale.
std::optional<amount_value> read_amount(amount_parts const& a, language lang, context const& ctx) {
    amount_value out;
    // The compiled forms, read in place: no lexicon of strings is built to parse one figure.
    lexicon_entry const* prefix = a.prefix >= 0 ? &builtin_prefix_entries()[static_cast<std::size_t>(a.prefix)] : nullptr;
    auto const suffixes = lang == language::en ? builtin_suffix_entries_en() : builtin_suffix_entries_vi();
    lexicon_entry const* suffix = a.suffix >= 0 ? &suffixes[static_cast<std::size_t>(a.suffix)] : nullptr;

    std::int32_t last_digit = 0;
    // A currency form worth a power of ten (`4 MEUR`, `50 man`) scales the number like a scale word.
    std::int32_t const form_scale = std::max<std::int32_t>(prefix != nullptr ? prefix->exponent : 0, 0) +
                                    std::max<std::int32_t>(suffix != nullptr ? suffix->exponent : 0, 0);
    std::int32_t scale = a.scale + form_scale;
    bool spelled_half = false;
    bool spelled_quarter = false;  // `a quarter-million`: a quarter, not a half, of the scale
    // `9¾p`: a vulgar fraction after the digits adds its quarters.
    auto const glyph_quarters = [&]() -> std::int64_t {
        auto const g = a.fraction_glyph.view();
        if (g == "\xC2\xBC") return 1;
        if (g == "\xC2\xBD") return 2;
        if (g == "\xC2\xBE") return 3;
        return 0;
    }();
    if (!a.numeral.empty()) {
        // `$2,005` in Vietnamese text: a `$`-style symbol suggests English separators.
        bool const english_symbol = prefix != nullptr && prefix->source == currency_source::symbol &&
                                    prefix->text.find('$') != std::string::npos;
        auto reading = read_numeral(a.numeral.view(), lang, english_symbol);
        if (!reading) return std::nullopt;
        if (!a.spoken_point.empty()) {
            // `75-point-six`: the digits (or digit words) after the spoken point are the fraction.
            if (reading->last_digit != 0 || reading->has_separators) return std::nullopt;
            std::string digits(a.numeral.view());
            digits += '.';
            auto const fraction = spoken_digits(a.spoken_point.view());
            if (fraction.empty()) return std::nullopt;
            digits += fraction;
            auto value = decimal::parse(digits);
            if (!value) return std::nullopt;
            reading->value = std::move(*value);
            reading->last_digit = -static_cast<std::int32_t>(fraction.size());
            reading->has_separators = true;
        }
        if (!a.minor.empty()) {
            // `$35 and 20c`, `12 USD 40`: whole units and cents.
            if (reading->last_digit != 0 || scale != 0) return std::nullopt;
            auto const cents = a.minor.view();
            std::int64_t c = 0;
            for (char ch : cents) c = c * 10 + (ch - '0');
            reading->value = reading->value + decimal(c, -2);
            reading->last_digit = -2;
            reading->has_separators = true;
            reading->alternative.reset();
        }
        if (glyph_quarters != 0) {
            if (reading->last_digit != 0) return std::nullopt;  // `2.5¾` is no number
            reading->value = reading->value + decimal(glyph_quarters * 25, -2);
            reading->last_digit = -2;
            reading->has_separators = true;
            reading->alternative.reset();
        }
        out.written.value = reading->value.scaled(scale);
        last_digit = reading->last_digit + scale;
        out.plain_integer = !reading->has_separators && scale == 0 && a.scale_text.empty();
        out.fraction_digits = reading->last_digit < 0 ? -reading->last_digit : 0;
        out.separator_flag = reading->foreign_convention || reading->alternative.has_value();
        if (reading->alternative) out.alternative = reading->alternative->scaled(scale);
        for (std::size_t i = 0; i < a.compound_count; ++i) {
            // `1 tỷ 250 triệu`: the grammar checked that each part fits below the scale before it.
            auto const& part = a.compound[i];
            std::int64_t n = 0;
            for (char const ch : part.digits.view()) n = n * 10 + (ch - '0');
            decimal const added(n, part.scale);
            out.written.value = out.written.value + added;
            if (out.alternative) out.alternative = *out.alternative + added;
            last_digit = part.scale;
        }
    } else {
        auto spelled = read_spelled(a.words, lang);
        if (!spelled) return std::nullopt;
        out.spelled = true;
        out.has_multiplier = spelled->has_multiplier;
        out.bare_start = spelled->bare_start;
        out.article_only = spelled->article_only;
        out.written.value = spelled->value.scaled(scale);
        if (!a.minor.empty()) {
            // `fifty dollars and 20 cents`: whole units in words, cents in digits.
            if (scale != 0 || spelled->half || spelled->scale != 0) return std::nullopt;
            std::int64_t c = 0;
            for (char ch : a.minor.view()) c = c * 10 + (ch - '0');
            out.written.value = out.written.value + decimal(c, -2);
        }
        if (spelled->half && scale != 0) return std::nullopt;  // "half a million billion"
        scale = scale != 0 ? scale : spelled->scale;
        last_digit = scale;
        spelled_half = spelled->half;
        spelled_quarter = spelled->quarter;
        if (spelled_half && !a.half_text.empty()) return std::nullopt;  // "half a million and a half"
    }
    out.scale = scale;
    out.written.scale_word = std::string(a.scale_text.empty() ? a.late_scale_text.view() : a.scale_text.view());
    out.written.scale_power = scale;
    if (spelled_half) {
        // `half a billion`, `nửa tỷ`: written to the nearest half of the scale, like `rưỡi`; `a
        // quarter-million` to the nearest quarter.
        decimal const half_unit = spelled_quarter ? decimal(25, scale - 2) : decimal(5, scale - 1);
        out.written.exact = false;
        out.written.resolution = half_unit;
        decimal const around = spelled_quarter ? decimal(125, scale - 3) : decimal(25, scale - 2);
        out.written.bounds = {bound{out.written.value - around, true}, bound{out.written.value + around, false}};
    } else if (!a.half_text.empty()) {
        // `2 triệu rưỡi` and `two and a half million` are 2.5e6 written to the nearest half million:
        // [2.25e6, 2.75e6); `two and a half` is 2.5. Only a whole number of units takes a half
        // (`2,5 triệu rưỡi` is no figure).
        if (last_digit != scale || (scale == 0 && lang == language::vi)) return std::nullopt;  // `5 rưỡi` is a time
        // English also adds quarters (`two and a quarter`, `one and three quarter cents`), written
        // to the nearest quarter unit.
        std::string_view const fraction = a.half_text.view();
        bool const quarters = fraction.find("quarter") != std::string_view::npos;
        decimal const added = !quarters ? decimal(5, scale - 1)
                              : fraction.find("three") != std::string_view::npos ? decimal(75, scale - 2)
                                                                                 : decimal(25, scale - 2);
        out.written.value = out.written.value + added;
        if (out.alternative) out.alternative = *out.alternative + added;
        out.written.exact = false;
        out.written.resolution = quarters ? decimal(25, scale - 2) : decimal(5, scale - 1);
        decimal const around = quarters ? decimal(125, scale - 3) : decimal(25, scale - 2);
        out.written.bounds = {bound{out.written.value - around, true}, bound{out.written.value + around, false}};
    } else if (scale != 0) {
        out.written.exact = false;
        out.written.resolution = power_of_ten(last_digit);
        decimal const half = decimal(5, last_digit - 1);
        out.written.bounds = {bound{out.written.value - half, true}, bound{out.written.value + half, false}};
    } else {
        out.written.exact = true;
        out.written.resolution = decimal{};
        out.written.bounds = interval::point(out.written.value);
    }
    out.written.span.begin = offset_of(ctx, a.begin);
    out.written.span.end = offset_of(ctx, a.per_tail.empty() ? a.end : a.per_tail.begin);

    // Which written form names the currency. A name after a `$`-style symbol decides it (`$20m
    // Australian dollars` is AUD); a subunit after a symbol keeps the symbol's currency (`$US 69 cents`).
    lexicon_entry const* form = prefix != nullptr ? prefix : suffix;
    std::string_view written = prefix != nullptr ? a.prefix_text.view() : a.suffix_text.view();
    if (prefix != nullptr && suffix != nullptr && prefix->reading == currency_reading::dollar &&
        suffix->reading != currency_reading::dollar && suffix->exponent == 0) {
        form = suffix;
        written = a.suffix_text.view();
    }
    if (form != nullptr) {
        out.currency = resolve_currency(*form, written, lang, ctx.options);
        out.has_currency = true;
        // `Fifty cents`, `75 xu` name a subunit, not its currency: the dollar is implied until the
        // paragraph writes one (imply_bare_subunits).
        if (form == suffix && form->exponent < 0 && form->reading == currency_reading::dollar) {
            out.currency.source = currency_source::implied;
        }
        if (form->reading == currency_reading::choice) {
            // `peso` in a line about Mexico is MXN: the country the line names decides.
            char const* const text_begin = ctx.text.data();
            char const* const text_end = text_begin + ctx.text.size();
            char const* line_begin = a.begin;
            while (line_begin > text_begin && line_begin[-1] != '\n') --line_begin;
            char const* line_end = static_cast<char const*>(std::memchr(a.begin, '\n', static_cast<std::size_t>(text_end - a.begin)));
            if (line_end == nullptr) line_end = text_end;
            auto const choices = split_choices(form->choices);
            if (auto const* code = currency_by_country(choices, {line_begin, static_cast<std::size_t>(line_end - line_begin)});
                code != nullptr && *code != out.currency.code) {
                out.currency.alternatives.erase(std::remove(out.currency.alternatives.begin(), out.currency.alternatives.end(), *code),
                                                out.currency.alternatives.end());
                out.currency.alternatives.insert(out.currency.alternatives.begin(), out.currency.code);
                out.currency.code = *code;
            }
        }
    }
    // Three decimals the currency cannot have are a thousands group of the other convention:
    // `18.000 VND` in English text is 18000, `456,165 NOK` in Vietnamese text 456165.
    if (out.has_currency && out.alternative && out.fraction_digits == 3 && scale == 0 && out.written.value >= decimal(1) &&
        (has_no_minor_unit(out.currency.code) || lang == language::vi) && *out.alternative == out.alternative->quantize(0, rounding_mode::down)) {
        std::swap(out.written.value, *out.alternative);
        out.written.bounds = interval::point(out.written.value);
        out.fraction_digits = 0;
    }
    // A subunit (`70 US cents`, `64p`, `23 xu Anh`) or a multiple (`50 man`) in major units.
    std::int32_t const exponent = std::min<std::int32_t>(suffix != nullptr ? suffix->exponent : 0, 0) +
                                  std::min<std::int32_t>(prefix != nullptr ? prefix->exponent : 0, 0);
    if (exponent != 0) {
        out.written.value = out.written.value.scaled(exponent);
        if (out.alternative) out.alternative = out.alternative->scaled(exponent);
        if (!out.written.exact) out.written.resolution = out.written.resolution.scaled(exponent);
        auto const scale_bound = [&](std::optional<bound>& b) {
            if (b) b->value = b->value.scaled(exponent);
        };
        scale_bound(out.written.bounds.lower);
        scale_bound(out.written.bounds.upper);
        out.plain_integer = false;
    }
    return out;
}

/// Re-scales a range end written without its own scale word: `5-6 triệu` reads `5` as `5 triệu`.
void distribute_scale(amount_parts& end, amount_parts const& from) {
    if (end.scale_text.empty() && !from.scale_text.empty() && end.words.empty()) {
        end.scale = from.scale;
        end.scale_text = from.scale_text;
    }
}

/// True for the words of a number below a hundred: `hai`, `hai mươi lăm`, `twenty-five`.
bool below_hundred_word(word_role r) noexcept {
    return r == word_role::unit || r == word_role::teen || r == word_role::tens || r == word_role::vi_tens ||
           r == word_role::vi_unit_after_tens;
}

/// A spelled range end below a hundred takes the scale words the other end closes with:
/// `từ một đến hai tỷ đồng` is 1e9..2e9, `two to three million dollars` 2e6..3e6. Only when the
/// other end is itself a number below a hundred followed by scale words, or one digit word, then
/// `hundred` and any scale words: a lone digit word takes `hundred` too (`six to seven hundred
/// million dollars` is 6e8..7e8, `five to six hundred dollars` 500..600, `hai hoặc ba trăm triệu` 2e8
/// or 3e8), a longer end does not (`twenty to three hundred million` is left alone).
void distribute_spelled_scale(amount_parts& end, amount_parts const& from) {
    if (end.words.empty() || from.words.empty() || !end.scale_text.empty() || !from.scale_text.empty() || end.scale != 0) return;
    if (!std::all_of(end.words.begin(), end.words.end(), [](number_word const& w) { return below_hundred_word(w.role); })) return;
    std::size_t trailing = 0;
    std::int32_t power = 0;
    for (std::size_t i = from.words.size(); i-- > 0 && from.words[i].role == word_role::scale;) {
        ++trailing;
        power += from.words[i].value;
    }
    bool const digit_hundreds = end.words.size() == 1 && end.words[0].role == word_role::unit &&
                                end.words[0].value > 0 && from.words.size() == trailing + 2 &&
                                from.words[0].role == word_role::unit && from.words[1].role == word_role::hundred;
    if (digit_hundreds) {
        ++trailing;
        power += 2;
    } else {
        if (trailing == 0 || trailing == from.words.size()) return;
        for (std::size_t i = 0; i + trailing < from.words.size(); ++i) {
            if (!below_hundred_word(from.words[i].role)) return;
        }
    }
    // The scale words' text: the last `trailing` words of the other end's spelled text.
    std::string_view const text = from.words_text.view();
    std::size_t begin = text.size();
    for (std::size_t i = 0; i < trailing; ++i) {
        while (begin > 0 && text[begin - 1] == ' ') --begin;
        while (begin > 0 && text[begin - 1] != ' ') --begin;
    }
    end.scale = power;
    end.scale_text = piece{from.words_text.begin + begin, from.words_text.end};
}

/// `to_lower`, without ICU for ASCII words: root-locale lower case of ASCII is ASCII's own.
std::string lower_word(std::string_view word) {
    if (std::any_of(word.begin(), word.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; })) {
        return to_lower(word);
    }
    std::string out(word);
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
}

/// Words that may follow a currency word and show it is not one: `đồng ý` (agree), `thủ đô` is
/// caught by needing a number first, but `5 đô thị` (five cities) is not.
bool is_homonym(std::string_view currency_word, std::string_view next) {
    struct guard {
        std::string_view word;
        std::array<std::string_view, 32> followers;
    };
    static constexpr guard guards[] = {
        {"đồng", {"ý", "nai", "tháp", "hồ", "bằng", "thời", "nghiệp", "đội", "bộ", "bào", "loạt", "minh", "lòng", "tình",
                  "hương", "phục", "đều", "thuận", "ruộng", "chí"}},
        {"đô", {"thị", "đốc", "vật", "hộ", "thành", "con"}},
        {"tệ", {"nạn", "hại", "bạc"}},
        {"yên", {"bái", "tâm", "ổn", "lặng", "bình", "thế", "dũng", "lạc", "phong", "thành"}},
        // `bảng xếp hạng`, `bảng giá`, `đứng thứ 3 bảng C`: a table, a price list, a group.
        {"bảng", {"xếp", "giá", "điểm", "tin", "đấu", "tổng", "lương", "kê", "chữ", "màu", "hiệu", "vàng", "tính", "quảng",
                  "điều", "số", "biểu", "cân", "phân", "thống", "đen", "trắng", "a", "b", "c", "d", "e", "f", "g", "h"}},
        {"kíp", {"nổ", "mìn", "trực", "làm", "thợ", "bay", "mổ"}},
        // `2 xu hướng` are two trends, `xu thế` a tendency, `xu nịnh` flattery.
        {"xu", {"hướng", "thế", "nịnh", "chiêng", "xoa"}},
        // `won` the verb: `in 2016 won the election`, `Korea 2 won 3 medals`.
        {"won", {"the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these", "those",
                 "gold", "silver", "bronze", "by", "against"}},
        {"grand", {"slam", "slams", "prix", "jury", "total", "canyon", "central", "master", "masters", "piano", "opening",
                   "final", "finals", "national", "prize", "tour", "hotel", "theft", "stand", "old"}},
    };
    if (next.empty() || currency_word.empty()) return false;
    // Only đồng/đô (0xC4 lead byte of đ/Đ), tệ, yên, bảng, kíp, xu, won and grand are guarded: skip ICU
    // for everything else.
    auto const first = static_cast<unsigned char>(currency_word.front());
    if (first != 0xC4 && first != 't' && first != 'T' && first != 'y' && first != 'Y' && first != 'b' && first != 'B' &&
        first != 'k' && first != 'K' && first != 'w' && first != 'W' && first != 'g' && first != 'x') {
        return false;
    }
    // A guard word as written is its own lower case (they are lower-case NFC, as the text is).
    bool const as_guarded = std::any_of(std::begin(guards), std::end(guards),
                                        [&](guard const& g) { return g.word == currency_word; });
    std::string const word = as_guarded ? std::string(currency_word) : to_lower(currency_word);
    if (word == "won" && is_ascii_digit(next.front())) return true;  // `Korea 2 won 3 medals`
    std::string const follower = lower_word(next);
    for (auto const& g : guards) {
        if (word != g.word) continue;
        for (auto f : g.followers) {
            if (!f.empty() && f == follower) return true;
        }
    }
    return false;
}

/// True when `word`, right after a bare Vietnamese amount with a scale word, is what the amount
/// counts (`12 triệu học sinh`, `300 tỉ tế bào`, `4 triệu chiếc`, `19,6 triệu iPad`): any word but
/// the closed classes that follow a sum of money (conjunctions, prepositions, particles, auxiliary
/// verbs: `3,5 tỷ nhưng`, `4.000 tỷ từ ngân sách`, `2 tỷ đã được chi`) and the nouns that name money
/// itself (`5 tỷ tiền mặt`, `20 tỷ nợ`). An empty word (punctuation, end of line) counts nothing.
bool is_count_noun(std::string_view word) {
    static constexpr std::string_view money_followers[] = {
        "nhưng", "và", "hoặc", "hay", "cho", "từ", "để", "với", "là", "thì", "mà", "của", "trong", "vào", "ra", "lên",
        "xuống", "đến", "tới", "so", "khi", "nếu", "do", "vì", "bởi", "nên", "trở", "mỗi", "còn", "được", "bị",
        "đã", "sẽ", "đang", "vẫn", "cũng", "chỉ", "tại", "ở", "trên", "dưới", "sau", "trước", "không", "chưa", "thôi",
        "rồi", "nữa", "này", "đó", "ấy", "qua", "theo", "bằng", "gồm", "tương", "tức", "hơn", "kém", "nay", "cùng",
        "sang", "về", "hết", "xong", "đây", "kia", "thế", "như", "ngay", "luôn", "lại", "nhờ", "tuy", "dù", "mới",
        "chứ", "thêm", "vượt", "đạt", "trả", "nhé", "ạ", "tiền", "vốn", "lãi", "nợ", "phí", "thuế", "lương", "thưởng",
        "giá", "chi", "thu", "cọc", "tính", "khoảng", "gần", "hoàn", "lỗ", "lời", "một",
        // Verbs that take or spend a sum right after it: `50 triệu mua xe`, `2 tỷ xây trường`.
        "mua", "bán", "xây", "sửa", "nộp", "vay", "gửi", "tiêu", "tặng", "đóng", "chuyển", "rút", "nhận", "hỗ", "ủng",
        "bồi", "phạt", "góp", "lo", "tiết", "thuê", "chữa",
    };
    if (word.empty()) return false;
    if (std::all_of(word.begin(), word.end(), [](char c) { return (c >= 'A' && c <= 'Z') || is_ascii_digit(c); })) {
        return true;  // GPU, CPU, MW ...
    }
    std::string const lower = lower_word(word);
    return std::find(std::begin(money_followers), std::end(money_followers), lower) == std::end(money_followers);
}

/// True when `word` (lower case) is a verb of change or `by`: `rose £74m to £928m`, `raised from X
/// to Y`, `cut by $2m to $5m` are two figures, not a range.
bool is_change_word(std::string_view word) {
    static constexpr std::string_view words[] = {
        "rise", "rises", "rose", "risen", "rising", "raise", "raises", "raised", "raising", "increase", "increases",
        "increased", "increasing", "decrease", "decreases", "decreased", "decreasing", "jump", "jumps", "jumped",
        "jumping", "climb", "climbs", "climbed", "climbing", "fall", "falls", "fell", "fallen", "falling", "drop", "drops",
        "dropped", "dropping", "cut", "cuts", "cutting", "boost", "boosts", "boosted", "boosting", "grow", "grows", "grew",
        "grown", "growing", "gain", "gains", "gained", "lift", "lifts", "lifted", "lower", "lowers", "lowered", "reduce",
        "reduces", "reduced", "reducing", "slash", "slashed", "soar", "soared", "surge", "surged", "plunge", "plunged",
        "slip", "slipped", "narrow", "narrowed", "narrowing", "widen", "widened", "widening", "hike", "hiked", "up",
        "down", "shrink", "shrank", "shrunk", "expand", "expanded", "revise", "revised", "trim", "trimmed", "swell",
        "swelled", "tumble", "tumbled", "slump", "slumped", "decline", "declined", "declining", "advance", "advanced",
        "by", "doubled", "tripled", "halved", "upgraded", "downgraded", "sank", "dipped", "edged", "inched",
    };
    return std::find(std::begin(words), std::end(words), word) != std::end(words);
}

/// Words that make the number after them vague: `hàng triệu đô` (millions of dollars), `vài tỷ`.
bool is_vague_word(std::string_view word) {
    static constexpr std::string_view words[] = {
        "h\u00e0ng", "v\u00e0i", "m\u1ea5y", "nhi\u1ec1u", "nh\u1eefng", "c\u00e1c", "bao", "d\u0103m", "m\u1ed7i",
        // After another number word the bare start is that number's tail: `hàng trăm triệu`.
        "tr\u0103m", "ch\u1ee5c", "m\u01b0\u01a1i", "ngh\u00ecn", "ng\u00e0n", "tri\u1ec7u", "t\u1ef7", "t\u1ec9",
        "m\u1ed9t", "hai", "ba", "b\u1ed1n", "n\u0103m", "s\u00e1u", "b\u1ea3y", "t\u00e1m", "ch\u00edn", "m\u01b0\u1eddi",
    };  // hang, vai, may, nhieu, nhung, cac, bao, dam, moi, tram, chuc, muoi, nghin, ngan, trieu, ty, ti,
        // mot, hai, ba, bon, nam, sau, bay, tam, chin, muoi
    return std::find(std::begin(words), std::end(words), word) != std::end(words);
}

/// Words before a bare Vietnamese `k` price (`giá 400k`, `chỉ với 99k`): without one, `5k` is a
/// slogan and `24k` a gold purity, not money.
bool is_price_cue(std::string_view word) {
    static constexpr std::string_view words[] = {
        "gi\u00e1", "ph\u00ed", "l\u01b0\u01a1ng", "ti\u1ec1n", "v\u1edbi", "ch\u1ec9", "c\u00f2n", "m\u1ee9c",
        "tr\u1ea3", "b\u00e1n", "mua", "t\u1ed1n", "h\u1ebft", "m\u1ea5t", "thu", "ki\u1ebfm", "c\u00f3"
    };  // gia, phi, luong, tien, voi, chi, con, muc, tra, ban, mua, ton, het, mat, thu, kiem
    return std::find(std::begin(words), std::end(words), word) != std::end(words);
}

/// The currency code a per-unit word names (`25.000 đồng/USD` quotes the dollar), or empty.
std::string currency_named(std::string_view unit, language lang) {
    if (unit == "pound" || unit == "pounds" || unit == "lb") return {};  // `$3.21 per pound` is a weight
    // Every written form, by language, looked up once per price rather than scanned.
    using table = std::unordered_map<std::string_view, std::string_view>;
    static auto const tables = [] {
        std::array<table, 2> out;
        for (std::size_t i = 0; i < 2; ++i) {
            for (auto const& form : i == 0 ? builtin_suffix_entries_en() : builtin_suffix_entries_vi()) out[i].emplace(form.text, form.code);
            for (auto const& form : builtin_prefix_entries()) out[i].emplace(form.text, form.code);
        }
        return out;
    }();
    auto const& t = tables[lang == language::en ? 0 : 1];
    auto const it = t.find(unit);
    return it == t.end() ? std::string() : std::string(it->second);
}

/// The per unit as recorded: spaces around '/' dropped (`người / năm` -> `người/năm`).
std::string per_unit_text(std::string_view unit) {
    std::string out;
    out.reserve(unit.size());
    for (std::size_t i = 0; i < unit.size();) {
        if (std::size_t n = space_length(unit.data() + i, unit.data() + unit.size())) {
            std::size_t j = i + n;
            while (std::size_t m = space_length(unit.data() + j, unit.data() + unit.size())) j += m;
            bool const next_slash = j < unit.size() && unit[j] == '/';
            bool const after_slash = !out.empty() && out.back() == '/';
            if (!next_slash && !after_slash) out += ' ';
            i = j;
            continue;
        }
        out += unit[i++];
    }
    return out;
}

/// The lower-case word that ends just before `p` (spaces skipped), not before `floor`.
std::string word_ending_at(char const* floor, char const* p) {
    char const* end = p;
    while (end > floor) {
        std::size_t const n = space_length_before(floor, end);
        if (n == 0) break;
        end -= n;
    }
    char const* begin = end;
    while (begin > floor) {
        char const* q = begin - 1;
        while (q > floor && (static_cast<unsigned char>(*q) & 0xC0) == 0x80) --q;
        if (!is_word_char_at(q, end)) break;
        begin = q;
    }
    return lower_word({begin, static_cast<std::size_t>(end - begin)});
}

/// Where the word that ends just before `p` (spaces skipped) starts; nullptr when there is none.
char const* word_start_before(char const* floor, char const* p) {
    char const* end = p;
    while (end > floor) {
        std::size_t const n = space_length_before(floor, end);
        if (n == 0) break;
        end -= n;
    }
    char const* begin = end;
    while (begin > floor) {
        char const* q = begin - 1;
        while (q > floor && (static_cast<unsigned char>(*q) & 0xC0) == 0x80) --q;
        if (!is_word_char_at(q, end)) break;
        begin = q;
    }
    return begin == end ? nullptr : begin;
}

/// The currency a worded quote is per: "to the greenback" -> USD.
std::string quoted_base(std::string_view words) {
    auto const ends_with = [&](std::string_view w) { return words.size() >= w.size() && words.substr(words.size() - w.size()) == w; };
    if (ends_with("dollar") || ends_with("greenback")) return "USD";
    if (ends_with("euro")) return "EUR";
    if (ends_with("yuan")) return "CNY";
    if (ends_with("yen")) return "JPY";
    return std::string(words);
}

qualifier qualifier_of(lead_word w) noexcept {
    switch (w) {
    case lead_word::approx: return qualifier::approx;
    case lead_word::lt: return qualifier::lt;
    case lead_word::le: return qualifier::le;
    case lead_word::gt: return qualifier::gt;
    case lead_word::ge: return qualifier::ge;
    case lead_word::from: return qualifier::ge;
    case lead_word::within: return qualifier::approx;
    case lead_word::exact:
    case lead_word::hedge:
    case lead_word::aged:
    case lead_word::year: return qualifier::exact;
    }
    return qualifier::exact;
}

/// The interval a qualified figure stands for (DESIGN.md, "Qualifiers"); values are non-negative.
interval qualified_bounds(qualifier q, figure_value const& low, figure_value const& high, decimal const& tolerance) {
    switch (q) {
    case qualifier::exact:
        return {low.bounds.lower, high.bounds.upper};
    case qualifier::approx: {
        auto lower = low.bounds.lower->value - tolerance * low.value;
        auto upper = high.bounds.upper->value + tolerance * high.value;
        if (lower.sign() < 0) lower = decimal{};
        return {bound{lower, true}, bound{upper, true}};
    }
    case qualifier::lt: return {bound{decimal{}, true}, bound{high.value, false}};
    case qualifier::le: return {bound{decimal{}, true}, bound{high.value, true}};
    case qualifier::gt: return {bound{low.value, false}, std::nullopt};
    case qualifier::ge: return {bound{low.value, true}, std::nullopt};
    }
    return {};
}

/// English currency words that are ordinary words after some numbers: `weighs 300 pounds` and
/// `2 million pounds of beef` are weights (`pound` is money only after a million or more, and not
/// before `of`); `in 2016 won the` is the verb after a year.
bool is_english_homonym(amount_parts const& a, char const* text_end) {
    std::string_view const word = a.suffix_text.view();
    if (word == "pound" || word == "pounds") {
        bool big = a.scale >= 6;
        for (auto const& w : a.words) big = big || (w.role == word_role::scale && w.value >= 6);
        // `2 million pounds of beef` is a weight; billions of pounds are money whatever follows.
        bool const huge = a.scale >= 9 || std::any_of(a.words.begin(), a.words.end(), [](number_word const& w) {
                              return w.role == word_role::scale && w.value >= 9;
                          });
        return !big || (!huge && lower_word(next_word(a.end, text_end)) == "of");
    }
    if (word == "won" || word == "WON") {
        auto const digits = a.numeral.view();
        return a.scale_text.empty() && digits.size() == 4 && std::all_of(digits.begin(), digits.end(), is_ascii_digit) &&
               digits >= "1900" && digits <= "2100";
    }
    return false;
}

/// With parse_options::spelled_counts: a spelled number that is still a word. "one"/"một" are mostly
/// articles; `năm` next to a time word is "year" (`năm nay`, `mỗi năm`, `trong năm`).
bool is_word_not_count(expression_builder const& b, figure const& f, char const* text_begin, char const* text_end) {
    if (b.is_range) return false;
    if (f.value == decimal(1)) return true;
    if (b.lang != language::vi || b.low.words.size() != 1 || f.value != decimal(5)) return false;
    static constexpr std::string_view year_after[] = {
        "nay", "ngo\u00e1i", "sau", "tr\u01b0\u1edbc", "\u0111\u00f3", "n\u00e0y", "qua", "t\u1edbi", "h\u1ecdc", "\u1ea5y",
        "t\u00e0i", "m\u1edbi", "kia", "x\u01b0a",
    };  // nay, ngoai, sau, truoc, do, nay, qua, toi, hoc, ay, tai, moi, kia, xua
    static constexpr std::string_view year_before[] = {
        "trong", "m\u1ed7i", "h\u00e0ng", "c\u1ea3", "n\u1eeda", "cu\u1ed1i", "\u0111\u1ea7u", "gi\u1eefa", "c\u00e1c",
        "nh\u1eefng", "nhi\u1ec1u", "v\u00e0i", "m\u1ed9t", "t\u1eeb", "\u0111\u1ebfn", "qua",
    };  // trong, moi, hang, ca, nua, cuoi, dau, giua, cac, nhung, nhieu, vai, mot, tu, den, qua
    std::string const after = lower_word(next_word(b.low.end, text_end));
    std::string const before = word_ending_at(text_begin, b.low.begin);
    auto const in = [](auto const& list, std::string_view w) { return std::find(std::begin(list), std::end(list), w) != std::end(list); };
    return after.empty() || in(year_after, after) || in(year_before, before);
}

/// `three quarters of a billion dollars`: the fraction written before `of` that scales the amount
/// after it, as numerator and denominator; {0, 0} when there is none. `start` moves back to the
/// fraction's first word.
std::pair<int, int> fraction_before(char const* text_begin, char const*& start) {
    // Most figures follow no "of": a look at the bytes before the start, no word built.
    char const* before = start;
    while (before > text_begin && (before[-1] == ' ' || before[-1] == '\t')) --before;
    if (before - text_begin < 2 || before[-2] != 'o' || before[-1] != 'f') return {0, 0};
    if (word_ending_at(text_begin, start) != "of") return {0, 0};
    char const* const of_start = word_start_before(text_begin, start);
    if (of_start == nullptr) return {0, 0};
    std::string const part = word_ending_at(text_begin, of_start);
    static constexpr std::pair<std::string_view, int> parts[] = {
        {"half", 2}, {"third", 3}, {"thirds", 3}, {"quarter", 4}, {"quarters", 4}, {"fifth", 5}, {"fifths", 5},
        {"tenth", 10}, {"tenths", 10},
    };
    auto const* p = std::find_if(std::begin(parts), std::end(parts), [&](auto const& e) { return e.first == part; });
    if (p == std::end(parts)) return {0, 0};
    char const* const part_start = word_start_before(text_begin, of_start);
    if (part_start == nullptr) return {0, 0};
    // `three-quarters of`, `two-thirds of`: the count may be joined to the part by a hyphen.
    char const* const count_end = part_start > text_begin && part_start[-1] == '-' ? part_start - 1 : part_start;
    std::string const count = word_ending_at(text_begin, count_end);
    static constexpr std::pair<std::string_view, int> counts[] = {
        {"a", 1}, {"an", 1}, {"one", 1}, {"two", 2}, {"three", 3}, {"four", 4}, {"five", 5}, {"six", 6}, {"seven", 7},
        {"eight", 8}, {"nine", 9},
    };
    auto const* c = std::find_if(std::begin(counts), std::end(counts), [&](auto const& e) { return e.first == count; });
    char const* const count_start = c == std::end(counts) ? nullptr : word_start_before(text_begin, count_end);
    if (count_start == nullptr) {
        if (p->second != 2) return {0, 0};  // `half of` needs no count; `thirds of` does
        start = part_start;
        return {1, 2};
    }
    start = count_start;
    return {c->second, p->second};
}

enum class build_status { ok, rejected, bad_range };

struct built {
    build_status status = build_status::rejected;
    char const* end = nullptr;  ///< where reading goes on: the grammar's end, or earlier (a homonym, a change)
    bool homonym = false;       ///< a currency-looking word was ordinary language (`đồng ý`)
};

/// True for a qualifier that bounds the value (lt, le, gt, ge) rather than widening it.
bool is_bound(lead_word w) noexcept {
    return w == lead_word::lt || w == lead_word::le || w == lead_word::gt || w == lead_word::ge;
}

/// The qualifier of stacked words: a bound wins over `approx` and a hedge, the inner bound over the
/// outer one (`lên tới khoảng` is le, `lên đến hơn` gt), and a bound after the amount over both
/// (`khoảng 300.000 đồng/kg trở lên` is ge); `approx` after the amount (`or so`) only over none.
lead_word combined_lead(lead_word outer, lead_word inner, lead_word trailing) noexcept {
    lead_word w = outer == lead_word::hedge ? lead_word::exact : outer;
    if (is_bound(inner) || (inner == lead_word::approx && !is_bound(w))) w = inner;
    if (is_bound(trailing)) w = trailing;
    if (trailing == lead_word::approx && w == lead_word::exact) w = trailing;  // `$500m or so`
    return w;
}

/// A Vietnamese range whose first end drops its thousands: `80 - 180.000 đồng` is 80.000..180.000,
/// `từ 10 - 20000 đồng` 10.000..20.000, but `từ 971 - 5.625 đồng` and `900-4.000 euro` are as written.
/// The first end is a bare number below 1000, the second one without a scale word, and the first
/// end's thousands fall below the second end and within a factor of ten of it.
bool is_elliptical(amount_parts const& low, amount_value const& lv, amount_parts const& high, amount_value const& hv) {
    if (!low.scale_text.empty() || !high.scale_text.empty() || low.numeral.empty() || high.numeral.empty()) return false;
    if (!lv.plain_integer || lv.written.value >= decimal(1000)) return false;
    decimal const thousands = lv.written.value.scaled(3);
    return !(hv.written.value < thousands) && hv.written.value < thousands.scaled(1);
}

/// True when `(mua vào - bán ra)` (or `(mua - bán)`, with `-`, `–` or `/`; in English `(buy -
/// sell)`, `(buying/selling)`, `(bid - ask)`) follows at `p` after spaces: the two prices before it
/// are a buying and a selling price.
bool buy_sell_note_at(char const* p, char const* end) {
    auto const skip_spaces = [&] {
        while (std::size_t n = space_length(p, end)) p += n;
    };
    auto const take = [&](std::string_view word) {
        if (!starts_with(p, end, word)) return false;
        p += word.size();
        return true;
    };
    skip_spaces();
    if (!take("(")) return false;
    skip_spaces();
    bool const vietnamese = take("mua");
    if (vietnamese) {
        skip_spaces();
        take("v\u00e0o");  // vào
    } else if (!take("buying") && !take("buy") && !take("bid")) {
        return false;
    }
    skip_spaces();
    if (!take("-") && !take("\u2013") && !take("/")) return false;
    skip_spaces();
    if (vietnamese) {
        if (!take("b\u00e1n")) return false;  // bán
        skip_spaces();
        take("ra");
    } else if (!take("selling") && !take("sell") && !take("ask")) {
        return false;
    }
    skip_spaces();
    return take(")");
}

/// Turns a grammar match into a figure, written into `f` (default-constructed on entry; left
/// half-written unless the status is `ok`), or says why not. The figure is an out-parameter
/// because it is large (a dozen big-integer decimals): moving it through every layer of the
/// search cost more than reading the amounts.
built build_figure(expression_builder& b, char const* match_begin, char const* match_end, context const& ctx, figure& f) {
    built out;
    out.end = match_end;
    language const lang = b.lang;
    char const* const text_begin = ctx.text.data();
    char const* const text_end = ctx.text.data() + ctx.text.size();
    char const* span_begin = match_begin;
    if (b.lead == lead_word::within) b.lead = b.is_range ? lead_word::hedge : lead_word::approx;
    if (b.lead == lead_word::hedge && b.inner_lead == lead_word::exact && b.core_begin != nullptr) span_begin = b.core_begin;

    // A change, not a range: after a verb of change, `from $2,500 to $4,000` and `rose £74m to £928m`
    // are two figures (`tăng từ 5 lên 6 triệu` is one by its grammar). The first is built here from
    // the range's parts (so scale and currency still distribute); the scanner reads the second alone.
    if (b.is_range && lang == language::en && ctx.extracting) {
        std::string_view gap(b.low.end, static_cast<std::size_t>(b.high.begin - b.low.end));
        while (!gap.empty() && space_length(gap.data(), gap.data() + gap.size()) != 0) gap.remove_prefix(space_length(gap.data(), gap.data() + gap.size()));
        bool const to_joined = gap.substr(0, 2) == "to";
        if (to_joined) {
            // The word before the first amount, and for `from`, up to four words before that.
            char const* q = b.low.begin;
            std::string word = word_ending_at(text_begin, q);
            bool change = is_change_word(word);
            for (int i = 0; i < 4 && !change && word == "from"; ++i) {
                q = word_start_before(text_begin, q);
                if (q == nullptr) break;
                std::string const earlier = word_ending_at(text_begin, q);
                if (earlier.empty()) break;
                change = is_change_word(earlier);
            }
            if (change) b.is_change = true;
        }
    }
    // A Vietnamese price quote: `55,45 - 55,95 triệu đồng/lượng (mua vào - bán ra)` is the buying
    // and the selling price, two figures, not a range of one price.
    bool buy_sell = false;
    if (b.is_range && ctx.extracting && !b.is_change) {
        char const* after = b.high.per_tail.empty() ? b.high.end : b.high.per_tail.end;
        buy_sell = after != nullptr && after >= b.high.end && buy_sell_note_at(after, text_end);
        b.is_change = buy_sell;
    }
    if (b.is_change && !ctx.extracting) {
        // One expression cannot hold a change: the figure is its first amount, and what follows is
        // left unread (figura::parse reports it).
        b.is_change = false;
        b.is_range = false;
        match_end = b.low.end;
        out.end = match_end;
    }

    // A currency word followed by a word that makes it ordinary Vietnamese: drop the currency.
    amount_parts& last = (b.is_range || b.is_rate || b.is_change) ? b.high : b.low;
    if (last.suffix >= 0 && last.classifier_text.empty() && last.per_tail.empty() &&
        (is_homonym(last.suffix_text.view(), next_word(last.end, text_end)) || is_english_homonym(last, text_end))) {
        char const* cut = last.suffix_text.begin;
        while (cut > last.begin && space_before(last.begin, cut)) cut -= space_length_before(last.begin, cut);
        out.homonym = true;
        last.suffix = -1;
        last.suffix_text = {};
        last.end = cut;
        out.end = cut;
        match_end = cut;
    }

    amount_parts const low_as_written = b.low;
    if (b.is_range || b.is_change) {
        distribute_scale(b.low, b.high);
        distribute_scale(b.high, b.low);
        distribute_spelled_scale(b.low, b.high);
    }
    auto low = read_amount(b.low, lang, ctx);
    if (!low) return out;
    f.lang = lang;
    if (low->article_only && (!low->has_currency || b.is_range)) return out;  // "a" alone is no number
    // `two and a half billion years`: there "a half" ends the number before it, and opens none.
    if (lang == language::en && b.low.words.size() >= 2 && b.low.words[0].role == word_role::article &&
        b.low.words[1].role == word_role::half && word_ending_at(text_begin, b.low.begin) == "and") {
        return out;
    }
    if (lang == language::en && !b.is_range && !b.is_rate && b.lead == lead_word::exact && !b.low.words.empty() &&
        b.low.words.front().role == word_role::article) {
        // `three quarters of a billion dollars` is 750000000 USD, never the "a billion dollars" after
        // it; a fraction with no exact decimal (`two thirds of a billion`) gives no figure. Only an
        // amount opened by `a`: in `half of $10m` the $10m is itself the figure the text states.
        char const* fraction_start = match_begin;
        auto const [numerator, denominator] = fraction_before(text_begin, fraction_start);
        if (denominator != 0) {
            if (10 % denominator != 0 && 100 % denominator != 0) return out;
            decimal const factor = decimal(numerator * (100 / denominator), -2);
            auto const scale = [&](decimal const& d) { return (d * factor).normalized(); };
            low->written.value = scale(low->written.value);
            low->written.resolution = scale(low->written.resolution);
            if (low->written.bounds.lower) low->written.bounds.lower->value = scale(low->written.bounds.lower->value);
            if (low->written.bounds.upper) low->written.bounds.upper->value = scale(low->written.bounds.upper->value);
            low->alternative.reset();
            span_begin = fraction_start;
        }
    }
    if (low->bare_start) {
        // `trăm triệu đồng`, `triệu đô` are one hundred million and one million; `hàng trăm triệu
        // đồng`, `vài triệu đô` are vague, and a bare `triệu` with no currency is no figure.
        std::string const before = word_ending_at(text_begin, b.low.begin);
        if (!low->has_currency || is_vague_word(before)) return out;
        // Digits right before (`X-5 triệu đồng`) are a number this reading would drop: one million
        // read from its tail would be an invented value.
        char const* q = b.low.begin;
        while (q > text_begin && space_length_before(text_begin, q) > 0) q -= space_length_before(text_begin, q);
        if (q > text_begin && is_ascii_digit(q[-1])) return out;
    }

    std::optional<amount_value> high;
    if (b.is_range || b.is_rate || b.is_change) {
        high = read_amount(b.high, lang, ctx);
        if (!high) return out;
        // `$US0.6985 - a level`: "a" alone ends no range.
        if (high->article_only) return built{build_status::bad_range, match_end};
        if ((b.is_range || b.is_change) && high->written.value < low->written.value && b.low.scale_text.empty() == false &&
            low_as_written.scale_text.empty()) {
            // `từ 700.000 đến 1,2 triệu đồng`: the scale belongs to the second end only.
            b.low = low_as_written;
            low = read_amount(b.low, lang, ctx);
            if (!low) return out;
        }
    }

    if (b.is_range && low->spelled && low->has_multiplier && !b.high.numeral.empty() && b.high.prefix < 0 &&
        b.low.end + 1 == b.high.begin && *b.low.end == '-' && b.high.numeral.view().find_first_of(",.") == std::string_view::npos) {
        // `one-thousand-493 trillion won`: words and digits of one number, not a range.
        decimal const whole = low->written.value.scaled(high->scale) + high->written.value;
        high->written.value = whole;
        decimal const half = high->scale != 0 ? decimal(5, high->scale - 1) : decimal{};
        high->written.bounds = high->scale != 0 ? interval{bound{whole - half, true}, bound{whole + half, false}} : interval::point(whole);
        high->written.span.begin = low->written.span.begin;
        low = std::move(high);
        high.reset();
        b.is_range = false;
        b.low = b.high;
        b.low.begin = low_as_written.begin;
    }

    if (b.is_rate && ctx.extracting && low->has_currency && high->has_currency) {
        // In running text `$1 = 84.26 yen` states two amounts, the second equivalent to the first
        // (link_equivalents pairs them across the `=`), as `A (B)` does: the first figure is built here,
        // the scanner reads the second. figura::parse keeps the quote as one `rate` figure.
        b.is_rate = false;
        high.reset();
        match_end = b.low.end;
        out.end = b.low.end;
    }

    if (b.is_rate) {
        // `$1 = 7.25 yuan`: value is the quote, per one unit of the base currency.
        if (!low->has_currency || !high->has_currency) {
            out.status = build_status::rejected;
            return out;
        }
        f.kind = figure_kind::rate;
        f.value = high->written.value;
        f.bounds = high->written.bounds;
        f.written = std::move(high->written);
        f.currency = std::move(high->currency);
        f.rate_base = low->currency.code;
        f.qual = qualifier_of(combined_lead(b.lead, b.inner_lead, b.trailing));
    } else {
        if (b.is_range || b.is_change) {
            // Only đồng prices drop their thousands (`80 - 180.000 đồng`); `1 - 2.000 USD` is as written.
            bool const dong = high->has_currency ? high->currency.code == "VND" : ctx.options.implied_vnd;
            if (b.is_range && lang == language::vi && !low->has_currency && dong && is_elliptical(b.low, *low, b.high, *high)) {
                low->written.value = low->written.value.scaled(3);
                low->written.bounds = interval::point(low->written.value);
            }
            // A currency written before the second end only (`2016-17 to £835m`) does not reach back.
            if (b.is_range && !low->has_currency && b.high.prefix >= 0) return built{build_status::bad_range, match_end};
            // Currency distributes too: `$5-6m`, `5-6 triệu USD`.
            if (!low->has_currency && high->has_currency) {
                low->currency = high->currency;
                low->has_currency = true;
            } else if (low->has_currency && !high->has_currency) {
                high->currency = low->currency;
                high->has_currency = true;
            }
            bool const same_kind = b.low.marker == b.high.marker && low->currency.code == high->currency.code;
            if (b.is_range && (!same_kind || high->written.value < low->written.value)) {
                return built{build_status::bad_range, match_end};
            }
        }
        if (b.is_change) {
            // The first figure of the change; the second is read on its own and gets the currency.
            ctx.carry.at = b.high.begin;
            ctx.carry.currency = low->currency;
            if (!low->has_currency) ctx.carry.at = nullptr;
            if (!b.is_coordination) span_begin = b.low.begin;
            match_end = b.low.end;
            out.end = b.low.end;
            high.reset();
        } else if (!b.is_range && !low->has_currency && ctx.carry.at == b.low.begin && ctx.carry.at != nullptr) {
            low->currency = ctx.carry.currency;
            low->has_currency = true;
        }
        // Both prices of a quote share the unit after the second (`/lượng`).
        amount_parts const& tail = (b.is_range && (!b.is_change || buy_sell)) ? b.high : b.low;
        bool const priced = !tail.per_tail.empty() || !b.low.per_tail.empty();

        lead_word lead = combined_lead(b.lead, b.inner_lead, b.trailing);
        if (b.is_change && !b.is_coordination && b.lead != lead_word::hedge) lead = lead_word::exact;
        if (lead == lead_word::from) {
            // `từ 92.500 tỉ won năm 2021 lên 99.100 tỉ won`: "from" of a change a few words on.
            bool change_ahead = false;
            char const* q = match_end;
            for (int i = 0; i < 4 && !change_ahead; ++i) {
                auto const w = next_word(q, text_end);
                if (w.empty()) break;
                change_ahead = w == "l\u00ean" || w == "xu\u1ed1ng";  // len, xuong
                q = w.data() + w.size();
            }
            lead = (b.is_range || b.is_change || change_ahead) ? lead_word::exact : lead_word::ge;
        }
        f.qual = qualifier_of(lead);
        f.value = low->written.value;
        f.currency = std::move(low->currency);
        f.ambiguous = low->separator_flag || (high && high->separator_flag) ? ambiguity::separator : ambiguity::none;
        f.alternative_value = std::move(low->alternative);

        std::string_view const quote = !tail.quote_per.empty() ? tail.quote_per.view() : b.low.quote_per.view();
        std::string_view const unit = !tail.per_unit.empty() ? tail.per_unit.view() : b.low.per_unit.view();
        std::string const quoted_currency = unit.empty() ? std::string() : currency_named(unit, lang);
        char const* const after_amount = tail.per_tail.empty() ? tail.end : tail.per_tail.begin;
        if (!quote.empty() || !quoted_currency.empty()) {
            // `Rmb7.17 to the greenback`, `25.000 đồng/USD`: an exchange-rate quote.
            f.kind = figure_kind::rate;
            f.rate_base = !quote.empty() ? quoted_base(quote) : quoted_currency;
        } else if (b.lead == lead_word::aged || tail.marker == unit_marker::age) {
            f.kind = figure_kind::age;
        } else if (tail.marker == unit_marker::percent) {
            f.kind = figure_kind::percent;
        } else if (low->has_currency) {
            f.kind = figure_kind::money;
        } else if (low->plain_integer && !b.is_range && f.qual == qualifier::exact && f.value >= decimal(1000) &&
                   f.value <= decimal(2200) && b.low.numeral.view().size() == 4 && !priced &&
                   (b.lead == lead_word::year || (f.value >= decimal(1900) && f.value <= decimal(2100)))) {
            f.kind = figure_kind::year;
        } else if (lang == language::vi && ctx.options.implied_vnd && (high ? high->scale : low->scale) >= 3 &&
                   (priced || !is_count_noun(next_word(after_amount, text_end))) &&
                   // `giá 400k`, `400k/người` are prices; `thực hiện 5k` and `vàng 24k` are not.
                   (tail.scale_text.view() != "k" && tail.scale_text.view() != "K" ? true
                    : priced || b.is_range || b.lead != lead_word::exact || is_price_cue(word_ending_at(text_begin, match_begin)))) {
            f.kind = figure_kind::money;
            f.currency.code = "VND";
            f.currency.source = currency_source::implied;
        } else {
            f.kind = figure_kind::count;
        }
        if (priced && f.kind != figure_kind::rate) f.per = per_unit_text(unit);
        // "in"/"năm" lead only a year: `in 2021`; `in $5m` is read from the amount.
        if (b.lead == lead_word::year && f.kind != figure_kind::year) return out;
        // Vietnamese `từ` before a single number is a starting price; before anything else it is "from".
        if (b.lead == lead_word::from && f.kind != figure_kind::money && !b.is_range && !b.is_change) return out;
        // Spelled-out small numbers ("one of them", "năm ngoái") are words, not figures, unless the
        // caller keeps them as counts (parse_options::spelled_counts).
        if (ctx.extracting && low->spelled && !low->has_multiplier && f.kind != figure_kind::money &&
            f.kind != figure_kind::percent &&
            !(ctx.options.spelled_counts && f.kind == figure_kind::count && !is_word_not_count(b, f, text_begin, text_end))) {
            return out;
        }
        figure_value const& top = high ? high->written : low->written;
        f.bounds = qualified_bounds(f.qual, low->written, top, ctx.options.approx_tolerance);
        f.written = std::move(low->written);
        if (high) f.range_high = std::move(high->written);
        // The span covers the amount, not its per-unit tail (`25.000 đồng` in `25.000 đồng/kg`).
        if (!tail.per_tail.empty() && !buy_sell) match_end = tail.per_tail.begin;
    }

    f.span.begin = offset_of(ctx, span_begin);
    f.span.end = offset_of(ctx, match_end);
    out.status = build_status::ok;
    return out;
}

struct attempt {
    char const* end = nullptr;  ///< where the figure ends
    bool homonym = false;       ///< see `built::homonym`
};

/// Runs `lang`'s grammar at `start`; re-reads a rejected range as a single amount. On success the
/// figure is in `f`, which is reset first unless `clean` says it is still a fresh figure (resetting a
/// figure of over a kilobyte before every reading was 2-3% of extraction); `clean` is false once a
/// reading has been written into `f`. On failure `f` holds nothing of use.
std::optional<attempt> try_parse(char const* start, char const* last, language lang, context const& ctx, figure& f, bool& clean) {
    expression_builder& b = ctx.builder;
    b.lang = lang;
    b.allow_range = true;
    for (int round = 0; round < 2; ++round) {
        char const* first = start;
        if (!parse_expression(first, last, b)) return std::nullopt;
        if (!clean) f = figure{};
        clean = false;
        built const r = build_figure(b, start, first, ctx, f);
        if (r.status == build_status::bad_range) {
            b.allow_range = false;
            continue;
        }
        if (r.status != build_status::ok) return std::nullopt;
        return attempt{r.end, r.homonym};
    }
    return std::nullopt;
}

std::optional<attempt> try_parse(char const* start, char const* last, language lang, context const& ctx, figure& f) {
    bool clean = false;
    return try_parse(start, last, lang, ctx, f, clean);
}

/// True when the word at `p` has non-ASCII letters (a Vietnamese word after an English reading).
bool next_word_is_non_ascii(char const* p, char const* end) {
    auto const w = next_word(p, end);
    return std::any_of(w.begin(), w.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
}

/// The better of the two languages' readings at one start: the line's language first; the other
/// only when that fails or when what follows looks like the other language (`2.500 tỷ đồng` in an
/// English line, `14 billion` in a Vietnamese one), and then the longer reading wins. The winner's
/// figure is left in `f` (`f_clean`: see try_parse); `spare` is scratch for the second reading.
std::optional<attempt> best_at(char const* start, char const* last, language first_choice, bool both, context const& ctx,
                               figure& f, bool& f_clean, figure& spare) {
    auto a = try_parse(start, last, first_choice, ctx, f, f_clean);
    if (!both) return a;
    if (a) {
        // Vietnamese tables already read English scale words and currency names, so only an
        // English reading followed by Vietnamese words is worth a second look.
        if (first_choice == language::vi || !next_word_is_non_ascii(a->end, last)) return a;
    }
    language const other = first_choice == language::en ? language::vi : language::en;
    auto b = try_parse(start, last, other, ctx, spare);
    if (b && (!a || b->end > a->end)) {
        std::swap(f, spare);
        f_clean = false;
        return b;
    }
    return a;
}

// ---------------------------------------------------------------------------------------------
// Finding where figures may start.

/// True when `word` (a literal; its first letter already matched in either case) is at `p` and
/// ends there as a word. The length is a constant, so the compare is a few inline loads.
template <std::size_t N>
[[gnu::always_inline]] inline bool anchor_word_at(char const* p, char const* end, char const (&word)[N]) noexcept {
    constexpr std::size_t n = N - 1;
    static_assert(n > 2);
    // The third byte first: it tells "the"/"that"/"to" from "thousand"/"trillion" cheaply.
    return static_cast<std::size_t>(end - p) >= n && p[2] == word[2] && std::memcmp(p + 1, word + 1, n - 1) == 0 &&
           !is_word_char_at(p + n, end);
}

/// Words that only occur inside spelled-out numbers: their presence is worth a parse attempt.
/// Dispatches on the first two bytes so common words ("the", "that") cost one or two compares.
bool spelled_anchor_at(char const* p, char const* end) {
    if (end - p < 2) return false;
    char const first = static_cast<char>(p[0] | 0x20);  // ASCII lower case
    char const second = p[1];
    switch (first) {
    case 'h': return second == 'u' && anchor_word_at(p, end, "hundred");
    case 'm': return second == 'i' && anchor_word_at(p, end, "million");
    case 'b': return second == 'i' && anchor_word_at(p, end, "billion");
    case 'n': return second == 'g' && (anchor_word_at(p, end, "nghìn") || anchor_word_at(p, end, "ngàn"));
    case 't':
        if (second == 'h') return anchor_word_at(p, end, "thousand");
        // `Tỷ giá`, `tỷ lệ`, `triệu phú` name things: no number is scaled there (`scale_noun_at_vi`).
        if (second == 'r') {
            return anchor_word_at(p, end, "trillion") || anchor_word_at(p, end, "trăm") ||
                   (anchor_word_at(p, end, "triệu") && !scale_noun_at_vi(p, end));
        }
        if (static_cast<unsigned char>(second) == 0xE1) {
            return (anchor_word_at(p, end, "tỷ") || anchor_word_at(p, end, "tỉ")) && !scale_noun_at_vi(p, end);
        }
        return false;
    default: return false;
    }
}

/// Currency names a spelled-out number without a scale word comes before (`ten dollars`, `one US
/// cent`, `twenty euros`, `five bucks`, `mười đô la`, `hai mươi xu`). The scanner tries them only when a
/// number word is among the three words before (`number_word_before`).
bool currency_anchor_at(char const* p, char const* end) {
    if (end - p < 2) return false;
    auto const first = static_cast<unsigned char>(p[0]);
    char const second = p[1];
    if (first == 0xC4) {  // đ: `đô`, `đôla`
        return second == '\x91' && (anchor_word_at(p, end, "\xC4\x91\xC3\xB4") || anchor_word_at(p, end, "\xC4\x91\xC3\xB4la"));
    }
    switch (static_cast<char>(first | 0x20)) {
    case 'd': return second == 'o' && (anchor_word_at(p, end, "dollar") || anchor_word_at(p, end, "dollars"));
    case 'c': return second == 'e' && (anchor_word_at(p, end, "cent") || anchor_word_at(p, end, "cents"));
    case 'e': return second == 'u' && (anchor_word_at(p, end, "euro") || anchor_word_at(p, end, "euros"));
    case 'b': return second == 'u' && anchor_word_at(p, end, "bucks");
    case 'x': return second == 'u' && !is_word_char_at(p + 2, end);
    default: return false;
    }
}

char const* word_before(char const* floor, char const* p);

/// True when a number word starts one of the (up to) three words before `p`: `ten dollars`, `one
/// US cent`, `one and three quarter US cents`.
bool number_word_before(language lang, char const* floor, char const* p, char const* end) {
    char const* q = p;
    for (int i = 0; i < 3; ++i) {
        char const* w = word_before(floor, q);
        if (w == q) return false;
        if (number_word_at(lang, w, end)) return true;
        q = w;
    }
    return false;
}

/// True when the scanner must look at `p`: a digit (a numeral), or the first three bytes of a
/// spelled-number or currency-name anchor (`spelled_anchor_at`, `currency_anchor_at`) not right after
/// an ASCII letter or digit (an anchor starts a word). Every other byte starts nothing. Three bytes,
/// not two: `the`, `trong`, `người`, `đã` share their first two with `thousand`, `trăm`, `nghìn`, `đô`,
/// and each stop costs the anchor compares.
bool scan_stop_at(char const* line, char const* p, char const* end) noexcept {
    if (is_ascii_digit(*p)) return true;
    if (end - p < 2) return false;
    char const second = p[1];
    // `xu` may end the line; every other anchor is at least three bytes long.
    char const third = end - p >= 3 ? p[2] : ' ';
    auto const third_is = [&](unsigned char c) { return static_cast<unsigned char>(third) == c; };
    bool anchor = false;
    switch (*p | 0x20) {
    case 'h': anchor = second == 'u' && third == 'n'; break;                   // hundred
    case 'm': anchor = second == 'i' && third == 'l'; break;                   // million
    case 'b': anchor = (second == 'i' && third == 'l') || (second == 'u' && third == 'c'); break;  // billion, bucks
    case 'n': anchor = second == 'g' && (third == 'h' || third_is(0xC3)); break;  // nghìn, ngàn
    case 't':
        anchor = (second == 'h' && third == 'o') || (second == 'r' && (third == 'i' || third_is(0xC4))) ||  // thousand, trillion, triệu, trăm
                 (static_cast<unsigned char>(second) == 0xE1 && third_is(0xBB));                         // tỷ, tỉ
        break;
    // Currency names after a spelled number (`currency_anchor_at`).
    case 'd': anchor = second == 'o' && third == 'l'; break;  // dollar
    case 'c': anchor = second == 'e' && third == 'n'; break;  // cent
    case 'e': anchor = second == 'u' && third == 'r'; break;  // euro
    case 'x': anchor = second == 'u' && !(is_ascii_letter(third) || is_ascii_digit(third)); break;  // xu
    default: anchor = static_cast<unsigned char>(*p) == 0xC4 && second == '\x91' && third_is(0xC3); break;  // đô
    }
    return anchor && (p == line || !(is_ascii_letter(p[-1]) || is_ascii_digit(p[-1])));
}

/// Finds the scanner's stops (`scan_stop_at`) in one line. With SSE2 it judges sixteen bytes at a
/// time and keeps the block's stops for the next call: the scanner moves forward through a line.
class scan_stops {
public:
    scan_stops(char const* line, char const* end) noexcept : line_(line), end_(end) {}

    /// The first stop in [p, end), or `end`.
    char const* next(char const* p) noexcept {
#if defined(__SSE2__)
        if (p == line_ && p < end_) {
            if (scan_stop_at(line_, p, end_)) return p;
            ++p;
        }
        // Blocks are the line's bytes 1-16, 17-32, ...: each is judged once however the scanner
        // moves. A block reads the byte before it and the one after it; its candidates (two bytes
        // of an anchor) are stops when their third byte agrees, which is checked one by one: two
        // bytes in the vector test cost less than three, and only a few candidates are not stops.
        auto const size = static_cast<std::size_t>(end_ - line_);
        while (p < end_) {
            auto const at = static_cast<std::size_t>(p - line_);  // >= 1 here
            std::size_t const start = ((at - 1) & ~std::size_t{15}) + 1;
            if (start + 17 > size) break;
            if (start != block_) {
                block_ = start;
                mask_ = candidates_in_block(line_ + start);
            }
            for (unsigned mask = mask_ & (~0U << (at - start)); mask != 0; mask &= mask - 1) {
                char const* const candidate = line_ + start + static_cast<std::size_t>(std::countr_zero(mask));
                if (scan_stop_at(line_, candidate, end_)) return candidate;
            }
            p = line_ + start + 16;
        }
#endif
        while (p < end_ && !scan_stop_at(line_, p, end_)) ++p;
        return p;
    }

private:
#if defined(__SSE2__)
    /// Bit i set when p + i passes `scan_stop_at`'s test of the first two bytes, for p - 1 >= line_ and
    /// p + 17 <= end_: a superset of the stops, which `next` narrows with the third byte.
    static unsigned candidates_in_block(char const* p) noexcept {
        auto const load = [](char const* q) { return _mm_loadu_si128(reinterpret_cast<__m128i const*>(q)); };
        auto const is = [](__m128i v, char c) { return _mm_cmpeq_epi8(v, _mm_set1_epi8(c)); };
        // Signed byte compares: bytes >= 0x80 are negative, so never digits or letters.
        auto const in_range = [](__m128i v, char low, char high) {
            return _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(static_cast<char>(low - 1))),
                                 _mm_cmplt_epi8(v, _mm_set1_epi8(static_cast<char>(high + 1))));
        };
        __m128i const v = load(p);
        __m128i const before = load(p - 1);
        __m128i const after = load(p + 1);
        __m128i const lower = _mm_or_si128(v, _mm_set1_epi8(0x20));
        __m128i const digit = in_range(v, '0', '9');
        __m128i const word_before =
            _mm_or_si128(in_range(before, '0', '9'), in_range(_mm_or_si128(before, _mm_set1_epi8(0x20)), 'a', 'z'));
        __m128i anchor = _mm_and_si128(is(lower, 'h'), is(after, 'u'));
        anchor = _mm_or_si128(anchor, _mm_and_si128(_mm_or_si128(is(lower, 'm'), is(lower, 'b')), is(after, 'i')));
        anchor = _mm_or_si128(anchor, _mm_and_si128(is(lower, 'n'), is(after, 'g')));
        __m128i const after_t = _mm_or_si128(_mm_or_si128(is(after, 'h'), is(after, 'r')), is(after, static_cast<char>(0xE1)));
        anchor = _mm_or_si128(anchor, _mm_and_si128(is(lower, 't'), after_t));
        // Currency names after a spelled number: do(llar), ce(nt), eu(ro), bu(cks), xu, đô.
        __m128i const after_o = is(after, 'o');
        __m128i const after_u = is(after, 'u');
        anchor = _mm_or_si128(anchor, _mm_and_si128(is(lower, 'd'), after_o));
        anchor = _mm_or_si128(anchor, _mm_and_si128(is(lower, 'c'), is(after, 'e')));
        anchor = _mm_or_si128(anchor, _mm_and_si128(_mm_or_si128(_mm_or_si128(is(lower, 'e'), is(lower, 'b')), is(lower, 'x')), after_u));
        anchor = _mm_or_si128(anchor, _mm_and_si128(is(v, static_cast<char>(0xC4)), is(after, static_cast<char>(0x91))));
        return static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(digit, _mm_andnot_si128(word_before, anchor))));
    }

    std::size_t block_ = 0;  ///< offset from line_ of the block in mask_ (0: none yet)
    unsigned mask_ = 0;
#endif
    char const* line_;
    char const* end_;
};

/// Start of the token holding `p`: back over non-space bytes to a space, an opener or `floor`.
char const* token_start(char const* floor, char const* p) {
    while (p > floor && !space_before(floor, p) && !opener_before(floor, p)) --p;
    return p;
}

/// Start of the word before `p` (skipping spaces), not before `floor`; `p` itself when none.
char const* word_before(char const* floor, char const* p) {
    char const* q = p;
    while (q > floor && space_before(floor, q)) {
        --q;
        while (q > floor && (static_cast<unsigned char>(*q) & 0xC0) == 0x80) --q;
    }
    if (q == p) return p;
    while (q > floor && !space_before(floor, q)) --q;
    // "(khoảng 14 tỷ USD)": the word starts after the bracket or quote.
    while (q < p) {
        if (*q == '(' || *q == '[' || *q == '"' || *q == '\'') {
            ++q;
        } else if (p - q >= 3 && static_cast<unsigned char>(q[0]) == 0xE2 && static_cast<unsigned char>(q[1]) == 0x80 &&
                   (static_cast<unsigned char>(q[2]) == 0x9C || static_cast<unsigned char>(q[2]) == 0x98)) {
            q += 3;
        } else {
            break;
        }
    }
    return q;
}

std::string_view gap_between(std::string_view text, std::size_t from, std::size_t to) {
    auto gap = text.substr(from, to - from);
    while (!gap.empty() && (gap.front() == ' ' || gap.front() == '\t')) gap.remove_prefix(1);
    while (!gap.empty() && (gap.back() == ' ' || gap.back() == '\t')) gap.remove_suffix(1);
    return gap;
}

std::string_view trimmed(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

/// How the text between two money figures joins them.
enum class equivalence_gap {
    none,     ///< not a restatement
    plain,    ///< `A (B)`, `A, equivalent to B`, `A = B`: B restates A
    bracket,  ///< the same, B opening a bracket that may list more restatements (`A (B, C)`)
};

/// `A (B)`, `A, or B`, `A (equivalent to B)`, `A, tương đương B`, `A - khoảng B`, `A = B`, `A khoảng B`:
/// B restates A in another currency. A leading bracket or punctuation mark may be followed by one
/// connective; a bare dash or nothing at all only joins when B carries `about` (`khoảng`), the
/// writer's usual sign of a rounded conversion, since a dash or a space also separates unrelated
/// amounts.
equivalence_gap is_equivalence_gap(std::string_view gap, figure const& b) {
    // Connectives in NFC, as the gap is read from normalised text (\u0111 is d with stroke).
    static constexpr std::string_view connectives[] = {
        "or", "equivalent to", "equal to", "worth", "amounting to", "i.e.", "that is", "about", "roughly",
        "t\u01b0\u01a1ng \u0111\u01b0\u01a1ng",         // tuong duong
        "t\u01b0\u01a1ng \u0111\u01b0\u01a1ng v\u1edbi",  // tuong duong voi
        "t\u1ee9c", "t\u1ee9c l\u00e0", "hay", "kho\u1ea3ng", "ch\u1eebng", "x\u1ea5p x\u1ec9", "=", "\u2248",
    };
    auto const connective = [&](std::string_view w) {
        return std::find(std::begin(connectives), std::end(connectives), w) != std::end(connectives);
    };
    bool const about = b.qual == qualifier::approx;
    gap = trimmed(gap);
    if (gap.empty()) return about ? equivalence_gap::plain : equivalence_gap::none;
    if (gap.front() == '(' || gap.front() == '[') {
        auto const rest = trimmed(gap.substr(1));
        return rest.empty() || connective(rest) ? equivalence_gap::bracket : equivalence_gap::none;
    }
    std::string_view const marks[] = {",", ";", ":", "-", "\u2013", "\u2014"};
    for (auto mark : marks) {
        if (gap.substr(0, mark.size()) != mark) continue;
        auto const rest = trimmed(gap.substr(mark.size()));
        if (rest.empty()) return about && mark != "," && mark != ";" && mark != ":" ? equivalence_gap::plain : equivalence_gap::none;
        return connective(rest) ? equivalence_gap::plain : equivalence_gap::none;
    }
    return connective(gap) ? equivalence_gap::plain : equivalence_gap::none;
}

/// True when `s` is a bare number: digits and separators only.
bool only_digits(std::string_view s) noexcept {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return is_ascii_digit(c) || c == '.' || c == ','; });
}

/// True for the gap of a coordination: `2 or 3 million`, `2, or 3`, `2 hoặc 3 tỷ`, `2 hay 3`.
bool is_or_gap(std::string_view gap) noexcept {
    return gap == "or" || gap == ", or" || gap == "ho\u1eb7c" || gap == ", ho\u1eb7c" || gap == "hay" || gap == ", hay";
}

/// `15, 20, or 25 thousand shekels`, `$ 12 hoặc $ 18 tỷ`: numbers coordinated with a later amount
/// by "or" share its scale word and currency. The chain must end with "or"/"hoặc"/"hay" before
/// the amount, so a list of unrelated numbers (`tháng 5, 3 tỷ đồng`) is left alone.
void share_coordinated(std::vector<figure>& figures, std::string_view text) {
    for (std::size_t i = figures.size(); i-- > 1;) {
        figure const& last = figures[i];
        if (last.kind != figure_kind::money || last.is_range()) continue;
        std::size_t j = i;
        while (j > 0) {
            figure& e = figures[j - 1];
            std::string_view const gap = gap_between(text, e.span.end, figures[j].span.begin);
            if (!(is_or_gap(gap) || (j < i && gap == ","))) break;
            bool const bare = e.kind == figure_kind::count && e.written.exact && e.written.scale_word.empty() && !e.is_range() &&
                              e.qual == qualifier::exact && e.per.empty();
            bool const unscaled_money = e.kind == figure_kind::money && e.currency.code == last.currency.code &&
                                        e.written.scale_word.empty() && !last.written.scale_word.empty() && !e.is_range();
            if (!bare && !unscaled_money) break;
            if (!last.written.scale_word.empty()) {
                std::int32_t const p = last.written.scale_power;
                e.written.value = e.written.value.scaled(p);
                e.written.scale_word = last.written.scale_word;
                e.written.scale_power = p;
                e.written.exact = false;
                e.written.resolution = decimal(1, p);
                decimal const half = decimal(5, p - 1);
                e.written.bounds = {bound{e.written.value - half, true}, bound{e.written.value + half, false}};
                e.value = e.written.value;
                e.bounds = e.written.bounds;
                e.alternative_value.reset();
            }
            if (bare) {
                e.kind = figure_kind::money;
                e.currency = last.currency;
            }
            --j;
        }
    }
}

/// The paragraph (line) of `text` holding byte `at`, as [begin, end).
std::pair<std::size_t, std::size_t> paragraph_around(std::string_view text, std::size_t at) {
    // memrchr, not rfind: string_view's reverse find goes a byte at a time.
    auto const* nl = static_cast<char const*>(::memrchr(text.data(), '\n', std::min(at, text.size())));
    std::size_t const begin = nl == nullptr ? 0 : static_cast<std::size_t>(nl - text.data()) + 1;
    std::size_t const end = std::min(text.find('\n', at), text.size());
    return {begin, end};
}

/// Inserts each `added` figure before the figure its index names (indexes into `figures` as it is,
/// in descending order), moving every figure at most once.
void insert_before(std::vector<figure>& figures, std::vector<std::pair<std::size_t, figure>>& added) {
    if (added.empty()) return;
    std::size_t from = figures.size();
    figures.resize(figures.size() + added.size());
    std::size_t to = figures.size();
    for (auto& [at, f] : added) {
        while (from > at) figures[--to] = std::move(figures[--from]);
        figures[--to] = std::move(f);
    }
}

/// `two or three billion dollars`, `hai hoặc ba tỷ đồng`, `about two or three million euros`: a
/// spelled number before "or" (`hoặc`, `hay`) and a spelled money amount is a money figure of its own,
/// with the amount's scale words and currency (the grammar's coordination, which the scanner never
/// reaches: it looks for spelled numbers at their scale words and currency names). Read from up to
/// four words before the "or", farthest first, so a qualifier before the first number applies to
/// both. A spelled count already read there (parse_options::spelled_counts) is replaced.
void coordinate_spelled(std::vector<figure>& figures, context const& ctx) {
    char const* const text = ctx.text.data();
    char const* const text_end = text + ctx.text.size();
    expression_builder& b = ctx.builder;
    change_carry const carry = ctx.carry;
    // The line around a figure, kept for the figures before it on the same line: each byte is looked
    // at once however many figures a line holds (figures come last to first).
    char const* line_begin = text_end;
    char const* line_end = text_end;
    // First numbers found, each with the index of the figure it goes before (descending), inserted
    // together at the end: one insert each moved every later figure, quadratic in a long line.
    std::vector<std::pair<std::size_t, figure>> added;
    for (std::size_t i = figures.size(); i-- > 0;) {
        figure const& last = figures[i];
        if (last.kind != figure_kind::money) continue;
        char const* const second = text + last.span.begin;
        // A number word starts with a letter; it cannot run past the end of its line.
        if (is_ascii_digit(*second) || *second == '$' || last.is_range() || !number_word_at(last.lang, second, text_end)) continue;
        // `two or three million-dollar homes`: a hyphened currency may make the amount an adjective.
        std::string_view const last_text(second, last.span.end - last.span.begin);
        if (!last.currency.written.empty() && last_text.find("-" + last.currency.written) != std::string_view::npos) continue;
        if (second < line_begin) {
            auto const [begin, end] = paragraph_around(ctx.text, last.span.begin);
            line_begin = text + begin;
            line_end = text + end;
        }
        char const* floor = line_begin;
        // A spelled count right before (`two` with spelled_counts) may be the first number itself.
        std::size_t replaced = i;
        if (i > 0) {
            figure const& before = figures[i - 1];
            bool const spelled_count = before.kind == figure_kind::count && !before.is_range() &&
                                       number_word_at(before.lang, text + before.span.begin, line_end);
            if (spelled_count && text + before.span.begin >= floor) {
                replaced = i - 1;
                if (i > 1) floor = std::max(floor, text + figures[i - 2].span.end);
            } else {
                floor = std::max(floor, text + before.span.end);
            }
        }
        char const* const or_word = word_before(floor, second);
        if (or_word == second) continue;
        std::string_view const joiner = next_word(or_word, second);
        if (!is_or_gap(joiner)) continue;
        std::array<char const*, 4> starts{};
        std::size_t count = 0;
        for (char const* q = or_word; count < starts.size();) {
            char const* const w = word_before(floor, q);
            if (w == q) break;
            starts[count++] = w;
            q = w;
        }
        figure first;
        bool found = false;
        for (std::size_t k = count; k-- > 0 && !found;) {
            b.allow_coordination = true;
            auto const a = try_parse(starts[k], line_end, last.lang, ctx, first);
            b.allow_coordination = false;
            found = a && b.is_coordination && b.high.begin == second && first.kind == figure_kind::money &&
                    first.currency.code == last.currency.code &&
                    (first.currency.source == currency_source::implied) == (last.currency.source == currency_source::implied);
        }
        ctx.carry = carry;
        if (!found) continue;
        if (replaced != i) {
            figure const& before = figures[replaced];
            if (first.span.begin >= before.span.end) {
                replaced = i;  // the count is another number before it
            } else if (first.span.begin > before.span.begin || first.span.end < before.span.end) {
                continue;
            }
        }
        figure& second_figure = figures[i];
        if (first.per.empty()) first.per = second_figure.per;  // `one or two dollars a day`
        if (second_figure.qual == qualifier::exact && first.qual != qualifier::exact) {
            // `about two or three million euros`: the qualifier applies to both numbers.
            second_figure.qual = first.qual;
            second_figure.bounds = qualified_bounds(first.qual, second_figure.written, second_figure.written, ctx.options.approx_tolerance);
        }
        if (replaced != i) {
            figures[replaced] = std::move(first);
        } else {
            added.emplace_back(i, std::move(first));
        }
    }
    insert_before(figures, added);
}


/// True when a figure's currency is one of the dollars written unambiguously (`US$`, `S$`, `USD`).
bool is_written_dollar(figure const& f) {
    if (f.kind != figure_kind::money || f.currency.is_ambiguous() || f.currency.source == currency_source::implied) return false;
    auto const& dollars = dollar_currencies();
    return std::find(dollars.begin(), dollars.end(), f.currency.code) != dollars.end();
}

/// Runs `fn(first, last)` for each paragraph's figures [first, last) that holds at least one figure.
template <class F>
void for_each_paragraph(std::vector<figure>& figures, std::string_view text, F&& fn) {
    for (std::size_t i = 0; i < figures.size();) {
        auto const [begin, end] = paragraph_around(text, figures[i].span.begin);
        std::size_t j = i + 1;
        while (j < figures.size() && figures[j].span.begin < end) ++j;
        fn(i, j, text.substr(begin, end - begin));
        i = j;
    }
}

/// `Fifty cents`, `75 xu` (read as implied USD) state the dollar when their paragraph writes one:
/// another dollar amount, or the word (`the pound fell 2 cents to $1.51`, `the Australian dollar
/// dropped 4 cents`).
void imply_bare_subunits(std::vector<figure>& figures, std::string_view text) {
    auto const bare_subunit = [](figure const& f) {
        if (f.kind != figure_kind::money || f.currency.source != currency_source::implied) return false;
        std::string const w = lower_word(f.currency.written);
        return w == "cent" || w == "cents" || w == "xu";
    };
    if (std::none_of(figures.begin(), figures.end(), bare_subunit)) return;
    for_each_paragraph(figures, text, [&](std::size_t first, std::size_t last, std::string_view paragraph) {
        bool dollar = paragraph.find("ollar") != std::string_view::npos ||
                      paragraph.find("\u0111\u00f4") != std::string_view::npos;  // do (la)
        for (std::size_t i = first; i < last && !dollar; ++i) {
            auto const& f = figures[i];
            dollar = f.kind == figure_kind::money && !bare_subunit(f) && f.currency.source != currency_source::implied &&
                     (f.currency.code == "USD" || is_written_dollar(f) ||
                      std::find(f.currency.alternatives.begin(), f.currency.alternatives.end(), "USD") != f.currency.alternatives.end());
        }
        if (!dollar) return;
        for (std::size_t i = first; i < last; ++i) {
            if (bare_subunit(figures[i])) figures[i].currency.source = currency_source::name;
        }
    });
}

/// A bare `$` (or `dollars`, `đô la`) in a paragraph that names exactly one dollar country other
/// than the United States, and nothing American, is that country's dollar: `$240 million seized by
/// the Singapore police` is SGD. Any unambiguous dollar in the paragraph (`US$`, `S$`) means the
/// writer tells dollars apart, and the bare one is left as read.
void country_dollars(std::vector<figure>& figures, std::string_view text, parse_options const& options) {
    auto const bare_dollar = [&](figure const& f) {
        return f.kind == figure_kind::money && f.currency.code == options.dollar_default && f.currency.is_ambiguous() &&
               std::find(f.currency.alternatives.begin(), f.currency.alternatives.end(), "SGD") != f.currency.alternatives.end();
    };
    if (std::none_of(figures.begin(), figures.end(), bare_dollar)) return;
    for_each_paragraph(figures, text, [&](std::size_t first, std::size_t last, std::string_view paragraph) {
        if (std::none_of(figures.begin() + static_cast<std::ptrdiff_t>(first), figures.begin() + static_cast<std::ptrdiff_t>(last), bare_dollar) ||
            std::any_of(figures.begin() + static_cast<std::ptrdiff_t>(first), figures.begin() + static_cast<std::ptrdiff_t>(last), is_written_dollar)) {
            return;
        }
        std::string const code = dollar_country(paragraph);
        if (code.empty() || code == options.dollar_default) return;
        for (std::size_t i = first; i < last; ++i) {
            auto& c = figures[i].currency;
            if (!bare_dollar(figures[i])) continue;
            auto const at = std::find(c.alternatives.begin(), c.alternatives.end(), code);
            if (at == c.alternatives.end()) continue;
            *at = c.code;
            std::rotate(c.alternatives.begin(), at, at + 1);  // the default stays the first alternative
            c.code = code;
        }
    });
}

/// True when `word` (lower case) before an amount makes it a change or an addition: `up 13.8
/// trillion`, `an additional 60 billion`, `tăng thêm 5 tỷ`.
bool is_increment_word(std::string_view word) {
    static constexpr std::string_view words[] = {
        "additional", "another", "further", "extra", "more",
        "t\u0103ng", "gi\u1ea3m", "th\u00eam", "l\u00ean", "xu\u1ed1ng", "h\u1ee5t",  // tang, giam, them, len, xuong, hut
    };
    return is_change_word(word) || std::find(std::begin(words), std::end(words), word) != std::end(words);
}

/// English words that may follow an elliptical amount and show it counts nothing: prepositions,
/// conjunctions, auxiliaries. Anything else (`1.4 billion people`, `2 million living`) may be what
/// the number counts.
bool is_english_money_follower(std::string_view word) {
    static constexpr std::string_view words[] = {
        "from", "to", "in", "on", "at", "for", "by", "than", "over", "since", "compared", "versus", "vs", "and", "or",
        "but", "while", "whereas", "as", "was", "were", "is", "are", "will", "would", "had", "has",
    };
    return std::find(std::begin(words), std::end(words), word) != std::end(words);
}

/// True when [from, to) of the NFC text holds a sentence end: `.`, `!`, `?` or `;` before a space.
bool sentence_ends_between(std::string_view text, std::size_t from, std::size_t to) {
    for (std::size_t i = from; i + 1 < to; ++i) {
        char const ch = text[i];
        if ((ch == '.' || ch == '!' || ch == '?' || ch == ';') && (text[i + 1] == ' ' || text[i + 1] == '\n')) return true;
        if (ch == '\n') return true;
    }
    return false;
}

/// Elliptical amounts: a scaled number that changes or adds to the money figure right before it in
/// the sentence takes that figure's currency, as implied (the text does not write it): `1,2 billion
/// won, up 80 billion from`, `30 tỷ USD, tăng thêm 2 tỷ`. An equal-valued restatement in brackets
/// does the same for the number before it: `at least 24.5 billion (Rs 2,450 crore)`. A number
/// followed by what it counts (`up 2 million people`) stays a count.
void share_elliptical(std::vector<figure>& figures, std::string_view text) {
    std::size_t const text_end = text.size();
    for (std::size_t i = 0; i < figures.size(); ++i) {
        figure& e = figures[i];
        if (e.is_range() || !e.per.empty() || e.written.scale_word.empty()) continue;
        bool const count = e.kind == figure_kind::count && e.lang == language::en;
        bool const implied_vnd = e.kind == figure_kind::money && e.currency.source == currency_source::implied &&
                                 e.currency.written.empty() && e.currency.code == "VND";
        if (!count && !implied_vnd) continue;
        if (count) {
            std::string const after = lower_word(next_word(text.data() + e.span.end, text.data() + text_end));
            if (!after.empty() && !is_english_money_follower(after)) continue;
        }
        figure const* source = nullptr;
        if (i > 0) {
            figure const& m = figures[i - 1];
            std::string const before = word_ending_at(text.data(), text.data() + e.span.begin);
            // Not across a closing bracket: `A (B), thêm 4.000 tỷ` adds to A, not to its restatement B.
            auto const gap = gap_between(text, m.span.end, e.span.begin);
            if (m.kind == figure_kind::money && m.currency.source != currency_source::implied && m.per.empty() &&
                is_increment_word(before) && gap.find_first_of(")]") == std::string_view::npos &&
                !sentence_ends_between(text, m.span.end, e.span.begin)) {
                source = &m;
            }
        }
        if (source == nullptr && count && i + 1 < figures.size()) {
            figure const& m = figures[i + 1];
            auto const gap = trimmed(gap_between(text, e.span.end, m.span.begin));
            if (m.kind == figure_kind::money && m.currency.source != currency_source::implied && !m.is_range() &&
                (gap == "(" || gap == "[") && m.value == e.value) {
                source = &m;
            }
        }
        if (source == nullptr || (implied_vnd && source->currency.code == "VND")) continue;
        e.kind = figure_kind::money;
        e.currency.code = source->currency.code;
        e.currency.alternatives = source->currency.alternatives;
        e.currency.source = currency_source::implied;
        e.currency.written.clear();
    }
}

/// Joins neighbours in one pass: `join(a, b)` folds b into a (the figure kept just before it) and
/// returns true, or leaves both. Compacting as it goes keeps this linear; erasing each joined figure
/// moved every later one and was quadratic in a text of thousands of figures.
template <class Join>
void join_neighbours(std::vector<figure>& figures, Join&& join) {
    std::size_t kept = 0;
    for (std::size_t i = 0; i < figures.size(); ++i) {
        if (kept > 0 && join(figures[kept - 1], std::as_const(figures[i]))) continue;
        if (kept != i) figures[kept] = std::move(figures[i]);
        ++kept;
    }
    figures.resize(kept);
}

/// `5 đô la 20 xu`, `năm đô la hai mươi xu` (with spelled_counts): whole units then subunits of the
/// same currency are one amount, 5.20 USD, never two.
void merge_subunits(std::vector<figure>& figures, std::string_view text) {
    join_neighbours(figures, [&](figure& a, figure const& b) {
        if (a.kind != figure_kind::money || b.kind != figure_kind::money || a.is_range() || b.is_range()) return false;
        if (!a.written.exact || !b.written.exact || !a.per.empty() || b.value.exponent() >= 0) return false;
        std::string_view const gap = gap_between(text, a.span.end, b.span.begin);
        if (!gap.empty() && gap != "and" && gap != "v\u00e0") return false;  // va
        if (a.currency.code != b.currency.code || a.value.exponent() < 0 || !(b.value < decimal(1)) || b.value.sign() <= 0) return false;
        a.value = a.value + b.value;
        a.written.value = a.value;
        a.written.bounds = interval::point(a.value);
        a.written.span.end = b.written.span.end;
        a.bounds = interval::point(a.value);
        a.span.end = b.span.end;
        a.per = b.per;
        return true;
    });
}

/// `10 to the 22` (`10 to the 22nd`, `ten to the 22nd power`): a power of ten, 10^22, never the
/// numbers 10 and 22, nor a range from 10 to 22.
void merge_powers(std::vector<figure>& figures, std::string_view text) {
    join_neighbours(figures, [&](figure& a, figure const& b) {
        if (a.lang != language::en || a.kind != figure_kind::count || b.kind != figure_kind::count || a.is_range() || b.is_range()) return false;
        if (a.value != decimal(10) || a.qual != qualifier::exact || b.qual != qualifier::exact || !b.written.exact) return false;
        if (b.value.exponent() < 0 || !(decimal(1) < b.value) || decimal(99) < b.value) return false;
        if (lower_word(gap_between(text, a.span.end, b.span.begin)) != "to the") return false;
        std::int32_t power = 0;
        for (char const ch : b.value.normalized().to_string()) power = power * 10 + (ch - '0');
        a.value = decimal(1, power);
        a.written.value = a.value;
        a.written.resolution = decimal(0);
        a.written.bounds = interval::point(a.value);
        a.written.span.end = b.span.end;
        a.bounds = interval::point(a.value);
        a.span.end = b.span.end;
        a.alternative_value.reset();
        a.ambiguous = ambiguity::none;
        return true;
    });
}

/// The length of the group of one to three digits at `at` that no separator and digit continue
/// (`25` in `25 000`, not in `25.000`), or 0.
std::size_t digit_group_at(std::string_view text, std::size_t at) noexcept {
    std::size_t n = 0;
    while (at + n < text.size() && is_ascii_digit(text[at + n])) ++n;
    if (n == 0 || n > 3) return 0;
    std::size_t const after = at + n;
    if (after + 1 < text.size() && (text[after] == '.' || text[after] == ',') && is_ascii_digit(text[after + 1])) return 0;
    return n;
}

/// `25 000 USD`, `1 000 000 đồng`, `€25 000`, `khoảng 1 500 tỷ đồng`: digits grouped by single spaces
/// (or NBSP, thin spaces) are one number when the group is money, its currency written before the
/// first group or after the last. The scanner reads each group apart, which made `25 000 USD` the
/// money 0 USD and `1 500 tỷ đồng` 500 tỷ. The first group has one to three digits and follows no
/// digit, letter or joining mark; every later group has exactly three. Groups that are no money
/// (`ngày 5 300 người`) are left as they are, and a group with a leading zero that cannot be joined is
/// dropped.
void merge_space_groups(std::vector<figure>& figures, std::string_view text, decimal const& tolerance) {
    // Where the figure's digits start: after a currency written before them (`€25`).
    auto const numeral_at = [&](figure const& f) {
        std::size_t at = f.written.span.begin;
        while (at < f.span.end && !is_ascii_digit(text[at])) ++at;
        return at;
    };
    // The figure's number is a bare group of digits: nothing glued after them but its own end.
    auto const group = [&](figure const& f) { return digit_group_at(text, numeral_at(f)); };
    auto const bare_count = [](figure const& f) {
        return f.kind == figure_kind::count && !f.is_range() && f.written.exact && f.written.scale_word.empty();
    };
    auto const joined = [&](figure const& a, figure const& b) {
        std::size_t const a_end = numeral_at(a) + group(a);
        if (a.span.end != a_end || b.span.begin != b.written.span.begin || group(b) != 3) return false;
        std::size_t const n = space_length(text.data() + a_end, text.data() + text.size());
        return n != 0 && a_end + n == b.span.begin;
    };
    // A group left over (`000 USD` of a range `20 000 to 25 000 USD`, which the scanner read as
    // ranges of its own): digits with a leading zero right after digits and one space are the tail of
    // a number, and no figure is better than the money 0 USD.
    auto const leftover = [&](figure const& f) {
        std::size_t const at = numeral_at(f);
        if (at + 1 >= text.size() || text[at] != '0' || !is_ascii_digit(text[at + 1])) return false;
        std::size_t const n = space_length_before(text.data(), text.data() + at);
        return n != 0 && at > n && is_ascii_digit(text[at - n - 1]);
    };
    // One pass, compacted in place: nothing moves until a merge or a leftover leaves a gap (a copy of
    // every figure, over a kilobyte each, was 3% of extraction, and every pass over the figures
    // costs their cache lines).
    std::size_t kept = 0;
    auto const keep = [&](figure&& f) {
        if (leftover(f)) return;
        if (&figures[kept] != &f) figures[kept] = std::move(f);
        ++kept;
    };
    for (std::size_t i = 0; i < figures.size();) {
        std::size_t j = i;
        figure const& first = figures[i];
        // Every join needs the next figure right after the spaces that follow this one.
        std::size_t const gap = space_length(text.data() + first.span.end, text.data() + text.size());
        if (gap == 0 || i + 1 == figures.size() || figures[i + 1].span.begin != first.span.end + gap) {
            keep(std::move(figures[i]));
            ++i;
            continue;
        }
        std::size_t const start = first.written.span.begin;  // the currency's start for `€25`
        char const before = start > 0 ? text[start - 1] : ' ';
        bool const free_start = group(first) != 0 && !is_ascii_digit(before) && !is_ascii_letter(before) && before != '-' &&
                                before != '.' && before != ',' && static_cast<unsigned char>(before) < 0x80;
        bool const money_first = first.kind == figure_kind::money && !first.is_range() && first.written.exact &&
                                 first.written.scale_word.empty() && first.per.empty() && first.currency.source != currency_source::implied &&
                                 first.span.end == numeral_at(first) + group(first);
        if (free_start && (money_first || (bare_count(first) && first.per.empty()))) {
            while (j + 1 < figures.size() && joined(figures[j], figures[j + 1]) &&
                   (bare_count(figures[j + 1]) || (!money_first && figures[j + 1].kind == figure_kind::money)) &&
                   (j == i || (bare_count(figures[j]) && figures[j].per.empty()))) {
                ++j;
                if (figures[j].kind == figure_kind::money) break;
            }
        }
        figure const& last = figures[j];
        // Groups joined into more digits than a numeral may have (`max_numeral_length`) stay apart,
        // as the scanner refuses such a numeral: no value is built from them.
        bool const fits = (j - i + 1) * 4 <= max_numeral_length;
        bool const money = j > i && fits && (money_first || (last.kind == figure_kind::money && !last.is_range()));
        if (!money) {
            for (std::size_t k = i; k <= j; ++k) keep(std::move(figures[k]));
            i = j + 1;
            continue;
        }
        std::string digits;
        for (std::size_t k = i; k <= j; ++k) digits += text.substr(numeral_at(figures[k]), group(figures[k]));
        qualifier const lead = first.qual;
        std::size_t const span_begin = first.span.begin;
        source_span const last_span = last.span;
        source_span const last_written = last.written.span;
        std::string last_per = last.per;
        figure merged = money_first ? std::move(figures[i]) : std::move(figures[j]);
        std::int32_t const power = money_first ? 0 : merged.written.scale_power;
        decimal const value = decimal::from_string(digits).scaled(power);
        merged.written.value = value;
        if (merged.written.exact) {
            merged.written.bounds = interval::point(value);
        } else {
            decimal const half = merged.written.resolution * decimal(5, -1);
            merged.written.bounds = {bound{value - half, true}, bound{value + half, false}};
        }
        merged.value = value;
        merged.alternative_value.reset();
        merged.ambiguous = ambiguity::none;
        if (merged.qual == qualifier::exact) merged.qual = lead;
        merged.bounds = qualified_bounds(merged.qual, merged.written, merged.written, tolerance);
        if (!money_first) {
            merged.span.begin = span_begin;
        } else {
            merged.span.end = last_span.end;
            merged.written.span.end = last_written.end;
            merged.per = std::move(last_per);
        }
        merged.written.span.begin = start;
        keep(std::move(merged));
        i = j + 1;
    }
    figures.erase(figures.begin() + static_cast<std::ptrdiff_t>(kept), figures.end());
}

/// Vietnamese digits right after a whole amount's scale word, read apart by the scanner:
/// - the spoken decimal of everyday prices, `8 triệu 5 mỗi tháng` (8500000 VND), `1 tỷ 2 USD`
///   (1200000000 USD), `Căn hộ giá 2 tỷ 5.`: one to three digits fill the places below the scale word
///   (`2 tỷ 5` is 2,5 tỷ, `1 tỷ 25` 1,25 tỷ), when a currency or a per-unit tail follows them or the
///   sentence ends there;
/// - `2 nghìn 500 tỷ đồng` (2500 tỷ): `nghìn` of a `nghìn tỷ` (or `nghìn triệu`) split by the digits.
/// Without this `1 tỷ 2 USD` was the money 2 USD and `2 nghìn 500 tỷ đồng` 500 tỷ. Digits followed by
/// anything else (`tăng 3 tỷ 2 năm liền`) are left as read.
void merge_scale_tails(std::vector<figure>& figures, std::string_view text, parse_options const& options) {
    join_neighbours(figures, [&](figure& a, figure const& b) {
        if (a.lang != language::vi || b.lang != language::vi || a.kind != figure_kind::count || a.is_range() || b.is_range()) return false;
        if (!a.per.empty() || a.written.scale_word.empty() || b.qual != qualifier::exact) return false;
        std::int32_t const p = a.written.scale_power;
        std::string const scale = lower_word(a.written.scale_word);
        bool const vi_scale = scale == "ngh\u00ecn" || scale == "ng\u00e0n" || scale == "tri\u1ec7u" || scale == "t\u1ef7" ||
                              scale == "t\u1ec9";  // nghin, ngan, trieu, ty, ti
        if (!vi_scale || a.span.end != a.written.span.end || a.written.resolution != decimal(1, p)) return false;
        // One space, then the digits alone (no separators), starting b.
        std::size_t const gap = space_length(text.data() + a.span.end, text.data() + text.size());
        if (gap == 0 || a.span.end + gap != b.span.begin || b.span.begin != b.written.span.begin) return false;
        std::size_t const n = digit_group_at(text, b.span.begin);
        if (n == 0) return false;
        decimal const digits = decimal::from_string(text.substr(b.span.begin, n));
        decimal value;
        std::int32_t last = 0;
        if (!b.written.scale_word.empty()) {
            // `2 nghìn 500 tỷ`: only nghìn before a larger scale word, as the split `nghìn tỷ`.
            std::int32_t const q = b.written.scale_power;
            if (p != 3 || q <= p || b.kind != figure_kind::money || b.written.resolution != decimal(1, q)) return false;
            value = a.written.value.scaled(q) + digits.scaled(q);
            last = q;
        } else {
            if (static_cast<std::int32_t>(n) > p) return false;
            // What follows: a currency (b is money), a per-unit tail, or the end of the sentence.
            char const next = b.span.end < text.size() ? text[b.span.end] : '\n';
            bool const sentence_end = next == '.' || next == '\n' || next == '\r' || next == ';' || next == '!' || next == '?';
            if (b.kind != figure_kind::money && b.per.empty() && !sentence_end) return false;
            if (b.kind != figure_kind::money && (b.kind != figure_kind::count || !options.implied_vnd)) return false;
            last = p - static_cast<std::int32_t>(n);
            value = a.written.value + digits.scaled(last);
        }
        figure merged = b;
        merged.value = value;
        merged.written.value = value;
        merged.written.scale_word = a.written.scale_word;
        merged.written.scale_power = p;
        merged.written.exact = false;
        merged.written.resolution = decimal(1, last);
        decimal const half = decimal(5, last - 1);
        merged.written.bounds = {bound{value - half, true}, bound{value + half, false}};
        merged.written.span.begin = a.written.span.begin;
        merged.span.begin = a.span.begin;
        merged.alternative_value.reset();
        merged.ambiguous = ambiguity::none;
        merged.qual = a.qual;
        if (merged.kind != figure_kind::money) {
            merged.kind = figure_kind::money;
            merged.currency = currency_ref{};
            merged.currency.code = "VND";
            merged.currency.source = currency_source::implied;
        }
        merged.bounds = qualified_bounds(merged.qual, merged.written, merged.written, options.approx_tolerance);
        a = std::move(merged);
        return true;
    });
}

/// Links every restatement to its amount: `A (B)` and the forms above; `A (B, C)` and `A (B; C)`
/// link both B and C to A; a year between A and its restatement (`23 trillion yuan in 2021 (US$3.4
/// trillion)`, or the Vietnamese `A trong n\u0103m 2025, B`) is skipped.
void link_equivalents(std::vector<figure>& figures, std::string_view text) {
    static constexpr std::string_view year_joins[] = {"", "in", "of", "for", "trong", "v\u00e0o", "n\u0103m"};
    // A of a bracket `A (B` still open after B; `closed` when none. A plain index, not an optional:
    // g++ 12 -O2 warns that the optional's value may be used uninitialised (it never is).
    constexpr std::size_t closed = static_cast<std::size_t>(-1);
    std::size_t open_amount = closed;
    for (std::size_t i = 1; i < figures.size(); ++i) {
        auto& b = figures[i];
        std::size_t ai = i - 1;
        // `A in 2021 (B)`: look past one year figure joined to A by a preposition.
        if (figures[ai].kind == figure_kind::year && ai > 0 && figures[ai - 1].kind == figure_kind::money) {
            auto const join = trimmed(gap_between(text, figures[ai - 1].span.end, figures[ai].span.begin));
            if (std::find(std::begin(year_joins), std::end(year_joins), join) != std::end(year_joins)) --ai;
        }
        auto const& a = figures[ai];
        if (a.kind != figure_kind::money || b.kind != figure_kind::money) {
            open_amount = closed;
            continue;
        }
        // `4.400 USD/ounce (khoảng 130 triệu đồng/lượng)` restates a price per another unit: an
        // equivalent only when both are masses (the check converts the unit), else none.
        if (!a.per.empty() && !b.per.empty() && a.per != b.per && !(mass_unit_of(a.per) && mass_unit_of(b.per))) {
            open_amount = closed;
            continue;
        }
        auto const& prev = figures[i - 1];
        std::string_view gap = gap_between(text, prev.span.end, b.span.begin);
        if (!prev.per.empty()) {
            // The gap starts after the previous figure's per-unit tail (`/kg (`).
            if (auto const at = gap.find(prev.per); at != std::string_view::npos) gap = gap_between(gap, at + prev.per.size(), gap.size());
        }
        // `A (B, C)`: C lists another restatement of A inside the same bracket.
        if (open_amount != closed && ai == i - 1 && figures[ai].equivalent_of == open_amount) {
            auto const g = trimmed(gap);
            if (!g.empty() && (g.front() == ',' || g.front() == ';')) {
                auto const rest = trimmed(g.substr(1));
                if (rest.empty() || is_equivalence_gap(rest, b) != equivalence_gap::none) {
                    b.equivalent_of = open_amount;
                    continue;
                }
            }
        }
        open_amount = closed;
        auto const kind = is_equivalence_gap(gap, b);
        if (kind == equivalence_gap::none) continue;
        // `2 or 3 million dollars`, `two or three billion dollars`: a second choice, whose scale and
        // currency the bare first number shares, restates nothing (`£1.8m, or £600,000 a year` does).
        std::string_view const a_text = text.substr(a.span.begin, a.span.end - a.span.begin);
        bool const bare_first = only_digits(a_text) || (!a.currency.written.empty() && a_text.find(a.currency.written) == std::string_view::npos);
        if (a.currency.code == b.currency.code && is_or_gap(trimmed(gap)) && bare_first) continue;
        b.equivalent_of = ai;
        if (kind == equivalence_gap::bracket) open_amount = ai;
    }
}

/// True when the word at `w` (a start before `anchor`) ends with sentence punctuation.
bool ends_sentence(char const* w, char const* anchor) noexcept {
    char const* e = w;
    while (e < anchor && *e != ' ' && *e != '\t') ++e;
    if (e == w) return false;
    char const last = e[-1];
    return last == '.' || last == '!' || last == '?' || last == ';' || last == ':';
}

/// `100 or 200 million yuan ($14m or $28m)`, `2 hoặc 3 tỷ đồng, tức 80.000 hoặc 120.000 USD`: two
/// choices restated by two choices pair up in order, instead of both restating the second.
void pair_coordinated_equivalents(std::vector<figure>& figures, std::string_view text) {
    for (std::size_t i = 2; i + 1 < figures.size(); ++i) {
        figure& b1 = figures[i];
        figure& b2 = figures[i + 1];
        figure const& a1 = figures[i - 2];
        figure const& a2 = figures[i - 1];
        // b2 may have been taken for a restatement of b1 (`$14m or $28m`) or of a2.
        if (b1.equivalent_of != i - 1 || (b2.equivalent_of && *b2.equivalent_of != i - 1 && *b2.equivalent_of != i)) continue;
        if (a1.kind != figure_kind::money || b2.kind != figure_kind::money || a1.is_range() || b2.is_range()) continue;
        if (a1.currency.code != a2.currency.code || b1.currency.code != b2.currency.code || a1.currency.code == b1.currency.code) continue;
        if (!is_or_gap(trimmed(gap_between(text, a1.span.end, a2.span.begin))) ||
            !is_or_gap(trimmed(gap_between(text, b1.span.end, b2.span.begin)))) {
            continue;
        }
        b1.equivalent_of = i - 2;
        b2.equivalent_of = i - 1;
    }
}

/// What the scanner saw that the passes after it need: a pass whose trigger never occurred is
/// skipped, since every pass over the figures reads their cache lines again.
struct scan_hints {
    /// Some figure starts right after the one before it and spaces (or bytes that may be spaces:
    /// tabs, NBSP, thin spaces), as joined digit groups (`25 000 USD`) and scale tails (`1 tỷ 2`) do.
    bool adjacent = false;
};

/// For `scan_hints::adjacent`: the last figure starts right after the one before it and spaces (or
/// bytes that may be spaces: tabs, NBSP, thin spaces), or its first digit is a zero before another
/// digit (a group `000` left over, which merge_space_groups drops).
bool adjacent_or_zero_led(std::vector<figure> const& out, std::string_view text) {
    figure const& f = out.back();
    char const* const begin = text.data() + f.span.begin;
    char const* const end = text.data() + f.span.end;
    char const* const digit = std::find_if(begin, end, is_ascii_digit);
    if (digit + 1 < end && *digit == '0' && is_ascii_digit(digit[1])) return true;
    if (out.size() < 2) return false;
    char const* const previous_end = text.data() + out[out.size() - 2].span.end;
    return begin > previous_end && std::all_of(previous_end, begin, [](char c) {
        return c == ' ' || c == '\t' || static_cast<unsigned char>(c) >= 0x80;
    });
}

/// Scans one line; returns where a numeral too long to read starts, if there is one.
/// `spare` is the figure a second language's reading is built in (best_at).
std::optional<char const*> scan_line(char const* line, char const* line_end, language lang, bool both, context const& ctx,
                                     std::vector<figure>& out, figure& spare, scan_hints& hints) {
    char const* floor = line;  // figures never overlap: nothing starts before the previous one ends
    char const* p = line;
    scan_stops stops(line, line_end);
    bool const all_number_words = ctx.options.spelled_counts;
    bool slot_open = false;   // out.back() is a candidate slot, not a figure found
    bool slot_clean = false;  // ... and no reading has been written into it yet
    struct close_slot {
        std::vector<figure>& out;
        bool const& open;
        ~close_slot() {
            if (open) out.pop_back();
        }
    } const closer{out, slot_open};
    while (p < line_end) {
        if (all_number_words) {
            // Every number word may start a count: look at each word start, not only the fast stops.
            while (p < line_end && !is_ascii_digit(*p) &&
                   !(!word_char_before(line, p) && (scan_stop_at(line, p, line_end) || number_word_at(lang, p, line_end)))) {
                ++p;
            }
        } else {
            p = stops.next(p);
        }
        if (p == line_end) break;
        bool const digit = is_ascii_digit(*p);
        if (!digit && !((spelled_anchor_at(p, line_end) || (all_number_words && number_word_at(lang, p, line_end)) ||
                         (currency_anchor_at(p, line_end) &&
                          (number_word_before(lang, floor, p, line_end) ||
                           (both && number_word_before(lang == language::en ? language::vi : language::en, floor, p, line_end))))) &&
                        !word_char_before(line, p))) {
            ++p;
            continue;
        }
        char const* anchor = p;
        if (digit) {
            char const* q = p;
            while (q < line_end && (is_ascii_digit(*q) || *q == ',' || *q == '.')) ++q;
            if (static_cast<std::size_t>(q - p) > max_numeral_length) return p;
        }
        // Candidate starts, farthest first: up to five words back (qualifiers have up to three
        // words, "between"/"từ" one more; spelled numbers need more), then the anchor's own token.
        std::array<char const*, 8> starts{};
        std::size_t count = 0;
        char const* own = token_start(floor, anchor);
        // `$5m-$6m-$7m`: a dash right after the previous figure joins, it does not start, the next one.
        if (own == floor && own < anchor && floor != line) {
            if (*own == '-') {
                ++own;
            } else if (starts_with(own, anchor, "\xE2\x80\x93") || starts_with(own, anchor, "\xE2\x80\x94")) {
                own += 3;
            }
        }
        starts[count++] = own;
        char const* q = own;
        std::size_t const back = digit ? 4 : 7;
        for (std::size_t i = 0; i < back; ++i) {
            char const* w = word_before(floor, q);
            if (w == q) break;
            starts[count++] = w;
            q = w;
            // A spelled number or currency name does not run on through the end of a sentence:
            // `... qua. Tỷ giá` tries only the word with the full stop (`Rs. five crore` starts
            // there), not seven words of the sentence before.
            if (!digit && ends_sentence(w, anchor)) break;
        }
        std::optional<attempt> found;
        // The candidate is built in the slot it takes in `out` when it is found, so a figure (over a
        // kilobyte) is written once instead of built aside and moved in; an unused slot waits for
        // the next anchor and is dropped at the end of the line.
        if (!slot_open) {
            // Grow by a quarter, not double: a doubled block of figures of a long text is tens of
            // megabytes, which the allocator maps afresh (and the kernel zeroes) on every call.
            if (out.size() == out.capacity()) out.reserve(out.capacity() + out.capacity() / 4 + 16);
            out.emplace_back();
            slot_open = true;
            slot_clean = true;
        }
        figure& candidate = out.back();
        for (std::size_t i = count; i-- > 0;) {
            // Words before the number's own token only help when they can lead an expression;
            // spelled numbers ("two hundred million") start anywhere before their anchor.
            if (i > 0 && digit && !may_lead(lang, starts[i], line_end) &&
                !(both && may_lead(lang == language::en ? language::vi : language::en, starts[i], line_end))) {
                continue;
            }
            auto a = best_at(starts[i], line_end, lang, both, ctx, candidate, slot_clean, spare);
            if (a && a->end > anchor) {
                found = a;
                break;
            }
        }
        if (!found && digit && own < anchor && word_char_before(line, anchor) && !is_ascii_digit(anchor[-1])) {
            // `giá cước89 USD`: digits glued to the word before them start a figure of their own,
            // but only a money one (`A380`, `COP28` are names).
            auto a = best_at(anchor, line_end, lang, both, ctx, candidate, slot_clean, spare);
            if (a && candidate.kind == figure_kind::money) found = a;
        }
        if (found) {
            slot_open = false;
            p = found->end;
            floor = p;
            if (!hints.adjacent) hints.adjacent = adjacent_or_zero_led(out, ctx.text);
            continue;
        }
        // Skip the rest of this number or word.
        if (digit) {
            while (p < line_end && (is_ascii_digit(*p) || *p == ',' || *p == '.')) ++p;
        } else {
            while (p < line_end && is_word_char_at(p, line_end)) ++p;
        }
    }
    return std::nullopt;
}

/// True when [p, end) holds only words and spaces (a noun after a count).
bool only_words(char const* p, char const* end) {
    if (space_length(p, end) == 0) return false;
    while (p < end) {
        if (std::size_t n = space_length(p, end)) {
            p += n;
            continue;
        }
        if (is_ascii_digit(*p) || (!is_word_char_at(p, end) && *p != '-')) return false;
        std::size_t length = 1;
        if (static_cast<unsigned char>(*p) >= 0x80) decode_at(p, end, length);
        p += length;
    }
    return true;
}

std::optional<language> other_language(language l) { return l == language::en ? language::vi : language::en; }

error utf8_error(std::string_view text, std::size_t offset) {
    line_index lines(text.substr(0, offset));
    source_span where = lines.span(offset, offset + 1);
    return error{"F-UTF8-001", "invalid UTF-8: byte 0x" + [&] {
                                   static constexpr char hex[] = "0123456789ABCDEF";
                                   auto const c = static_cast<unsigned char>(text[offset]);
                                   return std::string{hex[c >> 4], hex[c & 15]};
                               }() + " does not start a well-formed sequence",
                 where};
}

/// `line_index::span` for offsets that mostly ascend (figures come in text order): the column is
/// counted on from the previous offset instead of from the start of its line, which made spans
/// quadratic in the length of a paragraph.
class span_cursor {
public:
    explicit span_cursor(std::string_view text) : text_(text), lines_(text) {}

    source_span span(std::size_t begin, std::size_t end) {
        std::size_t const at = std::min(begin, text_.size());
        if (at < pos_) seek_line(at);
        while (line_ < lines_.line_count() && lines_.line_start(line_ + 1) <= at) {
            ++line_;
            pos_ = lines_.line_start(line_);
            column_ = 1;
        }
        column_ += count_code_points(text_.substr(pos_, at - pos_));
        pos_ = at;
        source_span s;
        s.begin = begin;
        s.end = end;
        s.line = line_;
        s.column = column_;
        return s;
    }

private:
    /// Back to the start of the line holding `at` (binary search over line starts).
    void seek_line(std::size_t at) {
        std::size_t low = 1;
        std::size_t high = lines_.line_count();  // line_start(low) <= at always holds
        while (low < high) {
            std::size_t const mid = low + (high - low + 1) / 2;
            if (lines_.line_start(mid) <= at) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        line_ = low;
        pos_ = lines_.line_start(low);
        column_ = 1;
    }

    std::string_view text_;
    line_index lines_;
    std::size_t line_ = 1;    ///< line holding pos_
    std::size_t pos_ = 0;     ///< last offset looked up
    std::size_t column_ = 1;  ///< column of pos_
};

/// Fills spans (source offsets, line, column) and texts after scanning the NFC text.
void finish_spans(std::vector<figure>& figures, std::string_view source, normalized_text const& nfc) {
    span_cursor lines(source);
    auto const map = [&](source_span& s) {
        std::size_t const begin = nfc.to_source(s.begin);
        std::size_t const end = nfc.to_source(s.end);
        s = lines.span(begin, end);
    };
    for (auto& f : figures) {
        map(f.span);
        map(f.written.span);
        if (f.range_high) map(f.range_high->span);
        f.text = std::string(source.substr(f.span.begin, f.span.end - f.span.begin));
    }
}

}  // namespace
}  // namespace detail

std::optional<language> detect_language(std::string_view paragraph) { return detail::detect_language_in(paragraph); }

result<std::vector<figure>> extract(std::string_view text, parse_options const& options) {
    using namespace detail;
    auto const check = check_utf8(text);  // validation and NFC quick check in one pass
    if (check.invalid) return utf8_error(text, *check.invalid);
    normalized_text const nfc(text, check.certainly_nfc);
    std::string_view const t = nfc.text();
    expression_builder builder;
    change_carry carry;
    context const ctx{t, options, true, builder, carry};

    std::vector<figure> figures;
    // News text carries about one figure per 250-350 bytes; reserving a little more than that saves
    // moving every figure (a dozen big-integer decimals, over a kilobyte) when the vector grows. A
    // table (`$5m $5m ...`) grows the vector geometrically instead: reserving one figure per number
    // in the text took hundreds of megabytes for ordinary text full of dates and percentages, and
    // made extraction three times slower. The reservation also stays under glibc's largest mmap
    // threshold (32 MiB): a bigger block is mapped afresh on every call and each of its pages faults
    // (measured: 6 MB of text with 39 MB reserved extracted 2x slower than with 30 MB), while a
    // smaller one is reused from the heap.
    constexpr std::size_t reused_block = (30u << 20) / sizeof(figure);
    figures.reserve(std::min(t.size() / 192, reused_block));
    language previous = options.lang.value_or(language::en);
    figure spare;
    scan_hints hints;
    char const* p = t.data();
    char const* const end = p + t.size();
    while (p < end) {
        auto const* newline = static_cast<char const*>(std::memchr(p, '\n', static_cast<std::size_t>(end - p)));
        char const* line_end = newline != nullptr ? newline : end;
        language lang = previous;
        if (!options.lang) {
            if (auto d = detect_language_in({p, static_cast<std::size_t>(line_end - p)})) lang = *d;
        }
        previous = lang;
        if (auto too_long = scan_line(p, line_end, lang, !options.lang.has_value(), ctx, figures, spare, hints)) {
            std::size_t const at = nfc.to_source(static_cast<std::size_t>(*too_long - t.data()));
            return error{"F-PARSE-005",
                         "number too long: figura reads numbers of at most " + std::to_string(max_numeral_length) +
                             " digits and separators",
                         line_index(text).span(at, at + 1)};
        }
        p = newline != nullptr ? newline + 1 : end;
    }
    merge_subunits(figures, t);
    merge_powers(figures, t);
    if (hints.adjacent) {
        merge_space_groups(figures, t, options.approx_tolerance);
        merge_scale_tails(figures, t, options);
    }
    coordinate_spelled(figures, ctx);
    share_coordinated(figures, t);
    imply_bare_subunits(figures, t);
    country_dollars(figures, t, options);
    share_elliptical(figures, t);
    link_equivalents(figures, t);  // before spans move to source offsets: gaps are read in NFC text
    pair_coordinated_equivalents(figures, t);
    finish_spans(figures, text, nfc);
    return figures;
}

result<figure> parse(std::string_view text, parse_options const& options) {
    using namespace detail;
    auto const check = check_utf8(text);  // validation and NFC quick check in one pass
    if (check.invalid) return utf8_error(text, *check.invalid);
    normalized_text const nfc(text, check.certainly_nfc);
    std::string_view const t = nfc.text();
    expression_builder builder;
    change_carry carry;
    context const ctx{t, options, false, builder, carry};
    line_index const lines(text);
    auto const error_at = [&](std::string id, std::string message, std::size_t nfc_offset) {
        std::size_t const at = nfc.to_source(nfc_offset);
        std::size_t end = std::min(at + 1, text.size());
        while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) ++end;
        return error{std::move(id), std::move(message), lines.span(at, end)};
    };

    char const* first = t.data();
    char const* last = first + t.size();
    while (std::size_t n = space_length(first, last)) first += n;
    while (last > first && (last[-1] == ' ' || last[-1] == '\t' || last[-1] == '\n' || last[-1] == '\r')) --last;
    if (first == last) return error_at("F-PARSE-004", "empty expression: expected a figure such as \"$14bn\"", 0);

    language const primary = options.lang ? *options.lang : detect_language_in({first, static_cast<std::size_t>(last - first)}).value_or(language::en);
    std::array<language, 2> order{primary, *other_language(primary)};
    std::size_t const tries = options.lang ? 1 : 2;
    // A reading that consumes everything wins, in language order; a count followed by the noun it
    // counts (`10,000 GPUs`) is the fallback.
    char const* best_end = nullptr;
    std::array<std::optional<attempt>, 2> attempts;
    std::array<figure, 2> figs;
    for (std::size_t i = 0; i < tries; ++i) {
        attempts[i] = try_parse(first, last, order[i], ctx, figs[i]);
        if (attempts[i] && (best_end == nullptr || attempts[i]->end > best_end)) best_end = attempts[i]->end;
    }
    for (int pass = 0; pass < 2; ++pass) {
        for (std::size_t i = 0; i < attempts.size(); ++i) {
            auto const& a = attempts[i];
            if (!a) continue;
            bool const whole = a->end == last;
            // The noun fallback takes only the longest reading: `100 tỷ nhân dân tệ và` is not the
            // English count 100 followed by words.
            bool const counted_noun = figs[i].kind == figure_kind::count && !a->homonym && a->end == best_end &&
                                      std::any_of(first, a->end, is_ascii_digit) && only_words(a->end, last);
            if (whole || (pass == 1 && counted_noun)) {
                std::vector<figure> one;
                one.push_back(std::move(figs[i]));
                finish_spans(one, text, nfc);
                return std::move(one.front());
            }
        }
    }
    // `5 đô la 20 xu`, `năm đô la hai mươi xu`: whole units, then subunits read on their own, are one
    // amount, as extract() reads them (merge_subunits).
    for (std::size_t i = 0; i < tries && best_end != nullptr; ++i) {
        if (!attempts[i] || attempts[i]->end != best_end || figs[i].kind != figure_kind::money) continue;
        char const* rest = best_end;
        while (std::size_t n = space_length(rest, last)) rest += n;
        if (auto const w = next_word(rest, last); w == "and" || w == "v\u00e0") rest = w.data() + w.size();  // va
        while (std::size_t n = space_length(rest, last)) rest += n;
        figure minor;
        auto const b = rest < last ? try_parse(rest, last, order[i], ctx, minor) : std::nullopt;
        if (!b || b->end != last || minor.kind != figure_kind::money) continue;
        std::vector<figure> two;
        two.push_back(std::move(figs[i]));
        two.push_back(std::move(minor));
        merge_subunits(two, t);
        if (two.size() == 1) {
            finish_spans(two, text, nfc);
            return std::move(two.front());
        }
        figs[i] = std::move(two.front());
    }
    if (best_end != nullptr) {
        return error_at("F-PARSE-002", "unexpected text after the figure: \"" +
                                           std::string(best_end, static_cast<std::size_t>(std::min<std::ptrdiff_t>(last - best_end, 40))) + "\"",
                        static_cast<std::size_t>(best_end - t.data()));
    }
    // A currency with nothing after it gets a precise message: `$`, `US$ million`.
    std::size_t longest = 0;
    for (auto const& form : builtin_prefix_entries()) {
        if (form.text.size() > longest && starts_with(first, last, form.text)) longest = form.text.size();
    }
    if (longest > 0) {
        char const* after = first + longest;
        while (std::size_t n = space_length(after, last)) after += n;
        return error_at("F-PARSE-003",
                        "expected a number after the currency \"" + std::string(first, longest) + "\"",
                        static_cast<std::size_t>(after - t.data()));
    }
    if (is_ascii_digit(*first)) {
        char const* q = first;
        while (q < last && (is_ascii_digit(*q) || *q == ',' || *q == '.')) ++q;
        if (static_cast<std::size_t>(q - first) > max_numeral_length) {
            return error_at("F-PARSE-005", "number too long: figura reads numbers of at most " +
                                               std::to_string(max_numeral_length) + " digits and separators",
                            static_cast<std::size_t>(first - t.data()));
        }
        return error_at("F-PARSE-006", "malformed number \"" + std::string(first, static_cast<std::size_t>(std::min<std::ptrdiff_t>(q - first, 40))) + "\": separators do not fit English (1,000.5) or Vietnamese (1.000,5) grouping",
                        static_cast<std::size_t>(first - t.data()));
    }
    return error_at("F-PARSE-001", "not a figure: expected a number, a spelled-out number or a currency",
                    static_cast<std::size_t>(first - t.data()));
}

}  // namespace figura
