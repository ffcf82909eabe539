#pragma once
// Streaming JSON for the CLI's large outputs (`extract --format json|jsonl`, `check --format jsonl`):
// values are appended to a string buffer as they are produced instead of building a DOM, so memory
// does not grow with the output. The pretty form is byte for byte what `dump()` (json_output.hpp)
// writes for the same document; tests/unit/cli_json_test.cpp holds the two together.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>

#include <boost/container/small_vector.hpp>

#include "figura/error.hpp"
#include "figura/figure.hpp"

namespace figura::cli {

/// Appends JSON to `out`. Pretty: two-space indent, `"key": value`, one element per line, `[]` and
/// `{}` when empty (nlohmann's `dump(2)`); compact: no whitespace at all. Strings are escaped as
/// nlohmann does (`\n`, `\u001f`, ...), with invalid UTF-8 replaced by U+FFFD.
///
/// Bytes are staged in the writer and reach `out` in blocks: a figure is about a hundred small
/// pieces, and a `std::string` append each cost more than the rest of the writing. `out` holds
/// everything written whenever the writer is between top-level values, after `buffer()`, and once
/// the writer is gone; append to `out` directly only then.
class json_writer {
public:
    /// `depth`: the indentation level the first value starts at (for a value inside a document
    /// whose outer part was written by hand).
    json_writer(std::string& out, bool pretty, std::size_t depth = 0) : out_(out), pretty_(pretty), base_(depth) {}
    json_writer(json_writer const&) = delete;
    json_writer& operator=(json_writer const&) = delete;
    ~json_writer() { flush(); }

    json_writer& begin_object() { return open('{'); }
    json_writer& end_object() { return close('}'); }
    json_writer& begin_array() { return open('['); }
    json_writer& end_array() { return close(']'); }
    /// An object key; `name` is written escaped like any string.
    json_writer& key(std::string_view name);
    /// A key spelled in the code: figura's own field names are printable ASCII without `"` or `\`,
    /// so they are copied as they are (a figure has about forty keys: this is the writer's hot path).
    template <std::size_t N>
    json_writer& key(char const (&name)[N]) {
        // `"name":` assembled here, where the literal is known, so it goes out in one piece.
        char quoted[N + 2];
        quoted[0] = '"';
        for (std::size_t i = 0; i + 1 < N; ++i) quoted[i + 1] = name[i];
        quoted[N] = '"';
        quoted[N + 1] = ':';
        return plain_key({quoted, N + 2});
    }
    json_writer& string(std::string_view text);
    /// A string value known to need no escaping: a decimal's digits, signs, `.` and `E`.
    json_writer& plain_string(std::string_view text);
    json_writer& number(std::uint64_t n);
    json_writer& boolean(bool b);
    json_writer& null();
    /// A value already written as JSON (may be empty: the caller fills it in later).
    json_writer& raw_value(std::string_view json);

    [[nodiscard]] bool is_pretty() const noexcept { return pretty_; }

    /// The buffer written to, holding everything written so far.
    [[nodiscard]] std::string& buffer() {
        flush();
        return out_;
    }

private:
    friend struct stage_sink;

    json_writer& open(char bracket);
    json_writer& close(char bracket);
    json_writer& plain_key(std::string_view quoted_with_colon);
    void element();  ///< separator and indent before a value in an array, or a key in an object
    void indent(std::size_t depth);
    void escaped(std::string_view text);
    /// A value is complete: at the top level, hand the staged bytes to `out_`.
    json_writer& done() {
        if (empty_.empty()) flush();
        return *this;
    }

    void put(char c) {
        if (cur_ == stage_ + stage_size) flush();
        *cur_++ = c;
    }
    void put(std::string_view bytes) {
        if (bytes.size() > static_cast<std::size_t>(stage_ + stage_size - cur_)) {
            flush();
            if (bytes.size() > stage_size) {
                out_ += bytes;
                return;
            }
        }
        char const* from = bytes.data();
        std::size_t const n = bytes.size();
        // Keys, codes and numbers are short: two overlapping fixed-size copies (a move each) beat a
        // call to memcpy.
        if (n >= 8 && n <= 16) {
            std::memcpy(cur_, from, 8);
            std::memcpy(cur_ + n - 8, from + n - 8, 8);
        } else if (n >= 4 && n < 8) {
            std::memcpy(cur_, from, 4);
            std::memcpy(cur_ + n - 4, from + n - 4, 4);
        } else if (n < 4) {
            for (std::size_t i = 0; i < n; ++i) cur_[i] = from[i];
        } else {
            std::memcpy(cur_, from, n);
        }
        cur_ += n;
    }
    void flush() {
        out_.append(stage_, static_cast<std::size_t>(cur_ - stage_));
        cur_ = stage_;
    }

    std::string& out_;
    bool pretty_;
    std::size_t base_;
    // Per open container: nothing written in it yet. Inline for the depths figura writes, so that a
    // writer made per record does not allocate.
    boost::container::small_vector<bool, 12> empty_;
    bool after_key_ = false;
    static constexpr std::size_t stage_size = 2048;
    char stage_[stage_size];
    char* cur_ = stage_;
};

/// Appends `text` as a JSON string (quotes included), escaped as `json_writer::string` does.
void append_json_string(std::string& out, std::string_view text);

/// Which fields a figure object carries.
enum class figure_fields {
    full,     ///< every field of docs/json.md, `null` where one does not apply
    compact,  ///< no `null` fields, no empty `alternatives`, and no `written.exact`/`written.interval`
              ///< (they follow from `value` and `resolution`: docs/json.md, "Compact form")
};

/// Writes the figure object of docs/json.md (the same fields, in the same order, as `to_json(figure)`).
void write_figure(json_writer& w, figure const& f, figure_fields fields);

/// The figure's fields alone, into an object the caller has opened (a JSON Lines record puts `type`
/// and `file` first). With `equivalent_at`, a set `equivalent_of` is written without its number and
/// `*equivalent_at` is the offset in the buffer where the number belongs (the caller knows the index
/// only later); otherwise it stays untouched.
void write_figure_fields(json_writer& w, figure const& f, figure_fields fields, std::size_t* equivalent_at = nullptr);

/// Writes the error object of docs/json.md; `with_place` false writes `"span": null`.
void write_error(json_writer& w, error const& e, bool with_place);

/// Buffered standard output for large results: callers append to `buffer()` and call `flush_if_full()`
/// now and then; the destructor flushes what is left.
class output_buffer {
public:
    explicit output_buffer(std::FILE* to = stdout) : to_(to) { buffer_.reserve(capacity + capacity / 4); }
    output_buffer(output_buffer const&) = delete;
    output_buffer& operator=(output_buffer const&) = delete;
    ~output_buffer() { flush(); }

    [[nodiscard]] std::string& buffer() noexcept { return buffer_; }
    void append(std::string_view bytes);
    void flush_if_full() {
        if (buffer_.size() >= capacity) flush();
    }
    void flush();

private:
    static constexpr std::size_t capacity = 256 * 1024;
    std::FILE* to_;
    std::string buffer_;
};

}  // namespace figura::cli
