#include "cli/json_stream.hpp"

#include <algorithm>
#include <charconv>
#include <cstring>
#include <optional>
#include <vector>

#include "figura/currency.hpp"

namespace figura::cli {
namespace {

bool is_continuation(unsigned char c) noexcept { return (c & 0xC0U) == 0x80U; }

std::uint64_t load8(char const* p) noexcept {
    std::uint64_t w = 0;
    std::memcpy(&w, p, sizeof w);
    return w;
}

/// Whether any of the eight bytes in `w` must be escaped or checked as UTF-8: below 0x20, `"`, `\`,
/// or 0x80 and above (the classic SWAR byte tests; each is exact when it says no).
bool needs_attention(std::uint64_t w) noexcept {
    constexpr std::uint64_t ones = 0x0101010101010101ULL;
    constexpr std::uint64_t highs = 0x8080808080808080ULL;
    auto const has_zero = [](std::uint64_t x) { return (x - ones) & ~x & highs; };
    std::uint64_t const below_space = (w - ones * 0x20U) & ~w & highs;
    return ((w & highs) | below_space | has_zero(w ^ (ones * '"')) | has_zero(w ^ (ones * '\\'))) != 0;
}

/// Length of the well-formed UTF-8 sequence at `i` (Unicode table 3-7), or 0 with `consumed` set to
/// the bytes of its maximal ill-formed prefix (at least 1): the bytes one U+FFFD replaces, as
/// nlohmann's decoder does.
std::size_t sequence_at(std::string_view s, std::size_t i, std::size_t& consumed) noexcept {
    auto const c = static_cast<unsigned char>(s[i]);
    std::size_t length = 0;
    unsigned char low = 0x80;
    unsigned char high = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
        length = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        length = 3;
        if (c == 0xE0) low = 0xA0;
        if (c == 0xED) high = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        length = 4;
        if (c == 0xF0) low = 0x90;
        if (c == 0xF4) high = 0x8F;
    } else {
        consumed = 1;
        return 0;
    }
    std::size_t j = i + 1;
    for (std::size_t k = 1; k < length; ++k, ++j) {
        if (j >= s.size()) {
            consumed = j - i;
            return 0;
        }
        auto const b = static_cast<unsigned char>(s[j]);
        bool const ok = k == 1 ? (b >= low && b <= high) : is_continuation(b);
        if (!ok) {
            consumed = j - i;
            return 0;
        }
    }
    return length;
}

void bound_fields(json_writer& w, std::optional<bound> const& b) {
    if (!b) {
        w.null();
        return;
    }
    w.begin_object();
    w.key("value").plain_string(b->value.to_string());
    w.key("closed").boolean(b->closed);
    w.end_object();
}

void write_interval(json_writer& w, interval const& i) {
    w.begin_object();
    w.key("lower");
    bound_fields(w, i.lower);
    w.key("upper");
    bound_fields(w, i.upper);
    w.end_object();
}

void write_span(json_writer& w, source_span const& s) {
    w.begin_object();
    w.key("begin").number(s.begin);
    w.key("end").number(s.end);
    w.key("line").number(s.line);
    w.key("column").number(s.column);
    w.end_object();
}

void write_written(json_writer& w, figure_value const& v, figure_fields fields) {
    bool const full = fields == figure_fields::full;
    w.begin_object();
    w.key("value").plain_string(v.value.to_string());
    w.key("resolution").plain_string(v.resolution.to_string());
    if (full) {
        w.key("exact").boolean(v.exact);
        w.key("interval");
        write_interval(w, v.bounds);
    }
    if (!v.scale_word.empty()) {
        w.key("scale_word").string(v.scale_word);
    } else if (full) {
        w.key("scale_word").null();
    }
    w.key("span");
    write_span(w, v.span);
    w.end_object();
}

void write_currency(json_writer& w, currency_ref const& c, figure_fields fields) {
    bool const full = fields == figure_fields::full;
    w.begin_object();
    w.key("code").string(c.code);
    w.key("source").string(to_string(c.source));
    if (!c.written.empty()) {
        w.key("written").string(c.written);
    } else if (full) {
        w.key("written").null();
    }
    if (full || !c.alternatives.empty()) {
        w.key("alternatives");
        if (w.is_pretty()) {
            w.begin_array();
            for (auto const& a : c.alternatives) w.string(a);
            w.end_array();
        } else {
            // Figures of one text mostly share their currency's list (every `$` has the same
            // twenty-one): render it once per thread and reuse it while it stays the same.
            thread_local std::vector<std::string> last;
            thread_local std::string last_json = "[]";
            if (c.alternatives != last) {
                last = c.alternatives;
                last_json.clear();
                std::string_view separator;
                last_json += '[';
                for (auto const& a : c.alternatives) {
                    last_json += separator;
                    append_json_string(last_json, a);
                    separator = ",";
                }
                last_json += ']';
            }
            w.raw_value(last_json);
        }
    }
    w.end_object();
}

}  // namespace

namespace {

/// Writes `s` as a JSON string (quotes included) through `sink.put(char)` / `sink.put(string_view)`.
/// Whether a string of at most 16 bytes can be written as it is (the common case: codes, kinds,
/// languages); two overlapping loads cover it without a loop.
bool short_and_plain(std::string_view s) noexcept {
    std::size_t const n = s.size();
    char const* p = s.data();
    if (n >= 8 && n <= 16) return !needs_attention(load8(p)) && !needs_attention(load8(p + n - 8));
    if (n >= 4 && n < 8) {
        std::uint32_t lo = 0;
        std::uint32_t hi = 0;
        std::memcpy(&lo, p, 4);
        std::memcpy(&hi, p + n - 4, 4);
        return !needs_attention(lo | (std::uint64_t{hi} << 32));
    }
    if (n < 4) {
        for (char const c : s) {
            auto const u = static_cast<unsigned char>(c);
            if (u < 0x20 || u >= 0x80 || c == '"' || c == '\\') return false;
        }
        return true;
    }
    return false;
}

template <class Sink>
void write_json_string(Sink& sink, std::string_view s) {
    sink.put('"');
    if (short_and_plain(s)) {
        sink.put(s);
        sink.put('"');
        return;
    }
    std::size_t run = 0;  // start of the bytes not yet copied
    std::size_t i = 0;
    auto copy_run = [&](std::size_t to) {
        if (to > run) sink.put(s.substr(run, to - run));
    };
    while (i < s.size()) {
        // Most text is plain ASCII: skip it eight bytes at a time.
        while (i + 8 <= s.size() && !needs_attention(load8(s.data() + i))) i += 8;
        if (i >= s.size()) break;
        auto const c = static_cast<unsigned char>(s[i]);
        if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
            ++i;
            continue;
        }
        if (c >= 0x80) {
            std::size_t consumed = 0;
            if (std::size_t const n = sequence_at(s, i, consumed)) {
                i += n;
                continue;
            }
            copy_run(i);
            sink.put("\xEF\xBF\xBD");
            i += consumed;
            run = i;
            continue;
        }
        copy_run(i);
        switch (c) {
            case '"': sink.put("\\\""); break;
            case '\\': sink.put("\\\\"); break;
            case '\b': sink.put("\\b"); break;
            case '\f': sink.put("\\f"); break;
            case '\n': sink.put("\\n"); break;
            case '\r': sink.put("\\r"); break;
            case '\t': sink.put("\\t"); break;
            default: {
                static constexpr char hex[] = "0123456789abcdef";
                sink.put("\\u00");
                sink.put(hex[c >> 4]);
                sink.put(hex[c & 15]);
            }
        }
        ++i;
        run = i;
    }
    copy_run(s.size());
    sink.put('"');
}

struct string_sink {
    std::string& out;
    void put(char c) { out += c; }
    void put(std::string_view bytes) { out += bytes; }
};

}  // namespace

/// The writer's staging area as a sink for `write_json_string`.
struct stage_sink {
    json_writer& w;
    void put(char c) { w.put(c); }
    void put(std::string_view bytes) { w.put(bytes); }
};

void append_json_string(std::string& out, std::string_view s) {
    string_sink sink{out};
    write_json_string(sink, s);
}

void json_writer::escaped(std::string_view text) {
    stage_sink sink{*this};
    write_json_string(sink, text);
}

void json_writer::indent(std::size_t depth) {
    put('\n');
    for (std::size_t i = 0; i < depth; ++i) put("  ");
}

void json_writer::element() {
    if (after_key_) {
        after_key_ = false;
        return;
    }
    if (empty_.empty()) return;  // the top-level value
    if (!empty_.back()) put(',');
    empty_.back() = false;
    if (pretty_) indent(base_ + empty_.size());
}

json_writer& json_writer::open(char bracket) {
    element();
    put(bracket);
    empty_.push_back(true);
    return *this;
}

json_writer& json_writer::close(char bracket) {
    bool const was_empty = empty_.back();
    empty_.pop_back();
    if (pretty_ && !was_empty) indent(base_ + empty_.size());
    put(bracket);
    return done();
}

json_writer& json_writer::key(std::string_view name) {
    element();
    escaped(name);
    put(pretty_ ? std::string_view(": ") : std::string_view(":"));
    after_key_ = true;
    return *this;
}

json_writer& json_writer::plain_key(std::string_view quoted_with_colon) {
    element();
    put(quoted_with_colon);
    if (pretty_) put(' ');
    after_key_ = true;
    return *this;
}

json_writer& json_writer::plain_string(std::string_view text) {
    element();
    put('"');
    put(text);
    put('"');
    return done();
}

json_writer& json_writer::string(std::string_view text) {
    element();
    escaped(text);
    return done();
}

json_writer& json_writer::number(std::uint64_t n) {
    element();
    char digits[24];
    auto const r = std::to_chars(digits, digits + sizeof digits, n);
    put(std::string_view(digits, static_cast<std::size_t>(r.ptr - digits)));
    return done();
}

json_writer& json_writer::raw_value(std::string_view json) {
    element();
    put(json);
    return done();
}

json_writer& json_writer::boolean(bool b) {
    element();
    put(b ? std::string_view("true") : std::string_view("false"));
    return done();
}

json_writer& json_writer::null() {
    element();
    put("null");
    return done();
}

void write_figure_fields(json_writer& w, figure const& f, figure_fields fields, std::size_t* equivalent_at) {
    bool const full = fields == figure_fields::full;
    w.key("kind").string(to_string(f.kind));
    w.key("lang").string(to_string(f.lang));
    w.key("qualifier").string(to_string(f.qual));
    w.key("value").plain_string(f.value.to_string());
    w.key("interval");
    write_interval(w, f.bounds);
    w.key("written");
    write_written(w, f.written, fields);
    if (f.range_high) {
        w.key("range_high");
        write_written(w, *f.range_high, fields);
    } else if (full) {
        w.key("range_high").null();
    }
    if (f.currency.source != currency_source::none) {
        w.key("currency");
        write_currency(w, f.currency, fields);
    } else if (full) {
        w.key("currency").null();
    }
    if (!f.rate_base.empty()) {
        w.key("rate_base").string(f.rate_base);
    } else if (full) {
        w.key("rate_base").null();
    }
    if (!f.per.empty()) {
        w.key("per").string(f.per);
    } else if (full) {
        w.key("per").null();
    }
    if (f.ambiguous == ambiguity::separator) {
        w.key("ambiguity").string("separator");
    } else if (full) {
        w.key("ambiguity").null();
    }
    if (f.alternative_value) {
        w.key("alternative_value").plain_string(f.alternative_value->to_string());
    } else if (full) {
        w.key("alternative_value").null();
    }
    if (f.equivalent_of && equivalent_at != nullptr) {
        w.key("equivalent_of");
        *equivalent_at = w.buffer().size();
        w.raw_value({});
    } else if (f.equivalent_of) {
        w.key("equivalent_of").number(*f.equivalent_of);
    } else if (full) {
        w.key("equivalent_of").null();
    }
    w.key("span");
    write_span(w, f.span);
    w.key("text").string(f.text);
}

void write_figure(json_writer& w, figure const& f, figure_fields fields) {
    w.begin_object();
    write_figure_fields(w, f, fields);
    w.end_object();
}

void write_error(json_writer& w, error const& e, bool with_place) {
    w.begin_object();
    w.key("id").string(e.id);
    w.key("message").string(e.message);
    w.key("span");
    if (with_place) {
        write_span(w, e.where);
    } else {
        w.null();
    }
    w.end_object();
}

void output_buffer::append(std::string_view bytes) {
    if (bytes.size() >= capacity / 4) {
        // Large enough to write as it is, without copying it into the buffer first.
        flush();
        std::fwrite(bytes.data(), 1, bytes.size(), to_);
        return;
    }
    buffer_ += bytes;
    flush_if_full();
}

void output_buffer::flush() {
    if (buffer_.empty()) return;
    std::fwrite(buffer_.data(), 1, buffer_.size(), to_);
    buffer_.clear();
}

}  // namespace figura::cli
