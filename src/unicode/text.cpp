#include "unicode/text.hpp"

#include <unicode/bytestream.h>
#include <unicode/edits.h>
#include <unicode/normalizer2.h>
#include <unicode/stringpiece.h>
#include <unicode/uchar.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <limits>
#include <utility>

namespace figura::detail {

namespace {

constexpr std::uint64_t high_bits = 0x8080808080808080ULL;

// Offset of the first byte >= 0x80 at or after `i`, or `n`. Eight bytes per step: news text is
// mostly ASCII and this runs over every input.
std::size_t skip_ascii(unsigned char const* p, std::size_t i, std::size_t n) noexcept {
    while (i + 16 <= n) {
        std::uint64_t a = 0;
        std::uint64_t b = 0;
        std::memcpy(&a, p + i, 8);
        std::memcpy(&b, p + i + 8, 8);
        if (((a | b) & high_bits) != 0) break;
        i += 16;
    }
    while (i + 8 <= n) {
        std::uint64_t a = 0;
        std::memcpy(&a, p + i, 8);
        if ((a & high_bits) != 0) break;
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

normalized_text::normalized_text(std::string_view source) : source_(source) {
    auto const* p = reinterpret_cast<unsigned char const*>(source.data());
    if (skip_ascii(p, 0, source.size()) == source.size()) return;  // ASCII is always NFC

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
    // Every byte that is not a continuation byte starts a code point.
    std::size_t count = 0;
    for (char const c : valid_utf8) count += static_cast<std::size_t>(!is_continuation(static_cast<unsigned char>(c)));
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
    if (cp > 0x10FFFF) return false;
    auto const mask = U_GET_GC_MASK(static_cast<UChar32>(cp));
    return (mask & (U_GC_L_MASK | U_GC_M_MASK | U_GC_ND_MASK)) != 0;
}

}  // namespace figura::detail
