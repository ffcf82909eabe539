#pragma once
// UTF-8 validation, NFC normalisation with an offset map back to the caller's bytes, and
// line/column lookup in code points. ICU stays behind this header.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "figura/error.hpp"

namespace figura::detail {

/// Offset of the first byte that does not start a well-formed UTF-8 sequence (overlongs,
/// surrogates, code points above U+10FFFF and truncated sequences are ill-formed), or nullopt.
std::optional<std::size_t> find_invalid_utf8(std::string_view bytes) noexcept;

/// `find_invalid_utf8` and the NFC quick check in one pass over the text.
struct utf8_check {
    std::optional<std::size_t> invalid;  ///< as `find_invalid_utf8`
    bool certainly_nfc = false;          ///< valid and made only of NFC-stable starters
};
utf8_check check_utf8(std::string_view bytes) noexcept;
/// `check_utf8` one code point at a time, without its SSE2 fast path for Latin and Vietnamese
/// letters: the reference the fast path is tested against.
utf8_check check_utf8_general(std::string_view bytes) noexcept;
/// NFC_Quick_Check=Yes and canonical combining class 0, from ICU: what `certainly_nfc` asks of each code point.
bool is_nfc_stable_starter(char32_t cp) noexcept;

/// Text in NFC plus the map from its byte offsets back to the source's.
class normalized_text {
public:
    /// `source` must be valid UTF-8. ASCII and already-NFC text is kept as is (no copy of the map).
    explicit normalized_text(std::string_view source);
    /// As above, `certainly_nfc` from `check_utf8` sparing the NFC quick check a second pass.
    normalized_text(std::string_view source, bool certainly_nfc);

    [[nodiscard]] std::string_view text() const noexcept { return changed_ ? std::string_view(nfc_) : source_; }
    [[nodiscard]] bool changed() const noexcept { return changed_; }

    /// Source byte offset for a byte offset in `text()`; offsets at a boundary of a normalised
    /// segment map to that segment's boundary in the source.
    [[nodiscard]] std::size_t to_source(std::size_t offset) const;

private:
    std::string_view source_;
    std::string nfc_;
    bool changed_ = false;
    // (nfc offset, source offset) at the start of each changed or unchanged run, ascending.
    std::vector<std::pair<std::size_t, std::size_t>> runs_;
};

/// Line starts of a text, for turning byte offsets into 1-based line and code-point column.
class line_index {
public:
    explicit line_index(std::string_view text);
    /// A span for [begin, end) with line and column of `begin`.
    [[nodiscard]] source_span span(std::size_t begin, std::size_t end) const;
    [[nodiscard]] std::size_t line_count() const noexcept { return starts_.size(); }
    /// Byte offset where 1-based `line` starts.
    [[nodiscard]] std::size_t line_start(std::size_t line) const { return starts_.at(line - 1); }

private:
    std::string_view text_;
    std::vector<std::size_t> starts_;
};

/// Number of code points in valid UTF-8.
std::size_t count_code_points(std::string_view valid_utf8) noexcept;

/// Decodes the code point at `p` (valid UTF-8 assumed); sets `length` to its byte count.
char32_t decode_code_point(char const* p, char const* end, std::size_t& length) noexcept;

/// True for letters and digits in any script (ICU u_isalnum), and for combining marks.
bool is_word_code_point(char32_t cp) noexcept;

/// Lower-, title- and upper-case variants of a UTF-8 phrase (deduplicated, `phrase` first),
/// using ICU full case mapping; "nhân dân tệ" -> {"nhân dân tệ", "Nhân dân tệ", "Nhân Dân Tệ", "NHÂN DÂN TỆ"}.
std::vector<std::string> case_variants(std::string_view phrase);

/// Lower-case a UTF-8 string with ICU (root locale).
std::string to_lower(std::string_view utf8);

}  // namespace figura::detail
