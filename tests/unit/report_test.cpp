// figura check's reporters, figura.toml, inline suppression and baselines, on hand-built findings
// (src/cli/report_*.cpp, config.cpp, suppress.cpp, baseline.cpp). Expected output is exact.

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "cli/baseline.hpp"
#include "cli/config.hpp"
#include "cli/report.hpp"
#include "cli/report_github.hpp"
#include "cli/report_json.hpp"
#include "cli/report_rdjsonl.hpp"
#include "cli/report_sarif.hpp"
#include "cli/report_text.hpp"
#include "cli/suppress.hpp"
#include "figura/version.hpp"

using namespace figura;
using namespace figura::cli;
using json = nlohmann::json;

namespace {

// An English line and a Vietnamese one (NFC), so code-point and byte columns differ on line 2.
std::string const article_text =
    "In 2021 the fund claimed to manage 100bn yuan ($14bn).\n"
    "Năm 2021, quỹ quản lý 100 tỷ nhân dân tệ (14 tỷ USD).\n";

location locate(std::string_view needle, std::size_t line) {
    auto const begin = article_text.find(needle);
    REQUIRE(begin != std::string::npos);
    std::size_t line_start = article_text.rfind('\n', begin);
    line_start = line_start == std::string::npos ? 0 : line_start + 1;
    source_span span{begin, begin + needle.size(), line,
                     1 + code_points(std::string_view(article_text).substr(line_start, begin - line_start))};
    return location{"item.txt", span, std::string(needle)};
}

finding basis_note() {
    finding f;
    f.rule = "fx.basis";
    f.level = severity::note;
    f.message = "100bn yuan dated 2021 was converted at the publication-date rate";
    f.primary = locate("100bn yuan", 1);
    f.related = {locate("$14bn", 1)};
    f.facts = {{"rate", "7.2512 CNY per USD"}, {"rate date", "2025-01-29"}, {"source", "ECB"}};
    f.fingerprint = "fx.basis/7a3c";
    return f;
}

finding vi_error() {
    finding f;
    f.rule = "fx.conversion";
    f.level = severity::error;
    f.message = "100 tỷ nhân dân tệ is not 14 tỷ USD at any rate tested";
    f.primary = locate("100 tỷ nhân dân tệ", 2);
    f.facts = {{"converted", "[13.79bn, 13.80bn]"}};
    f.fingerprint = "fx.conversion/19be";
    return f;
}

std::vector<rule_info> const test_rules = {
    {"fx.conversion", severity::error, "A stated conversion agrees with a dated rate",
     "A (B) agrees when the converted interval of A overlaps B's interval."},
    {"fx.basis", severity::note, "Which rate basis a conversion fits", "Reports the figure's own date or the publication date."},
    {"parity.missing", severity::error, "An original figure missing from the translation", "Values are compared, not strings."},
};

check_run one_article(std::vector<finding> findings) {
    check_run run;
    checked_article a;
    a.path = "item.txt";
    a.findings = std::move(findings);
    a.sources.emplace("item.txt", article_text);
    a.figures_checked = 4;
    a.conversions_checked = 2;
    run.articles.push_back(std::move(a));
    run.rules = test_rules;
    return run;
}

// The SARIF 2.1.0 properties figura relies on: the schema's "required" lists and enums
// (sarif-schema-2.1.0.json: sarifLog, run, tool, toolComponent, reportingDescriptor, result,
// message, location, physicalLocation, region, multiformatMessageString) plus what GitHub code
// scanning marks required (rule shortDescription/fullDescription/help, result locations,
// partialFingerprints, region start/end). Returns every violation found.
std::vector<std::string> sarif_problems(json const& log) {
    std::vector<std::string> problems;
    auto need = [&](json const& object, char const* key, char const* where) -> bool {
        if (object.is_object() && object.contains(key)) return true;
        problems.push_back(std::string(where) + ": missing " + key);
        return false;
    };
    auto text_message = [&](json const& object, char const* key, char const* where) {
        if (!need(object, key, where)) return;
        auto const& m = object[key];
        if (!m.is_object() || !m.contains("text") || !m["text"].is_string() || m["text"].get<std::string>().empty()) {
            problems.push_back(std::string(where) + "." + key + ": needs a non-empty text");
        }
    };
    auto positive = [&](json const& object, char const* key, char const* where) {
        if (!need(object, key, where)) return;
        if (!object[key].is_number_integer() || object[key].get<long>() < 1) problems.push_back(std::string(where) + "." + key + " < 1");
    };
    auto level_ok = [](json const& v) {
        return v.is_string() && (v == "none" || v == "note" || v == "warning" || v == "error");
    };
    auto physical = [&](json const& loc, char const* where) {
        if (!need(loc, "physicalLocation", where)) return;
        auto const& p = loc["physicalLocation"];
        if (need(p, "artifactLocation", "physicalLocation")) {
            auto const& a = p["artifactLocation"];
            if (!need(a, "uri", "artifactLocation") || !a["uri"].is_string() || a["uri"].get<std::string>().empty() ||
                a["uri"].get<std::string>().find(' ') != std::string::npos) {
                problems.push_back(std::string(where) + ": artifactLocation.uri must be a URI");
            }
        }
        if (need(p, "region", "physicalLocation")) {
            auto const& r = p["region"];
            for (char const* key : {"startLine", "startColumn", "endLine", "endColumn"}) positive(r, key, "region");
            if (r.contains("endLine") && r.contains("startLine") && r["endLine"] < r["startLine"]) problems.push_back("region ends before it starts");
        }
    };

    if (!log.is_object()) return {"log: not an object"};
    if (need(log, "version", "log") && log["version"] != "2.1.0") problems.push_back("log.version is not \"2.1.0\"");
    if (log.contains("$schema") && !log["$schema"].is_string()) problems.push_back("log.$schema is not a string");
    if (!need(log, "runs", "log") || !log["runs"].is_array() || log["runs"].empty()) {
        problems.push_back("log.runs: needs one run");
        return problems;
    }
    for (auto const& run : log["runs"]) {
        if (!need(run, "tool", "run") || !need(run["tool"], "driver", "tool")) continue;
        auto const& driver = run["tool"]["driver"];
        if (!need(driver, "name", "driver") || !driver["name"].is_string()) problems.push_back("driver.name is not a string");
        // informationUri is optional; when present it must be an absolute URI.
        if (driver.contains("informationUri") && (!driver["informationUri"].is_string() ||
                                                  !driver["informationUri"].get<std::string>().starts_with("https://"))) {
            problems.push_back("driver.informationUri is not an absolute URI");
        }
        need(driver, "version", "driver");
        std::vector<std::string> ids;
        if (need(driver, "rules", "driver")) {
            for (auto const& rule : driver["rules"]) {
                if (need(rule, "id", "rule")) ids.push_back(rule["id"]);
                text_message(rule, "shortDescription", "rule");
                text_message(rule, "fullDescription", "rule");
                text_message(rule, "help", "rule");
                if (need(rule, "defaultConfiguration", "rule") &&
                    (!rule["defaultConfiguration"].contains("level") || !level_ok(rule["defaultConfiguration"]["level"]))) {
                    problems.push_back("rule.defaultConfiguration.level is not none/note/warning/error");
                }
            }
        }
        if (run.contains("columnKind") && run["columnKind"] != "utf16CodeUnits" && run["columnKind"] != "unicodeCodePoints") {
            problems.push_back("run.columnKind is not an allowed value");
        }
        if (!need(run, "results", "run") || !run["results"].is_array()) continue;
        for (auto const& result : run["results"]) {
            text_message(result, "message", "result");
            if (need(result, "ruleId", "result") && std::find(ids.begin(), ids.end(), result["ruleId"]) == ids.end()) {
                problems.push_back("result.ruleId names no rule of the driver");
            }
            if (result.contains("ruleIndex") && (result["ruleIndex"].get<std::size_t>() >= ids.size() ||
                                                 ids[result["ruleIndex"].get<std::size_t>()] != result["ruleId"])) {
                problems.push_back("result.ruleIndex does not point at its rule");
            }
            if (need(result, "level", "result") && !level_ok(result["level"])) problems.push_back("result.level is not allowed");
            if (!need(result, "locations", "result") || !result["locations"].is_array() || result["locations"].empty()) {
                problems.push_back("result.locations: needs one location");
            } else {
                for (auto const& loc : result["locations"]) physical(loc, "result.locations[]");
            }
            if (need(result, "partialFingerprints", "result")) {
                if (!result["partialFingerprints"].is_object() || result["partialFingerprints"].empty()) problems.push_back("partialFingerprints is empty");
                for (auto const& [k, v] : result["partialFingerprints"].items()) {
                    if (!v.is_string() || v.get<std::string>().empty()) problems.push_back("partialFingerprints." + k + " is not a string");
                }
            }
            if (result.contains("relatedLocations")) {
                std::vector<long> seen;
                for (auto const& loc : result["relatedLocations"]) {
                    physical(loc, "result.relatedLocations[]");
                    if (loc.contains("id")) {
                        long const id = loc["id"];
                        if (id < -1 || std::find(seen.begin(), seen.end(), id) != seen.end()) problems.push_back("relatedLocations ids must be unique, >= -1");
                        seen.push_back(id);
                    }
                }
            }
            if (result.contains("baselineState")) {
                auto const& b = result["baselineState"];
                if (b != "new" && b != "unchanged" && b != "updated" && b != "absent") problems.push_back("result.baselineState is not allowed");
            }
        }
    }
    return problems;
}

}  // namespace

TEST_CASE("report: text shows place, rule, excerpt underlined in code points, evidence", "[report]") {
    auto const out = render_text(one_article({basis_note(), vi_error()}));
    CHECK(out ==
          "item.txt:1:36: note[fx.basis]: 100bn yuan dated 2021 was converted at the publication-date rate\n"
          " In 2021 the fund claimed to manage 100bn yuan ($14bn).\n"
          "                                    ^~~~~~~~~~\n"
          "  rate: 7.2512 CNY per USD\n"
          "  rate date: 2025-01-29\n"
          "  source: ECB\n"
          "  related: item.txt:1:48 \"$14bn\"\n"
          "item.txt:2:23: error[fx.conversion]: 100 tỷ nhân dân tệ is not 14 tỷ USD at any rate tested\n"
          " Năm 2021, quỹ quản lý 100 tỷ nhân dân tệ (14 tỷ USD).\n"
          "                       ^~~~~~~~~~~~~~~~~~\n"
          "  converted: [13.79bn, 13.80bn]\n"
          "2 findings (1 error, 0 warnings, 1 note) in 1 article\n");
}

TEST_CASE("report: text colours only when asked, and says when there is nothing", "[report]") {
    auto coloured = text_finding(vi_error(), {}, text_style{true});
    CHECK(coloured ==
          "\x1b[1mitem.txt:2:23\x1b[0m: \x1b[1;31merror[fx.conversion]\x1b[0m: 100 tỷ nhân dân tệ is not 14 tỷ USD at any "
          "rate tested\n  converted: [13.79bn, 13.80bn]\n");
    auto run = one_article({});
    run.articles[0].suppressed = 2;
    run.baseline = {true, 3, {{"ab12", "parity.missing", "item.txt", "gone figure"}}};
    CHECK(render_text(run) ==
          "item.txt: note: baseline finding no longer reported: parity.missing[ab12] gone figure\n"
          "no findings in 1 article; 2 suppressed inline; baseline: 3 hidden, 1 gone\n");
}

TEST_CASE("report: text excerpt handles the first byte, tabs and out-of-range spans", "[report]") {
    CHECK(text_excerpt("$5m here", {0, 3, 1, 1}) == " $5m here\n ^~~\n");
    CHECK(text_excerpt("a\n\tx $5m\n", {5, 8, 2, 4}) == " \tx $5m\n \t  ^~~\n");
    CHECK(text_excerpt("short", {10, 12, 1, 11}).empty());
}

TEST_CASE("report: json is versioned and carries every field exactly", "[report]") {
    auto doc = json::parse(render_json(one_article({vi_error()})));
    CHECK(doc["schema"] == 1);
    CHECK(doc["figura_version"] == FIGURA_VERSION_STRING);
    auto const& a = doc["articles"][0];
    CHECK(a["path"] == "item.txt");
    CHECK(a["id"].is_null());
    CHECK(a["stream_line"].is_null());
    CHECK(a["figures_checked"] == 4);
    CHECK(a["conversions_checked"] == 2);
    CHECK(a["error"].is_null());
    auto const& f = a["findings"][0];
    CHECK(f["rule"] == "fx.conversion");
    CHECK(f["severity"] == "error");
    CHECK(f["location"] == json::parse(R"({"path":"item.txt","line":2,"column":23,"end_line":2,"end_column":41,
        "begin":83,"end":107,"text":"100 tỷ nhân dân tệ"})"));
    CHECK(f["related"] == json::array());
    CHECK(f["evidence"] == json::parse(R"([{"key":"converted","value":"[13.79bn, 13.80bn]"}])"));
    CHECK(f["fingerprint"] == "fx.conversion/19be");
    CHECK(doc["summary"] == json::parse(R"({"errors":1,"warnings":0,"notes":0,"suppressed":0})"));
    CHECK(doc["baseline"].is_null());
}

TEST_CASE("report: json names an article that could not be read", "[report]") {
    check_run run;
    checked_article bad;
    bad.path = "batch.jsonl:3";
    bad.stream_path = "batch.jsonl";
    bad.stream_line = 3;
    bad.failure = error{"F-ARTICLE-011", "a JSON Lines article must be an object, not array", {0, 0, 3, 1}};
    run.articles.push_back(bad);
    auto doc = json::parse(render_json(run));
    CHECK(doc["articles"][0]["stream_line"] == 3);
    CHECK(doc["articles"][0]["error"] ==
          json::parse(R"({"id":"F-ARTICLE-011","message":"a JSON Lines article must be an object, not array","line":3,"column":1})"));
}

TEST_CASE("report: sarif passes the SARIF 2.1.0 structure check with exact regions", "[report]") {
    auto const log = json::parse(render_sarif(one_article({basis_note(), vi_error()})));
    CHECK(sarif_problems(log).empty());
    auto const& run = log["runs"][0];
    CHECK(run["columnKind"] == "unicodeCodePoints");
    CHECK(run["tool"]["driver"]["rules"].size() == 3);
    CHECK(run["tool"]["driver"]["rules"][1]["defaultConfiguration"]["level"] == "note");
    auto const& r = run["results"][1];
    CHECK(r["ruleId"] == "fx.conversion");
    CHECK(r["ruleIndex"] == 0);
    CHECK(r["level"] == "error");
    CHECK(r["locations"][0]["physicalLocation"] ==
          json::parse(R"({"artifactLocation":{"uri":"item.txt"},"region":{"startLine":2,"startColumn":23,"endLine":2,"endColumn":41}})"));
    CHECK(r["partialFingerprints"] == json::parse(R"({"figuraFinding/v1":"fx.conversion/19be"})"));
    auto const& basis = run["results"][0];
    CHECK(basis["relatedLocations"][0]["id"] == 1);
    CHECK(basis["relatedLocations"][0]["physicalLocation"]["region"]["startColumn"] == 48);
    CHECK(basis["relatedLocations"][0]["message"]["text"] == "item.txt:1:48: \"$14bn\"");
    CHECK(basis["properties"]["evidence"][0] == json::parse(R"({"key":"rate","value":"7.2512 CNY per USD"})"));
}

TEST_CASE("report: the SARIF structure check rejects what code scanning would", "[report]") {
    auto const good = json::parse(render_sarif(one_article({vi_error()})));
    auto broken = good;
    broken["runs"][0]["results"][0].erase("partialFingerprints");
    CHECK(sarif_problems(broken) == std::vector<std::string>{"result: missing partialFingerprints"});
    broken = good;
    broken["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startColumn"] = 0;
    CHECK(sarif_problems(broken) == std::vector<std::string>{"region.startColumn < 1"});
    broken = good;
    broken["runs"][0]["tool"]["driver"]["rules"][0].erase("help");
    CHECK(sarif_problems(broken) == std::vector<std::string>{"rule: missing help"});
    broken = good;
    broken["version"] = "2.0.0";
    CHECK(sarif_problems(broken) == std::vector<std::string>{"log.version is not \"2.1.0\""});
    broken = good;
    broken["runs"][0]["results"][0]["ruleId"] = "no.such";
    CHECK(sarif_problems(broken) ==
          std::vector<std::string>{"result.ruleId names no rule of the driver", "result.ruleIndex does not point at its rule"});
}

TEST_CASE("report: sarif points JSON Lines findings at the stream line and keeps the exact place in the message", "[report]") {
    auto run = one_article({vi_error()});
    run.articles[0].stream_path = "news batch.jsonl";
    run.articles[0].stream_line = 7;
    run.baseline.used = true;
    auto const log = json::parse(render_sarif(run));
    CHECK(sarif_problems(log).empty());
    auto const& r = log["runs"][0]["results"][0];
    CHECK(r["locations"][0]["physicalLocation"] ==
          json::parse(R"({"artifactLocation":{"uri":"news%20batch.jsonl"},"region":{"startLine":7,"startColumn":1,"endLine":7,"endColumn":2}})"));
    CHECK(r["message"]["text"] == "item.txt:2:23: 100 tỷ nhân dân tệ is not 14 tỷ USD at any rate tested");
    CHECK(r["baselineState"] == "new");
}

TEST_CASE("report: artifact URIs are relative or file:// and percent-encoded", "[report]") {
    CHECK(artifact_uri("./news/item.txt") == "news/item.txt");
    CHECK(artifact_uri("/srv/tin tức.txt") == "file:///srv/tin%20t%E1%BB%A9c.txt");
    CHECK(artifact_uri("a:b#c") == "a%3Ab%23c");
}

TEST_CASE("report: github annotations, escaped, notes as notices", "[report]") {
    CHECK(render_github(one_article({basis_note(), vi_error()})) ==
          "::notice file=item.txt,line=1,endLine=1,col=36,endColumn=45,title=fx.basis::100bn yuan dated 2021 was "
          "converted at the publication-date rate%0Arate: 7.2512 CNY per USD%0Arate date: 2025-01-29%0Asource: "
          "ECB%0Arelated: item.txt:1:48 \"$14bn\"\n"
          "::error file=item.txt,line=2,endLine=2,col=23,endColumn=40,title=fx.conversion::100 tỷ nhân dân tệ is not 14 "
          "tỷ USD at any rate tested%0Aconverted: [13.79bn, 13.80bn]\n");
    CHECK(github_escape("a:b,c%\n", true) == "a%3Ab%2Cc%25%0A");
    CHECK(github_escape("a:b,c%\r\n", false) == "a:b,c%25%0D%0A");
}

TEST_CASE("report: rdjsonl gives one reviewdog diagnostic per line with byte columns", "[report]") {
    auto const out = render_rdjsonl(one_article({basis_note(), vi_error()}));
    auto const newline = out.find('\n');
    REQUIRE(newline != std::string::npos);
    CHECK(out.back() == '\n');
    auto const second = json::parse(out.substr(newline + 1));
    // "Năm 2021, quỹ quản lý " is 22 code points but 28 bytes; the span is 24 bytes long.
    CHECK(second["location"] == json::parse(R"({"path":"item.txt","range":{"start":{"line":2,"column":29},"end":{"line":2,"column":53}}})"));
    CHECK(second["severity"] == "ERROR");
    CHECK(second["code"]["value"] == "fx.conversion");
    CHECK(second["message"] == "100 tỷ nhân dân tệ is not 14 tỷ USD at any rate tested\nconverted: [13.79bn, 13.80bn]");
    auto const first = json::parse(out.substr(0, newline));
    CHECK(first["severity"] == "INFO");
    CHECK(first["related_locations"][0]["location"]["range"]["start"]["column"] == 48);
}

TEST_CASE("report: suppression comments cover a line, the next line and blocks", "[report]") {
    std::string const text =
        "A $5m line <!-- figura-disable-line fx.basis -->\n"
        "<!-- figura-disable-next-line parity.missing, fx.conversion -->\n"
        "B line\n"
        "<!-- figura-disable fx.conversion -->\n"
        "C line\n"
        "<!--figura-enable-->\n"
        "D line <!-- figura-disable -->\n"
        "E line\n";
    auto s = suppressions::scan(text, test_rules);
    REQUIRE(s);
    CHECK(s->suppresses("fx.basis", 1));
    CHECK_FALSE(s->suppresses("fx.conversion", 1));
    CHECK(s->suppresses("parity.missing", 3));
    CHECK(s->suppresses("fx.conversion", 3));
    CHECK_FALSE(s->suppresses("fx.basis", 3));
    CHECK(s->suppresses("fx.conversion", 5));
    CHECK_FALSE(s->suppresses("fx.basis", 5));
    CHECK_FALSE(s->suppresses("fx.conversion", 6));
    CHECK(s->suppresses("fx.basis", 7));  // an open block runs to the end
    CHECK(s->suppresses("parity.missing", 8));

    auto const masked = mask_directives(text);
    CHECK(masked.size() == text.size());
    CHECK(masked.substr(0, 49) == "A $5m line                                      \n");
    CHECK(masked.find("figura-") == std::string::npos);
    CHECK(mask_directives("x <!-- ordinary comment -->") == "x <!-- ordinary comment -->");
}

TEST_CASE("report: a bad suppression comment is an error naming its line and column", "[report]") {
    auto unknown_rule = suppressions::scan("ok\nNăm 2021 <!-- figura-disable-line fx.basiss -->\n", test_rules);
    REQUIRE_FALSE(unknown_rule);
    CHECK(unknown_rule.error().id == "F-SUPPRESS-001");
    CHECK(unknown_rule.error().message == "unknown rule \"fx.basiss\" in a figura-disable-line comment");
    CHECK(unknown_rule.error().where.line == 2);
    CHECK(unknown_rule.error().where.column == 10);
    auto unknown_word = suppressions::scan("<!-- figura-ignore fx.basis -->", test_rules);
    REQUIRE_FALSE(unknown_word);
    CHECK(unknown_word.error().id == "F-SUPPRESS-001");
    auto open = suppressions::scan("x <!-- figura-disable fx.basis\n-->", test_rules);
    REQUIRE_FALSE(open);
    CHECK(open.error().id == "F-SUPPRESS-002");
    CHECK(open.error().where.column == 3);
}

TEST_CASE("report: figura.toml settings reach the check and parse options", "[report]") {
    auto config = parse_config(
        "approx_tolerance = 0.1\n"
        "[rules]\n"
        "\"fx.basis\" = \"off\"\n"
        "\"parity.missing\" = \"warning\"\n"
        "[currency]\n"
        "dollar = \"hkd\"\n"
        "yen_vi = \"JPY\"\n"
        "[rates]\n"
        "sources = [\"fed\", \"ecb\"]\n"
        "max_stale_days = 3\n",
        "figura.toml", test_rules);
    REQUIRE(config);
    check_options check;
    parse_options parse;
    apply_config(*config, check, parse);
    CHECK(check.rule_levels.at("fx.basis") == std::nullopt);
    CHECK(check.rule_levels.at("parity.missing") == severity::warning);
    CHECK(check.approx_tolerance.to_string() == "0.1");
    CHECK(parse.approx_tolerance.to_string() == "0.1");
    CHECK(check.dollar_default == "HKD");
    CHECK(parse.dollar_default == "HKD");
    CHECK(check.yen_default_en == "JPY");
    CHECK(check.yen_default_vi == "JPY");
    CHECK(check.rate_sources == std::vector<std::string>{"fed", "ecb"});
    CHECK(check.max_stale_days == 3);
}

TEST_CASE("report: figura.toml mistakes name file line and column", "[report]") {
    auto unknown = parse_config("[rates]\nmax_stale_days = 3\nstale = 2\n", "figura.toml", test_rules);
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().id == "F-CONFIG-002");
    CHECK(unknown.error().message == "unknown key \"stale\" in [rates] (sources, exclude, max_stale_days)");
    CHECK(unknown.error().where.line == 3);
    CHECK(unknown.error().where.column == 1);

    auto rule = parse_config("[rules]\n  \"fx.nope\" = \"off\"\n", "figura.toml", test_rules);
    REQUIRE_FALSE(rule);
    CHECK(rule.error().message == "unknown rule \"fx.nope\" in [rules]");
    CHECK(rule.error().where.line == 2);
    CHECK(rule.error().where.column == 3);

    auto level = parse_config("[rules]\n\"fx.basis\" = \"fatal\"\n", "figura.toml", test_rules);
    REQUIRE_FALSE(level);
    CHECK(level.error().id == "F-CONFIG-003");
    CHECK(level.error().where.column == 14);

    auto currency = parse_config("[currency]\ndollar = \"XYZ\"\n", "figura.toml", test_rules);
    REQUIRE_FALSE(currency);
    CHECK(currency.error().id == "F-CONFIG-003");

    auto syntax = parse_config("[rules\n", "figura.toml", test_rules);
    REQUIRE_FALSE(syntax);
    CHECK(syntax.error().id == "F-CONFIG-001");
    CHECK(syntax.error().where.line == 1);

    CHECK_FALSE(parse_config("approx_tolerance = \"1.5\"\n", "figura.toml", test_rules));
    CHECK_FALSE(parse_config("[rates]\nmax_stale_days = -1\n", "figura.toml", test_rules));
}

TEST_CASE("report: a baseline hides known findings once each and lists those gone", "[report]") {
    auto run = one_article({basis_note(), vi_error()});
    auto const written = write_baseline(run.articles);
    CHECK(written ==
          "{\n"
          "  \"figura_baseline\": 1,\n"
          "  \"findings\": [\n"
          "    {\n"
          "      \"fingerprint\": \"fx.basis/7a3c\",\n"
          "      \"rule\": \"fx.basis\",\n"
          "      \"path\": \"item.txt\",\n"
          "      \"message\": \"100bn yuan dated 2021 was converted at the publication-date rate\"\n"
          "    },\n"
          "    {\n"
          "      \"fingerprint\": \"fx.conversion/19be\",\n"
          "      \"rule\": \"fx.conversion\",\n"
          "      \"path\": \"item.txt\",\n"
          "      \"message\": \"100 tỷ nhân dân tệ is not 14 tỷ USD at any rate tested\"\n"
          "    }\n"
          "  ]\n"
          "}\n");
    auto entries = read_baseline(written);
    REQUIRE(entries);
    REQUIRE(entries->size() == 2);

    // Next run: the conversion was fixed, the basis note stays, and a second copy of it appears.
    auto next = one_article({basis_note(), basis_note()});
    auto const outcome = apply_baseline(*entries, next.articles);
    CHECK(outcome.used);
    CHECK(outcome.hidden == 1);
    REQUIRE(next.articles[0].findings.size() == 1);
    CHECK(next.articles[0].findings[0].rule == "fx.basis");
    REQUIRE(outcome.gone.size() == 1);
    CHECK(outcome.gone[0].fingerprint == "fx.conversion/19be");

    CHECK(read_baseline("[]").error().id == "F-BASELINE-001");
    CHECK(read_baseline("{\"figura_baseline\": 1, \"findings\": [{}]}").error().message ==
          "findings[0] has no \"fingerprint\" string");
    CHECK_FALSE(read_baseline("not json"));
}

TEST_CASE("report: regions and fallback fingerprints", "[report]") {
    location multi{"a.txt", {0, 0, 3, 5}, "ab\ncdé"};
    auto const r = location_region(multi);
    CHECK(r.end_line == 4);
    CHECK(r.end_column == 4);
    finding f = vi_error();
    f.fingerprint.clear();
    auto const fp = fingerprint_of(f);
    CHECK(fp.size() == 16);
    CHECK(fp == fingerprint_of(f));
    f.primary.span.line = 40;  // moving the finding keeps its fingerprint
    CHECK(fp == fingerprint_of(f));
    f.primary.text = "101 tỷ nhân dân tệ";
    CHECK(fp != fingerprint_of(f));
}

TEST_CASE("report: every golden SARIF output of the CLI passes the structure check", "[report]") {
    std::filesystem::path const dir = std::filesystem::path(FIGURA_TEST_DATA_DIR) / ".." / "golden" / "check";
    std::size_t checked = 0;
    std::size_t results = 0;
    for (auto const& entry : std::filesystem::directory_iterator(dir)) {
        auto const name = entry.path().filename().string();
        if (!name.ends_with("-sarif.expect")) continue;
        std::ifstream in(entry.path());
        std::stringstream bytes;
        bytes << in.rdbuf();
        INFO(name);
        auto const log = json::parse(bytes.str());
        CHECK(sarif_problems(log).empty());
        results += log["runs"][0]["results"].size();
        ++checked;
    }
    CHECK(checked >= 2);
    CHECK(results > 0);
}
