// figura.check and figura.check_jsonl (through figura._figura._check): the same steps as `figura
// check` (src/cli/cmd_check.cpp) for an article or a JSON Lines block, reported by the CLI's own JSON
// writer (docs/schema/check-v1.json), so that a Dask run over an archive equals the CLI's output.

#include <pybind11/stl.h>

#include <charconv>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "check.hpp"
#include "cli/report.hpp"
#include "cli/report_json.hpp"
#include "cli/suppress.hpp"
#include "figura/article.hpp"
#include "figura/check.hpp"
#include "figures.hpp"
#include "rates.hpp"
#include "values.hpp"

namespace figura::python {
namespace {

std::size_t stream_line_of(std::string_view article_path) {
    auto const colon = article_path.rfind(':');
    std::size_t line = 0;
    if (colon != std::string_view::npos) {
        std::from_chars(article_path.data() + colon + 1, article_path.data() + article_path.size(), line);
    }
    return line;
}

struct input {
    bool jsonl = false;
    std::string stream;  ///< the JSON Lines stream's name, or the single file's
    std::string text;    ///< the bytes, with first_line - 1 newlines in front for a JSON Lines block
};

std::vector<result<article>> read_input(input const& in, std::string const& text, parse_options const& options) {
    std::vector<result<article>> out;
    if (in.jsonl) return read_article_lines(text, in.stream, options);
    out.push_back(read_article(text, in.stream, options));
    return out;
}

// cmd_check.cpp's loop without printing: read masked (directives blanked) and, when there are
// directives, unmasked; check each article; drop what inline comments turn off.
cli::check_run run(input const& in, check_options const& check, parse_options const& options, bool suppress) {
    auto const& rules = check_rules();
    bool const directives = suppress && cli::has_directives(in.text);
    auto const masked = read_input(in, directives ? cli::mask_directives(in.text) : in.text, options);
    std::vector<result<article>> plain;
    if (directives) plain = read_input(in, in.text, options);

    cli::check_run report;
    report.rules = rules;
    for (std::size_t i = 0; i < masked.size(); ++i) {
        auto const& read = masked[i];
        cli::checked_article out;
        if (!read) {
            error const& e = read.error();
            if (in.jsonl) {
                out.path = in.stream + ":" + std::to_string(e.where.line);
                out.stream_path = in.stream;
                out.stream_line = e.where.line;
            } else {
                out.path = in.stream;
            }
            out.failure = e;
            report.articles.push_back(std::move(out));
            continue;
        }
        article const& a = *read;
        out.path = a.path;
        out.id = a.id;
        if (in.jsonl) {
            out.stream_path = in.stream;
            out.stream_line = stream_line_of(a.path);
        }
        cli::suppressions_by_source quiet;
        if (directives) {
            for (std::size_t s = 0; s < a.sources.size(); ++s) {
                std::string_view text = a.sources[s].text;
                if (i < plain.size() && plain[i] && s < plain[i]->sources.size()) text = plain[i]->sources[s].text;
                auto scanned = cli::suppressions::scan(text, rules);
                if (!scanned) {
                    out.failure = scanned.error();
                    break;
                }
                if (!scanned->empty()) quiet.emplace(a.sources[s].name, std::move(*scanned));
            }
        }
        if (out.failure) {
            report.articles.push_back(std::move(out));
            continue;
        }
        auto checked = check_article(a, check);
        if (!checked) {
            out.failure = checked.error();
            report.articles.push_back(std::move(out));
            continue;
        }
        out.figures_checked = checked->figures_checked;
        out.conversions_checked = checked->conversions_checked;
        out.suppressed += cli::keep_unsuppressed(std::move(checked->findings), quiet, out.findings);
        report.articles.push_back(std::move(out));
    }
    return report;
}

}  // namespace

void bind_check(py::module_& m) {
    // The JSON document of `figura check --format json` for one article (kind "text": the single-file
    // format) or a JSON Lines block (kind "jsonl"; `first_line` is the block's first line in its
    // stream). figura/__init__.py wraps it.
    m.def(
        "_check",
        [](std::string const& kind, std::string_view text, std::string const& path, std::size_t first_line, py::handle date,
           std::optional<std::map<std::string, std::optional<std::string>>> const& rule_levels, py::handle approx_tolerance,
           py::handle dollar, py::handle yen, std::optional<std::vector<std::string>> const& rate_sources, int max_stale_days,
           py::handle rates, bool suppress) {
            if (kind != "text" && kind != "jsonl") throw py::value_error("kind must be \"text\" or \"jsonl\"");
            if (first_line < 1) throw py::value_error("first_line is 1-based");
            auto const options = make_parse_options(py::none(), dollar, yen, approx_tolerance, true, false);
            check_options check;
            check.dollar_default = options.dollar_default;
            check.yen_default_en = options.yen_default_en;
            check.yen_default_vi = options.yen_default_vi;
            check.approx_tolerance = options.approx_tolerance;
            if (!date.is_none()) {
                date_spec const day = date_from_python(date);
                if (day.natural_basis != rate_basis::day) throw py::value_error("date must name a day (YYYY-MM-DD)");
                check.publication_date = day.date;
            }
            if (rule_levels) {
                for (auto const& [rule, level] : *rule_levels) {
                    bool known = false;
                    for (auto const& r : check_rules()) known = known || r.id == rule;
                    if (!known) raise_error({"F-CHECK-001", "unknown rule '" + rule + "' in the rule settings", {}});
                    if (!level) {
                        check.rule_levels[rule] = std::nullopt;
                        continue;
                    }
                    auto const s = parse_severity(*level);
                    if (!s) throw py::value_error("rule_levels: \"" + *level + "\" is not error, warning, note or None");
                    check.rule_levels[rule] = *s;
                }
            }
            if (rate_sources) check.rate_sources = *rate_sources;
            if (max_stale_days < 0) throw py::value_error("max_stale_days must not be negative");
            check.max_stale_days = max_stale_days;
            check.rates = &table_or_default(rates);

            input in;
            in.jsonl = kind == "jsonl";
            in.stream = path;
            // Blank lines keep the stream's line numbers for a block that starts further down: the
            // reader skips them, and every path, place and fingerprint is then the CLI's.
            if (in.jsonl) in.text.assign(first_line - 1, '\n');
            in.text.append(text);
            py::gil_scoped_release unlocked;
            return cli::render_json(run(in, check, options, suppress));
        },
        py::arg("kind"), py::arg("text"), py::arg("path"), py::arg("first_line") = 1, py::arg("date") = py::none(),
        py::arg("rule_levels") = py::none(), py::arg("approx_tolerance") = py::none(), py::arg("dollar") = py::none(),
        py::arg("yen") = py::none(), py::arg("rate_sources") = py::none(), py::arg("max_stale_days") = 7,
        py::arg("rates") = py::none(), py::arg("suppress") = true);

    m.def("check_rules", [] {
        py::list out;
        for (auto const& r : check_rules()) {
            py::dict d;
            d["id"] = std::string(r.id);
            d["severity"] = std::string(to_string(r.default_level));
            d["summary"] = std::string(r.summary);
            d["help"] = std::string(r.help);
            out.append(std::move(d));
        }
        return out;
    }, "Every check rule: id, default severity, one-line summary and help (docs/checks.md).");
}

}  // namespace figura::python
