#include "cli/input.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <system_error>

namespace figura::cli {
namespace {

error io_error(char const* id, char const* what, int code) {
    return error{id, fmt::format("{}: {}", what, std::strerror(code)), {}};
}

// Reads what is left of `fd` into `out`. Returns errno, or 0.
int read_rest(int fd, std::string& out) {
    char buffer[65536];
    for (;;) {
        ssize_t const got = ::read(fd, buffer, sizeof buffer);
        if (got == 0) return 0;
        if (got < 0) {
            if (errno == EINTR) continue;
            return errno;
        }
        out.append(buffer, static_cast<std::size_t>(got));
    }
}

std::size_t count_lines(std::string_view text) {
    std::size_t n = 0;
    char const* p = text.data();
    char const* const end = p + text.size();
    while (p < end) {
        auto const* nl = static_cast<char const*>(std::memchr(p, '\n', static_cast<std::size_t>(end - p)));
        if (nl == nullptr) break;
        ++n;
        p = nl + 1;
    }
    return n;
}

void move_span(source_span& s, std::size_t offset, std::size_t lines) {
    s.begin += offset;
    s.end += offset;
    s.line += lines;
}

bool wanted_file(std::filesystem::path const& p) {
    auto const ext = p.extension();
    return ext == ".txt" || ext == ".md";
}

bool hidden(std::filesystem::path const& p) {
    auto const name = p.filename().string();
    return name.size() > 1 && name.front() == '.' && name != "..";
}

}  // namespace

input_bytes::~input_bytes() {
    if (mapped_ != nullptr) ::munmap(const_cast<char*>(mapped_), size_);
}

result<std::shared_ptr<input_bytes const>> input_bytes::open(std::string const& path) {
    auto in = std::make_shared<input_bytes>();
    if (path == "-") {
        if (int const code = read_rest(STDIN_FILENO, in->read_)) return io_error("F-IO-002", "cannot read file", code);
        return std::shared_ptr<input_bytes const>(std::move(in));
    }
    int const fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return io_error("F-IO-001", "cannot open file", errno);
    struct stat info {};
    if (::fstat(fd, &info) == 0 && S_ISREG(info.st_mode) && info.st_size > 0) {
        auto const size = static_cast<std::size_t>(info.st_size);
        // MAP_POPULATE reads the file in with one call instead of a page fault every 4 KB.
        void* map = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
        if (map != MAP_FAILED) {
            ::close(fd);
            in->mapped_ = static_cast<char const*>(map);
            in->size_ = size;
            return std::shared_ptr<input_bytes const>(std::move(in));
        }
    }
    // Not mappable (empty, a pipe, a directory: EISDIR on the first read): read it.
    int const code = read_rest(fd, in->read_);
    ::close(fd);
    if (code != 0) return io_error("F-IO-002", "cannot read file", code);
    return std::shared_ptr<input_bytes const>(std::move(in));
}

std::string shown_name(std::string const& path) { return path == "-" ? std::string("<stdin>") : path; }

result<std::vector<std::string>> expand_inputs(std::vector<std::string> const& arguments) {
    namespace fs = std::filesystem;
    std::vector<std::string> out;
    for (auto const& argument : arguments) {
        std::error_code ec;
        if (argument == "-" || !fs::is_directory(argument, ec)) {
            out.push_back(argument);  // a missing file is reported when it is read, in its turn
            continue;
        }
        std::vector<std::string> found;
        fs::recursive_directory_iterator it(argument, fs::directory_options::none, ec);
        if (ec) return error{"F-IO-001", fmt::format("{}: cannot list directory: {}", argument, ec.message()), {}};
        for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
            if (ec) return error{"F-IO-001", fmt::format("{}: cannot list directory: {}", argument, ec.message()), {}};
            fs::path const& p = it->path();
            if (hidden(p)) {
                if (it->is_directory(ec)) it.disable_recursion_pending();
                continue;
            }
            if (it->is_regular_file(ec) && wanted_file(p)) found.push_back(p.string());
        }
        if (ec) return error{"F-IO-001", fmt::format("{}: cannot list directory: {}", argument, ec.message()), {}};
        std::sort(found.begin(), found.end());
        out.insert(out.end(), found.begin(), found.end());
    }
    return out;
}

std::vector<text_piece> cut_text(std::string_view text, std::size_t piece_bytes) {
    std::vector<text_piece> pieces;
    piece_bytes = std::max<std::size_t>(piece_bytes, 1);
    std::size_t begin = 0;
    std::size_t line = 1;
    char const* const data = text.data();
    std::size_t const size = text.size();
    do {
        std::size_t end = size;
        if (size - begin > piece_bytes) {
            // The first line start at or after begin + piece_bytes whose line has letters.
            std::size_t p = begin + piece_bytes;
            for (;;) {
                auto const* nl = static_cast<char const*>(std::memchr(data + p, '\n', size - p));
                if (nl == nullptr) break;
                std::size_t const start = static_cast<std::size_t>(nl - data) + 1;
                if (start >= size) break;
                auto const* next = static_cast<char const*>(std::memchr(data + start, '\n', size - start));
                std::size_t const stop = next != nullptr ? static_cast<std::size_t>(next - data) : size;
                if (detect_language(text.substr(start, stop - start))) {
                    end = start;
                    break;
                }
                p = start;
            }
        }
        pieces.push_back({begin, end, line});
        line += count_lines(text.substr(begin, end - begin));
        begin = end;
    } while (begin < size);
    return pieces;
}

result<std::vector<figure>> extract_piece(std::string_view text, text_piece const& piece, parse_options const& options) {
    auto figures = extract(text.substr(piece.begin, piece.end - piece.begin), options);
    std::size_t const lines = piece.first_line - 1;
    if (!figures) {
        error e = figures.error();
        move_span(e.where, piece.begin, lines);
        return e;
    }
    if (piece.begin == 0) return figures;
    for (auto& f : *figures) {
        move_span(f.span, piece.begin, lines);
        move_span(f.written.span, piece.begin, lines);
        if (f.range_high) move_span(f.range_high->span, piece.begin, lines);
    }
    return figures;
}

}  // namespace figura::cli
