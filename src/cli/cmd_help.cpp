// figura help [COMMAND]: the same text as `figura COMMAND --help`.

#include <fmt/format.h>

#include <memory>
#include <string>

#include "cli/commands.hpp"

namespace figura::cli {

void add_help_command(CLI::App& app, int& status) {
    auto topic = std::make_shared<std::string>();
    CLI::App* sub = app.add_subcommand("help", "Show help for figura or one of its commands");
    sub->add_option("COMMAND", *topic, "The command to explain");
    sub->callback([&app, topic, &status] {
        if (topic->empty()) {
            // app.help() would describe the selected subcommand, i.e. `help` itself.
            fmt::print("{}", app.get_formatter()->make_help(&app, app.get_name(), CLI::AppFormatMode::Normal));
            status = exit_ok;
            return;
        }
        CLI::App* command = nullptr;
        try {
            command = app.get_subcommand(*topic);
        } catch (CLI::OptionNotFound const&) {
            fmt::print(stderr, "figura: error: no command named \"{}\"; see figura --help\n", *topic);
            status = exit_input_error;
            return;
        }
        fmt::print("{}", command->help(app.get_name()));
        status = exit_ok;
    });
}

}  // namespace figura::cli
