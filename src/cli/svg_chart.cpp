#include "cli/svg_chart.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace figura::cli {
namespace {

using std::chrono::sys_days;
using std::chrono::year_month_day;
using days = std::chrono::days;

// Chart geometry (CSS pixels; the SVG scales with its container through viewBox).
constexpr double chart_width = 900;
constexpr double chart_height = 250;
constexpr double margin_left = 58;
constexpr double margin_right = 12;
constexpr double margin_top = 34;
constexpr double margin_bottom = 34;
constexpr double panel_gap = 16;

double to_double(rational const& r) { return r.convert_to<double>(); }

std::string px(double v) { return fmt::format("{:.1f}", v); }

// The window of time a basis is drawn in.
std::pair<year_month_day, year_month_day> window_of(conversion_basis const& b) {
    switch (b.basis) {
    case rate_basis::year: return {b.first, b.last};
    case rate_basis::month: return {year_month_day{sys_days{b.first} - days{15}}, year_month_day{sys_days{b.last} + days{15}}};
    case rate_basis::day:
    case rate_basis::year_end:
    case rate_basis::month_end: break;
    }
    return {year_month_day{sys_days{b.first} - days{30}}, year_month_day{sys_days{b.last} + days{30}}};
}

// Daily fixings in the window from one source (the first that answers, so the line never mixes
// publishers); monthly averages when no source has daily fixings for the pair.
void read_series(chart_panel& p, checked_conversion const& c, rate_table const& table, std::vector<std::string> const& sources) {
    rate_options day;
    day.basis = rate_basis::day;
    day.max_stale_days = 0;
    day.sources = sources;
    for (sys_days d{p.window_first}; d <= sys_days{p.window_last}; d += days{1}) {
        auto q = table.rate(c.from, c.to, year_month_day{d}, day);
        if (!q || q->used_from != year_month_day{d}) continue;
        if (p.series.empty() && q->source.find('+') == std::string::npos) {
            day.sources = {q->source};  // pin the publisher for the rest of the window
            p.series_source = q->kind == rate_kind::market ? q->source + " daily snapshots (" + std::string(market_label) + ")"
                                                           : q->source + " daily fixings";
        }
        p.series.push_back({year_month_day{d}, q->value});
    }
    if (!p.series.empty()) return;
    rate_options month;
    month.basis = rate_basis::month;
    month.sources = sources;
    auto const ym_first = p.window_first.year() / p.window_first.month();
    auto const ym_last = p.window_last.year() / p.window_last.month();
    for (auto ym = ym_first; ym <= ym_last; ym += std::chrono::months{1}) {
        auto q = table.rate(c.from, c.to, ym / std::chrono::day{1}, month);
        if (!q) continue;
        if (p.series.empty()) p.series_source = q->source + " monthly averages";
        p.series.push_back({ym / std::chrono::day{1}, q->value});
    }
    p.series_monthly = !p.series.empty();
}

std::string source_of(conversion const& conv) {
    std::string out;
    for (auto const& q : conv.rates) {
        if (out.find(q.source) == std::string::npos) out += (out.empty() ? "" : ", ") + q.source;
    }
    return out;
}

// Tick values as exact decimals: step = m * 10^k, ticks at integer multiples of the step.
struct tick {
    double value;
    std::string label;
};

std::vector<tick> ticks_for(double lo, double hi) {
    std::vector<tick> out;
    if (!(hi > lo)) return out;
    double const raw = (hi - lo) / 4;
    int k = static_cast<int>(std::floor(std::log10(raw)));
    double const base = std::pow(10.0, k);
    long long m = 1;
    for (long long cand : {1LL, 2LL, 5LL, 10LL}) {
        m = cand;
        if (static_cast<double>(cand) * base >= raw) break;
    }
    double const step = static_cast<double>(m) * base;
    long long const first = static_cast<long long>(std::ceil(lo / step));
    long long const last = static_cast<long long>(std::floor(hi / step));
    for (long long n = first; n <= last && out.size() < 12; ++n) {
        decimal const exact{decimal::coefficient_type(n * m), k};
        out.push_back({static_cast<double>(n * m) * base, exact.normalized().to_string()});
    }
    return out;
}

std::string date_label(year_month_day d) { return figura::to_string(d); }

}  // namespace

std::string html_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    for (char ch : text) {
        switch (ch) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        default: out += ch;
        }
    }
    return out;
}

std::string quoted_rate(rational const& to_per_from, std::string_view from, std::string_view to) {
    if (to_per_from > 0 && to_per_from < 1)
        return fmt::format("{} {} per {}", round_rational(rational{1} / to_per_from, -4, rounding_mode::half_even).to_string(), from, to);
    return fmt::format("{} {} per {}", round_rational(to_per_from, -4, rounding_mode::half_even).to_string(), to, from);
}

rate_chart build_rate_chart(checked_conversion const& c, rate_table const& table, std::vector<std::string> const& sources) {
    rate_chart out;
    out.from = c.from;
    out.to = c.to;
    out.band = c.implied_rate;
    for (auto const& b : c.bases) {
        if (!b.first.ok()) continue;  // a basis that was never dated (no publication date)
        chart_panel p;
        p.basis = b;
        std::tie(p.window_first, p.window_last) = window_of(b);
        read_series(p, c, table, sources);
        out.panels.push_back(std::move(p));
    }
    return out;
}

std::string render_rate_chart(rate_chart const& chart, std::string_view id) {
    // Orientation: quoted the way people do (the side that makes the number at least 1).
    std::optional<rational> reference;
    for (auto const& p : chart.panels) {
        if (!reference && p.basis.converted) reference = p.basis.converted->rate_low;
        if (!reference && !p.series.empty()) reference = p.series.front().value;
    }
    if (!reference && chart.band.upper) reference = chart.band.upper->value;
    bool const invert = reference && *reference > 0 && *reference < 1;
    auto const shown = [&](rational const& r) -> rational { return invert && r != 0 ? rational{1} / r : r; };
    std::string const unit = invert ? chart.from + " per " + chart.to : chart.to + " per " + chart.from;
    auto const exact_text = [&](rational const& r) { return round_rational(shown(r), -4, rounding_mode::half_even).to_string(); };

    // The band in the shown orientation; an unbounded end is nullopt.
    std::optional<double> band_lo, band_hi;
    std::string band_lo_text, band_hi_text;
    if (chart.band.lower && chart.band.lower->value > 0) {
        (invert ? band_hi : band_lo) = to_double(shown(chart.band.lower->value));
        (invert ? band_hi_text : band_lo_text) = exact_text(chart.band.lower->value);
    }
    if (chart.band.upper && chart.band.upper->value > 0) {
        (invert ? band_lo : band_hi) = to_double(shown(chart.band.upper->value));
        (invert ? band_lo_text : band_hi_text) = exact_text(chart.band.upper->value);
    }

    // The y domain: every rate drawn, then the band when it is not far off.
    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    auto const take = [&](double v) {
        lo = std::min(lo, v);
        hi = std::max(hi, v);
    };
    for (auto const& p : chart.panels) {
        for (auto const& s : p.series) take(to_double(shown(s.value)));
        if (p.basis.converted) {
            take(to_double(shown(p.basis.converted->rate_low)));
            take(to_double(shown(p.basis.converted->rate_high)));
        }
    }
    if (!(hi >= lo)) {  // no rate at all: the band alone
        if (band_lo) take(*band_lo);
        if (band_hi) take(*band_hi);
    }
    if (!(hi >= lo)) {
        lo = 0;
        hi = 1;
    }
    double const span0 = std::max(hi - lo, std::abs(hi) * 0.002);
    if (band_lo && *band_lo >= lo - 2 * span0) lo = std::min(lo, *band_lo);
    if (band_hi && *band_hi <= hi + 2 * span0) hi = std::max(hi, *band_hi);
    double const pad = std::max(hi - lo, std::abs(hi) * 0.002) * 0.12;
    lo -= pad;
    hi += pad;

    double const plot_top = margin_top, plot_bottom = chart_height - margin_bottom;
    auto const y_of = [&](double v) { return plot_bottom - (v - lo) / (hi - lo) * (plot_bottom - plot_top); };
    auto const clamp_y = [&](double y) { return std::clamp(y, plot_top, plot_bottom); };

    std::size_t const n = std::max<std::size_t>(chart.panels.size(), 1);
    double const panel_width = (chart_width - margin_left - margin_right - panel_gap * static_cast<double>(n - 1)) / static_cast<double>(n);

    std::string title = "Rates in " + unit;
    if (band_lo || band_hi) {
        title += "; the stated figures imply " + (band_lo ? band_lo_text : std::string("0")) + " to " +
                 (band_hi ? band_hi_text : std::string("no upper limit"));
    }
    std::string out = fmt::format(
        "<svg class=\"rate-chart\" viewBox=\"0 0 {} {}\" width=\"{}\" height=\"{}\" "
        "role=\"img\" aria-labelledby=\"{}-title\">\n<title id=\"{}-title\">{}</title>\n",
        chart_width, chart_height, chart_width, chart_height, html_escape(id), html_escape(id), html_escape(title));

    // Y axis: gridlines and exact tick labels.
    out += "<g class=\"axis y-axis\">\n";
    for (auto const& t : ticks_for(lo, hi)) {
        double const y = y_of(t.value);
        out += fmt::format("<line class=\"grid\" x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"/>", px(margin_left), px(y),
                           px(chart_width - margin_right), px(y));
        out += fmt::format("<text class=\"tick\" x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>\n", px(margin_left - 6), px(y + 4),
                           html_escape(t.label));
    }
    out += fmt::format("<text class=\"unit\" x=\"{}\" y=\"{}\">{}</text>\n", px(4), px(12), html_escape(unit));
    out += "</g>\n";

    for (std::size_t i = 0; i < chart.panels.size(); ++i) {
        auto const& p = chart.panels[i];
        double const x0 = margin_left + static_cast<double>(i) * (panel_width + panel_gap);
        double const x1 = x0 + panel_width;
        auto const d0 = sys_days{p.window_first}.time_since_epoch().count();
        auto const d1 = sys_days{p.window_last}.time_since_epoch().count();
        double const day_span = std::max<double>(1, static_cast<double>(d1 - d0));
        auto const x_of = [&](year_month_day d) {
            return x0 + static_cast<double>(sys_days{d}.time_since_epoch().count() - d0) / day_span * panel_width;
        };
        auto const& b = p.basis;
        std::string const state = !b.converted ? "no-rate" : b.fits ? "fits" : "misses";
        out += fmt::format("<g class=\"panel\" data-basis=\"{}\" data-fits=\"{}\">\n", html_escape(to_string(b.basis)), state);
        out += fmt::format("<text class=\"panel-title\" x=\"{}\" y=\"{}\">{}</text>\n", px(x0), px(margin_top - 7),
                           html_escape(b.label));
        out += fmt::format("<rect class=\"frame\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"/>\n", px(x0), px(plot_top), px(panel_width),
                           px(plot_bottom - plot_top));

        // The band the stated figures imply (clipped to the plot; open ends reach the edge).
        if (band_lo || band_hi) {
            double const top = clamp_y(band_hi ? y_of(*band_hi) : plot_top);
            double const bottom = clamp_y(band_lo ? y_of(*band_lo) : plot_bottom);
            out += fmt::format("<rect class=\"band\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"><title>{}</title></rect>\n", px(x0),
                               px(top), px(panel_width), px(std::max(bottom - top, 1.0)),
                               html_escape("the stated figures imply " + (band_lo ? band_lo_text : std::string("0")) + " to " +
                                           (band_hi ? band_hi_text : std::string("no upper limit")) + " " + unit));
        }

        // The series: points per fixing, or steps of monthly averages.
        if (!p.series.empty()) {
            std::string points;
            for (std::size_t k = 0; k < p.series.size(); ++k) {
                auto const& s = p.series[k];
                double const y = clamp_y(y_of(to_double(shown(s.value))));
                double x = std::clamp(x_of(s.date), x0, x1);
                if (p.series_monthly) {
                    auto const ym = s.date.year() / s.date.month() + std::chrono::months{1};
                    double const next = std::clamp(x_of(ym / std::chrono::day{1}), x0, x1);
                    points += fmt::format("{},{} {},{} ", px(x), px(y), px(next), px(y));
                } else {
                    points += fmt::format("{},{} ", px(x), px(y));
                }
            }
            points.pop_back();
            out += fmt::format("<polyline class=\"series\" points=\"{}\"><title>{}</title></polyline>\n", points,
                               html_escape(p.series_source));
        } else {
            out += fmt::format("<text class=\"no-data\" x=\"{}\" y=\"{}\" text-anchor=\"middle\">no rates in this window</text>\n",
                               px((x0 + x1) / 2), px((plot_top + plot_bottom) / 2));
        }

        // The basis's rate: a dot on a day, a line across a month or year for an average.
        if (b.converted) {
            auto const& conv = *b.converted;
            std::string const value_text = conv.rate_low == conv.rate_high ? exact_text(conv.rate_low)
                                                                           : exact_text(conv.rate_low) + " to " + exact_text(conv.rate_high);
            std::string const label = b.label + ": " + value_text + " (" + source_of(conv) + ")";
            double const y = clamp_y(y_of(to_double(shown(conv.rate_low))));
            if (b.basis == rate_basis::day || b.basis == rate_basis::year_end || b.basis == rate_basis::month_end) {
                double const x = std::clamp(x_of(b.first), x0, x1);
                out += fmt::format("<line class=\"basis-date\" x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"/>", px(x), px(plot_top), px(x),
                                   px(plot_bottom));
                out += fmt::format("<circle class=\"basis-marker {}\" data-basis=\"{}\" cx=\"{}\" cy=\"{}\" r=\"5\"><title>{}</title></circle>\n",
                                   state, html_escape(to_string(b.basis)), px(x), px(y), html_escape(label));
            } else {
                double const xa = std::clamp(x_of(b.first), x0, x1), xb = std::clamp(x_of(b.last), x0, x1);
                double const y2 = clamp_y(y_of(to_double(shown(conv.rate_high))));
                out += fmt::format("<line class=\"basis-marker {}\" data-basis=\"{}\" x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"><title>{}</title></line>\n",
                                   state, html_escape(to_string(b.basis)), px(xa), px(y), px(xb), px(y), html_escape(label));
                if (conv.rate_low != conv.rate_high)
                    out += fmt::format("<line class=\"basis-marker {}\" x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"/>\n", state, px(xa), px(y2), px(xb), px(y2));
            }
            // The label sits above the marker, or below it near the top edge.
            double const ly = y - 10 < plot_top + 12 ? y + 18 : y - 10;
            out += fmt::format("<text class=\"basis-label {}\" x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>\n", state,
                               px((x0 + x1) / 2), px(ly), html_escape(value_text + " " + source_of(conv)));
        }

        // Time axis: the window's ends.
        out += fmt::format("<text class=\"tick\" x=\"{}\" y=\"{}\">{}</text>", px(x0), px(plot_bottom + 16), date_label(p.window_first));
        out += fmt::format("<text class=\"tick\" x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>\n", px(x1), px(plot_bottom + 16),
                           date_label(p.window_last));
        if (!p.series_source.empty())
            out += fmt::format("<text class=\"series-source\" x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>\n", px((x0 + x1) / 2),
                               px(plot_bottom + 30), html_escape(p.series_source));
        out += "</g>\n";
    }
    out += "</svg>";
    return out;
}

}  // namespace figura::cli
