#include "cli/report_jsonl.hpp"

#include <nlohmann/json.hpp>

#include "cli/report_json.hpp"
#include "figura/version.hpp"

namespace figura::cli {
namespace {

using json = nlohmann::ordered_json;

void line(std::string& out, json const& record) {
    out += record.dump(-1, ' ', false, json::error_handler_t::replace);
    out += '\n';
}

}  // namespace

void write_check_jsonl_header(std::string& out) {
    json h = json::object();
    h["type"] = "header";
    h["figura_version"] = FIGURA_VERSION_STRING;
    h["schema"] = check_json_schema;
    h["command"] = "check";
    line(out, h);
}

void write_check_jsonl_article(std::string& out, checked_article const& a) {
    for (auto const& f : a.findings) {
        json record = json::object();
        record["type"] = "finding";
        record["article"] = a.path;
        json fields = finding_json(f);  // a local: items() of a temporary would dangle
        for (auto& [key, value] : fields.items()) record[key] = std::move(value);
        line(out, record);
    }
    json record = json::object();
    record["type"] = "article";
    record["path"] = a.path;
    record["id"] = a.id.empty() ? json(nullptr) : json(a.id);
    record["stream_line"] = a.stream_path.empty() ? json(nullptr) : json(a.stream_line);
    record["figures_checked"] = a.figures_checked;
    record["conversions_checked"] = a.conversions_checked;
    record["suppressed"] = a.suppressed;
    record["findings"] = a.findings.size();
    if (a.failure) {
        record["error"] = json{{"id", a.failure->id},
                               {"message", a.failure->message},
                               {"line", a.failure->where.line},
                               {"column", a.failure->where.column}};
    } else {
        record["error"] = nullptr;
    }
    line(out, record);
}

void add_counts(severity_counts& counts, checked_article const& a) noexcept {
    for (auto const& f : a.findings) {
        switch (f.level) {
            case severity::error: ++counts.error; break;
            case severity::warning: ++counts.warning; break;
            case severity::note: ++counts.note; break;
        }
    }
}

void write_check_jsonl_summary(std::string& out, std::size_t articles, severity_counts const& counts,
                               std::size_t suppressed, baseline_outcome const& baseline) {
    json s = json::object();
    s["type"] = "summary";
    s["articles"] = articles;
    s["errors"] = counts.error;
    s["warnings"] = counts.warning;
    s["notes"] = counts.note;
    s["suppressed"] = suppressed;
    if (baseline.used) {
        json gone = json::array();
        for (auto const& g : baseline.gone) {
            gone.push_back(json{{"fingerprint", g.fingerprint}, {"rule", g.rule}, {"path", g.path}, {"message", g.message}});
        }
        s["baseline"] = json{{"hidden", baseline.hidden}, {"gone", std::move(gone)}};
    } else {
        s["baseline"] = nullptr;
    }
    line(out, s);
}

std::string render_check_jsonl(check_run const& run) {
    std::string out;
    write_check_jsonl_header(out);
    std::size_t suppressed = 0;
    for (auto const& a : run.articles) {
        write_check_jsonl_article(out, a);
        suppressed += a.suppressed;
    }
    write_check_jsonl_summary(out, run.articles.size(), count_findings(run), suppressed, run.baseline);
    return out;
}

}  // namespace figura::cli
