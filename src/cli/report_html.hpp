#pragma once
// `figura check --format html`: one self-contained page (inline CSS, inline SVG, a few lines of
// optional JavaScript; no network, no external assets) showing each article with its figures
// highlighted by outcome, the translation beside the original with paired figures linked both ways,
// every finding's evidence in a <details> block, and a rate chart for each stated conversion.
// Every piece of article text is HTML-escaped. The page is deterministic (no timestamps).

#include <optional>
#include <string>
#include <vector>

#include "cli/report.hpp"
#include "cli/svg_chart.hpp"
#include "figura/article.hpp"
#include "figura/check.hpp"

namespace figura::cli {

/// What the page needs beyond `check_run`: the article's lines and the check's structured detail.
struct html_article {
    article text;         ///< as read (masked directives blanked; offsets are the source's)
    check_report detail;  ///< figures, conversions, alignment (its findings are unused: `checked_article`'s are reported)
    std::vector<rate_chart> charts;  ///< one per `detail.conversions` entry (empty panels for restatements)
};

/// One entry per `check_run::articles` entry (unset for an article that could not be read).
struct html_input {
    std::vector<std::optional<html_article>> articles;
};

/// Builds the detail for one checked article: charts from `table` for every conversion that is not
/// a restatement. `sources` as `check_options::rate_sources`.
html_article make_html_article(article a, check_report detail, rate_table const& table, std::vector<std::string> const& sources);

/// The whole page.
std::string render_html(check_run const& run, html_input const& input);

}  // namespace figura::cli
