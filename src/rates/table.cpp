// The rate table: merging sources, dated lookups (day, month, year, year-end), cross rates through a
// source's pivot, chains across sources, and exact conversion of intervals.

#include "rates/model.hpp"
#include "rates/text.hpp"

#include <algorithm>
#include <array>
#include <cstdio>
#include <set>
#include <unordered_map>

namespace figura {

namespace {

using detail::day_number;
using detail::from_day_number;
using detail::rate_obs;
using detail::series_data;
using detail::to_day_number;

constexpr std::string_view err_conflict = "F-RATE-111";
constexpr std::string_view err_no_series = "F-RATE-201";
constexpr std::string_view err_before_start = "F-RATE-202";
constexpr std::string_view err_after_end = "F-RATE-203";
constexpr std::string_view err_gap = "F-RATE-204";
constexpr std::string_view err_no_basis = "F-RATE-205";
constexpr std::string_view err_incomplete = "F-RATE-206";
constexpr std::string_view err_unknown_source = "F-RATE-207";
constexpr std::string_view err_option = "F-RATE-210";

error make_error(std::string_view id, std::string message) {
    error e;
    e.id = std::string(id);
    e.message = std::move(message);
    return e;
}

std::uint64_t series_key(series_basis b, std::string_view base, std::string_view quote) {
    auto code = [](std::string_view c) -> std::uint64_t {
        std::uint64_t v = 0;
        for (std::size_t i = 0; i < 3; ++i) v = (v << 8U) | static_cast<unsigned char>(i < c.size() ? c[i] : 0);
        return v;
    };
    return (static_cast<std::uint64_t>(b) << 48U) | (code(base) << 24U) | code(quote);
}

std::string_view basis_noun(series_basis b) {
    switch (b) {
        case series_basis::daily: return "daily";
        case series_basis::monthly_average: return "monthly average";
        case series_basis::annual_average: return "annual average";
        case series_basis::month_end: return "month-end";
    }
    return "daily";
}

/// What one observation of a daily series is called: a market source publishes snapshots.
std::string_view fixing_noun(rate_source_info const& info) { return info.kind == rate_kind::market ? "snapshot" : "fixing"; }

// Said wherever data ends before the date asked; the CLI command that refreshes the data.
constexpr std::string_view update_hint = "; `figura rates update` fetches newer rates";

bool same_value(rate_obs const& a, rate_obs const& b) {
    if (a.exponent == b.exponent) return a.coefficient == b.coefficient;
    return detail::to_rational(a) == detail::to_rational(b);
}

struct table_source {
    rate_source_info info;
    std::vector<series_data> series;
    std::array<day_number, 4> end{};   ///< last observation per series_basis
    std::array<bool, 4> has{};         ///< any series of that basis
    std::unordered_map<std::uint64_t, std::uint32_t> index;

    void reindex() {
        index.clear();
        has = {};
        end = {};
        for (std::uint32_t i = 0; i < series.size(); ++i) {
            auto const& s = series[i];
            index.emplace(series_key(s.basis, s.base, s.quote), i);
            if (s.obs.empty()) continue;
            auto const b = static_cast<std::size_t>(s.basis);
            end[b] = has[b] ? std::max(end[b], s.obs.back().day) : s.obs.back().day;
            has[b] = true;
        }
    }

    [[nodiscard]] series_data const* find(series_basis b, std::string_view base, std::string_view quote) const {
        auto it = index.find(series_key(b, base, quote));
        return it == index.end() ? nullptr : &series[it->second];
    }
};

}  // namespace

struct rate_table::data {
    std::vector<table_source> sources;
    std::vector<std::string> currencies;
};

struct rate_table::builder::state {
    std::vector<table_source> sources;
};

// ---------------------------------------------------------------------------------------------------
// Small public helpers

std::string_view to_string(rate_basis b) noexcept {
    switch (b) {
        case rate_basis::day: return "day";
        case rate_basis::month: return "month";
        case rate_basis::year: return "year";
        case rate_basis::year_end: return "year_end";
        case rate_basis::month_end: return "month_end";
    }
    return "day";
}

std::string_view to_string(series_basis b) noexcept {
    switch (b) {
        case series_basis::daily: return "daily";
        case series_basis::monthly_average: return "monthly_average";
        case series_basis::annual_average: return "annual_average";
        case series_basis::month_end: return "month_end";
    }
    return "daily";
}

std::string_view to_string(rate_kind k) noexcept { return k == rate_kind::market ? "market" : "official"; }

std::optional<rate_basis> parse_rate_basis(std::string_view text) noexcept {
    if (text == "day") return rate_basis::day;
    if (text == "month") return rate_basis::month;
    if (text == "year") return rate_basis::year;
    if (text == "year_end" || text == "year-end") return rate_basis::year_end;
    if (text == "month_end" || text == "month-end") return rate_basis::month_end;
    return std::nullopt;
}

std::string to_string(std::chrono::year_month_day d) {
    int const y = static_cast<int>(d.year());
    auto const m = static_cast<unsigned>(d.month());
    auto const day = static_cast<unsigned>(d.day());
    // The check formats a date per rate looked up and per finding: digits by hand, not snprintf's
    // format parsing (the same text as "%04d-%02u-%02u").
    if (y < 0 || y > 9999 || m > 99 || day > 99) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", y, m, day);
        return buf;
    }
    char const buf[10] = {static_cast<char>('0' + y / 1000),     static_cast<char>('0' + y / 100 % 10),
                          static_cast<char>('0' + y / 10 % 10),  static_cast<char>('0' + y % 10),
                          '-',
                          static_cast<char>('0' + m / 10),       static_cast<char>('0' + m % 10),
                          '-',
                          static_cast<char>('0' + day / 10),     static_cast<char>('0' + day % 10)};
    return std::string(buf, sizeof buf);
}

result<date_spec> parse_date_spec(std::string_view text) {
    if (auto d = detail::parse_iso_day(text)) return date_spec{*d, rate_basis::day};
    if (auto m = detail::parse_iso_month(text)) return date_spec{*m, rate_basis::month};
    if (auto y = detail::parse_iso_year(text)) return date_spec{*y, rate_basis::year};
    // Name the first byte that breaks the YYYY[-MM[-DD]] shape.
    static constexpr std::string_view shape = "9999-99-99";
    std::size_t col = 0;
    while (col < text.size() && col < shape.size() &&
           ((shape[col] == '9' && text[col] >= '0' && text[col] <= '9') || (shape[col] == '-' && text[col] == '-')))
        ++col;
    if (col == text.size() && (col == 4 || col == 7 || col == 10)) col = 0;  // right shape, impossible date
    error e = make_error("F-RATE-209", "expected a date like 2025-01-29, 2025-01 or 2025, found " + detail::quote_text(text));
    e.where = source_span{col, text.size(), 1, col + 1};
    return e;
}

decimal round_rational(rational const& value, std::int32_t exponent, rounding_mode mode) {
    using boost::multiprecision::cpp_int;
    cpp_int num = boost::multiprecision::numerator(value);
    cpp_int den = boost::multiprecision::denominator(value);
    if (exponent < 0)
        num *= boost::multiprecision::pow(cpp_int(10), static_cast<unsigned>(-exponent));
    else if (exponent > 0)
        den *= boost::multiprecision::pow(cpp_int(10), static_cast<unsigned>(exponent));
    cpp_int q = num / den;  // truncates toward zero
    cpp_int r = num % den;
    if (r != 0) {
        int const sign = num.sign() * den.sign();
        cpp_int twice = boost::multiprecision::abs(r) * 2;
        cpp_int const ad = boost::multiprecision::abs(den);
        bool away = false;
        switch (mode) {
            case rounding_mode::down: away = false; break;
            case rounding_mode::up: away = true; break;
            case rounding_mode::floor: away = sign < 0; break;
            case rounding_mode::ceiling: away = sign > 0; break;
            case rounding_mode::half_up: away = twice >= ad; break;
            case rounding_mode::half_even: away = twice > ad || (twice == ad && (q & 1) != 0); break;
        }
        if (away) q += sign;
    }
    return decimal(q, exponent);
}

decimal rate_quote::rounded(std::int32_t exponent, rounding_mode mode) const { return round_rational(value, exponent, mode); }

namespace {
rational to_rational(decimal const& d) {
    using boost::multiprecision::cpp_int;
    if (d.exponent() >= 0) return rational(d.coefficient() * boost::multiprecision::pow(cpp_int(10), static_cast<unsigned>(d.exponent())));
    return rational(d.coefficient(), boost::multiprecision::pow(cpp_int(10), static_cast<unsigned>(-d.exponent())));
}
}  // namespace

bool exact_interval::contains(rational const& v) const {
    if (lower && (v < lower->value || (v == lower->value && !lower->closed))) return false;
    if (upper && (v > upper->value || (v == upper->value && !upper->closed))) return false;
    return true;
}

bool exact_interval::within(interval const& outer) const {
    if (outer.lower) {
        if (!lower) return false;
        auto const o = to_rational(outer.lower->value);
        if (lower->value < o || (lower->value == o && lower->closed && !outer.lower->closed)) return false;
    }
    if (outer.upper) {
        if (!upper) return false;
        auto const o = to_rational(outer.upper->value);
        if (upper->value > o || (upper->value == o && upper->closed && !outer.upper->closed)) return false;
    }
    return true;
}

interval exact_interval::rounded(std::int32_t exponent, rounding_mode lower_mode, rounding_mode upper_mode) const {
    interval out;
    if (lower) out.lower = bound{round_rational(lower->value, exponent, lower_mode), lower->closed};
    if (upper) out.upper = bound{round_rational(upper->value, exponent, upper_mode), upper->closed};
    return out;
}

// ---------------------------------------------------------------------------------------------------
// Builder

rate_table::rate_table() : data_(std::make_shared<data const>()) {}

rate_table::builder::builder() : state_(std::make_unique<state>()) {}
rate_table::builder::builder(rate_table const& start) : state_(std::make_unique<state>()) {
    state_->sources = start.data_->sources;
}
rate_table::builder::builder(builder&&) noexcept = default;
rate_table::builder& rate_table::builder::operator=(builder&&) noexcept = default;
rate_table::builder::~builder() = default;

void rate_table::builder::remove_source(std::string_view id) {
    if (!state_) state_ = std::make_unique<state>();
    std::erase_if(state_->sources, [id](table_source const& s) { return s.info.id == id; });
}

result<std::size_t> rate_table::builder::add(rate_source_data const& incoming) {
    if (!state_) state_ = std::make_unique<state>();
    auto const& in = incoming.internals();
    if (in.info.id.empty()) return make_error(err_conflict, "rates data has no source id");
    if (in.replace) remove_source(in.info.id);
    auto& sources = state_->sources;
    auto it = std::find_if(sources.begin(), sources.end(), [&](table_source const& s) { return s.info.id == in.info.id; });
    if (it == sources.end()) {
        table_source s;
        s.info = in.info;
        s.series = in.series;
        std::size_t n = 0;
        for (auto const& x : s.series) n += x.obs.size();
        s.reindex();
        sources.push_back(std::move(s));
        return n;
    }
    auto& src = *it;
    std::string const origin = in.info.origins.empty() ? std::string("(unnamed)") : in.info.origins.front();
    if (!in.info.pivot.empty() && !src.info.pivot.empty() && in.info.pivot != src.info.pivot)
        return make_error(err_conflict, origin + ": source " + in.info.id + " has pivot " + in.info.pivot + ", but the table's has " +
                                            src.info.pivot);
    // Check every series first so a conflict leaves the builder unchanged.
    std::vector<std::pair<series_data const*, series_data*>> plan;
    for (auto const& s : in.series) {
        series_data* existing = nullptr;
        for (auto& t : src.series)
            if (t.basis == s.basis && t.base == s.base && t.quote == s.quote) existing = &t;
        if (existing != nullptr) {
            std::size_t i = 0, j = 0;
            while (i < existing->obs.size() && j < s.obs.size()) {
                auto const& a = existing->obs[i];
                auto const& b = s.obs[j];
                if (a.day < b.day) {
                    ++i;
                } else if (b.day < a.day) {
                    ++j;
                } else {
                    if (!same_value(a, b)) {
                        std::string prior = src.info.origins.empty() ? std::string("the table") : src.info.origins.front();
                        return make_error(err_conflict, origin + ": conflicting " + std::string(basis_noun(s.basis)) + " rate for " +
                                                            s.quote + " per " + s.base + " from " + in.info.id + " on " +
                                                            to_string(from_day_number(a.day)) + ": " +
                                                            detail::format_obs_value(b.coefficient, b.exponent) + " here, " +
                                                            detail::format_obs_value(a.coefficient, a.exponent) + " in " + prior);
                    }
                    ++i;
                    ++j;
                }
            }
        }
        plan.emplace_back(&s, existing);
    }
    std::size_t added = 0;
    for (auto [s, existing] : plan) {
        if (existing == nullptr) {
            src.series.push_back(*s);
            added += s->obs.size();
            continue;
        }
        std::vector<rate_obs> merged;
        merged.reserve(existing->obs.size() + s->obs.size());
        std::size_t i = 0, j = 0;
        while (i < existing->obs.size() || j < s->obs.size()) {
            if (j == s->obs.size() || (i < existing->obs.size() && existing->obs[i].day < s->obs[j].day)) {
                merged.push_back(existing->obs[i++]);
            } else if (i == existing->obs.size() || s->obs[j].day < existing->obs[i].day) {
                merged.push_back(s->obs[j++]);
                ++added;
            } else {
                merged.push_back(existing->obs[i++]);  // same day, same value (checked above)
                ++j;
            }
        }
        existing->obs = std::move(merged);
    }
    for (auto const& o : in.info.origins) src.info.origins.push_back(o);
    for (auto const& r : in.info.retrieved) src.info.retrieved.push_back(r);
    for (auto const& n : in.info.notes)
        if (std::find(src.info.notes.begin(), src.info.notes.end(), n) == src.info.notes.end()) src.info.notes.push_back(n);
    src.reindex();
    return added;
}

rate_table rate_table::builder::build() {
    auto d = std::make_shared<data>();
    if (state_) d->sources = std::move(state_->sources);
    state_ = std::make_unique<state>();
    std::set<std::string> codes;
    for (auto& s : d->sources) {
        s.reindex();
        for (auto const& x : s.series) {
            codes.insert(x.base);
            codes.insert(x.quote);
        }
    }
    d->currencies.assign(codes.begin(), codes.end());
    return rate_table(std::shared_ptr<data const>(std::move(d)));
}

// ---------------------------------------------------------------------------------------------------
// Table queries

bool rate_table::empty() const noexcept { return data_->sources.empty(); }

std::vector<rate_source_info> rate_table::sources() const {
    std::vector<rate_source_info> out;
    for (auto const& s : data_->sources) out.push_back(s.info);
    return out;
}

std::optional<rate_source_data> rate_table::source_data(std::string_view id) const {
    for (auto const& s : data_->sources) {
        if (s.info.id != id) continue;
        auto p = std::make_shared<rate_source_data::impl>();
        p->info = s.info;
        p->series = s.series;
        return rate_source_data(std::shared_ptr<rate_source_data::impl const>(std::move(p)));
    }
    return std::nullopt;
}

std::vector<series_info> rate_table::series() const {
    std::vector<series_info> out;
    for (auto const& src : data_->sources) {
        for (auto const& s : src.series) {
            if (s.obs.empty()) continue;
            out.push_back({src.info.id, s.basis, s.base, s.quote, from_day_number(s.obs.front().day),
                           from_day_number(s.obs.back().day), s.obs.size()});
        }
    }
    return out;
}

std::vector<std::string> rate_table::currencies() const { return data_->currencies; }

namespace {

struct leg_ref {
    series_data const* s;
    bool inverted;
};

/// The series a source needs for base -> quote at one series basis: direct, inverse, or two legs
/// through the source's pivot. Empty when the source cannot make the pair.
std::vector<leg_ref> resolve_legs(table_source const& src, series_basis b, std::string_view base, std::string_view quote) {
    auto one = [&](std::string_view from, std::string_view to) -> std::optional<leg_ref> {
        if (auto const* s = src.find(b, from, to)) return leg_ref{s, false};
        if (auto const* s = src.find(b, to, from)) return leg_ref{s, true};
        return std::nullopt;
    };
    if (auto l = one(base, quote)) return {*l};
    auto const& p = src.info.pivot;
    if (p.empty() || p == base || p == quote) return {};
    auto a = one(base, p);
    auto c = one(p, quote);
    if (!a || !c) return {};
    return {*a, *c};
}

rational leg_value(leg_ref const& l, rate_obs const& o) {
    auto r = detail::to_rational(o);
    return l.inverted ? rational(1) / r : r;
}

std::string series_name(table_source const& src, leg_ref const& l) {
    return src.info.id + " " + std::string(basis_noun(l.s->basis)) + " " + l.s->quote + " per " + l.s->base;
}

/// Index of the last observation on or before `day`, or npos.
std::size_t at_or_before(detail::obs_list const& obs, day_number day) {
    auto it = std::upper_bound(obs.begin(), obs.end(), day, [](day_number d, rate_obs const& o) { return d < o.day; });
    if (it == obs.begin()) return static_cast<std::size_t>(-1);
    return static_cast<std::size_t>(it - obs.begin() - 1);
}

std::vector<std::string> make_path(table_source const& src, std::string_view base, std::string_view quote,
                                   std::vector<leg_ref> const& legs) {
    if (legs.size() == 1) return {std::string(base), std::string(quote)};
    return {std::string(base), src.info.pivot, std::string(quote)};
}

rate_leg describe_leg(table_source const& src, leg_ref const& l, day_number first, day_number last, std::size_t n,
                      rate_obs const* single) {
    rate_leg out;
    out.source = src.info.id;
    out.basis = l.s->basis;
    out.base = l.s->base;
    out.quote = l.s->quote;
    out.inverted = l.inverted;
    out.first = from_day_number(first);
    out.last = from_day_number(last);
    out.observations = n;
    if (single != nullptr) out.published = detail::to_decimal(*single);
    return out;
}

struct source_query {
    table_source const& src;
    std::string_view base;
    std::string_view quote;
    std::chrono::year_month_day on;
    rate_options const& opt;
    /// Month and year: answer only with a published average, never a mean of fixings.
    bool published_only = false;
};

/// Bounds checks shared by day and year-end lookups. `what` names the date for messages.
std::optional<error> check_day_bounds(source_query const& q, std::vector<leg_ref> const& legs, day_number d, std::string const& what) {
    for (auto const& l : legs) {
        if (d < l.s->obs.front().day)
            return make_error(err_before_start, what + " is before the start of " + series_name(q.src, l) + " (" +
                                                    to_string(from_day_number(l.s->obs.front().day)) + ")");
    }
    auto const end = q.src.end[static_cast<std::size_t>(series_basis::daily)];
    if (d > end)
        return make_error(err_after_end, what + " is after the end of " + q.src.info.id + " daily data: no rate after " +
                                             to_string(from_day_number(end)) + std::string(update_hint));
    for (auto const& l : legs) {
        if (d > l.s->obs.back().day)
            return make_error(err_after_end, what + " is after the end of " + series_name(q.src, l) + ": the series ends " +
                                                 to_string(from_day_number(l.s->obs.back().day)) + " (discontinued)");
    }
    return std::nullopt;
}

/// The last day on or before `d` on which every leg has a fixing, at most `max_stale` days back.
result<day_number> common_fixing_day(source_query const& q, std::vector<leg_ref> const& legs, day_number d, std::string const& what) {
    day_number t = d;
    // Clamped so a huge limit cannot overflow day arithmetic; 100 years back is "no limit".
    auto const limit = d - std::min(q.opt.max_stale_days, 36'500);
    while (true) {
        day_number m = t;
        bool all_equal = true;
        for (std::size_t i = 0; i < legs.size(); ++i) {
            auto idx = at_or_before(legs[i].s->obs, t);
            if (idx == static_cast<std::size_t>(-1)) {
                m = limit - 1;
                all_equal = false;
                break;
            }
            auto const day = legs[i].s->obs[idx].day;
            if (i == 0) {
                m = day;
            } else if (day != m) {
                all_equal = false;
                m = std::min(m, day);
            }
        }
        if (m < limit) {
            auto last = at_or_before(legs.front().s->obs, d);
            std::string detail_text =
                legs.size() == 1 && last != static_cast<std::size_t>(-1)
                    ? " (latest earlier " + std::string(fixing_noun(q.src.info)) + " " +
                          to_string(from_day_number(legs.front().s->obs[last].day)) + ")"
                    : "";
            std::string names = series_name(q.src, legs.front());
            if (legs.size() > 1) names += " and " + series_name(q.src, legs.back());
            return make_error(err_gap, "no " + names + " " + std::string(fixing_noun(q.src.info)) + " within " +
                                           std::to_string(q.opt.max_stale_days) +
                                           " days before " + what + detail_text + "; figura never looks ahead or interpolates");
        }
        if (all_equal) return m;
        t = m;
    }
}

result<rate_quote> finish_single_day(source_query const& q, std::vector<leg_ref> const& legs, day_number used, rate_basis basis,
                                     std::string method) {
    rate_quote r;
    r.base = std::string(q.base);
    r.quote = std::string(q.quote);
    r.value = 1;
    r.source = q.src.info.id;
    r.kind = q.src.info.kind;
    r.basis = basis;
    r.requested = q.on;
    r.used_from = r.used_to = from_day_number(used);
    r.method = std::move(method);
    r.path = make_path(q.src, q.base, q.quote, legs);
    for (auto const& l : legs) {
        auto const& o = l.s->obs[at_or_before(l.s->obs, used)];
        r.value *= leg_value(l, o);
        r.legs.push_back(describe_leg(q.src, l, used, used, 1, &o));
    }
    if (legs.size() > 1) r.method += " (cross via " + q.src.info.pivot + " on the same day)";
    return r;
}

/// Why a source cannot answer from daily fixings: it has only period averages or month-end figures
/// for the pair (F-RATE-205), or nothing for it (F-RATE-201).
error no_daily_error(source_query const& q) {
    bool const averages = !resolve_legs(q.src, series_basis::monthly_average, q.base, q.quote).empty() ||
                          !resolve_legs(q.src, series_basis::annual_average, q.base, q.quote).empty();
    bool const month_ends = !resolve_legs(q.src, series_basis::month_end, q.base, q.quote).empty();
    if (averages || month_ends) {
        std::string const has = averages && month_ends ? "period averages and month-end figures"
                                : averages             ? "period averages"
                                                       : "month-end figures";
        std::string const use = averages && month_ends ? "month, year or month_end"
                                : averages             ? "month or year"
                                                       : "month_end";
        return make_error(err_no_basis, q.src.info.id + " has only " + has + " for " + std::string(q.quote) + " per " +
                                            std::string(q.base) + ", no daily fixings (use basis " + use + ")");
    }
    return make_error(err_no_series, q.src.info.id + " has no series for " + std::string(q.quote) + " per " + std::string(q.base));
}

/// The last fixing on or before `d` (at most max_stale_days back) from daily series; `basis` says
/// what was asked (a day, or the last fixing of a year or month).
result<rate_quote> fixing_rate(source_query const& q, std::vector<leg_ref> const& legs, day_number d, rate_basis basis,
                               std::string const& what) {
    if (auto e = check_day_bounds(q, legs, d, what)) return *e;
    auto used = common_fixing_day(q, legs, d, what);
    if (!used) return used.error();
    std::string const noun(fixing_noun(q.src.info));
    std::string method = basis == rate_basis::year_end    ? "year-end " + noun
                         : basis == rate_basis::month_end ? "last " + noun + " of the month ending " + to_string(from_day_number(d))
                                                          : "daily " + noun;
    if (q.src.info.kind == rate_kind::market) method = std::string(market_label) + ": " + method;
    auto r = finish_single_day(q, legs, *used, basis, std::move(method));
    if (r) {
        r->stale_days = d - *used;
        if (r->stale_days > 0) {
            auto const wd = std::chrono::weekday(std::chrono::sys_days(std::chrono::days(d)));
            static constexpr std::array<std::string_view, 7> names{"Sunday", "Monday", "Tuesday", "Wednesday",
                                                                  "Thursday", "Friday", "Saturday"};
            r->method += "; no " + noun + " on " + std::string(names[wd.c_encoding()]) + " " + to_string(from_day_number(d)) +
                         ", used the last earlier " + noun + " of " + to_string(r->used_from) + " (" + std::to_string(r->stale_days) +
                         (r->stale_days == 1 ? " day" : " days") + " earlier)";
        }
        // A month-end counts back from the date asked, not from the month's end.
        if (basis == rate_basis::month_end) r->stale_days = to_day_number(q.on) - *used;
    }
    return r;
}

/// The published end-of-period figure for month-end `m` (a month's last day), crossed through the
/// pivot on that same month-end. Never a neighbouring month's figure: a missing month is an error.
result<rate_quote> month_end_figure(source_query const& q, std::vector<leg_ref> const& legs, day_number m, rate_basis basis) {
    std::string const when = to_string(from_day_number(m));
    for (auto const& l : legs) {
        auto const& obs = l.s->obs;
        if (m < obs.front().day)
            return make_error(err_before_start, when + " is before the start of " + series_name(q.src, l) + " (" +
                                                    to_string(from_day_number(obs.front().day)) + ")");
        if (m > obs.back().day)
            return make_error(err_after_end, when + " is after the end of " + series_name(q.src, l) + ": no rate after " +
                                                 to_string(from_day_number(obs.back().day)) + std::string(update_hint));
        auto idx = at_or_before(obs, m);
        if (obs[idx].day != m)
            return make_error(err_gap, series_name(q.src, l) + " has no figure for " + when +
                                           " (not published); figura never uses another month's figure");
    }
    auto r = finish_single_day(q, legs, m, basis,
                               "month-end figure for " + when + " (end of period, not a daily fixing)");
    // Staleness counts back from the date asked (month-end) or from 31 December (year-end, which
    // is December's figure itself).
    if (r) r->stale_days = basis == rate_basis::month_end ? to_day_number(q.on) - m : 0;
    return r;
}

/// The last day of `d`'s month when `d` is that day, else the last day of the month before: the
/// latest month-end on or before `d` (never a later one).
day_number month_end_on_or_before(std::chrono::year_month_day d) {
    using namespace std::chrono;
    auto const last = year_month_day{year_month_day_last{d.year(), month_day_last{d.month()}}};
    if (last == d) return to_day_number(d);
    return to_day_number(year_month_day{d.year(), d.month(), day{1}}) - 1;
}

result<rate_quote> day_rate(source_query const& q, day_number d, rate_basis basis) {
    auto legs = resolve_legs(q.src, series_basis::daily, q.base, q.quote);
    std::string const what = basis == rate_basis::year_end    ? "year-end " + to_string(from_day_number(d))
                             : basis == rate_basis::month_end ? "month-end " + to_string(from_day_number(d))
                                                              : to_string(from_day_number(d));
    if (basis != rate_basis::day) {
        // A published month-end figure is the value for that day: it answers month-end and year-end.
        auto ends = resolve_legs(q.src, series_basis::month_end, q.base, q.quote);
        if (!ends.empty()) {
            auto r = month_end_figure(q, ends, d, basis);
            if (r || legs.empty()) return r;
        }
    }
    if (legs.empty()) {
        if (basis != rate_basis::day)
            return make_error(err_no_series, q.src.info.id + " has no daily or month-end series for " + std::string(q.quote) +
                                                 " per " + std::string(q.base));
        return no_daily_error(q);
    }
    return fixing_rate(q, legs, d, basis, what);
}

/// "2024-08" for a monthly observation, "2024" for an annual one.
std::string format_period(series_basis b, day_number day) {
    auto const text = to_string(from_day_number(day));
    return b == series_basis::annual_average ? text.substr(0, 4) : b == series_basis::monthly_average ? text.substr(0, 7) : text;
}

struct period {
    day_number start;
    day_number end;  ///< inclusive
    std::string label;  ///< "2021" or "2021-06"
};

period period_of(std::chrono::year_month_day on, rate_basis basis) {
    using namespace std::chrono;
    if (basis == rate_basis::month) {
        auto const first = year_month_day{on.year(), on.month(), day{1}};
        auto const last = year_month_day{year_month_day_last{on.year(), month_day_last{on.month()}}};
        return {to_day_number(first), to_day_number(last), to_string(first).substr(0, 7)};
    }
    auto const first = year_month_day{on.year(), January, day{1}};
    auto const last = year_month_day{on.year(), December, day{31}};
    return {to_day_number(first), to_day_number(last), to_string(first).substr(0, 4)};
}

/// Mean of the same-period published averages (one observation per leg) -> a published quote.
std::optional<rate_quote> published_average(source_query const& q, series_basis sb, period const& p, rate_basis basis) {
    auto legs = resolve_legs(q.src, sb, q.base, q.quote);
    if (legs.empty()) return std::nullopt;
    rate_quote r;
    r.value = 1;
    for (auto const& l : legs) {
        auto idx = at_or_before(l.s->obs, p.start);
        if (idx == static_cast<std::size_t>(-1) || l.s->obs[idx].day != p.start) return std::nullopt;
        auto const& o = l.s->obs[idx];
        r.value *= leg_value(l, o);
        r.legs.push_back(describe_leg(q.src, l, o.day, o.day, 1, &o));
    }
    r.base = std::string(q.base);
    r.quote = std::string(q.quote);
    r.source = q.src.info.id;
    r.kind = q.src.info.kind;
    r.basis = basis;
    r.requested = q.on;
    r.used_from = from_day_number(p.start);
    r.used_to = from_day_number(p.end);
    r.published_average = true;
    r.method = std::string("published ") + std::string(basis_noun(sb)) + " for " + p.label;
    if (legs.size() > 1) r.method += " (cross of published averages via " + q.src.info.pivot + ")";
    r.path = make_path(q.src, q.base, q.quote, legs);
    return r;
}

/// Mean over the period of the per-date rate, from `sb` observations on dates where every leg has
/// one. The period must be covered without a gap longer than the staleness limit (daily) or with
/// every month present (monthly).
result<rate_quote> derived_average(source_query const& q, series_basis sb, period const& p, rate_basis basis) {
    auto legs = resolve_legs(q.src, sb, q.base, q.quote);
    if (legs.empty())
        return make_error(err_no_series, q.src.info.id + " has no " + std::string(basis_noun(sb)) + " series for " +
                                             std::string(q.quote) + " per " + std::string(q.base));
    auto const end = q.src.end[static_cast<std::size_t>(sb)];
    if (p.start > end)
        return make_error(err_after_end, p.label + " is after the end of " + q.src.info.id + " " + std::string(basis_noun(sb)) +
                                             " data: no rate after " + format_period(sb, end) + std::string(update_hint));
    if (p.end > end && !(sb == series_basis::monthly_average && end >= p.end - 30))
        return make_error(err_incomplete, p.label + " is not complete in " + q.src.info.id + " " + std::string(basis_noun(sb)) +
                                              " data (last " + (sb == series_basis::daily ? "fixing " : "month ") +
                                              to_string(from_day_number(end)) + ")");
    // Dates in the period on which every leg has an observation.
    std::vector<std::size_t> pos(legs.size());
    for (std::size_t i = 0; i < legs.size(); ++i) {
        auto const& obs = legs[i].s->obs;
        pos[i] = static_cast<std::size_t>(
            std::lower_bound(obs.begin(), obs.end(), p.start, [](rate_obs const& o, day_number d) { return o.day < d; }) - obs.begin());
    }
    std::vector<day_number> days;
    rational sum = 0;
    // A period range keeps the extreme per-day rates (earliest day on ties) and where they were.
    bool const want_range = q.opt.period_range && sb == series_basis::daily;
    struct extreme {
        rational value;
        std::vector<std::size_t> pos;
    };
    std::optional<extreme> low, high;
    // Fast exact sum for one non-inverted leg: align the decimals on one exponent.
    bool const simple = legs.size() == 1 && !legs[0].inverted;
    boost::multiprecision::cpp_int isum = 0;
    std::int32_t iexp = 0;
    bool first_obs = true;
    while (true) {
        day_number t = 0;
        bool done = false;
        for (std::size_t i = 0; i < legs.size(); ++i) {
            auto const& obs = legs[i].s->obs;
            if (pos[i] >= obs.size() || obs[pos[i]].day > p.end) {
                done = true;
                break;
            }
            t = i == 0 ? obs[pos[i]].day : std::max(t, obs[pos[i]].day);
        }
        if (done) break;
        bool all = true;
        for (std::size_t i = 0; i < legs.size(); ++i) {
            auto const& obs = legs[i].s->obs;
            while (pos[i] < obs.size() && obs[pos[i]].day < t) ++pos[i];
            if (pos[i] >= obs.size() || obs[pos[i]].day != t) all = false;
        }
        if (!all) continue;
        if (t > p.end) break;
        days.push_back(t);
        if (want_range) {
            rational v = 1;
            for (std::size_t i = 0; i < legs.size(); ++i) v *= leg_value(legs[i], legs[i].s->obs[pos[i]]);
            if (!low || v < low->value) low = extreme{v, pos};
            if (!high || v > high->value) high = extreme{v, pos};
        }
        if (simple) {
            auto const& o = legs[0].s->obs[pos[0]];
            boost::multiprecision::cpp_int c = o.coefficient;
            if (first_obs) {
                isum = c;
                iexp = o.exponent;
                first_obs = false;
            } else if (o.exponent >= iexp) {
                isum += c * boost::multiprecision::pow(boost::multiprecision::cpp_int(10), static_cast<unsigned>(o.exponent - iexp));
            } else {
                isum *= boost::multiprecision::pow(boost::multiprecision::cpp_int(10), static_cast<unsigned>(iexp - o.exponent));
                isum += c;
                iexp = o.exponent;
            }
        } else {
            rational v = 1;
            for (std::size_t i = 0; i < legs.size(); ++i) v *= leg_value(legs[i], legs[i].s->obs[pos[i]]);
            sum += v;
        }
        for (auto& x : pos) ++x;
    }
    auto const max_gap = sb == series_basis::daily ? std::min(q.opt.max_stale_days, 36'500) : 31;
    auto gap_error = [&](day_number from, day_number to) {
        std::string names = series_name(q.src, legs.front());
        if (legs.size() > 1) names += " and " + series_name(q.src, legs.back());
        return make_error(err_incomplete, p.label + " is not covered by " + names + ": no " +
                                              (sb == series_basis::daily ? "common fixing" : "average") + " from " +
                                              to_string(from_day_number(from)) + " to " + to_string(from_day_number(to)));
    };
    if (days.empty()) return gap_error(p.start, p.end);
    if (days.front() - p.start > max_gap) return gap_error(p.start, days.front() - 1);
    if (p.end - days.back() > max_gap) return gap_error(days.back() + 1, p.end);
    for (std::size_t i = 1; i < days.size(); ++i)
        if (days[i] - days[i - 1] > max_gap) return gap_error(days[i - 1] + 1, days[i] - 1);
    if (sb == series_basis::monthly_average && basis == rate_basis::year && days.size() != 12)
        return gap_error(p.start, p.end);

    rate_quote r;
    r.base = std::string(q.base);
    r.quote = std::string(q.quote);
    auto const n = static_cast<long long>(days.size());
    if (simple) {
        rational s(isum);
        if (iexp >= 0)
            s *= rational(boost::multiprecision::pow(boost::multiprecision::cpp_int(10), static_cast<unsigned>(iexp)));
        else
            s /= rational(boost::multiprecision::pow(boost::multiprecision::cpp_int(10), static_cast<unsigned>(-iexp)));
        r.value = s / n;
    } else {
        r.value = sum / n;
    }
    r.source = q.src.info.id;
    r.kind = q.src.info.kind;
    r.basis = basis;
    r.requested = q.on;
    r.used_from = from_day_number(days.front());
    r.used_to = from_day_number(days.back());
    r.method = (want_range ? "range of " : "mean of ") + std::to_string(days.size()) + " " +
               (sb == series_basis::daily ? "daily " + std::string(fixing_noun(q.src.info)) + "s" : "published monthly averages") +
               " in " + p.label;
    if (q.src.info.kind == rate_kind::market) r.method = std::string(market_label) + ": " + r.method;
    if (legs.size() > 1) r.method += " (each crossed via " + q.src.info.pivot + " on its own date)";
    r.path = make_path(q.src, q.base, q.quote, legs);
    for (auto const& l : legs) r.legs.push_back(describe_leg(q.src, l, days.front(), days.back(), days.size(), nullptr));
    if (want_range) {
        auto make = [&](extreme const& x) {
            rate_extreme out;
            out.value = x.value;
            out.date = from_day_number(legs.front().s->obs[x.pos.front()].day);
            for (std::size_t i = 0; i < legs.size(); ++i) {
                auto const& o = legs[i].s->obs[x.pos[i]];
                out.legs.push_back(describe_leg(q.src, legs[i], o.day, o.day, 1, &o));
            }
            return out;
        };
        r.range = rate_range{make(*low), make(*high), days.size()};
        r.method += ": lowest " + to_string(r.range->low.date) + ", highest " + to_string(r.range->high.date) + "; value is the mean";
    }
    return r;
}

result<rate_quote> period_rate(source_query const& q, rate_basis basis) {
    auto const p = period_of(q.on, basis);
    auto const published_basis = basis == rate_basis::month ? series_basis::monthly_average : series_basis::annual_average;
    if (q.opt.period_range) {
        // A range needs every day's rate: an average would silently narrow it, so it does not answer.
        if (!resolve_legs(q.src, series_basis::daily, q.base, q.quote).empty()) return derived_average(q, series_basis::daily, p, basis);
        if (!resolve_legs(q.src, series_basis::monthly_average, q.base, q.quote).empty() ||
            !resolve_legs(q.src, series_basis::annual_average, q.base, q.quote).empty())
            return make_error(err_no_basis, q.src.info.id + " has only period averages for " + std::string(q.quote) + " per " +
                                                std::string(q.base) + ", no daily fixings for a period range (without the range option " +
                                                "its published average answers)");
        return make_error(err_no_series, q.src.info.id + " has no series for " + std::string(q.quote) + " per " + std::string(q.base));
    }
    if (auto r = published_average(q, published_basis, p, basis)) return *r;
    if (q.published_only) return make_error(err_no_basis, q.src.info.id + " publishes no average for " + p.label);
    std::optional<error> first_error;
    if (basis == rate_basis::year && !resolve_legs(q.src, series_basis::monthly_average, q.base, q.quote).empty()) {
        auto r = derived_average(q, series_basis::monthly_average, p, basis);
        if (r) return r;
        first_error = r.error();
    }
    if (!resolve_legs(q.src, series_basis::daily, q.base, q.quote).empty()) {
        auto r = derived_average(q, series_basis::daily, p, basis);
        if (r) return r;
        if (!first_error) first_error = r.error();
    }
    if (first_error) return *first_error;
    if (auto legs = resolve_legs(q.src, published_basis, q.base, q.quote); !legs.empty()) {
        day_number last = legs.front().s->obs.back().day;
        for (auto const& l : legs) last = std::min(last, l.s->obs.back().day);
        if (p.start > last)
            return make_error(err_after_end, q.src.info.id + " has no published " + std::string(basis_noun(published_basis)) + " for " +
                                                 std::string(q.quote) + " per " + std::string(q.base) + " after " +
                                                 format_period(published_basis, last) + ": no rate for " + p.label +
                                                 std::string(update_hint));
        return make_error(err_incomplete, q.src.info.id + " has no published " + std::string(basis_noun(published_basis)) + " for " +
                                              std::string(q.quote) + " per " + std::string(q.base) + " in " + p.label);
    }
    return make_error(err_no_series, q.src.info.id + " has no series for " + std::string(q.quote) + " per " + std::string(q.base));
}

result<rate_quote> source_rate(source_query const& q) {
    switch (q.opt.basis) {
        case rate_basis::day: return day_rate(q, to_day_number(q.on), rate_basis::day);
        case rate_basis::year_end:
            return day_rate(q, to_day_number(std::chrono::year_month_day{q.on.year(), std::chrono::December, std::chrono::day{31}}),
                            rate_basis::year_end);
        case rate_basis::month_end: return day_rate(q, month_end_on_or_before(q.on), rate_basis::month_end);
        case rate_basis::month:
        case rate_basis::year: return period_rate(q, q.opt.basis);
    }
    return make_error(err_option, "unknown basis");
}

rate_quote identity_quote(std::string_view code, std::chrono::year_month_day on, rate_basis basis) {
    rate_quote r;
    r.base = r.quote = std::string(code);
    r.value = 1;
    r.basis = basis;
    r.requested = r.used_from = r.used_to = on;
    r.method = "same currency";
    r.path = {std::string(code)};
    return r;
}

rate_quote chain(rate_quote const& a, rate_quote const& b) {
    rate_quote r;
    r.base = a.base;
    r.quote = b.quote;
    r.value = a.value * b.value;
    r.source = a.source + "+" + b.source;
    r.kind = a.kind == rate_kind::market || b.kind == rate_kind::market ? rate_kind::market : rate_kind::official;
    r.basis = a.basis;
    r.requested = a.requested;
    r.used_from = std::min(a.used_from, b.used_from);
    r.used_to = std::max(a.used_to, b.used_to);
    r.stale_days = std::max(a.stale_days, b.stale_days);
    r.published_average = a.published_average && b.published_average;
    r.method = a.base + "->" + a.quote + " from " + a.source + ": " + a.method + "; " + b.base + "->" + b.quote + " from " +
               b.source + ": " + b.method;
    r.path = a.path;
    r.path.insert(r.path.end(), b.path.begin() + 1, b.path.end());
    r.legs = a.legs;
    r.legs.insert(r.legs.end(), b.legs.begin(), b.legs.end());
    return r;
}

}  // namespace

namespace {

struct attempt {
    std::string source;
    result<rate_quote> r;
};

}  // namespace

// Tries each source in order; returns every attempt (successful or not).
static result<std::vector<attempt>> attempts_for(rate_table::data const& d, std::string_view base, std::string_view quote,
                                                 std::chrono::year_month_day on, rate_options const& opt,
                                                 bool published_only = false) {
    std::vector<table_source const*> order;
    if (opt.sources.empty()) {
        // Official sources answer before market indications; otherwise the table's order.
        for (auto const& s : d.sources)
            if (s.info.kind == rate_kind::official) order.push_back(&s);
        for (auto const& s : d.sources)
            if (s.info.kind != rate_kind::official) order.push_back(&s);
    } else {
        for (auto const& name : opt.sources) {
            auto it = std::find_if(d.sources.begin(), d.sources.end(), [&](table_source const& s) { return s.info.id == name; });
            if (it == d.sources.end()) {
                std::string known;
                for (auto const& s : d.sources) known += (known.empty() ? "" : ", ") + s.info.id;
                return make_error(err_unknown_source, "unknown rate source " + detail::quote_text(name) + " (known: " + known + ")");
            }
            order.push_back(&*it);
        }
    }
    std::vector<attempt> out;
    for (auto const* s : order) out.push_back({s->info.id, source_rate(source_query{*s, base, quote, on, opt, published_only})});
    return out;
}

static std::optional<error> validate(rate_table::data const& d, std::string_view base, std::string_view quote,
                                     rate_options const& opt) {
    if (opt.max_stale_days < 0) return make_error(err_option, "max_stale_days must not be negative");
    for (auto c : {base, quote}) {
        if (!std::binary_search(d.currencies.begin(), d.currencies.end(), c))
            return make_error(err_no_series, "no rates for currency " + detail::quote_text(c) +
                                                 (detail::is_rate_currency(c) ? " in any source" : " (not an ISO 4217 code)"));
    }
    return std::nullopt;
}

static error combine_errors(std::string_view base, std::string_view quote, std::chrono::year_month_day on, rate_options const& opt,
                            std::vector<attempt> const& tried) {
    // The most specific failure leads: data that ends too early, then a gap or missing period in
    // data that has the pair, then a source without that basis, then "no series".
    auto rank = [](error const& e) {
        if (e.id == err_after_end) return 0;
        if (e.id == err_no_basis) return 2;
        if (e.id == err_no_series) return 3;
        return 1;
    };
    error const* lead = nullptr;
    for (auto const& a : tried)
        if (!a.r && (lead == nullptr || rank(a.r.error()) < rank(*lead))) lead = &a.r.error();
    error e = lead != nullptr ? *lead : make_error(err_no_series, "no rate sources");
    std::string msg = "no " + std::string(to_string(opt.basis)) + " rate for " + std::string(quote) + " per " + std::string(base) +
                      " on " + to_string(on) + ": ";
    // The refresh hint is said once, at the end.
    bool hint = false;
    for (std::size_t i = 0; i < tried.size(); ++i) {
        if (i > 0) msg += "; ";
        std::string why = tried[i].r.error().message;
        if (auto at = why.find(update_hint); at != std::string::npos) {
            why.erase(at, update_hint.size());
            hint = true;
        }
        msg += tried[i].source + ": " + why;
    }
    if (hint) msg += update_hint;
    e.message = std::move(msg);
    return e;
}

/// The sources before `answered` in the order that have the pair but could not answer.
static std::vector<rate_source_skip> skipped_sources(std::vector<attempt> const& tried, attempt const& answered) {
    std::vector<rate_source_skip> out;
    for (auto const& a : tried) {
        if (&a == &answered) break;
        if (!a.r && a.r.error().id != err_no_series) out.push_back({a.source, a.r.error().message});
    }
    return out;
}

result<std::vector<rate_quote>> rate_table::rates(std::string_view base, std::string_view quote, std::chrono::year_month_day on,
                                                  rate_options const& opt) const {
    if (auto e = validate(*data_, base, quote, opt)) return *e;
    if (base == quote) return std::vector<rate_quote>{identity_quote(base, on, opt.basis)};
    if (opt.published_first && (opt.basis == rate_basis::month || opt.basis == rate_basis::year) && !opt.period_range) {
        // The published averages alone first: averaging a year of daily fixings (crossed through a
        // pivot, in exact rationals) costs more than the rest of a look-up, and is not wanted then.
        auto published = attempts_for(*data_, base, quote, on, opt, true);
        if (!published) return published.error();
        std::vector<rate_quote> out;
        for (auto& a : *published)
            if (a.r) out.push_back(std::move(*a.r));
        if (!out.empty()) return out;
    }
    auto tried = attempts_for(*data_, base, quote, on, opt);
    if (!tried) return tried.error();
    std::vector<rate_quote> out;
    for (auto& a : *tried)
        if (a.r) out.push_back(std::move(*a.r));
    if (out.empty() && opt.chain_sources) {
        auto one = rate(base, quote, on, opt);
        if (one) out.push_back(std::move(*one));
        else return one.error();
    }
    if (out.empty()) return combine_errors(base, quote, on, opt, *tried);
    return out;
}

result<rate_quote> rate_table::rate(std::string_view base, std::string_view quote, std::chrono::year_month_day on,
                                    rate_options const& opt) const {
    if (auto e = validate(*data_, base, quote, opt)) return *e;
    if (base == quote) return identity_quote(base, on, opt.basis);
    auto tried = attempts_for(*data_, base, quote, on, opt);
    if (!tried) return tried.error();
    bool const period = opt.basis == rate_basis::month || opt.basis == rate_basis::year;
    bool const prefer_published = opt.sources.empty() && period && !opt.period_range;
    auto answer = [&](attempt& a) {
        a.r->skipped = skipped_sources(*tried, a);
        return std::move(a.r);
    };
    if (prefer_published)
        for (auto& a : *tried)
            if (a.r && a.r->published_average) return answer(a);
    for (auto& a : *tried)
        if (a.r) return answer(a);
    // A period range is one source's daily fixings; a chain of two sources' ranges is not one.
    if (opt.chain_sources && !(period && opt.period_range)) {
        // No single source has both: go through USD or EUR with two sources, each on the same basis.
        rate_options single = opt;
        single.chain_sources = false;
        // A leg that has data but cannot answer (a gap, the data's end) is why the chain failed: say it.
        std::optional<error> leg_failure;
        for (std::string_view pivot : {"USD", "EUR"}) {
            if (pivot == base || pivot == quote) continue;
            if (!std::binary_search(data_->currencies.begin(), data_->currencies.end(), pivot)) continue;
            auto a = rate(base, pivot, on, single);
            if (!a) {
                if (!leg_failure && a.error().id != err_no_series) leg_failure = a.error();
                continue;
            }
            auto b = rate(pivot, quote, on, single);
            if (!b) {
                if (!leg_failure && b.error().id != err_no_series) leg_failure = b.error();
                continue;
            }
            return chain(*a, *b);
        }
        // Only when no source has the pair itself: otherwise the direct reason already says it.
        error e = combine_errors(base, quote, on, opt, *tried);
        if (leg_failure && e.id == err_no_series) {
            e.id = leg_failure->id;
            std::string leg = leg_failure->message;
            bool const hint = leg.ends_with(update_hint);
            if (hint && e.message.ends_with(update_hint)) leg.erase(leg.size() - update_hint.size());
            e.message += "; through another currency: " + leg;
            return e;
        }
    }
    return combine_errors(base, quote, on, opt, *tried);
}

result<conversion> rate_table::convert(interval const& amount, std::string_view from, std::string_view to,
                                       std::chrono::year_month_day on, rate_options const& opt, bool all_sources) const {
    std::vector<rate_quote> quotes;
    if (all_sources) {
        auto r = rates(from, to, on, opt);
        if (!r) return r.error();
        quotes = std::move(*r);
    } else {
        auto r = rate(from, to, on, opt);
        if (!r) return r.error();
        quotes.push_back(std::move(*r));
    }
    conversion c;
    c.from = std::string(from);
    c.to = std::string(to);
    c.amount = amount;
    auto low_of = [](rate_quote const& q) -> rational const& { return q.range ? q.range->low.value : q.value; };
    auto high_of = [](rate_quote const& q) -> rational const& { return q.range ? q.range->high.value : q.value; };
    c.rate_low = low_of(quotes.front());
    c.rate_high = high_of(quotes.front());
    for (auto const& q : quotes) {
        c.rate_low = std::min(c.rate_low, low_of(q));
        c.rate_high = std::max(c.rate_high, high_of(q));
    }
    // Rates are positive, so each end moves with the rate that pushes it outward.
    if (amount.lower) {
        auto const v = to_rational(amount.lower->value);
        c.value.lower = exact_bound{v * (v >= 0 ? c.rate_low : c.rate_high), amount.lower->closed};
    }
    if (amount.upper) {
        auto const v = to_rational(amount.upper->value);
        c.value.upper = exact_bound{v * (v >= 0 ? c.rate_high : c.rate_low), amount.upper->closed};
    }
    c.rates = std::move(quotes);
    return c;
}

}  // namespace figura
