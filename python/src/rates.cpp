#include "rates.hpp"

#include <pybind11/stl.h>

#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "figura/currency.hpp"
#include "figura/parse.hpp"
#include "figures.hpp"
#include "values.hpp"

namespace figura::python {
namespace {

rational exact_value(decimal const& d) {
    using boost::multiprecision::cpp_int;
    rational r(d.coefficient());
    auto const scale = boost::multiprecision::pow(cpp_int(10), static_cast<unsigned>(d.exponent() < 0 ? -d.exponent() : d.exponent()));
    return d.exponent() >= 0 ? r * rational(scale) : r / rational(scale);
}

// A conversion with the figure it started from (when it was read from text).
struct converted {
    conversion value;
    std::optional<figure> from_figure;
};

std::optional<rate_table>& default_table_slot() {
    static auto* slot = new std::optional<rate_table>;  // never freed: outlives the interpreter
    return *slot;
}

std::string target_code(std::string const& value) {
    std::string code;
    for (char c : value) code += (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
    if (code.size() != 3 || !is_iso_currency(code)) {
        throw py::value_error("to: \"" + value + "\" is not an ISO 4217 currency code");
    }
    return code;
}

struct query {
    std::chrono::year_month_day on;
    rate_options options;
};

query make_query(py::handle on, py::handle basis, py::handle sources, int max_stale_days, bool period_range,
                 bool chain_sources) {
    date_spec const spec = date_from_python(on);
    query q{spec.date, {}};
    q.options.basis = spec.natural_basis;
    if (!basis.is_none()) {
        auto const name = basis.cast<std::string>();
        auto const b = parse_rate_basis(name);
        if (!b) throw py::value_error("basis: \"" + name + "\" is not one of day, month, year, year_end, month_end");
        q.options.basis = *b;
    }
    if (!sources.is_none()) q.options.sources = sources.cast<std::vector<std::string>>();
    if (max_stale_days < 0) throw py::value_error("max_stale_days must not be negative");
    q.options.max_stale_days = max_stale_days;
    q.options.period_range = period_range;
    q.options.chain_sources = chain_sources;
    return q;
}

py::dict leg_dict(rate_leg const& leg) {
    py::dict d;
    d["source"] = leg.source;
    d["basis"] = std::string(to_string(leg.basis));
    d["base"] = leg.base;
    d["quote"] = leg.quote;
    d["inverted"] = leg.inverted;
    d["first"] = to_python(leg.first);
    d["last"] = to_python(leg.last);
    d["observations"] = leg.observations;
    d["published"] = leg.published ? to_python(*leg.published) : py::none();
    return d;
}

py::list legs_list(std::vector<rate_leg> const& legs) {
    py::list out;
    for (auto const& leg : legs) out.append(leg_dict(leg));
    return out;
}

py::dict extreme_dict(rate_extreme const& e) {
    py::dict d;
    d["date"] = to_python(e.date);
    d["value"] = to_python(e.value);
    d["legs"] = legs_list(e.legs);
    return d;
}

py::dict source_dict(rate_source_info const& s) {
    py::dict d;
    d["id"] = s.id;
    d["title"] = s.title;
    d["attribution"] = s.attribution;
    d["url"] = s.url;
    d["pivot"] = s.pivot;
    d["kind"] = std::string(to_string(s.kind));
    d["notes"] = s.notes;
    d["origins"] = s.origins;
    d["retrieved"] = s.retrieved;
    return d;
}

// The amount a conversion starts from: an expression or a Figure, or a number or Interval with
// `currency`.
struct amount_in {
    interval bounds;
    std::string currency;
    std::optional<figure> from_figure;
};

amount_in read_amount(py::handle amount, py::handle currency, parse_options const& options) {
    std::optional<figure> f;
    if (py::isinstance<figure>(amount)) {
        f = amount.cast<figure>();
    } else if (py::isinstance<py::str>(amount)) {
        std::string const text = amount.cast<std::string>();
        auto parsed = [&] {
            py::gil_scoped_release unlocked;
            return figura::parse(text, options);
        }();
        f = take(std::move(parsed));
    }
    if (f) {
        if (!currency.is_none()) throw py::value_error("currency= is for a number or an Interval; this amount names its own");
        if (f->kind != figure_kind::money || f->currency.code.empty()) {
            throw py::value_error("\"" + f->text + "\" is not an amount of money (it reads as a " +
                                  std::string(to_string(f->kind)) + "); convert needs a figure with a currency");
        }
        return {f->bounds, f->currency.code, std::move(f)};
    }
    if (currency.is_none()) {
        throw py::value_error("a number or an Interval needs currency= (an ISO 4217 code such as \"CNY\")");
    }
    auto const code = currency.cast<std::string>();
    if (!is_iso_currency(code)) throw py::value_error("currency: \"" + code + "\" is not an ISO 4217 currency code");
    return {interval_from_python(amount), code, std::nullopt};
}

converted convert_amount(rate_table const& table, py::handle amount, std::string const& to, py::handle on,
                         py::handle basis, py::handle currency, py::handle sources, int max_stale_days,
                         bool period_range, bool all_sources, parse_options const& options) {
    auto const q = make_query(on, basis, sources, max_stale_days, period_range, true);
    auto in = read_amount(amount, currency, options);
    auto const code = target_code(to);
    auto r = [&] {
        py::gil_scoped_release unlocked;
        return table.convert(in.bounds, in.currency, code, q.on, q.options, all_sources);
    }();
    return {take(std::move(r)), std::move(in.from_figure)};
}

char const* const convert_doc =
    "convert(amount, to, on, basis=None, *, currency=None, sources=None, max_stale_days=7,\n"
    "        period_range=False, all_sources=False, rates=None, lang=None, dollar=None, yen=None)\n"
    "\n"
    "Converts a money figure into currency `to` at the rate of `on`, exactly.\n"
    "\n"
    "amount is an expression (\"100bn yuan\"), a Figure, or a Decimal/int/Interval with currency=.\n"
    "on is a datetime.date or \"2025-01-29\", \"2025-01\", \"2021\"; basis (\"day\", \"month\", \"year\",\n"
    "\"year_end\", \"month_end\") defaults to what `on` names (a day, a month, a year). sources lists rate\n"
    "sources in order (\"ecb\", \"fed\", \"imf\", \"market\"); period_range spans a month's or year's daily\n"
    "fixings; all_sources spans every answering source. rates is a RateTable (default: RateTable.default()).\n"
    "Returns a Conversion: the interval in `to` with fractions.Fraction ends, the rate(s) with their\n"
    "source, basis, dates and chain. No rate raises figura.Error (F-RATE-2xx).";

}  // namespace

rate_table const& table_or_default(py::handle rates) {
    if (!rates.is_none()) {
        if (!py::isinstance<rate_table>(rates)) throw py::type_error("rates must be a figura.RateTable or None");
        return rates.cast<rate_table const&>();
    }
    auto& slot = default_table_slot();
    if (!slot) {
        auto loaded = [] {
            py::gil_scoped_release unlocked;
            return load_table_with_user_rates(default_user_rates_dir());
        }();
        slot = take(std::move(loaded));
    }
    return *slot;
}

void bind_rates(py::module_& m) {
    py::class_<rate_quote>(m, "RateQuote", "A rate with its provenance: `quote` units per one `base` unit, exact.")
        .def_property_readonly("base", [](rate_quote const& q) { return q.base; })
        .def_property_readonly("quote", [](rate_quote const& q) { return q.quote; })
        .def_property_readonly("value", [](rate_quote const& q) { return to_python(q.value); },
                               "fractions.Fraction: `quote` units per one `base` unit.")
        .def_property_readonly("source", [](rate_quote const& q) { return q.source; },
                               "\"ecb\", \"fed\", \"imf\", \"market\", a user source, or \"imf+ecb\" for a chain.")
        .def_property_readonly("kind", [](rate_quote const& q) { return std::string(to_string(q.kind)); },
                               "\"official\", or \"market\" when a market indication answered (never an official rate).")
        .def_property_readonly("basis", [](rate_quote const& q) { return std::string(to_string(q.basis)); })
        .def_property_readonly("requested", [](rate_quote const& q) { return to_python(q.requested); })
        .def_property_readonly("used_from", [](rate_quote const& q) { return to_python(q.used_from); },
                               "datetime.date: the day used, or the first day of the period used.")
        .def_property_readonly("used_to", [](rate_quote const& q) { return to_python(q.used_to); })
        .def_property_readonly("stale_days", [](rate_quote const& q) { return q.stale_days; })
        .def_property_readonly("published_average", [](rate_quote const& q) { return q.published_average; })
        .def_property_readonly("method", [](rate_quote const& q) { return q.method; },
                               "\"daily fixing\", \"published annual average\", \"mean of 249 daily fixings\", ...")
        .def_property_readonly("path", [](rate_quote const& q) { return q.path; }, "Currencies crossed: [\"CNY\", \"EUR\", \"USD\"].")
        .def_property_readonly("legs", [](rate_quote const& q) { return legs_list(q.legs); },
                               "The published series used: dicts of source, basis, base, quote, inverted, first, last,\n"
                               "observations and published (Decimal, when exactly one figure was used).")
        .def_property_readonly("range", [](rate_quote const& q) -> py::object {
            if (!q.range) return py::none();
            py::dict d;
            d["low"] = extreme_dict(q.range->low);
            d["high"] = extreme_dict(q.range->high);
            d["fixings"] = q.range->fixings;
            return d;
        }, "With period_range: {'low', 'high', 'fixings'}, each end a dict of date, value and legs; else None.")
        .def_property_readonly("skipped", [](rate_quote const& q) {
            py::list out;
            for (auto const& s : q.skipped) out.append(py::make_tuple(s.source, s.reason));
            return out;
        }, "(source, reason) for each source before this one that has the pair but could not answer.")
        .def("rounded", [](rate_quote const& q, std::int32_t exponent) { return to_python(q.rounded(exponent, rounding_mode::half_even)); },
             py::arg("exponent") = -7, "The rate as a Decimal rounded half-even to a multiple of 10**exponent.")
        .def("__repr__", [](rate_quote const& q) {
            return "<figura.RateQuote " + q.rounded(-7, rounding_mode::half_even).to_string() + " " + q.quote + " per " + q.base +
                   " from " + q.source + ", " + q.method + ", " + to_string(q.used_from) +
                   (q.used_to != q.used_from ? ".." + to_string(q.used_to) : std::string()) + ">";
        });

    py::class_<converted>(m, "Conversion", "An amount converted at dated rates, exactly, with every rate's provenance.")
        .def_property_readonly("from_currency", [](converted const& c) { return c.value.from; })
        .def_property_readonly("to_currency", [](converted const& c) { return c.value.to; })
        .def_property_readonly("figure", [](converted const& c) { return c.from_figure ? py::cast(*c.from_figure) : py::none(); },
                               "The Figure the amount was read from, or None for a number or Interval.")
        .def_property_readonly("amount", [](converted const& c) { return to_python(c.value.amount); },
                               "Interval (Decimal ends): the amount converted, in from_currency.")
        .def_property_readonly("value", [](converted const& c) { return to_python(c.value.value); },
                               "Interval with fractions.Fraction ends: the amount times the rate(s), in to_currency.")
        .def_property_readonly("rate_low", [](converted const& c) { return to_python(c.value.rate_low); })
        .def_property_readonly("rate_high", [](converted const& c) { return to_python(c.value.rate_high); })
        .def_property_readonly("rates", [](converted const& c) { return c.value.rates; }, "Every RateQuote used.")
        .def_property_readonly("central", [](converted const& c) -> py::object {
            if (!c.from_figure || c.from_figure->is_range() || c.value.rate_low != c.value.rate_high) return py::none();
            return to_python(exact_value(c.from_figure->value) * c.value.rate_low);
        }, "fractions.Fraction: the written value times the rate (`about $13.79bn`), when there is one\n"
           "written value and one rate; None otherwise.")
        .def("rounded", [](converted const& c, std::int32_t exponent) { return to_python(c.value.value.enclosing(exponent)); },
             py::arg("exponent"), "The value as an Interval of Decimals rounded outward to multiples of 10**exponent.")
        .def("__repr__", [](converted const& c) {
            return "<figura.Conversion " + c.value.amount.to_string() + " " + c.value.from + " -> " +
                   c.value.value.enclosing(0).to_string() + " " + c.value.to + " (rounded outward to units)>";
        });

    py::class_<rate_table>(m, "RateTable",
                           "An immutable table of dated exchange rates; copies share the data and are safe across threads.")
        .def_static("embedded", [] { return rate_table::embedded(); }, "The rates compiled into figura (ECB, Fed, IMF, market).")
        .def_static("user", [](std::optional<std::string> const& directory) {
            auto const dir = directory ? std::filesystem::path(*directory) : default_user_rates_dir();
            auto r = [&] {
                py::gil_scoped_release unlocked;
                return load_table_with_user_rates(dir);
            }();
            return take(std::move(r));
        }, py::arg("directory") = py::none(),
            "The embedded rates plus every *.figrates file of a user rates directory (default: $FIGURA_RATES_DIR,\n"
            "else $XDG_DATA_HOME/figura/rates, else ~/.local/share/figura/rates), as `figura check` reads them.")
        .def_static("default", [] { return table_or_default(py::none()); },
                    "RateTable.user() as loaded once by this process: the table calls use when rates=None.")
        .def("with_files", [](rate_table const& t, std::vector<std::string> const& paths, std::optional<std::string> const& format) {
            std::optional<rate_file_format> fmt;
            if (format) {
                fmt = parse_rate_file_format(*format);
                if (!fmt) throw py::value_error("format: \"" + *format + "\" is not one of ecb, fred, imf, simple, market, figura");
            }
            rate_table::builder b(t);
            for (auto const& p : paths) {
                auto data = [&] {
                    py::gil_scoped_release unlocked;
                    return load_rates_file(p, fmt);
                }();
                take(b.add(take(std::move(data))));
            }
            return b.build();
        }, py::arg("paths"), py::arg("format") = py::none(),
            "A new table: this one plus publisher files (ECB CSV or XML, FRED CSV, IMF-style CSV, currency-api\n"
            "JSON, figura's own), format detected unless given. A malformed file, or a fixing that contradicts\n"
            "one already in the table, raises figura.Error naming the file, line and column.")
        .def("without_sources", [](rate_table const& t, std::vector<std::string> const& ids) {
            rate_table::builder b(t);
            for (auto const& id : ids) b.remove_source(id);
            return b.build();
        }, py::arg("ids"), "A new table without these sources (\"market\", \"imf\", ...).")
        .def("sources", [](rate_table const& t) {
            py::list out;
            for (auto const& s : t.sources()) out.append(source_dict(s));
            return out;
        }, "Each source's id, title, attribution, url, pivot, kind, notes, origins and retrieved downloads.")
        .def("series", [](rate_table const& t) {
            py::list out;
            for (auto const& s : t.series()) {
                py::dict d;
                d["source"] = s.source;
                d["basis"] = std::string(to_string(s.basis));
                d["base"] = s.base;
                d["quote"] = s.quote;
                d["first"] = to_python(s.first);
                d["last"] = to_python(s.last);
                d["observations"] = s.observations;
                out.append(std::move(d));
            }
            return out;
        })
        .def("currencies", &rate_table::currencies)
        .def("rate", [](rate_table const& t, std::string const& base, std::string const& quote, py::handle on, py::handle basis,
                        py::handle sources, int max_stale_days, bool period_range, bool chain_sources) {
            auto const q = make_query(on, basis, sources, max_stale_days, period_range, chain_sources);
            auto r = [&] {
                py::gil_scoped_release unlocked;
                return t.rate(base, quote, q.on, q.options);
            }();
            return take(std::move(r));
        }, py::arg("base"), py::arg("quote"), py::arg("on"), py::arg("basis") = py::none(), py::kw_only(),
            py::arg("sources") = py::none(), py::arg("max_stale_days") = 7, py::arg("period_range") = false,
            py::arg("chain_sources") = true,
            "`quote` per one `base` on `on` (date or \"2025-01-29\"/\"2025-01\"/\"2025\") for the basis (default: what\n"
            "`on` names), from the first source that can answer. None can: figura.Error with each source's reason.")
        .def("rates", [](rate_table const& t, std::string const& base, std::string const& quote, py::handle on, py::handle basis,
                         py::handle sources, int max_stale_days, bool period_range, bool chain_sources) {
            auto const q = make_query(on, basis, sources, max_stale_days, period_range, chain_sources);
            auto r = [&] {
                py::gil_scoped_release unlocked;
                return t.rates(base, quote, q.on, q.options);
            }();
            return take(std::move(r));
        }, py::arg("base"), py::arg("quote"), py::arg("on"), py::arg("basis") = py::none(), py::kw_only(),
            py::arg("sources") = py::none(), py::arg("max_stale_days") = 7, py::arg("period_range") = false,
            py::arg("chain_sources") = true, "The rate from every source that can answer, in order.")
        .def("convert", [](rate_table const& t, py::handle amount, std::string const& to, py::handle on, py::handle basis,
                           py::handle currency, py::handle sources, int max_stale_days, bool period_range, bool all_sources,
                           py::handle lang, py::handle dollar, py::handle yen) {
            auto const options = make_parse_options(lang, dollar, yen, py::none(), true, false);
            return convert_amount(t, amount, to, on, basis, currency, sources, max_stale_days, period_range, all_sources, options);
        }, py::arg("amount"), py::arg("to"), py::arg("on"), py::arg("basis") = py::none(), py::kw_only(),
            py::arg("currency") = py::none(), py::arg("sources") = py::none(), py::arg("max_stale_days") = 7,
            py::arg("period_range") = false, py::arg("all_sources") = false, py::arg("lang") = py::none(),
            py::arg("dollar") = py::none(), py::arg("yen") = py::none(), "As figura.convert, with this table.")
        .def("__repr__", [](rate_table const& t) {
            std::string ids;
            for (auto const& s : t.sources()) ids += (ids.empty() ? "" : ", ") + s.id;
            return "<figura.RateTable " + ids + ">";
        });

    m.def("convert", [](py::handle amount, std::string const& to, py::handle on, py::handle basis, py::handle currency,
                        py::handle sources, int max_stale_days, bool period_range, bool all_sources, py::handle rates,
                        py::handle lang, py::handle dollar, py::handle yen) {
        auto const options = make_parse_options(lang, dollar, yen, py::none(), true, false);
        return convert_amount(table_or_default(rates), amount, to, on, basis, currency, sources, max_stale_days, period_range,
                              all_sources, options);
    }, py::arg("amount"), py::arg("to"), py::arg("on"), py::arg("basis") = py::none(), py::kw_only(),
        py::arg("currency") = py::none(), py::arg("sources") = py::none(), py::arg("max_stale_days") = 7,
        py::arg("period_range") = false, py::arg("all_sources") = false, py::arg("rates") = py::none(),
        py::arg("lang") = py::none(), py::arg("dollar") = py::none(), py::arg("yen") = py::none(), convert_doc);
}

}  // namespace figura::python
