// figura-import-rates: regenerates figura's rates/ from the publishers' raw files.
//
//     figura-import-rates ../shared/rates-sources rates
//
// Reads ecb-eurofxref-hist.csv, fred-h10-monthly.csv, fred-h10-annual.csv, the three IMF VND files
// (vnd-imf-ifs-monthly.csv, vnd-imf-annual.csv, vnd-imf-eop-monthly.csv) and the VND market
// indication (vnd-market-currency-api.csv) with figura's own loaders, writes ecb.figrates,
// fed.figrates, imf.figrates and market.figrates, and checks that each written file reads back to
// the same figures.

#include <figura/rates.hpp>

#include "rates/model.hpp"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <utility>
#include <string>
#include <sstream>

namespace {

namespace fs = std::filesystem;

figura::result<std::string> read(fs::path const& p) {
    std::ifstream in(p, std::ios::binary);
    if (!in) return figura::error{"F-RATE-110", p.string() + ": cannot open file", {}};
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return std::move(buffer).str();
}

bool same_points(figura::rate_source_data const& a, figura::rate_source_data const& b) {
    auto sa = a.series();
    auto sb = b.series();
    if (sa.size() != sb.size()) return false;
    for (std::size_t i = 0; i < sa.size(); ++i) {
        if (sa[i].base != sb[i].base || sa[i].quote != sb[i].quote || sa[i].basis != sb[i].basis) return false;
        auto pa = a.points(i);
        auto pb = b.points(i);
        if (pa.size() != pb.size()) return false;
        for (std::size_t k = 0; k < pa.size(); ++k)
            if (pa[k].date != pb[k].date || pa[k].value.coefficient() != pb[k].value.coefficient() ||
                pa[k].value.exponent() != pb[k].value.exponent())
                return false;
    }
    return true;
}

int write(figura::rate_source_data const& data, fs::path const& out) {
    auto text = figura::write_figura_rates(data);
    auto back = figura::load_figura_rates(text, out.filename().string());
    if (!back) {
        std::cerr << "figura-import-rates: written file does not read back: " << back.error().message << "\n";
        return 1;
    }
    if (!same_points(data, *back)) {
        std::cerr << "figura-import-rates: " << out << " does not round-trip\n";
        return 1;
    }
    std::ofstream o(out, std::ios::binary | std::ios::trunc);
    o << text;
    if (!o) {
        std::cerr << "figura-import-rates: cannot write " << out << "\n";
        return 1;
    }
    std::size_t n = 0;
    for (auto const& s : data.series()) n += s.observations;
    std::cout << out.string() << ": " << data.series().size() << " series, " << n << " figures, " << text.size() << " bytes\n";
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "usage: figura-import-rates SOURCES_DIR OUT_DIR\n"
                     "  e.g. figura-import-rates ../shared/rates-sources rates\n";
        return 2;
    }
    fs::path const src = argv[1];
    fs::path const out = argv[2];
    fs::create_directories(out);
    auto fail = [](figura::error const& e) {
        std::cerr << "figura-import-rates: error[" << e.id << "]: " << e.message << "\n";
        return 1;
    };

    auto ecb_text = read(src / "ecb-eurofxref-hist.csv");
    if (!ecb_text) return fail(ecb_text.error());
    auto ecb = figura::load_ecb_csv(*ecb_text, "ecb-eurofxref-hist.csv");
    if (!ecb) return fail(ecb.error());
    if (int rc = write(*ecb, out / "ecb.figrates")) return rc;

    auto monthly_text = read(src / "fred-h10-monthly.csv");
    if (!monthly_text) return fail(monthly_text.error());
    auto monthly = figura::load_fred_long_csv(*monthly_text, "fred-h10-monthly.csv", {figura::series_basis::monthly_average});
    if (!monthly) return fail(monthly.error());
    auto annual_text = read(src / "fred-h10-annual.csv");
    if (!annual_text) return fail(annual_text.error());
    auto annual = figura::load_fred_long_csv(*annual_text, "fred-h10-annual.csv", {figura::series_basis::annual_average});
    if (!annual) return fail(annual.error());
    auto fed = figura::detail::merge_source_data(*monthly, *annual);
    if (!fed) return fail(fed.error());
    if (int rc = write(*fed, out / "fed.figrates")) return rc;

    // IMF VND: monthly and annual period averages and month-end figures, one source.
    std::optional<figura::rate_source_data> imf;
    for (auto const& [file, basis] : {std::pair{"vnd-imf-ifs-monthly.csv", figura::series_basis::monthly_average},
                                      std::pair{"vnd-imf-annual.csv", figura::series_basis::annual_average},
                                      std::pair{"vnd-imf-eop-monthly.csv", figura::series_basis::month_end}}) {
        auto text = read(src / file);
        if (!text) return fail(text.error());
        // The first file gives the IMF's metadata; the others keep it (their own origin added).
        figura::rate_source_info info;
        if (imf) {
            info = imf->info();
            info.origins.clear();
        }
        if (basis == figura::series_basis::month_end)
            info.notes.emplace_back(
                "End-of-period figures hold for the month's last day; they are not daily fixings. As published: 2004-11 is "
                "absent, and 2025-08-31 equals 2025-07-31 (the IMF added that month late).");
        auto one = figura::load_simple_csv(*text, file, info, basis);
        if (!one) return fail(one.error());
        if (one->info().id != "imf") {
            std::cerr << "figura-import-rates: " << file << " did not read as IMF data\n";
            return 1;
        }
        if (!imf) {
            imf = *one;
            continue;
        }
        auto merged = figura::detail::merge_source_data(*imf, *one);
        if (!merged) return fail(merged.error());
        imf = *merged;
    }
    if (int rc = write(*imf, out / "imf.figrates")) return rc;

    // The VND market indication: its own source, never mixed with the official figures.
    auto market_text = read(src / "vnd-market-currency-api.csv");
    if (!market_text) return fail(market_text.error());
    auto market = figura::load_simple_csv(*market_text, "vnd-market-currency-api.csv", {}, figura::series_basis::daily);
    if (!market) return fail(market.error());
    if (market->info().kind != figura::rate_kind::market) {
        std::cerr << "figura-import-rates: vnd-market-currency-api.csv did not read as a market indication\n";
        return 1;
    }
    return write(*market, out / "market.figrates");
}
