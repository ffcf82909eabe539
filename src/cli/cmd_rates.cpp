// figura rates list|show|status|update|import: what the rate table holds, one rate with its
// provenance, how fresh the data is, downloading the publishers' current files, and adding a
// publisher's file to the user rates directory (docs/cli-rates.md, docs/rates.md).

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdio>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "cli/commands.hpp"
#include "cli/config.hpp"
#include "cli/json_output.hpp"
#include "cli/rates_output.hpp"
#include "cli/rates_update.hpp"
#include "figura/check.hpp"
#include "figura/currency.hpp"
#include "figura/rates.hpp"

namespace figura::cli {

namespace {

struct list_command {
    std::string format = "text";
    std::vector<std::string> rates_files;
};

struct show_command {
    std::string base;
    std::string quote;
    rate_query_options query;
    bool period_range = false;
    std::string format = "text";
    std::vector<std::string> rates_files;
};

struct update_command {
    std::vector<std::string> sources;
    std::string mirror;
    std::string dir;
    long timeout = 30;
};

struct status_command {
    std::string as_of;
    std::string format = "text";
    std::vector<std::string> rates_files;
};

struct import_command {
    std::string format;
    std::string file;
    std::string dir;
    bool replace = false;
};

int fail(error const& e) {
    print_cli_error(e);
    return exit_input_error;
}

void add_output_format(CLI::App& sub, std::string& format) {
    sub.add_option("--format", format, "Output format: text (for people) or json")
        ->type_name("FORMAT")
        ->check(CLI::IsMember({"text", "json"}))
        ->default_str("text");
}

std::string upper(std::string const& value) {
    std::string code;
    for (char c : value) code += (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
    return code;
}

int run_list(list_command const& command) {
    auto table = load_cli_table(command.rates_files);
    if (!table) return fail(table.error());
    auto const sources = table->sources();
    auto const series = table->series();
    auto const currencies = table->currencies();

    if (command.format == "json") {
        json doc = document_header();
        json s = json::array();
        for (auto const& src : sources) s.push_back(to_json(src));
        doc["sources"] = std::move(s);
        doc["currencies"] = currencies;
        json list = json::array();
        for (auto const& one : series) list.push_back(to_json(one));
        doc["series"] = std::move(list);
        fmt::print("{}", dump(doc));
        return exit_ok;
    }

    std::string out = "sources:\n";
    for (auto const& src : sources) {
        out += fmt::format("  {}: {} (crosses via {}{})\n", src.id, src.title, src.pivot,
                           src.kind == rate_kind::market ? fmt::format("; {}", market_label) : std::string());
        out += fmt::format("    attribution: {}\n", src.attribution);
        if (!src.url.empty()) out += fmt::format("    url: {}\n", src.url);
        for (auto const& n : src.notes) out += fmt::format("    note: {}\n", n);
        for (auto const& o : src.origins) out += fmt::format("    from: {}\n", o);
        for (auto const& r : src.retrieved) out += fmt::format("    retrieved: {}\n", r);
    }
    std::string codes;
    for (auto const& c : currencies) codes += (codes.empty() ? "" : " ") + c;
    out += fmt::format("currencies ({}): {}\n", currencies.size(), codes);
    out += fmt::format("series ({}):\n", series.size());
    for (auto const& s : series) {
        out += fmt::format("  {:<6} {:<15} {} per {}  {}..{}  {} observations\n", s.source, to_string(s.basis), s.quote, s.base,
                           to_string(s.first), to_string(s.last), s.observations);
    }
    fmt::print("{}", out);
    return exit_ok;
}

int run_show(show_command const& command) {
    std::string const base = upper(command.base);
    std::string const quote = upper(command.quote);
    for (auto const* code : {&base, &quote}) {
        if (code->size() != 3 || !is_iso_currency(*code)) {
            return fail({"F-CLI-001", fmt::format("\"{}\" is not an ISO 4217 currency code", *code), {}});
        }
    }
    auto query = resolve(command.query);
    if (!query) return fail(query.error());
    query->options.period_range = command.period_range;
    auto settings = load_rates_settings(command.query.config);
    if (!settings) return fail(settings.error());
    if (command.query.source.empty()) query->options.sources = settings->sources;
    auto table = load_cli_table(command.rates_files, settings->exclude, command.query.source, settings->path);
    if (!table) return fail(table.error());

    std::vector<rate_quote> quotes;
    if (command.query.all_sources) {
        auto all = table->rates(base, quote, query->on.date, query->options);
        if (!all) return fail(all.error());
        quotes = std::move(*all);
    } else {
        auto one = table->rate(base, quote, query->on.date, query->options);
        if (!one) return fail(one.error());
        quotes.push_back(std::move(*one));
    }
    auto const sources = table->sources();

    if (command.format == "json") {
        json doc = document_header();
        doc["base"] = base;
        doc["quote"] = quote;
        json on = json::object();
        on["written"] = command.query.on;
        on["date"] = to_string(query->on.date);
        on["basis"] = std::string(to_string(query->options.basis));
        on["period_range"] = command.period_range;
        doc["on"] = std::move(on);
        json rates = json::array();
        for (auto const& q : quotes) rates.push_back(to_json(q, sources));
        doc["rates"] = std::move(rates);
        fmt::print("{}", dump(doc));
        return exit_ok;
    }
    std::string out = fmt::format("{} per {} on {} ({})\n", quote, base, command.query.on, to_string(query->options.basis));
    for (std::size_t i = 0; i < quotes.size(); ++i) {
        if (quotes.size() > 1) out += fmt::format("  rate {} of {}:\n", i + 1, quotes.size());
        out += rate_block(quotes[i], sources, quotes.size() > 1 ? "    " : "  ");
        out += range_block(quotes[i], quotes.size() > 1 ? "    " : "  ");
    }
    fmt::print("{}", out);
    return exit_ok;
}

/// The day after which a series' last figure stops holding: the day itself, or its period's end.
std::chrono::year_month_day covered_through(series_info const& s) {
    using namespace std::chrono;
    switch (s.basis) {
        case series_basis::daily:
        case series_basis::month_end: return s.last;
        case series_basis::monthly_average: return year_month_day{year_month_day_last{s.last.year(), month_day_last{s.last.month()}}};
        case series_basis::annual_average: return year_month_day{s.last.year(), December, day{31}};
    }
    return s.last;
}

int run_status(status_command const& command) {
    using namespace std::chrono;
    year_month_day as_of{floor<days>(system_clock::now())};
    if (!command.as_of.empty()) {
        auto spec = parse_date_spec(command.as_of);
        if (!spec || spec->natural_basis != rate_basis::day) {
            return fail({"F-CLI-034", fmt::format("--as-of: \"{}\" is not a date like 2026-10-01", command.as_of), {}});
        }
        as_of = spec->date;
    }
    auto table = load_cli_table(command.rates_files);
    if (!table) return fail(table.error());
    auto const sources = table->sources();
    auto const series = table->series();

    // Series of one source and basis that end on the same day are one line: "each series' last
    // date" without 40 identical ECB lines.
    struct group {
        std::string source;
        series_basis basis;
        std::string base;
        year_month_day last;
        year_month_day through;
        std::vector<std::string> quotes;
    };
    std::vector<group> groups;
    for (auto const& s : series) {
        auto const through = covered_through(s);
        auto it = std::find_if(groups.begin(), groups.end(), [&](group const& g) {
            return g.source == s.source && g.basis == s.basis && g.base == s.base && g.last == s.last;
        });
        if (it == groups.end()) {
            groups.push_back({s.source, s.basis, s.base, s.last, through, {}});
            it = groups.end() - 1;
        }
        it->quotes.push_back(s.quote);
    }
    // Newest first within a source and basis: the line that says whether the data is fresh leads.
    std::stable_sort(groups.begin(), groups.end(), [](group const& a, group const& b) {
        if (a.source != b.source || a.basis != b.basis) return false;
        return a.last > b.last;
    });
    auto age_of = [&](group const& g) { return static_cast<long>((sys_days{as_of} - sys_days{g.through}).count()); };
    // A source is behind when its newest series ends before the date: what `rates update` fixes.
    std::map<std::string, year_month_day> newest;
    for (auto const& g : groups) {
        auto& n = newest[g.source];
        if (!n.ok() || g.through > n) n = g.through;
    }

    if (command.format == "json") {
        json doc = document_header();
        doc["as_of"] = to_string(as_of);
        json list = json::array();
        for (auto const& s : series) {
            json one = to_json(s);
            auto const through = covered_through(s);
            one["through"] = to_string(through);
            one["age_days"] = static_cast<long>((sys_days{as_of} - sys_days{through}).count());
            list.push_back(std::move(one));
        }
        doc["series"] = std::move(list);
        json srcs = json::array();
        for (auto const& src : sources) {
            json one = json::object();
            one["id"] = src.id;
            one["kind"] = std::string(to_string(src.kind));
            one["newest"] = newest.count(src.id) != 0 ? json(to_string(newest[src.id])) : json(nullptr);
            one["origins"] = src.origins;
            one["retrieved"] = src.retrieved;
            srcs.push_back(std::move(one));
        }
        doc["sources"] = std::move(srcs);
        fmt::print("{}", dump(doc));
        return exit_ok;
    }

    std::string out = fmt::format("Rates as of {} (age: days from the end of the last period a series covers)\n", to_string(as_of));
    for (auto const& src : sources) {
        out += fmt::format("{}{}:\n", src.id, src.kind == rate_kind::market ? fmt::format(" ({})", market_label) : std::string());
        for (auto const& r : src.retrieved) out += fmt::format("  retrieved: {}\n", r);
        for (auto const& g : groups) {
            if (g.source != src.id) continue;
            std::string quotes;
            constexpr std::size_t shown = 8;
            for (std::size_t i = 0; i < g.quotes.size() && i < shown; ++i) quotes += (quotes.empty() ? "" : " ") + g.quotes[i];
            if (g.quotes.size() > shown) quotes += fmt::format(" and {} more", g.quotes.size() - shown);
            std::string const last = g.basis == series_basis::monthly_average  ? to_string(g.last).substr(0, 7)
                                     : g.basis == series_basis::annual_average ? to_string(g.last).substr(0, 4)
                                                                               : to_string(g.last);
            out += fmt::format("  {:<15} last {:<10} {:>6} days old  {} per {}{}\n", to_string(g.basis), last, age_of(g), quotes,
                               g.base, g.quotes.size() > 1 ? fmt::format(" ({} series)", g.quotes.size()) : std::string());
        }
    }
    bool behind = false;
    for (auto const& [id, through] : newest) behind = behind || through < as_of;
    if (behind) out += "Dates after a series' last figure get no rate from it; `figura rates update` fetches newer rates.\n";
    fmt::print("{}", out);
    return exit_ok;
}

int run_update(update_command const& command) {
    // Every named source must have a download; the IMF's figures have none figura can read.
    for (auto const& id : command.sources) {
        bool const known = std::any_of(rates_feeds().begin(), rates_feeds().end(), [&](rates_feed const& f) { return f.source == id; });
        if (known) continue;
        std::string names;
        for (auto const& f : rates_feeds())
            if (names.find(f.source) == std::string::npos) names += (names.empty() ? "" : ", ") + std::string(f.source);
        return fail({"F-CLI-035",
                     id == "imf" ? fmt::format("--source imf: the IMF serves no file figura can download; its new month-ends arrive "
                                               "with figura releases or by `figura rates import` (downloads: {})",
                                               names)
                                 : fmt::format("--source: no download for \"{}\" (downloads: {})", id, names),
                     {}});
    }
    update_request request;
    request.sources = command.sources;
    request.mirror = command.mirror;
    request.dir = command.dir.empty() ? default_user_rates_dir() : std::filesystem::path(command.dir);
    request.timeout_seconds = command.timeout;
    auto const outcomes = run_rates_update(request);
    std::string out;
    std::vector<std::string> failed;
    for (auto const& o : outcomes) {
        if (!o.ok) {
            print_cli_error({o.error_id, fmt::format("{}: {}", o.source, o.lines.empty() ? std::string() : o.lines.front()), {}});
            failed.push_back(o.source);
            continue;
        }
        out += fmt::format("{}: {}\n", o.source, o.lines.front());
        for (std::size_t i = 1; i < o.lines.size(); ++i) out += fmt::format("  {}\n", o.lines[i]);
    }
    fmt::print("{}", out);
    std::fflush(stdout);
    if (failed.empty()) return exit_ok;
    std::string names;
    for (auto const& f : failed) names += (names.empty() ? "" : ", ") + f;
    fmt::print(stderr, "figura: not updated: {}; every command goes on with the rates already installed (figura rates status)\n",
               names);
    return exit_input_error;
}

int run_import(import_command const& command) {
    auto format = parse_rate_file_format(command.format);
    if (!format) {
        return fail({"F-CLI-033", fmt::format("--format: \"{}\" is not ecb, fred, imf or figura", command.format), {}});
    }
    std::filesystem::path const dir = command.dir.empty() ? default_user_rates_dir() : std::filesystem::path(command.dir);
    auto written = import_rates_file(command.file, *format, dir, command.replace);
    if (!written) return fail(written.error());
    fmt::print("{}\n", written->string());
    return exit_ok;
}

}  // namespace

result<rates_settings> load_rates_settings(std::string const& config_file) {
    std::optional<std::filesystem::path> path;
    if (!config_file.empty()) {
        path = std::filesystem::path(config_file);
    } else {
        std::error_code ec;
        auto const here = std::filesystem::current_path(ec);
        if (!ec) path = find_config(here);
    }
    rates_settings out;
    if (!path) return out;
    out.path = path->string();
    auto config = load_config(*path, check_rules());
    if (!config) {
        error e = config.error();
        // Name the file (and the place in it) as figura check does.
        e.message = e.id.starts_with("F-CONFIG") ? fmt::format("{}:{}:{}: {}", path->string(), e.where.line, e.where.column, e.message)
                                     : fmt::format("{}: {}", path->string(), e.message);
        return e;
    }
    if (config->rate_sources) out.sources = *config->rate_sources;
    if (config->rate_exclude) out.exclude = *config->rate_exclude;
    return out;
}

void add_rates_command(CLI::App& app, int& status) {
    CLI::App* rates = app.add_subcommand("rates", "List, show and import exchange rates (docs/cli-rates.md)");
    rates->require_subcommand(1);
    rates->footer("Run `figura help rates COMMAND` for a subcommand's options. Documentation: docs/cli-rates.md.");

    auto list = std::make_shared<list_command>();
    CLI::App* list_sub = rates->add_subcommand("list", "Sources, currencies and the coverage of every series");
    add_rates_files_option(*list_sub, list->rates_files);
    add_output_format(*list_sub, list->format);
    list_sub->footer(std::string(rates_footer) + "Documentation: docs/cli-rates.md.");
    list_sub->callback([list, &status] { status = run_list(*list); });

    auto show = std::make_shared<show_command>();
    CLI::App* show_sub = rates->add_subcommand("show", "One rate (QUOTE units per BASE unit) with its provenance");
    show_sub->add_option("BASE", show->base, "Currency converted from, e.g. CNY")->required();
    show_sub->add_option("QUOTE", show->quote, "Currency converted to, e.g. USD")->required();
    show->query.add_to(*show_sub, true);
    show_sub->add_flag("--period-range", show->period_range,
                       "Month or year: also the lowest and highest daily fixing (daily sources only)");
    add_rates_files_option(*show_sub, show->rates_files);
    add_output_format(*show_sub, show->format);
    show_sub->footer(std::string(rates_footer) +
                     "Exit status: 0 with a rate, 2 usage or input error or no rate (errors go to stderr).\n"
                     "Documentation: docs/cli-rates.md.");
    show_sub->callback([show, &status] { status = run_show(*show); });

    auto status_cmd = std::make_shared<status_command>();
    CLI::App* status_sub = rates->add_subcommand("status", "The last date and age of every series (is the data fresh?)");
    status_sub->add_option("--as-of", status_cmd->as_of, "Count ages up to this day, YYYY-MM-DD (default: today, UTC)")
        ->type_name("DATE");
    add_rates_files_option(*status_sub, status_cmd->rates_files);
    add_output_format(*status_sub, status_cmd->format);
    status_sub->footer(std::string(rates_footer) + "Documentation: docs/cli-rates.md.");
    status_sub->callback([status_cmd, &status] { status = run_status(*status_cmd); });

    auto update = std::make_shared<update_command>();
    CLI::App* update_sub = rates->add_subcommand("update", "Download the publishers' current rates into the user rates directory");
    update_sub->add_option("--source", update->sources, "Only this source (ecb, fed, market); repeatable")
        ->type_name("ID")
        ->expected(1)
        ->allow_extra_args(false)
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
    update_sub->add_option("--mirror", update->mirror, "Fetch <URL>/<file> instead of the publishers' addresses (a proxy or a local copy)")
        ->type_name("URL");
    update_sub->add_option("--dir", update->dir, "Where to install (default: the user rates directory, see docs/cli-rates.md)")
        ->type_name("DIR");
    update_sub->add_option("--timeout", update->timeout, "Give up on a server that does not answer or stalls this long (default 30)")
        ->type_name("SECONDS")
        ->check(CLI::Range(1L, 3600L))
        ->default_str("30");
    update_sub->footer(
        "Files: ECB eurofxref-hist.xml, FRED H.10 monthly and annual (fred-monthly.csv, fred-annual.csv),\n"
        "the currency-api snapshot for the VND market indication (currency-api-usd.json). Each is checked\n"
        "by figura's loaders and installed atomically with its URL, time and SHA-256; a failed, cut or\n"
        "wrong download leaves the installed rates as they were.\n"
        "Exit status: 0 updated (or already current), 2 a source could not be updated (the others are).\n"
        "Documentation: docs/cli-rates.md.");
    update_sub->callback([update, &status] { status = run_update(*update); });

    auto import = std::make_shared<import_command>();
    CLI::App* import_sub = rates->add_subcommand("import", "Check a publisher's file and add it to the user rates directory");
    import_sub->add_option("--format", import->format, "File format: ecb, fred, imf or figura")
        ->type_name("FORMAT")
        ->required();
    import_sub->add_option("FILE", import->file, "The file as downloaded, e.g. eurofxref-hist.csv")->required();
    import_sub->add_option("--dir", import->dir, "Where to write (default: the user rates directory, see docs/cli-rates.md)")
        ->type_name("DIR");
    import_sub->add_flag("--replace", import->replace, "The file replaces everything known for its source instead of merging");
    import_sub->footer(
        "Prints the path written. A malformed file writes nothing; the error names file, line and column.\n"
        "Exit status: 0 imported, 2 usage or input error. Documentation: docs/cli-rates.md.");
    import_sub->callback([import, &status] { status = run_import(*import); });
}

}  // namespace figura::cli
