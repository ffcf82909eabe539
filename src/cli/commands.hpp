#pragma once
// The figura CLI's subcommands. Each lives in its own cmd_<name>.cpp and registers itself on the
// top-level app through an add_<name>_command function called from main.cpp; a command's callback
// stores its exit status in `status`.

#include <CLI/CLI.hpp>

#include <string>

#include "figura/error.hpp"
#include "figura/parse.hpp"

namespace figura::cli {

/// Exit codes: 0 success, 1 findings (reserved for `check`), 2 usage or input error, 3 internal fault.
inline constexpr int exit_ok = 0;
inline constexpr int exit_findings = 1;
inline constexpr int exit_input_error = 2;
inline constexpr int exit_internal_error = 3;

enum class output_format { text, json, jsonl };

/// Options that parse and extract (and later commands) share: output format, language and the
/// currency defaults of `figura::parse_options`.
struct reading_options {
    std::string format = "text";  ///< "text", "json" or (extract) "jsonl"
    std::string lang = "auto";
    std::string dollar;  ///< empty: library default (USD)
    std::string yen;     ///< empty: library defaults (JPY in English, CNY in Vietnamese)

    [[nodiscard]] output_format output() const {
        return format == "json" ? output_format::json : format == "jsonl" ? output_format::jsonl : output_format::text;
    }

    /// Adds --format, --lang, --dollar and --yen to `command`; `streams`: --format also takes jsonl.
    void add_to(CLI::App& command, bool streams = false);

    /// The library options these stand for; an unknown currency code is an error naming the option.
    [[nodiscard]] result<parse_options> to_parse_options() const;
};

/// Adds `--jobs N` (a positive number of threads; 0, the default, stands for the number of cores).
void add_jobs_option(CLI::App& command, unsigned& jobs, std::string const& description);

void add_parse_command(CLI::App& app, int& status);
void add_extract_command(CLI::App& app, int& status);
void add_help_command(CLI::App& app, int& status);
void add_check_command(CLI::App& app, int& status);  // cmd_check.cpp (docs/cli-check.md)
void add_convert_command(CLI::App& app, int& status);  // cmd_convert.cpp (docs/cli-rates.md)
void add_rates_command(CLI::App& app, int& status);    // cmd_rates.cpp (docs/cli-rates.md)

}  // namespace figura::cli
