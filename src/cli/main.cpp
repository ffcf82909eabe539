// The figura command-line tool. Each subcommand lives in src/cli/cmd_<name>.cpp; this file wires
// them up and turns every failure into a message and an exit code (commands.hpp lists them).

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <cstdio>
#include <cstdlib>
#include <exception>
#include <iostream>
#include <string>
#include <string_view>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include "cli/commands.hpp"
#include "figura/error.hpp"
#include "figura/version.hpp"

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define FIGURA_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
#define FIGURA_SANITIZED 1
#endif
#endif

namespace {

/// Ends the process after a command has run: what it wrote is flushed, and the tables the library
/// built on first use (grammar symbol tables, lexicon, rates: tens of thousands of small nodes) are
/// left to the operating system instead of being freed one by one at exit. Sanitizer builds return
/// normally, so leak checking still sees everything.
int finish(int status) {
    std::cout.flush();
    std::cerr.flush();
    std::fflush(nullptr);
#if !defined(FIGURA_SANITIZED)
    std::_Exit(status);
#endif
    return status;
}

/// The command line's selected commands, outermost first: `figura rates show`.
std::string command_path(CLI::App const& app, CLI::App const** deepest = nullptr) {
    CLI::App const* command = &app;
    std::string path = app.get_name();
    while (!command->get_subcommands().empty()) {
        command = command->get_subcommands().front();
        path += " " + command->get_name();
    }
    if (deepest != nullptr) *deepest = command;
    return path;
}

/// `figura bogus`, `figura rates bogus` and `figura rates`: CLI11 reports an unexpected argument or
/// a missing subcommand; say instead that there is no such command, or which ones there are. Returns
/// false when the error is something else.
bool report_command_error(CLI::App const& app) {
    CLI::App const* command = nullptr;
    std::string const path = command_path(app, &command);
    auto const named = command->get_subcommands([](CLI::App const* sub) { return !sub->get_name().empty(); });
    if (named.empty()) return false;
    auto const extra = app.remaining(true);
    if (extra.empty()) {
        if (command == &app) return false;
        std::string names;
        for (CLI::App const* sub : named) names += (names.empty() ? "" : ", ") + sub->get_name();
        fmt::print(stderr, "figura: error: `{}` needs a subcommand ({})\nRun `{} --help` for usage.\n", path, names, path);
        return true;
    }
    if (extra.front().starts_with("-")) return false;
    if (command == &app) {
        fmt::print(stderr, "figura: error: no command named \"{}\"\nRun `figura --help` for usage.\n", extra.front());
    } else {
        fmt::print(stderr, "figura: error: `{}` has no subcommand named \"{}\"\nRun `{} --help` for usage.\n", path,
                   extra.front(), path);
    }
    return true;
}

/// The commands in the order `figura --help` lists them.
struct command_entry {
    std::string_view name;
    void (*add)(CLI::App& app, int& status);
};
constexpr command_entry all_commands[] = {
    {"parse", figura::cli::add_parse_command},     {"extract", figura::cli::add_extract_command},
    {"check", figura::cli::add_check_command},     {"convert", figura::cli::add_convert_command},
    {"rates", figura::cli::add_rates_command},     {"help", figura::cli::add_help_command},
};

/// The one command to build when argv[1] names it and no later argument names another; nullptr
/// otherwise (no command, `--help`, `help`, a typo, `figura parse x extract`), when all are built
/// so that listings and errors name them all. Building every command's options was about a quarter
/// of the instructions of `figura parse '$5m'` (benchmarks/README.md "Start-up").
command_entry const* only_command(int argc, char** argv) {
    if (argc < 2) return nullptr;
    command_entry const* chosen = nullptr;
    for (auto const& c : all_commands) {
        if (c.name == argv[1] && c.name != "help") chosen = &c;
    }
    if (chosen == nullptr) return nullptr;
    for (int i = 2; i < argc; ++i) {
        for (auto const& c : all_commands) {
            if (c.name == argv[i]) return nullptr;
        }
    }
    return chosen;
}

}  // namespace

int main(int argc, char** argv) {
    namespace cli = figura::cli;
#if defined(__GLIBC__)
    // Large batches allocate and free megabyte buffers (a piece's figures and its output) over and
    // over; by default glibc maps each one afresh and returns it on free, so every piece pays its
    // page faults again. Keep them in the heap for reuse: peak memory stays what it was.
    mallopt(M_MMAP_THRESHOLD, 64 << 20);
    mallopt(M_TRIM_THRESHOLD, 256 << 20);
#endif

    CLI::App app{"figura: exact monetary figures from English and Vietnamese text", "figura"};
    app.set_version_flag("--version", "figura " FIGURA_VERSION_STRING, "Print the version and exit");
    // At most one command; none is reported after parsing so `figura bogus` says what was wrong.
    app.require_subcommand(0, 1);
    // Usage errors look like every other figura error and say where to find help.
    app.failure_message([](CLI::App const* top, CLI::Error const& e) {
        // Point at the help of the command being used when the error came from its arguments.
        return fmt::format("figura: error: {}\nRun `{} --help` for usage.\n", e.what(), command_path(*top));
    });
    app.footer("Run `figura help COMMAND` for a command's options. Documentation: docs/cli.md.");

    int status = cli::exit_ok;
    if (command_entry const* only = only_command(argc, argv)) {
        only->add(app, status);
    } else {
        for (auto const& c : all_commands) c.add(app, status);
    }

    try {
        app.parse(argc, argv);
    } catch (CLI::ParseError const& e) {
        // --help and --version arrive as "errors" with exit code 0; real usage errors are status 2.
        if (e.get_exit_code() != 0 && report_command_error(app)) return cli::exit_input_error;
        int const code = app.exit(e);
        return code == 0 ? cli::exit_ok : cli::exit_input_error;
    } catch (figura::exception const& e) {
        fmt::print(stderr, "figura: error[{}]: {}\n", e.details().id, e.details().message);
        return cli::exit_input_error;
    } catch (std::exception const& e) {
        fmt::print(stderr, "figura: internal error: {}\n", e.what());
        return cli::exit_internal_error;
    }
    if (app.get_subcommands().empty()) {
        std::string names;
        for (CLI::App const* command : app.get_subcommands({})) names += (names.empty() ? "" : ", ") + command->get_name();
        fmt::print(stderr, "figura: error: no command given ({})\nRun `figura --help` for usage.\n", names);
        return cli::exit_input_error;
    }
    return finish(status);
}
