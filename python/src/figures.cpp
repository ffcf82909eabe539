#include "figures.hpp"

#include <pybind11/stl.h>

#include <string>
#include <utility>
#include <vector>

#include "cli/text_output.hpp"
#include "figura/currency.hpp"
#include "figura/figure.hpp"
#include "values.hpp"

namespace figura::python {
namespace {

std::string currency_code(py::handle value, char const* what) {
    std::string code;
    for (char c : value.cast<std::string>()) code += (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
    if (code.size() != 3 || !is_iso_currency(code)) {
        throw py::value_error(std::string(what) + ": \"" + value.cast<std::string>() + "\" is not an ISO 4217 currency code");
    }
    return code;
}

// JSON-shaped dicts (docs/json.md) with Decimal where the JSON has exact strings.
py::object bound_dict(std::optional<bound> const& b) {
    if (!b) return py::none();
    py::dict d;
    d["value"] = to_python(b->value);
    d["closed"] = b->closed;
    return d;
}

py::dict interval_dict(interval const& i) {
    py::dict d;
    d["lower"] = bound_dict(i.lower);
    d["upper"] = bound_dict(i.upper);
    return d;
}

py::dict span_dict(source_span const& s) {
    py::dict d;
    d["begin"] = s.begin;
    d["end"] = s.end;
    d["line"] = s.line;
    d["column"] = s.column;
    return d;
}

py::dict written_dict(figure_value const& v) {
    py::dict d;
    d["value"] = to_python(v.value);
    d["resolution"] = to_python(v.resolution);
    d["exact"] = v.exact;
    d["interval"] = interval_dict(v.bounds);
    d["scale_word"] = optional_text(v.scale_word);
    d["span"] = span_dict(v.span);
    return d;
}

py::dict figure_dict(figure const& f) {
    py::dict d;
    d["kind"] = std::string(to_string(f.kind));
    d["lang"] = std::string(to_string(f.lang));
    d["qualifier"] = std::string(to_string(f.qual));
    d["value"] = to_python(f.value);
    d["interval"] = interval_dict(f.bounds);
    d["written"] = written_dict(f.written);
    d["range_high"] = f.range_high ? py::object(written_dict(*f.range_high)) : py::none();
    if (f.currency.source == currency_source::none) {
        d["currency"] = py::none();
    } else {
        py::dict c;
        c["code"] = f.currency.code;
        c["source"] = std::string(to_string(f.currency.source));
        c["written"] = optional_text(f.currency.written);
        c["alternatives"] = f.currency.alternatives;
        d["currency"] = std::move(c);
    }
    d["rate_base"] = optional_text(f.rate_base);
    d["per"] = optional_text(f.per);
    d["ambiguity"] = f.ambiguous == ambiguity::separator ? py::object(py::str("separator")) : py::none();
    d["alternative_value"] = f.alternative_value ? to_python(*f.alternative_value) : py::none();
    d["equivalent_of"] = f.equivalent_of ? py::object(py::int_(*f.equivalent_of)) : py::none();
    d["span"] = span_dict(f.span);
    d["text"] = f.text;
    return d;
}

// `money 100000000000 CNY exact [99500000000, 100500000000) "100 tỷ nhân dân tệ"`: the CLI's
// extract line without the place, plus the interval.
std::string figure_text(figure const& f) {
    std::string currency = f.currency.source == currency_source::none ? std::string("-") : f.currency.code;
    if (f.currency.source == currency_source::implied) currency += "(implied)";
    if (!f.rate_base.empty()) currency += "/" + f.rate_base;
    std::string out = std::string(to_string(f.kind)) + ' ' + cli::value_text(f) + ' ' + currency + ' ' +
                      std::string(to_string(f.qual)) + ' ' + f.bounds.to_string() + ' ' + cli::quote_text(f.text);
    if (!f.per.empty()) out += " per " + cli::quote_text(f.per);
    return out;
}

}  // namespace

parse_options make_parse_options(py::handle lang, py::handle dollar, py::handle yen, py::handle approx_tolerance,
                                 bool implied_vnd, bool spelled_counts) {
    parse_options o;
    if (!lang.is_none()) {
        auto const l = lang.cast<std::string>();
        if (l == "en") o.lang = language::en;
        else if (l == "vi") o.lang = language::vi;
        else if (l != "auto") throw py::value_error("lang: \"" + l + "\" is not one of \"en\", \"vi\", \"auto\" or None");
    }
    if (!dollar.is_none()) o.dollar_default = currency_code(dollar, "dollar");
    if (!yen.is_none()) o.yen_default_en = o.yen_default_vi = currency_code(yen, "yen");
    if (!approx_tolerance.is_none()) o.approx_tolerance = decimal_from_python(approx_tolerance);
    o.implied_vnd = implied_vnd;
    o.spelled_counts = spelled_counts;
    return o;
}

void bind_figures(py::module_& m) {
    py::class_<figure_value>(m, "WrittenValue",
                             "One number as written, scale applied: a figure's value, or one end of a range.")
        .def_property_readonly("value", [](figure_value const& v) { return to_python(v.value); },
                               "Decimal: exact, scale applied (`14bn` -> 14000000000).")
        .def_property_readonly("resolution", [](figure_value const& v) { return to_python(v.resolution); },
                               "Decimal: the unit of the last written digit, scale applied (`14bn` -> 1e9); 0 when exact.")
        .def_property_readonly("exact", [](figure_value const& v) { return v.exact; },
                               "True for integers and decimals without a scale word (`$2,005`).")
        .def_property_readonly("interval", [](figure_value const& v) { return to_python(v.bounds); },
                               "Interval: what the written number stands for from its stated precision alone.")
        .def_property_readonly("scale_word", [](figure_value const& v) { return optional_text(v.scale_word); },
                               "The scale word as written (`bn`, `tỷ`), or None.")
        .def_property_readonly("scale_power", [](figure_value const& v) { return v.scale_power; },
                               "The power of ten the scale word stands for (9 for `bn`); 0 when none.")
        .def_property_readonly("span", [](figure_value const& v) { return to_python(v.span); })
        .def("to_dict", &written_dict, "The JSON layout of docs/json.md, with Decimal for exact values.")
        .def("__repr__", [](figure_value const& v) {
            return "WrittenValue(" + v.value.to_string() + ", resolution " + v.resolution.to_string() + ")";
        });

    py::class_<figure>(m, "Figure",
                       "One monetary (or plain numeric) expression found in text: its exact value, the interval it\n"
                       "stands for, currency, qualifier, range, unit and place. Values are decimal.Decimal.")
        .def_property_readonly("kind", [](figure const& f) { return std::string(to_string(f.kind)); },
                               "\"money\", \"count\", \"percent\", \"year\", \"age\" or \"rate\".")
        .def_property_readonly("lang", [](figure const& f) { return std::string(to_string(f.lang)); }, "\"en\" or \"vi\".")
        .def_property_readonly("qualifier", [](figure const& f) { return std::string(to_string(f.qual)); },
                               "\"exact\", \"approx\", \"lt\", \"le\", \"gt\" or \"ge\".")
        .def_property_readonly("value", [](figure const& f) { return to_python(f.value); },
                               "Decimal: the value as written, scale applied; for a range, the low end's.")
        .def_property_readonly("interval", [](figure const& f) { return to_python(f.bounds); },
                               "Interval: every value the figure can stand for (stated precision, then qualifier).")
        .def_property_readonly("low", [](figure const& f) { return f.bounds.lower ? to_python(f.bounds.lower->value) : py::none(); },
                               "Decimal: the interval's lower end, or None when unbounded.")
        .def_property_readonly("high", [](figure const& f) { return f.bounds.upper ? to_python(f.bounds.upper->value) : py::none(); },
                               "Decimal: the interval's upper end, or None when unbounded (`more than $6m`).")
        .def_property_readonly("written", [](figure const& f) { return f.written; },
                               "WrittenValue: the (low) value's precision as written.")
        .def_property_readonly("range_high", [](figure const& f) { return f.range_high ? py::cast(*f.range_high) : py::none(); },
                               "WrittenValue of a range's high end (`$5m-$6m`), or None.")
        .def_property_readonly("is_range", &figure::is_range)
        .def_property_readonly("currency", [](figure const& f) { return optional_text(f.currency.code); },
                               "The ISO 4217 code (\"CNY\"), or None for a plain number.")
        .def_property_readonly("currency_source", [](figure const& f) {
            return f.currency.source == currency_source::none ? py::none() : py::object(py::str(std::string(to_string(f.currency.source))));
        }, "How the currency was identified: \"symbol\", \"code\", \"name\", \"implied\"; None without one.")
        .def_property_readonly("currency_written", [](figure const& f) { return optional_text(f.currency.written); },
                               "The currency as written (\"US$\", \"nhân dân tệ\"), or None.")
        .def_property_readonly("currency_alternatives", [](figure const& f) { return f.currency.alternatives; },
                               "Other currencies the written form can mean (`$` -> HKD, SGD, ...); empty when unambiguous.")
        .def_property_readonly("rate_base", [](figure const& f) { return optional_text(f.rate_base); },
                               "For kind \"rate\": the currency one unit of which is quoted; None otherwise.")
        .def_property_readonly("per", [](figure const& f) { return optional_text(f.per); },
                               "For a unit price (`25.000 đồng/kg`, `$80 a barrel`): the unit (\"kg\"); None otherwise.")
        .def_property_readonly("ambiguity", [](figure const& f) {
            return f.ambiguous == ambiguity::separator ? py::object(py::str("separator")) : py::none();
        }, "\"separator\" when the separator reading depends on convention; None otherwise.")
        .def_property_readonly("alternative_value", [](figure const& f) {
            return f.alternative_value ? to_python(*f.alternative_value) : py::none();
        }, "Decimal: the other convention's reading of an ambiguous number, or None.")
        .def_property_readonly("equivalent_of", [](figure const& f) {
            return f.equivalent_of ? py::object(py::int_(*f.equivalent_of)) : py::none();
        }, "For `Rmb100bn ($14bn)`: the index (in the same extract result) of the figure this one restates.")
        .def_property_readonly("span", [](figure const& f) { return to_python(f.span); },
                               "Span(begin, end, line, column) of the whole expression, qualifier included.")
        .def_property_readonly("text", [](figure const& f) { return f.text; }, "The expression as written.")
        .def("to_dict", &figure_dict, "The JSON layout of docs/json.md (figure object), with Decimal for exact values.")
        .def("__str__", &figure_text)
        .def("__repr__", [](figure const& f) { return "<figura.Figure " + figure_text(f) + ">"; });

    m.def(
        "parse",
        [](std::string_view text, py::handle lang, py::handle dollar, py::handle yen, py::handle approx_tolerance,
           bool implied_vnd, bool spelled_counts) {
            auto const options = make_parse_options(lang, dollar, yen, approx_tolerance, implied_vnd, spelled_counts);
            result<figure> r = [&] {
                py::gil_scoped_release unlocked;
                return figura::parse(text, options);
            }();
            return take(std::move(r));
        },
        py::arg("text"), py::arg("lang") = py::none(), py::kw_only(), py::arg("dollar") = py::none(),
        py::arg("yen") = py::none(), py::arg("approx_tolerance") = py::none(), py::arg("implied_vnd") = true,
        py::arg("spelled_counts") = false,
        "parse(text, lang=None, *, dollar=None, yen=None, approx_tolerance=None, implied_vnd=True, spelled_counts=False)\n"
        "\n"
        "Reads exactly one expression (`less than $6m`, `1,5 tỷ đồng`, `100 tỷ nhân dân tệ`) and returns\n"
        "its Figure. lang is \"en\", \"vi\" or None (detect). dollar and yen say what a bare `$` or `¥`\n"
        "means (ISO codes); approx_tolerance (Decimal, default 0.05) widens `about` figures.\n"
        "Text that is not a single figure raises figura.Error with the error id (F-PARSE-002), line and\n"
        "column where reading stopped.");

    m.def(
        "extract",
        [](std::string_view text, py::handle lang, py::handle dollar, py::handle yen, py::handle approx_tolerance,
           bool implied_vnd, bool spelled_counts) {
            auto const options = make_parse_options(lang, dollar, yen, approx_tolerance, implied_vnd, spelled_counts);
            result<std::vector<figure>> r = [&] {
                py::gil_scoped_release unlocked;
                return figura::extract(text, options);
            }();
            return take(std::move(r));
        },
        py::arg("text"), py::arg("lang") = py::none(), py::kw_only(), py::arg("dollar") = py::none(),
        py::arg("yen") = py::none(), py::arg("approx_tolerance") = py::none(), py::arg("implied_vnd") = true,
        py::arg("spelled_counts") = false,
        "extract(text, lang=None, *, dollar=None, yen=None, approx_tolerance=None, implied_vnd=True, spelled_counts=False)\n"
        "\n"
        "Every figure in a text, in order, as a list of Figure with spans into the text (byte offsets\n"
        "into its UTF-8, 1-based line and code-point column). Text with no figures gives []. text may\n"
        "also be bytes: invalid UTF-8 then raises figura.Error F-UTF8-001 naming its place.");

    // The C++ call alone, for the binding-overhead benchmark (benchmarks/python/): extracts
    // `repeat` times without making Python objects and returns the figures of the last run.
    m.def(
        "_extract_native",
        [](std::string_view text, std::size_t repeat) {
            py::gil_scoped_release unlocked;
            std::size_t found = 0;
            for (std::size_t i = 0; i < repeat; ++i) {
                auto r = figura::extract(text);
                found = r ? r->size() : 0;
            }
            return found;
        },
        py::arg("text"), py::arg("repeat") = 1);
}

}  // namespace figura::python
