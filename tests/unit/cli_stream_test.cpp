// The CLI's streamed output and input pieces (src/cli/json_stream.hpp, src/cli/input.hpp): the
// streamed figure object is the DOM's (`to_json`) byte for byte, strings are escaped and invalid
// UTF-8 replaced as nlohmann does, the compact form drops only what a reader can derive, and
// extracting a text piece by piece finds exactly what extracting it whole finds.

#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "cli/input.hpp"
#include "cli/json_output.hpp"
#include "cli/json_stream.hpp"
#include "figura/parse.hpp"
#include "test_random.hpp"

namespace {

// Our own sentences covering the figure shapes: ranges, qualifiers, conversions, implied VND,
// separators that depend on convention, rates, counts, years, percents, spelled-out numbers.
std::string const sample_text =
    "The lender raised Rmb40bn ($5.6bn) in 2023, and between $5m and $6m more from funds in Macau.\n"
    "It expects less than $2.5bn of revenue, up to 30% above its 2,005 forecast.\n"
    "\n"
    "Ngân hàng đã huy động 2.500 tỷ đồng (khoảng 100 triệu USD) trong năm 2024.\n"
    "Chi phí dự kiến từ 5 đến 6 triệu USD, tức khoảng 140 tỷ đồng, và hơn 4.000 tỷ cho dự án.\n"
    "($1 = 7.25 yuan) Some three billion yuan went to 10,000 GPUs; two hundred million dollars stayed.\n"
    "Giá thịt lợn ở mức 52.345 đ/kg, còn 1,5 tỷ USD là khoản vay \"mới\"\t\x01.\r\n"
    "   12 345 678\n"
    "Lạm phát 3,5% và $2,005 trong văn bản tiếng Việt.\n";

std::vector<figura::figure> sample_figures() {
    auto figures = figura::extract(sample_text);
    REQUIRE(figures);
    REQUIRE(figures->size() > 15);
    return *figures;
}

// The document `figura extract --format json` writes, built with the DOM.
std::string dom_document(std::vector<figura::figure> const& figures) {
    figura::cli::json doc = figura::cli::document_header();
    doc["file"] = "sample.txt";
    figura::cli::json list = figura::cli::json::array();
    for (auto const& f : figures) list.push_back(figura::cli::to_json(f));
    doc["figures"] = std::move(list);
    return figura::cli::dump(doc);
}

std::string streamed_document(std::vector<figura::figure> const& figures) {
    std::string out;
    figura::cli::json_writer w(out, true);
    w.begin_object();
    w.key("figura_version").string(figura::cli::document_header()["figura_version"].get<std::string>());
    w.key("schema").number(1);
    w.key("file").string("sample.txt");
    w.key("figures").begin_array();
    for (auto const& f : figures) figura::cli::write_figure(w, f, figura::cli::figure_fields::full);
    w.end_array();
    w.end_object();
    return out + "\n";
}

std::string nlohmann_string(std::string_view bytes) {
    return figura::cli::json(std::string(bytes)).dump(-1, ' ', false, figura::cli::json::error_handler_t::replace);
}

}  // namespace

TEST_CASE("cli_stream: the streamed figure object is the DOM's, byte for byte", "[cli_stream]") {
    auto const figures = sample_figures();
    CHECK(streamed_document(figures) == dom_document(figures));
    // Empty lists and objects print as [] and {} in both.
    CHECK(streamed_document({}) == dom_document({}));
}

TEST_CASE("cli_stream: compact JSON drops nulls and what value and resolution imply", "[cli_stream]") {
    for (auto const& f : sample_figures()) {
        std::string full_text;
        std::string compact_text;
        {
            figura::cli::json_writer w(full_text, false);
            figura::cli::write_figure(w, f, figura::cli::figure_fields::full);
        }
        {
            figura::cli::json_writer w(compact_text, false);
            figura::cli::write_figure(w, f, figura::cli::figure_fields::compact);
        }
        CAPTURE(f.text);
        auto const full = figura::cli::json::parse(full_text);
        auto const compact = figura::cli::json::parse(compact_text);
        CHECK(full == figura::cli::to_json(f));
        // Every compact field is the full one; every field left out is null, an empty list, or
        // derivable from `written.value` and `written.resolution` (docs/json.md, "Compact form").
        for (auto const& [key, value] : full.items()) {
            if (compact.contains(key)) {
                if (key != "written" && key != "range_high" && key != "currency") CHECK(compact[key] == value);
                continue;
            }
            CHECK(value.is_null());
        }
        for (char const* part : {"written", "range_high"}) {
            if (full[part].is_null()) continue;
            auto const& w = full[part];
            auto const& c = compact[part];
            CHECK(c["value"] == w["value"]);
            CHECK(c["resolution"] == w["resolution"]);
            CHECK(c["span"] == w["span"]);
            CHECK_FALSE(c.contains("exact"));
            CHECK_FALSE(c.contains("interval"));
            auto const value = figura::decimal::from_string(w["value"].get<std::string>());
            auto const resolution = figura::decimal::from_string(w["resolution"].get<std::string>());
            bool const exact = resolution.is_zero();
            CHECK(w["exact"] == exact);
            // Exact: [v, v]; otherwise v +- resolution/2, closed below and open above.
            auto const half = exact ? figura::decimal{} : resolution * figura::decimal{5, -1};
            CHECK(figura::decimal::from_string(w["interval"]["lower"]["value"].get<std::string>()) == value - half);
            CHECK(figura::decimal::from_string(w["interval"]["upper"]["value"].get<std::string>()) == value + half);
            CHECK(w["interval"]["lower"]["closed"] == true);
            CHECK(w["interval"]["upper"]["closed"] == exact);
        }
        if (!full["currency"].is_null()) {
            auto const& alternatives = full["currency"]["alternatives"];
            CHECK(compact["currency"].contains("alternatives") == !alternatives.empty());
        }
    }
}

TEST_CASE("cli_stream: strings are escaped and invalid UTF-8 replaced as nlohmann does", "[cli_stream]") {
    for (std::string_view s : {std::string_view("plain"), std::string_view("quote \" back \\ slash"),
                               std::string_view("\b\f\n\r\t\x01\x1f\x7f"), std::string_view("tỷ đồng ₫ 😀"),
                               std::string_view("\xC3"), std::string_view("a\xE2\x82"), std::string_view("\xE0\x80\x80"),
                               std::string_view("\xED\xA0\x80"), std::string_view("\xF4\x90\x80\x80"),
                               std::string_view("\xF0\x9F\x98"), std::string_view("\x80\xBF\xFE\xFF"),
                               std::string_view("\xC0\xAF ok \xC3\xA9")}) {
        std::string out;
        figura::cli::append_json_string(out, s);
        CHECK(out == nlohmann_string(s));
    }
    // Random bytes, biased towards UTF-8 lead and continuation bytes.
    figura::test::splitmix64 random{20250304};
    for (int round = 0; round < 3000; ++round) {
        std::string s;
        std::size_t const n = random.below(12);
        for (std::size_t i = 0; i < n; ++i) {
            static constexpr unsigned char pool[] = {'a', '"', '\\', 0x01, 0x7F, 0x80, 0xBF, 0xC2, 0xC3, 0xE0,
                                                     0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xA0, 0x9F, 0x90, 0x8F};
            s += static_cast<char>(random.below(4) == 0 ? static_cast<unsigned char>(random.below(256))
                                                        : pool[random.below(sizeof pool)]);
        }
        std::string out;
        figura::cli::append_json_string(out, s);
        CAPTURE(s);
        CHECK(out == nlohmann_string(s));
    }
}

TEST_CASE("cli_stream: a text read in pieces gives the figures of the whole", "[cli_stream]") {
    // Lines without letters between pieces (the language carries over them), CRLF, blank lines.
    std::string text;
    for (int i = 0; i < 40; ++i) {
        text += sample_text;
        text += i % 3 == 0 ? "12,5 - 3.000\n\n" : "\r\n";
    }
    auto const whole = figura::extract(text);
    REQUIRE(whole);
    for (std::size_t size : {std::size_t{1}, std::size_t{7}, std::size_t{100}, std::size_t{997}, std::size_t{4096},
                             text.size() - 1, text.size(), text.size() + 10}) {
        CAPTURE(size);
        auto const pieces = figura::cli::cut_text(text, size);
        REQUIRE(!pieces.empty());
        CHECK(pieces.front().begin == 0);
        CHECK(pieces.back().end == text.size());
        std::vector<figura::figure> joined;
        for (std::size_t p = 0; p < pieces.size(); ++p) {
            if (p > 0) {
                CHECK(pieces[p].begin == pieces[p - 1].end);
                CHECK(text[pieces[p].begin - 1] == '\n');
            }
            auto part = figura::cli::extract_piece(text, pieces[p], {});
            REQUIRE(part);
            std::size_t const base = joined.size();
            for (auto& f : *part) {
                if (f.equivalent_of) *f.equivalent_of += base;
                joined.push_back(std::move(f));
            }
        }
        REQUIRE(joined.size() == whole->size());
        for (std::size_t i = 0; i < joined.size(); ++i) {
            CAPTURE(i);
            CHECK(figura::cli::to_json(joined[i]) == figura::cli::to_json((*whole)[i]));
        }
    }
}

TEST_CASE("cli_stream: an error in a later piece names its place in the whole text", "[cli_stream]") {
    std::string text;
    for (int i = 0; i < 30; ++i) text += "The fund raised $5m in Hanoi.\n";
    text += "Bad byte here: \xFF ok\n";
    auto const whole = figura::extract(text);
    REQUIRE_FALSE(whole);
    auto const pieces = figura::cli::cut_text(text, 64);
    REQUIRE(pieces.size() > 3);
    auto const last = figura::cli::extract_piece(text, pieces.back(), {});
    REQUIRE_FALSE(last);
    CHECK(last.error().id == whole.error().id);
    CHECK(last.error().where == whole.error().where);
}
