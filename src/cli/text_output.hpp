#pragma once
// Human-readable output of the figura CLI: one block per parsed expression, one line per extracted
// figure, and GCC-style diagnostics. Everything returns strings; main and the commands print.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "figura/error.hpp"
#include "figura/figure.hpp"

namespace figura::cli {

/// `"..."` with `"`, `\` and control characters escaped, so a figure's text stays on one line.
std::string quote_text(std::string_view text);

/// The value of a figure, or `low..high` for a range.
std::string value_text(figure const& f);

/// The block `figura parse` prints for one expression: the input, a summary line and detail lines
/// for what the summary cannot hold (precision, range end, currency alternatives, ambiguity).
std::string parse_block(std::string_view input, figure const& f);

/// The line `figura extract` prints for figure `index` of `all`:
/// `path:line:col: kind value currency qualifier "text"` plus notes (equivalent, ambiguity).
std::string extract_line(std::string_view path, std::vector<figure> const& all, std::size_t index);
/// `extract_line`, appended to `out`.
void append_extract_line(std::string& out, std::string_view path, std::vector<figure> const& all, std::size_t index);

/// `path:line:col: error[ID]: message`, with the line and column of `e.where`; without them
/// (`path: error[ID]: message`) when the error concerns the whole file, e.g. it cannot be read.
std::string diagnostic(std::string_view path, error const& e, bool with_place = true);

/// The source line holding `where` and a caret under its column (code points), for errors in a
/// short one-line input such as a `figura parse` argument. Empty when the line cannot be shown.
std::string caret_excerpt(std::string_view source, source_span const& where);

}  // namespace figura::cli
