// figura-import-rates: regenerates figura's rates/ from the publishers' raw files.
//
//     figura-import-rates ../shared/rates-sources rates
//
// Reads ecb-eurofxref-hist.csv, fred-h10-monthly.csv, fred-h10-annual.csv and vnd-imf-ifs-monthly.csv
// with figura's own loaders, writes ecb.figrates, fed.figrates and imf.figrates, and checks that each
// written file reads back to the same figures.

#include <figura/rates.hpp>

#include "rates/model.hpp"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>

namespace {

namespace fs = std::filesystem;

figura::result<std::string> read(fs::path const& p) {
    std::ifstream in(p, std::ios::binary);
    if (!in) return figura::error{"F-RATE-110", p.string() + ": cannot open file", {}};
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
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

    auto imf_text = read(src / "vnd-imf-ifs-monthly.csv");
    if (!imf_text) return fail(imf_text.error());
    auto imf = figura::load_simple_csv(*imf_text, "vnd-imf-ifs-monthly.csv");
    if (!imf) return fail(imf.error());
    if (int rc = write(*imf, out / "imf.figrates")) return rc;
    return 0;
}
