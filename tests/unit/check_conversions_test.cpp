// figura check: the structured detail of a check report (every figure, every stated conversion with
// its bases and the implied rate band, the alignment), as the HTML report draws it.
#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>

#include "figura/check.hpp"
#include "figura/rates.hpp"

#include "check_support.hpp"

namespace {

using figura::test::replaced;
using figura::test::run;
using figura::test::slurp;

figura::rational q(long long num, long long den = 1) { return figura::rational{num} / figura::rational{den}; }

std::string dec(figura::rational const& r, int places = 4) {
    return figura::round_rational(r, -places, figura::rounding_mode::half_even).to_string();
}

}  // namespace

TEST_CASE("check: every stated conversion is recorded with its bases, rates and outcome", "[check]") {
    auto const r = run(slurp("fund.txt"));
    // 100bn yuan ($14bn) in the original, 100 tỷ nhân dân tệ (14 tỷ USD) in the translation.
    REQUIRE(r.conversions.size() == 2);
    REQUIRE(r.conversions_checked == 2);
    auto const& o = r.conversions[0];
    CHECK(o.amount.text == "100bn yuan");
    CHECK(o.stated.text == "$14bn");
    CHECK(o.amount_place.part == figura::text_part::original);
    CHECK(o.stated_place.part == figura::text_part::original);
    CHECK(o.stated_place.paragraph == o.amount_place.paragraph);
    CHECK(o.stated_place.figure == o.amount_place.figure + 1);
    CHECK(o.from == "CNY");
    CHECK(o.to == "USD");
    CHECK(o.figure_date == "2021");
    CHECK(o.rule == "fx.basis");
    CHECK_FALSE(o.restates);

    // Stated intervals, exact: 100bn yuan is [99.5bn, 100.5bn), $14bn is [13.5bn, 14.5bn).
    REQUIRE(o.amount_value.lower);
    CHECK(o.amount_value.lower->value == q(99'500'000'000));
    CHECK(o.amount_value.upper->value == q(100'500'000'000));
    CHECK_FALSE(o.amount_value.upper->closed);
    CHECK(o.stated_value.lower->value == q(13'500'000'000));
    CHECK(o.stated_value.upper->value == q(14'500'000'000));

    // The implied band: 13.5bn / 100.5bn < r < 14.5bn / 99.5bn, open at both ends (half-open inputs).
    REQUIRE(o.implied_rate.lower);
    REQUIRE(o.implied_rate.upper);
    CHECK(o.implied_rate.lower->value == q(135, 1005));
    CHECK(o.implied_rate.upper->value == q(145, 995));
    CHECK_FALSE(o.implied_rate.lower->closed);
    CHECK_FALSE(o.implied_rate.upper->closed);

    // Own date first (the 2021 average, which does not fit), then the publication date (which does).
    REQUIRE(o.bases.size() == 2);
    auto const& year = o.bases[0];
    CHECK(year.label == "2021 average");
    CHECK(year.basis == figura::rate_basis::year);
    CHECK(year.own_date);
    CHECK(figura::to_string(year.first) == "2021-01-01");
    CHECK(figura::to_string(year.last) == "2021-12-31");
    REQUIRE(year.converted);
    CHECK_FALSE(year.fits);
    // The published 2021 average (the Fed's): a mean of the ECB's daily crosses would only stand in
    // for a year no source publishes.
    REQUIRE(year.converted->rates.size() == 1);
    CHECK(year.converted->rates[0].source == "fed");
    CHECK(year.converted->rates[0].published_average);
    REQUIRE(year.closest);
    CHECK(*year.closest == 0);
    CHECK(dec(1 / year.converted->rates[0].value) == "6.4508");
    // At 6.4508 even 99.5bn yuan is $15.42bn: the stated $14bn (below 14.5bn) is 6% below, beyond the tolerance.
    CHECK(year.deviation < 0);
    CHECK(year.deviation < figura::rational{-2} / 100);
    // A rate inside the band fits, one outside does not: the band agrees with `fits`.
    CHECK_FALSE(o.implied_rate.contains(year.converted->rate_low));

    auto const& pub = o.bases[1];
    CHECK(pub.label == "publication date 2025-01-29");
    CHECK(pub.basis == figura::rate_basis::day);
    CHECK_FALSE(pub.own_date);
    // The publication date's own fixing fits exactly, so the rest of its week is not needed.
    CHECK(figura::to_string(pub.first) == "2025-01-29");
    CHECK(pub.last == pub.first);
    REQUIRE(pub.converted);
    REQUIRE(pub.converted->rates.size() == 1);
    CHECK(pub.fits);
    CHECK(pub.deviation == 0);
    REQUIRE(pub.closest);
    auto const& day = pub.converted->rates[*pub.closest];
    CHECK(dec(1 / day.value) == "7.2513");
    CHECK(day.source == "ecb");
    CHECK(figura::to_string(day.used_from) == "2025-01-29");
    CHECK(o.implied_rate.contains(day.value));
    REQUIRE(o.deviation);
    CHECK(*o.deviation == 0);

    // The translation restates the original's conversion.
    auto const& t = r.conversions[1];
    CHECK(t.amount.text == "100 tỷ nhân dân tệ");
    CHECK(t.stated.text == "14 tỷ USD");
    CHECK(t.amount_place.part == figura::text_part::translation);
    REQUIRE(t.restates);
    CHECK(*t.restates == 0);
    CHECK(t.rule == "fx.basis");
}

TEST_CASE("check: a conversion that agrees is recorded with an empty rule and no finding", "[check]") {
    // Converted at the 2021 average: 100bn yuan is about $15.5bn.
    auto text = replaced(slurp("fund.txt"), "($14bn)", "($15.5bn)");
    text = replaced(text, "(14 tỷ USD)", "(15,5 tỷ USD)");
    auto const r = run(text);
    REQUIRE(r.conversions.size() == 2);
    CHECK(r.conversions[0].rule.empty());
    CHECK(r.conversions[0].bases[0].fits);
    CHECK(r.findings.empty());
}

TEST_CASE("check: a conversion whose outcome differs from the original's still names what it restates", "[check]") {
    auto const r = run(replaced(slurp("fund.txt"), "(14 tỷ USD)", "(18 tỷ USD)"));
    REQUIRE(r.conversions.size() == 2);
    CHECK(r.conversions[0].rule == "fx.basis");
    CHECK(r.conversions[1].rule == "fx.conversion");
    // 18 tỷ USD is not paired with $14bn by value, so whether it restates depends on the alignment's
    // pairing by place; either way the index, when set, names the original's conversion.
    if (r.conversions[1].restates) CHECK(*r.conversions[1].restates == 0);
}

TEST_CASE("check: without detail the report has the same findings and counts and no structured detail", "[check]") {
    // One conversion off (a finding), one restated in the translation.
    auto const text = replaced(slurp("fund.txt"), "(14 tỷ USD)", "(18 tỷ USD)");
    auto const full = run(text);
    figura::check_options lean;
    lean.detail = false;
    auto const r = run(text, lean);
    REQUIRE_FALSE(full.findings.empty());
    REQUIRE_FALSE(full.conversions.empty());
    CHECK(r.figures.empty());
    CHECK(r.conversions.empty());
    CHECK(r.aligned.links.empty());
    CHECK(r.figures_checked == full.figures_checked);
    CHECK(r.conversions_checked == full.conversions_checked);
    REQUIRE(r.findings.size() == full.findings.size());
    for (std::size_t i = 0; i < r.findings.size(); ++i) {
        CHECK(r.findings[i].rule == full.findings[i].rule);
        CHECK(r.findings[i].message == full.findings[i].message);
        CHECK(r.findings[i].fingerprint == full.findings[i].fingerprint);
        CHECK(r.findings[i].facts == full.findings[i].facts);
    }
}

TEST_CASE("check: a missing rate leaves the basis without a conversion and with the reason", "[check]") {
    figura::rate_table empty;
    figura::check_options o;
    o.rates = &empty;
    auto const r = run(slurp("fund.txt"), o);
    REQUIRE(r.conversions.size() == 2);
    CHECK(r.conversions[0].rule == "fx.unverifiable");
    for (auto const& b : r.conversions[0].bases) {
        CHECK_FALSE(b.converted);
        CHECK_FALSE(b.fits);
        CHECK_FALSE(b.failures.empty());
    }
}

TEST_CASE("check: the implied band of an open-ended or unbounded figure", "[check]") {
    // `less than $6m` has no lower end above 0: every small rate reaches it.
    auto const r = run(replaced(slurp("fund.txt"), "($14bn)", "(less than $20bn)"));
    REQUIRE_FALSE(r.conversions.empty());
    auto const& c = r.conversions[0];
    REQUIRE(c.implied_rate.lower);
    CHECK(c.implied_rate.lower->value == 0);
    CHECK_FALSE(c.implied_rate.lower->closed);
    REQUIRE(c.implied_rate.upper);
    CHECK(c.implied_rate.upper->value == q(20, 995) * 10);
}

TEST_CASE("check: every figure is listed with its place and whether a rule compared it", "[check]") {
    auto a = figura::read_article(slurp("fund.txt"), "fund.txt");
    REQUIRE(a);
    auto const r = figura::check_article(*a, {});
    REQUIRE(r);
    CHECK(r->figures.size() == r->figures_checked);
    std::size_t summary = 0, translation = 0, original = 0;
    for (auto const& f : r->figures) {
        auto const& paragraphs = f.place.part == figura::text_part::summary       ? a->summary
                                 : f.place.part == figura::text_part::translation ? a->translation.paragraphs
                                                                                  : a->original.paragraphs;
        REQUIRE(f.place.paragraph < paragraphs.size());
        REQUIRE(f.place.figure < paragraphs[f.place.paragraph].figures.size());
        auto const& fig = paragraphs[f.place.paragraph].figures[f.place.figure];
        CHECK(f.where.text == fig.text);
        CHECK(f.where.span.begin == fig.span.begin);
        summary += f.place.part == figura::text_part::summary;
        translation += f.place.part == figura::text_part::translation;
        original += f.place.part == figura::text_part::original;
    }
    CHECK(summary > 0);
    CHECK(translation > 0);
    CHECK(original > 0);

    auto const find = [&](std::string const& text) {
        auto it = std::find_if(r->figures.begin(), r->figures.end(), [&](figura::checked_figure const& f) { return f.where.text == text; });
        REQUIRE(it != r->figures.end());
        return *it;
    };
    CHECK(find("$14bn").compared);
    CHECK(find("$14bn").date == "2021");
    CHECK(find("10,000").compared);   // paired with 10.000 in the translation
    CHECK(find("aged 40").compared);  // paired with 40 tuổi
    // The dateline's numbers are never compared.
    auto const dateline = std::find_if(r->figures.begin(), r->figures.end(), [&](figura::checked_figure const& f) {
        return f.place.part == figura::text_part::original &&
               a->original.paragraphs[f.place.paragraph].role == figura::paragraph_role::dateline;
    });
    if (dateline != r->figures.end()) CHECK_FALSE(dateline->compared);

    // The alignment is the one align() gives.
    auto const al = figura::align(*a);
    REQUIRE(r->aligned.links.size() == al.links.size());
    for (std::size_t i = 0; i < al.links.size(); ++i) {
        CHECK(r->aligned.links[i].original == al.links[i].original);
        CHECK(r->aligned.links[i].translation == al.links[i].translation);
        CHECK(r->aligned.links[i].figures.size() == al.links[i].figures.size());
    }
}

namespace {

figura::check_report check_text(std::string const& text, figura::check_options o = {}, bool vietnamese = false) {
    auto a = vietnamese ? figura::read_article_parts({}, {text, "vi.txt"}) : figura::read_article_parts({text, "en.txt"}, {});
    REQUIRE(a);
    o.publication_date = std::chrono::year{2025} / std::chrono::January / std::chrono::day{29};
    auto r = figura::check_article(*a, o);
    REQUIRE(r);
    return *r;
}

std::string rules(figura::check_report const& r) {
    std::string out;
    for (auto const& f : r.findings) {
        if (!out.empty()) out += ' ';
        out += figura::to_string(f.level);
        out += ':';
        out += f.rule;
    }
    return out;
}

figura::exact_interval between(figura::rational lo, figura::rational hi) {
    return {figura::exact_bound{std::move(lo), true}, figura::exact_bound{std::move(hi), false}};
}

}  // namespace

// The week up to 2025-01-29 has CNY per USD fixings from 7.2465 to 7.2884 (ECB crosses): 100 yuan is
// $13.7203 .. $13.7998.
TEST_CASE("check: a conversion within the tolerance agrees, a near miss warns, a gross one is an error", "[check]") {
    SECTION("$13.5 is 1.2% below the lowest conversion: within the 2% tolerance") {
        auto const r = check_text("The ticket cost 100 yuan ($13.5).");
        CHECK(rules(r).empty());
        REQUIRE(r.conversions.size() == 1);
        // The day's own rate does not fit exactly, so every fixing of its week was tried.
        auto const& pub = r.conversions[0].bases.at(0);
        CHECK(figura::to_string(pub.first) == "2025-01-23");
        CHECK(figura::to_string(pub.last) == "2025-01-29");
        REQUIRE(pub.converted);
        CHECK(pub.converted->rates.size() == 5);  // Thursday to Wednesday: five working days
        for (auto const& q : pub.converted->rates) {
            CHECK(q.used_from >= pub.first);
            CHECK(q.used_from <= pub.last);
        }
        CHECK(figura::to_string(pub.converted->rates.at(*pub.closest).used_from) == "2025-01-23");
        REQUIRE(r.conversions[0].deviation);
        // [13.45, 13.55) against 100 / 7.288447: 13.55 * 75829 / 1040400 - 1, exactly.
        CHECK(*r.conversions[0].deviation == q(1355, 100) * q(75829, 1040400) - 1);
        CHECK(r.conversions[0].rule.empty());
    }
    SECTION("with no tolerance the same conversion is a near miss") {
        figura::check_options o;
        o.fx_tolerance = figura::decimal{0};
        CHECK(rules(check_text("The ticket cost 100 yuan ($13.5).", o)) == "warning:fx.conversion");
    }
    SECTION("$13.2 is 3.4% below: a warning, with the deviation and the closest rate") {
        auto const r = check_text("The ticket cost 100 yuan ($13.2).");
        REQUIRE(rules(r) == "warning:fx.conversion");
        CHECK(r.findings[0].message ==
              "$13.2 is 3.4% below 100 yuan at the closest admissible rate, 7.2884 CNY per USD (ecb, 2025-01-23)");
    }
    SECTION("$12.5 is 8.5% below: an error, unless errors start further out") {
        CHECK(rules(check_text("The ticket cost 100 yuan ($12.5).")) == "error:fx.conversion");
        figura::check_options o;
        o.fx_error_above = figura::decimal{10, -2};
        CHECK(rules(check_text("The ticket cost 100 yuan ($12.5).", o)) == "warning:fx.conversion");
        // A rule set to note stays a note.
        o.rule_levels["fx.conversion"] = figura::severity::note;
        CHECK(rules(check_text("The ticket cost 100 yuan ($12.5).", o)) == "note:fx.conversion");
    }
    SECTION("$14.2 is 2.5% above: the sign says which way") {
        auto const r = check_text("The ticket cost 100 yuan ($14.2).");
        REQUIRE(rules(r) == "warning:fx.conversion");
        CHECK(r.findings[0].message.rfind("$14.2 is 2.5% above 100 yuan", 0) == 0);
    }
}

TEST_CASE("check: the converted amount is read at its last significant digit, the source amount as written", "[check]") {
    figura::check_options o;
    o.fx_tolerance = figura::decimal{0};
    SECTION("an integer in brackets") {
        auto const r = check_text("Giá vé 10.000 nhân dân tệ (1.380 USD).", o, true);
        REQUIRE(r.conversions.size() == 1);
        auto const& c = r.conversions[0];
        REQUIRE(c.amount_value.lower);
        REQUIRE(c.amount_value.upper);
        CHECK(c.amount_value.lower->value == 10000);
        CHECK(c.amount_value.upper->value == 10000);
        CHECK(c.amount_value.upper->closed);
        CHECK(c.stated_value == between(1375, 1385));
        CHECK(c.stated_reading == "its last significant digit");
        CHECK(c.amount_reading == "exact as written");
        CHECK(rules(r).empty());  // 10000 / 7.2513 is 1379.06
    }
    SECTION("trailing zeros of an integer are not significant, a decimal's are") {
        auto const r = check_text("It cost 100,000 yuan ($13,800) and 100 yuan ($13.80).", o);
        REQUIRE(r.conversions.size() == 2);
        CHECK(r.conversions[0].stated_value == between(13750, 13850));
        CHECK(r.conversions[1].stated_value == between(q(13795, 1000), q(13805, 1000)));
    }
    SECTION("with a scale word, its digits count") {
        auto const r = check_text("Quỹ quản lý 100 tỷ nhân dân tệ (14 tỷ USD).", o, true);
        REQUIRE(r.conversions.size() == 1);
        CHECK(r.conversions[0].amount_value == between(99'500'000'000, 100'500'000'000));
        CHECK(r.conversions[0].stated_value == between(13'500'000'000, 14'500'000'000));
        CHECK(r.conversions[0].stated_reading == "its stated precision");
    }
    SECTION("an exact source amount and a whole-number result") {
        // 3.000 yuan at 7.2465 .. 7.2884 is $411.61 .. $413.99; `414 USD` is [413.5, 414.5).
        auto const r = check_text("Chiếc điện thoại giá 3.000 nhân dân tệ (414 USD).", o, true);
        REQUIRE(r.conversions.size() == 1);
        CHECK(r.conversions[0].stated_value == between(q(8270, 20), q(8290, 20)));
        CHECK(rules(r).empty());
        CHECK(rules(check_text("Chiếc điện thoại giá 3.000 nhân dân tệ (420 USD).", o, true)) == "warning:fx.conversion");
    }
}

TEST_CASE("check: qualifiers around a conversion", "[check]") {
    SECTION("before the amount, a qualifier bounds the claim: the written values are checked") {
        auto const r = check_text("Quỹ quản lý lên tới 100 tỷ nhân dân tệ (14 tỷ USD).", {}, true);
        REQUIRE(r.conversions.size() == 1);
        CHECK(r.conversions[0].amount_value == between(99'500'000'000, 100'500'000'000));
        CHECK(r.conversions[0].amount_reading == "its stated precision; `up to` bounds the claim, not the conversion");
        CHECK(rules(r).empty());
        CHECK(rules(check_text("Quỹ quản lý lên tới 100 tỷ nhân dân tệ (16 tỷ USD).", {}, true)) == "error:fx.conversion");
        CHECK(rules(check_text("The fund managed as much as 100bn yuan ($16bn).")) == "error:fx.conversion");
    }
    SECTION("about inside the brackets adds no width: 7.5% off is still an error") {
        auto const r = check_text("Quỹ quản lý 100 tỷ nhân dân tệ (khoảng 12,7 tỷ USD).", {}, true);
        REQUIRE(r.conversions.size() == 1);
        CHECK(r.conversions[0].stated_value == between(12'650'000'000, 12'750'000'000));
        CHECK(rules(r) == "error:fx.conversion");
        CHECK(rules(check_text("Quỹ quản lý 100 tỷ nhân dân tệ (khoảng 13,8 tỷ USD).", {}, true)).empty());
    }
    SECTION("more than inside the brackets leaves that side open") {
        // 100 euros at 1.0396 .. 1.053 USD per EUR is $103.96 .. $105.30.
        auto const r = check_text("Vé giá 100 euro (hơn 100 USD).", {}, true);
        REQUIRE(r.conversions.size() == 1);
        CHECK_FALSE(r.conversions[0].stated_value.upper);
        CHECK(rules(r).empty());
        CHECK(rules(check_text("Vé giá 100 euro (hơn 120 USD).", {}, true)) == "error:fx.conversion");
        CHECK(rules(check_text("Vé giá 100 euro (dưới 110 USD).", {}, true)).empty());
        CHECK(rules(check_text("Vé giá 100 euro (dưới 90 USD).", {}, true)) == "error:fx.conversion");
    }
}

TEST_CASE("check: an amount dated 2020 converted at the publication-date rate is an fx.basis note", "[check]") {
    // 80bn yuan at the 2020 average (6.9042 CNY per USD) is $11.52bn .. $11.66bn, just above what
    // `11 tỷ USD` can stand for; at the publication date's 7.2513 it is $10.96bn .. $11.10bn.
    auto const r = check_text("Quỹ quản lý lên tới 80 tỷ nhân dân tệ (11 tỷ USD) vào năm 2020.", {}, true);
    REQUIRE(rules(r) == "note:fx.basis");
    auto const& c = r.conversions[0];
    REQUIRE(c.bases.size() == 2);
    CHECK(c.bases[0].label == "2020 average");
    CHECK(c.bases[0].deviation != 0);
    CHECK(c.bases[0].fits);  // within the tolerance, but not exactly
    CHECK(c.bases[1].deviation == 0);
    // Converted at the 2020 average exactly (`12 tỷ USD`), nothing is reported.
    CHECK(rules(check_text("Quỹ quản lý lên tới 80 tỷ nhân dân tệ (11,6 tỷ USD) vào năm 2020.", {}, true)).empty());
}

TEST_CASE("check: the forms a stated conversion is written in", "[check]") {
    struct form {
        std::string_view text;
        bool vietnamese;
        std::string_view amount, stated;
    };
    constexpr form forms[] = {
        {"Công ty chi 100 tỷ nhân dân tệ (14 tỷ USD).", true, "100 tỷ nhân dân tệ", "14 tỷ USD"},
        {"Công ty chi 100 tỷ nhân dân tệ, tương đương 14 tỷ USD.", true, "100 tỷ nhân dân tệ", "14 tỷ USD"},
        {"Công ty chi 100 tỷ nhân dân tệ - khoảng 14 tỷ USD.", true, "100 tỷ nhân dân tệ", "khoảng 14 tỷ USD"},
        {"Công ty chi 100 tỷ nhân dân tệ khoảng 14 tỷ USD cho dự án.", true, "100 tỷ nhân dân tệ", "khoảng 14 tỷ USD"},
        {"Công ty chi 100 tỷ nhân dân tệ trong năm 2024, tương đương 14 tỷ USD.", true, "100 tỷ nhân dân tệ", "14 tỷ USD"},
        {"The firm spent 100bn yuan, amounting to about $14bn, on the plant.", false, "100bn yuan", "about $14bn"},
        {"The firm spent 100bn yuan in 2024 ($14bn) on the plant.", false, "100bn yuan", "$14bn"},
    };
    for (auto const& f : forms) {
        DYNAMIC_SECTION(f.text) {
            auto const r = check_text(std::string(f.text), {}, f.vietnamese);
            REQUIRE(r.conversions.size() == 1);
            CHECK(r.conversions[0].amount.text == f.amount);
            CHECK(r.conversions[0].stated.text == f.stated);
        }
    }
    SECTION("A (B, C) and A (B; C): both restate A") {
        auto const r = check_text("Chiếc xe giá 100.000 euro (105.000 USD, khoảng 2,7 tỷ đồng).", {}, true);
        REQUIRE(r.conversions.size() == 2);
        CHECK(r.conversions[0].amount.text == "100.000 euro");
        CHECK(r.conversions[1].amount.text == "100.000 euro");
        CHECK(r.conversions[1].stated.text == "khoảng 2,7 tỷ đồng");
        auto const r2 = check_text("The car costs €100,000 ($105,000; about 2.7bn dong).");
        REQUIRE(r2.conversions.size() == 2);
        CHECK(r2.conversions[1].amount.text == "€100,000");
    }
    SECTION("amounts that merely follow each other are not conversions") {
        for (std::string const text : {"Công ty chi 100 tỷ nhân dân tệ, 14 tỷ USD và 2 tỷ euro.", "Công ty chi 100 tỷ nhân dân tệ - 14 tỷ USD.",
                                       "Revenue was 100bn yuan; costs were $14bn.", "It cost 100bn yuan (and later $14bn)."}) {
            DYNAMIC_SECTION(text) {
                auto const r = check_text(text, {}, text.find("Công") == 0);
                CHECK(r.conversions.empty());
            }
        }
    }
}

TEST_CASE("check: with no rate of its week a conversion is held against the latest rate, its tolerance widened by its age",
          "[check]") {
    // Rates that end on 2025-01-29 (CNY per USD 7.5385 / 1.0396 = 7.2513): 100 yuan is about $13.79.
    auto data = figura::load_ecb_csv("Date,USD,CNY,\n2025-01-29,1.0396,7.5385,\n2025-01-28,1.0421,7.5517,\n2025-01-27,1.053,7.6306,\n"
                                     "2025-01-24,1.0472,7.5868,\n2025-01-23,1.0412,7.5886,\n2025-01-22,1.0422,7.5964,\n",
                                     "eurofxref-hist.csv");
    REQUIRE(data);
    figura::rate_table::builder b;
    REQUIRE(b.add(*data));
    figura::rate_table const table = b.build();
    auto const check_on = [&](std::string const& text, std::chrono::year_month_day published) {
        auto a = figura::read_article_parts({text, "en.txt"}, {});
        REQUIRE(a);
        figura::check_options o;
        o.rates = &table;
        o.publication_date = published;
        auto r = figura::check_article(*a, o);
        REQUIRE(r);
        return *r;
    };
    using namespace std::chrono;
    SECTION("50 days on, $12 is 9.4% below: beyond the widened 5%, a warning that names the rate's date and age") {
        auto const r = check_on("The lamp cost 100 yuan ($12).", year{2025} / March / day{20});
        REQUIRE(rules(r) == "warning:fx.conversion");
        INFO(r.findings[0].message);
        CHECK(r.findings[0].message.rfind("$12 is 9.4% below 100 yuan", 0) == 0);
        CHECK(r.findings[0].message.find("at the latest rate, 7.2513 CNY per USD (ecb, 2025-01-29), 50 days older than 2025-03-20") !=
              std::string::npos);
        CHECK(r.findings[0].message.find("beyond the 5.0% tolerance") != std::string::npos);
        REQUIRE(r.conversions.size() == 1);
        CHECK(r.conversions[0].rule == "fx.conversion");
    }
    SECTION("even a gross miss is only a warning: an old rate judges roughly") {
        CHECK(rules(check_on("The lamp cost 100 yuan ($5).", year{2025} / March / day{20})) == "warning:fx.conversion");
    }
    SECTION("within the widened tolerance it stays unverifiable") {
        CHECK(rules(check_on("The lamp cost 100 yuan ($13.3).", year{2025} / March / day{20})) == "warning:fx.unverifiable");
    }
    SECTION("a rate older than the window judges nothing") {
        CHECK(rules(check_on("The lamp cost 100 yuan ($12).", year{2025} / August / day{29})) == "warning:fx.unverifiable");
    }
}

TEST_CASE("check: a dong conversion in a month without a published average may use any official rate between the month-ends",
          "[check]") {
    // An official source with VND per USD monthly averages up to 2026-03 and month-end figures up to
    // 2026-05; ECB crosses give CNY per USD 7.92 / 1.1 = 7.2 on 2026-05-20; a market indication at
    // 26,300 VND per USD that day, when `market` is set.
    std::string const official = "figura-rates 1\nsource sbvtest\nattribution Test official rates\npivot USD\n"
                                 "table monthly USD VND\n2026-03 24900\n"
                                 "table month_end USD VND\n2026-02-28 25600\n2026-03-31 24950\n2026-04-30 25000\n2026-05-31 25200\n";
    std::string const street = "figura-rates 1\nsource streettest\nattribution Test market snapshots\nkind market\npivot USD\n"
                               "table daily USD VND\n2026-03-18 26000\n2026-05-20 26300\n";
    auto const check_vi = [&](std::string const& text, std::chrono::year_month_day published, bool market) {
        figura::rate_table::builder b;
        auto ecb = figura::load_ecb_csv("Date,USD,CNY,\n2026-05-20,1.1,7.92,\n", "eurofxref-hist.csv");
        auto off = figura::load_figura_rates(official, "sbv.figrates");
        REQUIRE(ecb);
        REQUIRE(off);
        REQUIRE(b.add(*ecb));
        REQUIRE(b.add(*off));
        if (market) {
            auto mk = figura::load_figura_rates(street, "street.figrates");
            REQUIRE(mk);
            REQUIRE(b.add(*mk));
        }
        figura::rate_table const table = b.build();
        auto a = figura::read_article_parts({}, {text, "vi.txt"});
        REQUIRE(a);
        figura::check_options o;
        o.rates = &table;
        o.publication_date = published;
        auto r = figura::check_article(*a, o);
        REQUIRE(r);
        return *r;
    };
    using namespace std::chrono;
    auto const may = year{2026} / May / day{20};
    auto const bracket_quote = [](figura::check_report const& r) -> figura::rate_quote const* {
        for (auto const& b : r.conversions.at(0).bases)
            if (b.converted)
                for (auto const& q : b.converted->rates)
                    if (q.basis == figura::rate_basis::month_end) return &q;
        return nullptr;
    };
    SECTION("25,125 .. 25,175 dong per dollar lies between the April and May month-ends: it agrees, at an official rate") {
        auto const r = check_vi("Công ty vay thêm 2.000.000 USD (50,3 tỷ đồng) để mở xưởng.", may, true);
        CHECK(rules(r).empty());
        auto const* bq = bracket_quote(r);
        REQUIRE(bq);
        CHECK(bq->kind == figura::rate_kind::official);
        CHECK(bq->source == "sbvtest");
        CHECK(figura::to_string(bq->used_from) == "2026-04-30");
        CHECK(figura::to_string(bq->used_to) == "2026-05-31");
        CHECK(bq->value >= q(25000));
        CHECK(bq->value <= q(25200));
        CHECK(bq->method.find("official rate bracket") != std::string::npos);
        CHECK(r.conversions[0].deviation == q(0));
    }
    SECTION("a month with a published average uses it, not the month-ends around it") {
        // 51.2 billion is 25,575 .. 25,625 per dollar: the February month-end, but 2.7% above March's average.
        auto const r = check_vi("Công ty vay thêm 2.000.000 USD (51,2 tỷ đồng) để mở xưởng.", year{2026} / March / day{18}, false);
        CHECK(rules(r) == "warning:fx.conversion");
        CHECK(bracket_quote(r) == nullptr);
    }
    SECTION("a cross conversion goes through the official dollar rate of the day") {
        // 100,000 yuan at 7.2 per dollar and 25,000 .. 25,200 per dollar is 347.2 .. 350 million dong.
        auto const r = check_vi("Bà Hoa trả 100.000 nhân dân tệ (348 triệu đồng) cho lô hàng.", may, false);
        CHECK(rules(r).empty());
        auto const* bq = bracket_quote(r);
        REQUIRE(bq);
        CHECK(bq->path == std::vector<std::string>{"CNY", "USD", "VND"});
        CHECK(bq->source == "ecb+sbvtest");
    }
    SECTION("official and market rates are told apart in the evidence; far from both is an error") {
        auto const r = check_vi("Công ty vay thêm 2.000.000 USD (60 tỷ đồng) để mở xưởng.", may, true);
        REQUIRE(rules(r) == "error:fx.conversion");
        auto const& facts = r.findings[0].facts;
        auto const has = [&](std::string const& key, std::string const& value) {
            return std::any_of(facts.begin(), facts.end(), [&](auto const& f) { return f.key == key && f.value == value; });
        };
        CHECK(has("official rate", "25200 VND per USD"));
        CHECK(has("market rate", "26300 VND per USD"));
    }
    SECTION("with no market rate of the day the official bracket alone warns at most") {
        auto const r = check_vi("Công ty vay thêm 2.000.000 USD (60 tỷ đồng) để mở xưởng.", may, false);
        REQUIRE(rules(r) == "warning:fx.conversion");
        CHECK(r.findings[0].message.find("no market rate of the day to compare") != std::string::npos);
    }
}

TEST_CASE("check: a price restated per another unit of mass is checked once the unit is converted", "[check]") {
    // 2024-05-15: the market indication is 25,487.54 VND per USD. 50 USD a troy ounce is 60.2826 USD
    // a lượng (37.5 g / 31.1034768 g), about 1.54 million đồng.
    auto const check_on = [](std::string const& text) {
        auto a = figura::read_article_parts({}, {text, "vi.txt"});
        REQUIRE(a);
        figura::check_options o;
        o.publication_date = std::chrono::year{2024} / std::chrono::May / std::chrono::day{15};
        auto r = figura::check_article(*a, o);
        REQUIRE(r);
        return *r;
    };
    SECTION("consistent once the unit is converted: an fx.basis note naming the factor") {
        auto const r = check_on("Giá vàng thế giới tăng 50 USD/ounce, tương đương 1,54 triệu đồng/lượng.");
        REQUIRE(rules(r) == "note:fx.basis");
        CHECK(r.findings[0].message == "the price per lượng restates 50 USD/ounce at 1 lượng (37.5 g) = 1.2057 troy ounce (31.1034768 g)");
        REQUIRE(r.conversions.size() == 1);
        CHECK(r.conversions[0].rule == "fx.basis");
        // The amount is read per lượng: 50 * 375 / 311.034768, exactly.
        CHECK(r.conversions[0].amount_value.lower->value == q(50) * q(375000000, 311034768));
        auto const& facts = r.findings[0].facts;
        CHECK(std::any_of(facts.begin(), facts.end(), [](auto const& f) {
            return f.key == "unit" && f.value == "ounce -> lượng: 1 lượng (37.5 g) = 1.2057 troy ounce (31.1034768 g)";
        }));
    }
    SECTION("inconsistent even per lượng: fx.conversion, with the factor in the message") {
        auto const r = check_on("Giá vàng thế giới tăng 50 USD/ounce, tương đương 1,8 triệu đồng/lượng.");
        REQUIRE(rules(r) == "error:fx.conversion");
        CHECK(r.findings[0].message.find(", per lượng at 1 lượng (37.5 g) = 1.2057 troy ounce (31.1034768 g)") != std::string::npos);
    }
    SECTION("the same unit on both sides needs no factor and gives no note") {
        CHECK(rules(check_on("Giá vàng tăng 60 USD/lượng, tương đương 1,54 triệu đồng/lượng.")).empty());
    }
    SECTION("a unit that is not a mass leaves the pair unchecked") {
        auto const r = check_on("Giá dầu tăng 50 USD/thùng, tương đương 1,54 triệu đồng/lượng.");
        CHECK(r.conversions.empty());
        CHECK(rules(r).empty());
    }
}
