#pragma once
// Output shared by `figura convert` and `figura rates` (docs/cli-rates.md): rates with provenance,
// exact intervals, and the options both commands take. Everything returns strings or json.

#include <CLI/CLI.hpp>

#include <cstdint>
#include <string>
#include <vector>

#include "cli/json_output.hpp"
#include "figura/error.hpp"
#include "figura/rates.hpp"

namespace figura::cli {

/// `--on`, `--basis`, `--source`, `--all-sources`, `--max-stale-days` as given on the command line.
struct rate_query_options {
    std::string on;
    std::string basis;   ///< empty: the spelling of --on decides
    std::string source;  ///< empty: the table's order
    bool all_sources = false;
    int max_stale_days = 7;

    void add_to(CLI::App& command, bool on_required);
};

/// The date and library options these stand for; errors name the option.
struct rate_query {
    date_spec on;
    rate_options options;
};
result<rate_query> resolve(rate_query_options const& given);

/// The embedded table plus the user rates directory (default_user_rates_dir()).
result<rate_table> load_cli_table();

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

json to_json(exact_interval const& i);
json to_json(rate_quote const& q, std::vector<rate_source_info> const& sources);
json to_json(rate_source_info const& s);
json to_json(series_info const& s);

}  // namespace figura::cli
