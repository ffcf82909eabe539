#include "cli/report_json.hpp"

#include <nlohmann/json.hpp>

#include "figura/version.hpp"

namespace figura::cli {
namespace {

using json = nlohmann::ordered_json;

json location_json(location const& where) {
    auto const r = location_region(where);
    json out = json::object();
    out["path"] = where.path;
    out["line"] = r.start_line;
    out["column"] = r.start_column;
    out["end_line"] = r.end_line;
    out["end_column"] = r.end_column;
    out["begin"] = where.span.begin;
    out["end"] = where.span.end;
    out["text"] = where.text;
    return out;
}

json article_json(checked_article const& a) {
    json out = json::object();
    out["path"] = a.path;
    out["id"] = a.id.empty() ? json(nullptr) : json(a.id);
    if (a.stream_path.empty()) {
        out["stream_line"] = nullptr;
    } else {
        out["stream_line"] = a.stream_line;
    }
    out["figures_checked"] = a.figures_checked;
    out["conversions_checked"] = a.conversions_checked;
    out["suppressed"] = a.suppressed;
    if (a.failure) {
        out["error"] = json{{"id", a.failure->id},
                            {"message", a.failure->message},
                            {"line", a.failure->where.line},
                            {"column", a.failure->where.column}};
    } else {
        out["error"] = nullptr;
    }
    json findings = json::array();
    for (auto const& f : a.findings) findings.push_back(finding_json(f));
    out["findings"] = std::move(findings);
    return out;
}

}  // namespace

json finding_json(finding const& f) {
    json out = json::object();
    out["rule"] = f.rule;
    out["severity"] = severity_name(f.level);
    out["message"] = f.message;
    out["location"] = location_json(f.primary);
    json related = json::array();
    for (auto const& r : f.related) related.push_back(location_json(r));
    out["related"] = std::move(related);
    json facts = json::array();
    for (auto const& e : f.facts) facts.push_back(json{{"key", e.key}, {"value", e.value}});
    out["evidence"] = std::move(facts);
    out["fingerprint"] = fingerprint_of(f);
    return out;
}

std::string render_json(check_run const& run) {
    json doc = json::object();
    doc["schema"] = check_json_schema;
    doc["figura_version"] = FIGURA_VERSION_STRING;
    json articles = json::array();
    std::size_t suppressed = 0;
    for (auto const& a : run.articles) {
        articles.push_back(article_json(a));
        suppressed += a.suppressed;
    }
    doc["articles"] = std::move(articles);
    auto const counts = count_findings(run);
    doc["summary"] = json{{"errors", counts.error},
                          {"warnings", counts.warning},
                          {"notes", counts.note},
                          {"suppressed", suppressed}};
    if (run.baseline.used) {
        json gone = json::array();
        for (auto const& g : run.baseline.gone) {
            gone.push_back(json{{"fingerprint", g.fingerprint}, {"rule", g.rule}, {"path", g.path}, {"message", g.message}});
        }
        doc["baseline"] = json{{"hidden", run.baseline.hidden}, {"gone", std::move(gone)}};
    } else {
        doc["baseline"] = nullptr;
    }
    return doc.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

}  // namespace figura::cli
