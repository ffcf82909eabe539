#include "cli/report.hpp"

#include <fmt/format.h>

#include <cstdint>

namespace figura::cli {

std::string_view severity_name(severity s) noexcept {
    switch (s) {
        case severity::note: return "note";
        case severity::warning: return "warning";
        case severity::error: return "error";
    }
    return "error";
}

std::size_t code_points(std::string_view text) noexcept {
    std::size_t n = 0;
    for (char c : text) {
        if ((static_cast<unsigned char>(c) & 0xC0U) != 0x80U) ++n;
    }
    return n;
}

region region_of(location const& where, checked_article const& article) {
    if (article.stream_path.empty()) return location_region(where);
    region r;
    r.path = article.stream_path;
    r.start_line = r.end_line = article.stream_line;
    r.start_column = 1;
    r.end_column = 2;  // the line's first character: some viewers drop empty regions
    r.exact = false;
    return r;
}

region location_region(location const& where) {
    region r;
    r.path = where.path;
    r.start_line = where.span.line;
    r.start_column = where.span.column;
    std::string_view const text = where.text;
    auto const last_break = text.rfind('\n');
    if (last_break == std::string_view::npos) {
        r.end_line = r.start_line;
        r.end_column = r.start_column + code_points(text);
    } else {
        std::size_t breaks = 0;
        for (char c : text) breaks += c == '\n' ? 1 : 0;
        r.end_line = r.start_line + breaks;
        r.end_column = 1 + code_points(text.substr(last_break + 1));
    }
    // An empty span still marks one character, so every tool draws something.
    if (r.end_line == r.start_line && r.end_column <= r.start_column) r.end_column = r.start_column + 1;
    return r;
}

std::string place_of(location const& where) {
    return fmt::format("{}:{}:{}", where.path, where.span.line, where.span.column);
}

std::string fingerprint_of(finding const& f) {
    if (!f.fingerprint.empty()) return f.fingerprint;
    // FNV-1a over the same inputs the library's fingerprint uses: stable, no line numbers.
    std::uint64_t hash = 14695981039346656037ULL;
    auto mix = [&](std::string_view part) {
        for (char c : part) {
            hash ^= static_cast<unsigned char>(c);
            hash *= 1099511628211ULL;
        }
        hash ^= 0xFFU;  // separator, so ("ab","c") and ("a","bc") differ
        hash *= 1099511628211ULL;
    };
    mix(f.rule);
    mix(f.primary.path);
    mix(f.primary.text);
    for (auto const& r : f.related) mix(r.text);
    return fmt::format("{:016x}", hash);
}

severity_counts count_findings(check_run const& run) noexcept {
    severity_counts counts;
    for (auto const& a : run.articles) {
        for (auto const& f : a.findings) {
            switch (f.level) {
                case severity::error: ++counts.error; break;
                case severity::warning: ++counts.warning; break;
                case severity::note: ++counts.note; break;
            }
        }
    }
    return counts;
}

}  // namespace figura::cli
