// figura extract FILE|-: every figure in a text.

#include <fmt/format.h>

#include <cerrno>
#include <cstddef>
#include <cstdio>
#include <cstring>
#include <memory>
#include <string>

#include "cli/commands.hpp"
#include "cli/json_output.hpp"
#include "cli/text_output.hpp"
#include "figura/parse.hpp"

namespace figura::cli {
namespace {

struct extract_command {
    std::string path;
    reading_options reading;
};

// The whole file (or standard input for "-") as bytes; the library validates the UTF-8.
result<std::string> read_all(std::string const& path) {
    bool const from_stdin = path == "-";
    std::FILE* file = from_stdin ? stdin : std::fopen(path.c_str(), "rb");
    if (file == nullptr) {
        return error{"F-IO-001", fmt::format("cannot open file: {}", std::strerror(errno)), {}};
    }
    std::string bytes;
    char buffer[65536];
    std::size_t got = 0;
    while ((got = std::fread(buffer, 1, sizeof buffer, file)) > 0) bytes.append(buffer, got);
    // A directory opens fine on Linux and fails on the first read (EISDIR).
    bool const failed = std::ferror(file) != 0;
    int const read_errno = errno;
    if (!from_stdin) std::fclose(file);
    if (failed) return error{"F-IO-002", fmt::format("cannot read file: {}", std::strerror(read_errno)), {}};
    return bytes;
}

int run(extract_command const& command) {
    auto options = command.reading.to_parse_options();
    if (!options) {
        fmt::print(stderr, "figura: error[{}]: {}\n", options.error().id, options.error().message);
        return exit_input_error;
    }
    bool const as_json = command.reading.output() == output_format::json;
    std::string const shown = command.path == "-" ? std::string("<stdin>") : command.path;

    json document = document_header();
    document["file"] = shown;

    auto failure = [&](error const& e, bool with_place) {
        fmt::print(stderr, "{}", diagnostic(shown, e, with_place));
        if (as_json) {
            document["figures"] = json::array();
            document["error"] = to_json(e);
            if (!with_place) document["error"]["span"] = nullptr;
            fmt::print("{}", dump(document));
        }
        return exit_input_error;
    };

    auto bytes = read_all(command.path);
    if (!bytes) return failure(bytes.error(), false);
    auto figures = figura::extract(*bytes, *options);
    if (!figures) return failure(figures.error(), true);

    if (as_json) {
        json list = json::array();
        for (figure const& f : *figures) list.push_back(to_json(f));
        document["figures"] = std::move(list);
        fmt::print("{}", dump(document));
    } else {
        std::string out;
        for (std::size_t i = 0; i < figures->size(); ++i) out += extract_line(shown, *figures, i);
        fmt::print("{}", out);
    }
    return exit_ok;
}

}  // namespace

void add_extract_command(CLI::App& app, int& status) {
    auto command = std::make_shared<extract_command>();
    CLI::App* sub = app.add_subcommand("extract", "List every figure in a UTF-8 text file");
    sub->add_option("FILE", command->path, "The file to read, or - for standard input")->required();
    command->reading.add_to(*sub);
    sub->footer(
        "Text output, one line per figure:  path:line:column: kind value currency qualifier \"text\"\n"
        "Exit status: 0 on success (also when there are no figures), 2 when the file cannot be read or is\n"
        "not valid UTF-8 (the error names the line and column).");
    sub->callback([command, &status] { status = run(*command); });
}

}  // namespace figura::cli
