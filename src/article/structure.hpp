#pragma once
// Shared between the article readers (single file, separate parts, JSON Lines).

#include <string>
#include <string_view>
#include <vector>

#include "figura/article.hpp"

namespace figura::detail {

/// A non-blank line of a source: trimmed text and where it is.
struct article_line {
    std::string_view text;  // trimmed, a view into the source
    source_span span{};
    std::optional<language> lang;
};

/// Checks the bytes (UTF-8, no control bytes) and splits into trimmed non-blank lines.
result<std::vector<article_line>> split_article_lines(std::string_view text);

/// Fills a part's roles (headline, subheadline, dateline, body) and its language from its lines.
article_part make_part(std::vector<article_line> const& lines, std::size_t first, std::size_t last, std::size_t source);

/// Runs `extract` over `article.sources[source]` and hands each figure to the line holding it.
result<bool> attach_figures(article& a, std::size_t source, parse_options const& options);

/// A bullet marker at the start of `line`: the marker's length in bytes (spaces after it included),
/// or 0 when the line is no bullet.
std::size_t bullet_marker_length(std::string_view line);

/// A bare URL line (`https://...`, or `Source: https://...`): the URL, else empty.
std::string_view url_in_line(std::string_view line);

/// True when a short line reads as a dateline: `Mar 4th 2025|Hanoi`, `Ngày 4 tháng 3 năm 2025`.
bool looks_like_dateline(std::string_view line);

paragraph make_paragraph(article_line const& line, paragraph_role role, std::size_t source);

}  // namespace figura::detail
