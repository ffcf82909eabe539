// figura check: the rules engine over invented bilingual articles (tests/data/check).
#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "figura/check.hpp"
#include "figura/rates.hpp"

#include "check_support.hpp"

namespace {

using figura::test::replaced;
using figura::test::run;
using figura::test::slurp;

std::string dump(figura::check_report const& r) {
    std::ostringstream out;
    for (auto const& f : r.findings) {
        out << f.primary.span.line << ":" << f.primary.span.column << " " << figura::to_string(f.level) << "[" << f.rule
            << "] " << f.message << "\n";
        for (auto const& e : f.facts) out << "    " << e.key << ": " << e.value << "\n";
    }
    return out.str();
}

}  // namespace

std::vector<std::string> rules_of(figura::check_report const& r) {
    std::vector<std::string> out;
    for (auto const& f : r.findings) out.push_back(f.rule);
    return out;
}

bool has_fact(figura::finding const& f, std::string const& key, std::string const& value) {
    return std::any_of(f.facts.begin(), f.facts.end(), [&](figura::evidence const& e) { return e.key == key && e.value == value; });
}

using strings = std::vector<std::string>;

TEST_CASE("check: a 2021 amount converted at the publication-date rate is one fx.basis note", "[check]") {
    auto const r = run(slurp("fund.txt"));
    INFO(dump(r));
    REQUIRE(rules_of(r) == strings{"fx.basis"});
    auto const& f = r.findings.front();
    CHECK(f.level == figura::severity::note);
    CHECK(f.message == "the amount dated 2021 was converted at the publication-date rate, not at the 2021 average rate");
    CHECK(f.primary.text == "$14bn");
    CHECK(f.primary.span.line == 13);
    // The Vietnamese restatement is the same conversion: related, not a second note.
    REQUIRE(f.related.size() == 3);
    CHECK(f.related[0].text == "100bn yuan");
    CHECK(f.related[1].text == "14 tỷ USD");
    CHECK(f.related[2].text == "100 tỷ nhân dân tệ");
    // Both bases' rates, their sources and dates, the converted intervals and the deviations.
    CHECK(has_fact(f, "rate", "6.4508 CNY per USD"));
    CHECK(has_fact(f, "source", "fed (published annual average for 2021)"));
    CHECK(has_fact(f, "rate date", "2021-01-01..2021-12-31"));
    CHECK(has_fact(f, "converted", "[15.42bn, 15.58bn) USD"));
    CHECK(has_fact(f, "deviation", "-6.0%"));
    // The publication date's own fixing fits exactly: the rest of its week is not needed.
    CHECK(has_fact(f, "rate", "7.2513 CNY per USD"));
    CHECK(has_fact(f, "rate date", "2025-01-29"));
    CHECK(has_fact(f, "closest rate", "7.2513 CNY per USD (ecb daily fixing (cross via EUR on the same day), 2025-01-29)"));
    CHECK(has_fact(f, "converted", "[13.72bn, 13.86bn) USD"));
    CHECK(has_fact(f, "deviation", "0%"));
    CHECK(has_fact(f, "stated", "$14bn = [13.5bn, 14.5bn) USD (its stated precision)"));
    CHECK(has_fact(f, "tolerance", "2% (an error beyond 5%)"));
    CHECK(r.conversions_checked == 2);
    CHECK(r.figures_checked > 10);
}

TEST_CASE("check: a conversion no admissible rate supports is an fx.conversion error", "[check]") {
    auto text = replaced(replaced(slurp("fund.txt"), "($14bn)", "($18bn)"), "(14 tỷ USD)", "(18 tỷ USD)");
    auto const r = run(text);
    INFO(dump(r));
    REQUIRE(rules_of(r) == strings{"fx.conversion"});
    auto const& f = r.findings.front();
    CHECK(f.level == figura::severity::error);
    CHECK(f.primary.text == "$18bn");
    // The closest admissible rate is the Fed's 2021 average: 100.5bn yuan is at most $15.58bn there,
    // and $18bn (at least 17.5bn) lies 12.3% above it.
    CHECK(f.message == "$18bn is 12.3% above 100bn yuan at the closest admissible rate, 6.4508 CNY per USD (fed, 2021 average)");
    CHECK(has_fact(f, "deviation", "+12.3%"));
    CHECK(has_fact(f, "deviation", "+26.2%"));
    CHECK(has_fact(f, "fits", "no"));
    CHECK_FALSE(has_fact(f, "fits", "yes"));

    SECTION("only the original changed: the conversion error there, parity.value in the translation") {
        auto const r2 = run(replaced(slurp("fund.txt"), "($14bn)", "($18bn)"));
        INFO(dump(r2));
        CHECK(rules_of(r2) == strings{"fx.basis", "parity.value", "fx.conversion"});
    }
}

TEST_CASE("check: an amount converted at its own date's rate gives no fx finding", "[check]") {
    // 100bn yuan at the 2021 average (6.4508) is $15.50bn.
    auto text = replaced(replaced(slurp("fund.txt"), "($14bn)", "($15.5bn)"), "(14 tỷ USD)", "(15,5 tỷ USD)");
    auto const r = run(text);
    INFO(dump(r));
    CHECK(r.findings.empty());
    CHECK(r.conversions_checked == 2);
}

TEST_CASE("check: an undated amount is checked at the publication-date rate", "[check]") {
    auto text = replaced(replaced(slurp("fund.txt"), "In 2021 the fund", "The fund"), "Năm 2021, quỹ", "Quỹ");
    auto const r = run(text);
    INFO(dump(r));
    CHECK(r.findings.empty());  // $14bn fits 7.2513 CNY per USD
    auto const r2 = run(replaced(replaced(text, "($14bn)", "($15.5bn)"), "(14 tỷ USD)", "(15,5 tỷ USD)"));
    INFO(dump(r2));
    CHECK(rules_of(r2) == strings{"fx.conversion"});
}

TEST_CASE("check: no rates for a conversion is fx.unverifiable, not an error", "[check]") {
    figura::rate_table const empty;
    figura::check_options o;
    o.rates = &empty;
    auto const r = run(slurp("fund.txt"), o);
    INFO(dump(r));
    REQUIRE(rules_of(r) == strings{"fx.unverifiable"});
    CHECK(r.findings[0].level == figura::severity::warning);
    CHECK(r.findings[0].related.size() == 3);
    CHECK(has_fact(r.findings[0], "basis", "2021 average"));
    CHECK(r.findings[0].message == "cannot check 100bn yuan ($14bn): no CNY/USD rate for 2021 average, publication date 2025-01-29");
}

TEST_CASE("check: parity of qualifiers, values, currencies and counts", "[check]") {
    auto const base = slurp("fund.txt");
    SECTION("10.000 GPU for 10,000 GPUs: nothing fires") {
        auto const r = run(base);
        CHECK(std::none_of(r.findings.begin(), r.findings.end(), [](auto const& f) { return f.rule.rfind("parity.", 0) == 0; }));
    }
    SECTION("dropping dưới from `dưới 6 triệu USD`: parity.qualifier") {
        auto const r = run(replaced(base, "dưới 6 triệu USD", "6 triệu USD"));
        INFO(dump(r));
        REQUIRE(rules_of(r) == strings{"parity.qualifier", "fx.basis"});
        auto const& f = r.findings[0];
        CHECK(f.level == figura::severity::warning);
        CHECK(f.primary.text == "6 triệu USD");
        CHECK(f.related.at(0).text == "less than $6m");
        CHECK(f.message == "`6 triệu USD` says no qualifier where the original `less than $6m` says less than");
    }
    SECTION("a different count: parity.value") {
        auto const r = run(replaced(base, "10.000 GPU", "10.500 GPU"));
        INFO(dump(r));
        REQUIRE(rules_of(r) == strings{"parity.value", "fx.basis"});
        CHECK(r.findings[0].message == "`10.500` does not have the value of the original `10,000` (10500 against 10000)");
    }
    SECTION("another currency: parity.currency") {
        auto const r = run(replaced(base, "dưới 6 triệu USD", "dưới 6 triệu euro"));
        INFO(dump(r));
        REQUIRE(rules_of(r) == strings{"parity.currency", "fx.basis"});
        CHECK(r.findings[0].level == figura::severity::error);
        CHECK(r.findings[0].message == "`dưới 6 triệu euro` is in EUR but the original `less than $6m` is in USD");
    }
    SECTION("a dropped figure: parity.missing; an added one: parity.extra") {
        auto const r = run(replaced(base, "Nhà sáng lập của công ty, 40 tuổi,", "Nhà sáng lập của công ty"));
        INFO(dump(r));
        REQUIRE(rules_of(r) == strings{"fx.basis", "parity.missing"});
        CHECK(r.findings[1].primary.text == "aged 40");
        auto const r2 = run(replaced(base, "các nhà đầu tư trong nước.", "các nhà đầu tư trong nước, tăng 15%."));
        INFO(dump(r2));
        REQUIRE(rules_of(r2) == strings{"parity.extra", "fx.basis"});
        CHECK(r2.findings[0].primary.text == "15%");
    }
    SECTION("dateline numbers and years are never parity findings") {
        auto const r = run(replaced(base, "Jan 29th 2025|Hangzhou", "Jan 29th 2025|Hangzhou, 3 min read"));
        INFO(dump(r));
        CHECK(rules_of(r) == strings{"fx.basis"});
    }
}

TEST_CASE("check: summary bullets must be supported by the body, dates included", "[check]") {
    auto const base = slurp("fund.txt");
    SECTION("`tháng 5/2024` for the body's `May last year` in a January 2025 article agrees") {
        auto const r = run(base);
        CHECK(std::none_of(r.findings.begin(), r.findings.end(), [](auto const& f) { return f.rule == "summary.unsupported"; }));
    }
    SECTION("`tháng 5/2023` does not") {
        auto const r = run(replaced(base, "USD vào tháng 5/2024\n", "USD vào tháng 5/2023\n"));
        INFO(dump(r));
        REQUIRE(rules_of(r) == strings{"summary.unsupported", "fx.basis"});
        auto const& f = r.findings[0];
        CHECK(f.primary.text == "2 tỷ USD");
        CHECK(f.primary.span.line == 2);
        CHECK(f.message == "`2 tỷ USD` is dated 2023-05 (`tháng 5/2023`) in the summary but 2024-05 "
                           "(`May last year` for an article published 2025-01-29) in the body");
        CHECK(has_fact(f, "summary date", "tháng 5/2023 = 2023-05-01..2023-05-31"));
        CHECK(has_fact(f, "body date", "May last year = 2024-05-01..2024-05-31"));
    }
    SECTION("a value the body does not give") {
        auto const r = run(replaced(base, "Quỹ quản lý 100 tỷ", "Quỹ quản lý 120 tỷ"));
        INFO(dump(r));
        REQUIRE(rules_of(r) == strings{"summary.unsupported", "fx.basis"});
        CHECK(r.findings[0].message == "`120 tỷ nhân dân tệ` in the summary is not supported by any figure of the body");
    }
}

TEST_CASE("check: a summary bullet that drops or turns the body's qualifier", "[check]") {
    auto const base = slurp("fund.txt");
    auto const bullet = [&](std::string const& line) { return replaced(base, "- Quỹ huy động thêm 2 tỷ USD vào tháng 5/2024\n", line + "\n"); };
    SECTION("the body's `dưới 6 triệu USD` as a bare `6 triệu USD`: summary.qualifier") {
        auto const r = run(bullet("- Mô hình mới chỉ tốn 6 triệu USD"));
        INFO(dump(r));
        REQUIRE(rules_of(r) == strings{"summary.qualifier", "fx.basis"});
        auto const& f = r.findings[0];
        CHECK(f.level == figura::severity::warning);
        CHECK(f.primary.text == "6 triệu USD");
        REQUIRE(f.related.size() == 1);
        CHECK(f.related[0].text == "dưới 6 triệu USD");
        CHECK(f.message == "`6 triệu USD` in the summary says no qualifier where the body's `dưới 6 triệu USD` says less than");
    }
    SECTION("keeping it, or saying `less than` in English, agrees") {
        CHECK(rules_of(run(bullet("- Mô hình mới tốn dưới 6 triệu USD"))) == strings{"fx.basis"});
        CHECK(rules_of(run(bullet("- The latest model cost less than $6m"))) == strings{"fx.basis"});
        // `tối đa` (at most) restates `dưới` (less than): the same side is bounded.
        CHECK(rules_of(run(bullet("- Mô hình mới tốn tối đa 6 triệu USD"))) == strings{"fx.basis"});
    }
    SECTION("turning the bound around is reported") {
        CHECK(rules_of(run(bullet("- Mô hình mới tốn hơn 6 triệu USD"))) == strings{"summary.qualifier", "fx.basis"});
    }
    SECTION("rounding with `about` is not") {
        CHECK(rules_of(run(bullet("- Công ty mua khoảng 10.000 GPU"))) == strings{"fx.basis"});
    }
}

TEST_CASE("check: numbers in names, grades, ordinals and versions are not figures to support", "[check]") {
    auto const base = slurp("fund.txt");
    auto const bullet = [&](std::string const& line) { return replaced(base, "- Quỹ huy động thêm 2 tỷ USD vào tháng 5/2024\n", line + "\n"); };
    for (std::string const line : {"- Con trai nhà sáng lập đang học lớp 9", "- Mô hình Sky-Net 2 ra mắt", "- Quỹ dùng chip H100 và GPT-4",
                                   "- Quỹ đứng thứ 9 trong bảng xếp hạng", "- The fund's model is in phase 3 of testing"}) {
        DYNAMIC_SECTION(line) {
            auto const r = run(bullet(line));
            INFO(dump(r));
            CHECK(rules_of(r) == strings{"fx.basis"});
        }
    }
    SECTION("a count in a bullet still needs the body") {
        auto const r = run(bullet("- Công ty đã mua 12.000 GPU"));
        INFO(dump(r));
        CHECK(rules_of(r) == strings{"summary.unsupported", "fx.basis"});
    }
}

TEST_CASE("check: an implied currency never makes a parity.currency finding", "[check]") {
    auto const base = slurp("fund.txt");
    // `4,2 triệu` in Vietnamese reads as implied VND; the original's `4.2 million` is a count.
    auto text = replaced(base, "Công ty đã mua 10.000 GPU", "Công ty đã mua 4,2 triệu GPU và 10.000 GPU");
    text = replaced(text, "The company bought 10,000 GPUs", "The company bought 4.2 million chips and 10,000 GPUs");
    auto const r = run(text);
    INFO(dump(r));
    CHECK(rules_of(r) == strings{"fx.basis"});
    // A written currency still disagrees.
    auto const r2 = run(replaced(text, "4,2 triệu GPU", "4,2 triệu euro"));
    INFO(dump(r2));
    CHECK(rules_of(r2) == strings{"parity.currency", "fx.basis"});
}

TEST_CASE("check: a relative date that disagrees with the absolute date it restates", "[check]") {
    auto const base = slurp("fund.txt");
    auto const r = run(replaced(base, "Vào tháng 5/2024,", "Vào tháng 5/2023,"));
    INFO(dump(r));
    REQUIRE(rules_of(r) == strings{"date.relative", "fx.basis"});
    auto const& f = r.findings[0];
    CHECK(f.primary.text == "tháng 5/2023");
    CHECK(f.related.at(0).text == "May last year");
    CHECK(f.message == "`tháng 5/2023` names 2023-05 but the original `May last year` names 2024-05 for an article published 2025-01-29");
    SECTION("two absolute years that differ: a parity.value warning") {
        auto const r2 = run(replaced(base, "Năm 2021, quỹ", "Năm 2020, quỹ"));
        INFO(dump(r2));
        CHECK(rules_of(r2) == strings{"parity.value", "fx.basis"});
        auto const moved = std::find_if(r2.findings.begin(), r2.findings.end(), [](auto const& x) { return x.rule == "parity.value"; });
        REQUIRE(moved != r2.findings.end());
        CHECK(moved->level == figura::severity::warning);
        CHECK(moved->primary.text == "Năm 2020");
    }
}

TEST_CASE("check: a day restated as a month of another period is a parity.value warning", "[check]") {
    auto const dated = [](std::string const& en, std::string const& vi) {
        auto a = figura::read_article_parts({en, "en.txt"}, {vi, "vi.txt"});
        REQUIRE(a);
        auto r = figura::check_article(*a, {});
        REQUIRE(r);
        INFO(dump(*r));
        return rules_of(*r);
    };
    // The day became the month: 2019-05-04 against April 2019.
    CHECK(dated("On May 4, 2019, the bridge opened.", "Vào tháng 4 năm 2019, cây cầu khánh thành.") == strings{"parity.value"});
    // The month that holds the day only drops the day.
    CHECK(dated("On May 4, 2019, the bridge opened.", "Vào tháng 5 năm 2019, cây cầu khánh thành.").empty());
}

TEST_CASE("check: the publication date comes from options, metadata or datelines", "[check]") {
    auto const base = slurp("fund.txt");
    SECTION("datelines that disagree") {
        auto const r = run(replaced(base, "Jan 29th 2025|Hangzhou", "Jan 28th 2025|Hangzhou"));
        INFO(dump(r));
        CHECK(rules_of(r) == strings{"date.publication", "fx.basis"});
    }
    SECTION("an option wins and moves relative dates") {
        figura::check_options o;
        o.publication_date = std::chrono::year{2024} / std::chrono::January / 29;
        auto const r = run(base, o);
        INFO(dump(r));
        // `May last year` is now May 2023, so the bullet and the translation no longer agree with it.
        auto const rules = rules_of(r);
        CHECK(std::count(rules.begin(), rules.end(), "date.relative") == 1);
        CHECK(std::count(rules.begin(), rules.end(), "date.publication") == 0);
    }
    SECTION("no date anywhere: not a date.publication finding, only what needs the date says so") {
        auto text = replaced(replaced(base, "Jan 29th 2025|Hangzhou\n", ""), "Ngày 29 tháng 1 năm 2025 | Hàng Châu\n", "");
        auto const r = run(text);
        INFO(dump(r));
        auto const rules = rules_of(r);
        CHECK(std::count(rules.begin(), rules.end(), "date.publication") == 0);
        CHECK(std::count(rules.begin(), rules.end(), "fx.conversion") == 0);
        CHECK(std::count(rules.begin(), rules.end(), "fx.unverifiable") == 1);
    }
    SECTION("a metadata date that names no day") {
        auto a = figura::read_article_lines(R"({"id": "x", "date": "2025", "original": "It cost 100bn yuan ($14bn)."})");
        REQUIRE(a.size() == 1);
        REQUIRE(a[0]);
        auto const r = figura::check_article(*a[0]);
        REQUIRE(r);
        INFO(dump(*r));
        auto const rules = rules_of(*r);
        CHECK(std::count(rules.begin(), rules.end(), "date.publication") == 1);
        auto b = figura::read_article_lines(R"({"id": "x", "original": "It cost 100bn yuan ($14bn)."})");
        REQUIRE(b.size() == 1);
        REQUIRE(b[0]);
        auto const r2 = figura::check_article(*b[0]);
        REQUIRE(r2);
        CHECK(rules_of(*r2) == strings{"fx.unverifiable"});
    }
}

TEST_CASE("check: an age against a birth year", "[check]") {
    auto text = replaced(replaced(slurp("fund.txt"), "Its founder, aged 40,", "Its founder, born in 1980, aged 40,"),
                         "Nhà sáng lập của công ty, 40 tuổi,", "Nhà sáng lập của công ty, sinh năm 1980, 40 tuổi,");
    auto const r = run(text);
    INFO(dump(r));
    auto const rules = rules_of(r);
    CHECK(std::count(rules.begin(), rules.end(), "age.birth_year") == 2);
    auto ok = replaced(replaced(text, "aged 40", "aged 44"), "40 tuổi", "44 tuổi");
    auto const r2 = run(ok);
    INFO(dump(r2));
    CHECK(rules_of(r2) == strings{"fx.basis"});
}

TEST_CASE("check: rule levels, unknown rules and fingerprints", "[check]") {
    auto const base = slurp("fund.txt");
    figura::check_options o;
    o.rule_levels["fx.basis"] = figura::severity::warning;
    auto const r = run(base, o);
    REQUIRE(r.findings.size() == 1);
    CHECK(r.findings[0].level == figura::severity::warning);
    o.rule_levels["fx.basis"] = std::nullopt;
    CHECK(run(base, o).findings.empty());

    figura::check_options bad;
    bad.rule_levels["fx.nonsense"] = figura::severity::error;
    auto a = figura::read_article(base, "fund.txt");
    REQUIRE(a);
    auto const e = figura::check_article(*a, bad);
    REQUIRE_FALSE(e);
    CHECK(e.error().id == "F-CHECK-001");
    CHECK(e.error().message == "unknown rule 'fx.nonsense' in the rule settings");

    // Stable across runs and across unrelated edits that move lines.
    auto const fp = run(base).findings.at(0).fingerprint;
    CHECK(fp.size() == 16);
    CHECK(run(base).findings.at(0).fingerprint == fp);
    auto const moved = run(replaced(base, "The company bought", "Nobody noticed.\nThe company bought"));
    REQUIRE_FALSE(moved.findings.empty());
    CHECK(moved.findings.front().fingerprint == fp);
    auto const other = run(replaced(replaced(base, "($14bn)", "($18bn)"), "(14 tỷ USD)", "(18 tỷ USD)"));
    CHECK(other.findings.at(0).fingerprint != fp);
}

TEST_CASE("check: the rule catalogue", "[check]") {
    auto const& rules = figura::check_rules();
    strings ids;
    for (auto const& r : rules) {
        ids.emplace_back(r.id);
        CHECK_FALSE(r.summary.empty());
        CHECK(r.help.size() > 80);
    }
    for (auto const* want : {"fx.conversion", "fx.basis", "fx.unverifiable", "parity.missing", "parity.extra", "parity.value",
                             "parity.qualifier", "parity.currency", "summary.unsupported", "date.relative"})
        CHECK(std::count(ids.begin(), ids.end(), want) == 1);
    CHECK(rules.front().default_level == figura::severity::error);
    CHECK(figura::parse_severity("note") == figura::severity::note);
    CHECK(figura::parse_severity(figura::to_string(figura::severity::error)) == figura::severity::error);
    CHECK_FALSE(figura::parse_severity("fatal"));
}

TEST_CASE("check: a date after publication is a deadline, not the conversion's date", "[check]") {
    auto const text = replaced(replaced(slurp("fund.txt"), "In 2021 the fund claimed to manage 100bn yuan ($14bn) of assets.",
                                        "The fund plans to manage 100bn yuan ($14bn) of assets by 2027."),
                               "Năm 2021, quỹ này tuyên bố quản lý 100 tỷ nhân dân tệ (14 tỷ USD) tài sản.",
                               "Quỹ này dự kiến quản lý 100 tỷ nhân dân tệ (14 tỷ USD) tài sản vào năm 2027.");
    auto const r = run(text);
    INFO(dump(r));
    // Checked at the publication-date rate only, which fits; the bullet's 2021 now disagrees.
    CHECK(rules_of(r) == strings{"summary.unsupported"});
    CHECK(r.conversions_checked == 2);
}

TEST_CASE("check: parity reads numbers in words on both sides of a translation", "[check]") {
    auto const parity_rules = [](std::string const& en, std::string const& vi) {
        auto a = figura::read_article_parts({en, "en.txt"}, {vi, "vi.txt"});
        REQUIRE(a);
        auto r = figura::check_article(*a, {});
        REQUIRE(r);
        INFO(dump(*r));
        strings out;
        for (auto const& f : r->findings)
            if (f.rule.rfind("parity.", 0) == 0) out.push_back(f.rule);
        return out;
    };
    SECTION("a number in words translated into digits, and back") {
        CHECK(parity_rules("The band toured for nine days with seven trucks.", "Ban nhạc lưu diễn 9 ngày với 7 xe tải.").empty());
        CHECK(parity_rules("The band toured for 9 days.", "Ban nhạc lưu diễn chín ngày.").empty());
    }
    SECTION("an English number word still disagrees with other digits") {
        CHECK(parity_rules("The band toured for nine days.", "Ban nhạc lưu diễn 12 ngày.") == strings{"parity.value"});
    }
    SECTION("a Vietnamese number word that is a word never accuses") {
        // `ba` is also "dad", `năm` after a number is "year".
        CHECK(parity_rules("He phoned his father.", "Anh ấy gọi cho ba của mình.").empty());
        CHECK(parity_rules("She taught there for 12 years.", "Bà dạy ở đó 12 năm rồi.").empty());
    }
    SECTION("`a` and `one` are words: a lone 1 across from them is not reported") {
        CHECK(parity_rules("The repair took a week.", "Việc sửa chữa mất 1 tuần.").empty());
        CHECK(parity_rules("Could you lend me a dollar?", "Bạn cho tôi mượn đồng đô la được không?").empty());
        CHECK(parity_rules("Could you lend me 1 dollar?", "Bạn cho tôi mượn tiền được không?") == strings{"parity.missing"});
    }
    SECTION("a phone number after `called` names a line, it counts nothing") {
        CHECK(parity_rules("She called 911 at once.", "Cô ấy gọi cấp cứu ngay.").empty());
        CHECK(parity_rules("She hired 911 workers at once.", "Cô ấy thuê công nhân ngay.") == strings{"parity.missing"});
    }
    SECTION("the minutes of a clock time are no count; its hour is compared") {
        CHECK(parity_rules("The shop opens at nine o'clock.", "Cửa hàng mở cửa lúc 09:00.").empty());
        CHECK(parity_rules("The shop opens at nine o'clock.", "Cửa hàng mở cửa lúc 10:00.") == strings{"parity.missing", "parity.extra"});
    }
    SECTION("a year or decade written short is a date, not a count") {
        CHECK(parity_rules("The mill closed in '74.", "Nhà máy đóng cửa vào năm 1974.").empty());
        CHECK(parity_rules("The mill ran until the '80s.", "Nhà máy chạy đến thập niên 80.").empty());
    }
    SECTION("a number the other side writes in another form was not dropped or added") {
        // A range's end, digits glued to a unit, a number word the reader leaves a word.
        CHECK(parity_rules("Volunteers aged 20 to 45 signed up.", "Các tình nguyện viên, người 20 tuổi, người 45 tuổi, đã đăng ký.").empty());
        CHECK(parity_rules("The fish grow to 8 centimetres.", "Cá lớn tới 8cm.").empty());
        CHECK(parity_rules("When she was six years old, she moved.", "Khi cô lên 6 tuổi, cô chuyển nhà.").empty());
    }
    SECTION("two bounds the same way with different numbers are a value finding") {
        CHECK(parity_rules("The trail climbs over three kilometres.", "Con đường dốc hơn 5 km.") == strings{"parity.value"});
        CHECK(parity_rules("The trail climbs over three kilometres.", "Con đường dốc hơn 3 km.").empty());
        // A multiplier the reader leaves out (`2 tá`, two dozen) proves nothing.
        CHECK(parity_rules("She baked more than two dozen pies.", "Cô ấy nướng hơn 2 tá bánh.").empty());
    }
    SECTION("a power of ten is not a range") {
        CHECK(parity_rules("The signal was boosted 10 to the 12 times.", "Tín hiệu được khuếch đại 10 đến 12 lần.") == strings{"parity.value"});
    }
    SECTION("vague magnitudes pair with each other and with figures by order of magnitude") {
        CHECK(parity_rules("Tens of thousands of fans waited outside.", "Hàng chục nghìn người hâm mộ chờ bên ngoài.").empty());
        CHECK(parity_rules("Hundreds of thousands of fans waited outside.", "Hàng nghìn người hâm mộ chờ bên ngoài.") ==
              strings{"parity.value"});
        CHECK(parity_rules("Dozens of boats sank.", "Hàng chục con thuyền bị chìm.").empty());
        // A figure against a magnitude: inside it is its counterpart, outside a changed order.
        CHECK(parity_rules("The dam displaced 300,000 villagers.", "Con đập khiến hàng trăm nghìn dân làng phải di dời.").empty());
        CHECK(parity_rules("The dam displaced a hundred thousand villagers.", "Con đập khiến hàng trăm nghìn dân làng phải di dời.") ==
              strings{"parity.value"});
        // A bare `thousand` is 1000, not `hundreds`.
        CHECK(parity_rules("The chapel keeps a thousand-year-old bell.", "Nhà nguyện giữ một chiếc chuông hàng trăm tuổi.") ==
              strings{"parity.value"});
        // A magnitude with nothing across from it is not reported: vague words are often rephrased.
        CHECK(parity_rules("Thousands of fans waited outside.", "Rất đông người hâm mộ chờ bên ngoài.").empty());
    }
    SECTION("a figure in digits that the translation drops is still reported") {
        CHECK(parity_rules("The mill hired 40 workers.", "Nhà máy đã tuyển công nhân.") == strings{"parity.missing"});
        CHECK(parity_rules("The mill hired workers.", "Nhà máy đã tuyển 40 công nhân.") == strings{"parity.extra"});
    }
}
