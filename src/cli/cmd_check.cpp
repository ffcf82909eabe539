// figura check: the internal consistency of the figures an article reports (docs/cli-check.md).
// Reads the article(s), applies figura.toml, loads the rate table `figura convert` uses (plus any
// --rates files), runs figura::check_article, drops what inline comments and the baseline hide, and
// prints one of the report formats (report_<format>.hpp).

#include <fmt/format.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "cli/baseline.hpp"
#include "cli/commands.hpp"
#include "cli/config.hpp"
#include "cli/progress.hpp"
#include "cli/rates_output.hpp"
#include "cli/report.hpp"
#include "cli/report_github.hpp"
#include "cli/report_html.hpp"
#include "cli/report_json.hpp"
#include "cli/report_rdjsonl.hpp"
#include "cli/report_sarif.hpp"
#include "cli/report_text.hpp"
#include "cli/suppress.hpp"
#include "figura/article.hpp"
#include "figura/check.hpp"
#include "figura/rates.hpp"

namespace figura::cli {
namespace {

struct check_command {
    std::string path;
    std::string original;
    std::string translation;
    std::string summary;
    std::string jsonl;
    std::string date;
    std::string format = "text";
    std::string fail_on = "error";
    std::string config;
    std::string baseline;
    std::string write_baseline;
    std::string fx_tolerance;
    std::string fx_error_above;
    std::vector<std::string> rates_files;
};

result<std::string> read_all(std::string const& path) {
    bool const from_stdin = path == "-";
    std::FILE* file = from_stdin ? stdin : std::fopen(path.c_str(), "rb");
    if (file == nullptr) return error{"F-IO-001", fmt::format("cannot open file: {}", std::strerror(errno)), {}};
    std::string bytes;
    char buffer[65536];
    std::size_t got = 0;
    while ((got = std::fread(buffer, 1, sizeof buffer, file)) > 0) bytes.append(buffer, got);
    bool const failed = std::ferror(file) != 0;  // a directory opens and fails on the first read
    int const read_errno = errno;
    if (!from_stdin) std::fclose(file);
    if (failed) return error{"F-IO-002", fmt::format("cannot read file: {}", std::strerror(read_errno)), {}};
    return bytes;
}

std::string shown_name(std::string const& path) { return path == "-" ? std::string("<stdin>") : path; }

void print_error(std::string_view place, error const& e, bool with_place) {
    if (with_place) {
        fmt::print(stderr, "{}:{}:{}: error[{}]: {}\n", place, e.where.line, e.where.column, e.id, e.message);
    } else {
        fmt::print(stderr, "{}: error[{}]: {}\n", place, e.id, e.message);
    }
}

// YYYY-MM-DD and a real calendar day.
std::optional<std::chrono::year_month_day> parse_date(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    int y = 0;
    unsigned m = 0, d = 0;
    auto digits = [](std::string_view s, auto& out) {
        auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
        return ec == std::errc{} && end == s.data() + s.size();
    };
    if (!digits(text.substr(0, 4), y) || !digits(text.substr(5, 2), m) || !digits(text.substr(8, 2), d)) return std::nullopt;
    std::chrono::year_month_day const day{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
    if (!day.ok()) return std::nullopt;
    return day;
}

bool is_terminal(int fd) { return ::isatty(fd) == 1; }

// no-color.org: set and non-empty turns colour off.
bool colour_wanted() {
    char const* no_color = std::getenv("NO_COLOR");
    return is_terminal(1) && (no_color == nullptr || *no_color == '\0');
}

// How to read the input once (masked: directives blanked) and, when it has directives, unmasked.
struct input_set {
    std::vector<result<article>> articles;
    std::string stream;  ///< the JSON Lines path, when that was the input
};

struct reader {
    check_command const& command;
    parse_options options;

    // Reads everything; `masked` blanks directive comments first. Returns nullopt after printing
    // an I/O error for a named file.
    std::optional<input_set> read(bool masked, std::vector<std::string> const& texts) const {
        auto prepare = [&](std::string const& text) { return masked ? mask_directives(text) : text; };
        input_set out;
        if (!command.jsonl.empty()) {
            out.stream = shown_name(command.jsonl);
            out.articles = read_article_lines(prepare(texts[0]), out.stream, options);
        } else if (!command.path.empty()) {
            out.articles.push_back(read_article(prepare(texts[0]), shown_name(command.path), options));
        } else {
            std::string const original = prepare(texts[0]);
            std::string const translation = prepare(texts[1]);
            std::string const summary = prepare(texts[2]);
            out.articles.push_back(read_article_parts({original, shown_name(command.original)},
                                                      {translation, shown_name(command.translation)},
                                                      {summary, shown_name(command.summary)}, options));
        }
        return out;
    }
};

std::size_t stream_line_of(std::string_view article_path) {
    auto const colon = article_path.rfind(':');
    std::size_t line = 0;
    if (colon != std::string_view::npos) {
        std::from_chars(article_path.data() + colon + 1, article_path.data() + article_path.size(), line);
    }
    return line;
}

// --fail-on's value, already limited to the three names by CLI11.
severity fail_level_of(std::string_view text) {
    return text == "note" ? severity::note : text == "warning" ? severity::warning : severity::error;
}

int run(check_command const& command) {
    // Exactly one kind of input.
    int const kinds = (command.path.empty() ? 0 : 1) + (command.jsonl.empty() ? 0 : 1) +
                      ((command.original.empty() && command.translation.empty() && command.summary.empty()) ? 0 : 1);
    if (kinds != 1) {
        fmt::print(stderr,
                   "figura: error[F-CLI-010]: give one input: FILE (or - for standard input), --jsonl FILE, or "
                   "--original/--translation/--summary files\nRun `figura check --help` for usage.\n");
        return exit_input_error;
    }

    check_options check;
    if (!command.date.empty()) {
        auto day = parse_date(command.date);
        if (!day) {
            fmt::print(stderr, "figura: error[F-CLI-011]: --date: \"{}\" is not a date written YYYY-MM-DD\n", command.date);
            return exit_input_error;
        }
        check.publication_date = *day;
    }
    auto const fail_level = fail_level_of(command.fail_on);

    auto const& rules = check_rules();

    // Input bytes first: a missing file is the first thing to report.
    std::vector<std::string> names;
    if (!command.jsonl.empty()) names = {command.jsonl};
    else if (!command.path.empty()) names = {command.path};
    else names = {command.original, command.translation, command.summary};
    std::vector<std::string> texts;
    for (auto const& name : names) {
        if (name.empty()) {
            texts.emplace_back();
            continue;
        }
        auto bytes = read_all(name);
        if (!bytes) {
            print_error(shown_name(name), bytes.error(), false);
            return exit_input_error;
        }
        texts.push_back(std::move(*bytes));
    }

    // figura.toml: --config, else the nearest one upward from the (first) input's directory.
    parse_options parse;
    std::optional<std::filesystem::path> config_path;
    if (!command.config.empty()) {
        config_path = command.config;
    } else {
        std::string const first = names.front().empty() ? (names[1].empty() ? names[2] : names[1]) : names.front();
        std::filesystem::path const dir =
            first == "-" ? std::filesystem::current_path() : std::filesystem::absolute(first).parent_path();
        config_path = find_config(dir);
    }
    std::vector<std::string> excluded_sources;
    if (config_path) {
        auto config = load_config(*config_path, rules);
        if (!config) {
            print_error(config_path->string(), config.error(), config.error().id.starts_with("F-CONFIG"));
            return exit_input_error;
        }
        apply_config(*config, check, parse);
        if (config->rate_exclude) excluded_sources = *config->rate_exclude;
    }

    // The command line wins over figura.toml.
    for (auto const& [flag, text, slot] : {std::tuple{"--fx-tolerance", &command.fx_tolerance, &check.fx_tolerance},
                                            std::tuple{"--fx-error-above", &command.fx_error_above, &check.fx_error_above}}) {
        if (text->empty()) continue;
        auto value = parse_fraction(*text);
        if (!value) {
            fmt::print(stderr, "figura: error[F-CLI-012]: {}: \"{}\" is not a fraction from 0 to below 1 or a percentage (0.02, 2%)\n", flag,
                       *text);
            return exit_input_error;
        }
        *slot = *value;
    }

    // The same table as `figura convert`: a user who imported fresh rates checks against them.
    auto const table = load_cli_table(command.rates_files, excluded_sources, {}, config_path ? config_path->string() : std::string());
    if (!table) {
        print_cli_error(table.error());
        return exit_input_error;
    }
    check.rates = &*table;

    reader const input{command, parse};
    bool directives = false;
    for (auto const& t : texts) directives = directives || has_directives(t);
    auto masked = input.read(true, texts);
    std::optional<input_set> plain;
    if (directives) plain = input.read(false, texts);

    check_run report;
    report.rules = rules;
    bool input_failed = false;
    std::size_t const total = masked->articles.size();
    progress_bar bar(total, !command.jsonl.empty() && progress_wanted(stderr));
    // The HTML page also draws the article and the check's structured detail.
    bool const html = command.format == "html";
    html_input page;

    for (std::size_t i = 0; i < total; ++i) {
        bar.update(i);
        if (html) page.articles.emplace_back();
        auto const& read = masked->articles[i];
        checked_article out;
        if (!read) {
            bar.suspend();  // the error gets a line of its own
            input_failed = true;
            error const& e = read.error();
            if (!command.jsonl.empty()) {
                out.path = fmt::format("{}:{}", masked->stream, e.where.line);
                out.stream_path = masked->stream;
                out.stream_line = e.where.line;
                print_error(masked->stream, e, true);
            } else {
                out.path = shown_name(names.front().empty() ? names[1] : names.front());
                print_error(out.path, e, true);
            }
            out.failure = e;
            report.articles.push_back(std::move(out));
            continue;
        }
        article const& a = *read;
        out.path = a.path;
        out.id = a.id;
        if (!command.jsonl.empty()) {
            out.stream_path = masked->stream;
            out.stream_line = stream_line_of(a.path);
        }

        // Directives come from the unmasked sources (same names, same offsets).
        std::map<std::string, suppressions, std::less<>> quiet;
        for (std::size_t s = 0; s < a.sources.size(); ++s) {
            std::string_view text = a.sources[s].text;
            if (plain && plain->articles[i] && s < plain->articles[i]->sources.size()) {
                text = plain->articles[i]->sources[s].text;
            }
            out.sources.emplace(a.sources[s].name, std::string(text));
            if (!directives) continue;
            auto scanned = suppressions::scan(text, rules);
            if (!scanned) {
                bar.suspend();
                input_failed = true;
                print_error(a.sources[s].name, scanned.error(), true);
                out.failure = scanned.error();
                break;
            }
            if (!scanned->empty()) quiet.emplace(a.sources[s].name, std::move(*scanned));
        }
        if (out.failure) {
            report.articles.push_back(std::move(out));
            continue;
        }

        auto checked = check_article(a, check);
        if (!checked) {
            bar.suspend();
            input_failed = true;
            print_error(out.path, checked.error(), false);
            out.failure = checked.error();
            report.articles.push_back(std::move(out));
            continue;
        }
        out.figures_checked = checked->figures_checked;
        out.conversions_checked = checked->conversions_checked;
        for (auto& f : checked->findings) {
            auto const q = quiet.find(f.primary.path);
            if (q != quiet.end() && q->second.suppresses(f.rule, f.primary.span.line)) {
                ++out.suppressed;
                continue;
            }
            out.findings.push_back(std::move(f));
        }
        report.articles.push_back(std::move(out));
        if (html) page.articles.back() = make_html_article(a, std::move(*checked), *table, check.rate_sources);
    }
    bar.update(total);
    bar.finish();

    // Baseline: --write-baseline records every current finding (and so hides them all this run);
    // --baseline hides the ones it knows and lists those that went away.
    if (!command.write_baseline.empty()) {
        std::string const text = write_baseline(report.articles);
        std::FILE* file = std::fopen(command.write_baseline.c_str(), "wb");
        if (file == nullptr || std::fwrite(text.data(), 1, text.size(), file) != text.size() || std::fclose(file) != 0) {
            fmt::print(stderr, "{}: error[F-IO-003]: cannot write file: {}\n", command.write_baseline, std::strerror(errno));
            return exit_input_error;
        }
        auto written = read_baseline(text);
        report.baseline = apply_baseline(*written, report.articles);
        fmt::print(stderr, "figura: wrote {} finding{} to {}\n", report.baseline.hidden,
                   report.baseline.hidden == 1 ? "" : "s", command.write_baseline);
    } else if (!command.baseline.empty()) {
        auto bytes = read_all(command.baseline);
        if (!bytes) {
            print_error(command.baseline, bytes.error(), false);
            return exit_input_error;
        }
        auto entries = read_baseline(*bytes);
        if (!entries) {
            print_error(command.baseline, entries.error(), false);
            return exit_input_error;
        }
        report.baseline = apply_baseline(*entries, report.articles);
    }

    std::string out;
    if (command.format == "json") out = render_json(report);
    else if (command.format == "sarif") out = render_sarif(report);
    else if (command.format == "github") out = render_github(report);
    else if (command.format == "rdjsonl") out = render_rdjsonl(report);
    else if (command.format == "html") out = render_html(report, page);
    else out = render_text(report, text_style{colour_wanted()});
    fmt::print("{}", out);
    // Machine formats keep stdout parseable; the baseline's news goes to stderr for them.
    if (command.format != "text" && command.format != "json" && command.format != "html") {
        for (auto const& g : report.baseline.gone) {
            fmt::print(stderr, "{}: note: baseline finding no longer reported: {}[{}] {}\n", g.path, g.rule, g.fingerprint, g.message);
        }
    }

    if (input_failed) return exit_input_error;
    for (auto const& a : report.articles) {
        for (auto const& f : a.findings) {
            if (f.level >= fail_level) return exit_findings;
        }
    }
    return exit_ok;
}

}  // namespace

void add_check_command(CLI::App& app, int& status) {
    auto command = std::make_shared<check_command>();
    CLI::App* sub = app.add_subcommand("check", "Check that the figures of a news article agree with each other");
    sub->add_option("FILE", command->path, "A single-file article (summary, source URL, translation, original), or -")
        ->type_name("FILE");
    sub->add_option("--original", command->original, "The original (usually English) as its own file")->type_name("FILE");
    sub->add_option("--translation", command->translation, "The translation (usually Vietnamese) as its own file")
        ->type_name("FILE");
    sub->add_option("--summary", command->summary, "Summary bullets as their own file")->type_name("FILE");
    sub->add_option("--jsonl", command->jsonl,
                    "A JSON Lines batch: one {\"id\",\"date\",\"original\",\"translation\",\"summary\"} per line")
        ->type_name("FILE");
    sub->add_option("--date", command->date, "Publication date when the article has none (YYYY-MM-DD)")->type_name("DATE");
    sub->add_option("--format", command->format,
                    "Output: text, json (docs/schema/check-v1.json), sarif, github, rdjsonl, html (one self-contained page)")
        ->type_name("FORMAT")
        ->check(CLI::IsMember({"text", "json", "sarif", "github", "rdjsonl", "html"}))
        ->default_str("text");
    sub->add_option("--fail-on", command->fail_on, "Lowest severity that makes the exit status 1: error, warning, note")
        ->type_name("LEVEL")
        ->check(CLI::IsMember({"error", "warning", "note"}))
        ->default_str("error");
    sub->add_option("--fx-tolerance", command->fx_tolerance,
                    "A stated conversion agrees within this relative distance of a rate (default 2%)")
        ->type_name("FRACTION");
    sub->add_option("--fx-error-above", command->fx_error_above,
                    "A conversion further off than this is an error, up to it a warning (default 5%)")
        ->type_name("FRACTION");
    sub->add_option("--config", command->config, "figura.toml to use (default: the nearest one upward from the input)")
        ->type_name("FILE");
    sub->add_option("--baseline", command->baseline, "Hide the findings this baseline file knows; report those gone")
        ->type_name("FILE");
    sub->add_option("--write-baseline", command->write_baseline, "Write the current findings' fingerprints to FILE")
        ->type_name("FILE");
    add_rates_files_option(*sub, command->rates_files);
    sub->footer(
        std::string(rates_footer) +
        "Exit status: 0 no finding at or above --fail-on, 1 findings, 2 usage, configuration or input error.\n"
        "Inline suppression: <!-- figura-disable-line RULE -->, <!-- figura-disable RULE --> ... <!-- figura-enable -->.\n"
        "Documentation: docs/cli-check.md.");
    sub->callback([command, &status] { status = run(*command); });
}

}  // namespace figura::cli
