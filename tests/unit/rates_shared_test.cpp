// The raw publisher files in ../shared/rates-sources: figura's loaders read them as downloaded, and
// the shipped rates/ data is exactly what the importer makes of them. Skips when the directory is
// absent (a checkout without ../shared).

#include <catch2/catch.hpp>

#include <figura/rates.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace std::chrono;
using figura::rate_basis;

namespace {

std::filesystem::path const sources = std::filesystem::path(FIGURA_SHARED_DIR) / "rates-sources";

bool have_sources() {
    if (std::filesystem::is_directory(sources)) return true;
    WARN("skipped: " << sources.string() << " is absent");
    return false;
}

std::string read(std::filesystem::path const& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return std::move(buffer).str();
}

}  // namespace

TEST_CASE("rates_shared: the raw files load and rebuild the embedded table exactly", "[rates][slow]") {
    if (!have_sources()) {
        SUCCEED("no shared sources");
        return;
    }
    auto ecb = figura::load_ecb_csv(read(sources / "ecb-eurofxref-hist.csv"), "ecb-eurofxref-hist.csv");
    REQUIRE(ecb);
    auto monthly = figura::load_fred_long_csv(read(sources / "fred-h10-monthly.csv"), "fred-h10-monthly.csv");
    REQUIRE(monthly);
    auto annual = figura::load_fred_long_csv(read(sources / "fred-h10-annual.csv"), "fred-h10-annual.csv");
    REQUIRE(annual);
    auto imf = figura::load_simple_csv(read(sources / "vnd-imf-ifs-monthly.csv"), "vnd-imf-ifs-monthly.csv");
    REQUIRE(imf);
    // The basis of each VND file comes from its own comments and dates, as for a user's download.
    auto imf_annual = figura::load_simple_csv(read(sources / "vnd-imf-annual.csv"), "vnd-imf-annual.csv");
    REQUIRE(imf_annual);
    CHECK(imf_annual->series().front().basis == figura::series_basis::annual_average);
    auto imf_eop = figura::load_simple_csv(read(sources / "vnd-imf-eop-monthly.csv"), "vnd-imf-eop-monthly.csv");
    REQUIRE(imf_eop);
    CHECK(imf_eop->series().front().basis == figura::series_basis::month_end);
    CHECK(imf_eop->info().id == "imf");
    auto market = figura::load_simple_csv(read(sources / "vnd-market-currency-api.csv"), "vnd-market-currency-api.csv");
    REQUIRE(market);
    CHECK(market->series().front().basis == figura::series_basis::daily);
    CHECK(market->info().id == "market");
    CHECK(market->info().kind == figura::rate_kind::market);

    CHECK(ecb->series().size() == 41);
    CHECK(monthly->series().front().basis == figura::series_basis::monthly_average);  // inferred
    CHECK(annual->series().front().basis == figura::series_basis::annual_average);    // inferred

    figura::rate_table::builder b;
    REQUIRE(b.add(*ecb));
    REQUIRE(b.add(*monthly));
    REQUIRE(b.add(*annual));
    REQUIRE(b.add(*imf));
    REQUIRE(b.add(*imf_annual));
    REQUIRE(b.add(*imf_eop));
    REQUIRE(b.add(*market));
    auto raw = b.build();
    auto const& shipped = figura::rate_table::embedded();
    auto rs = raw.series();
    auto es = shipped.series();
    REQUIRE(rs.size() == es.size());
    for (std::size_t i = 0; i < rs.size(); ++i) {
        CHECK(rs[i].source == es[i].source);
        CHECK(rs[i].quote == es[i].quote);
        CHECK(rs[i].first == es[i].first);
        CHECK(rs[i].last == es[i].last);
        CHECK(rs[i].observations == es[i].observations);
    }
    // Spot checks across the history, exact.
    for (auto d : {1999y / 1 / 4, 2008y / 12 / 9, 2015y / 8 / 11, 2025y / 1 / 29, 2026y / 4 / 13})
        CHECK(raw.rate("EUR", "USD", d)->value == shipped.rate("EUR", "USD", d)->value);
    CHECK(raw.rate("USD", "CNY", 2021y / 1 / 1, {.basis = rate_basis::year})->value ==
          shipped.rate("USD", "CNY", 2021y / 1 / 1, {.basis = rate_basis::year})->value);
    CHECK(raw.rate("USD", "VND", 2026y / 7 / 20, {.basis = rate_basis::month_end})->value ==
          shipped.rate("USD", "VND", 2026y / 7 / 20, {.basis = rate_basis::month_end})->value);
    CHECK(raw.rate("USD", "VND", 2026y / 7 / 20)->value == shipped.rate("USD", "VND", 2026y / 7 / 20)->value);
}

TEST_CASE("rates_shared: the Fed long file stores EUR as EUR per USD, agreeing with the ECB", "[rates][slow]") {
    if (!have_sources()) {
        SUCCEED("no shared sources");
        return;
    }
    // The sources README says EUR is quoted USD per EUR; the data are inverted. Check the orientation
    // against the ECB's own monthly mean, which must agree within 1 %.
    auto const& t = figura::rate_table::embedded();
    for (auto d : {1999y / 6 / 1, 2010y / 3 / 1, 2021y / 12 / 1, 2025y / 1 / 1}) {
        auto fed = t.rate("USD", "EUR", d, {.basis = rate_basis::month, .sources = {"fed"}});
        auto ecb = t.rate("USD", "EUR", d, {.basis = rate_basis::month, .sources = {"ecb"}});
        REQUIRE(fed);
        REQUIRE(ecb);
        auto const ratio = fed->value / ecb->value;
        CHECK(ratio > figura::rational(99, 100));
        CHECK(ratio < figura::rational(101, 100));
    }
}
