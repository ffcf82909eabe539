#include "cli/text_output.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstddef>
#include <iterator>
#include <optional>

#include "figura/currency.hpp"
#include "figura/decimal.hpp"

namespace figura::cli {
namespace {

bool is_continuation_byte(char c) { return (static_cast<unsigned char>(c) & 0xC0U) == 0x80U; }

// "CNY (name "nhân dân tệ")", "VND (implied)", or "" for a plain number.
std::string currency_summary(currency_ref const& c) {
    if (c.source == currency_source::none) return {};
    if (c.source == currency_source::implied || c.written.empty()) {
        return fmt::format("{} ({})", c.code, to_string(c.source));
    }
    return fmt::format("{} ({} {})", c.code, to_string(c.source), quote_text(c.written));
}

std::string join(std::vector<std::string> const& items, std::string_view separator) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i != 0) out += separator;
        out += items[i];
    }
    return out;
}

// "14000000000, resolution 1000000000 ("bn") -> [13500000000, 14500000000)"; exact values say so.
std::string precision_text(figure_value const& v) {
    if (v.exact) return fmt::format("{} exactly", v.value.to_string());
    std::string scale = v.scale_word.empty() ? std::string() : fmt::format(" ({})", quote_text(v.scale_word));
    return fmt::format("{}, resolution {}{} -> {}", v.value.to_string(), v.resolution.to_string(), scale,
                       v.bounds.to_string());
}

}  // namespace

namespace {

void append_quoted(std::string& out, std::string_view text) {
    out += '"';
    for (char c : text) {
        auto const byte = static_cast<unsigned char>(c);
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default:
                if (byte < 0x20U || byte == 0x7FU) {
                    out += fmt::format("\\x{:02x}", byte);
                } else {
                    out += c;
                }
        }
    }
    out += '"';
}

}  // namespace

std::string quote_text(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 2);
    append_quoted(out, text);
    return out;
}

std::string value_text(figure const& f) {
    if (f.range_high) return f.value.to_string() + ".." + f.range_high->value.to_string();
    return f.value.to_string();
}

std::string parse_block(std::string_view input, figure const& f) {
    std::string out(input);
    out += '\n';

    // Summary: kind value [currency] qualifier  interval  lang
    std::string currency = currency_summary(f.currency);
    out += fmt::format("  {} {}{}{} {}  interval {}  {}\n", to_string(f.kind), value_text(f),
                       currency.empty() ? "" : " ", currency, to_string(f.qual), f.bounds.to_string(),
                       to_string(f.lang));

    // The written precision is shown when the qualifier or a range made the interval differ from it.
    if (f.range_high) {
        out += fmt::format("  low: {}\n", precision_text(f.written));
        out += fmt::format("  high: {}\n", precision_text(*f.range_high));
    } else if (f.bounds != f.written.bounds) {
        out += fmt::format("  written: {}\n", precision_text(f.written));
    }
    if (!f.rate_base.empty()) {
        out += fmt::format("  rate: {} {} per 1 {}\n", f.value.to_string(), f.currency.code, f.rate_base);
    }
    if (!f.per.empty()) out += fmt::format("  per: {}\n", quote_text(f.per));
    if (f.currency.is_ambiguous()) {
        // `$` has some twenty readings; the first few make the point and JSON lists them all.
        constexpr std::size_t shown = 5;
        auto const& all = f.currency.alternatives;
        std::vector<std::string> first(all.begin(), all.begin() + static_cast<std::ptrdiff_t>(std::min(shown, all.size())));
        std::string more = all.size() > shown ? fmt::format(" and {} more", all.size() - shown) : std::string();
        out += fmt::format("  currency: {} chosen; could also be {}{}\n", f.currency.code, join(first, ", "), more);
    }
    if (f.ambiguous == ambiguity::separator) {
        // Without an alternative the number only fits the other language's separators (`1,5` in English).
        out += f.alternative_value
                   ? "  separator: ambiguous; the other convention reads " + f.alternative_value->to_string() + "\n"
                   : std::string("  separator: read by the other language's convention\n");
    }
    return out;
}

std::string extract_line(std::string_view path, std::vector<figure> const& all, std::size_t index) {
    std::string out;
    append_extract_line(out, path, all, index);
    return out;
}

void append_extract_line(std::string& out, std::string_view path, std::vector<figure> const& all, std::size_t index) {
    figure const& f = all.at(index);
    // Appended in place: a line per figure over megabytes of text, so no temporaries per field.
    fmt::format_to(std::back_inserter(out), "{}:{}:{}: {} ", path, f.span.line, f.span.column, to_string(f.kind));
    out += f.value.to_string();
    if (f.range_high) {
        out += "..";
        out += f.range_high->value.to_string();
    }
    out += ' ';
    // The currency is one token, never empty, so the line splits on spaces.
    if (f.currency.source == currency_source::none) {
        out += '-';
    } else {
        out += f.currency.code;
        if (f.currency.source == currency_source::implied) out += "(implied)";
    }
    if (!f.rate_base.empty()) {
        out += '/';
        out += f.rate_base;
    }
    out += ' ';
    out += to_string(f.qual);
    out += ' ';
    append_quoted(out, f.text);
    if (f.per.empty() && !f.equivalent_of && f.ambiguous != ambiguity::separator) {
        out += '\n';
        return;
    }
    std::vector<std::string> notes;
    if (!f.per.empty()) notes.push_back("per " + quote_text(f.per));
    if (f.equivalent_of && *f.equivalent_of < all.size()) {
        auto const& of = all[*f.equivalent_of].span;
        notes.push_back(fmt::format("equivalent of {}:{}", of.line, of.column));
    }
    if (f.ambiguous == ambiguity::separator) {
        notes.push_back(f.alternative_value
                            ? fmt::format("separator ambiguous, or {}", f.alternative_value->to_string())
                            : std::string("separators of the other language"));
    }
    if (!notes.empty()) out += fmt::format(" ({})", join(notes, "; "));
    out += '\n';
}

std::string diagnostic(std::string_view path, error const& e, bool with_place) {
    if (!with_place) return fmt::format("{}: error[{}]: {}\n", path, e.id, e.message);
    return fmt::format("{}:{}:{}: error[{}]: {}\n", path, e.where.line, e.where.column, e.id, e.message);
}

std::string caret_excerpt(std::string_view source, source_span const& where) {
    // Find the line `where.line` (1-based).
    std::size_t start = 0;
    for (std::size_t line = 1; line < where.line; ++line) {
        std::size_t next = source.find('\n', start);
        if (next == std::string_view::npos) return {};
        start = next + 1;
    }
    std::size_t stop = source.find('\n', start);
    std::string_view text = source.substr(start, stop == std::string_view::npos ? std::string_view::npos : stop - start);
    if (!text.empty() && text.back() == '\r') text.remove_suffix(1);

    // Control characters other than tab would garble the terminal; such a line is not shown.
    for (char c : text) {
        auto const byte = static_cast<unsigned char>(c);
        if ((byte < 0x20U && c != '\t') || byte == 0x7FU) return {};
    }

    // Walk `column - 1` code points, copying tabs so the caret lines up under them.
    std::string pad;
    std::size_t column = 1;
    for (std::size_t i = 0; i < text.size() && column < where.column; ++i) {
        if (is_continuation_byte(text[i])) continue;
        pad += text[i] == '\t' ? '\t' : ' ';
        ++column;
    }
    // A column past the end of the line (end of input) points just after it.
    while (column < where.column && column <= std::size_t{1} + text.size()) {
        pad += ' ';
        ++column;
    }
    return fmt::format("    {}\n    {}^\n", text, pad);
}

}  // namespace figura::cli
