#include "unicode/text.hpp"

#include <unicode/bytestream.h>
#include <unicode/edits.h>
#include <unicode/normalizer2.h>
#include <unicode/stringpiece.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>

#include <algorithm>
#include <atomic>
#include <bit>
#include <cstdint>
#include <cstring>
#include <limits>
#include <utility>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace figura::detail {

namespace {

constexpr std::uint64_t high_bits = 0x8080808080808080ULL;

// Index of the first byte >= 0x80 among the eight loaded into `word` (which has one).
std::size_t first_high_byte(std::uint64_t word) noexcept {
    std::uint64_t const high = word & high_bits;
    if constexpr (std::endian::native == std::endian::little) {
        return static_cast<std::size_t>(std::countr_zero(high)) / 8;
    } else {
        return static_cast<std::size_t>(std::countl_zero(high)) / 8;
    }
}

// Offset of the first byte >= 0x80 at or after `i`, or `n`. Eight bytes per step, and the byte
// that stops a step is located by bit arithmetic: Vietnamese has short ASCII runs between its
// accented letters, and this runs over every input twice (validation, NFC check).
[[gnu::always_inline]] inline std::size_t skip_ascii(unsigned char const* p, std::size_t i, std::size_t n) noexcept {
    while (i + 16 <= n) {
        std::uint64_t a = 0;
        std::uint64_t b = 0;
        std::memcpy(&a, p + i, 8);
        std::memcpy(&b, p + i + 8, 8);
        if (((a | b) & high_bits) != 0) {
            if ((a & high_bits) != 0) return i + first_high_byte(a);
            return i + 8 + first_high_byte(b);
        }
        i += 16;
    }
    while (i + 8 <= n) {
        std::uint64_t a = 0;
        std::memcpy(&a, p + i, 8);
        if ((a & high_bits) != 0) return i + first_high_byte(a);
        i += 8;
    }
    while (i < n && p[i] < 0x80) ++i;
    return i;
}

bool is_continuation(unsigned char c) noexcept { return (c & 0xC0) == 0x80; }

// Length of the well-formed sequence at p[0..n), or 0 when it is ill-formed (Unicode table 3-7:
// no overlongs, no surrogates, nothing above U+10FFFF, no truncation).
std::size_t sequence_length(unsigned char const* p, std::size_t n) noexcept {
    unsigned char const c = p[0];
    if (c < 0x80) return 1;
    if (c < 0xC2) return 0;  // continuation byte or overlong 2-byte lead
    if (c < 0xE0) return n >= 2 && is_continuation(p[1]) ? 2 : 0;
    if (c < 0xF0) {
        if (n < 3) return 0;
        unsigned char lo = 0x80;
        unsigned char hi = 0xBF;
        if (c == 0xE0) lo = 0xA0;       // overlong
        else if (c == 0xED) hi = 0x9F;  // surrogates
        return p[1] >= lo && p[1] <= hi && is_continuation(p[2]) ? 3 : 0;
    }
    if (c < 0xF5) {
        if (n < 4) return 0;
        unsigned char lo = 0x80;
        unsigned char hi = 0xBF;
        if (c == 0xF0) lo = 0x90;       // overlong
        else if (c == 0xF4) hi = 0x8F;  // above U+10FFFF
        return p[1] >= lo && p[1] <= hi && is_continuation(p[2]) && is_continuation(p[3]) ? 4 : 0;
    }
    return 0;
}

// Code points below this get an NFC quick-check bit in a table built once from ICU: Latin, the
// combining marks, Vietnamese (U+1Exx) and general punctuation, i.e. what news text is made of.
constexpr char32_t quick_check_limit = 0x2100;

// Bit set when the code point has NFC_Quick_Check=Yes and canonical combining class 0. Text made
// only of such code points is NFC (UAX #15 quick check), so ICU's full check can be skipped.
//
// Filled a block of 64 code points at a time, when a text first has one of them: Vietnamese news
// touches about ten of the 132 blocks, and filling all of them took 8,448 ICU look-ups per process
// (more than checking a whole 20 KB article). Blocks are atomics because threads share the table;
// two threads filling one block store the same bits.
struct nfc_quick_table {
    static constexpr std::size_t blocks = quick_check_limit / 64;
    mutable std::atomic<std::uint64_t> bits[blocks] = {};
    mutable std::atomic<bool> filled[blocks] = {};

    static bool is_nfc_stable(char32_t cp) noexcept {
        auto const c = static_cast<UChar32>(cp);
        return u_getIntPropertyValue(c, UCHAR_NFC_QUICK_CHECK) == UNORM_YES && u_getCombiningClass(c) == 0;
    }
    std::uint64_t fill(std::size_t block) const noexcept {
        std::uint64_t b = 0;
        for (char32_t i = 0; i < 64; ++i)
            if (is_nfc_stable(static_cast<char32_t>(block * 64) + i)) b |= std::uint64_t{1} << i;
        bits[block].store(b, std::memory_order_relaxed);
        filled[block].store(true, std::memory_order_release);
        return b;
    }
    bool stable(char32_t cp) const noexcept {
        if (cp >= quick_check_limit) return is_nfc_stable(cp);
        std::size_t const block = cp / 64;
        // A set bit is always right (only a filled block has any); a clear one may be an unfilled block.
        std::uint64_t b = bits[block].load(std::memory_order_relaxed);
        if (((b >> (cp % 64)) & 1U) != 0) return true;
        if (filled[block].load(std::memory_order_acquire)) b = bits[block].load(std::memory_order_relaxed);
        else b = fill(block);
        return ((b >> (cp % 64)) & 1U) != 0;
    }
};

nfc_quick_table const& quick_table() {
    static nfc_quick_table const table;
    return table;
}

// True when valid UTF-8 `p[i..n)` is certainly NFC; false means "ask ICU" (it may still be NFC).
bool quick_check_nfc(unsigned char const* p, std::size_t i, std::size_t n) {
    nfc_quick_table const* table = nullptr;  // built at the first non-ASCII byte: ASCII needs none
    while (true) {
        i = skip_ascii(p, i, n);
        if (i == n) return true;
        if (table == nullptr) table = &quick_table();
        while (i < n && p[i] >= 0x80) {
            unsigned char const c = p[i];
            char32_t cp = 0;
            if (c < 0xE0) {
                cp = (char32_t{c & 0x1Fu} << 6) | (p[i + 1] & 0x3Fu);
                i += 2;
            } else if (c < 0xF0) {
                cp = (char32_t{c & 0x0Fu} << 12) | (char32_t{p[i + 1] & 0x3Fu} << 6) | (p[i + 2] & 0x3Fu);
                i += 3;
            } else {
                cp = (char32_t{c & 0x07u} << 18) | (char32_t{p[i + 1] & 0x3Fu} << 12) |
                     (char32_t{p[i + 2] & 0x3Fu} << 6) | (p[i + 3] & 0x3Fu);
                i += 4;
            }
            if (!table->stable(cp)) return false;
        }
    }
}

icu::Normalizer2 const* nfc_instance() {
    UErrorCode status = U_ZERO_ERROR;
    icu::Normalizer2 const* nfc = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status) || nfc == nullptr) {
        throw exception(error{"F-UNICODE-001", std::string("ICU NFC data unavailable: ") + u_errorName(status), {}});
    }
    return nfc;
}

}  // namespace

std::optional<std::size_t> find_invalid_utf8(std::string_view bytes) noexcept {
    auto const* p = reinterpret_cast<unsigned char const*>(bytes.data());
    std::size_t const n = bytes.size();
    std::size_t i = 0;
    while (true) {
        i = skip_ascii(p, i, n);
        if (i == n) return std::nullopt;
        // A run of multi-byte text (Vietnamese) is validated sequence by sequence until ASCII again.
        while (i < n && p[i] >= 0x80) {
            std::size_t const len = sequence_length(p + i, n - i);
            if (len == 0) return i;
            i += len;
        }
    }
}

namespace {

// One code point of `check_utf8`'s general path at p[i] (not ASCII): its length, or 0 when the
// sequence is ill-formed. Clears `nfc` when the code point is not an NFC-stable starter.
[[gnu::always_inline]] inline std::size_t check_code_point(unsigned char const* p, std::size_t i, std::size_t n,
                                                           bool& nfc, nfc_quick_table const& table) noexcept {
    unsigned char const c = p[i];
    char32_t cp = 0;
    std::size_t len = 0;
    // Two-byte letters and U+1000..U+FFFF outside E0/ED (whose second bytes are narrower) are
    // checked and decoded inline; the rest goes through the table-3-7 check.
    if (c >= 0xC2 && c < 0xE0 && i + 2 <= n && is_continuation(p[i + 1])) {
        cp = (char32_t{c & 0x1Fu} << 6) | (p[i + 1] & 0x3Fu);
        len = 2;
    } else if (c > 0xE0 && c < 0xF0 && c != 0xED && i + 3 <= n && is_continuation(p[i + 1]) &&
               is_continuation(p[i + 2])) {
        cp = (char32_t{c & 0x0Fu} << 12) | (char32_t{p[i + 1] & 0x3Fu} << 6) | (p[i + 2] & 0x3Fu);
        len = 3;
    } else {
        len = sequence_length(p + i, n - i);
        if (len == 0) return 0;
        std::size_t unused = 0;
        cp = decode_code_point(reinterpret_cast<char const*>(p + i), reinterpret_cast<char const*>(p + n), unused);
    }
    nfc = nfc && table.stable(cp);
    return len;
}

// The general path over p[i..stop) (stop <= n; a sequence may run past stop): the offset reached,
// which is stop or just past it, or the offset of an ill-formed sequence with `invalid` set.
[[gnu::always_inline]] inline std::size_t check_run(unsigned char const* p, std::size_t i, std::size_t stop,
                                                    std::size_t n, bool& nfc, bool& invalid,
                                                    nfc_quick_table const*& table) noexcept {
    while (i < stop) {
        if (p[i] < 0x80) {
            ++i;
            continue;
        }
        // Looked up from the first non-ASCII byte: `figura parse '$5m'` never needs the table.
        if (table == nullptr) table = &quick_table();
        std::size_t const len = check_code_point(p, i, n, nfc, *table);
        if (len == 0) {
            invalid = true;
            return i;
        }
        i += len;
    }
    return i;
}

#if defined(__SSE2__)
// Checks p[0..16) as ASCII, U+0080..U+02FF (lead C2..CB) and U+1E00..U+1EFF (E1 B8..BB): Latin and
// Vietnamese letters, all well-formed NFC-stable starters (tests check each against ICU), so they
// need neither decoding nor the table. Sequences may cross into the next 16 bytes: `carry` holds the
// positions there that must be continuation bytes (bits 0-1) and the one that must be B8..BB (bit 2),
// and is updated only when the 16 bytes pass. Anything else fails; the general path then reads it,
// so errors are found (and placed) only there. Fixed steps keep each load independent of the last check.
bool fast_block(unsigned char const* p, unsigned& carry) noexcept {
    __m128i const v = _mm_loadu_si128(reinterpret_cast<__m128i const*>(p));
    auto const mask = [](__m128i m) { return static_cast<unsigned>(_mm_movemask_epi8(m)); };
    unsigned const high = mask(v);
    // All ASCII (most of English text): passes unless a sequence from before is due to go on.
    if (high == 0) return carry == 0;
    // Signed compares: bytes 0x80..0xFF are -128..-1.
    auto const between = [&](int lo, int hi) {  // lo > 0x80, hi < 0xFF
        return mask(_mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(static_cast<char>(lo - 1))),
                                  _mm_cmplt_epi8(v, _mm_set1_epi8(static_cast<char>(hi + 1)))));
    };
    unsigned const ascii = ~high & 0xFFFFu;
    unsigned const continuation = mask(_mm_cmplt_epi8(v, _mm_set1_epi8(static_cast<char>(0xC0))));
    unsigned const lead2 = between(0xC2, 0xCB);
    unsigned const lead3 = mask(_mm_cmpeq_epi8(v, _mm_set1_epi8(static_cast<char>(0xE1))));
    unsigned const second3 = between(0xB8, 0xBB);
    unsigned const expected = (lead2 << 1) | (lead3 << 1) | (lead3 << 2) | (carry & 3u);
    unsigned const need_second = (lead3 << 1) | (carry >> 2);
    // Bad: a byte of another kind, a continuation byte where none is due or none where one is due,
    // and an E1 not followed by B8..BB.
    unsigned const bad = ((~(ascii | continuation | lead2 | lead3)) | (continuation ^ expected) | (need_second & ~second3)) & 0xFFFFu;
    if (bad != 0) return false;
    carry = (expected >> 16) | ((need_second >> 16) << 2);
    return true;
}
#endif

}  // namespace

utf8_check check_utf8_general(std::string_view bytes) noexcept {
    nfc_quick_table const* table = nullptr;
    auto const* p = reinterpret_cast<unsigned char const*>(bytes.data());
    std::size_t const n = bytes.size();
    std::size_t i = 0;
    bool nfc = true;
    while (true) {
        i = skip_ascii(p, i, n);
        if (i == n) return {std::nullopt, nfc};
        if (table == nullptr) table = &quick_table();
        // A run of multi-byte text (Vietnamese), code point by code point until ASCII again.
        while (i < n && p[i] >= 0x80) {
            std::size_t const len = check_code_point(p, i, n, nfc, *table);
            if (len == 0) return {i, false};
            i += len;
        }
    }
}

bool is_nfc_stable_starter(char32_t cp) noexcept { return cp <= 0x10FFFF && nfc_quick_table::is_nfc_stable(cp); }

utf8_check check_utf8(std::string_view bytes) noexcept {
#if defined(__SSE2__)
    nfc_quick_table const* table = nullptr;
    auto const* p = reinterpret_cast<unsigned char const*>(bytes.data());
    std::size_t const n = bytes.size();
    std::size_t i = 0;
    bool nfc = true;
    bool invalid = false;
    unsigned carry = 0;
    while (true) {
        if (n - i >= 16 && fast_block(p + i, carry)) {
            i += 16;
            continue;
        }
        // The general path goes on from the start of the code point that crosses into p[i], if any
        // (the fast path passed it, so it is whole), for the next 32 bytes or the rest.
        if (carry != 0) {
            while (is_continuation(p[i - 1])) --i;
            --i;
            carry = 0;
        }
        std::size_t const stop = n - i >= 32 ? i + 32 : n;
        i = check_run(p, i, stop, n, nfc, invalid, table);
        if (invalid) return {i, false};
        if (i >= n) return {std::nullopt, nfc};
    }
#else
    return check_utf8_general(bytes);
#endif
}

normalized_text::normalized_text(std::string_view source)
    : normalized_text(source, [&] {
          auto const* p = reinterpret_cast<unsigned char const*>(source.data());
          std::size_t const first_non_ascii = skip_ascii(p, 0, source.size());
          // ASCII is always NFC; precomposed Vietnamese and Latin text passes the quick check.
          return first_non_ascii == source.size() || quick_check_nfc(p, first_non_ascii, source.size());
      }()) {}

normalized_text::normalized_text(std::string_view source, bool certainly_nfc) : source_(source) {
    // Otherwise ICU's slower full check decides.
    if (certainly_nfc) return;

    // ICU measures strings in int32_t.
    if (source.size() > static_cast<std::size_t>(std::numeric_limits<std::int32_t>::max())) {
        throw exception(error{"F-UNICODE-002", "text over 2 GiB cannot be normalised", {}});
    }
    icu::Normalizer2 const* nfc = nfc_instance();
    auto const piece = icu::StringPiece(source.data(), static_cast<std::int32_t>(source.size()));
    UErrorCode status = U_ZERO_ERROR;
    if (nfc->isNormalizedUTF8(piece, status) && U_SUCCESS(status)) return;

    status = U_ZERO_ERROR;
    icu::Edits edits;
    icu::StringByteSink<std::string> sink(&nfc_, static_cast<std::int32_t>(source.size()));
    nfc->normalizeUTF8(0, piece, sink, &edits, status);
    if (U_FAILURE(status)) {
        throw exception(error{"F-UNICODE-002", std::string("NFC normalisation failed: ") + u_errorName(status), {}});
    }
    if (!edits.hasChanges()) {
        nfc_.clear();
        return;
    }
    changed_ = true;

    // Runs alternate unchanged, changed, unchanged, ... starting with an unchanged run, so a run's
    // kind is its index parity and the header's pair layout is enough. The fine iterator keeps each
    // normalised segment (a starter and its marks) separate, so two decomposed letters in a row
    // keep the boundary between them; an empty unchanged run separates adjacent changes.
    runs_.emplace_back(0, 0);
    bool last_changed = false;
    auto it = edits.getFineIterator();
    while (it.next(status)) {
        bool const change = it.hasChange();
        if (!change && !last_changed) continue;  // extends the current unchanged run
        auto const at = std::pair{static_cast<std::size_t>(it.destinationIndex()),
                                  static_cast<std::size_t>(it.sourceIndex())};
        if (change && last_changed) runs_.push_back(at);  // empty unchanged run between two changes
        runs_.push_back(at);
        last_changed = change;
    }
}

std::size_t normalized_text::to_source(std::size_t offset) const {
    if (!changed_) return offset;
    if (offset >= nfc_.size()) return source_.size();
    // Last run starting at or before offset.
    auto const next = std::upper_bound(runs_.begin(), runs_.end(), offset,
                                       [](std::size_t o, auto const& run) { return o < run.first; });
    auto const index = static_cast<std::size_t>(next - runs_.begin()) - 1;
    auto const& run = runs_[index];
    if (index % 2 == 0) return run.second + (offset - run.first);  // unchanged: byte for byte
    // Inside a normalised segment there is no byte-exact counterpart; its start is the honest answer.
    return run.second;
}

line_index::line_index(std::string_view text) : text_(text) {
    starts_.push_back(0);
    // "\r\n" needs no special case: splitting on '\n' leaves the '\r' at the end of its line.
    for (std::size_t i = text.find('\n'); i != std::string_view::npos; i = text.find('\n', i + 1)) {
        starts_.push_back(i + 1);
    }
}

source_span line_index::span(std::size_t begin, std::size_t end) const {
    // Offsets are reported as given; one past the indexed text (an error at its end, or a caller
    // that indexed only the valid prefix) gets the position just after the last character.
    std::size_t const at = std::min(begin, text_.size());
    auto const next = std::upper_bound(starts_.begin(), starts_.end(), at);
    auto const line = static_cast<std::size_t>(next - starts_.begin());
    std::size_t const start = starts_[line - 1];
    source_span s;
    s.begin = begin;
    s.end = end;
    s.line = line;
    s.column = 1 + count_code_points(text_.substr(start, at - start));
    return s;
}

std::size_t count_code_points(std::string_view valid_utf8) noexcept {
    // Every byte that is not a continuation byte (10xxxxxx) starts a code point.
    std::size_t count = 0;
    char const* p = valid_utf8.data();
    char const* const end = p + valid_utf8.size();
#if defined(__SSE2__)
    // Sixteen bytes per step: continuation bytes are the signed bytes below -64 (0x80..0xBF). Each
    // byte lane counts them for up to 255 steps; one sum of the lanes per run.
    while (end - p >= 16) {
        std::size_t const steps = std::min<std::size_t>(static_cast<std::size_t>(end - p) / 16, 255);
        __m128i lanes = _mm_setzero_si128();
        for (std::size_t i = 0; i < steps; ++i, p += 16) {
            __m128i const v = _mm_loadu_si128(reinterpret_cast<__m128i const*>(p));
            lanes = _mm_sub_epi8(lanes, _mm_cmplt_epi8(v, _mm_set1_epi8(-64)));
        }
        __m128i const sums = _mm_sad_epu8(lanes, _mm_setzero_si128());
        auto const continuation = static_cast<std::size_t>(_mm_cvtsi128_si32(sums)) + static_cast<std::size_t>(_mm_extract_epi16(sums, 4));
        count += steps * 16 - continuation;
    }
#endif
    for (; end - p >= 8; p += 8) {
        std::uint64_t word = 0;
        std::memcpy(&word, p, 8);
        // Bit 7 set and bit 6 clear marks a continuation byte.
        std::uint64_t const continuation = word & ~(word << 1) & high_bits;
        // One bit per byte, summed into the top byte by the multiply (std::popcount may be a call).
        count += 8 - static_cast<std::size_t>(((continuation >> 7) * 0x0101010101010101ULL) >> 56);
    }
    for (; p < end; ++p) count += static_cast<std::size_t>(!is_continuation(static_cast<unsigned char>(*p)));
    return count;
}

char32_t decode_code_point(char const* p, char const* end, std::size_t& length) noexcept {
    if (p >= end) {
        length = 0;
        return 0;
    }
    auto const* u = reinterpret_cast<unsigned char const*>(p);
    std::size_t const len = sequence_length(u, static_cast<std::size_t>(end - p));
    // Ill-formed despite the precondition: one replacement character per byte, never a read past end.
    if (len == 0) {
        length = 1;
        return U'\uFFFD';
    }
    length = len;
    switch (len) {
        case 1: return u[0];
        case 2: return (char32_t{u[0] & 0x1Fu} << 6) | (u[1] & 0x3Fu);
        case 3: return (char32_t{u[0] & 0x0Fu} << 12) | (char32_t{u[1] & 0x3Fu} << 6) | (u[2] & 0x3Fu);
        default:
            return (char32_t{u[0] & 0x07u} << 18) | (char32_t{u[1] & 0x3Fu} << 12) | (char32_t{u[2] & 0x3Fu} << 6) |
                   (u[3] & 0x3Fu);
    }
}

bool is_word_code_point(char32_t cp) noexcept {
    if (cp < 0x80) {
        return (cp >= U'0' && cp <= U'9') || (cp >= U'a' && cp <= U'z') || (cp >= U'A' && cp <= U'Z');
    }
    // Blocks news text is made of are answered without ICU (checked against ICU 72 for every code point).
    if (cp < 0x250) {  // Latin-1 Supplement, Latin Extended-A and -B
        if (cp < 0xC0) return cp == 0xAA || cp == 0xB5 || cp == 0xBA;  // ª µ º
        return cp != 0xD7 && cp != 0xF7;                                // all letters but × ÷
    }
    if (cp >= 0x300 && cp < 0x370) return true;     // combining diacritical marks
    if (cp >= 0x1E00 && cp < 0x1F00) return true;   // Latin Extended Additional (Vietnamese vowels)
    if (cp >= 0x2000 && cp < 0x2070) return false;  // general punctuation: spaces, dashes, quotes
    if (cp >= 0x20A0 && cp < 0x20D0) return false;  // currency symbols (₫, €)
    if (cp > 0x10FFFF) return false;
    auto const mask = U_GET_GC_MASK(static_cast<UChar32>(cp));
    return (mask & (U_GC_L_MASK | U_GC_M_MASK | U_GC_ND_MASK)) != 0;
}

}  // namespace figura::detail
