#include <fmt/format.h>

#include <charconv>
#include <string>
#include <system_error>

#include "cli/commands.hpp"
#include "figura/currency.hpp"

namespace figura::cli {
namespace {

// An ISO 4217 code as the user typed it; lower case is accepted because nobody means anything else.
result<std::string> currency_option(std::string_view option, std::string const& value) {
    std::string code;
    for (char c : value) code += (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
    if (code.size() != 3 || !is_iso_currency(code)) {
        return error{"F-CLI-001", fmt::format("{}: \"{}\" is not an ISO 4217 currency code", option, value), {}};
    }
    return code;
}

}  // namespace

void add_jobs_option(CLI::App& command, unsigned& jobs, std::string const& description) {
    // A validator without a description keeps the help's type to "N".
    CLI::Validator const positive(
        [](std::string& text) -> std::string {
            unsigned long n = 0;
            auto const [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
            if (ec != std::errc{} || end != text.data() + text.size() || n < 1 || n > 1024) {
                return "expected a number of threads from 1 to 1024, not \"" + text + "\"";
            }
            return {};
        },
        "", "jobs");
    command.add_option("--jobs", jobs, description)->type_name("N")->check(positive);
}

void reading_options::add_to(CLI::App& command, bool streams) {
    if (streams) {
        command
            .add_option("--format", format,
                        "Output format: text (for people), json or jsonl (one figure per line; docs/json.md)")
            ->type_name("FORMAT")
            ->check(CLI::IsMember({"text", "json", "jsonl"}))
            ->default_str("text");
    } else {
        command.add_option("--format", format, "Output format: text (for people) or json (docs/json.md)")
            ->type_name("FORMAT")
            ->check(CLI::IsMember({"text", "json"}))
            ->default_str("text");
    }
    command.add_option("--lang", lang, "Language of the text: en, vi, or auto (detect per line)")
        ->type_name("LANG")
        ->check(CLI::IsMember({"en", "vi", "auto"}))
        ->default_str("auto");
    command.add_option("--dollar", dollar, "What a bare $ (dollars, đô la) means; default USD")
        ->type_name("CODE");
    command.add_option("--yen", yen, "What a bare ¥ means in both languages; default JPY in en, CNY in vi")
        ->type_name("CODE");
}

result<parse_options> reading_options::to_parse_options() const {
    parse_options options;
    if (lang == "en") options.lang = language::en;
    if (lang == "vi") options.lang = language::vi;
    if (!dollar.empty()) {
        auto code = currency_option("--dollar", dollar);
        if (!code) return code.error();
        options.dollar_default = *code;
    }
    if (!yen.empty()) {
        auto code = currency_option("--yen", yen);
        if (!code) return code.error();
        options.yen_default_en = *code;
        options.yen_default_vi = *code;
    }
    return options;
}

}  // namespace figura::cli
