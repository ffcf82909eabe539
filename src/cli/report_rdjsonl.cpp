#include "cli/report_rdjsonl.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "cli/report_sarif.hpp"

namespace figura::cli {
namespace {

using json = nlohmann::ordered_json;

std::string_view rd_severity(severity s) {
    switch (s) {
        case severity::error: return "ERROR";
        case severity::warning: return "WARNING";
        case severity::note: return "INFO";
    }
    return "ERROR";
}

// Byte columns of a location when its source text is at hand; else the code-point region.
json rd_range(location const& where, checked_article const& a) {
    auto r = region_of(where, a);
    auto const source = a.sources.find(where.path);
    if (r.exact && source != a.sources.end() && where.span.end <= source->second.size() && where.span.begin <= where.span.end) {
        std::string_view const text = source->second;
        auto const line_start = [&](std::size_t offset) -> std::size_t {
            if (offset == 0) return 0;
            auto const p = text.rfind('\n', offset - 1);
            return p == std::string_view::npos ? 0 : p + 1;
        };
        r.start_column = where.span.begin - line_start(where.span.begin) + 1;
        r.end_column = where.span.end - line_start(where.span.end) + 1;
    }
    return json{{"start", json{{"line", r.start_line}, {"column", r.start_column}}},
                {"end", json{{"line", r.end_line}, {"column", r.end_column}}}};
}

}  // namespace

std::string render_rdjsonl(check_run const& run) {
    std::string out;
    for (auto const& a : run.articles) {
        for (auto const& f : a.findings) {
            auto const r = region_of(f.primary, a);
            std::string message = r.exact ? f.message : fmt::format("{}: {}", place_of(f.primary), f.message);
            for (auto const& e : f.facts) message += fmt::format("\n{}: {}", e.key, e.value);
            json d = json::object();
            d["message"] = std::move(message);
            d["location"] = json{{"path", r.path}, {"range", rd_range(f.primary, a)}};
            d["severity"] = rd_severity(f.level);
            d["source"] = json{{"name", "figura"}};  // no url until the project has a public home
            d["code"] = json{{"value", f.rule}};
            if (!f.related.empty()) {
                json related = json::array();
                for (auto const& rel : f.related) {
                    related.push_back(json{{"location", json{{"path", region_of(rel, a).path}, {"range", rd_range(rel, a)}}},
                                           {"message", fmt::format("\"{}\"", rel.text)}});
                }
                d["related_locations"] = std::move(related);
            }
            out += d.dump(-1, ' ', false, json::error_handler_t::replace) + "\n";
        }
    }
    return out;
}

}  // namespace figura::cli
