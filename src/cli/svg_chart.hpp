#pragma once
// Small inline SVG charts for the HTML report: the daily rate series around each basis a stated
// conversion was checked at, the band of rates the stated figures imply, and each basis's rate.
// Values stay exact (rationals) until drawing: only pixel coordinates are doubles; every number
// shown as text is rounded from the exact value.

#include <chrono>
#include <string>
#include <string_view>
#include <vector>

#include "figura/check.hpp"
#include "figura/rates.hpp"

namespace figura::cli {

/// One day's (or month's) rate: `to` units per one `from` unit.
struct rate_sample {
    std::chrono::year_month_day date;
    rational value;
};

/// One panel of a chart: a window of time around one basis.
struct chart_panel {
    conversion_basis basis;                    ///< what the check tried (label, period, rate, fits)
    std::chrono::year_month_day window_first;  ///< the time axis
    std::chrono::year_month_day window_last;
    std::vector<rate_sample> series;           ///< oldest first; may be empty (no rates there)
    std::string series_source;                 ///< "ecb daily fixings", "imf monthly averages"
    bool series_monthly = false;               ///< monthly averages drawn as steps, not daily points
};

/// Everything one conversion's chart shows.
struct rate_chart {
    std::string from;
    std::string to;
    exact_interval band;  ///< `checked_conversion::implied_rate`
    std::vector<chart_panel> panels;
};

/// Reads the series for each basis of `c` from `table`: ±30 days around a day, the month ±15 days,
/// the whole year for an annual basis. `sources` as `check_options::rate_sources`.
rate_chart build_rate_chart(checked_conversion const& c, rate_table const& table, std::vector<std::string> const& sources);

/// The chart as an `<svg>` element (no XML declaration), ids prefixed with `id`. Rates are shown the
/// way people quote them: `7.2513 CNY per USD` rather than `0.1379 USD per CNY`.
std::string render_rate_chart(rate_chart const& chart, std::string_view id);

/// `to` per `from` as people quote it: "7.2513 CNY per USD" (4 decimals, exact rounding).
std::string quoted_rate(rational const& to_per_from, std::string_view from, std::string_view to);

/// Escapes `& < > " '` for HTML and SVG text and attribute values.
std::string html_escape(std::string_view text);

}  // namespace figura::cli
