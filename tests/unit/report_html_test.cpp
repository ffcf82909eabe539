// figura check --format html: escaping of article text, structure of the page, determinism.
#include <catch2/catch.hpp>

#include <string>

#include "cli/report_html.hpp"
#include "figura/article.hpp"
#include "figura/check.hpp"
#include "figura/rates.hpp"

namespace {

std::size_t count(std::string const& haystack, std::string const& needle) {
    std::size_t n = 0;
    for (auto at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + needle.size())) ++n;
    return n;
}

// A bilingual item whose lines carry markup and quotes an attacker might plant.
std::string const hostile =
    "- Quỹ <script>alert(1)</script> quản lý 100 tỷ nhân dân tệ (18 tỷ USD) năm 2021\n"
    "Quỹ \"><img src=x onerror=alert(2)> mở rộng\n"
    "Ngày 29 tháng 1 năm 2025 | Hà Nội\n"
    "Năm 2021, quỹ <b onmouseover='alert(3)'>x</b> quản lý 100 tỷ nhân dân tệ (14 tỷ USD).\n"
    "Fund \"><svg onload=alert(4)> expands\n"
    "Jan 29th 2025|Hanoi\n"
    "In 2021 the fund </p><script>alert(5)</script> managed 100bn yuan ($14bn) & more.\n";

std::string page_of(std::string const& text, std::string const& path) {
    auto a = figura::read_article(text, path);
    REQUIRE(a);
    auto r = figura::check_article(*a, {});
    REQUIRE(r);
    figura::cli::check_run run;
    run.rules = figura::check_rules();
    figura::cli::checked_article out;
    out.path = path;
    out.findings = r->findings;
    out.figures_checked = r->figures_checked;
    out.conversions_checked = r->conversions_checked;
    run.articles.push_back(out);
    figura::cli::html_input in;
    in.articles.push_back(figura::cli::make_html_article(*a, *r, figura::rate_table::embedded(), {}));
    return figura::cli::render_html(run, in);
}

}  // namespace

TEST_CASE("report_html: article text, paths and messages are escaped", "[report_html]") {
    std::string const page = page_of(hostile, "x\"><script>alert(6)</script>.txt");
    // The page's own single script, and nothing from the article.
    CHECK(count(page, "<script") == 1);
    CHECK(count(page, "</script>") == 1);
    CHECK(page.find("<img") == std::string::npos);
    CHECK(page.find("<svg onload") == std::string::npos);
    CHECK(page.find("<b onmouseover") == std::string::npos);
    CHECK(page.find("onerror=alert") != std::string::npos);  // present, but only as escaped text
    // (Digits in the text are figures, so the escaped text is split by their marks: compare up to them.)
    CHECK(page.find("Quỹ &lt;script&gt;alert(") != std::string::npos);
    CHECK(page.find("&quot;&gt;&lt;img src=x onerror=alert(") != std::string::npos);
    CHECK(page.find("&lt;b onmouseover=&#39;alert(") != std::string::npos);
    CHECK(page.find("&lt;/p&gt;&lt;script&gt;alert(") != std::string::npos);
    CHECK(page.find("x&quot;&gt;&lt;script&gt;alert(6)&lt;/script&gt;.txt") != std::string::npos);
    CHECK(page.find(") &amp; more.</p>") != std::string::npos);
}

TEST_CASE("report_html: figures are highlighted by outcome and linked to their partner", "[report_html]") {
    std::string const page = page_of(hostile, "item.txt");
    // The summary's 18 tỷ USD is an fx.conversion error; the body's conversion is a note (fx.basis).
    CHECK(count(page, "<details class=\"finding sev-error\"") >= 1);
    CHECK(count(page, "class=\"fig sev-error\"") >= 1);
    CHECK(count(page, "class=\"fig sev-note\"") >= 2);  // $14bn and 100bn yuan (and their translation)
    // Paired figures point at each other.
    auto const at = page.find("data-partner=\"a0-t");
    REQUIRE(at != std::string::npos);
    CHECK(page.find("id=\"a0-o") != std::string::npos);
    // One chart per conversion card, with the band and both basis markers.
    CHECK(count(page, "<svg class=\"rate-chart\"") == count(page, "<div class=\"conversion "));
    CHECK(count(page, "class=\"band\"") >= 2);
    CHECK(page.find("data-basis=\"year\"") != std::string::npos);
    CHECK(page.find("data-basis=\"day\"") != std::string::npos);
    // Balanced structure for the parts the renderer opens and closes itself.
    CHECK(count(page, "<details") == count(page, "</details>"));
    CHECK(count(page, "<svg") == count(page, "</svg>"));
    CHECK(count(page, "<section") == count(page, "</section>"));
    // Self-contained: nothing to fetch (no src attributes, no stylesheet or script links).
    CHECK(page.find(" src=\"") == std::string::npos);
    CHECK(page.find("<link") == std::string::npos);
    CHECK(page.find("href=\"http") == std::string::npos);
}

TEST_CASE("report_html: the page is deterministic", "[report_html]") {
    CHECK(page_of(hostile, "item.txt") == page_of(hostile, "item.txt"));
}

TEST_CASE("report_html: html_escape and quoted_rate", "[report_html]") {
    CHECK(figura::cli::html_escape("a<b>&\"'c") == "a&lt;b&gt;&amp;&quot;&#39;c");
    CHECK(figura::cli::html_escape("tỷ") == "tỷ");
    figura::rational const usd_per_cny = figura::rational{1} / figura::rational{72513, 10000};
    CHECK(figura::cli::quoted_rate(usd_per_cny, "CNY", "USD") == "7.2513 CNY per USD");
    CHECK(figura::cli::quoted_rate(figura::rational{25000}, "USD", "VND") == "25000.0000 VND per USD");
}
