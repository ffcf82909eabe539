#include "cli/report_github.hpp"

#include <fmt/format.h>

namespace figura::cli {
namespace {

std::string_view command_of(severity s) {
    switch (s) {
        case severity::error: return "error";
        case severity::warning: return "warning";
        case severity::note: return "notice";
    }
    return "error";
}

}  // namespace

std::string github_escape(std::string_view text, bool property) {
    std::string out;
    for (char c : text) {
        switch (c) {
            case '%': out += "%25"; break;
            case '\r': out += "%0D"; break;
            case '\n': out += "%0A"; break;
            case ':': out += property ? "%3A" : ":"; break;
            case ',': out += property ? "%2C" : ","; break;
            default: out += c;
        }
    }
    return out;
}

std::string render_github(check_run const& run) {
    std::string out;
    for (auto const& a : run.articles) {
        for (auto const& f : a.findings) {
            auto const r = region_of(f.primary, a);
            std::string props = fmt::format("file={},line={},endLine={}", github_escape(r.path, true), r.start_line, r.end_line);
            // GitHub takes columns only on one-line annotations; its endColumn is inclusive.
            if (r.exact && r.start_line == r.end_line) {
                props += fmt::format(",col={},endColumn={}", r.start_column, r.end_column - 1);
            }
            props += fmt::format(",title={}", github_escape(f.rule, true));
            std::string message = r.exact ? f.message : fmt::format("{}: {}", place_of(f.primary), f.message);
            for (auto const& e : f.facts) message += fmt::format("\n{}: {}", e.key, e.value);
            for (auto const& rel : f.related) message += fmt::format("\nrelated: {} \"{}\"", place_of(rel), rel.text);
            out += fmt::format("::{} {}::{}\n", command_of(f.level), props, github_escape(message, false));
        }
    }
    return out;
}

}  // namespace figura::cli
