#pragma once
// figura.toml: the project-wide settings of `figura check` (docs/cli-check.md, "Configuration").
//
//     approx_tolerance = "0.05"
//     fx_tolerance = "2%"           # a stated conversion within 2% of a rate agrees
//     fx_error_above = "5%"         # beyond 5% it is an error, up to it a warning
//     [rules]
//     "fx.basis" = "off"            # or "error", "warning", "note"
//     [currency]
//     dollar = "USD"
//     yen_en = "JPY"
//     yen_vi = "CNY"
//     [rates]
//     sources = ["ecb", "fed"]      # only these, in this order
//     exclude = ["market"]          # never these (convert, rates show and check)
//     max_stale_days = 7
//
// Every key is known; a misspelt one is an error naming file:line:col rather than a silently
// ignored setting.

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "figura/check.hpp"
#include "figura/decimal.hpp"
#include "figura/error.hpp"
#include "figura/parse.hpp"

namespace figura::cli {

inline constexpr std::string_view config_file_name = "figura.toml";

struct check_config {
    std::string path;  ///< the file it came from; empty when none was found
    std::map<std::string, std::optional<severity>, std::less<>> rule_levels;  ///< nullopt: "off"
    std::optional<decimal> approx_tolerance;
    std::optional<decimal> fx_tolerance;
    std::optional<decimal> fx_error_above;
    std::optional<std::string> dollar;
    std::optional<std::string> yen_en;
    std::optional<std::string> yen_vi;
    std::optional<std::vector<std::string>> rate_sources;
    std::optional<std::vector<std::string>> rate_exclude;
    std::optional<int> max_stale_days;
};

/// Reads a figura.toml text. `rules` are the valid rule ids. Errors (`where` holds line and column
/// in the file): F-CONFIG-001 not TOML, F-CONFIG-002 unknown key or table, F-CONFIG-003 a value of
/// the wrong type or out of range (unknown severity, not an ISO 4217 code, negative days).
result<check_config> parse_config(std::string_view text, std::string_view path, std::vector<rule_info> const& rules);

/// Reads the file at `path` (F-IO-001/002 when it cannot be read).
result<check_config> load_config(std::filesystem::path const& path, std::vector<rule_info> const& rules);

/// The nearest figura.toml in `start` or one of its parents; nullopt when there is none.
std::optional<std::filesystem::path> find_config(std::filesystem::path const& start);

/// A relative tolerance as written in figura.toml or on the command line: a fraction (`0.02`) or a
/// percentage (`2%`), from 0 to below 1; nullopt otherwise.
std::optional<decimal> parse_fraction(std::string_view text);

/// Applies the settings over defaults already in `check` and `parse`.
void apply_config(check_config const& config, check_options& check, parse_options& parse);

}  // namespace figura::cli
