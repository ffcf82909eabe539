// figura check: the internal consistency of the figures an article reports (docs/cli-check.md).
// Reads the article(s), applies figura.toml, loads the rate table `figura convert` uses (plus any
// --rates files), runs figura::check_article, drops what inline comments and the baseline hide, and
// prints one of the report formats (report_<format>.hpp).

#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
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
#include "cli/batch.hpp"
#include "cli/commands.hpp"
#include "cli/config.hpp"
#include "cli/input.hpp"
#include "cli/json_stream.hpp"
#include "cli/progress.hpp"
#include "cli/rates_output.hpp"
#include "cli/report.hpp"
#include "cli/report_github.hpp"
#include "cli/report_html.hpp"
#include "cli/report_json.hpp"
#include "cli/report_jsonl.hpp"
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
    unsigned jobs = 0;  ///< 0: the number of cores
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

std::string error_text(std::string_view place, error const& e, bool with_place) {
    if (with_place) return fmt::format("{}:{}:{}: error[{}]: {}\n", place, e.where.line, e.where.column, e.id, e.message);
    return fmt::format("{}: error[{}]: {}\n", place, e.id, e.message);
}

void print_error(std::string_view place, error const& e, bool with_place) { fmt::print(stderr, "{}", error_text(place, e, with_place)); }

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

// One article to read and check: a line of a JSON Lines stream, or the whole input.
struct article_input_ref {
    std::string_view line;  ///< JSON Lines: the line, without its break
    std::size_t offset = 0;
    std::size_t line_number = 0;
};

// The lines of a JSON Lines stream that hold something (blank lines are skipped, as
// `read_article_lines` does).
std::vector<article_input_ref> stream_lines(std::string_view jsonl) {
    std::vector<article_input_ref> out;
    std::size_t start = 0;
    std::size_t line_no = 0;
    while (start < jsonl.size()) {
        ++line_no;
        auto const nl = jsonl.find('\n', start);
        std::size_t const end = nl != std::string_view::npos ? nl : jsonl.size();
        std::string_view line = jsonl.substr(start, end - start);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (line.find_first_not_of(" \t") != std::string_view::npos) out.push_back({line, start, line_no});
        start = end + 1;
    }
    return out;
}

struct reader {
    check_command const& command;
    parse_options options;
    std::vector<std::string> const& texts;

    // Reads one article; `masked` blanks directive comments first (same offsets).
    result<article> read(bool masked, article_input_ref const& in) const {
        auto prepare = [&](std::string_view text) { return masked ? mask_directives(text) : std::string(text); };
        if (!command.jsonl.empty()) {
            return read_article_line(prepare(in.line), in.offset, in.line_number, shown_name(command.jsonl), options);
        }
        if (!command.path.empty()) return read_article(prepare(texts[0]), shown_name(command.path), options);
        std::string const original = prepare(texts[0]);
        std::string const translation = prepare(texts[1]);
        std::string const summary = prepare(texts[2]);
        return read_article_parts({original, shown_name(command.original)}, {translation, shown_name(command.translation)},
                                  {summary, shown_name(command.summary)}, options);
    }
};

// What checking one article gives the writer, which handles articles in input order.
struct article_outcome {
    checked_article out;
    std::string diagnostics;  ///< errors for standard error
    bool failed = false;
    std::optional<html_article> page;
    /// Streamed JSON Lines only: the article's records, rendered on the worker thread (the writer's
    /// thread is the batch's one serial part), with what the summary and the exit status need.
    std::string jsonl;
    severity_counts counts;
    bool failing = false;
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

    reader const input{command, parse, texts};
    bool directives = false;
    for (auto const& t : texts) directives = directives || has_directives(t);
    std::vector<article_input_ref> const items =
        command.jsonl.empty() ? std::vector<article_input_ref>{article_input_ref{}} : stream_lines(texts[0]);

    check_run report;
    report.rules = rules;
    bool input_failed = false;
    std::size_t const total = items.size();
    progress_bar bar(total, !command.jsonl.empty() && progress_wanted(stderr));
    // The HTML page also draws the article and the check's structured detail.
    bool const html = command.format == "html";
    check.detail = html;  // only the page draws it; the other formats print findings and counts
    html_input page;
    std::string const stream = command.jsonl.empty() ? std::string() : shown_name(command.jsonl);

    // Reads and checks article `i`; runs on any thread (the library is reentrant; nothing here is shared
    // but read-only state).
    auto check_one = [&](std::size_t i) {
        article_outcome outcome;
        checked_article& out = outcome.out;
        auto const read = input.read(true, items[i]);
        if (!read) {
            outcome.failed = true;
            error const& e = read.error();
            if (!command.jsonl.empty()) {
                out.path = fmt::format("{}:{}", stream, e.where.line);
                out.stream_path = stream;
                out.stream_line = e.where.line;
                outcome.diagnostics = error_text(stream, e, true);
            } else {
                out.path = shown_name(names.front().empty() ? names[1] : names.front());
                outcome.diagnostics = error_text(out.path, e, true);
            }
            out.failure = e;
            return outcome;
        }
        article const& a = *read;
        out.path = a.path;
        out.id = a.id;
        if (!command.jsonl.empty()) {
            out.stream_path = stream;
            out.stream_line = stream_line_of(a.path);
        }

        // Directives come from the unmasked sources (same names, same offsets).
        std::optional<result<article>> plain;
        if (directives) plain = input.read(false, items[i]);
        suppressions_by_source quiet;
        for (std::size_t s = 0; s < a.sources.size(); ++s) {
            std::string_view text = a.sources[s].text;
            if (plain && *plain && s < (*plain)->sources.size()) text = (*plain)->sources[s].text;
            out.sources.emplace(a.sources[s].name, std::string(text));
            if (!directives) continue;
            auto scanned = suppressions::scan(text, rules);
            if (!scanned) {
                outcome.failed = true;
                outcome.diagnostics = error_text(a.sources[s].name, scanned.error(), true);
                out.failure = scanned.error();
                break;
            }
            if (!scanned->empty()) quiet.emplace(a.sources[s].name, std::move(*scanned));
        }
        if (out.failure) return outcome;

        auto checked = check_article(a, check);
        if (!checked) {
            outcome.failed = true;
            outcome.diagnostics = error_text(out.path, checked.error(), false);
            out.failure = checked.error();
            return outcome;
        }
        out.figures_checked = checked->figures_checked;
        out.conversions_checked = checked->conversions_checked;
        out.suppressed += keep_unsuppressed(std::move(checked->findings), quiet, out.findings);
        if (html) outcome.page = make_html_article(a, std::move(*checked), *table, check.rate_sources);
        return outcome;
    };

    // JSON Lines output is written article by article (unless a baseline needs every finding first);
    // the other formats are rendered from the whole run.
    bool const streaming = command.format == "jsonl" && command.baseline.empty() && command.write_baseline.empty();
    output_buffer streamed;
    severity_counts counts;
    std::size_t suppressed = 0;
    if (streaming) write_check_jsonl_header(streamed.buffer());

    std::size_t done = 0;
    std::size_t articles_streamed = 0;
    bool any_failing = false;
    auto write = [&](article_outcome&& r) {
        bar.update(done++);
        if (r.failed) {
            bar.suspend();  // the error gets a line of its own
            input_failed = true;
            streamed.flush();
            fmt::print(stderr, "{}", r.diagnostics);
        }
        if (streaming) {
            any_failing = any_failing || r.failing;
            suppressed += r.out.suppressed;
            counts.error += r.counts.error;
            counts.warning += r.counts.warning;
            counts.note += r.counts.note;
            streamed.buffer().append(r.jsonl);
            streamed.flush_if_full();
            ++articles_streamed;
            return;
        }
        if (html) page.articles.push_back(std::move(r.page));
        report.articles.push_back(std::move(r.out));
    };
    {
        unsigned const jobs = command.jsonl.empty() ? 1 : command.jobs > 0 ? command.jobs : default_jobs();
        // Articles go to the threads in runs: one hand-over per article (a wake-up, a context switch)
        // cost 10-20% more CPU than the checks themselves on short articles. A run stays small enough
        // that every thread gets about eight, so a short batch still spreads over the jobs.
        std::size_t const run = jobs <= 1 ? 1 : std::clamp<std::size_t>(total / (8 * std::size_t{jobs}), 1, 32);
        ordered_batch<std::vector<article_outcome>> batch(jobs, 4 * static_cast<std::size_t>(jobs),
                                                          [&write](std::vector<article_outcome>&& outcomes) {
                                                              for (auto& o : outcomes) write(std::move(o));
                                                          });
        for (std::size_t first = 0; first < total; first += run) {
            std::size_t const last = std::min(total, first + run);
            batch.submit([&check_one, streaming, fail_level, first, last] {
                std::vector<article_outcome> outcomes;
                outcomes.reserve(last - first);
                for (std::size_t i = first; i < last; ++i) {
                    article_outcome& o = outcomes.emplace_back(check_one(i));
                    if (!streaming) continue;
                    write_check_jsonl_article(o.jsonl, o.out);
                    add_counts(o.counts, o.out);
                    for (auto const& f : o.out.findings) o.failing = o.failing || f.level >= fail_level;
                    // Freed here rather than by the writer: the article's text and findings are no
                    // longer needed once rendered.
                    o.out.findings = {};
                    o.out.sources = {};
                }
                return outcomes;
            });
        }
        batch.finish();
    }
    bar.update(total);
    bar.finish();
    if (streaming) {
        write_check_jsonl_summary(streamed.buffer(), articles_streamed, counts, suppressed);
        streamed.flush();
        return input_failed ? exit_input_error : any_failing ? exit_findings : exit_ok;
    }

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
    else if (command.format == "jsonl") out = render_check_jsonl(report);
    else out = render_text(report, text_style{colour_wanted()});
    fmt::print("{}", out);
    // Machine formats keep stdout parseable; the baseline's news goes to stderr for them.
    if (command.format != "text" && command.format != "json" && command.format != "html" && command.format != "jsonl") {
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
                    "Output: text, json (docs/schema/check-v1.json), jsonl (one finding per line, as found), sarif, github, "
                    "rdjsonl, html (one self-contained page)")
        ->type_name("FORMAT")
        ->check(CLI::IsMember({"text", "json", "jsonl", "sarif", "github", "rdjsonl", "html"}))
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
    add_jobs_option(*sub, command->jobs, "Threads for a --jsonl batch; default: the number of cores (same output for any N)");
    add_rates_files_option(*sub, command->rates_files);
    sub->footer(
        std::string(rates_footer) +
        "Exit status: 0 no finding at or above --fail-on, 1 findings, 2 usage, configuration or input error.\n"
        "Inline suppression: <!-- figura-disable-line RULE -->, <!-- figura-disable RULE --> ... <!-- figura-enable -->.\n"
        "Documentation: docs/cli-check.md.");
    sub->callback([command, &status] { status = run(*command); });
}

}  // namespace figura::cli
