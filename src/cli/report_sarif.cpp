#include "cli/report_sarif.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "figura/version.hpp"

namespace figura::cli {
namespace {

using json = nlohmann::ordered_json;

json physical_location(region const& r) {
    json region_json = json::object();
    region_json["startLine"] = r.start_line;
    region_json["startColumn"] = r.start_column;
    region_json["endLine"] = r.end_line;
    region_json["endColumn"] = r.end_column;
    return json{{"artifactLocation", json{{"uri", artifact_uri(r.path)}}}, {"region", std::move(region_json)}};
}

json rule_json(rule_info const& rule) {
    json out = json::object();
    out["id"] = rule.id;
    out["shortDescription"] = json{{"text", rule.summary}};
    out["fullDescription"] = json{{"text", rule.help}};
    out["help"] = json{{"text", rule.help}, {"markdown", fmt::format("**{}**: {}\n\n{}", rule.id, rule.summary, rule.help)}};
    out["defaultConfiguration"] = json{{"level", severity_name(rule.default_level)}};
    std::string_view const area = rule.id.substr(0, rule.id.find('.'));
    out["properties"] = json{{"tags", json::array({"figura", area})}};
    return out;
}

}  // namespace

std::string artifact_uri(std::string_view path) {
    std::string out;
    while (path.starts_with("./")) path.remove_prefix(2);
    if (path.starts_with("/")) out = "file://";
    for (char c : path) {
        auto const u = static_cast<unsigned char>(c);
        bool const plain = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || c == '-' ||
                           c == '.' || c == '_' || c == '~' || c == '/';
        out += plain ? std::string(1, c) : fmt::format("%{:02X}", u);
    }
    return out;
}

std::string render_sarif(check_run const& run) {
    json rules = json::array();
    std::map<std::string, std::size_t, std::less<>> rule_index;
    for (auto const& rule : run.rules) {
        rule_index.emplace(std::string(rule.id), rules.size());
        rules.push_back(rule_json(rule));
    }

    json results = json::array();
    for (auto const& a : run.articles) {
        for (auto const& f : a.findings) {
            auto const where = region_of(f.primary, a);
            json result = json::object();
            result["ruleId"] = f.rule;
            if (auto it = rule_index.find(f.rule); it != rule_index.end()) result["ruleIndex"] = it->second;
            result["level"] = severity_name(f.level);
            // A JSON Lines finding can only point at its stream line; the message keeps the exact place.
            std::string const text = where.exact ? f.message : fmt::format("{}: {}", place_of(f.primary), f.message);
            result["message"] = json{{"text", text}};
            result["locations"] = json::array({json{{"physicalLocation", physical_location(where)}}});
            result["partialFingerprints"] = json{{"figuraFinding/v1", fingerprint_of(f)}};
            if (!f.related.empty()) {
                json related = json::array();
                int id = 1;
                for (auto const& r : f.related) {
                    related.push_back(json{{"id", id++},
                                           {"physicalLocation", physical_location(region_of(r, a))},
                                           {"message", json{{"text", fmt::format("{}: \"{}\"", place_of(r), r.text)}}}});
                }
                result["relatedLocations"] = std::move(related);
            }
            if (!f.facts.empty()) {
                json facts = json::array();
                for (auto const& e : f.facts) facts.push_back(json{{"key", e.key}, {"value", e.value}});
                result["properties"] = json{{"evidence", std::move(facts)}};
            }
            if (run.baseline.used) result["baselineState"] = "new";
            results.push_back(std::move(result));
        }
    }

    json driver = json::object();
    driver["name"] = "figura";
    driver["version"] = FIGURA_VERSION_STRING;
    driver["semanticVersion"] = FIGURA_VERSION_STRING;
    driver["rules"] = std::move(rules);

    json sarif_run = json::object();
    sarif_run["tool"] = json{{"driver", std::move(driver)}};
    sarif_run["columnKind"] = "unicodeCodePoints";
    sarif_run["results"] = std::move(results);

    json log = json::object();
    log["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json";
    log["version"] = "2.1.0";
    log["runs"] = json::array({std::move(sarif_run)});
    return log.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

}  // namespace figura::cli
