// The shipped default table (rates/*.figrates compiled into the library): the must-hold cases.

#include <catch2/catch.hpp>

#include <figura/rates.hpp>

#include <thread>

using namespace std::chrono;
using figura::rate_basis;
using figura::rate_table;
using figura::rational;

namespace {

rational r(long long num, long long den = 1) { return rational(num) / rational(den); }

figura::interval point(long long v) { return figura::interval::point(figura::decimal(v)); }

}  // namespace

TEST_CASE("rates_embedded: the table loads with ECB, Fed, IMF and market sources and their coverage", "[rates]") {
    auto const& t = rate_table::embedded();
    REQUIRE_FALSE(t.empty());
    auto sources = t.sources();
    REQUIRE(sources.size() == 4);
    CHECK(sources[0].id == "ecb");
    CHECK(sources[0].pivot == "EUR");
    CHECK(sources[1].id == "fed");
    CHECK(sources[2].id == "imf");
    CHECK(sources[3].id == "market");
    for (auto const& s : sources) CHECK_FALSE(s.attribution.empty());
    for (std::size_t i = 0; i < 3; ++i) CHECK(sources[i].kind == figura::rate_kind::official);
    CHECK(sources[3].kind == figura::rate_kind::market);
    // The aggregate's licence and its undisclosed upstream are part of the citation.
    CHECK(sources[3].attribution.find("CC0") != std::string::npos);
    CHECK(sources[3].attribution.find("not disclosed") != std::string::npos);
    CHECK(sources[3].attribution.find("not an official rate") != std::string::npos);

    bool saw_cny = false, saw_bgn = false, saw_vnd = false, saw_fed_annual_cny = false;
    bool saw_vnd_annual = false, saw_vnd_month_end = false, saw_vnd_market = false;
    for (auto const& s : t.series()) {
        if (s.source == "ecb" && s.quote == "USD") {
            CHECK(s.first == 1999y / 1 / 4);
            CHECK(s.last == 2026y / 4 / 13);
        }
        if (s.source == "ecb" && s.quote == "CNY") {
            saw_cny = true;
            CHECK(s.first == 2005y / 4 / 1);
        }
        if (s.source == "ecb" && s.quote == "BGN") {
            saw_bgn = true;
            CHECK(s.last == 2025y / 12 / 31);
        }
        if (s.source == "imf" && s.quote == "VND" && s.basis == figura::series_basis::monthly_average) {
            saw_vnd = true;
            CHECK(s.first == 2000y / 1 / 1);
            CHECK(s.last == 2024y / 8 / 1);
            CHECK(s.observations == 296);
        }
        if (s.source == "imf" && s.quote == "VND" && s.basis == figura::series_basis::annual_average) {
            saw_vnd_annual = true;
            CHECK(s.first == 2000y / 1 / 1);
            CHECK(s.last == 2024y / 1 / 1);
            CHECK(s.observations == 25);
        }
        if (s.source == "imf" && s.quote == "VND" && s.basis == figura::series_basis::month_end) {
            saw_vnd_month_end = true;
            CHECK(s.first == 2000y / 1 / 31);
            CHECK(s.last == 2026y / 6 / 30);
            CHECK(s.observations == 317);  // 318 month-ends, 2004-11 not published
        }
        if (s.source == "market") {
            saw_vnd_market = true;
            CHECK(s.quote == "VND");
            CHECK(s.basis == figura::series_basis::daily);
            CHECK(s.first == 2024y / 3 / 2);
            CHECK(s.last == 2026y / 9 / 29);
            CHECK(s.observations == 203);
        }
        if (s.source == "fed" && s.quote == "CNY" && s.basis == figura::series_basis::annual_average) saw_fed_annual_cny = true;
    }
    CHECK(saw_cny);
    CHECK(saw_bgn);
    CHECK(saw_vnd);
    CHECK(saw_fed_annual_cny);
    CHECK(saw_vnd_annual);
    CHECK(saw_vnd_month_end);
    CHECK(saw_vnd_market);
}

TEST_CASE("rates_embedded: ECB 2025-01-29 CNY per USD is exactly 7.5385/1.0396", "[rates]") {
    auto const& t = rate_table::embedded();
    auto q = t.rate("USD", "CNY", 2025y / 1 / 29);
    REQUIRE(q);
    CHECK(q->value == r(75385, 10396));
    CHECK(q->source == "ecb");
    CHECK(q->used_from == 2025y / 1 / 29);
    CHECK(q->stale_days == 0);
    REQUIRE(q->path == std::vector<std::string>{"USD", "EUR", "CNY"});
    REQUIRE(q->legs.size() == 2);
    CHECK(q->legs[0].quote == "USD");
    CHECK(q->legs[0].inverted);
    CHECK(q->legs[0].published->to_string() == "1.0396");
    CHECK(q->legs[1].quote == "CNY");
    CHECK_FALSE(q->legs[1].inverted);
    CHECK(q->legs[1].published->to_string() == "7.5385");
    CHECK(q->rounded(-4, figura::rounding_mode::half_even).to_string() == "7.2513");
}

TEST_CASE("rates_embedded: 100bn CNY on 2025-01-29 is about $13.79bn, inside [$13.5bn, $14.5bn)", "[rates]") {
    auto const& t = rate_table::embedded();
    auto c = t.convert(point(100'000'000'000), "CNY", "USD", 2025y / 1 / 29);
    REQUIRE(c);
    REQUIRE(c->value.lower);
    REQUIRE(c->value.upper);
    rational const expected = r(100'000'000'000) * r(10396, 75385);
    CHECK(c->value.lower->value == expected);
    CHECK(c->value.upper->value == expected);
    CHECK(c->value.enclosing(7).to_string() == "[13790000000, 13800000000]");
    figura::interval const stated{figura::bound{figura::decimal(13'500'000'000), true},
                                  figura::bound{figura::decimal(14'500'000'000), false}};
    CHECK(c->value.within(stated));
    REQUIRE(c->rates.size() == 1);
    CHECK(c->rates[0].source == "ecb");
}

TEST_CASE("rates_embedded: at the 2021 annual average (Fed H.10 6.4508) 100bn CNY is about $15.50bn, outside", "[rates]") {
    auto const& t = rate_table::embedded();
    auto q = t.rate("USD", "CNY", 2021y / 1 / 1, {.basis = rate_basis::year});
    REQUIRE(q);
    // Default order prefers a published annual average over ECB's mean of daily fixings.
    CHECK(q->source == "fed");
    CHECK(q->published_average);
    CHECK(q->value == r(64508, 10000));

    auto c = t.convert(point(100'000'000'000), "CNY", "USD", 2021y / 6 / 1, {.basis = rate_basis::year});
    REQUIRE(c);
    CHECK(c->value.lower->value == r(100'000'000'000) / r(64508, 10000));
    CHECK(c->value.enclosing(7).to_string() == "[15500000000, 15510000000]");
    figura::interval const stated{figura::bound{figura::decimal(13'500'000'000), true},
                                  figura::bound{figura::decimal(14'500'000'000), false}};
    CHECK_FALSE(c->value.within(stated));

    SECTION("ECB's own annual average is the mean of the 2021 daily crosses") {
        auto e = t.rate("USD", "CNY", 2021y / 1 / 1, {.basis = rate_basis::year, .sources = {"ecb"}});
        REQUIRE(e);
        CHECK_FALSE(e->published_average);
        CHECK(e->method.find("mean of 258 daily fixings") != std::string::npos);
        CHECK(e->rounded(-4, figura::rounding_mode::half_even).to_string() == "6.4491");
    }
    SECTION("all sources: the conversion spans both rates") {
        auto both = t.convert(point(100'000'000'000), "CNY", "USD", 2021y / 1 / 1, {.basis = rate_basis::year}, true);
        REQUIRE(both);
        CHECK(both->rates.size() == 2);
        CHECK(both->value.lower->value < both->value.upper->value);
    }
}

TEST_CASE("rates_embedded: a Saturday uses Friday's fixing and says so", "[rates]") {
    auto q = rate_table::embedded().rate("EUR", "USD", 2025y / 1 / 25);
    REQUIRE(q);
    CHECK(q->used_from == 2025y / 1 / 24);
    CHECK(q->stale_days == 1);
    CHECK(q->value == r(10472, 10000));
    CHECK(q->method.find("Saturday 2025-01-25") != std::string::npos);
    CHECK(q->method.find("2025-01-24") != std::string::npos);
}

TEST_CASE("rates_embedded: 10 days into a gap fails by default, and never looks ahead", "[rates]") {
    auto const& t = rate_table::embedded();
    // ECB has no ISK from 2008-12-10 until 2018-02-01.
    auto q = t.rate("EUR", "ISK", 2008y / 12 / 19);
    REQUIRE_FALSE(q);
    CHECK(q.error().id == "F-RATE-204");
    CHECK(q.error().message.find("within 7 days before 2008-12-19") != std::string::npos);
    CHECK(q.error().message.find("2008-12-09") != std::string::npos);
    auto ok = t.rate("EUR", "ISK", 2008y / 12 / 19, {.max_stale_days = 10});
    REQUIRE(ok);
    CHECK(ok->used_from == 2008y / 12 / 9);
}

TEST_CASE("rates_embedded: BGN after 2025-12-31 fails naming the series' end", "[rates]") {
    auto const& t = rate_table::embedded();
    auto q = t.rate("EUR", "BGN", 2026y / 1 / 5);
    REQUIRE_FALSE(q);
    CHECK(q.error().id == "F-RATE-203");
    CHECK(q.error().message.find("ends 2025-12-31") != std::string::npos);
    auto before = t.rate("EUR", "BGN", 2025y / 12 / 31);
    REQUIRE(before);
    CHECK(before->value == r(19558, 10000));
}

TEST_CASE("rates_embedded: VND converts through the IMF monthly series", "[rates]") {
    auto const& t = rate_table::embedded();
    auto m = t.rate("USD", "VND", 2021y / 6 / 15, {.basis = rate_basis::month});
    REQUIRE(m);
    CHECK(m->source == "imf");
    CHECK(m->published_average);
    CHECK(m->value == r(2314092, 100));

    auto y = t.rate("USD", "VND", 2021y / 1 / 1, {.basis = rate_basis::year});
    REQUIRE(y);
    CHECK(y->source == "imf");
    CHECK_FALSE(y->published_average);
    long long const sum = 2313700 + 2313861 + 2319596 + 2320313 + 2315929 + 2314092 + 2319793 + 2315954 + 2312538 +
                          2315427 + 2312658 + 2317878;
    CHECK(y->value == r(sum, 1200));
    CHECK(y->method.find("mean of 12 published monthly averages") != std::string::npos);

    // 2,500bn VND in 2023 to USD, and through USD to EUR by chaining IMF with a USD/EUR source.
    auto c = t.convert(point(2'500'000'000'000), "VND", "EUR", 2023y / 1 / 1, {.basis = rate_basis::year});
    REQUIRE(c);
    CHECK(c->rates[0].source.starts_with("imf+"));
    CHECK(c->rates[0].path == std::vector<std::string>{"VND", "USD", "EUR"});

    auto day = t.rate("VND", "USD", 2021y / 6 / 15);
    REQUIRE_FALSE(day);
    CHECK(day.error().message.find("imf has only period averages") != std::string::npos);

    auto late = t.rate("USD", "VND", 2025y / 1 / 1, {.basis = rate_basis::month});
    REQUIRE_FALSE(late);
}

TEST_CASE("rates_embedded: year_end uses the last fixing of the year", "[rates]") {
    auto q = rate_table::embedded().rate("USD", "CNY", 2021y / 3 / 3, {.basis = rate_basis::year_end, .sources = {"ecb"}});
    REQUIRE(q);
    CHECK(q->used_from == 2021y / 12 / 31);
    CHECK(q->rounded(-4, figura::rounding_mode::half_even).to_string() == "6.3524");
}

TEST_CASE("rates_embedded: unknown currencies and sources are errors", "[rates]") {
    auto const& t = rate_table::embedded();
    auto a = t.rate("XYZ", "USD", 2021y / 1 / 4);
    REQUIRE_FALSE(a);
    CHECK(a.error().id == "F-RATE-201");
    CHECK(a.error().message.find("not an ISO 4217 code") != std::string::npos);
    auto b = t.rate("EUR", "USD", 2021y / 1 / 4, {.sources = {"boe"}});
    REQUIRE_FALSE(b);
    CHECK(b.error().id == "F-RATE-207");
    auto c = t.rate("EUR", "USD", 1998y / 12 / 31, {.sources = {"ecb"}});
    REQUIRE_FALSE(c);
    CHECK(c.error().id == "F-RATE-202");
    auto d = t.rate("EUR", "USD", 2026y / 4 / 20, {.sources = {"ecb"}});
    REQUIRE_FALSE(d);
    CHECK(d.error().id == "F-RATE-203");
    CHECK(d.error().message.find("last fixing 2026-04-13") != std::string::npos);
}

TEST_CASE("rates_embedded: lookups from several threads agree", "[rates]") {
    auto const& t = rate_table::embedded();
    auto const expected = t.rate("GBP", "JPY", 2020y / 3 / 16)->value;
    std::vector<std::thread> threads;
    std::vector<int> ok(4, 0);
    for (int i = 0; i < 4; ++i)
        threads.emplace_back([&, i] {
            for (int k = 0; k < 200; ++k) {
                auto q = t.rate("GBP", "JPY", 2020y / 3 / 16);
                if (q && q->value == expected) ++ok[static_cast<std::size_t>(i)];
            }
        });
    for (auto& th : threads) th.join();
    for (int v : ok) CHECK(v == 200);
}

TEST_CASE("rates_embedded: a dong day rate comes from the market indication, which says so", "[rates][vi]") {
    auto const& t = rate_table::embedded();
    auto q = t.rate("VND", "USD", 2026y / 7 / 20);
    REQUIRE(q);
    CHECK(q->source == "market");
    CHECK(q->kind == figura::rate_kind::market);
    CHECK(q->value == rational(100'000'000) / rational(2'625'665'943'922LL));  // 1 / 26256.65943922
    CHECK(q->used_from == 2026y / 7 / 20);
    CHECK(q->method.starts_with("market indication, not an official rate"));
    // The official source was tried first and says why it could not answer.
    REQUIRE(q->skipped.size() == 1);
    CHECK(q->skipped[0].source == "imf");
    CHECK(q->skipped[0].reason.find("month_end") != std::string::npos);

    // Same look-back as the ECB: a day without a snapshot uses the last earlier one, at most 7 days.
    auto sunday = t.rate("USD", "VND", 2026y / 7 / 19);
    REQUIRE(sunday);
    CHECK(sunday->used_from == 2026y / 7 / 17);
    CHECK(sunday->stale_days == 2);
    CHECK(sunday->method.find("no snapshot on Sunday 2026-07-19") != std::string::npos);
    // No snapshot in October 2024: never the one of 1 November, never one from September.
    auto gap = t.rate("USD", "VND", 2024y / 10 / 31);
    REQUIRE_FALSE(gap);
    CHECK(gap.error().id == "F-RATE-204");
}

TEST_CASE("rates_embedded: after the last snapshot the error names the end and figura rates update", "[rates][vi]") {
    auto const& t = rate_table::embedded();
    auto q = t.rate("VND", "USD", 2026y / 10 / 5);
    REQUIRE_FALSE(q);
    CHECK(q.error().id == "F-RATE-203");
    CHECK(q.error().message.find("no rate after 2026-09-29") != std::string::npos);
    CHECK(q.error().message.find("`figura rates update`") != std::string::npos);
    // The day after the end is not "within the staleness limit": nobody knows its rate yet.
    CHECK_FALSE(t.rate("VND", "USD", 2026y / 9 / 30));
}

TEST_CASE("rates_embedded: month_end answers with the last month-end on or before the date, never a later one", "[rates][vi]") {
    auto const& t = rate_table::embedded();
    auto q = t.rate("USD", "VND", 2026y / 7 / 20, {.basis = rate_basis::month_end, .sources = {"imf"}});
    REQUIRE(q);
    CHECK(q->value == 25206);
    CHECK(q->used_from == 2026y / 6 / 30);
    CHECK(q->stale_days == 20);
    CHECK(q->method.find("not a daily fixing") != std::string::npos);
    REQUIRE(q->legs.size() == 1);
    CHECK(q->legs[0].basis == figura::series_basis::month_end);

    // The month's last day is its own month-end.
    auto june = t.rate("USD", "VND", 2026y / 6 / 30, {.basis = rate_basis::month_end});
    REQUIRE(june);
    CHECK(june->source == "imf");  // official before market
    CHECK(june->used_from == 2026y / 6 / 30);
    CHECK(june->stale_days == 0);

    // July 2026's month-end is not published: the error says where the series ends.
    auto august = t.rate("USD", "VND", 2026y / 8 / 15, {.basis = rate_basis::month_end, .sources = {"imf"}});
    REQUIRE_FALSE(august);
    CHECK(august.error().id == "F-RATE-203");
    CHECK(august.error().message.find("no rate after 2026-06-30") != std::string::npos);

    // 2004-11 is missing at the source: no neighbouring month stands in for it.
    auto missing = t.rate("USD", "VND", 2004y / 12 / 15, {.basis = rate_basis::month_end, .sources = {"imf"}});
    REQUIRE_FALSE(missing);
    CHECK(missing.error().id == "F-RATE-204");
    CHECK(missing.error().message.find("2004-11-30") != std::string::npos);

    // A month-end figure is never a daily fixing.
    auto day = t.rate("USD", "VND", 2026y / 6 / 30, {.sources = {"imf"}});
    REQUIRE_FALSE(day);
    CHECK(day.error().id == "F-RATE-205");

    // Year-end is December's month-end.
    auto ye = t.rate("USD", "VND", 2023y / 5 / 5, {.basis = rate_basis::year_end, .sources = {"imf"}});
    REQUIRE(ye);
    CHECK(ye->used_from == 2023y / 12 / 31);
    CHECK(ye->legs[0].basis == figura::series_basis::month_end);
}

TEST_CASE("rates_embedded: a dong year is the IMF's published annual average", "[rates][vi]") {
    auto const& t = rate_table::embedded();
    auto y = t.rate("USD", "VND", 2024y / 1 / 1, {.basis = rate_basis::year});
    REQUIRE(y);
    CHECK(y->source == "imf");
    CHECK(y->published_average);
    CHECK(y->kind == figura::rate_kind::official);
    CHECK(y->value == rational(2'416'488'583'333'334LL) / rational(100'000'000'000LL));  // 24164.88583333334
    CHECK(y->method == "published annual average for 2024");
}

TEST_CASE("rates_embedded: a chain through a market rate is a market rate, and a failed leg says why", "[rates][vi]") {
    auto const& t = rate_table::embedded();
    auto q = t.rate("GBP", "VND", 2025y / 8 / 21);
    REQUIRE(q);
    CHECK(q->source == "ecb+market");
    CHECK(q->kind == figura::rate_kind::market);
    CHECK(q->path == std::vector<std::string>{"GBP", "EUR", "USD", "VND"});

    // No snapshot from 2025-08-03 to 2025-08-19: the USD->VND leg cannot answer within 7 days.
    auto gap = t.rate("GBP", "VND", 2025y / 8 / 16);
    REQUIRE_FALSE(gap);
    CHECK(gap.error().id == "F-RATE-204");
    CHECK(gap.error().message.find("through another currency") != std::string::npos);
    CHECK(gap.error().message.find("latest earlier snapshot 2025-08-02") != std::string::npos);
}
