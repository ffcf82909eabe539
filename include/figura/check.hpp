#pragma once
/// `figura check`: the internal consistency of the figures an article reports. Rules, findings and
/// their evidence; see docs/checks.md for every rule.
///
///     auto a = figura::read_article(text, "item.txt");
///     auto report = figura::check_article(*a, {});
///     for (auto const& f : report.findings) ...   // rule, severity, place, message, evidence

#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "figura/article.hpp"
#include "figura/decimal.hpp"
#include "figura/error.hpp"

namespace figura {

class rate_table;

enum class severity : std::uint8_t { note, warning, error };

[[nodiscard]] std::string_view to_string(severity s) noexcept;
[[nodiscard]] std::optional<severity> parse_severity(std::string_view text) noexcept;

/// A place in one of the article's sources.
struct location {
    std::string path;  ///< the source's name (file path, or `batch.jsonl:3:original`)
    source_span span{};
    std::string text;  ///< the text at the span (a figure as written)
    friend bool operator==(location const&, location const&) = default;
};

/// One fact a finding rests on, ordered as it should be shown: ("rate", "7.2512 CNY per USD"),
/// ("rate date", "2025-01-29"), ("source", "ECB"), ("converted", "[13.79bn, 13.80bn]").
struct evidence {
    std::string key;
    std::string value;
    friend bool operator==(evidence const&, evidence const&) = default;
};

struct finding {
    std::string rule;        ///< stable id: "fx.conversion", "parity.qualifier", ...
    severity level = severity::warning;
    std::string message;     ///< one sentence, no trailing period
    location primary;        ///< where the finding points
    std::vector<location> related;  ///< the other figures or dates involved
    std::vector<evidence> facts;
    /// Stable across runs and unrelated edits: rule, path and the texts involved, not line numbers.
    std::string fingerprint;
};

/// A rule's identity and documentation (also used for SARIF `rules`).
struct rule_info {
    std::string_view id;
    severity default_level;
    std::string_view summary;  ///< one line
    std::string_view help;     ///< one paragraph
};

/// Every rule figura knows, in a stable order.
[[nodiscard]] std::vector<rule_info> const& check_rules();

struct check_options {
    /// Publication date; unset: from the article's metadata or datelines.
    std::optional<std::chrono::year_month_day> publication_date;
    /// Per-rule severity override; `std::nullopt` turns the rule off.
    std::map<std::string, std::optional<severity>, std::less<>> rule_levels;
    /// Relative widening for `approx` figures (as `parse_options::approx_tolerance`).
    decimal approx_tolerance{5, -2};
    std::string dollar_default = "USD";
    std::string yen_default_en = "JPY";
    std::string yen_default_vi = "CNY";
    /// Rate sources in order of preference; empty: the table's order.
    std::vector<std::string> rate_sources;
    /// A missing day uses the last fixing at most this many days back.
    int max_stale_days = 7;
    /// The table to convert with; nullptr: the embedded default.
    rate_table const* rates = nullptr;
};

struct check_report {
    std::vector<finding> findings;  ///< in source order
    std::size_t figures_checked = 0;
    std::size_t conversions_checked = 0;
};

/// Runs every enabled rule over an article. Content problems are findings, never errors; an error
/// is returned only for unusable options (an unknown rule id in `rule_levels`).
result<check_report> check_article(article const& a, check_options const& options = {});

}  // namespace figura
