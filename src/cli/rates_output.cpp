#include "cli/rates_output.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string_view>
#include <sstream>

namespace figura::cli {
namespace {

rate_source_info const* find_source(std::vector<rate_source_info> const& sources, std::string_view id) {
    for (auto const& s : sources)
        if (s.id == id) return &s;
    return nullptr;
}

// "imf+fed" names two sources; each is cited.
std::vector<std::string> source_ids(std::string_view joined) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= joined.size()) {
        auto const plus = joined.find('+', start);
        auto const end = plus == std::string_view::npos ? joined.size() : plus;
        if (end > start) out.emplace_back(joined.substr(start, end - start));
        if (plus == std::string_view::npos) break;
        start = plus + 1;
    }
    return out;
}

std::string leg_text(rate_leg const& l) {
    std::string out = fmt::format("{} {} {} per {}", l.source, to_string(l.basis), l.quote, l.base);
    if (l.published && l.observations == 1) {
        out += fmt::format(" {} on {}", l.published->to_string(), to_string(l.first));
    } else if (l.observations == 1) {
        out += fmt::format(" on {}", to_string(l.first));
    } else {
        out += fmt::format(", {} observations {}..{}", l.observations, to_string(l.first), to_string(l.last));
    }
    if (l.inverted) out += " (used inverted)";
    return out;
}

json bound_json(std::optional<exact_bound> const& b) {
    if (!b) return nullptr;
    json out = json::object();
    out["value"] = rational_text(b->value);
    out["closed"] = b->closed;
    return out;
}

std::string extreme_text(rate_quote const& q, rate_extreme const& x, rounding_mode mode) {
    std::int32_t const e = rate_display_exponent(x.value);
    std::string text = fmt::format("{} {} per {} on {} (rounded {} to 10^{}; exact {})",
                                   round_rational(x.value, e, mode).to_string(), q.quote, q.base, to_string(x.date),
                                   mode == rounding_mode::floor ? "down" : "up", e, rational_text(x.value));
    std::string figures;
    for (auto const& l : x.legs) {
        figures += fmt::format("{}{} {} {} per {} {}{}", figures.empty() ? "" : ", ", l.source, to_string(l.basis), l.quote, l.base,
                               l.published ? l.published->to_string() : std::string("?"), l.inverted ? " (used inverted)" : "");
    }
    if (!figures.empty()) text += ": " + figures;
    return text;
}

/// A rate rounded for display, beside its exact value: {value, exponent, mode}.
json rounded_json(rational const& value, rounding_mode mode, std::string_view mode_name) {
    std::int32_t const e = rate_display_exponent(value);
    json out = json::object();
    out["value"] = round_rational(value, e, mode).to_string();
    out["exponent"] = e;
    out["mode"] = mode_name;
    return out;
}

/// One leg: the series it used, then `dates` (its fields in order), then the published figure.
json leg_json(rate_leg const& l, json const& dates) {
    json leg = json::object();
    leg["source"] = l.source;
    leg["basis"] = std::string(to_string(l.basis));
    leg["base"] = l.base;
    leg["quote"] = l.quote;
    leg["inverted"] = l.inverted;
    for (auto const& [key, value] : dates.items()) leg[key] = value;
    leg["published"] = l.published ? json(l.published->to_string()) : json(nullptr);
    return leg;
}

json extreme_json(rate_extreme const& x, rounding_mode mode) {
    json out = json::object();
    out["date"] = to_string(x.date);
    out["value"] = rational_text(x.value);
    out["rounded"] = rounded_json(x.value, mode, mode == rounding_mode::floor ? "floor" : "ceiling");
    json legs = json::array();
    for (auto const& l : x.legs) legs.push_back(leg_json(l, {{"date", to_string(l.first)}}));
    out["legs"] = std::move(legs);
    return out;
}

json range_json(rate_quote const& q) {
    if (!q.range) return nullptr;
    json out = json::object();
    out["fixings"] = q.range->fixings;
    out["low"] = extreme_json(q.range->low, rounding_mode::floor);
    out["high"] = extreme_json(q.range->high, rounding_mode::ceiling);
    return out;
}

// F-RATE-110 is the library's id for a rates file that cannot be read or recognised.
error unreadable(std::string const& file, std::string const& why) { return error{"F-RATE-110", file + ": " + why, {}}; }

}  // namespace

void rate_query_options::add_to(CLI::App& command, bool on_required) {
    auto* on_option = command.add_option("--on", on, "Date: YYYY (year average), YYYY-MM (month average) or YYYY-MM-DD (day)")
                          ->type_name("DATE");
    if (on_required) on_option->required();
    command.add_option("--basis", basis, "day, month, year, month_end or year_end (default: what --on spells)")
        ->type_name("BASIS");  // checked in resolve(), so the error has figura's id
    command.add_option("--source", source, "Use only this source: ecb, fed, imf, market, or an imported one")->type_name("ID");
    command.add_flag("--all-sources", all_sources, "Use every source that answers, not just the first");
    command.add_option("--max-stale-days", max_stale_days,
                       "A missing day uses the last fixing at most N days before (default 7)")
        ->type_name("N")
        ->check(CLI::NonNegativeNumber)
        ->default_str("7");
    command.add_option("--config", config, "figura.toml whose [rates] sources/exclude apply (default: the nearest one upward)")
        ->type_name("FILE");
}

result<rate_query> resolve(rate_query_options const& given) {
    auto spec = parse_date_spec(given.on);
    if (!spec) {
        error e = spec.error();
        e.message = fmt::format("--on: {}", e.message);
        return e;
    }
    rate_query out{*spec, {}};
    out.options.basis = spec->natural_basis;
    if (!given.basis.empty()) {
        auto b = parse_rate_basis(given.basis);
        if (!b) {
            return error{"F-CLI-030", fmt::format("--basis: \"{}\" is not day, month, year, month_end or year_end", given.basis), {}};
        }
        out.options.basis = *b;
    }
    // A month or year with --basis month_end means that period's own end, not the one before it.
    if (out.options.basis == rate_basis::month_end && spec->natural_basis != rate_basis::day) {
        using namespace std::chrono;
        auto const d = spec->date;
        out.on.date = spec->natural_basis == rate_basis::month ? year_month_day{year_month_day_last{d.year(), month_day_last{d.month()}}}
                                                               : year_month_day{d.year(), December, day{31}};
    }
    if (!given.source.empty()) out.options.sources = {given.source};
    out.options.max_stale_days = given.max_stale_days;
    return out;
}

void add_rates_files_option(CLI::App& command, std::vector<std::string>& files) {
    // One file per --rates, so `--rates a.figrates item.txt` leaves item.txt to the positional.
    command.add_option("--rates", files, "Also use this rates file, for this run only (ECB, FRED, IMF or figura-rates); repeatable")
        ->type_name("FILE")
        ->expected(1)
        ->allow_extra_args(false)
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
}

result<rate_source_data> load_run_rates_file(std::string const& file) {
    // Read here rather than with load_rates_file so messages name the file as the user wrote it.
    std::error_code ec;
    if (std::filesystem::is_directory(file, ec)) return unreadable(file, "is a directory, not a rates file");
    std::ifstream in(file, std::ios::binary);
    if (!in) return unreadable(file, "cannot open file");
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (in.bad() || buffer.bad()) return unreadable(file, "read error");
    std::string const text = std::move(buffer).str();
    auto const format = detect_rate_file_format(text);
    if (!format) {
        return unreadable(file, "unrecognised rates file (expected an ECB CSV or XML, FRED, simple date,XXX_per_YYY, currency-api JSON "
                                "or figura-rates file)");
    }
    switch (*format) {
        case rate_file_format::ecb: return load_ecb_csv(text, file);
        case rate_file_format::fred: return load_fred_csv(text, file);
        case rate_file_format::fred_long: return load_fred_long_csv(text, file);
        case rate_file_format::simple: return load_simple_csv(text, file);
        case rate_file_format::figura: return load_figura_rates(text, file);
        case rate_file_format::ecb_xml: return load_ecb_xml(text, file);
        case rate_file_format::currency_api: return load_currency_api_json(text, file, {"VND"});
    }
    return unreadable(file, "unknown format");
}

result<rate_table> load_cli_table(std::vector<std::string> const& extra_files, std::vector<std::string> const& exclude,
                                  std::string_view keep, std::string_view exclude_from) {
    auto table = load_table_with_user_rates(default_user_rates_dir());
    if (!table || (extra_files.empty() && exclude.empty())) return table;
    rate_table::builder b(*table);
    for (auto const& file : extra_files) {
        auto data = load_run_rates_file(file);
        if (!data) return data.error();
        auto added = b.add(*data);
        if (!added) {
            // A conflict names the data's origin, which need not be this file: name the file too.
            error e = added.error();
            if (!e.message.starts_with(file + ": ")) e.message = file + ": " + e.message;
            return e;
        }
    }
    if (exclude.empty()) return b.build();
    auto const known = b.build();
    auto const sources = known.sources();
    rate_table::builder without(known);
    for (auto const& id : exclude) {
        bool const present = std::any_of(sources.begin(), sources.end(), [&](rate_source_info const& s) { return s.id == id; });
        if (!present) {
            std::string names;
            for (auto const& s : sources) names += (names.empty() ? "" : ", ") + s.id;
            // F-RATE-207 is the library's id for a source name it does not know.
            return error{"F-RATE-207",
                         fmt::format("{}: [rates] exclude names unknown rate source \"{}\" (known: {})", exclude_from, id, names), {}};
        }
        if (id != keep) without.remove_source(id);
    }
    return without.build();
}

void print_cli_error(error const& e) { fmt::print(stderr, "figura: error[{}]: {}\n", e.id, e.message); }

std::int32_t magnitude(rational const& r) {
    using boost::multiprecision::cpp_int;
    cpp_int num = boost::multiprecision::abs(boost::multiprecision::numerator(r));
    cpp_int const den = boost::multiprecision::denominator(r);
    std::int32_t k = 0;
    if (num >= den) {
        // floor(num / den) has k + 1 digits.
        cpp_int const whole = num / den;
        k = static_cast<std::int32_t>(whole.str().size()) - 1;
    } else {
        while (num < den) {
            num *= 10;
            --k;
        }
    }
    return k;
}

rational to_rational(decimal const& d) {
    using boost::multiprecision::cpp_int;
    cpp_int const power = boost::multiprecision::pow(cpp_int(10), static_cast<unsigned>(d.exponent() < 0 ? -d.exponent() : d.exponent()));
    return d.exponent() >= 0 ? rational(d.coefficient() * power) : rational(d.coefficient(), power);
}

std::string rational_text(rational const& r) {
    if (boost::multiprecision::denominator(r) == 1) return boost::multiprecision::numerator(r).str();
    return boost::multiprecision::numerator(r).str() + "/" + boost::multiprecision::denominator(r).str();
}

std::string grouped(std::string const& plain) {
    std::size_t start = (!plain.empty() && (plain[0] == '-' || plain[0] == '+')) ? 1 : 0;
    std::size_t end = plain.find('.');
    if (end == std::string::npos) end = plain.size();
    std::string out = plain.substr(0, start);
    for (std::size_t i = start; i < end; ++i) {
        out += plain[i];
        std::size_t const left = end - i - 1;
        if (left > 0 && left % 3 == 0) out += ',';
    }
    out += plain.substr(end);
    return out;
}

std::int32_t display_exponent(exact_interval const& i, int digits) {
    std::optional<std::int32_t> top;
    for (auto const* b : {&i.lower, &i.upper}) {
        if (*b && (*b)->value != 0) top = std::max(top.value_or(INT32_MIN), magnitude((*b)->value));
    }
    if (!top) return 0;
    return *top - (digits - 1);
}

std::int32_t rate_display_exponent(rational const& r) {
    if (r == 0) return -6;
    return std::min<std::int32_t>(-6, magnitude(r) - 6);
}

std::string interval_text(interval const& i, bool group) {
    auto show = [&](decimal const& d) { return group ? grouped(d.to_string()) : d.to_string(); };
    std::string out = i.lower ? (i.lower->closed ? "[" : "(") + show(i.lower->value) : std::string("(-inf");
    out += ", ";
    out += i.upper ? show(i.upper->value) + (i.upper->closed ? "]" : ")") : std::string("+inf)");
    return out;
}

std::string rate_block(rate_quote const& q, std::vector<rate_source_info> const& sources, std::string_view indent) {
    std::string out;
    auto line = [&](std::string_view label, std::string const& text) {
        out += fmt::format("{}{:<12} {}\n", indent, std::string(label) + ":", text);
    };
    std::int32_t const e = rate_display_exponent(q.value);
    // A mean of hundreds of crosses is a rational of a thousand digits: text shows it only when short.
    constexpr std::size_t longest_exact = 40;
    std::string exact = rational_text(q.value);
    if (exact.size() > longest_exact) exact = fmt::format("a fraction of {} characters, in --format json", exact.size());
    line("rate", fmt::format("{} {} per {} (rounded half-even to 10^{}; exact {})",
                             q.rounded(e, rounding_mode::half_even).to_string(), q.quote, q.base, e, exact));
    line("source", q.kind == rate_kind::market ? fmt::format("{} ({})", q.source, market_label) : q.source);
    line("basis", fmt::format("{}, {}", to_string(q.basis), q.method));
    line("requested", to_string(q.requested));
    std::string used = q.used_from == q.used_to ? to_string(q.used_from)
                                                : fmt::format("{}..{}", to_string(q.used_from), to_string(q.used_to));
    // Staleness counts back from the day asked, or from 31 December for a year-end rate.
    std::string const anchor = q.basis == rate_basis::year_end ? "31 December" : "the date asked";
    if (q.basis == rate_basis::day || q.basis == rate_basis::year_end || q.basis == rate_basis::month_end) {
        std::string const same = q.basis == rate_basis::day ? "same day" : q.basis == rate_basis::year_end ? "31 December" : "the month-end asked";
        used += q.stale_days == 0 ? fmt::format(" ({})", same)
                                  : fmt::format(" ({} day{} before {})", q.stale_days, q.stale_days == 1 ? "" : "s", anchor);
    }
    line("used", used);
    std::string path;
    for (auto const& c : q.path) path += (path.empty() ? "" : " -> ") + c;
    line("path", path);
    for (auto const& l : q.legs) line("series", leg_text(l));
    for (auto const& id : source_ids(q.source)) {
        if (auto const* s = find_source(sources, id)) line("attribution", s->attribution);
    }
    // Which sources the preference passed over, and why (say so when a market rate answers).
    for (auto const& s : q.skipped)
        line("not used", s.reason.starts_with(s.source + " ") ? s.reason : fmt::format("{}: {}", s.source, s.reason));
    return out;
}

std::string range_block(rate_quote const& q, std::string_view indent) {
    if (!q.range) return {};
    std::string out;
    auto line = [&](std::string_view label, std::string const& text) {
        out += fmt::format("{}{:<12} {}\n", indent, std::string(label) + ":", text);
    };
    line("range", fmt::format("lowest and highest of {} daily fixings", q.range->fixings));
    line("lowest", extreme_text(q, q.range->low, rounding_mode::floor));
    line("highest", extreme_text(q, q.range->high, rounding_mode::ceiling));
    return out;
}

json to_json(exact_interval const& i) {
    json out = json::object();
    out["lower"] = bound_json(i.lower);
    out["upper"] = bound_json(i.upper);
    return out;
}

json to_json(rate_quote const& q, std::vector<rate_source_info> const& sources) {
    json out = json::object();
    out["base"] = q.base;
    out["quote"] = q.quote;
    out["value"] = rational_text(q.value);
    out["rounded"] = rounded_json(q.value, rounding_mode::half_even, "half_even");
    out["source"] = q.source;
    out["kind"] = std::string(to_string(q.kind));
    out["label"] = q.kind == rate_kind::market ? json(std::string(market_label)) : json(nullptr);
    out["basis"] = std::string(to_string(q.basis));
    out["method"] = q.method;
    out["published_average"] = q.published_average;
    out["requested"] = to_string(q.requested);
    out["used_from"] = to_string(q.used_from);
    out["used_to"] = to_string(q.used_to);
    out["stale_days"] = q.stale_days;
    out["path"] = q.path;
    json legs = json::array();
    for (auto const& l : q.legs) {
        legs.push_back(leg_json(l, {{"first", to_string(l.first)}, {"last", to_string(l.last)}, {"observations", l.observations}}));
    }
    out["legs"] = std::move(legs);
    json attribution = json::array();
    for (auto const& id : source_ids(q.source)) {
        if (auto const* s = find_source(sources, id)) attribution.push_back(s->attribution);
    }
    out["attribution"] = std::move(attribution);
    out["range"] = range_json(q);
    json skipped = json::array();
    for (auto const& s : q.skipped) skipped.push_back({{"source", s.source}, {"reason", s.reason}});
    out["skipped"] = std::move(skipped);
    return out;
}

json to_json(rate_source_info const& s) {
    json out = json::object();
    out["id"] = s.id;
    out["title"] = s.title;
    out["attribution"] = s.attribution;
    out["url"] = s.url.empty() ? json(nullptr) : json(s.url);
    out["pivot"] = s.pivot;
    out["kind"] = std::string(to_string(s.kind));
    out["label"] = s.kind == rate_kind::market ? json(std::string(market_label)) : json(nullptr);
    out["notes"] = s.notes;
    out["origins"] = s.origins;
    out["retrieved"] = s.retrieved;
    return out;
}

json to_json(series_info const& s) {
    json out = json::object();
    out["source"] = s.source;
    out["basis"] = std::string(to_string(s.basis));
    out["base"] = s.base;
    out["quote"] = s.quote;
    out["first"] = to_string(s.first);
    out["last"] = to_string(s.last);
    out["observations"] = s.observations;
    return out;
}

}  // namespace figura::cli
