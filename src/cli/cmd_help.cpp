// figura help [COMMAND [SUBCOMMAND]]: the same text as `figura COMMAND [SUBCOMMAND] --help`.

#include <fmt/format.h>

#include <memory>
#include <string>
#include <vector>

#include "cli/commands.hpp"

namespace figura::cli {

void add_help_command(CLI::App& app, int& status) {
    auto topic = std::make_shared<std::vector<std::string>>();
    CLI::App* sub = app.add_subcommand("help", "Show help for figura or one of its commands");
    sub->add_option("COMMAND", *topic, "The command to explain, and its subcommand if it has them (rates import)")
        ->type_name("NAME");
    sub->footer("`figura help COMMAND [SUBCOMMAND]` prints the same text as `figura COMMAND [SUBCOMMAND] --help`.");
    sub->callback([&app, topic, &status] {
        if (topic->empty()) {
            // app.help() would describe the selected subcommand, i.e. `help` itself.
            fmt::print("{}", app.get_formatter()->make_help(&app, app.get_name(), CLI::AppFormatMode::Normal));
            status = exit_ok;
            return;
        }
        // Walk down the names; `path` is what a user types before the next name ("figura rates").
        CLI::App* command = &app;
        std::string path = app.get_name();
        for (std::string const& name : *topic) {
            CLI::App* next = nullptr;
            try {
                next = command->get_subcommand(name);
            } catch (CLI::OptionNotFound const&) {
                // reported below, naming the command that lacks it
            }
            if (next == nullptr) {
                if (command == &app) {
                    fmt::print(stderr, "figura: error: no command named \"{}\"; see figura --help\n", name);
                } else {
                    fmt::print(stderr, "figura: error: `{}` has no subcommand named \"{}\"; see figura help {}\n", path,
                               name, path.substr(app.get_name().size() + 1));
                }
                status = exit_input_error;
                return;
            }
            command = next;
            if (&name != &topic->back()) path += " " + command->get_name();
        }
        fmt::print("{}", command->help(path));
        status = exit_ok;
    });
}

}  // namespace figura::cli
