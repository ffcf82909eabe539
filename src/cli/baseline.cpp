#include "cli/baseline.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <tuple>

namespace figura::cli {
namespace {

using json = nlohmann::ordered_json;

constexpr std::string_view format_key = "figura_baseline";
constexpr int format_version = 1;

}  // namespace

std::string write_baseline(std::vector<checked_article> const& articles) {
    std::vector<baseline_entry> entries;
    for (auto const& a : articles) {
        for (auto const& f : a.findings) entries.push_back({fingerprint_of(f), f.rule, f.primary.path, f.message});
    }
    std::sort(entries.begin(), entries.end(), [](baseline_entry const& x, baseline_entry const& y) {
        return std::tie(x.path, x.rule, x.fingerprint, x.message) < std::tie(y.path, y.rule, y.fingerprint, y.message);
    });
    json list = json::array();
    for (auto const& e : entries) {
        list.push_back(json{{"fingerprint", e.fingerprint}, {"rule", e.rule}, {"path", e.path}, {"message", e.message}});
    }
    json doc = json::object();
    doc[std::string(format_key)] = format_version;
    doc["findings"] = std::move(list);
    return doc.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

result<std::vector<baseline_entry>> read_baseline(std::string_view text) {
    json doc;
    try {
        doc = json::parse(text);
    } catch (json::parse_error const& e) {
        return error{"F-BASELINE-001", fmt::format("not JSON: {}", e.what()), {}};
    }
    auto const bad = [](std::string message) { return error{"F-BASELINE-001", std::move(message), {}}; };
    if (!doc.is_object() || !doc.contains(format_key) || doc[std::string(format_key)] != format_version) {
        return bad(fmt::format("not a figura baseline: expected {{\"{}\": {}, \"findings\": [...]}}", format_key, format_version));
    }
    if (!doc.contains("findings") || !doc["findings"].is_array()) return bad("\"findings\" must be an array");
    std::vector<baseline_entry> entries;
    std::size_t index = 0;
    for (auto const& item : doc["findings"]) {
        auto text_field = [&](char const* name) -> std::string {
            if (!item.is_object() || !item.contains(name) || !item[name].is_string()) return {};
            return item[name].get<std::string>();
        };
        baseline_entry e{text_field("fingerprint"), text_field("rule"), text_field("path"), text_field("message")};
        if (e.fingerprint.empty()) return bad(fmt::format("findings[{}] has no \"fingerprint\" string", index));
        entries.push_back(std::move(e));
        ++index;
    }
    return entries;
}

baseline_outcome apply_baseline(std::vector<baseline_entry> const& baseline, std::vector<checked_article>& articles) {
    baseline_outcome outcome;
    outcome.used = true;
    std::map<std::string, std::vector<baseline_entry const*>, std::less<>> known;
    for (auto const& e : baseline) known[e.fingerprint].push_back(&e);
    for (auto& a : articles) {
        std::erase_if(a.findings, [&](finding const& f) {
            auto it = known.find(fingerprint_of(f));
            if (it == known.end() || it->second.empty()) return false;
            it->second.pop_back();
            ++outcome.hidden;
            return true;
        });
    }
    for (auto const& e : baseline) {
        auto& left = known[e.fingerprint];
        if (std::find(left.begin(), left.end(), &e) != left.end()) outcome.gone.push_back(e);
    }
    return outcome;
}

}  // namespace figura::cli
