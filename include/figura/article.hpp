#pragma once
/// The bilingual news item: summary bullets, source URL, a translation and its original, each with
/// headline, dateline and paragraphs, and every paragraph's figures. Plus the translation
/// alignment that pairs original paragraphs (and then figures) with their translation.
/// See docs/article.md.
///
///     auto a = figura::read_article(text, "item.txt");
///     auto links = figura::align(*a);   // paragraph links, each with its figure pairs

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "figura/error.hpp"
#include "figura/figure.hpp"
#include "figura/parse.hpp"

namespace figura {

/// What a line of the article is.
enum class paragraph_role {
    bullet,       ///< a summary bullet (`- `, `* `, `•`, an emoji such as 📌)
    source_url,   ///< the line holding the source URL
    headline,     ///< first line of a part
    subheadline,  ///< a standfirst between headline and dateline
    dateline,     ///< `Ngày 4 tháng 3 năm 2025 | Hà Nội`, `Mar 4th 2025|Hanoi`: kept raw
    body,         ///< any other paragraph
};

/// One non-empty line of an article.
struct paragraph {
    paragraph_role role = paragraph_role::body;
    /// The line as written, without its line break and surrounding spaces.
    std::string text;
    /// For bullets: the marker as written (`-`, `📌`); empty when the line had none.
    std::string marker;
    /// Byte offsets of `text` in its source (`article::sources[source]`), with 1-based line/column.
    source_span span{};
    std::size_t source = 0;
    /// `figura::detect_language` of the line; unset when it has no letters to judge by.
    std::optional<language> lang;
    /// The figures in this line, spans into the same source as `span`.
    std::vector<figure> figures;
    // No dates here: `check_article` finds them per line (figura/dates.hpp) and reports each figure's
    // governing date in `checked_figure::date` (figura/check.hpp). The dateline's `text` is kept raw
    // for that parser.
};

/// The translation or the original: its lines in order, with roles.
struct article_part {
    /// Majority language of the part's lines (unset when no line has letters).
    std::optional<language> lang;
    /// Every line of the part in order: headline, optional subheadline and dateline, then body.
    std::vector<paragraph> paragraphs;

    [[nodiscard]] bool empty() const noexcept { return paragraphs.empty(); }
    /// The first line with that role, or nullptr.
    [[nodiscard]] paragraph const* find(paragraph_role role) const noexcept;
    [[nodiscard]] paragraph const* headline() const noexcept { return find(paragraph_role::headline); }
    [[nodiscard]] paragraph const* dateline() const noexcept { return find(paragraph_role::dateline); }
};

/// A text the article was read from; spans of paragraphs and figures point into one of these.
struct article_source {
    std::string name;  ///< a file path, or `batch.jsonl:3:original` for a JSON Lines field
    std::string text;  ///< the bytes as given
};

struct article {
    std::string path;  ///< where it came from (file path, or `batch.jsonl:3`)
    std::string id;    ///< JSON Lines `id`; empty otherwise
    /// Publication date from metadata (JSON Lines `date`), raw; empty when none. A date parser reads
    /// it, or else the datelines.
    std::string date;
    std::vector<article_source> sources;
    std::vector<paragraph> summary;          ///< bullets, role `bullet`
    std::optional<paragraph> source_url;     ///< role `source_url`; `text` is the URL
    article_part translation;                ///< usually Vietnamese
    article_part original;                   ///< usually English
};

/// Reads the single-file format (DESIGN.md, "The bilingual news item"): summary bullets, source URL,
/// translation, original. The part boundary is where the language of the lines switches.
/// Errors: F-UTF8-001 (invalid UTF-8), F-ARTICLE-001 (nothing but blank lines), F-ARTICLE-002 (control
/// bytes: binary data), and the parser's own F-PARSE-005; each names its place.
result<article> read_article(std::string_view text, std::string_view path = {}, parse_options const& options = {});

/// One of the separate inputs of `read_article_parts`; an empty `text` means "not given".
struct article_input {
    std::string_view text;
    std::string path;
};

/// Reads an article given as separate texts (`--original`, `--translation`, `--summary`). Every line of
/// the summary is a bullet (marker optional). At least one text must be non-blank (F-ARTICLE-001).
result<article> read_article_parts(article_input const& original, article_input const& translation,
                                   article_input const& summary = {}, parse_options const& options = {});

/// Reads a JSON Lines stream: one object `{"id","date","original","translation","summary"}` per line
/// (`summary` a string or an array of strings; `id` a string or a number; every field optional but
/// one of the texts). Blank lines are skipped. One result per non-blank line, so a batch goes on past a
/// bad line; errors (F-ARTICLE-010..014) name the stream's line and column.
std::vector<result<article>> read_article_lines(std::string_view jsonl, std::string_view path = {},
                                                parse_options const& options = {});

/// One line of a JSON Lines stream, as `read_article_lines` reads each non-blank line: `line` without
/// its line break, starting at byte `offset` of the stream, which is line `line_number` (1-based).
/// For callers that spread a batch over threads (one call per line, each on its own).
result<article> read_article_line(std::string_view line, std::size_t offset, std::size_t line_number,
                                  std::string_view path = {}, parse_options const& options = {});

// ---------------------------------------------------------------------------------------------------
// Translation alignment.

/// A figure of a part: `part.paragraphs[paragraph].figures[figure]`.
struct figure_ref {
    std::size_t paragraph = 0;
    std::size_t figure = 0;
    friend bool operator==(figure_ref const&, figure_ref const&) = default;
};

/// How the values of two paired figures compare (as written, qualifiers set aside).
enum class value_match {
    equal,        ///< the same exact value (`10,000` and `10.000`; `$14bn` and `14 tỷ USD`)
    overlap,      ///< different values whose stated-precision intervals overlap (`$14bn`, `14,2 tỷ USD`)
    alternative,  ///< equal only under the other separator reading of an ambiguous number
    differ,       ///< paired by place (same kind and currency, both otherwise unmatched), values differ
};

/// A figure of the original and its counterpart in the translation; one side is unset when the
/// figure has none (`parity.missing`, `parity.extra`).
struct figure_pair {
    std::optional<figure_ref> original;
    std::optional<figure_ref> translation;
    value_match value = value_match::differ;  ///< meaningful only when both sides are set
    bool same_kind = true;
    bool same_currency = true;  ///< equal codes, or one side's code among the other's alternatives
    qualifier original_qualifier = qualifier::exact;
    qualifier translation_qualifier = qualifier::exact;

    [[nodiscard]] bool paired() const noexcept { return original && translation; }
    [[nodiscard]] bool qualifier_differs() const noexcept { return paired() && original_qualifier != translation_qualifier; }
};

/// Original paragraphs linked with their translation: 1-1, 1-0 (dropped), 0-1 (added), 2-1 or 1-2
/// (merged or split). Indices into `article_part::paragraphs`, ascending.
struct paragraph_link {
    std::vector<std::size_t> original;
    std::vector<std::size_t> translation;
    /// Every figure of the linked paragraphs exactly once: pairs first in original order, then the
    /// translation's unmatched figures.
    std::vector<figure_pair> figures;
};

struct alignment {
    std::vector<paragraph_link> links;  ///< in reading order; monotone on both sides
};

/// Aligns the article's original with its translation (see docs/article.md, "Alignment"). An article
/// with only one side gives links with the other side empty.
alignment align(article const& a);

/// Pairs the figures of two lists (value, kind, currency; never strings). Refs use `paragraph` as
/// the index of the list the figure came from: 0 for `original` and 0 for `translation`.
std::vector<figure_pair> pair_figures(std::vector<figure> const& original, std::vector<figure> const& translation);

[[nodiscard]] std::string_view to_string(paragraph_role r) noexcept;
[[nodiscard]] std::string_view to_string(value_match m) noexcept;

}  // namespace figura
