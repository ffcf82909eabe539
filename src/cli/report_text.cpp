#include "cli/report_text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <optional>

namespace figura::cli {
namespace {

constexpr std::string_view reset = "\x1b[0m";
constexpr std::string_view bold = "\x1b[1m";
constexpr std::string_view green = "\x1b[32m";

std::string_view level_colour(severity s) {
    switch (s) {
        case severity::error: return "\x1b[1;31m";
        case severity::warning: return "\x1b[1;35m";
        case severity::note: return "\x1b[1;36m";
    }
    return "";
}

std::string paint(std::string_view text, std::string_view colour, text_style const& style) {
    if (!style.color) return std::string(text);
    return fmt::format("{}{}{}", colour, text, reset);
}

// Control characters in quoted text would break the one-line layout.
std::string quote_related(std::string_view text) {
    std::string out = "\"";
    for (char c : text) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (static_cast<unsigned char>(c) < 0x20) {
            out += fmt::format("\\x{:02x}", static_cast<unsigned char>(c));
        } else {
            out += c;
        }
    }
    return out + "\"";
}

std::string plural(std::size_t n, std::string_view word) {
    return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s");
}

}  // namespace

std::string text_excerpt(std::string_view source, source_span const& span, text_style const& style) {
    if (span.begin > source.size() || span.end < span.begin) return {};
    // A line up to `whole_line` bytes is shown whole; a longer one (a pasted table, a CSV dump) is
    // clipped to `context` bytes either side of the span, which is itself shown up to `longest_span`
    // bytes, with an ellipsis where the line goes on. Every search is bounded, so a finding costs the same on
    // a 400 KB line as on a short one.
    constexpr std::size_t whole_line = 400;
    constexpr std::size_t context = 120;
    constexpr std::size_t longest_span = 240;
    auto const is_continuation = [&](std::size_t i) {
        return i < source.size() && (static_cast<unsigned char>(source[i]) & 0xC0U) == 0x80U;
    };

    // Line start and end, if within `whole_line` bytes of the span's start.
    std::size_t const floor = span.begin > whole_line ? span.begin - whole_line : 0;
    std::optional<std::size_t> line_begin;
    for (std::size_t i = span.begin; i > floor; --i) {
        if (source[i - 1] == '\n') {
            line_begin = i;
            break;
        }
    }
    if (!line_begin && floor == 0) line_begin = 0;
    std::size_t const ceiling = std::min(source.size(), span.begin + whole_line);
    std::optional<std::size_t> line_end;
    if (auto const nl = source.substr(span.begin, ceiling - span.begin).find('\n'); nl != std::string_view::npos) {
        line_end = span.begin + nl;
    } else if (ceiling == source.size()) {
        line_end = source.size();
    }

    std::size_t begin = 0;
    std::size_t end = 0;
    bool clipped_before = false;
    bool clipped_after = false;
    if (line_begin && line_end && *line_end - *line_begin <= whole_line) {
        begin = *line_begin;
        end = *line_end;
    } else {
        begin = span.begin > context ? span.begin - context : 0;
        if (line_begin && *line_begin > begin) begin = *line_begin;
        while (begin < span.begin && is_continuation(begin)) ++begin;  // start on a character
        clipped_before = !line_begin || begin > *line_begin;
        std::size_t const shown_span_end = std::min(span.end, span.begin + longest_span);
        end = std::min(source.size(), std::max(shown_span_end, span.begin + 1) + context);
        if (line_end && *line_end < end) end = *line_end;
        if (auto const nl = source.substr(span.begin, end - span.begin).find('\n'); nl != std::string_view::npos) {
            end = span.begin + nl;
        }
        while (end > span.begin && is_continuation(end)) --end;  // end before a character
        clipped_after = !line_end || end < *line_end;
    }
    std::string_view line = source.substr(begin, end - begin);
    if (!clipped_after && !line.empty() && line.back() == '\r') line.remove_suffix(1);

    // Tabs stay tabs under the line so the caret lines up in any terminal's tab setting.
    std::string pad = clipped_before ? " " : "";
    for (char c : source.substr(begin, span.begin - begin)) {
        if (c == '\t') pad += '\t';
        else if ((static_cast<unsigned char>(c) & 0xC0U) != 0x80U) pad += ' ';
    }
    std::size_t const span_end = std::min(span.end, begin + line.size());
    std::size_t const width = span_end > span.begin ? code_points(source.substr(span.begin, span_end - span.begin)) : 1;
    std::string marks(std::max<std::size_t>(width, 1), '~');
    marks.front() = '^';
    return fmt::format(" {}{}{}\n {}{}\n", clipped_before ? "\u2026" : "", line, clipped_after ? "\u2026" : "", pad,
                       paint(marks, green, style));
}

std::string text_finding(finding const& f, std::string_view source, text_style const& style) {
    std::string out = fmt::format("{}: {}: {}\n", paint(place_of(f.primary), bold, style),
                                  paint(fmt::format("{}[{}]", severity_name(f.level), f.rule), level_colour(f.level), style),
                                  f.message);
    if (!source.empty()) out += text_excerpt(source, f.primary.span, style);
    for (auto const& fact : f.facts) out += fmt::format("  {}: {}\n", fact.key, fact.value);
    for (auto const& r : f.related) out += fmt::format("  related: {} {}\n", place_of(r), quote_related(r.text));
    return out;
}

std::string render_text(check_run const& run, text_style const& style) {
    std::string out;
    std::size_t suppressed = 0;
    std::size_t failed = 0;
    for (auto const& a : run.articles) {
        suppressed += a.suppressed;
        if (a.failure) ++failed;
        for (auto const& f : a.findings) {
            auto const it = a.sources.find(f.primary.path);
            out += text_finding(f, it == a.sources.end() ? std::string_view{} : std::string_view{it->second}, style);
        }
    }
    for (auto const& gone : run.baseline.gone) {
        out += fmt::format("{}: {}: baseline finding no longer reported: {}[{}] {}\n", gone.path,
                           paint("note", level_colour(severity::note), style), gone.rule, gone.fingerprint, gone.message);
    }

    auto const counts = count_findings(run);
    std::size_t const total = counts.error + counts.warning + counts.note;
    std::string summary = total == 0 ? std::string("no findings")
                                     : fmt::format("{} ({} {}, {} {}, {} {})", plural(total, "finding"), counts.error,
                                                   counts.error == 1 ? "error" : "errors", counts.warning,
                                                   counts.warning == 1 ? "warning" : "warnings", counts.note,
                                                   counts.note == 1 ? "note" : "notes");
    summary += fmt::format(" in {}", plural(run.articles.size(), "article"));
    if (failed > 0) summary += fmt::format(", {} not checked", failed);
    if (suppressed > 0) summary += fmt::format("; {} suppressed inline", suppressed);
    if (run.baseline.used) {
        summary += fmt::format("; baseline: {} hidden, {} gone", run.baseline.hidden, run.baseline.gone.size());
    }
    return out + summary + "\n";
}

}  // namespace figura::cli
