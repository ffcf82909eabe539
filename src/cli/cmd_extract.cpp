// figura extract FILE...: every figure in one or more texts, as text, JSON or JSON Lines, streamed.
// Inputs are read in pieces of about a megabyte cut at line starts (input.hpp); the pieces are
// extracted on --jobs threads and written in input order as soon as each is ready, so memory holds
// a few pieces and their output, never the whole result.

#include <fmt/format.h>

#include <charconv>
#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <system_error>
#include <vector>

#include "cli/batch.hpp"
#include "cli/commands.hpp"
#include "cli/input.hpp"
#include "cli/json_stream.hpp"
#include "cli/text_output.hpp"
#include "figura/parse.hpp"
#include "figura/version.hpp"

namespace figura::cli {
namespace {

/// Bytes per piece: large enough that the per-call cost vanishes, small enough that the jobs share a
/// file evenly and the figures and output of the pieces in flight stay a few megabytes.
constexpr std::size_t default_piece_bytes = 256 << 10;

// FIGURA_PIECE_BYTES, for tests only: a small piece size makes a small file many pieces
// (tests/tools/jobs-identity.cmake). Anything but a positive number is ignored.
std::size_t piece_bytes_from_environment() {
    char const* text = std::getenv("FIGURA_PIECE_BYTES");
    if (text == nullptr) return default_piece_bytes;
    std::size_t n = 0;
    auto const [end, ec] = std::from_chars(text, text + std::strlen(text), n);
    return ec == std::errc{} && *end == '\0' && n > 0 ? n : default_piece_bytes;
}

struct extract_command {
    std::vector<std::string> paths;
    reading_options reading;
    unsigned jobs = 0;
    bool compact = false;
    bool full = false;
    std::size_t piece_bytes = piece_bytes_from_environment();
};

enum class layout {
    text,
    json_single,  ///< one file: `{"figura_version","schema","file","figures"}` (docs/json.md)
    json_files,   ///< several files or a directory: `{"figura_version","schema","files":[...]}`
    jsonl,
};

/// Where in a piece's output an `equivalent_of` index goes: it is the piece's own index until the
/// figures of the pieces before it are counted, when the output is written.
struct index_patch {
    std::size_t at = 0;  ///< byte offset in `piece_output::text`
    std::size_t local = 0;
};

/// What one task hands to the writer: a piece's output, or a file that could not be read.
struct piece_output {
    std::size_t file = 0;
    bool first = true;  ///< first piece of its file
    bool last = true;   ///< last piece of its file
    std::string text;
    std::vector<index_patch> patches;
    std::size_t figures = 0;
    std::optional<error> failure;
    bool failure_has_place = true;
};

struct renderer {
    layout how;
    figure_fields fields;
    std::vector<std::string> const* names;  ///< shown names of the inputs

    // JSON: every figure is written as `,` + element, and the writer drops the comma before the
    // first figure of a file. JSON Lines: one record per line.
    void figures(piece_output& out, std::vector<figure> const& all) const {
        std::string const& name = (*names)[out.file];
        if (how == layout::text) {
            out.text.reserve(all.size() * (name.size() + 96));
            for (std::size_t i = 0; i < all.size(); ++i) append_extract_line(out.text, name, all, i);
            return;
        }
        bool const pretty = how != layout::jsonl;
        std::size_t const depth = how == layout::json_files ? 4 : 2;
        // About what a figure takes, so the output grows without being copied again and again.
        out.text.reserve(all.size() * (pretty ? 1500 : fields == figure_fields::compact ? 600 : 900));
        std::string quoted_name;  // every JSON Lines record names its file: escape the name once
        if (how == layout::jsonl) append_json_string(quoted_name, name);
        for (figure const& f : all) {
            if (pretty) {
                out.text += ',';
                out.text += '\n';
                out.text.append(2 * depth, ' ');
            }
            json_writer w(out.text, pretty, depth);
            w.begin_object();
            if (how == layout::jsonl) {
                w.key("type").string("figure");
                w.key("file").raw_value(quoted_name);
            }
            std::size_t at = 0;
            write_figure_fields(w, f, fields, &at);
            if (f.equivalent_of) out.patches.push_back({at, *f.equivalent_of});
            w.end_object();
            if (!pretty) out.text += '\n';
        }
        out.figures = all.size();
    }
};

int run(extract_command const& command) {
    if (command.compact && command.full) {
        fmt::print(stderr, "figura: error: --compact and --full exclude each other\nRun `figura extract --help` for usage.\n");
        return exit_input_error;
    }
    auto options = command.reading.to_parse_options();
    if (!options) {
        fmt::print(stderr, "figura: error[{}]: {}\n", options.error().id, options.error().message);
        return exit_input_error;
    }
    auto paths = expand_inputs(command.paths);
    if (!paths) {
        fmt::print(stderr, "figura: error[{}]: {}\n", paths.error().id, paths.error().message);
        return exit_input_error;
    }
    std::string const& format = command.reading.format;
    bool several = command.paths.size() != 1;
    for (auto const& p : command.paths) {
        std::error_code ec;
        several = several || (p != "-" && std::filesystem::is_directory(p, ec));
    }
    layout const how = format == "json"    ? (several ? layout::json_files : layout::json_single)
                       : format == "jsonl" ? layout::jsonl
                                           : layout::text;
    bool const compact = command.compact || (how == layout::jsonl && !command.full);
    std::vector<std::string> names;
    names.reserve(paths->size());
    for (auto const& p : *paths) names.push_back(shown_name(p));
    renderer const render{how, compact ? figure_fields::compact : figure_fields::full, &names};
    bool const pretty = how == layout::json_single || how == layout::json_files;

    output_buffer out;
    bool failed = false;
    std::size_t file_figures = 0;  // figures written so far for the current file
    bool file_failed = false;
    std::size_t files_written = 0;

    // The writer: runs on this thread, in input order.
    auto write = [&](piece_output&& piece) {
        std::string& buffer = out.buffer();
        std::string const& name = names[piece.file];
        if (piece.first) {
            file_figures = 0;
            file_failed = false;
            if (how == layout::json_single) {
                buffer += "{\n  \"figura_version\": \"" FIGURA_VERSION_STRING "\",\n  \"schema\": 1,\n  \"file\": ";
                append_json_string(buffer, name);
                buffer += ",\n  \"figures\": [";
            } else if (how == layout::json_files) {
                buffer += files_written == 0 ? "\n    {\n      \"file\": " : ",\n    {\n      \"file\": ";
                append_json_string(buffer, name);
                buffer += ",\n      \"figures\": [";
            }
            ++files_written;
        }
        if (!file_failed) {
            if (piece.failure) {
                file_failed = true;
                failed = true;
                out.flush();  // what came before the error is on stdout first
                fmt::print(stderr, "{}", diagnostic(name, *piece.failure, piece.failure_has_place));
            } else {
                // Splice the output, writing each equivalent_of as an index into the file's figures.
                std::size_t from = 0;
                std::string_view text = piece.text;
                if (pretty && file_figures == 0 && !text.empty()) from = 1;  // no comma before the first
                for (auto const& p : piece.patches) {
                    out.append(text.substr(from, p.at - from));
                    buffer += std::to_string(file_figures + p.local);
                    from = p.at;
                }
                out.append(text.substr(from));
                file_figures += piece.figures;
            }
        }
        if (piece.last) {
            std::size_t const depth = how == layout::json_files ? 3 : 1;
            if (pretty) {
                if (file_figures > 0) {
                    buffer += '\n';
                    buffer.append(2 * depth, ' ');
                }
                buffer += ']';
                if (file_failed && piece.failure) {
                    buffer += ",\n";
                    buffer.append(2 * depth, ' ');
                    buffer += "\"error\": ";
                    json_writer w(buffer, true, depth);
                    write_error(w, *piece.failure, piece.failure_has_place);
                }
                buffer += '\n';
                buffer.append(2 * (depth - 1), ' ');
                buffer += '}';
                if (how == layout::json_single) buffer += '\n';
            } else if (how == layout::jsonl && piece.failure) {
                json_writer w(buffer, false);
                w.begin_object();
                w.key("type").string("error");
                w.key("file").string(name);
                w.key("error");
                write_error(w, *piece.failure, piece.failure_has_place);
                w.end_object();
                buffer += '\n';
            }
        }
        out.flush_if_full();
    };

    if (how == layout::json_files) {
        out.buffer() += "{\n  \"figura_version\": \"" FIGURA_VERSION_STRING "\",\n  \"schema\": 1,\n  \"files\": [";
    } else if (how == layout::jsonl) {
        json_writer w(out.buffer(), false);
        w.begin_object();
        w.key("type").string("header");
        w.key("figura_version").string(FIGURA_VERSION_STRING);
        w.key("schema").number(1);
        w.key("command").string("extract");
        w.key("compact").boolean(compact);
        w.end_object();
        out.buffer() += '\n';
    }

    unsigned const jobs = command.jobs > 0 ? command.jobs : default_jobs();
    {
        ordered_batch<piece_output> batch(jobs, static_cast<std::size_t>(jobs) + 2, write);
        for (std::size_t file = 0; file < paths->size(); ++file) {
            auto bytes = input_bytes::open((*paths)[file]);
            if (!bytes) {
                error const e = bytes.error();
                batch.submit([file, e] {
                    piece_output p;
                    p.file = file;
                    p.failure = e;
                    p.failure_has_place = false;
                    return p;
                });
                continue;
            }
            std::shared_ptr<input_bytes const> const input = std::move(*bytes);
            auto const pieces = cut_text(input->text(), command.piece_bytes);
            for (std::size_t i = 0; i < pieces.size(); ++i) {
                batch.submit([&render, &options, input, piece = pieces[i], file, first = i == 0,
                              last = i + 1 == pieces.size()] {
                    piece_output p;
                    p.file = file;
                    p.first = first;
                    p.last = last;
                    auto figures = extract_piece(input->text(), piece, *options);
                    if (!figures) {
                        p.failure = figures.error();
                    } else {
                        render.figures(p, *figures);
                    }
                    return p;
                });
            }
        }
        batch.finish();
    }
    if (how == layout::json_files) out.buffer() += files_written > 0 ? "\n  ]\n}\n" : "]\n}\n";
    out.flush();
    return failed ? exit_input_error : exit_ok;
}

}  // namespace

void add_extract_command(CLI::App& app, int& status) {
    auto command = std::make_shared<extract_command>();
    CLI::App* sub = app.add_subcommand("extract", "List every figure in UTF-8 text files");
    sub->add_option("FILE", command->paths,
                    "Files to read (- for standard input); a directory stands for its .txt and .md files")
        ->required();
    command->reading.add_to(*sub, true);
    add_jobs_option(*sub, command->jobs, "Threads to read with; default: the number of cores");
    sub->add_flag("--compact", command->compact,
                  "JSON without the fields a reader can derive (the jsonl default; docs/json.md)");
    sub->add_flag("--full", command->full, "JSON Lines with every field, as in json");
    sub->footer(
        "Text output, one line per figure:  path:line:column: kind value currency qualifier \"text\"\n"
        "Output is in the order of the files and of the figures in each, whatever --jobs is.\n"
        "Exit status: 0 on success (also when there are no figures), 2 when a file cannot be read or is\n"
        "not valid UTF-8 (the error names the line and column).");
    sub->callback([command, &status] { status = run(*command); });
}

}  // namespace figura::cli
