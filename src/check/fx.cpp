// fx.conversion, fx.basis, fx.unverifiable: stated conversions `A (B)` against dated rates.
//
// Writers convert at a nearby day's bank rate and round, so a conversion is read as written (the
// converted amount at its last significant digit, the source amount at its stated precision) and
// agrees when some published rate of the week up to its date, or of the figure's own period, lies
// within a relative tolerance of the rates those written figures allow.
#include <algorithm>
#include <map>
#include <span>

#include "check/context.hpp"
#include "figura/rates.hpp"
#include "parse/units.hpp"

namespace figura::detail::check {
namespace {

using boost::multiprecision::cpp_int;

rational pow10(std::int32_t e) {
    rational const p{boost::multiprecision::pow(cpp_int{10}, static_cast<unsigned>(e < 0 ? -e : e))};
    return e < 0 ? rational{1} / p : p;
}

rational to_rational(decimal const& d) { return rational{d.coefficient()} * pow10(d.exponent()); }

exact_interval to_exact(interval const& i) {
    exact_interval out;
    if (i.lower) out.lower = exact_bound{to_rational(i.lower->value), i.lower->closed};
    if (i.upper) out.upper = exact_bound{to_rational(i.upper->value), i.upper->closed};
    return out;
}

// An amount in figures' own style: 13.79bn, 250.5m, 1,234.
std::string amount_text(rational const& v, rational const& scale_of, rounding_mode mode) {
    struct scale { char const* word; int power; };
    static constexpr scale scales[] = {{"tn", 12}, {"bn", 9}, {"m", 6}};
    rational const mag = scale_of < 0 ? rational{-scale_of} : scale_of;
    for (auto const& s : scales) {
        rational const unit = pow10(s.power);
        if (mag >= unit) return round_rational(v / unit, -2, mode).normalized().to_string() + s.word;
    }
    return round_rational(v, -2, mode).normalized().to_string();
}

std::string interval_text(exact_interval const& i, rational const& scale_of) {
    if (i.lower && i.upper && i.lower->value == i.upper->value) return amount_text(i.lower->value, scale_of, rounding_mode::half_even);
    std::string out = i.lower ? (i.lower->closed ? "[" : "(") + amount_text(i.lower->value, scale_of, rounding_mode::floor) : "(-inf";
    out += ", ";
    out += i.upper ? amount_text(i.upper->value, scale_of, rounding_mode::ceiling) + (i.upper->closed ? "]" : ")") : "+inf)";
    return out;
}

// A rate in one direction: `to` per one `from`, or (inverted) `from` per one `to`.
std::string rate_in(rational const& quote_per_base, std::string const& base, std::string const& quote, bool inverted) {
    rational const shown = inverted ? rational{1} / quote_per_base : quote_per_base;
    std::string const unit = inverted ? " " + base + " per " + quote : " " + quote + " per " + base;
    return round_rational(shown, -4, rounding_mode::half_even).normalized().to_string() + unit;
}

// A rate the way people quote it: the side that makes the number at least 1 (7.2512 CNY per USD).
std::string rate_text(rational const& quote_per_base, std::string const& base, std::string const& quote) {
    return rate_in(quote_per_base, base, quote, quote_per_base > 0 && quote_per_base < 1);
}

// Lowest to highest in one quoted direction: `6.4488 .. 6.4508 CNY per USD`.
std::string rate_range_text(rational const& low, rational const& high, std::string const& base, std::string const& quote) {
    if (low == high) return rate_text(low, base, quote);
    bool const inverted = high > 0 && high < 1;
    std::string const a = rate_in(inverted ? high : low, base, quote, inverted);
    return a.substr(0, a.find(' ')) + " .. " + rate_in(inverted ? low : high, base, quote, inverted);
}

// "+8.3%", "-0.4%", "0%"; a deviation too small for one decimal is "<0.1%", never a misleading 0.
std::string percent_text(rational const& d) {
    if (d == 0) return "0%";
    rational const mag = d < 0 ? rational{-d} : d;
    decimal const shown = round_rational(mag * 100, -1, rounding_mode::half_even);
    std::string const sign = d < 0 ? "-" : "+";
    if (shown.is_zero()) return sign + "<0.1%";
    return sign + shown.to_string() + "%";
}

rational magnitude(rational const& r) { return r < 0 ? rational{-r} : r; }

std::string date_text(calendar_date d) { return figura::to_string(d); }

// ---------------------------------------------------------------------------------------------------
// Readings of the written figures.

/// A figure of a conversion as the check reads it: an interval per written number (the value, or a
/// range's two ends) and in words which reading that was.
struct reading {
    std::vector<exact_interval> ends;
    exact_interval whole;  ///< from the first end's lower bound to the last end's upper bound
    std::string words;
};

// The source amount keeps its stated precision: a scale word's digits (`1,5 tỷ` is [1.45, 1.55) tỷ),
// an integer or decimal without one is exact (`200.000 USD`).
exact_interval amount_end(figure_value const& v) {
    if (v.bounds.lower && v.bounds.upper) return to_exact(v.bounds);
    return to_exact(interval::point(v.value));
}

// The converted amount is rounded by the writer: read at its last significant digit, integers too
// (`415 USD` is [414.5, 415.5), `15.400 USD` is [15350, 15450), `$13.80` is [13.795, 13.805)); with a
// scale word its digits count,
// trailing zeros included, as everywhere else (`100 triệu USD` is [99.5, 100.5) triệu).
exact_interval stated_end(figure_value const& v) {
    if (!v.exact || v.value.is_zero()) return amount_end(v);
    rational const x = to_rational(v.value);
    // A decimal's written places all count (`$13.80`); an integer's trailing zeros do not (`13,800`).
    auto const last = v.value.exponent() < 0 ? v.value.exponent() : v.value.normalized().exponent();
    rational const half = pow10(last) / 2;
    return {exact_bound{x - half, true}, exact_bound{x + half, false}};
}

std::string_view qualifier_words(qualifier q) {
    switch (q) {
    case qualifier::exact: return "";
    case qualifier::approx: return "about";
    case qualifier::lt: return "less than";
    case qualifier::le: return "up to";
    case qualifier::gt: return "more than";
    case qualifier::ge: return "at least";
    }
    return "";
}

reading read_amount(figure const& f) {
    reading r;
    r.ends.push_back(amount_end(f.written));
    if (f.range_high) r.ends.push_back(amount_end(*f.range_high));
    r.whole = {r.ends.front().lower, r.ends.back().upper};
    bool const exact = f.written.exact && (!f.range_high || f.range_high->exact);
    r.words = exact ? "exact as written" : "its stated precision";
    // `lên tới 80 tỷ nhân dân tệ (11 tỷ USD)`: the qualifier bounds the claim, not the conversion.
    if (f.qual != qualifier::exact) r.words += "; `" + std::string(qualifier_words(f.qual)) + "` bounds the claim, not the conversion";
    return r;
}

reading read_stated(figure const& f) {
    reading r;
    r.ends.push_back(stated_end(f.written));
    if (f.range_high) r.ends.push_back(stated_end(*f.range_high));
    bool const scaled = !f.written.exact;
    r.words = scaled ? "its stated precision" : "its last significant digit";
    switch (f.qual) {
    case qualifier::exact: break;
    case qualifier::approx: r.words += "; `about` adds nothing beyond the tolerance"; break;
    case qualifier::gt:
    case qualifier::ge:
        // `(hơn 6,7 tỉ USD)`: beyond the written value, no upper end.
        r.ends = {exact_interval{exact_bound{to_rational(f.written.value), f.qual == qualifier::ge}, std::nullopt}};
        r.words += "; `" + std::string(qualifier_words(f.qual)) + "` leaves it open above";
        break;
    case qualifier::lt:
    case qualifier::le:
        r.ends = {exact_interval{exact_bound{rational{0}, true},
                                 exact_bound{to_rational((f.range_high ? *f.range_high : f.written).value), f.qual == qualifier::le}}};
        r.words += "; `" + std::string(qualifier_words(f.qual)) + "` leaves it open below";
        break;
    }
    r.whole = {r.ends.front().lower, r.ends.back().upper};
    return r;
}

// The rates (`to` per `from`) at which `amount` times the rate overlaps `stated`: for a positive rate
// r, r * amount overlaps stated iff stated.lower / amount.upper <= r <= stated.upper / amount.lower
// (strict where an end involved is open); an end is missing when unbounded.
exact_interval implied_band(exact_interval const& amount, exact_interval const& stated) {
    exact_interval band;
    if (stated.lower && stated.lower->value > 0 && amount.upper && amount.upper->value > 0)
        band.lower = exact_bound{stated.lower->value / amount.upper->value, stated.lower->closed && amount.upper->closed};
    // An unbounded amount makes every positive rate reach the stated lower end.
    if (!band.lower) band.lower = exact_bound{rational{0}, false};
    if (stated.upper && amount.lower && amount.lower->value > 0)
        band.upper = exact_bound{stated.upper->value / amount.lower->value, stated.upper->closed && amount.lower->closed};
    return band;
}

/// The bands a rate must meet: one per pair of ends (a range converted as a range), else one for
/// the whole figures.
std::vector<exact_interval> bands_of(reading const& a, reading const& b) {
    std::vector<exact_interval> out;
    if (a.ends.size() == b.ends.size()) {
        for (std::size_t i = 0; i < a.ends.size(); ++i) out.push_back(implied_band(a.ends[i], b.ends[i]));
    } else {
        out.push_back(implied_band(a.whole, b.whole));
    }
    return out;
}

// How far the stated figure lies from the amount converted at `rate`, relative: 0 inside every band,
// else the gap to the nearest edge of the worst band (positive: the stated figure is higher).
rational deviation_at(rational const& rate, std::vector<exact_interval> const& bands) {
    rational worst{0};
    if (rate <= 0) return worst;
    for (auto const& b : bands) {
        rational d{0};
        if (b.lower && rate < b.lower->value) d = b.lower->value / rate - 1;
        else if (b.upper && rate > b.upper->value) d = b.upper->value / rate - 1;
        if (magnitude(d) > magnitude(worst)) worst = d;
    }
    return worst;
}

// ---------------------------------------------------------------------------------------------------
// Rates.

/// One admissible basis and what its rates gave.
struct basis_try {
    std::string label;        ///< "2021 average", "publication date 2025-01-29"
    bool own = false;         ///< the figure's own date (else the publication date)
    rate_basis basis = rate_basis::day;
    calendar_date first{}, last{};  ///< the days whose rates were tried
    /// Every rate tried, in order (the day itself first); pointers into `context::rate_cache`, whose
    /// map nodes never move, so that an article's many conversions copy no quote they do not report.
    std::vector<rate_quote const*> quotes;
    std::vector<std::string> failures;  ///< why a rate was missing
    rational low, high;                 ///< the lowest and highest rate (`to` per one `from`)
    exact_interval value;               ///< the amount converted at every rate
    std::optional<std::size_t> closest;
    rational deviation{0};
    bool fits = false;

    [[nodiscard]] bool has_rate() const noexcept { return !quotes.empty(); }
    /// Only the official dong bracket, no market indication, judged it: writers in 2024-2026 often
    /// convert at the market rate, some percent above the official one, so it judges only roughly.
    [[nodiscard]] bool bracket_only() const noexcept {
        bool bracket = false;
        for (auto const* q : quotes) {
            if (q->kind == rate_kind::market) return false;
            bracket = bracket || q->basis == rate_basis::month_end;
        }
        return bracket;
    }
};

/// Every source's rate for the key; with `published_first`, a period's published averages alone
/// when some source publishes one (for callers that would drop the means of fixings).
std::vector<rate_quote> const* lookup(context& c, std::string const& from, std::string const& to, calendar_date on,
                                      rate_basis basis, int stale, std::string* why, bool published_first = false) {
    context::rate_key key{from, to, basis, static_cast<int>(on.year()), static_cast<unsigned>(on.month()), static_cast<unsigned>(on.day()),
                          stale, published_first};
    auto it = c.rate_cache.find(key);
    if (it == c.rate_cache.end()) {
        rate_options ro;
        ro.basis = basis;
        ro.max_stale_days = stale;
        ro.published_first = published_first;
        ro.sources = c.options.rate_sources;
        it = c.rate_cache.emplace(std::move(key), c.rates.rates(from, to, on, ro)).first;
    }
    if (!it->second) {
        if (why) *why = it->second.error().message;
        return nullptr;
    }
    return &*it->second;
}

void add_quotes(basis_try& t, std::span<rate_quote const> qs) {
    for (auto const& q : qs) {
        bool const seen = std::any_of(t.quotes.begin(), t.quotes.end(), [&](rate_quote const* o) {
            return o->source == q.source && o->used_from == q.used_from && o->used_to == q.used_to && o->basis == q.basis;
        });
        if (!seen) t.quotes.push_back(&q);
    }
}

// Converts the amount at every rate of the try and finds the rate closest to the bands.
void score(basis_try& t, exact_interval const& amount, std::vector<exact_interval> const& bands, rational const& tolerance) {
    t.closest.reset();
    t.deviation = 0;
    t.fits = false;
    if (t.quotes.empty()) return;
    t.low = t.high = t.quotes.front()->value;
    for (auto const* q : t.quotes) {
        if (q->value < t.low) t.low = q->value;
        if (q->value > t.high) t.high = q->value;
    }
    // Rates are positive, so each end of the amount moves with the rate that pushes it outward.
    t.value = {};
    if (amount.lower) t.value.lower = exact_bound{amount.lower->value * t.low, amount.lower->closed};
    if (amount.upper) t.value.upper = exact_bound{amount.upper->value * t.high, amount.upper->closed};
    if (bands.size() == 1) {
        // One band: a rate inside it is exact; else the closest lies just below or just above it
        // (the deviation grows with the distance on each side), so two divisions decide.
        auto const& b = bands.front();
        std::optional<std::size_t> below, above;
        for (std::size_t i = 0; i < t.quotes.size(); ++i) {
            rational const& x = t.quotes[i]->value;
            if (b.lower && x < b.lower->value) {
                if (!below || x > t.quotes[*below]->value) below = i;
            } else if (b.upper && x > b.upper->value) {
                if (!above || x < t.quotes[*above]->value) above = i;
            } else {
                t.closest = i;  // ties keep the earlier rate: the day itself before the days before it
                t.fits = true;
                return;
            }
        }
        for (auto i : {below, above}) {
            if (!i) continue;
            rational const d = deviation_at(t.quotes[*i]->value, bands);
            if (!t.closest || magnitude(d) < magnitude(t.deviation)) {
                t.deviation = d;
                t.closest = i;
            }
        }
    } else {
        for (std::size_t i = 0; i < t.quotes.size(); ++i) {
            rational const d = deviation_at(t.quotes[i]->value, bands);
            if (!t.closest || magnitude(d) < magnitude(t.deviation)) {
                t.deviation = d;
                t.closest = i;
            }
        }
    }
    t.fits = magnitude(t.deviation) <= tolerance;
}

// The official dong rate of a day lies between the State Bank's month-ends around it. For a month
// with no published monthly average (the IMF's ends before its month-end figures do), the month-end
// of the day's month and of the month before bracket the official VND per USD rate; any rate in that
// range is admissible, crossed through USD for another currency at the official rate of the day (else
// of its month). Market indications stay separate quotes: the bracket is official only.
struct usd_leg {
    rational usd_per_other;        ///< 1 for USD itself
    rate_quote const* q = nullptr;  ///< the quote it came from, none for USD
};

std::optional<rate_quote const*> month_end_vnd(context& c, calendar_date month_end) {
    auto const* qs = lookup(c, "USD", "VND", month_end, rate_basis::month_end, 0, nullptr);
    if (!qs) return std::nullopt;
    for (auto const& q : *qs)
        if (q.kind == rate_kind::official && q.used_from == month_end) return &q;
    return std::nullopt;
}

void add_official_bracket(context& c, basis_try& t, std::string const& from, std::string const& to, calendar_date day,
                          std::vector<exact_interval> const& bands) {
    bool const from_vnd = from == "VND";
    if (!from_vnd && to != "VND") return;
    std::string const& other = from_vnd ? to : from;
    calendar_date const month_start = day.year() / day.month() / std::chrono::day{1};
    if (auto const* avg = lookup(c, "USD", "VND", month_start, rate_basis::month, c.options.max_stale_days, nullptr, true))
        if (std::any_of(avg->begin(), avg->end(), [](rate_quote const& q) { return q.published_average && q.kind == rate_kind::official; }))
            return;
    calendar_date const own_end{std::chrono::year_month_day_last{day.year() / day.month() / std::chrono::last}};
    calendar_date const prev_end = std::chrono::sys_days{month_start} - std::chrono::days{1};
    std::vector<rate_quote const*> ends;
    for (calendar_date const e : {prev_end, own_end})
        if (auto q = month_end_vnd(c, e)) ends.push_back(*q);
    if (ends.empty()) return;
    rational lo = ends.front()->value, hi = lo;
    for (auto const* e : ends) {
        lo = std::min(lo, e->value);
        hi = std::max(hi, e->value);
    }
    std::vector<usd_leg> legs;
    if (other == "USD") {
        legs.push_back({rational{1}, nullptr});
    } else {
        // The other currency's official rate against USD: the day's, else its month's average.
        for (auto basis : {rate_basis::day, rate_basis::month}) {
            auto const* qs = lookup(c, other, "USD", basis == rate_basis::day ? day : month_start, basis, c.options.max_stale_days, nullptr);
            if (!qs) continue;
            for (auto const& q : *qs)
                if (q.kind == rate_kind::official && q.value > 0) legs.push_back({q.value, &q});
            if (!legs.empty()) break;
        }
    }
    for (auto const& leg : legs) {
        // `to` per one `from` at the bracket's two ends.
        rational const a = from_vnd ? rational{1} / (leg.usd_per_other * hi) : leg.usd_per_other * lo;
        rational const b = from_vnd ? rational{1} / (leg.usd_per_other * lo) : leg.usd_per_other * hi;
        // Every rate in [a, b] is admissible: the one nearest the written figures stands for it.
        rational best = a;
        auto consider = [&](rational const& x) {
            rational const r = x < a ? a : (x > b ? b : x);
            if (magnitude(deviation_at(r, bands)) < magnitude(deviation_at(best, bands))) best = r;
        };
        consider(b);
        for (auto const& band : bands) {
            if (band.lower) consider(band.lower->value);
            if (band.upper) consider(band.upper->value);
        }
        rate_quote q;
        q.base = from;
        q.quote = to;
        q.value = best;
        q.source = leg.q ? leg.q->source + "+" + ends.front()->source : ends.front()->source;
        q.kind = rate_kind::official;
        q.basis = rate_basis::month_end;
        q.requested = day;
        q.used_from = ends.front()->used_from;
        q.used_to = ends.back()->used_from;
        q.method = "official rate bracket: no published monthly average of VND per USD for " + date_text(month_start).substr(0, 7);
        q.method += ends.size() == 2 ? ", so any rate between the month-end figures for " + date_text(prev_end) + " (" +
                                           rate_text(ends.front()->value, "USD", "VND") + ") and " + date_text(own_end) + " (" +
                                           rate_text(ends.back()->value, "USD", "VND") + ") (" + ends.front()->source + ")"
                                     : ", and of the month-end figures around it only " + date_text(ends.front()->used_from) + " (" +
                                           rate_text(lo, "USD", "VND") + ", " + ends.front()->source + ")";
        if (leg.q) q.method += "; " + other + "->USD from " + leg.q->source + ": " + leg.q->method;
        q.method += "; " + rate_text(best, from, to) + " here";
        if (leg.q) q.legs = leg.q->legs;
        for (auto const* e : ends) q.legs.insert(q.legs.end(), e->legs.begin(), e->legs.end());
        q.path = leg.q ? std::vector<std::string>{from, "USD", to} : std::vector<std::string>{from, to};
        add_quotes(t, std::span<rate_quote const>(&c.composed_rates.emplace_back(std::move(q)), 1));
    }
}

// A day: its rate, and when that does not fit exactly the published rates of the week up to it
// (writers use a nearby day's rate), every source. A pair no source fixes daily falls back on the
// month's averages.
basis_try try_week(context& c, std::string const& from, std::string const& to, calendar_date day, std::string label, bool own,
                   exact_interval const& amount, std::vector<exact_interval> const& bands, rational const& tolerance) {
    basis_try t;
    t.label = std::move(label);
    t.own = own;
    t.basis = rate_basis::day;
    t.first = t.last = day;
    std::string why;
    // The day itself may use an older fixing (weekends); the other days only their own.
    if (auto const* qs = lookup(c, from, to, day, rate_basis::day, c.options.max_stale_days, &why)) add_quotes(t, *qs);
    else t.failures.push_back(why);
    score(t, amount, bands, tolerance);
    if (t.has_rate() && t.deviation == 0) return t;
    if (t.has_rate()) {
        t.first = std::chrono::sys_days{day} - std::chrono::days{6};
        for (int k = 1; k < 7; ++k) {
            calendar_date const d = std::chrono::sys_days{day} - std::chrono::days{k};
            if (auto const* qs = lookup(c, from, to, d, rate_basis::day, 0, nullptr)) add_quotes(t, *qs);
        }
    } else {
        calendar_date const month_start = day.year() / day.month() / std::chrono::day{1};
        if (auto const* qs = lookup(c, from, to, month_start, rate_basis::month, c.options.max_stale_days, &why)) {
            add_quotes(t, *qs);
            t.basis = rate_basis::month;
            t.first = month_start;
            t.last = std::chrono::year_month_day_last{day.year() / day.month() / std::chrono::last};
        } else if (std::find(t.failures.begin(), t.failures.end(), why) == t.failures.end()) {
            t.failures.push_back(why);
        }
    }
    add_official_bracket(c, t, from, to, day, bands);
    if (t.has_rate()) t.failures.clear();
    score(t, amount, bands, tolerance);
    return t;
}

// A month or a year: its published averages (a mean of daily fixings when no source publishes one);
// a quarter or half: every month's.
basis_try try_period(context& c, std::string const& from, std::string const& to, calendar_date first, calendar_date last,
                     rate_basis basis, std::string label, exact_interval const& amount, std::vector<exact_interval> const& bands,
                     rational const& tolerance) {
    basis_try t;
    t.label = std::move(label);
    t.own = true;
    t.basis = basis;
    t.first = first;
    t.last = basis == rate_basis::year ? first.year() / std::chrono::December / std::chrono::day{31}
                                       : calendar_date{std::chrono::year_month_day_last{last.year() / last.month() / std::chrono::last}};
    for (calendar_date d = first; d <= last;) {
        std::string why;
        // Only published averages when some source has one: the means of fixings would be dropped.
        auto const* qs = lookup(c, from, to, d, basis, c.options.max_stale_days, &why, true);
        if (!qs) {
            t.failures.push_back(why);
            t.quotes.clear();
            return t;
        }
        // A period's published averages (Fed, IMF) are the figures writers quote; a source's mean of
        // its own daily fixings stands in only when no source publishes one (as `rate_table::rate`).
        bool const published = std::any_of(qs->begin(), qs->end(), [](rate_quote const& q) { return q.published_average; });
        for (auto const& q : *qs)
            if (q.published_average || !published) add_quotes(t, std::span<rate_quote const>(&q, 1));
        if (basis != rate_basis::month) break;
        d = (d.year() / d.month() + std::chrono::months{1}) / std::chrono::day{1};
    }
    score(t, amount, bands, tolerance);
    return t;
}

struct verdict {
    /// `stale`: no rate of the week, and the latest older rate is further off than a tolerance
    /// widened by its age (an `fx.conversion` warning).
    enum kind { ok, basis_note, mismatch, unverifiable, stale } what = ok;
    std::vector<basis_try> tries;
    std::optional<std::size_t> best;  ///< the try with the smallest |deviation|
    rational stale_tolerance{0};      ///< for `stale`: the widened tolerance
};

// How far back a conversion with no rate of its week is still held against the latest rate, and
// how much wider the tolerance grows with that rate's age: a point per started 30 days, at least
// three (a currency can move that much in a few weeks). A conversion further off than that was not
// made at any rate near its date.
constexpr int stale_window_days = 120;
constexpr int stale_percent_per_month = 1;
constexpr int stale_percent_least = 3;

struct conversion_site {
    site const* a = nullptr;  ///< the amount (`Rmb100bn`)
    site const* b = nullptr;  ///< its stated equivalent (`$14bn`)
    std::string from, to;
    reading amount, stated;
    verdict v;
    /// A price restated per another unit of mass (`USD/ounce` as `đồng/lượng`): the factor's words,
    /// `1 lượng (37.5 g) = 1.2057 troy ounce (31.1034768 g)`; empty when both are per the same unit.
    std::string unit;
};

// `71 USD/ounce` restated as `2,26 triệu đồng/lượng`: the amount per one unit of the restatement
// (times grams of B's unit over grams of A's), and the factor in words. Unset for units that are not
// both masses.
std::optional<std::string> restate_per_unit(reading& amount, figure const& a, figure const& b) {
    auto const ua = mass_unit_of(a.per);
    auto const ub = mass_unit_of(b.per);
    if (!ua || !ub) return std::nullopt;
    rational const factor = to_rational(ub->grams) / to_rational(ua->grams);
    auto const scale = [&](exact_interval& i) {
        if (i.lower) i.lower->value *= factor;
        if (i.upper) i.upper->value *= factor;
    };
    for (auto& e : amount.ends) scale(e);
    scale(amount.whole);
    std::string words = "1 " + std::string(ub->name) + " (" + ub->grams.normalized().to_string() + " g) = " +
                        round_rational(factor, -4, rounding_mode::half_even).normalized().to_string() + " " + std::string(ua->name) +
                        " (" + ua->grams.normalized().to_string() + " g)";
    amount.words += "; per " + std::string(ub->name) + ": " + words;
    return words;
}

interval amount_interval(figure const& f) {
    figure_value const& high = f.range_high ? *f.range_high : f.written;
    interval out;
    out.lower = f.written.bounds.lower ? f.written.bounds.lower : bound{f.written.value, true};
    out.upper = high.bounds.upper ? high.bounds.upper : bound{high.value, true};
    return out;
}

verdict judge(context& c, conversion_site const& cs) {
    verdict out;
    exact_interval const& amount = cs.amount.whole;
    auto const bands = bands_of(cs.amount, cs.stated);
    rational const tolerance = to_rational(c.options.fx_tolerance);
    // The date of the pair: the amount's, else its equivalent's.
    date_mention const* m = cs.a->date ? cs.a->date : cs.b->date;
    if (m && m->resolved) {
        auto const& r = *m->resolved;
        // A period that holds the publication date (`this year`, the day itself) is not a historical
        // basis; one after it (`by 2026`) is a deadline, not when the amount was converted.
        bool const current_or_future = c.publication && r.last >= *c.publication;
        if (!current_or_future) {
            auto const label = period_label(*m);
            switch (m->granularity) {
            case date_granularity::year:
                out.tries.push_back(try_period(c, cs.from, cs.to, r.first, r.first, rate_basis::year, label + " average", amount, bands, tolerance));
                break;
            case date_granularity::month:
                out.tries.push_back(try_period(c, cs.from, cs.to, r.first, r.first, rate_basis::month, label + " average", amount, bands, tolerance));
                break;
            case date_granularity::day:
                out.tries.push_back(try_week(c, cs.from, cs.to, r.first, label + " fixing", true, amount, bands, tolerance));
                break;
            default:
                out.tries.push_back(
                    try_period(c, cs.from, cs.to, r.first, r.last, rate_basis::month, label + " monthly averages", amount, bands, tolerance));
                break;
            }
        }
    }
    if (c.publication) {
        out.tries.push_back(try_week(c, cs.from, cs.to, *c.publication, "publication date " + date_text(*c.publication), false, amount,
                                     bands, tolerance));
    } else {
        // Without it one admissible basis is untried: never an error on the other alone.
        basis_try t;
        t.label = "publication date";
        t.failures.push_back("the publication date is unknown");
        out.tries.push_back(std::move(t));
    }

    bool any_missing = false;
    basis_try const* own = nullptr;
    basis_try const* pub = nullptr;
    for (std::size_t i = 0; i < out.tries.size(); ++i) {
        auto const& t = out.tries[i];
        if (!t.has_rate()) {
            any_missing = true;
            continue;
        }
        (t.own ? own : pub) = &t;
        if (!out.best || magnitude(t.deviation) < magnitude(out.tries[*out.best].deviation)) out.best = i;
    }
    if (!out.best) {
        out.what = verdict::unverifiable;
        // The installed rates end before the date (or the source paused): the latest rate of the
        // last few months still judges a conversion that no recent rate could explain.
        std::optional<calendar_date> on = c.publication;
        if (!on && m && m->resolved && m->granularity == date_granularity::day) on = m->resolved->first;
        if (on) {
            calendar_date const day = *on;
            // A source answers no day past the end of its data: step back a week at a time to the
            // first week with a rate, then forward to its latest day.
            auto const back = [&](int k) { return calendar_date{std::chrono::sys_days{day} - std::chrono::days{k}}; };
            std::vector<rate_quote> const* qs = nullptr;
            int found = 0;
            for (int k = 7; k <= stale_window_days && !qs; k += 7)
                if ((qs = lookup(c, cs.from, cs.to, back(k), rate_basis::day, 7, nullptr))) found = k;
            for (int k = found - 1; qs && k > found - 7; --k)
                if (auto const* later = lookup(c, cs.from, cs.to, back(k), rate_basis::day, 7, nullptr)) qs = later;
            if (qs && !qs->empty()) {
                basis_try t;
                t.label = "latest rate before " + date_text(day);
                t.own = !c.publication;
                add_quotes(t, *qs);
                t.first = t.quotes.front()->used_from;
                t.last = day;
                int const age = static_cast<int>((std::chrono::sys_days{day} - std::chrono::sys_days{t.first}).count());
                rational const widened = tolerance + rational{std::max(stale_percent_least, stale_percent_per_month * ((age + 29) / 30))} / 100;
                score(t, amount, bands, widened);
                if (!t.fits) {
                    t.label += " (" + date_text(t.first) + ", " + std::to_string(age) + " days older)";
                    out.tries.push_back(std::move(t));
                    out.best = out.tries.size() - 1;
                    out.what = verdict::stale;
                    out.stale_tolerance = widened;
                }
            }
        }
    } else if (out.tries[*out.best].fits) {
        // The writer used the publication-date rate for a dated amount: that rate fits and the own
        // period's does not fit the written figures exactly (or not even within the tolerance).
        bool const note = own && pub && pub->fits && own->deviation != 0 &&
                          (pub->deviation == 0 || !own->fits) && magnitude(pub->deviation) < magnitude(own->deviation);
        out.what = note ? verdict::basis_note : verdict::ok;
    } else {
        // A basis without a rate might have fitted: never an error on the others alone.
        out.what = any_missing ? verdict::unverifiable : verdict::mismatch;
    }
    return out;
}

std::string closest_text(basis_try const& t, conversion_site const& cs) {
    auto const& q = *t.quotes[*t.closest];
    std::string const when = q.used_from == q.used_to ? date_text(q.used_from) : date_text(q.used_from) + ".." + date_text(q.used_to);
    // A market source's method already names it (`market indication, not an official rate: ...`).
    std::string const how = q.method.starts_with(q.source) ? q.method : q.source + " " + q.method;
    return rate_text(q.value, cs.from, cs.to) + " (" + how + ", " + when + ")";
}

// The closest rate in a few words for a message: `6.4488 CNY per USD (ecb, 2021 average)`.
std::string closest_brief(basis_try const& t, conversion_site const& cs) {
    auto const& q = *t.quotes[*t.closest];
    std::string when;
    switch (q.basis) {
    case rate_basis::year: when = std::to_string(static_cast<int>(q.requested.year())) + " average"; break;
    case rate_basis::month: when = date_text(q.requested).substr(0, 7) + " average"; break;
    case rate_basis::month_end:
        when = q.used_from == q.used_to ? "official month-end " + date_text(q.used_from)
                                        : "official bracket " + date_text(q.used_from) + ".." + date_text(q.used_to) + " month-ends";
        break;
    default: when = date_text(q.used_from); break;
    }
    return rate_text(q.value, cs.from, cs.to) + " (" + q.source + ", " + when + ")";
}

// `per`: the unit the reading is per when it is not the figure's own (a price restated per another unit).
std::string reading_fact(figure const& f, reading const& r, std::string const& code, std::string const& per = {}) {
    rational const scale = to_rational(f.value);
    std::string out = f.text + (per.empty() ? "" : "/" + f.per) + " = ";
    for (std::size_t i = 0; i < r.ends.size(); ++i) out += (i ? " to " : "") + interval_text(r.ends[i], scale);
    return out + " " + code + (per.empty() ? "" : " per " + per) + " (" + r.words + ")";
}

void add_evidence(finding& f, conversion_site const& cs, context const& c) {
    rational const scale = to_rational(cs.b->fig->value);
    f.facts.push_back({"amount", reading_fact(*cs.a->fig, cs.amount, cs.from, cs.unit.empty() ? std::string{} : cs.b->fig->per)});
    f.facts.push_back({"stated", reading_fact(*cs.b->fig, cs.stated, cs.to)});
    if (!cs.unit.empty()) f.facts.push_back({"unit", cs.a->fig->per + " -> " + cs.b->fig->per + ": " + cs.unit});
    if (cs.a->date) {
        auto const label = period_label(*cs.a->date);
        f.facts.push_back({"figure date", cs.a->date->text == label ? label : cs.a->date->text + " (" + label + ")"});
    }
    if (c.publication) f.facts.push_back({"publication date", date_text(*c.publication)});
    if (cs.v.best) {
        auto const& best = cs.v.tries[*cs.v.best];
        f.facts.push_back({"deviation", percent_text(best.deviation)});
        f.facts.push_back({"closest rate", closest_text(best, cs)});
    }
    f.facts.push_back({"tolerance", (c.options.fx_tolerance * decimal{100}).normalized().to_string() + "% (an error beyond " +
                                        (c.options.fx_error_above * decimal{100}).normalized().to_string() + "%)"});
    if (cs.v.what == verdict::stale)
        f.facts.push_back({"stale tolerance", percent_text(cs.v.stale_tolerance).substr(1) + " (" + std::to_string(stale_percent_per_month) +
                                                  " point more per started 30 days of the rate's age, at least " + std::to_string(stale_percent_least) +
                                                  " more; a warning at most)"});
    // With one basis the summary above already gives its closest rate and deviation.
    auto const with_rates = std::count_if(cs.v.tries.begin(), cs.v.tries.end(), [](basis_try const& t) { return t.has_rate(); });
    for (auto const& t : cs.v.tries) {
        f.facts.push_back({"basis", t.label});
        if (!t.has_rate()) {
            for (auto const& why : t.failures) f.facts.push_back({"no rate", why});
            continue;
        }
        f.facts.push_back({"rate", rate_range_text(t.low, t.high, cs.from, cs.to)});
        std::string sources;
        calendar_date lo = t.quotes.front()->used_from, hi = t.quotes.front()->used_to;
        for (auto const* q : t.quotes) {
            if (t.quotes.size() == 1) sources = q->source + " (" + q->method + ")";
            else if (sources.find(q->source) == std::string::npos) sources += (sources.empty() ? "" : ", ") + q->source;
            lo = std::min(lo, q->used_from);
            hi = std::max(hi, q->used_to);
        }
        f.facts.push_back({"source", sources});
        // Official rates and market indications side by side when the try holds both.
        bool const mixed = std::any_of(t.quotes.begin(), t.quotes.end(), [](rate_quote const* q) { return q->kind == rate_kind::market; }) &&
                           std::any_of(t.quotes.begin(), t.quotes.end(), [](rate_quote const* q) { return q->kind == rate_kind::official; });
        for (auto const kind : {rate_kind::official, rate_kind::market}) {
            if (!mixed) break;
            std::optional<rational> k_lo, k_hi;
            for (auto const* q : t.quotes) {
                if (q->kind != kind) continue;
                if (!k_lo || q->value < *k_lo) k_lo = q->value;
                if (!k_hi || q->value > *k_hi) k_hi = q->value;
            }
            f.facts.push_back({kind == rate_kind::official ? "official rate" : "market rate", rate_range_text(*k_lo, *k_hi, cs.from, cs.to)});
        }
        f.facts.push_back({"rate date", lo == hi ? date_text(lo) : date_text(lo) + ".." + date_text(hi)});
        if (t.quotes.size() > 1 && with_rates > 1) f.facts.push_back({"closest rate", closest_text(t, cs)});
        f.facts.push_back({"converted", interval_text(t.value, scale) + " " + cs.to});
        if (with_rates > 1) f.facts.push_back({"deviation", percent_text(t.deviation)});
        f.facts.push_back({"fits", t.fits ? "yes" : "no"});
    }
}

std::string pair_text(conversion_site const& cs) { return cs.a->fig->text + " (" + cs.b->fig->text + ")"; }

void report(context& c, conversion_site const& cs, std::vector<conversion_site const*> const& also) {
    finding f;
    std::optional<severity> at_most;
    switch (cs.v.what) {
    case verdict::ok:
        if (cs.unit.empty()) return;
        // The unit factor is what made the pair fit: worth saying, as the rate basis is.
        f.rule = "fx.basis";
        f.message = "the price per " + cs.b->fig->per + " restates " + cs.a->fig->text + "/" + cs.a->fig->per + " at " + cs.unit;
        break;
    case verdict::basis_note: {
        f.rule = "fx.basis";
        std::string const dated = cs.a->date ? period_label(*cs.a->date) : std::string{"earlier"};
        f.message = "the amount dated " + dated + " was converted at the publication-date rate, not at the " +
                    cs.v.tries.front().label + " rate";
        if (!cs.unit.empty()) f.message += ", per " + cs.b->fig->per + " at " + cs.unit;
        break;
    }
    case verdict::mismatch: {
        f.rule = "fx.conversion";
        auto const& best = cs.v.tries[*cs.v.best];
        f.message = cs.b->fig->text + " is " + percent_text(magnitude(best.deviation)).substr(1) +
                    (best.deviation > 0 ? " above " : " below ") + cs.a->fig->text + " at the closest admissible rate, " +
                    closest_brief(best, cs);
        if (!cs.unit.empty()) f.message += ", per " + cs.b->fig->per + " at " + cs.unit;
        // Writers round and use a nearby bank's rate: a near miss is worth a look, not a failure.
        if (magnitude(best.deviation) <= to_rational(c.options.fx_error_above)) at_most = severity::warning;
        // Without the market rate of the day the official bracket alone cannot rule it out.
        if (best.bracket_only()) {
            at_most = severity::warning;
            f.message += "; no market rate of the day to compare";
        }
        break;
    }
    case verdict::stale: {
        f.rule = "fx.conversion";
        auto const& best = cs.v.tries[*cs.v.best];
        auto const& q = *best.quotes[*best.closest];
        f.message = cs.b->fig->text + " is " + percent_text(magnitude(best.deviation)).substr(1) +
                    (best.deviation > 0 ? " above " : " below ") + cs.a->fig->text + " at the latest rate, " + closest_brief(best, cs) +
                    ", " + std::to_string((std::chrono::sys_days{best.last} - std::chrono::sys_days{q.used_from}).count()) +
                    " days older than " + date_text(best.last) + ": beyond the " +
                    percent_text(cs.v.stale_tolerance).substr(1) + " tolerance for a rate that old";
        // An old rate judges only roughly: never more than a warning.
        at_most = severity::warning;
        break;
    }
    case verdict::unverifiable:
        f.rule = "fx.unverifiable";
        f.message = "cannot check " + pair_text(cs) + ": no " + cs.from + "/" + cs.to + " rate for ";
        for (auto const& t : cs.v.tries)
            if (!t.has_rate()) f.message += (f.message.back() == ' ' ? "" : ", ") + t.label;
        // A date past the end of the installed rates is fixable: say so, and how.
        for (auto const& t : cs.v.tries)
            for (auto const& why : t.failures)
                if (why.find("figura rates update") != std::string::npos && f.message.find("rates update") == std::string::npos)
                    f.message += " (the installed rates end before that date; `figura rates update` fetches newer rates)";
        break;
    }
    f.primary = c.where(*cs.b);
    f.related.push_back(c.where(*cs.a));
    for (auto const* o : also) {
        f.related.push_back(c.where(*o->b));
        f.related.push_back(c.where(*o->a));
    }
    add_evidence(f, cs, c);
    c.report(std::move(f), cs.b->para->source, at_most);
}

checked_conversion record(context const& c, conversion_site const& cs) {
    checked_conversion out;
    out.amount_place = c.place(*cs.a);
    out.stated_place = c.place(*cs.b);
    out.amount = c.where(*cs.a);
    out.stated = c.where(*cs.b);
    out.from = cs.from;
    out.to = cs.to;
    out.amount_value = cs.amount.whole;
    out.stated_value = cs.stated.whole;
    out.amount_reading = cs.amount.words;
    out.stated_reading = cs.stated.words;
    out.implied_rate = implied_band(out.amount_value, out.stated_value);
    date_mention const* m = cs.a->date ? cs.a->date : cs.b->date;
    if (m) out.figure_date = period_label(*m);
    for (auto const& t : cs.v.tries) {
        conversion_basis b;
        b.label = t.label;
        b.basis = t.basis;
        b.own_date = t.own;
        b.first = t.first;
        b.last = t.last;
        if (t.has_rate()) {
            conversion conv;
            conv.from = cs.from;
            conv.to = cs.to;
            conv.amount = amount_interval(*cs.a->fig);
            conv.value = t.value;
            conv.rate_low = t.low;
            conv.rate_high = t.high;
            conv.rates.reserve(t.quotes.size());
            for (auto const* q : t.quotes) conv.rates.push_back(*q);
            b.converted = std::move(conv);
        }
        b.failures = t.failures;
        b.closest = t.closest;
        b.deviation = t.deviation;
        b.fits = t.fits;
        out.bases.push_back(std::move(b));
    }
    if (cs.v.best) out.deviation = cs.v.tries[*cs.v.best].deviation;
    switch (cs.v.what) {
    case verdict::ok:
        if (!cs.unit.empty()) out.rule = "fx.basis";
        break;
    case verdict::basis_note: out.rule = "fx.basis"; break;
    case verdict::mismatch:
    case verdict::stale: out.rule = "fx.conversion"; break;
    case verdict::unverifiable: out.rule = "fx.unverifiable"; break;
    }
    return out;
}

}  // namespace

std::string bounds_text(interval const& i, decimal const& scale_of) { return interval_text(to_exact(i), to_rational(scale_of)); }

void check_conversions(context& c, alignment const& al) {
    std::vector<conversion_site> all;
    for (auto const& s : c.sites) {
        figure const& b = *s.fig;
        if (!b.equivalent_of || b.kind != figure_kind::money) continue;
        // `equivalent_of` indexes the paragraph's figures (the article reader rebases it).
        site const* a = c.find_site(s.part, s.paragraph, *b.equivalent_of);
        if (!a || a == &s || a->fig->kind != figure_kind::money) continue;
        conversion_site cs{a, &s, effective_currency(*a->fig, c.options), effective_currency(b, c.options), {}, {}, {}, {}};
        if (cs.from.empty() || cs.to.empty() || cs.from == cs.to) continue;
        cs.amount = read_amount(*a->fig);
        cs.stated = read_stated(b);
        if (a->fig->per != b.per && !a->fig->per.empty() && !b.per.empty()) {
            auto words = restate_per_unit(cs.amount, *a->fig, b);
            if (!words) continue;
            cs.unit = std::move(*words);
        }
        ++c.conversions_checked;
        c.mark(a);
        c.mark(&s);
        cs.v = judge(c, cs);
        all.push_back(std::move(cs));
    }
    // A conversion in the translation restating one in the original (both figures paired by the
    // alignment) with the same verdict is one finding, shown at the original with the translation related.
    std::map<std::pair<std::size_t, std::size_t>, std::pair<std::size_t, std::size_t>> to_original;
    for (auto const& link : al.links)
        for (auto const& p : link.figures)
            if (p.paired()) to_original[{p.translation->paragraph, p.translation->figure}] = {p.original->paragraph, p.original->figure};
    std::vector<bool> merged(all.size(), false);
    std::vector<std::vector<conversion_site const*>> also(all.size());
    std::size_t const first_record = c.conversions.size();
    bool const detail = c.options.detail;
    if (detail)
        for (auto const& cs : all) c.conversions.push_back(record(c, cs));
    for (std::size_t t = 0; t < all.size(); ++t) {
        if (all[t].a->part != part_id::translation) continue;
        auto ia = to_original.find({all[t].a->paragraph, all[t].a->index});
        auto ib = to_original.find({all[t].b->paragraph, all[t].b->index});
        if (ia == to_original.end() || ib == to_original.end()) continue;
        for (std::size_t o = 0; o < all.size(); ++o) {
            auto const& oc = all[o];
            if (oc.a->part != part_id::original) continue;
            if (std::pair{oc.a->paragraph, oc.a->index} == ia->second && std::pair{oc.b->paragraph, oc.b->index} == ib->second) {
                if (detail) c.conversions[first_record + t].restates = first_record + o;
                if (oc.v.what != all[t].v.what) break;
                merged[t] = true;
                also[o].push_back(&all[t]);
                break;
            }
        }
    }
    for (std::size_t i = 0; i < all.size(); ++i)
        if (!merged[i]) report(c, all[i], also[i]);
}

}  // namespace figura::detail::check
