#pragma once
// `figura check --format jsonl`: JSON Lines, one record per line, written article by article as the
// batch is checked (docs/cli-check.md, "JSON Lines"; the finding object is the one of
// docs/schema/check-v1.json):
//   {"type":"header","figura_version":"0.1.0","schema":1,"command":"check"}
//   {"type":"finding","article":"batch.jsonl:3","rule":...}         every finding of an article,
//   {"type":"article","path":"batch.jsonl:3",...,"findings":2}       then the article itself,
//   {"type":"summary","articles":10000,"errors":...,"baseline":null} last.

#include <string>

#include "cli/report.hpp"

namespace figura::cli {

void write_check_jsonl_header(std::string& out);

/// The finding records of one article, then its article record.
void write_check_jsonl_article(std::string& out, checked_article const& a);

/// Adds the article's findings to `counts`.
void add_counts(severity_counts& counts, checked_article const& a) noexcept;

/// The closing record; `baseline` as `check_run::baseline` (unused baselines write `null`).
void write_check_jsonl_summary(std::string& out, std::size_t articles, severity_counts const& counts,
                               std::size_t suppressed, baseline_outcome const& baseline = {});

/// The whole run at once (with --baseline, whose outcome is known only at the end).
std::string render_check_jsonl(check_run const& run);

}  // namespace figura::cli
