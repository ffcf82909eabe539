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
#include "figura/rates.hpp"

namespace figura {

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
    /// Relative widening for `approx` figures (as `parse_options::approx_tolerance`) in parity and
    /// summary comparisons. Stated conversions never use it (see `fx_tolerance`).
    decimal approx_tolerance{5, -2};
    /// A stated conversion agrees when an admissible rate lies within this relative distance of the
    /// rates its written figures allow (0.02: 2%); writers round and use a nearby day's bank rate.
    decimal fx_tolerance{2, -2};
    /// A conversion further off than `fx_tolerance` is an `fx.conversion` warning up to this relative
    /// distance and an error (the rule's level) beyond it.
    decimal fx_error_above{5, -2};
    std::string dollar_default = "USD";
    std::string yen_default_en = "JPY";
    std::string yen_default_vi = "CNY";
    /// Rate sources in order of preference; empty: the table's order.
    std::vector<std::string> rate_sources;
    /// A missing day uses the last fixing at most this many days back.
    int max_stale_days = 7;
    /// The table to convert with; nullptr: the embedded default.
    rate_table const* rates = nullptr;
    /// Fill `check_report::figures`, `conversions` and `aligned` (the structured detail a report
    /// that draws the article needs, with a copy of every rate tried); false leaves them empty and
    /// skips building them. Findings and counts are the same either way.
    bool detail = true;
};

/// Which text of an article a figure is in.
enum class text_part : std::uint8_t { summary, translation, original };

[[nodiscard]] std::string_view to_string(text_part p) noexcept;

/// A figure by index: `article::summary[paragraph]` or the part's `paragraphs[paragraph]`, then
/// `figures[figure]` of that paragraph.
struct figure_place {
    text_part part = text_part::original;
    std::size_t paragraph = 0;
    std::size_t figure = 0;
    friend bool operator==(figure_place const&, figure_place const&) = default;
};

/// Every figure of the article as the check saw it (for reports that show the whole text).
struct checked_figure {
    figure_place place;
    location where;
    /// A rule compared it with a rate or another figure (a stated conversion, its translation
    /// counterpart, the body for a summary bullet): with no finding on it, it agrees. False for
    /// figures no rule looks at (years, numbers inside dates or datelines, unpaired figures of an
    /// article with one side only).
    bool compared = false;
    std::string date;  ///< its governing date (`period_label`: "2021", "2024-05"), empty when none
};

/// One basis a stated conversion was tried at (`fx.*`, see docs/checks.md).
struct conversion_basis {
    std::string label;                 ///< "2021 average", "publication date 2025-01-29"
    rate_basis basis = rate_basis::day;
    bool own_date = false;             ///< the figure's own date (else the publication date)
    /// The days whose rates were tried: the week up to a day (its first day six days before), or a
    /// month's or year's first and last day.
    std::chrono::year_month_day first{};
    std::chrono::year_month_day last{};
    /// The conversion at this basis's rates: `rate_low`/`rate_high` are `to` units per one `from`
    /// unit, `rates` every quote tried (every source, every day of the window) with provenance,
    /// `value` the amount converted at all of them. Unset: no rate.
    std::optional<conversion> converted;
    std::vector<std::string> failures;  ///< why there is no rate
    /// Index in `converted->rates` of the rate closest to the ones the written figures allow.
    std::optional<std::size_t> closest;
    /// How far the stated figure lies from the amount converted at the closest rate, relative
    /// (0.083: the stated figure is 8.3% above; 0 when that rate fits the written figures exactly).
    rational deviation{0};
    bool fits = false;                  ///< |deviation| is within `check_options::fx_tolerance`
};

/// A stated conversion `A (B)` that the fx rules checked, whatever the outcome.
struct checked_conversion {
    figure_place amount_place;  ///< A (`100bn yuan`)
    figure_place stated_place;  ///< B (`$14bn`)
    location amount;
    location stated;
    std::string from;  ///< A's currency as read under the check's defaults
    std::string to;    ///< B's
    /// A's interval as the check reads it: its written value at its stated precision (an integer
    /// without a scale word is exact); a qualifier before it bounds the claim and is set aside.
    exact_interval amount_value;
    /// B's: read at its last significant digit (`415 USD` is [414.5, 415.5), `15.400 USD` is
    /// [15350, 15450)); `about` adds nothing, `more than`/`less than` leave that side open.
    exact_interval stated_value;
    std::string amount_reading;  ///< which reading gave `amount_value`, in words
    std::string stated_reading;  ///< which reading gave `stated_value`, in words
    /// The rates (`to` per one `from`) at which A's interval overlaps B's: the band the stated
    /// figures imply, `(stated.lower / amount.upper, stated.upper / amount.lower)` with closed ends
    /// where both ends involved are closed; an end is missing when unbounded.
    exact_interval implied_rate;
    std::string figure_date;  ///< the pair's governing date as a label, empty when none
    std::vector<conversion_basis> bases;  ///< in the order tried: own date first, then publication date
    /// The smallest |deviation| over every basis with a rate (signed as that basis's); unset when
    /// no basis has one.
    std::optional<rational> deviation;
    /// The rule of the finding this conversion gave ("fx.conversion", "fx.basis",
    /// "fx.unverifiable"), empty when it agrees. Set even when that rule is turned off.
    std::string rule;
    /// A translation's restatement of a conversion of the original (both figures paired by the
    /// alignment): the index of that conversion in `check_report::conversions`.
    std::optional<std::size_t> restates;
};

struct check_report {
    std::vector<finding> findings;  ///< in source order
    std::size_t figures_checked = 0;
    std::size_t conversions_checked = 0;
    /// Structured detail for reports that draw the article (the HTML report): every figure,
    /// every stated conversion with its rates, and the translation alignment the parity rules used.
    std::vector<checked_figure> figures;         ///< original, translation, then summary; source order within each
    std::vector<checked_conversion> conversions; ///< in the order checked (original, translation, summary)
    alignment aligned;                           ///< as `align(article)`: paragraph links and figure pairs
};

/// Runs every enabled rule over an article. Content problems are findings, never errors; an error
/// is returned only for unusable options (an unknown rule id in `rule_levels`).
result<check_report> check_article(article const& a, check_options const& options = {});

}  // namespace figura
