#pragma once
// Baseline files for `figura check` (docs/cli-check.md, "Baseline"): the fingerprints of known
// findings, so a desk can adopt figura on an existing archive and see only new problems.
//
//     {"figura_baseline": 1, "findings": [{"fingerprint", "rule", "path", "message"}, ...]}
//
// Entries are sorted (path, rule, fingerprint) so a rewritten baseline diffs cleanly.

#include <string>
#include <string_view>
#include <vector>

#include "cli/report.hpp"
#include "figura/error.hpp"

namespace figura::cli {

/// The baseline of the findings in `articles`.
std::string write_baseline(std::vector<checked_article> const& articles);

/// Reads a baseline. F-BASELINE-001: not JSON or not this layout (the message names the place).
result<std::vector<baseline_entry>> read_baseline(std::string_view text);

/// Removes from `articles` every finding whose fingerprint the baseline holds (each entry hides one
/// finding, so a second copy of a known problem still shows) and returns what was hidden and what
/// the baseline had that this run did not find.
baseline_outcome apply_baseline(std::vector<baseline_entry> const& baseline, std::vector<checked_article>& articles);

}  // namespace figura::cli
