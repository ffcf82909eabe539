#include "cli/suppress.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "cli/report.hpp"

namespace figura::cli {
namespace {

constexpr std::string_view open_mark = "<!--";
constexpr std::string_view close_mark = "-->";

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

// A directive comment: `<!--` then optional blanks then `figura-`. Its byte range, or npos.
struct directive_comment {
    std::size_t begin = 0;  ///< at `<!--`
    std::size_t end = 0;    ///< after `-->`, or npos when unterminated on its line
    std::string_view body;  ///< between `<!--` and `-->`, trimmed
};

std::vector<directive_comment> find_directives(std::string_view text) {
    std::vector<directive_comment> found;
    std::size_t at = 0;
    while ((at = text.find(open_mark, at)) != std::string_view::npos) {
        std::size_t const body_begin = at + open_mark.size();
        std::size_t line_end = text.find('\n', body_begin);
        if (line_end == std::string_view::npos) line_end = text.size();
        std::string_view const rest = text.substr(body_begin, line_end - body_begin);
        if (!trim(rest).starts_with("figura-")) {
            at = body_begin;
            continue;
        }
        auto const close = rest.find(close_mark);
        directive_comment d;
        d.begin = at;
        d.end = close == std::string_view::npos ? std::string_view::npos : body_begin + close + close_mark.size();
        d.body = trim(close == std::string_view::npos ? rest : rest.substr(0, close));
        found.push_back(d);
        at = close == std::string_view::npos ? line_end : d.end;
    }
    return found;
}

source_span span_at(std::string_view text, std::size_t offset) {
    source_span span;
    span.begin = offset;
    span.end = offset;
    std::size_t line_start = 0;
    for (std::size_t i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++span.line;
            line_start = i + 1;
        }
    }
    span.column = 1 + code_points(text.substr(line_start, offset - line_start));
    return span;
}

}  // namespace

bool has_directives(std::string_view text) noexcept {
    return text.find("figura-") != std::string_view::npos && text.find(open_mark) != std::string_view::npos;
}

std::string mask_directives(std::string_view text) {
    std::string out(text);
    for (auto const& d : find_directives(text)) {
        if (d.end == std::string_view::npos) continue;  // scan() reports it; leave it visible
        // Only ASCII directives are masked, so one byte stays one column.
        std::string_view const comment = text.substr(d.begin, d.end - d.begin);
        if (std::any_of(comment.begin(), comment.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; })) continue;
        std::fill(out.begin() + static_cast<std::ptrdiff_t>(d.begin), out.begin() + static_cast<std::ptrdiff_t>(d.end), ' ');
    }
    return out;
}

result<suppressions> suppressions::scan(std::string_view text, std::vector<rule_info> const& rules) {
    suppressions out;
    for (auto const& d : find_directives(text)) {
        source_span const where = span_at(text, d.begin);
        if (d.end == std::string_view::npos) {
            return error{"F-SUPPRESS-002", "a figura directive comment must end with --> on the same line", where};
        }
        std::string_view body = d.body;
        auto const word_end = body.find_first_of(" \t");
        std::string_view const word = body.substr(0, word_end);
        body = word_end == std::string_view::npos ? std::string_view{} : trim(body.substr(word_end));

        std::vector<std::string> ids;
        while (!body.empty()) {
            auto const comma = body.find_first_of(", \t");
            std::string_view const id = body.substr(0, comma);
            body = comma == std::string_view::npos ? std::string_view{} : body.substr(comma + 1);
            while (!body.empty() && (body.front() == ',' || body.front() == ' ' || body.front() == '\t')) body.remove_prefix(1);
            if (id.empty()) continue;
            bool const known = std::any_of(rules.begin(), rules.end(), [&](rule_info const& r) { return r.id == id; });
            if (!known) {
                return error{"F-SUPPRESS-001", fmt::format("unknown rule \"{}\" in a {} comment", id, word), where};
            }
            ids.emplace_back(id);
        }

        if (word == "figura-disable-line") {
            out.lines_.push_back({where.line, std::move(ids)});
        } else if (word == "figura-disable-next-line") {
            out.lines_.push_back({where.line + 1, std::move(ids)});
        } else if (word == "figura-disable" || word == "figura-enable") {
            out.events_.push_back({where.line, word == "figura-disable", std::move(ids)});
        } else {
            return error{"F-SUPPRESS-001",
                         fmt::format("unknown directive \"{}\" (figura-disable, figura-enable, figura-disable-line, "
                                     "figura-disable-next-line)",
                                     word),
                         where};
        }
    }
    return out;
}

bool suppressions::suppresses(std::string_view rule, std::size_t line) const {
    auto const covers = [&](std::vector<std::string> const& ids) {
        return ids.empty() || std::find(ids.begin(), ids.end(), rule) != ids.end();
    };
    for (auto const& l : lines_) {
        if (l.line == line && covers(l.rules)) return true;
    }
    bool off = false;
    for (auto const& e : events_) {
        if (e.line > line) break;
        if (covers(e.rules)) off = e.disable;
    }
    return off;
}

std::size_t keep_unsuppressed(std::vector<finding>&& findings, suppressions_by_source const& quiet,
                              std::vector<finding>& kept) {
    std::size_t off = 0;
    for (auto& f : findings) {
        auto const q = quiet.find(f.primary.path);
        if (q != quiet.end() && q->second.suppresses(f.rule, f.primary.span.line)) {
            ++off;
            continue;
        }
        kept.push_back(std::move(f));
    }
    return off;
}

}  // namespace figura::cli
