// figura parse EXPR...: each argument is one expression.

#include <fmt/format.h>

#include <cstddef>
#include <cstdio>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "cli/commands.hpp"
#include "cli/json_output.hpp"
#include "cli/text_output.hpp"
#include "figura/parse.hpp"

namespace figura::cli {
namespace {

struct parse_command {
    std::vector<std::string> expressions;
    reading_options reading;
};

// The argument itself names the place in a diagnostic, as a file name would, when it is short and
// printable; otherwise `<arg N>` (1-based), so the line stays one readable line.
std::string argument_name(std::string_view expression, std::size_t index) {
    constexpr std::size_t longest = 80;
    bool printable = !expression.empty() && expression.size() <= longest;
    bool blank = true;
    for (char c : expression) {
        auto const byte = static_cast<unsigned char>(c);
        if (byte < 0x20U || byte == 0x7FU) printable = false;
        if (c != ' ') blank = false;
    }
    if (printable && !blank) return std::string(expression);
    return fmt::format("<arg {}>", index + 1);
}

int run(parse_command const& command) {
    auto options = command.reading.to_parse_options();
    if (!options) {
        fmt::print(stderr, "figura: error[{}]: {}\n", options.error().id, options.error().message);
        return exit_input_error;
    }
    bool const as_json = command.reading.output() == output_format::json;

    int status = exit_ok;
    json results = json::array();
    bool first_block = true;
    for (std::size_t index = 0; index < command.expressions.size(); ++index) {
        std::string const& expression = command.expressions[index];
        auto parsed = figura::parse(expression, *options);
        json item = json::object();
        item["input"] = expression;
        if (parsed) {
            item["figure"] = to_json(*parsed);
            if (!as_json) {
                // Blocks are printed as they come so they interleave sensibly with errors on stderr.
                fmt::print("{}{}", first_block ? "" : "\n", parse_block(expression, *parsed));
                std::fflush(stdout);
                first_block = false;
            }
        } else {
            status = exit_input_error;
            item["error"] = to_json(parsed.error());
            std::string message = diagnostic(argument_name(expression, index), parsed.error());
            if (parsed.error().id.rfind("F-UTF8", 0) != 0) message += caret_excerpt(expression, parsed.error().where);
            fmt::print(stderr, "{}", message);
            std::fflush(stderr);
        }
        results.push_back(std::move(item));
    }
    if (as_json) {
        json document = document_header();
        document["results"] = std::move(results);
        fmt::print("{}", dump(document));
    }
    return status;
}

}  // namespace

void add_parse_command(CLI::App& app, int& status) {
    auto command = std::make_shared<parse_command>();
    CLI::App* sub = app.add_subcommand("parse", "Parse each argument as one figure and show its exact reading");
    sub->add_option("EXPR", command->expressions,
                    "An expression such as \"less than $6m\" or \"100 tỷ nhân dân tệ\" (quote it)")
        ->required();
    command->reading.add_to(*sub);
    sub->footer("Exit status: 0 when every expression parsed, 2 when any failed (errors go to stderr).");
    sub->callback([command, &status] { status = run(*command); });
}

}  // namespace figura::cli
