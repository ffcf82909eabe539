// Loaders for publishers' files and figura's own format: what they read, and each malformed case
// with its message and position.

#include <catch2/catch.hpp>

#include <figura/rates.hpp>

#include <filesystem>
#include <fstream>

using namespace std::chrono;
using figura::series_basis;

namespace {

std::string const ecb_hist =
    "Date,USD,JPY,BGN,CNY,\n"
    "2025-01-29,1.0396,160.86,1.9558,7.5385,\n"
    "2025-01-28,1.0421,161.17,1.9558,7.5517,\n"
    "2025-01-27,1.053,161.21,N/A,7.6306,\n";

std::string const ecb_single =
    "Date, USD, JPY, BGN, CNY, \n"
    "29 January 2025, 1.0396, 160.86, 1.9558, 7.5385, \n";

/// The error a loader gives for `text`; fails the test when it loads.
figura::error ecb_error(std::string const& text) {
    auto r = figura::load_ecb_csv(text, "eurofxref-hist.csv");
    REQUIRE_FALSE(r);
    return r.error();
}

figura::error figura_error(std::string const& text) {
    auto r = figura::load_figura_rates(text, "user.figrates");
    REQUIRE_FALSE(r);
    return r.error();
}

std::string const figura_header =
    "figura-rates 1\n"
    "source mybank\n"
    "attribution Source: My Bank\n"
    "pivot USD\n";

}  // namespace

TEST_CASE("rates_loader: ECB history as downloaded (newest first, trailing comma, N/A)", "[rates]") {
    auto r = figura::load_ecb_csv(ecb_hist, "eurofxref-hist.csv");
    REQUIRE(r);
    CHECK(r->info().id == "ecb");
    CHECK(r->info().pivot == "EUR");
    CHECK(r->info().attribution.find("European Central Bank") != std::string::npos);
    auto s = r->series();
    REQUIRE(s.size() == 4);
    CHECK(s[0].base == "EUR");
    CHECK(s[0].quote == "USD");
    CHECK(s[0].basis == series_basis::daily);
    CHECK(s[0].first == 2025y / 1 / 27);
    CHECK(s[0].last == 2025y / 1 / 29);
    CHECK(s[2].quote == "BGN");
    CHECK(s[2].observations == 2);  // N/A is "no fixing", not a value
    auto p = r->points(0);
    REQUIRE(p.size() == 3);
    CHECK(p[0].date == 2025y / 1 / 27);
    CHECK(p[0].value.to_string() == "1.053");
    CHECK(p[2].value.to_string() == "1.0396");
}

TEST_CASE("rates_loader: ECB single-day eurofxref.csv", "[rates]") {
    auto r = figura::load_ecb_csv(ecb_single, "eurofxref.csv");
    REQUIRE(r);
    auto s = r->series();
    REQUIRE(s.size() == 4);
    CHECK(s[3].quote == "CNY");
    CHECK(s[3].first == 2025y / 1 / 29);
    CHECK(r->points(3)[0].value.to_string() == "7.5385");
    // The single day merges into the history without conflict.
    figura::rate_table::builder b;
    REQUIRE(b.add(*figura::load_ecb_csv(ecb_hist, "eurofxref-hist.csv")));
    auto added = b.add(*r);
    REQUIRE(added);
    CHECK(*added == 0);
}

TEST_CASE("rates_loader: malformed ECB files name file, line and column", "[rates]") {
    SECTION("unknown currency in the header") {
        auto e = ecb_error("Date,USD,ABC,\n2025-01-29,1.0396,1,\n");
        CHECK(e.id == "F-RATE-105");
        CHECK(e.message == "eurofxref-hist.csv:1:10: unknown currency \"ABC\" in header");
        CHECK(e.where.line == 1);
        CHECK(e.where.column == 10);
    }
    SECTION("zero rate") {
        auto e = ecb_error("Date,USD,JPY,\n2025-01-29,1.0396,0,\n");
        CHECK(e.id == "F-RATE-104");
        CHECK(e.message == "eurofxref-hist.csv:2:19: rate must be positive, found \"0\"");
    }
    SECTION("negative rate") {
        auto e = ecb_error("Date,USD,JPY,\n2025-01-29,-1.0396,160,\n");
        CHECK(e.id == "F-RATE-104");
        CHECK(e.where.line == 2);
        CHECK(e.where.column == 12);
    }
    SECTION("not a number") {
        auto e = ecb_error("Date,USD,JPY,\n2025-01-29,1.03x6,160,\n");
        CHECK(e.id == "F-RATE-103");
        CHECK(e.where.line == 2);
        CHECK(e.where.column == 16);  // the 'x'
        CHECK(e.message.starts_with("eurofxref-hist.csv:2:16: "));
    }
    SECTION("duplicate date with a different value") {
        auto e = ecb_error("Date,USD,\n2025-01-29,1.0396,\n2025-01-28,1.0421,\n2025-01-29,1.0400,\n");
        CHECK(e.id == "F-RATE-106");
        CHECK(e.message ==
              "eurofxref-hist.csv:4:1: duplicate date 2025-01-29 for USD per EUR (also on line 2, different value)");
    }
    SECTION("bad date") {
        auto e = ecb_error("Date,USD,\n2025-02-30,1.0396,\n");
        CHECK(e.id == "F-RATE-102");
        CHECK(e.message == "eurofxref-hist.csv:2:1: expected a date like 2025-01-29, found \"2025-02-30\"");
    }
    SECTION("wrong field count") {
        auto e = ecb_error("Date,USD,JPY,\n2025-01-29,1.0396,\n");
        CHECK(e.id == "F-RATE-108");
        CHECK(e.where.line == 2);
        CHECK(e.where.column == 1);
    }
    SECTION("empty file and header only") {
        CHECK(ecb_error("").id == "F-RATE-109");
        CHECK(ecb_error("Date,USD,\n").id == "F-RATE-109");
    }
    SECTION("binary garbage") {
        auto e = ecb_error(std::string("\x00\xff\xfe,\x01", 5));
        CHECK(e.id == "F-RATE-101");
        CHECK(e.where.line == 1);
    }
}

TEST_CASE("rates_loader: FRED's own CSV (observation_date or DATE, '.' missing)", "[rates]") {
    auto r = figura::load_fred_csv("observation_date,DEXCHUS,DEXUSEU\n2025-01-28,7.2422,1.0430\n2025-01-29,.,1.0412\n",
                                   "fred.csv");
    REQUIRE(r);
    CHECK(r->info().id == "fed");
    auto s = r->series();
    REQUIRE(s.size() == 2);
    CHECK(s[0].base == "USD");
    CHECK(s[0].quote == "CNY");
    CHECK(s[0].observations == 1);
    CHECK(s[1].base == "EUR");
    CHECK(s[1].quote == "USD");
    CHECK(s[1].observations == 2);

    auto m = figura::load_fred_csv("DATE,EXCHUS\n2021-12-01,6.3693\n", "EXCHUS.csv");
    REQUIRE(m);
    CHECK(m->series()[0].basis == series_basis::monthly_average);
    auto a = figura::load_fred_csv("DATE,AEXCHUS\n2021-01-01,6.4508\n", "AEXCHUS.csv");
    REQUIRE(a);
    CHECK(a->series()[0].basis == series_basis::annual_average);

    SECTION("unknown series is an error at its header column") {
        auto e = figura::load_fred_csv("DATE,DEXXXUS\n2021-01-04,1\n", "f.csv");
        REQUIRE_FALSE(e);
        CHECK(e.error().id == "F-RATE-105");
        CHECK(e.error().message.starts_with("f.csv:1:6: unknown FRED exchange-rate series \"DEXXXUS\""));
    }
    SECTION("a monthly average not dated the 1st") {
        auto e = figura::load_fred_csv("DATE,EXCHUS\n2021-12-15,6.3693\n", "f.csv");
        REQUIRE_FALSE(e);
        CHECK(e.error().id == "F-RATE-102");
        CHECK(e.error().where.line == 2);
    }
    SECTION("duplicate date") {
        auto e = figura::load_fred_csv("DATE,DEXCHUS\n2021-01-04,6.5\n2021-01-04,6.5\n", "f.csv");
        REQUIRE_FALSE(e);
        CHECK(e.error().id == "F-RATE-106");
        CHECK(e.error().message == "f.csv:3:1: duplicate date 2021-01-04 for CNY per USD (also on line 2, same value)");
    }
}

TEST_CASE("rates_loader: the Fed long Date,Country,Exchange rate format", "[rates]") {
    std::string const text =
        "Date,Country,Exchange rate\n"
        "2021-01-01,China,6.4508\n"
        "2021-01-01,Euro,0.8455\n"
        "2021-01-01,Venezuela,1.0\n";
    auto r = figura::load_fred_long_csv(text, "fred-h10-annual.csv");
    REQUIRE(r);
    auto s = r->series();
    REQUIRE(s.size() == 2);
    CHECK(s[0].basis == series_basis::annual_average);  // every date is 1 January
    CHECK(s[0].base == "USD");
    CHECK(s[0].quote == "CNY");
    CHECK(s[1].quote == "EUR");
    bool venezuela_noted = false;
    for (auto const& n : r->info().notes) venezuela_noted |= n.find("Venezuela is excluded") != std::string::npos;
    CHECK(venezuela_noted);

    auto publisher = figura::load_fred_long_csv(text, "x.csv", {series_basis::annual_average, true});
    REQUIRE(publisher);
    CHECK(publisher->series()[1].base == "EUR");
    CHECK(publisher->series()[1].quote == "USD");

    SECTION("unknown country") {
        auto e = figura::load_fred_long_csv("Date,Country,Exchange rate\n2021-01-01,Atlantis,2\n", "long.csv");
        REQUIRE_FALSE(e);
        CHECK(e.error().id == "F-RATE-105");
        CHECK(e.error().message == "long.csv:2:12: unknown country \"Atlantis\" (no known H.10 currency)");
    }
    SECTION("duplicate month with a different value") {
        auto e = figura::load_fred_long_csv(
            "Date,Country,Exchange rate\n2021-03-01,China,6.5\n2021-02-01,China,6.4\n2021-03-01,China,6.6\n", "long.csv");
        REQUIRE_FALSE(e);
        CHECK(e.error().id == "F-RATE-106");
        CHECK(e.error().where.line == 4);
        CHECK(e.error().message.find("different value") != std::string::npos);
    }
    SECTION("a negative rate") {
        auto e = figura::load_fred_long_csv("Date,Country,Exchange rate\n2021-01-01,Japan,-3\n", "long.csv");
        REQUIRE_FALSE(e);
        CHECK(e.error().id == "F-RATE-104");
        CHECK(e.error().message.starts_with("long.csv:2:18: "));
    }
}

TEST_CASE("rates_loader: the simple date,VND_per_USD CSV with comments", "[rates]") {
    auto r = figura::load_simple_csv("# IMF IFS\n# comment\ndate,VND_per_USD\n2024-07-01,24251.56\n2024-08-01,24245.85\n",
                                     "vnd.csv");
    REQUIRE(r);
    CHECK(r->info().id == "imf");
    auto s = r->series();
    REQUIRE(s.size() == 1);
    CHECK(s[0].base == "USD");
    CHECK(s[0].quote == "VND");
    CHECK(s[0].basis == series_basis::monthly_average);
    CHECK(r->points(0)[1].value.to_string() == "24245.85");

    auto e = figura::load_simple_csv("date,VND_per_QQQ\n2024-07-01,1\n", "vnd.csv");
    REQUIRE_FALSE(e);
    CHECK(e.error().message == "vnd.csv:1:14: unknown currency \"QQQ\"");
}

TEST_CASE("rates_loader: a simple CSV's basis comes from its comments, else its dates", "[rates]") {
    auto basis_of = [](std::string const& text) {
        auto r = figura::load_simple_csv(text, "vnd.csv");
        if (!r) FAIL(r.error().message);
        return r->series().front().basis;
    };
    // Month-ends: said in the comments, or every date a month's last day.
    CHECK(basis_of("# dong per dollar, end of period\ndate,vnd_per_usd\n2025-01-31,24500\n") == series_basis::month_end);
    CHECK(basis_of("date,VND_per_USD\n2025-01-31,24500\n2025-02-28,24600\n") == series_basis::month_end);
    // Annual averages: said, or every date 31 December (kept on 1 January like the Fed's).
    auto annual = figura::load_simple_csv("date,VND_per_USD\n2023-12-31,23787.5\n2024-12-31,24164.9\n", "a.csv");
    REQUIRE(annual);
    CHECK(annual->series().front().basis == series_basis::annual_average);
    CHECK(annual->points(0)[0].date == 2023y / 1 / 1);
    // An end-of-period file dated 31 December is year-end figures, not averages.
    CHECK(basis_of("# end-of-period\ndate,VND_per_USD\n2023-12-31,23866\n2024-12-31,25385\n") == series_basis::month_end);
    // Other dates: daily.
    CHECK(basis_of("date,VND_per_USD\n2025-01-31,24500\n2025-02-03,24600\n") == series_basis::daily);
    // Lower-case column names read the same.
    auto lower = figura::load_simple_csv("date,vnd_per_usd\n2025-01-02,25400\n", "m.csv");
    REQUIRE(lower);
    CHECK(lower->series().front().quote == "VND");
    CHECK(lower->series().front().base == "USD");
}

TEST_CASE("rates_loader: a simple CSV's dates must fit the basis it declares", "[rates]") {
    auto e = figura::load_simple_csv("# end of period\ndate,VND_per_USD\n2025-01-31,24500\n2025-02-27,24600\n", "eop.csv");
    REQUIRE_FALSE(e);
    CHECK(e.error().id == "F-RATE-102");
    CHECK(e.error().message == "eop.csv:4:1: dates of month_end figures must be the last day of a month, found 2025-02-27");

    auto daily = figura::load_simple_csv("date,VND_per_USD\n2025-01-30,24500\n", "d.csv", {}, series_basis::annual_average);
    REQUIRE_FALSE(daily);
    CHECK(daily.error().message == "d.csv:2:1: dates of annual_average figures must be 1 January or 31 December, found 2025-01-30");
}

TEST_CASE("rates_loader: a simple CSV that says it is a market indication is the market source", "[rates]") {
    auto r = figura::load_simple_csv("# made-up test figures, a market indication, not an official rate\n"
                                     "date,VND_per_USD\n2025-03-01,25600.5\n2025-03-02,25611.25\n",
                                     "market.csv");
    REQUIRE(r);
    CHECK(r->info().id == "market");
    CHECK(r->info().kind == figura::rate_kind::market);
    CHECK(r->series().front().basis == series_basis::daily);
    // Written out, the kind survives.
    auto text = figura::write_figura_rates(*r);
    CHECK(text.find("\nkind market\n") != std::string::npos);
    auto back = figura::load_figura_rates(text, "market.figrates");
    REQUIRE(back);
    CHECK(back->info().kind == figura::rate_kind::market);
}

TEST_CASE("rates_loader: figura's month_end tables, kind and retrieved lines", "[rates]") {
    std::string const text = figura_header +
                             "kind market\n"
                             "retrieved 2026-10-01T06:00:00Z 0123abcd http://127.0.0.1/x.json\n"
                             "table month_end USD VND\n"
                             "2026-05-31 25139\n"
                             "2026-06-30 25206\n";
    auto r = figura::load_figura_rates(text, "user.figrates");
    REQUIRE(r);
    CHECK(r->info().kind == figura::rate_kind::market);
    CHECK(r->info().retrieved == std::vector<std::string>{"2026-10-01T06:00:00Z 0123abcd http://127.0.0.1/x.json"});
    REQUIRE(r->series().size() == 1);
    CHECK(r->series()[0].basis == series_basis::month_end);
    CHECK(r->points(0)[1].date == 2026y / 6 / 30);
    auto again = figura::load_figura_rates(figura::write_figura_rates(*r), "again.figrates");
    REQUIRE(again);
    CHECK(figura::write_figura_rates(*again) == figura::write_figura_rates(*r));

    auto bad_day = figura::load_figura_rates(figura_header + "table month_end USD VND\n2026-06-29 25206\n", "u.figrates");
    REQUIRE_FALSE(bad_day);
    CHECK(bad_day.error().id == "F-RATE-102");
    CHECK(bad_day.error().message.find("month's last day") != std::string::npos);
    auto bad_kind = figura::load_figura_rates(figura_header + "kind rumour\ntable daily USD VND\n2026-06-29 25206\n", "u.figrates");
    REQUIRE_FALSE(bad_kind);
    CHECK(bad_kind.error().id == "F-RATE-101");
}

TEST_CASE("rates_loader: figura's own format reads, writes and round-trips", "[rates]") {
    std::string const text = figura_header +
                             "note a note\n"
                             "table daily USD CNY VND\n"
                             "2025-01-28 7.2422 -\n"
                             "2025-01-29 7.2400 25000\n"
                             "# comments anywhere\n"
                             "table monthly USD VND\n"
                             "2024-08 24245.85\n";
    auto r = figura::load_figura_rates(text, "user.figrates");
    REQUIRE(r);
    CHECK(r->info().id == "mybank");
    CHECK(r->info().notes == std::vector<std::string>{"a note"});
    auto s = r->series();
    REQUIRE(s.size() == 3);
    CHECK(s[0].quote == "CNY");
    CHECK(s[1].quote == "VND");
    CHECK(s[1].observations == 1);
    CHECK(s[2].basis == series_basis::monthly_average);
    CHECK(r->points(0)[1].value.to_string() == "7.2400");  // written scale kept

    auto again = figura::load_figura_rates(figura::write_figura_rates(*r), "again.figrates");
    REQUIRE(again);
    CHECK(figura::write_figura_rates(*again) == figura::write_figura_rates(*r));
    CHECK(again->points(0)[1].value.to_string() == "7.2400");
}

TEST_CASE("rates_loader: malformed figura files name file, line and column", "[rates]") {
    SECTION("dates out of order") {
        auto e = figura_error(figura_header + "table daily USD CNY\n2025-01-29 7.24\n2025-01-28 7.25\n");
        CHECK(e.id == "F-RATE-107");
        CHECK(e.message == "user.figrates:7:1: date 2025-01-28 is not after the previous row (2025-01-29); rows must be in "
                           "increasing date order");
    }
    SECTION("duplicate date") {
        auto e = figura_error(figura_header + "table daily USD CNY\n2025-01-29 7.24\n2025-01-29 7.25\n");
        CHECK(e.id == "F-RATE-107");
        CHECK(e.where.line == 7);
    }
    SECTION("the same series twice with the same date") {
        auto e = figura_error(figura_header + "table daily USD CNY\n2025-01-29 7.24\ntable daily USD CNY\n2025-01-29 7.25\n");
        CHECK(e.id == "F-RATE-106");
        CHECK(e.where.line == 8);
    }
    SECTION("zero and negative") {
        auto z = figura_error(figura_header + "table daily USD CNY\n2025-01-29 0.000\n");
        CHECK(z.id == "F-RATE-104");
        CHECK(z.message == "user.figrates:6:12: rate must be positive, found \"0.000\"");
        auto n = figura_error(figura_header + "table daily USD CNY\n2025-01-29 -7\n");
        CHECK(n.id == "F-RATE-104");
    }
    SECTION("unknown currency") {
        auto e = figura_error(figura_header + "table daily USD QQQ\n");
        CHECK(e.id == "F-RATE-105");
        CHECK(e.message == "user.figrates:5:17: unknown currency \"QQQ\"");
    }
    SECTION("wrong number of values") {
        auto e = figura_error(figura_header + "table daily USD CNY JPY\n2025-01-29 7.24\n");
        CHECK(e.id == "F-RATE-108");
        CHECK(e.where.line == 6);
    }
    SECTION("month written on a daily table") {
        auto e = figura_error(figura_header + "table daily USD CNY\n2025-01 7.24\n");
        CHECK(e.id == "F-RATE-102");
        CHECK(e.message == "user.figrates:6:1: expected a date like 2025-01-29, found \"2025-01\"");
    }
    SECTION("missing attribution") {
        auto e = figura_error("figura-rates 1\nsource x\npivot USD\ntable daily USD CNY\n");
        CHECK(e.id == "F-RATE-101");
        CHECK(e.where.line == 4);
    }
    SECTION("not a figura file") {
        auto e = figura_error("Date,USD,\n");
        CHECK(e.id == "F-RATE-101");
        CHECK(e.message.starts_with("user.figrates:1:1: expected the first line `figura-rates 1`"));
    }
    SECTION("too many digits") {
        auto e = figura_error(figura_header + "table daily USD CNY\n2025-01-29 1234567890.1234567890\n");
        CHECK(e.id == "F-RATE-103");
        CHECK(e.where.line == 6);
    }
}

TEST_CASE("rates_loader: format detection and files on disk", "[rates]") {
    CHECK(figura::detect_rate_file_format(ecb_hist) == figura::rate_file_format::ecb);
    CHECK(figura::detect_rate_file_format(ecb_single) == figura::rate_file_format::ecb);
    CHECK(figura::detect_rate_file_format("observation_date,DEXCHUS\n") == figura::rate_file_format::fred);
    CHECK(figura::detect_rate_file_format("DATE,DEXCHUS\n") == figura::rate_file_format::fred);
    CHECK(figura::detect_rate_file_format("Date,Country,Exchange rate\n") == figura::rate_file_format::fred_long);
    CHECK(figura::detect_rate_file_format("# x\ndate,VND_per_USD\n") == figura::rate_file_format::simple);
    CHECK(figura::detect_rate_file_format("figura-rates 1\n") == figura::rate_file_format::figura);
    CHECK_FALSE(figura::detect_rate_file_format("hello\n"));

    auto r = figura::load_rates_file(std::filesystem::path(FIGURA_TEST_DATA_DIR) / "rates" / "eurofxref-sample.csv");
    REQUIRE(r);
    CHECK(r->info().id == "ecb");
    auto missing = figura::load_rates_file("/nonexistent/figura/rates.csv");
    REQUIRE_FALSE(missing);
    CHECK(missing.error().id == "F-RATE-110");
    CHECK(missing.error().message.find("/nonexistent/figura/rates.csv") != std::string::npos);

    // A directory opens as a stream and then fails to read: an error, not an exception.
    auto const dir = std::filesystem::path(FIGURA_TEST_DATA_DIR) / "rates";
    auto directory = figura::load_rates_file(dir);
    REQUIRE_FALSE(directory);
    CHECK(directory.error().id == "F-RATE-110");
    CHECK(directory.error().message == dir.string() + ": is a directory, not a rates file");
}

TEST_CASE("rates_loader: the ECB's XML files (hist and daily, either quote style)", "[rates]") {
    std::string const xml =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<gesmes:Envelope xmlns:gesmes=\"http://www.gesmes.org/xml/2002-08-01\" xmlns=\"http://www.ecb.int/vocabulary/2002-08-01/eurofxref\">\n"
        "\t<gesmes:subject>Reference rates</gesmes:subject>\n"
        "\t<Cube>\n"
        "\t\t<Cube time=\"2025-01-29\">\n\t\t\t<Cube currency=\"USD\" rate=\"1.0396\"/>\n\t\t\t<Cube currency='CNY' rate='7.5385'/>\n\t\t</Cube>\n"
        "\t\t<Cube time='2025-01-28'>\n\t\t\t<Cube currency='USD' rate='1.0421'/>\n\t\t</Cube>\n"
        "\t</Cube>\n"
        "</gesmes:Envelope>\n";
    auto r = figura::load_ecb_xml(xml, "eurofxref-hist.xml");
    REQUIRE(r);
    CHECK(r->info().id == "ecb");
    auto s = r->series();
    REQUIRE(s.size() == 2);
    CHECK(s[0].base == "EUR");
    CHECK(s[0].quote == "USD");
    CHECK(s[0].first == 2025y / 1 / 28);  // newest first in the file, oldest first here
    CHECK(r->points(0)[1].value.to_string() == "1.0396");
    CHECK(s[1].quote == "CNY");
    CHECK(s[1].observations == 1);
    CHECK(figura::detect_rate_file_format(xml) == figura::rate_file_format::ecb_xml);

    auto error_of = [](std::string const& text) {
        auto e = figura::load_ecb_xml(text, "x.xml");
        REQUIRE_FALSE(e);
        return e.error();
    };
    // Cut off: no closing envelope, or inside a tag.
    auto cut = error_of(xml.substr(0, xml.find("</gesmes:Envelope>")));
    CHECK(cut.id == "F-RATE-101");
    CHECK(cut.message.find("cut off") != std::string::npos);
    auto mid = error_of(xml.substr(0, xml.find("rate='7.53")));
    CHECK(mid.message.find("x.xml:7:") == 0);
    CHECK(mid.message.find("cut off") != std::string::npos);
    // Not XML at all.
    auto html = error_of("Date,USD\n");
    CHECK(html.message == "x.xml:1:1: expected the ECB's XML (<gesmes:Envelope> with <Cube> rates), found \"Date,USD\\x0a\"");
    // Bad values, currencies, dates and repeats name their place.
    std::string bad = xml;
    bad.replace(bad.find("7.5385"), 6, "7.5x85");
    CHECK(error_of(bad).message == "x.xml:7:34: not a number: \"7.5x85\"");
    bad = xml;
    bad.replace(bad.find("'CNY'"), 5, "'QQQ'");
    CHECK(error_of(bad).id == "F-RATE-105");
    bad = xml;
    bad.replace(bad.find("2025-01-28"), 10, "2025-02-30");
    CHECK(error_of(bad).id == "F-RATE-102");
    bad = xml;
    bad.replace(bad.find("'CNY'"), 5, "'USD'");
    CHECK(error_of(bad).id == "F-RATE-106");
}

TEST_CASE("rates_loader: a currency-api snapshot gives the market source's VND per USD exactly", "[rates][vi]") {
    // Made-up test figures in the aggregate's shape.
    std::string const json = "{\n\t\"date\": \"2026-09-30\",\n\t\"usd\": {\n\t\t\"1inch\": 3.97,\n\t\t\"eur\": 0.85,"
                             "\n\t\t\"vnd\": 26001.50000001,\n\t\t\"xau\": 2.6e-4\n\t}\n}";
    CHECK(figura::detect_rate_file_format(json) == figura::rate_file_format::currency_api);
    auto r = figura::load_currency_api_json(json, "usd.json", {"VND"});
    REQUIRE(r);
    CHECK(r->info().id == "market");
    CHECK(r->info().kind == figura::rate_kind::market);
    auto s = r->series();
    REQUIRE(s.size() == 1);
    CHECK(s[0].base == "USD");
    CHECK(s[0].quote == "VND");
    CHECK(s[0].first == 2026y / 9 / 30);
    CHECK(r->points(0)[0].value.to_string() == "26001.50000001");  // as written, never through a double

    auto error_of = [](std::string const& text) {
        auto e = figura::load_currency_api_json(text, "usd.json", {"VND"});
        REQUIRE_FALSE(e);
        return e.error();
    };
    auto cut = error_of(json.substr(0, json.size() / 2));
    CHECK(cut.message.find("cut off") != std::string::npos);
    CHECK(error_of("{\"date\": \"2026-09-30\", \"usd\": {\"eur\": 0.85}}").message.find("no VND rate") != std::string::npos);
    CHECK(error_of("{\"usd\": {\"vnd\": 26001.5}}").message.find("no \"date\"") != std::string::npos);
    CHECK(error_of("{\"date\": \"2026-09-31\", \"usd\": {\"vnd\": 26001.5}}").id == "F-RATE-102");
    CHECK(error_of("{\"date\": \"2026-09-30\", \"usd\": {\"vnd\": -1}}").id == "F-RATE-104");
    CHECK(error_of("{\"date\": \"2026-09-30\", \"usd\": {\"vnd\": \"x\"}}").id == "F-RATE-103");
    CHECK(error_of("<!DOCTYPE html><html></html>").id == "F-RATE-101");
}
