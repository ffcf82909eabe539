// figura convert EXPR --to CODE --on DATE: a figure's interval in another currency, exactly, with the
// rate(s) used and their provenance (docs/cli-rates.md, docs/rates.md).

#include <fmt/format.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "cli/commands.hpp"
#include "cli/json_output.hpp"
#include "cli/rates_output.hpp"
#include "cli/text_output.hpp"
#include "figura/currency.hpp"
#include "figura/parse.hpp"
#include "figura/rates.hpp"

namespace figura::cli {

namespace {

// Significant digits shown for a converted amount; the exact ends are in the JSON output.
constexpr int amount_digits = 4;

struct convert_command {
    std::string expression;
    std::string to;
    rate_query_options query;
    bool period_range = false;
    reading_options reading;
    std::vector<std::string> rates_files;
};

result<std::string> target_currency(std::string const& value) {
    std::string code;
    for (char c : value) code += (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
    if (code.size() != 3 || !is_iso_currency(code)) {
        return error{"F-CLI-001", fmt::format("--to: \"{}\" is not an ISO 4217 currency code", value), {}};
    }
    return code;
}

int fail(error const& e) {
    print_cli_error(e);
    return exit_input_error;
}

int run(convert_command const& command) {
    auto parse_opts = command.reading.to_parse_options();
    if (!parse_opts) return fail(parse_opts.error());
    auto to = target_currency(command.to);
    if (!to) return fail(to.error());
    auto query = resolve(command.query);
    if (!query) return fail(query.error());
    query->options.period_range = command.period_range;

    auto parsed = figura::parse(command.expression, *parse_opts);
    if (!parsed) {
        error e = parsed.error();
        e.message = fmt::format("\"{}\", column {}: {}", command.expression, e.where.column, e.message);
        print_cli_error(e);
        if (e.id.rfind("F-UTF8", 0) != 0) fmt::print(stderr, "{}", caret_excerpt(command.expression, parsed.error().where));
        return exit_input_error;
    }
    figure const& f = *parsed;
    if (f.kind != figure_kind::money || f.currency.code.empty()) {
        return fail({"F-CLI-032",
                     fmt::format("\"{}\" is not an amount of money (it reads as a {}); convert needs a figure with a "
                                 "currency, such as \"$5m\" or \"100bn yuan\"",
                                 command.expression, to_string(f.kind)),
                     {}});
    }

    auto settings = load_rates_settings(command.query.config);
    if (!settings) return fail(settings.error());
    if (command.query.source.empty()) query->options.sources = settings->sources;
    auto table = load_cli_table(command.rates_files, settings->exclude, command.query.source, settings->path);
    if (!table) return fail(table.error());
    auto converted = table->convert(f.bounds, f.currency.code, *to, query->on.date, query->options, command.query.all_sources);
    if (!converted) return fail(converted.error());
    conversion const& c = *converted;
    auto const sources = table->sources();

    std::int32_t const e = display_exponent(c.value, amount_digits);
    interval const shown = c.value.enclosing(e);
    // The written value times the rate: the "about $13.79bn" a reader expects, beside the interval.
    bool const has_central = !f.is_range();
    rational const written = to_rational(f.value);
    rational const value_low = written * c.rate_low;
    rational const value_high = written * c.rate_high;

    if (command.reading.output() == output_format::json) {
        json doc = document_header();
        doc["input"] = command.expression;
        doc["figure"] = to_json(f);
        doc["from"] = c.from;
        doc["to"] = c.to;
        json on = json::object();
        on["written"] = command.query.on;
        on["date"] = to_string(query->on.date);
        on["basis"] = std::string(to_string(query->options.basis));
        on["period_range"] = command.period_range;
        doc["on"] = std::move(on);
        doc["amount"] = to_json(c.amount);
        json value = json::object();
        value["exact"] = to_json(c.value);
        value["rounded"] = to_json(shown);
        value["exponent"] = e;
        value["rounding"] = "outward";
        doc["converted"] = std::move(value);
        if (has_central) {
            json central = json::object();
            central["written"] = f.value.to_string();
            central["low"] = rational_text(value_low);
            central["high"] = rational_text(value_high);
            central["rounded_low"] = round_rational(value_low, e, rounding_mode::half_even).to_string();
            central["rounded_high"] = round_rational(value_high, e, rounding_mode::half_even).to_string();
            central["exponent"] = e;
            central["rounding"] = "half_even";
            doc["central"] = std::move(central);
        } else {
            doc["central"] = nullptr;
        }
        doc["rate_low"] = rational_text(c.rate_low);
        doc["rate_high"] = rational_text(c.rate_high);
        json rates = json::array();
        for (auto const& q : c.rates) rates.push_back(to_json(q, sources));
        doc["rates"] = std::move(rates);
        fmt::print("{}", dump(doc));
        return exit_ok;
    }

    std::string out = fmt::format("{}\n", quote_text(command.expression));
    auto line = [&](std::string_view label, std::string const& text) {
        out += fmt::format("  {:<12} {}\n", std::string(label) + ":", text);
    };
    line("amount", fmt::format("{} {}", interval_text(c.amount, true), c.from));
    line("converted", fmt::format("{} {} (rounded outward to 10^{})", interval_text(shown, true), c.to, e));
    bool const has_range = std::any_of(c.rates.begin(), c.rates.end(), [](rate_quote const& q) { return q.range.has_value(); });
    if (has_central) {
        std::string const low = grouped(round_rational(value_low, e, rounding_mode::half_even).to_string());
        std::string const high = grouped(round_rational(value_high, e, rounding_mode::half_even).to_string());
        line("central", fmt::format("{} {} ({} {} at the rate{}, rounded half-even to 10^{})", low == high ? low : low + ".." + high,
                                    c.to, grouped(f.value.to_string()), c.from,
                                    has_range ? "s' range" : c.rates.size() > 1 ? "s" : "", e));
    }
    if (f.currency.is_ambiguous()) {
        std::string others;
        for (auto const& a : f.currency.alternatives) others += (others.empty() ? "" : ", ") + a;
        line("note", fmt::format("\"{}\" was read as {}; it could also be {}", f.currency.written, f.currency.code, others));
    }
    for (std::size_t i = 0; i < c.rates.size(); ++i) {
        out += c.rates.size() > 1 ? fmt::format("  rate {} of {}:\n", i + 1, c.rates.size()) : std::string("  rate used:\n");
        out += rate_block(c.rates[i], sources, "    ");
        out += range_block(c.rates[i], "    ");
    }
    fmt::print("{}", out);
    return exit_ok;
}

}  // namespace

void add_convert_command(CLI::App& app, int& status) {
    auto command = std::make_shared<convert_command>();
    CLI::App* sub = app.add_subcommand("convert", "Convert a money figure into another currency at a dated rate, exactly");
    sub->add_option("EXPR", command->expression, "A money expression such as \"100bn yuan\" (quote it)")->required();
    sub->add_option("--to", command->to, "Target currency (ISO 4217 code)")->type_name("CODE")->required();
    command->query.add_to(*sub, true);
    sub->add_flag("--period-range", command->period_range,
                  "Month or year: convert at the lowest..highest daily fixing, not the average");
    add_rates_files_option(*sub, command->rates_files);
    command->reading.add_to(*sub);
    // convert's JSON is described with the command, not in docs/json.md.
    sub->get_option("--format")->description("Output format: text (for people) or json (docs/cli-rates.md)");
    sub->footer(std::string(rates_footer) +
                "Exit status: 0 converted, 2 usage or input error (errors go to stderr). Documentation: docs/cli-rates.md.");
    sub->callback([command, &status] { status = run(*command); });
}

}  // namespace figura::cli
