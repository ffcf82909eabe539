#pragma once
// What `figura check` hands to its reporters (report_<format>.hpp): the checked articles with the
// findings left after configuration, inline suppression and the baseline, plus the rule catalogue.
// Reporters return strings; only cmd_check.cpp prints.

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "figura/check.hpp"
#include "figura/error.hpp"

namespace figura::cli {

/// One article of a run (a file, or one line of a JSON Lines batch).
struct checked_article {
    std::string path;  ///< the file (or `batch.jsonl:3`) as named on the command line
    std::string id;    ///< JSON Lines `id`; empty otherwise
    /// For an article read from a JSON Lines stream: the stream and its line. Locations inside the
    /// stream's string fields have no place in the file a code-review tool could show, so machine
    /// formats point at the stream line and name the field position in the message.
    std::string stream_path;
    std::size_t stream_line = 0;
    std::vector<finding> findings;  ///< what is reported, in source order
    /// Source name -> text, for the excerpt under a text finding; missing sources show no excerpt.
    std::map<std::string, std::string, std::less<>> sources;
    std::optional<error> failure;  ///< the article could not be read or checked (exit 2)
    std::size_t figures_checked = 0;
    std::size_t conversions_checked = 0;
    std::size_t suppressed = 0;  ///< findings turned off by inline comments
};

/// A baseline entry that no current finding matched any more.
struct baseline_entry {
    std::string fingerprint;
    std::string rule;
    std::string path;
    std::string message;
    friend bool operator==(baseline_entry const&, baseline_entry const&) = default;
};

struct baseline_outcome {
    bool used = false;
    std::size_t hidden = 0;            ///< current findings the baseline already knew
    std::vector<baseline_entry> gone;  ///< baseline findings not seen this run (fixed, or text changed)
};

struct check_run {
    std::vector<checked_article> articles;
    std::vector<rule_info> rules;  ///< every rule (SARIF `tool.driver.rules`)
    baseline_outcome baseline;
};

/// A finding's place as a code-review tool sees it: 1-based lines, code-point columns, end exclusive.
struct region {
    std::string path;
    std::size_t start_line = 1;
    std::size_t start_column = 1;
    std::size_t end_line = 1;
    std::size_t end_column = 1;
    bool exact = true;  ///< false: only the line is known (a JSON Lines field); columns are 1
};

/// "error", "warning", "note" (the library's spelling, without needing it linked).
std::string_view severity_name(severity s) noexcept;

/// Number of code points in UTF-8 `text` (continuation bytes are not counted).
std::size_t code_points(std::string_view text) noexcept;

/// The region of `where` in its own source (end line/column from the location's text).
region location_region(location const& where);

/// The region of `where` in `article`: the location itself for a file, the stream line for a
/// JSON Lines field. End line/column come from the location's text.
region region_of(location const& where, checked_article const& article);

/// `where.path:line:column`, the place a text or GitHub finding names.
std::string place_of(location const& where);

/// The fingerprint a reporter shows: the finding's own, or (hand-built findings) a hash of rule,
/// path and text so that output never has an empty fingerprint.
std::string fingerprint_of(finding const& f);

/// Findings at each severity over all articles.
struct severity_counts {
    std::size_t error = 0, warning = 0, note = 0;
};
severity_counts count_findings(check_run const& run) noexcept;

}  // namespace figura::cli
