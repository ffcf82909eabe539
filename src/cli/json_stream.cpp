#include "cli/json_stream.hpp"

#include <algorithm>
#include <charconv>
#include <optional>

#include "figura/currency.hpp"

namespace figura::cli {
namespace {

bool is_continuation(unsigned char c) noexcept { return (c & 0xC0U) == 0x80U; }

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
    w.key("value").string(b->value.to_string());
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
    w.key("value").string(v.value.to_string());
    w.key("resolution").string(v.resolution.to_string());
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
        w.key("alternatives").begin_array();
        for (auto const& a : c.alternatives) w.string(a);
        w.end_array();
    }
    w.end_object();
}

}  // namespace

void append_json_string(std::string& out, std::string_view s) {
    out += '"';
    std::size_t run = 0;  // start of the bytes not yet copied
    std::size_t i = 0;
    auto copy_run = [&](std::size_t to) {
        out.append(s.data() + run, to - run);
    };
    while (i < s.size()) {
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
            out += "\xEF\xBF\xBD";
            i += consumed;
            run = i;
            continue;
        }
        copy_run(i);
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\b': out += "\\b"; break;
            case '\f': out += "\\f"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default: {
                static constexpr char hex[] = "0123456789abcdef";
                out += "\\u00";
                out += hex[c >> 4];
                out += hex[c & 15];
            }
        }
        ++i;
        run = i;
    }
    copy_run(s.size());
    out += '"';
}

void json_writer::indent(std::size_t depth) {
    out_ += '\n';
    out_.append(2 * depth, ' ');
}

void json_writer::element() {
    if (after_key_) {
        after_key_ = false;
        return;
    }
    if (empty_.empty()) return;  // the top-level value
    if (!empty_.back()) out_ += ',';
    empty_.back() = false;
    if (pretty_) indent(base_ + empty_.size());
}

json_writer& json_writer::open(char bracket) {
    element();
    out_ += bracket;
    empty_.push_back(true);
    return *this;
}

json_writer& json_writer::close(char bracket) {
    bool const was_empty = empty_.back();
    empty_.pop_back();
    if (pretty_ && !was_empty) indent(base_ + empty_.size());
    out_ += bracket;
    return *this;
}

json_writer& json_writer::key(std::string_view name) {
    element();
    // Keys are figura's own field names: printable ASCII needs no escaping, and one append is
    // cheaper than the escaper's byte loop (a figure has about forty keys).
    if (std::all_of(name.begin(), name.end(), [](char c) { return c >= 0x20 && c < 0x7F && c != '"' && c != '\\'; })) {
        out_ += '"';
        out_ += name;
        out_ += pretty_ ? "\": " : "\":";
    } else {
        append_json_string(out_, name);
        out_ += pretty_ ? ": " : ":";
    }
    after_key_ = true;
    return *this;
}

json_writer& json_writer::string(std::string_view text) {
    element();
    append_json_string(out_, text);
    return *this;
}

json_writer& json_writer::number(std::uint64_t n) {
    element();
    char digits[24];
    auto const r = std::to_chars(digits, digits + sizeof digits, n);
    out_.append(digits, r.ptr);
    return *this;
}

json_writer& json_writer::raw_value(std::string_view json) {
    element();
    out_ += json;
    return *this;
}

json_writer& json_writer::boolean(bool b) {
    element();
    out_ += b ? "true" : "false";
    return *this;
}

json_writer& json_writer::null() {
    element();
    out_ += "null";
    return *this;
}

void write_figure_fields(json_writer& w, figure const& f, figure_fields fields, std::size_t* equivalent_at) {
    bool const full = fields == figure_fields::full;
    w.key("kind").string(to_string(f.kind));
    w.key("lang").string(to_string(f.lang));
    w.key("qualifier").string(to_string(f.qual));
    w.key("value").string(f.value.to_string());
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
        w.key("alternative_value").string(f.alternative_value->to_string());
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
