// The CLI's JSON and text renderings of hand-built figures: field names and order, nulls, decimals as
// strings, and the one-line text forms. Independent of the parser, whose own readings the golden CLI
// tests (tests/golden/cli) cover end to end.

#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>
#include <string>
#include <vector>
#include <sstream>

#include "cli/json_output.hpp"
#include "cli/text_output.hpp"

namespace {

using figura::decimal;

decimal dec(char const* text) { return decimal::from_string(text); }

// `$5m-$6m`, written at 1-based column 10 of line 3.
figura::figure range_figure() {
    figura::figure f;
    f.kind = figura::figure_kind::money;
    f.lang = figura::language::en;
    f.value = dec("5000000");
    f.written.value = dec("5000000");
    f.written.resolution = dec("1000000");
    f.written.exact = false;
    f.written.bounds = {figura::bound{dec("4500000"), true}, figura::bound{dec("5500000"), false}};
    f.written.scale_word = "m";
    f.written.span = {30, 33, 3, 10};
    figura::figure_value high;
    high.value = dec("6000000");
    high.resolution = dec("1000000");
    high.exact = false;
    high.bounds = {figura::bound{dec("5500000"), true}, figura::bound{dec("6500000"), false}};
    high.scale_word = "m";
    high.span = {34, 37, 3, 14};
    f.range_high = high;
    f.bounds = {figura::bound{dec("4500000"), true}, figura::bound{dec("6500000"), false}};
    f.currency = {"USD", figura::currency_source::symbol, "$", {"HKD", "SGD"}};
    f.span = {30, 37, 3, 10};
    f.text = "$5m-$6m";
    return f;
}

// `4.000 tỷ` in Vietnamese text with no currency: implied VND, nothing written.
figura::figure implied_figure() {
    figura::figure f;
    f.kind = figura::figure_kind::money;
    f.lang = figura::language::vi;
    f.qual = figura::qualifier::gt;
    f.value = dec("4000000000000");
    f.written.value = f.value;
    f.written.resolution = dec("1000000000");
    f.written.exact = false;
    f.written.bounds = {figura::bound{dec("3999500000000"), true}, figura::bound{dec("4000500000000"), false}};
    f.written.scale_word = "tỷ";
    f.bounds = {figura::bound{dec("4000000000000"), false}, std::nullopt};
    f.currency = {"VND", figura::currency_source::implied, "", {}};
    f.text = "hơn 4.000 tỷ";
    f.span = {0, 15, 1, 1};
    return f;
}

}  // namespace

TEST_CASE("cli_json: a range figure has every documented field, in order", "[cli_json]") {
    auto const j = figura::cli::to_json(range_figure());
    std::vector<std::string> keys;
    for (auto const& item : j.items()) keys.push_back(item.key());
    CHECK(keys == std::vector<std::string>{"kind", "lang", "qualifier", "value", "interval", "written",
                                           "range_high", "currency", "rate_base", "per", "ambiguity",
                                           "alternative_value", "equivalent_of", "span", "text"});
    CHECK(j["kind"] == "money");
    CHECK(j["qualifier"] == "exact");
    CHECK(j["value"] == "5000000");
    CHECK(j["interval"]["lower"]["value"] == "4500000");
    CHECK(j["interval"]["lower"]["closed"] == true);
    CHECK(j["interval"]["upper"]["value"] == "6500000");
    CHECK(j["interval"]["upper"]["closed"] == false);
    CHECK(j["written"]["resolution"] == "1000000");
    CHECK(j["written"]["scale_word"] == "m");
    CHECK(j["written"]["exact"] == false);
    CHECK(j["range_high"]["value"] == "6000000");
    CHECK(j["range_high"]["span"]["column"] == 14);
    CHECK(j["currency"]["code"] == "USD");
    CHECK(j["currency"]["source"] == "symbol");
    CHECK(j["currency"]["written"] == "$");
    CHECK(j["currency"]["alternatives"] == figura::cli::json::array({"HKD", "SGD"}));
    CHECK(j["rate_base"].is_null());
    CHECK(j["per"].is_null());
    CHECK(j["ambiguity"].is_null());
    CHECK(j["alternative_value"].is_null());
    CHECK(j["equivalent_of"].is_null());
    CHECK(j["span"]["begin"] == 30);
    CHECK(j["span"]["end"] == 37);
    CHECK(j["span"]["line"] == 3);
    CHECK(j["text"] == "$5m-$6m");
}

TEST_CASE("cli_json: money values are strings keeping the written scale", "[cli_json]") {
    figura::figure f;
    f.kind = figura::figure_kind::money;
    f.value = decimal(140, -1);  // "14.0": the trailing zero was written and stays
    f.written.value = f.value;
    auto const j = figura::cli::to_json(f);
    REQUIRE(j["value"].is_string());
    CHECK(j["value"] == "14.0");
    CHECK(j["written"]["resolution"] == "0");
    // A plain number has no currency object at all.
    CHECK(j["currency"].is_null());
    CHECK(j["range_high"].is_null());
    CHECK(j["written"]["scale_word"].is_null());
}

TEST_CASE("cli_json: unbounded ends, implied currency, ambiguity and equivalents", "[cli_json]") {
    auto f = implied_figure();
    f.ambiguous = figura::ambiguity::separator;
    f.alternative_value = dec("4000000000");
    f.equivalent_of = 2;
    auto const j = figura::cli::to_json(f);
    CHECK(j["interval"]["lower"]["value"] == "4000000000000");
    CHECK(j["interval"]["lower"]["closed"] == false);
    CHECK(j["interval"]["upper"].is_null());
    CHECK(j["currency"]["source"] == "implied");
    CHECK(j["currency"]["written"].is_null());
    CHECK(j["currency"]["alternatives"] == figura::cli::json::array());
    CHECK(j["ambiguity"] == "separator");
    CHECK(j["alternative_value"] == "4000000000");
    CHECK(j["equivalent_of"] == 2);
    CHECK(j["written"]["scale_word"] == "tỷ");
}

TEST_CASE("cli_json: errors carry id, message and span", "[cli_json]") {
    figura::error e{"F-UTF8-001", "invalid UTF-8", {7, 8, 2, 3}};
    auto const j = figura::cli::to_json(e);
    CHECK(j["id"] == "F-UTF8-001");
    CHECK(j["message"] == "invalid UTF-8");
    CHECK(j["span"]["begin"] == 7);
    CHECK(j["span"]["column"] == 3);
}

TEST_CASE("cli_json: dump replaces invalid UTF-8 instead of throwing", "[cli_json]") {
    figura::cli::json j = figura::cli::json::object();
    j["input"] = std::string("a\xff");
    CHECK(figura::cli::dump(j) == "{\n  \"input\": \"a\xEF\xBF\xBD\"\n}\n");
}

TEST_CASE("cli_json: extract lines name place, kind, value, currency, qualifier and text", "[cli_json]") {
    std::vector<figura::figure> all{implied_figure(), range_figure()};
    all[1].equivalent_of = 0;
    CHECK(figura::cli::extract_line("a.txt", all, 0) ==
          "a.txt:1:1: money 4000000000000 VND(implied) gt \"hơn 4.000 tỷ\"\n");
    CHECK(figura::cli::extract_line("a.txt", all, 1) ==
          "a.txt:3:10: money 5000000..6000000 USD exact \"$5m-$6m\" (equivalent of 1:1)\n");

    figura::figure rate;
    rate.kind = figura::figure_kind::rate;
    rate.value = dec("7.25");
    rate.currency = {"CNY", figura::currency_source::name, "yuan", {}};
    rate.rate_base = "USD";
    rate.text = "$1 = 7.25 yuan";
    rate.span = {0, 14, 1, 2};
    figura::figure count;
    count.kind = figura::figure_kind::count;
    count.value = dec("2005");
    count.ambiguous = figura::ambiguity::separator;
    count.alternative_value = dec("2.005");
    count.text = "2,005 \"GPUs\"\n";
    count.span = {20, 30, 1, 21};
    figura::figure other = count;  // `1,5` in English text: only the Vietnamese reading fits
    other.value = dec("1.5");
    other.alternative_value.reset();
    other.bounds = figura::interval::point(dec("1.5"));
    other.written.value = dec("1.5");
    other.written.bounds = other.bounds;
    other.text = "1,5";
    std::vector<figura::figure> more{rate, count, other};
    CHECK(figura::cli::extract_line("<stdin>", more, 0) == "<stdin>:1:2: rate 7.25 CNY/USD exact \"$1 = 7.25 yuan\"\n");
    CHECK(figura::cli::extract_line("<stdin>", more, 1) ==
          "<stdin>:1:21: count 2005 - exact \"2,005 \\\"GPUs\\\"\\n\" (separator ambiguous, or 2.005)\n");
    CHECK(figura::cli::extract_line("<stdin>", more, 2) ==
          "<stdin>:1:21: count 1.5 - exact \"1,5\" (separators of the other language)\n");
    CHECK(figura::cli::parse_block("1,5", more[2]) ==
          "1,5\n"
          "  count 1.5 exact  interval [1.5, 1.5]  en\n"
          "  separator: read by the other language's convention\n");
}

TEST_CASE("cli_json: parse blocks show precision, alternatives and range ends", "[cli_json]") {
    CHECK(figura::cli::parse_block("$5m-$6m", range_figure()) ==
          "$5m-$6m\n"
          "  money 5000000..6000000 USD (symbol \"$\") exact  interval [4500000, 6500000)  en\n"
          "  low: 5000000, resolution 1000000 (\"m\") -> [4500000, 5500000)\n"
          "  high: 6000000, resolution 1000000 (\"m\") -> [5500000, 6500000)\n"
          "  currency: USD chosen; could also be HKD, SGD\n");
    CHECK(figura::cli::parse_block("hơn 4.000 tỷ", implied_figure()) ==
          "hơn 4.000 tỷ\n"
          "  money 4000000000000 VND (implied) gt  interval (4000000000000, +inf)  vi\n"
          "  written: 4000000000000, resolution 1000000000 (\"tỷ\") -> [3999500000000, 4000500000000)\n");
}

TEST_CASE("cli_json: diagnostics are path:line:col and carets count code points", "[cli_json]") {
    figura::error e{"F-PARSE-001", "expected a number", {9, 10, 1, 7}};
    CHECK(figura::cli::diagnostic("ít hơn x", e) == "ít hơn x:1:7: error[F-PARSE-001]: expected a number\n");
    CHECK(figura::cli::diagnostic("f.txt", e, false) == "f.txt: error[F-PARSE-001]: expected a number\n");
    // "x" is at code-point column 8 (byte 9): the caret goes under it, 7 places in, not 9.
    figura::error at_x{"F-PARSE-001", "expected a number", {9, 10, 1, 8}};
    CHECK(figura::cli::caret_excerpt("ít hơn x", at_x.where) == "    ít hơn x\n           ^\n");
    // Past the end of the input: just after the last character.
    figura::error at_end{"F-PARSE-002", "expected a currency", {3, 3, 1, 4}};
    CHECK(figura::cli::caret_excerpt("$14", at_end.where) == "    $14\n       ^\n");
    // The second line of a multi-line input, with a tab kept so the caret lines up.
    CHECK(figura::cli::caret_excerpt("a\n\tb", figura::source_span{3, 4, 2, 2}) == "    \tb\n    \t^\n");
}

TEST_CASE("cli_json: a unit price carries its per unit, in JSON and text", "[cli_json]") {
    figura::figure f = implied_figure();
    f.qual = figura::qualifier::exact;
    f.per = "kg";
    auto const j = figura::cli::to_json(f);
    CHECK(j["kind"] == "money");
    CHECK(j["per"] == "kg");
    CHECK(j["rate_base"].is_null());
    auto const block = figura::cli::parse_block("4.000 tỷ/kg", f);
    CHECK(block.find("  per: \"kg\"\n") != std::string::npos);
    std::vector<figura::figure> all{f};
    auto const line = figura::cli::extract_line("a.txt", all, 0);
    CHECK(line.find("(per \"kg\")") != std::string::npos);
}

TEST_CASE("cli_json: the figure object has exactly the fields docs/schema/figures-v1.json requires", "[cli_json]") {
    std::ifstream in(std::string(FIGURA_TEST_DATA_DIR) + "/../../docs/schema/figures-v1.json");
    REQUIRE(in);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    auto const schema = figura::cli::json::parse(std::move(buffer).str());
    auto const& figure_schema = schema["$defs"]["figure"];
    std::vector<std::string> required;
    for (auto const& k : figure_schema["required"]) required.push_back(k.get<std::string>());
    for (auto const& f : {range_figure(), implied_figure()}) {
        auto const j = figura::cli::to_json(f);
        std::vector<std::string> keys;
        for (auto const& item : j.items()) keys.push_back(item.key());
        CHECK(keys == required);
        for (auto const& key : keys) CHECK(figure_schema["properties"].contains(key));
    }
}
