#pragma once
// Reading the CLI's inputs: whole files mapped into memory (standard input read), directories
// expanded, and a long text cut into pieces at line starts that `figura::extract` reads exactly as it
// reads the whole (figures never span lines, and a piece starts on a line that has letters, so the
// language carried over from earlier lines does not matter).

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "figura/error.hpp"
#include "figura/figure.hpp"
#include "figura/parse.hpp"

namespace figura::cli {

/// The bytes of one input. Regular files are mapped read-only (no copy; the pages count once in
/// the resident memory), standard input and anything that cannot be mapped is read.
class input_bytes {
public:
    input_bytes() = default;
    input_bytes(input_bytes const&) = delete;
    input_bytes& operator=(input_bytes const&) = delete;
    ~input_bytes();

    [[nodiscard]] std::string_view text() const noexcept { return mapped_ ? std::string_view(mapped_, size_) : read_; }

    /// `-` is standard input. Errors: F-IO-001 (cannot open), F-IO-002 (cannot read, e.g. a directory).
    static result<std::shared_ptr<input_bytes const>> open(std::string const& path);

private:
    char const* mapped_ = nullptr;
    std::size_t size_ = 0;
    std::string read_;
};

/// The name an input is shown as: `<stdin>` for `-`.
std::string shown_name(std::string const& path);

/// The inputs named on a command line, in order: files and `-` as given; a directory becomes the
/// regular files under it whose names end in `.txt` or `.md` (recursively, hidden entries skipped),
/// sorted by path. A directory that cannot be listed is an error (F-IO-001).
result<std::vector<std::string>> expand_inputs(std::vector<std::string> const& arguments);

/// A piece of a text: bytes [begin, end), which start on line `first_line` (1-based).
struct text_piece {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::size_t first_line = 1;
};

/// Cuts `text` into pieces of about `piece_bytes` (one piece when it is not longer). Each piece but
/// the first starts at the beginning of a line that has letters (`figura::detect_language` answers),
/// so extracting the pieces one by one finds what extracting the whole finds.
std::vector<text_piece> cut_text(std::string_view text, std::size_t piece_bytes);

/// `figura::extract` over one piece of `text`, with spans (offsets and lines) and errors moved to
/// their place in the whole text. `equivalent_of` stays an index into the piece's own figures.
result<std::vector<figure>> extract_piece(std::string_view text, text_piece const& piece, parse_options const& options);

}  // namespace figura::cli
