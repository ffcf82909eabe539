#pragma once
// Shared state of one `check_article` run: every figure with its place, part and governing date, and
// the findings collected so far. Internal to src/check.

#include <chrono>
#include <cstddef>
#include <deque>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "figura/article.hpp"
#include "figura/check.hpp"
#include "figura/dates.hpp"
#include "figura/rates.hpp"

namespace figura::detail::check {

enum class part_id { summary, translation, original };

/// The dates found in one paragraph, spans made absolute (into the paragraph's source).
struct paragraph_dates {
    std::vector<date_mention> mentions;
};

/// One figure of the article with what the rules need to know about it.
struct site {
    part_id part = part_id::original;
    std::size_t paragraph = 0;  ///< index into the part's paragraphs (or `article::summary`)
    std::size_t index = 0;      ///< index into `paragraph::figures`
    figura::paragraph const* para = nullptr;
    figure const* fig = nullptr;
    /// The governing date mention (in the same sentence), when there is one.
    date_mention const* date = nullptr;
    /// True when the figure lies inside a date expression (`29` of `ngày 29 tháng 1`).
    bool in_date = false;
};

struct context {
    article const& a;
    check_options const& options;
    rate_table const& rates;
    std::optional<calendar_date> publication;
    std::string publication_from;  ///< "option", "metadata", "dateline"
    /// Per part, per paragraph.
    std::vector<paragraph_dates> summary_dates, translation_dates, original_dates;
    std::vector<site> sites;
    /// (part, paragraph) -> index in `sites` of the paragraph's first figure.
    std::map<std::pair<part_id, std::size_t>, std::size_t> site_start;
    std::vector<finding> findings;
    std::vector<std::pair<std::size_t, std::size_t>> order;  ///< (source, byte) per finding, for sorting
    std::size_t conversions_checked = 0;
    /// Per entry of `sites`: some rule compared that figure (`checked_figure::compared`).
    std::vector<bool> compared;
    /// Every stated conversion checked, for `check_report::conversions`.
    std::vector<checked_conversion> conversions;
    /// What a rate look-up asked for: pair, basis, day and how stale a fixing may be.
    struct rate_key {
        std::string from, to;
        rate_basis basis = rate_basis::day;
        int year = 0;
        unsigned month = 0, day = 0;
        int stale = 0;
        bool published_first = false;  ///< `rate_options::published_first`
        auto operator<=>(rate_key const&) const = default;
    };
    /// Rates already looked up in this run (every answering source): a year's average derived from
    /// daily fixings is costly and articles convert many amounts at the same few rates. Keyed by
    /// value, not by a formatted string (formatting the date cost more than most look-ups).
    std::map<rate_key, result<std::vector<rate_quote>>> rate_cache;
    /// Rates the fx rules compose themselves (the official dong bracket of a month without a
    /// published average); a deque, so that the pointers tries keep never move.
    std::deque<rate_quote> composed_rates;

    [[nodiscard]] std::vector<figura::paragraph> const& paragraphs(part_id p) const;
    [[nodiscard]] std::vector<paragraph_dates> const& dates(part_id p) const;
    [[nodiscard]] site const* find_site(part_id p, std::size_t paragraph, std::size_t index) const;
    [[nodiscard]] location where(paragraph const& p, source_span span, std::string text) const;
    [[nodiscard]] location where(site const& s) const;
    [[nodiscard]] location where(paragraph const& p, date_mention const& m) const;
    /// The level a rule reports at, or unset when it is turned off.
    [[nodiscard]] std::optional<severity> level(std::string_view rule) const;
    /// Adds a finding unless its rule is off; fills severity (the rule's level, lowered to `at_most`
    /// when given) and ordering.
    void report(finding f, std::size_t source, std::optional<severity> at_most = std::nullopt);
    /// Records that a rule compared the figure at `s` (a pointer into `sites`).
    void mark(site const* s);
    [[nodiscard]] figure_place place(site const& s) const;
};

/// The currency a figure is read in under the check's defaults (`$`, `¥`).
[[nodiscard]] std::string effective_currency(figure const& f, check_options const& o);
/// The figure's interval with `approx` widened by the check's tolerance.
[[nodiscard]] interval figure_bounds(figure const& f, check_options const& o);
/// "2021", "2024-05", "2024-05-03", or the interval for other granularities.
[[nodiscard]] std::string period_label(date_mention const& m);

/// An interval as `[13.5bn, 14.5bn)`, scaled like `scale_of`.
[[nodiscard]] std::string bounds_text(interval const& i, decimal const& scale_of);

void check_conversions(context& c, alignment const& al);
void check_parity(context& c, alignment const& al);
void check_summary(context& c);
void check_dates(context& c, alignment const& al);
void check_ages(context& c);

}  // namespace figura::detail::check
