// The rate table on small synthetic sources: merging, look-back, same-day crosses, averages, chains,
// exact conversion of intervals, and the user rates directory.

#include <catch2/catch.hpp>

#include <figura/rates.hpp>

#include "rates/refresh.hpp"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>

using namespace std::chrono;
using figura::rate_basis;
using figura::rational;

namespace {

rational r(long long num, long long den = 1) { return rational(num) / rational(den); }

figura::rate_source_data load(std::string const& text, char const* name = "t.figrates") {
    auto d = figura::load_figura_rates(text, name);
    if (!d) FAIL(d.error().message);
    return *d;
}

// A pivot-EUR daily source: Thu 2021-01-07 .. Tue 2021-01-12 (weekend gap), GBP missing on the 8th.
std::string const bank =
    "figura-rates 1\nsource bank\nattribution Source: test bank\npivot EUR\n"
    "table daily EUR USD GBP\n"
    "2021-01-07 1.2000 0.9000\n"
    "2021-01-08 1.2500 -\n"
    "2021-01-11 1.3000 0.9100\n"
    "2021-01-12 1.1000 0.9200\n";

figura::rate_table bank_table() {
    figura::rate_table::builder b;
    REQUIRE(b.add(load(bank)));
    return b.build();
}

}  // namespace

TEST_CASE("rates_table: a missing day looks back, never ahead, within the limit", "[rates]") {
    auto t = bank_table();
    auto sun = t.rate("EUR", "USD", 2021y / 1 / 10);
    REQUIRE(sun);
    CHECK(sun->used_from == 2021y / 1 / 8);
    CHECK(sun->stale_days == 2);
    CHECK(sun->value == r(125, 100));
    auto strict = t.rate("EUR", "USD", 2021y / 1 / 10, {.max_stale_days = 1});
    REQUIRE_FALSE(strict);
    CHECK(strict.error().id == "F-RATE-204");
    CHECK(strict.error().message.find("latest earlier fixing 2021-01-08") != std::string::npos);
}

TEST_CASE("rates_table: crosses use one common day through the pivot and keep the chain", "[rates]") {
    auto t = bank_table();
    // GBP has no fixing on the 8th, so GBP->USD on the 8th goes back to the 7th for both legs.
    auto q = t.rate("GBP", "USD", 2021y / 1 / 8);
    REQUIRE(q);
    CHECK(q->used_from == 2021y / 1 / 7);
    CHECK(q->value == r(12000, 9000));
    CHECK(q->path == std::vector<std::string>{"GBP", "EUR", "USD"});
    REQUIRE(q->legs.size() == 2);
    CHECK(q->legs[0].inverted);
    CHECK(q->legs[0].published->to_string() == "0.9000");
    CHECK(q->legs[1].published->to_string() == "1.2000");
}

TEST_CASE("rates_table: month averages need the whole month", "[rates]") {
    auto t = bank_table();
    auto m = t.rate("EUR", "USD", 2021y / 1 / 1, {.basis = rate_basis::month});
    REQUIRE_FALSE(m);
    CHECK(m.error().id == "F-RATE-206");
    CHECK(m.error().message.find("2021-01 is not complete") != std::string::npos);
}

TEST_CASE("rates_table: merging equal figures is fine, different figures are a conflict", "[rates]") {
    figura::rate_table::builder b;
    REQUIRE(b.add(load(bank)));
    auto same = b.add(load("figura-rates 1\nsource bank\nattribution A\npivot EUR\ntable daily EUR USD\n2021-01-12 1.10\n"
                           "2021-01-13 1.15\n",
                           "more.figrates"));
    REQUIRE(same);
    CHECK(*same == 1);
    auto clash = b.add(load("figura-rates 1\nsource bank\nattribution A\npivot EUR\ntable daily EUR USD\n2021-01-11 1.31\n",
                            "clash.figrates"));
    REQUIRE_FALSE(clash);
    CHECK(clash.error().id == "F-RATE-111");
    CHECK(clash.error().message ==
          "clash.figrates: conflicting daily rate for USD per EUR from bank on 2021-01-11: 1.31 here, 1.3000 in t.figrates");
    auto t = b.build();
    auto q = t.rate("EUR", "USD", 2021y / 1 / 13);
    REQUIRE(q);
    CHECK(q->value == r(115, 100));

    SECTION("a replacing file drops the old data") {
        figura::rate_table::builder b2(t);
        REQUIRE(b2.add(load("figura-rates 1\nsource bank\nattribution A\npivot EUR\nreplace\ntable daily EUR USD\n"
                            "2021-01-11 1.31\n")));
        auto t2 = b2.build();
        CHECK(t2.rate("EUR", "USD", 2021y / 1 / 11)->value == r(131, 100));
        CHECK_FALSE(t2.rate("EUR", "USD", 2021y / 1 / 8));
        // The original table is untouched.
        CHECK(t.rate("EUR", "USD", 2021y / 1 / 11)->value == r(13, 10));
    }
}

TEST_CASE("rates_table: conversion multiplies interval ends exactly, keeping closedness", "[rates]") {
    auto t = bank_table();
    // $14bn as written: [13.5bn, 14.5bn) in USD -> EUR at 1.25 USD per EUR.
    figura::interval const usd{figura::bound{figura::decimal(13'500'000'000), true},
                               figura::bound{figura::decimal(14'500'000'000), false}};
    auto c = t.convert(usd, "USD", "EUR", 2021y / 1 / 8);
    REQUIRE(c);
    CHECK(c->value.lower->value == r(10'800'000'000));
    CHECK(c->value.lower->closed);
    CHECK(c->value.upper->value == r(11'600'000'000));
    CHECK_FALSE(c->value.upper->closed);
    CHECK(c->value.contains(r(10'800'000'000)));
    CHECK_FALSE(c->value.contains(r(11'600'000'000)));

    // "more than" is unbounded above and stays so.
    figura::interval const more{figura::bound{figura::decimal(6'000'000), false}, std::nullopt};
    auto m = t.convert(more, "EUR", "USD", 2021y / 1 / 12);
    REQUIRE(m);
    CHECK(m->value.lower->value == r(6'600'000));
    CHECK_FALSE(m->value.lower->closed);
    CHECK_FALSE(m->value.upper);

    // Rounding happens only on request, with a mode: 1/3 of a unit.
    auto third = t.convert(figura::interval::point(figura::decimal(1)), "USD", "EUR", 2021y / 1 / 7);
    REQUIRE(third);
    CHECK(third->value.lower->value == r(5, 6));
    CHECK(third->value.rounded(-2, figura::rounding_mode::half_even, figura::rounding_mode::half_even).to_string() ==
          "[0.83, 0.83]");
    CHECK(third->value.enclosing(-2).to_string() == "[0.83, 0.84]");
}

TEST_CASE("rates_table: round_rational honours every mode", "[rates]") {
    using figura::rounding_mode;
    auto s = [](rational v, rounding_mode m) { return figura::round_rational(v, 0, m).to_string(); };
    CHECK(s(r(5, 2), rounding_mode::half_even) == "2");
    CHECK(s(r(7, 2), rounding_mode::half_even) == "4");
    CHECK(s(r(5, 2), rounding_mode::half_up) == "3");
    CHECK(s(r(-5, 2), rounding_mode::half_up) == "-3");
    CHECK(s(r(-5, 2), rounding_mode::floor) == "-3");
    CHECK(s(r(-5, 2), rounding_mode::ceiling) == "-2");
    CHECK(s(r(-5, 2), rounding_mode::down) == "-2");
    CHECK(s(r(-5, 2), rounding_mode::up) == "-3");
    CHECK(figura::round_rational(r(1, 3), -3, rounding_mode::down).to_string() == "0.333");
    CHECK(figura::round_rational(r(12345), 2, rounding_mode::half_up).to_string() == "12300");
}

TEST_CASE("rates_table: date specs", "[rates]") {
    auto d = figura::parse_date_spec("2025-01-29");
    REQUIRE(d);
    CHECK(d->date == 2025y / 1 / 29);
    CHECK(d->natural_basis == rate_basis::day);
    CHECK(figura::parse_date_spec("2021")->natural_basis == rate_basis::year);
    CHECK(figura::parse_date_spec("2021-06")->date == 2021y / 6 / 1);
    auto bad = figura::parse_date_spec("2021-13");
    REQUIRE_FALSE(bad);
    CHECK(bad.error().id == "F-RATE-209");
    auto bad2 = figura::parse_date_spec("2021/06");
    REQUIRE_FALSE(bad2);
    CHECK(bad2.error().where.column == 5);
    CHECK(figura::parse_rate_basis("year_end") == rate_basis::year_end);
    CHECK_FALSE(figura::parse_rate_basis("week"));
}

TEST_CASE("rates_table: import into a user directory and load it over the embedded table", "[rates]") {
    namespace fs = std::filesystem;
    auto const dir = fs::temp_directory_path() / "figura-rates-test-user-dir";
    fs::remove_all(dir);
    auto const src = fs::temp_directory_path() / "figura-rates-test-DEXVZUS.csv";
    {
        std::ofstream o(src);
        o << "observation_date,DEXCHUS\n2027-01-04,7.1000\n2027-01-05,.\n2027-01-06,7.1200\n";
    }
    auto written = figura::import_rates_file(src, figura::rate_file_format::fred, dir);
    REQUIRE(written);
    CHECK(written->filename() == "fed-figura-rates-test-DEXVZUS.figrates");
    auto t = figura::load_table_with_user_rates(dir);
    REQUIRE(t);
    auto q = t->rate("USD", "CNY", 2027y / 1 / 5, {.sources = {"fed"}});
    REQUIRE(q);
    CHECK(q->value == r(71, 10));
    CHECK(q->used_from == 2027y / 1 / 4);
    // The embedded Fed averages are still there.
    CHECK(t->rate("USD", "CNY", 2021y / 1 / 1, {.basis = rate_basis::year})->value == r(64508, 10000));

    SECTION("a bad file is refused and nothing is written") {
        std::ofstream(src) << "observation_date,DEXCHUS\n2027-01-04,-7\n";
        auto bad = figura::import_rates_file(src, std::nullopt, dir);
        REQUIRE_FALSE(bad);
        CHECK(bad.error().id == "F-RATE-104");
        CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator()) == 1);
    }
    fs::remove_all(dir);
    fs::remove(src);
}

TEST_CASE("rates_table: extreme options and dates are errors, not overflow", "[rates]") {
    auto t = bank_table();
    auto early = t.rate("EUR", "USD", 1900y / 1 / 1, {.max_stale_days = 2147483647});
    REQUIRE_FALSE(early);
    CHECK(early.error().id == "F-RATE-202");
    auto wide = t.rate("EUR", "USD", 2021y / 1 / 12, {.max_stale_days = 2147483647});
    REQUIRE(wide);
    CHECK(wide->value == r(11, 10));
    auto negative = t.rate("EUR", "USD", 2021y / 1 / 12, {.max_stale_days = -1});
    REQUIRE_FALSE(negative);
    CHECK(negative.error().id == "F-RATE-210");
}

namespace {

// A full February 2021 for the period range: no gap longer than 7 days, data to the month's end.
// USD per EUR and GBP per EUR; the 22nd ties the 10th's USD low, GBP is missing on the 26th, and
// 1 March (outside the month, and higher than every February rate) must not count.
std::string const feb =
    "figura-rates 1\nsource feb\nattribution Source: test feb\npivot EUR\n"
    "table daily EUR USD GBP\n"
    "2021-02-01 1.2000 0.8000\n"
    "2021-02-05 1.2500 0.9000\n"
    "2021-02-10 1.1000 0.8800\n"
    "2021-02-15 1.3000 0.9000\n"
    "2021-02-22 1.1000 0.8000\n"
    "2021-02-26 1.2400 -\n"
    "2021-03-01 2.0000 0.5000\n";

// Only a published monthly average for the same pair.
std::string const avg =
    "figura-rates 1\nsource avg\nattribution Source: test avg\npivot USD\n"
    "table monthly USD EUR\n"
    "2021-02 0.8000\n";

figura::rate_table feb_table() {
    figura::rate_table::builder b;
    REQUIRE(b.add(load(avg, "avg.figrates")));
    REQUIRE(b.add(load(feb, "feb.figrates")));
    return b.build();
}

}  // namespace

TEST_CASE("rates_table: a period range gives the lowest and highest daily fixing with their dates", "[rates]") {
    auto t = feb_table();
    figura::rate_options const opt{.basis = rate_basis::month, .period_range = true};
    auto q = t.rate("EUR", "USD", 2021y / 2 / 1, opt);
    REQUIRE(q);
    // The default order would pick avg's published average; a range needs daily fixings, so feb answers.
    CHECK(q->source == "feb");
    REQUIRE(q->range);
    CHECK(q->range->fixings == 6);
    CHECK(q->range->low.value == r(11, 10));
    CHECK(q->range->low.date == 2021y / 2 / 10);  // earliest of the tie with the 22nd
    CHECK(q->range->high.value == r(13, 10));
    CHECK(q->range->high.date == 2021y / 2 / 15);
    REQUIRE(q->range->high.legs.size() == 1);
    CHECK(q->range->high.legs[0].published->to_string() == "1.3000");
    CHECK(q->range->high.legs[0].first == 2021y / 2 / 15);
    // value stays the mean: (1.2 + 1.25 + 1.1 + 1.3 + 1.1 + 1.24) / 6 = 7.19 / 6.
    CHECK(q->value == r(719, 600));
    CHECK(q->method == "range of 6 daily fixings in 2021-02: lowest 2021-02-10, highest 2021-02-15; value is the mean");

    // Without the option nothing changes: the published average wins and carries no range.
    auto plain = t.rate("EUR", "USD", 2021y / 2 / 1, {.basis = rate_basis::month});
    REQUIRE(plain);
    CHECK(plain->source == "avg");
    CHECK(plain->value == r(5, 4));
    CHECK_FALSE(plain->range);
}

TEST_CASE("rates_table: a period range crosses each day through the pivot", "[rates]") {
    auto t = feb_table();
    auto q = t.rate("GBP", "USD", 2021y / 2 / 1, {.basis = rate_basis::month, .period_range = true});
    REQUIRE(q);
    REQUIRE(q->range);
    // Days where both legs fixed: 1, 5, 10, 15, 22. USD/GBP: 1.5, 1.25/0.9, 1.1/0.88 = 1.25, 1.3/0.9, 1.375.
    CHECK(q->range->fixings == 5);
    CHECK(q->range->low.value == r(110, 88));
    CHECK(q->range->low.date == 2021y / 2 / 10);
    CHECK(q->range->high.value == r(15, 10));
    CHECK(q->range->high.date == 2021y / 2 / 1);
    REQUIRE(q->range->low.legs.size() == 2);
    CHECK(q->range->low.legs[0].inverted);
    CHECK(q->range->low.legs[0].published->to_string() == "0.8800");
    CHECK(q->range->low.legs[1].published->to_string() == "1.1000");
    CHECK(q->method.starts_with("range of 5 daily fixings in 2021-02 (each crossed via EUR on its own date)"));
}

TEST_CASE("rates_table: convert with a period range spans the daily extremes, keeping closedness", "[rates]") {
    auto t = feb_table();
    figura::interval const eur{figura::bound{figura::decimal(1000), true}, figura::bound{figura::decimal(2000), false}};
    auto c = t.convert(eur, "EUR", "USD", 2021y / 2 / 1, {.basis = rate_basis::month, .period_range = true});
    REQUIRE(c);
    CHECK(c->rate_low == r(11, 10));
    CHECK(c->rate_high == r(13, 10));
    CHECK(c->value.lower->value == r(1100));
    CHECK(c->value.lower->closed);
    CHECK(c->value.upper->value == r(2600));
    CHECK_FALSE(c->value.upper->closed);
    REQUIRE(c->rates.size() == 1);
    CHECK(c->rates[0].range->low.date == 2021y / 2 / 10);

    // A negative lower end moves with the highest rate, so the result still encloses every day's product.
    figura::interval const loss{figura::bound{figura::decimal(-10), false}, std::nullopt};
    auto n = t.convert(loss, "EUR", "USD", 2021y / 2 / 1, {.basis = rate_basis::month, .period_range = true});
    REQUIRE(n);
    CHECK(n->value.lower->value == r(-13));
    CHECK_FALSE(n->value.lower->closed);
    CHECK_FALSE(n->value.upper);

    // With every source: feb's range; avg cannot give a range and is left out.
    auto all = t.convert(eur, "EUR", "USD", 2021y / 2 / 1, {.basis = rate_basis::month, .period_range = true}, true);
    REQUIRE(all);
    REQUIRE(all->rates.size() == 1);
    CHECK(all->rates[0].source == "feb");
}

TEST_CASE("rates_table: a period range needs daily fixings and is ignored for one-fixing bases", "[rates]") {
    auto t = feb_table();
    auto only_avg = t.rate("EUR", "USD", 2021y / 2 / 1, {.basis = rate_basis::month, .sources = {"avg"}, .period_range = true});
    REQUIRE_FALSE(only_avg);
    CHECK(only_avg.error().id == "F-RATE-205");
    CHECK(only_avg.error().message.find("avg: avg has only period averages for USD per EUR, no daily fixings for a period range") !=
          std::string::npos);
    auto day = t.rate("EUR", "USD", 2021y / 2 / 12, {.period_range = true});
    REQUIRE(day);
    CHECK_FALSE(day->range);
    CHECK(day->value == r(11, 10));
    CHECK(day->used_from == 2021y / 2 / 10);
    // The period must still be covered: January has no data at all.
    auto jan = t.rate("EUR", "USD", 2021y / 1 / 1, {.basis = rate_basis::month, .sources = {"feb"}, .period_range = true});
    REQUIRE_FALSE(jan);
    CHECK(jan.error().id == "F-RATE-206");
}

TEST_CASE("rates_table: embedded ECB range for CNY to USD, checked day by day", "[rates]") {
    auto const& t = figura::rate_table::embedded();
    figura::rate_options const opt{.basis = rate_basis::month, .sources = {"ecb"}, .period_range = true};
    auto q = t.rate("CNY", "USD", 2025y / 1 / 1, opt);
    REQUIRE(q);
    REQUIRE(q->range);
    // Independently: every day of January 2025 with its own same-day fixing (no look-back).
    std::optional<rational> lo, hi;
    year_month_day lo_day{}, hi_day{};
    std::size_t n = 0;
    for (unsigned d = 1; d <= 31; ++d) {
        auto const day = 2025y / 1 / std::chrono::day{d};
        auto one = t.rate("CNY", "USD", day, {.max_stale_days = 0, .sources = {"ecb"}});
        if (!one) continue;
        ++n;
        if (!lo || one->value < *lo) lo = one->value, lo_day = day;
        if (!hi || one->value > *hi) hi = one->value, hi_day = day;
    }
    CHECK(n == 22);
    CHECK(q->range->fixings == n);
    CHECK(q->range->low.value == *lo);
    CHECK(q->range->high.value == *hi);
    CHECK(q->range->low.date == lo_day);
    CHECK(q->range->high.date == hi_day);
    // By hand from eurofxref-hist.csv: 2025-01-09 USD 1.0305, CNY 7.5558; 2025-01-27 USD 1.053, CNY 7.6306.
    CHECK(lo_day == 2025y / 1 / 9);
    CHECK(*lo == r(10305, 75558));
    CHECK(hi_day == 2025y / 1 / 27);
    CHECK(*hi == r(10530, 76306));
    REQUIRE(q->range->high.legs.size() == 2);
    CHECK(q->range->high.legs[0].published->to_string() == "7.6306");
    CHECK(q->range->high.legs[1].published->to_string() == "1.053");  // as published, scale kept

    // 100bn CNY as written, [99.5bn, 100.5bn), over 2021: lowest 2021-04-01 (1.1746 / 7.7195), highest
    // 2021-12-08 (1.1299 / 7.1726) among 258 fixings.
    auto c = t.convert(figura::interval{figura::bound{figura::decimal(99'500'000'000), true},
                                        figura::bound{figura::decimal(100'500'000'000), false}},
                       "CNY", "USD", 2021y / 1 / 1, {.basis = rate_basis::year, .period_range = true});
    REQUIRE(c);
    REQUIRE(c->rates.size() == 1);
    CHECK(c->rates[0].source == "ecb");
    CHECK(c->rates[0].range->fixings == 258);
    CHECK(c->rates[0].range->low.date == 2021y / 4 / 1);
    CHECK(c->rates[0].range->high.date == 2021y / 12 / 8);
    CHECK(c->rate_low == r(11746, 77195));
    CHECK(c->rate_high == r(11299, 71726));
    CHECK(c->value.lower->value == rational(99'500'000'000LL) * r(11746, 77195));
    CHECK(c->value.upper->value == rational(100'500'000'000LL) * r(11299, 71726));
    CHECK_FALSE(c->value.upper->closed);
    CHECK(c->value.enclosing(7).to_string() == "[15130000000, 15840000000)");
}

TEST_CASE("rates_table: official sources answer before market indications, whatever the table order", "[rates]") {
    // Made-up test figures: a market source added first, an official one second.
    std::string const street =
        "figura-rates 1\nsource street\nattribution Test: made-up market snapshots\npivot EUR\nkind market\n"
        "table daily EUR USD\n"
        "2021-01-07 1.2100\n"
        "2021-01-13 1.1200\n";
    figura::rate_table::builder b;
    REQUIRE(b.add(load(street)));
    REQUIRE(b.add(load(bank)));
    auto const t = b.build();

    auto q = t.rate("EUR", "USD", 2021y / 1 / 7);
    REQUIRE(q);
    CHECK(q->source == "bank");
    CHECK(q->kind == figura::rate_kind::official);
    CHECK(q->skipped.empty());

    // Where the official data ends the market indication answers, and names what it passed over.
    auto late = t.rate("EUR", "USD", 2021y / 1 / 13);
    REQUIRE(late);
    CHECK(late->source == "street");
    CHECK(late->kind == figura::rate_kind::market);
    CHECK(late->value == r(112, 100));
    CHECK(late->method == "market indication, not an official rate: daily snapshot");
    REQUIRE(late->skipped.size() == 1);
    CHECK(late->skipped[0].source == "bank");
    CHECK(late->skipped[0].reason.find("no rate after 2021-01-12") != std::string::npos);

    // Asked by name, the market source answers even where an official one could.
    auto named = t.rate("EUR", "USD", 2021y / 1 / 7, {.sources = {"street"}});
    REQUIRE(named);
    CHECK(named->source == "street");
    CHECK(named->value == r(121, 100));

    // Every source that answers: official first.
    auto all = t.rates("EUR", "USD", 2021y / 1 / 7);
    REQUIRE(all);
    REQUIRE(all->size() == 2);
    CHECK((*all)[0].source == "bank");
    CHECK((*all)[1].source == "street");
}

TEST_CASE("rates_table: a refreshed source replaces what a download covers and keeps the rest", "[rates]") {
    using figura::detail::refresh_mode;
    // Made-up test figures: an installed source with a live and a discontinued series.
    auto const installed = load(
        "figura-rates 1\nsource bank\nattribution Source: test bank\npivot EUR\n"
        "table daily EUR USD XEU\n2021-01-07 1.2000 2.0\n2021-01-08 1.2500 2.1\n"
        "table daily EUR GBP\n2021-01-07 0.9000\n");
    // The download: the whole USD history again, one day more, one past figure revised.
    auto const fresh = load(
        "figura-rates 1\nsource bank\nattribution Source: test bank\npivot EUR\n"
        "table daily EUR USD GBP\n2021-01-07 1.2000 0.9000\n2021-01-08 1.2600 -\n2021-01-11 1.3000 0.9100\n",
        "fresh.figrates");
    auto out = figura::detail::refresh_source(&installed, fresh, refresh_mode::replace_series, {"2021-01-12T06:00:00Z sha256:00 u"});
    REQUIRE(out);
    CHECK(out->added == 2);    // USD and GBP on the 11th
    CHECK(out->revised == 1);  // USD on the 8th
    CHECK(out->data.replaces_source());
    CHECK(out->data.info().retrieved == std::vector<std::string>{"2021-01-12T06:00:00Z sha256:00 u"});
    figura::rate_table::builder b;
    REQUIRE(b.add(out->data));
    auto const t = b.build();
    CHECK(t.rate("EUR", "USD", 2021y / 1 / 8)->value == r(126, 100));
    CHECK(t.rate("EUR", "GBP", 2021y / 1 / 11)->value == r(91, 100));
    // The series the download does not carry stays as installed.
    CHECK(t.rate("EUR", "XEU", 2021y / 1 / 8)->value == r(21, 10));

    // A download that starts later than what is installed is a cut file: nothing is replaced.
    auto const cut = load(
        "figura-rates 1\nsource bank\nattribution Source: test bank\npivot EUR\n"
        "table daily EUR USD\n2021-01-08 1.2500\n2021-01-11 1.3000\n",
        "cut.figrates");
    auto refused = figura::detail::refresh_source(&installed, cut, refresh_mode::replace_series, {});
    REQUIRE_FALSE(refused);
    CHECK(refused.error().id == "F-RATE-112");
    CHECK(refused.error().message ==
          "cut.figrates: bank USD per EUR (daily) covers 2021-01-08..2021-01-11, less than the 2021-01-07..2021-01-08 installed; "
          "not installed (a truncated download?)");

    // A snapshot adds its day to what is installed.
    auto const snapshot = load(
        "figura-rates 1\nsource bank\nattribution Source: test bank\npivot EUR\n"
        "table daily EUR USD\n2021-01-12 1.3100\n",
        "snapshot.figrates");
    auto added = figura::detail::refresh_source(&installed, snapshot, refresh_mode::add_days, {});
    REQUIRE(added);
    CHECK(added->added == 1);
    CHECK(added->revised == 0);
    auto const series = added->data.series();
    auto usd = std::find_if(series.begin(), series.end(), [](figura::series_info const& s) { return s.quote == "USD"; });
    REQUIRE(usd != series.end());
    CHECK(usd->first == 2021y / 1 / 7);
    CHECK(usd->last == 2021y / 1 / 12);
    CHECK(usd->observations == 3);
}

TEST_CASE("rates_table: source_data gives back what the table holds for a source", "[rates]") {
    auto const t = bank_table();
    auto d = t.source_data("bank");
    REQUIRE(d);
    CHECK(d->info().id == "bank");
    CHECK(d->series().size() == 2);
    auto again = figura::load_figura_rates(figura::write_figura_rates(*d), "again.figrates");
    REQUIRE(again);
    CHECK(again->series().front().observations == 4);
    CHECK_FALSE(t.source_data("nobody"));
}

TEST_CASE("rates_table: published_first lists only published averages when some source has one", "[rates]") {
    auto const& t = figura::rate_table::embedded();
    figura::rate_options year{.basis = rate_basis::year};
    auto all = t.rates("CNY", "USD", 2021y / 1 / 1, year);
    REQUIRE(all);
    year.published_first = true;
    auto published = t.rates("CNY", "USD", 2021y / 1 / 1, year);
    REQUIRE(published);
    // The embedded table has both a published 2021 average and a mean of daily fixings for the pair.
    std::vector<figura::rate_quote> expected;
    for (auto const& q : *all)
        if (q.published_average) expected.push_back(q);
    REQUIRE_FALSE(expected.empty());
    REQUIRE(expected.size() < all->size());
    REQUIRE(published->size() == expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        CHECK((*published)[i].source == expected[i].source);
        CHECK((*published)[i].value == expected[i].value);
        CHECK((*published)[i].method == expected[i].method);
    }

    // No source publishes one: every source answers as without the option (here one daily mean).
    figura::rate_table::builder b;
    REQUIRE(b.add(load("figura-rates 1\nsource days\nattribution Test: made-up\npivot EUR\ntable daily EUR USD\n"
                       "2021-02-01 1.2000\n2021-02-05 1.2100\n2021-02-10 1.2200\n2021-02-15 1.2300\n"
                       "2021-02-20 1.2400\n2021-02-25 1.2500\n2021-02-28 1.2600\n")));
    auto const days = b.build();
    figura::rate_options month{.basis = rate_basis::month};
    auto plain = days.rates("EUR", "USD", 2021y / 2 / 1, month);
    month.published_first = true;
    auto first = days.rates("EUR", "USD", 2021y / 2 / 1, month);
    REQUIRE(plain);
    REQUIRE(first);
    REQUIRE(first->size() == 1);
    REQUIRE(plain->size() == 1);
    CHECK_FALSE((*first)[0].published_average);
    CHECK((*first)[0].value == (*plain)[0].value);
    CHECK((*first)[0].value == r(8610, 7000));
}
