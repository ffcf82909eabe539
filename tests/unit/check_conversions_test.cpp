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
    CHECK(dec(1 / year.converted->rate_low) == "6.4508");
    REQUIRE(year.converted->rates.size() == 1);
    CHECK(year.converted->rates[0].source == "fed");
    CHECK(year.converted->rates[0].published_average);
    // A rate inside the band fits, one outside does not: the band agrees with `fits`.
    CHECK_FALSE(o.implied_rate.contains(year.converted->rate_low));

    auto const& pub = o.bases[1];
    CHECK(pub.label == "publication date 2025-01-29");
    CHECK(pub.basis == figura::rate_basis::day);
    CHECK_FALSE(pub.own_date);
    CHECK(pub.first == pub.last);
    CHECK(figura::to_string(pub.first) == "2025-01-29");
    REQUIRE(pub.converted);
    CHECK(pub.fits);
    CHECK(dec(1 / pub.converted->rate_low) == "7.2513");
    CHECK(pub.converted->rates[0].source == "ecb");
    CHECK(o.implied_rate.contains(pub.converted->rate_low));

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
