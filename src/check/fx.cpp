// fx.conversion, fx.basis, fx.unverifiable: stated conversions `A (B)` against dated rates.
#include <algorithm>
#include <map>

#include "check/context.hpp"
#include "figura/rates.hpp"

namespace figura::detail::check {
namespace {

using boost::multiprecision::cpp_int;

rational to_rational(decimal const& d) {
    rational r{d.coefficient()};
    if (d.exponent() > 0) r *= rational{boost::multiprecision::pow(cpp_int{10}, static_cast<unsigned>(d.exponent()))};
    if (d.exponent() < 0) r /= rational{boost::multiprecision::pow(cpp_int{10}, static_cast<unsigned>(-d.exponent()))};
    return r;
}

exact_interval to_exact(interval const& i) {
    exact_interval out;
    if (i.lower) out.lower = exact_bound{to_rational(i.lower->value), i.lower->closed};
    if (i.upper) out.upper = exact_bound{to_rational(i.upper->value), i.upper->closed};
    return out;
}

// True when an interval ending at `upper` lies wholly below one starting at `lower`.
bool below(std::optional<exact_bound> const& upper, std::optional<exact_bound> const& lower) {
    if (!upper || !lower) return false;
    if (upper->value < lower->value) return true;
    return upper->value == lower->value && !(upper->closed && lower->closed);
}

bool overlap(exact_interval const& a, exact_interval const& b) { return !below(a.upper, b.lower) && !below(b.upper, a.lower); }

exact_interval hull(exact_interval const& a, exact_interval const& b) {
    exact_interval out = a;
    if (!a.lower || !b.lower) out.lower.reset();
    else if (b.lower->value < a.lower->value || (b.lower->value == a.lower->value && b.lower->closed)) out.lower = b.lower;
    if (!a.upper || !b.upper) out.upper.reset();
    else if (b.upper->value > a.upper->value || (b.upper->value == a.upper->value && b.upper->closed)) out.upper = b.upper;
    return out;
}

// An amount in figures' own style: 13.79bn, 250.5m, 1,234.
std::string amount_text(rational const& v, rational const& scale_of, rounding_mode mode) {
    struct scale { char const* word; int power; };
    static constexpr scale scales[] = {{"tn", 12}, {"bn", 9}, {"m", 6}};
    rational const mag = scale_of < 0 ? rational{-scale_of} : scale_of;
    for (auto const& s : scales) {
        rational const unit{boost::multiprecision::pow(cpp_int{10}, static_cast<unsigned>(s.power))};
        if (mag >= unit) return round_rational(v / unit, -2, mode).normalized().to_string() + s.word;
    }
    return round_rational(v, -2, mode).normalized().to_string();
}

std::string interval_text(exact_interval const& i, rational const& scale_of) {
    std::string out = i.lower ? (i.lower->closed ? "[" : "(") + amount_text(i.lower->value, scale_of, rounding_mode::floor) : "(-inf";
    out += ", ";
    out += i.upper ? amount_text(i.upper->value, scale_of, rounding_mode::ceiling) + (i.upper->closed ? "]" : ")") : "+inf)";
    return out;
}

// A rate the way people quote it: the side that makes the number at least 1 (7.2512 CNY per USD).
std::string rate_text(rational const& quote_per_base, std::string const& base, std::string const& quote) {
    if (quote_per_base > 0 && quote_per_base < 1)
        return round_rational(rational{1} / quote_per_base, -4, rounding_mode::half_even).to_string() + " " + base + " per " + quote;
    return round_rational(quote_per_base, -4, rounding_mode::half_even).to_string() + " " + quote + " per " + base;
}

/// One admissible basis and what converting with it gave.
struct basis_try {
    std::string label;        ///< "2021 average", "publication date 2025-01-29"
    bool own = false;         ///< the figure's own date (else the publication date)
    rate_basis basis = rate_basis::day;
    calendar_date first{}, last{};  ///< the period asked for
    std::optional<conversion> conv;
    std::vector<std::string> failures;  ///< why a rate was missing
    bool fits = false;
};

// As `rate_table::convert` with one rate (positive, so each end just scales), from a cached quote.
conversion converted(interval const& amount, std::string const& from, std::string const& to, rate_quote const& q) {
    conversion out;
    out.from = from;
    out.to = to;
    out.amount = amount;
    out.rate_low = out.rate_high = q.value;
    exact_interval const a = to_exact(amount);
    if (a.lower) out.value.lower = exact_bound{a.lower->value * q.value, a.lower->closed};
    if (a.upper) out.value.upper = exact_bound{a.upper->value * q.value, a.upper->closed};
    out.rates.push_back(q);
    return out;
}

std::optional<conversion> merge(std::optional<conversion> acc, conversion const& next) {
    if (!acc) return next;
    acc->value = hull(acc->value, next.value);
    acc->rate_low = std::min(acc->rate_low, next.rate_low);
    acc->rate_high = std::max(acc->rate_high, next.rate_high);
    acc->rates.insert(acc->rates.end(), next.rates.begin(), next.rates.end());
    return acc;
}

basis_try try_basis(context& c, interval const& amount, std::string const& from, std::string const& to,
                    calendar_date on, rate_basis basis, std::string label, bool own, calendar_date until) {
    basis_try t;
    t.label = std::move(label);
    t.own = own;
    t.basis = basis;
    t.first = on;
    t.last = until;
    if (basis == rate_basis::year) t.last = on.year() / std::chrono::December / std::chrono::day{31};
    if (basis == rate_basis::month) t.last = std::chrono::year_month_day_last{until.year() / until.month() / std::chrono::last};
    rate_options ro;
    ro.basis = basis;
    ro.max_stale_days = c.options.max_stale_days;
    ro.sources = c.options.rate_sources;
    // Quarters and halves: every month's average, the result spanning them.
    for (calendar_date d = on; d <= until;) {
        std::string const key = from + "|" + to + "|" + std::string(to_string(basis)) + "|" + figura::to_string(d);
        auto it = c.rate_cache.find(key);
        if (it == c.rate_cache.end()) it = c.rate_cache.emplace(key, c.rates.rate(from, to, d, ro)).first;
        if (!it->second) {
            t.failures.push_back(it->second.error().message);
            t.conv.reset();
            return t;
        }
        t.conv = merge(std::move(t.conv), converted(amount, from, to, *it->second));
        if (basis != rate_basis::month) break;
        auto const ym = d.year() / d.month() + std::chrono::months{1};
        d = ym / std::chrono::day{1};
    }
    return t;
}

struct verdict {
    enum kind { ok, basis_note, mismatch, unverifiable } what = ok;
    std::vector<basis_try> tries;
};

struct conversion_site {
    site const* a = nullptr;  ///< the amount (`Rmb100bn`)
    site const* b = nullptr;  ///< its stated equivalent (`$14bn`)
    std::string from, to;
    verdict v;
};

verdict judge(context& c, conversion_site const& cs) {
    verdict out;
    figure const& fa = *cs.a->fig;
    interval const amount = figure_bounds(fa, c.options);
    exact_interval const stated = to_exact(figure_bounds(*cs.b->fig, c.options));
    // The date of the pair: the amount's, else its equivalent's.
    date_mention const* m = cs.a->date ? cs.a->date : cs.b->date;
    if (m && m->resolved) {
        auto const& r = *m->resolved;
        bool const same_as_pub = c.publication && r.first == *c.publication && r.last == *c.publication;
        // A period after publication (`by 2026`) is a deadline, not when the amount was converted.
        bool const future = c.publication && r.first > *c.publication;
        if (!same_as_pub && !future) {
            switch (m->granularity) {
            case date_granularity::year:
                out.tries.push_back(try_basis(c, amount, cs.from, cs.to, r.first, rate_basis::year, period_label(*m) + " average", true, r.first));
                break;
            case date_granularity::month:
                out.tries.push_back(try_basis(c, amount, cs.from, cs.to, r.first, rate_basis::month, period_label(*m) + " average", true, r.first));
                break;
            case date_granularity::day:
                out.tries.push_back(try_basis(c, amount, cs.from, cs.to, r.first, rate_basis::day, period_label(*m) + " fixing", true, r.first));
                break;
            default:
                out.tries.push_back(try_basis(c, amount, cs.from, cs.to, r.first, rate_basis::month, period_label(*m) + " monthly averages", true, r.last));
                break;
            }
        }
    }
    if (c.publication) {
        out.tries.push_back(try_basis(c, amount, cs.from, cs.to, *c.publication, rate_basis::day,
                                      "publication date " + figura::to_string(*c.publication), false, *c.publication));
    } else {
        // Without it one admissible basis is untried: never an error on the other alone.
        basis_try t;
        t.label = "publication date";
        t.failures.push_back("the publication date is unknown");
        out.tries.push_back(std::move(t));
    }

    bool any_fit = false, any_missing = false, own_fit = false, own_known = false;
    for (auto& t : out.tries) {
        if (!t.conv) {
            any_missing = true;
            continue;
        }
        t.fits = overlap(t.conv->value, stated);
        any_fit = any_fit || t.fits;
        if (t.own) {
            own_known = true;
            own_fit = t.fits;
        }
    }
    if (any_fit) out.what = (own_known && !own_fit) ? verdict::basis_note : verdict::ok;
    else out.what = any_missing ? verdict::unverifiable : verdict::mismatch;
    return out;
}

void add_evidence(finding& f, conversion_site const& cs, context const& c) {
    auto const stated = figure_bounds(*cs.b->fig, c.options);
    rational const scale = to_rational(cs.b->fig->value);
    f.facts.push_back({"amount", cs.a->fig->text + " = " + interval_text(to_exact(figure_bounds(*cs.a->fig, c.options)), to_rational(cs.a->fig->value)) + " " + cs.from});
    f.facts.push_back({"stated", cs.b->fig->text + " = " + interval_text(to_exact(stated), scale) + " " + cs.to});
    if (cs.a->date) {
        auto const label = period_label(*cs.a->date);
        f.facts.push_back({"figure date", cs.a->date->text == label ? label : cs.a->date->text + " (" + label + ")"});
    }
    if (c.publication) f.facts.push_back({"publication date", figura::to_string(*c.publication)});
    for (auto const& t : cs.v.tries) {
        f.facts.push_back({"basis", t.label});
        if (!t.conv) {
            for (auto const& why : t.failures) f.facts.push_back({"no rate", why});
            continue;
        }
        auto const& conv = *t.conv;
        if (conv.rates.size() == 1 || conv.rate_low == conv.rate_high)
            f.facts.push_back({"rate", rate_text(conv.rate_low, cs.from, cs.to)});
        else
            f.facts.push_back({"rate", rate_text(conv.rate_low, cs.from, cs.to) + " .. " + rate_text(conv.rate_high, cs.from, cs.to)});
        std::string sources, dates;
        for (auto const& q : conv.rates) {
            std::string const s = q.source + " (" + q.method + ")";
            if (sources.find(s) == std::string::npos) sources += (sources.empty() ? "" : "; ") + s;
            std::string const d = q.used_from == q.used_to ? figura::to_string(q.used_from)
                                                           : figura::to_string(q.used_from) + ".." + figura::to_string(q.used_to);
            if (dates.find(d) == std::string::npos) dates += (dates.empty() ? "" : ", ") + d;
        }
        f.facts.push_back({"source", sources});
        f.facts.push_back({"rate date", dates});
        f.facts.push_back({"converted", interval_text(conv.value, scale) + " " + cs.to});
        f.facts.push_back({"fits", t.fits ? "yes" : "no"});
    }
}

std::string pair_text(conversion_site const& cs) { return cs.a->fig->text + " (" + cs.b->fig->text + ")"; }

void report(context& c, conversion_site const& cs, std::vector<conversion_site const*> const& also) {
    finding f;
    switch (cs.v.what) {
    case verdict::ok: return;
    case verdict::basis_note: {
        f.rule = "fx.basis";
        std::string const dated = cs.a->date ? period_label(*cs.a->date) : std::string{"earlier"};
        f.message = "the amount dated " + dated + " was converted at the publication-date rate, not at the " +
                    cs.v.tries.front().label + " rate";
        break;
    }
    case verdict::mismatch:
        f.rule = "fx.conversion";
        f.message = cs.b->fig->text + " is not " + cs.a->fig->text + " at any admissible rate";
        for (auto const& t : cs.v.tries) f.message += (&t == &cs.v.tries.front() ? " (" : "; ") + t.label + ": " + interval_text(t.conv->value, to_rational(cs.b->fig->value));
        if (!cs.v.tries.empty()) f.message += ")";
        break;
    case verdict::unverifiable:
        f.rule = "fx.unverifiable";
        f.message = "cannot check " + pair_text(cs) + ": no " + cs.from + "/" + cs.to + " rate for ";
        for (auto const& t : cs.v.tries)
            if (!t.conv) f.message += (f.message.back() == ' ' ? "" : ", ") + t.label;
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
    c.report(std::move(f), cs.b->para->source);
}

// The rates (`to` per `from`) at which `amount` times the rate overlaps `stated`: for a positive
// rate r, r * amount overlaps stated iff stated.lower / amount.upper < r < stated.upper / amount.lower
// (an end reached when both ends involved are closed).
exact_interval implied_band(exact_interval const& amount, exact_interval const& stated) {
    exact_interval band;
    if (stated.lower && stated.lower->value > 0) {
        if (amount.upper && amount.upper->value > 0)
            band.lower = exact_bound{stated.lower->value / amount.upper->value, stated.lower->closed && amount.upper->closed};
        // An unbounded amount makes every positive rate reach the stated lower end.
    }
    if (!band.lower) band.lower = exact_bound{rational{0}, false};
    if (stated.upper && amount.lower && amount.lower->value > 0)
        band.upper = exact_bound{stated.upper->value / amount.lower->value, stated.upper->closed && amount.lower->closed};
    return band;
}

checked_conversion record(context const& c, conversion_site const& cs) {
    checked_conversion out;
    out.amount_place = c.place(*cs.a);
    out.stated_place = c.place(*cs.b);
    out.amount = c.where(*cs.a);
    out.stated = c.where(*cs.b);
    out.from = cs.from;
    out.to = cs.to;
    out.amount_value = to_exact(figure_bounds(*cs.a->fig, c.options));
    out.stated_value = to_exact(figure_bounds(*cs.b->fig, c.options));
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
        b.converted = t.conv;
        b.failures = t.failures;
        b.fits = t.fits;
        out.bases.push_back(std::move(b));
    }
    switch (cs.v.what) {
    case verdict::ok: break;
    case verdict::basis_note: out.rule = "fx.basis"; break;
    case verdict::mismatch: out.rule = "fx.conversion"; break;
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
        if (!b.equivalent_of || s.index == 0 || b.kind != figure_kind::money) continue;
        // `equivalent_of` indexes the source's extract run; inside a line the amount is the figure
        // right before its equivalent.
        site const* a = c.find_site(s.part, s.paragraph, s.index - 1);
        if (!a || a->fig->kind != figure_kind::money) continue;
        conversion_site cs{a, &s, effective_currency(*a->fig, c.options), effective_currency(b, c.options), {}};
        if (cs.from.empty() || cs.to.empty() || cs.from == cs.to) continue;
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
                c.conversions[first_record + t].restates = first_record + o;
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
