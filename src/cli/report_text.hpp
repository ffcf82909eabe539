#pragma once
// `figura check --format text`: for people. Each finding is
//     path:line:col: severity[rule]: message
//      <the source line>
//      <spaces>^~~~        (under the span, code-point columns)
//       key: value         (evidence, in order; then the related places)
// and a summary line closes the report.

#include <string>

#include "cli/report.hpp"

namespace figura::cli {

struct text_style {
    bool color = false;  ///< ANSI colours (the command decides: a terminal and no NO_COLOR)
};

/// One finding; `source` is the text its primary location points into (empty: no excerpt).
std::string text_finding(finding const& f, std::string_view source, text_style const& style = {});

/// The source line holding `span` and the underline below it, each line indented by one space;
/// empty when the span is not inside `source`.
std::string text_excerpt(std::string_view source, source_span const& span, text_style const& style = {});

/// The whole report: every finding of every article, baseline notes, and the summary line.
std::string render_text(check_run const& run, text_style const& style = {});

}  // namespace figura::cli
