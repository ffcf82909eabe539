#pragma once
// Rate tables and output shared by `figura convert`, `figura rates` and `figura check`
// (docs/cli-rates.md): the table a run uses, rates with provenance, exact intervals, and the options
// the commands share. Nothing here prints except print_cli_error.

#include <CLI/CLI.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "cli/json_output.hpp"
#include "figura/error.hpp"
#include "figura/rates.hpp"

namespace figura::cli {

/// `--on`, `--basis`, `--source`, `--all-sources`, `--max-stale-days`, `--config` as given on the command line.
struct rate_query_options {
    std::string on;
    std::string basis;   ///< empty: the spelling of --on decides
    std::string source;  ///< empty: the table's order
    bool all_sources = false;
    int max_stale_days = 7;
    std::string config;  ///< --config FILE; empty: the nearest figura.toml upward from the working directory

    void add_to(CLI::App& command, bool on_required);
};

/// The date and library options these stand for; errors name the option.
struct rate_query {
    date_spec on;
    rate_options options;
};
result<rate_query> resolve(rate_query_options const& given);

/// The help footer's line on which table a command uses (convert, check, rates show, rates list).
inline constexpr std::string_view rates_footer =
    "Rates: the embedded table, *.figrates in the user rates directory ($FIGURA_RATES_DIR, else\n"
    "$XDG_DATA_HOME/figura/rates, else ~/.local/share/figura/rates), and each --rates FILE.\n";

/// Adds the repeatable `--rates FILE` option (a rates file used for this run only) to `command`.
void add_rates_files_option(CLI::App& command, std::vector<std::string>& files);

/// One `--rates` file, format detected (ECB, FRED, simple CSV or figura-rates); errors name the file
/// as given, with line and column for a malformed one.
result<rate_source_data> load_run_rates_file(std::string const& file);

/// The table every command uses: the embedded table, plus the user rates directory
/// (default_user_rates_dir()), plus each of `extra_files` in order, merged as `rates import` would,
/// without the sources in `exclude` (figura.toml's [rates] exclude, read from `exclude_from`) except
/// `keep` (a --source the user named). A bad or conflicting file, or an excluded source the table does not know, is an
/// error naming it.
result<rate_table> load_cli_table(std::vector<std::string> const& extra_files, std::vector<std::string> const& exclude = {},
                                  std::string_view keep = {}, std::string_view exclude_from = "figura.toml");

/// figura.toml's [rates] settings for `convert` and `rates show` (cmd_rates.cpp).
struct rates_settings {
    std::vector<std::string> sources;  ///< only these, in this order (empty: official sources first)
    std::vector<std::string> exclude;  ///< never these
    std::string path;                  ///< the figura.toml read (empty: none)
};
/// `config_file` when given, else the nearest figura.toml upward from the working directory; no file
/// gives the defaults. Errors name the file, line and column.
result<rates_settings> load_rates_settings(std::string const& config_file);

/// `figura: error[ID]: message` on stderr.
void print_cli_error(error const& e);

/// Exponent of the largest power of ten not above |r| (r != 0).
std::int32_t magnitude(rational const& r);

/// The exact value of a decimal.
rational to_rational(decimal const& d);

/// "10396/75385", or "42" for an integer.
std::string rational_text(rational const& r);

/// 1234567 -> "1,234,567" (digits before the point grouped; the rest kept).
std::string grouped(std::string const& plain);

/// The exponent that keeps about `digits` significant digits of the largest finite end (0 when none).
std::int32_t display_exponent(exact_interval const& i, int digits);

/// Rounding of a rate for display: 6 decimals, or 7 significant digits when that is finer.
std::int32_t rate_display_exponent(rational const& r);

/// `[13720000000, 13860000000)` with grouping when `group`.
std::string interval_text(interval const& i, bool group);

/// The indented lines describing one rate (value, source, basis, dates, path, legs, attribution).
std::string rate_block(rate_quote const& q, std::vector<rate_source_info> const& sources, std::string_view indent);

/// A quote's period range (rate_options::period_range) as text lines in rate_block's layout (empty
/// without a range); to_json(rate_quote) has it as "range" (null without one).
std::string range_block(rate_quote const& q, std::string_view indent);

json to_json(exact_interval const& i);
json to_json(rate_quote const& q, std::vector<rate_source_info> const& sources);
json to_json(rate_source_info const& s);
json to_json(series_info const& s);

}  // namespace figura::cli
