// Rates: embedded table load, full ECB history load, lookups (day basis, direct and cross), period
// averages and conversion of a figure interval.

#include <benchmark/benchmark.h>

#include <figura/rates.hpp>

#include "rates/image.hpp"

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

using namespace std::chrono;

namespace {

// Loading the embedded rates image into a fresh table (what rate_table::embedded() does once per
// process; the text files were parsed at build time).
void BM_rates_embedded_load(benchmark::State& state) {
    std::string_view const image(figura::detail::embedded_rates_image, figura::detail::embedded_rates_image_size);
    for (auto _ : state) {
        figura::rate_table::builder b;
        auto sources = figura::detail::list_rates_image(image);
        if (!sources) state.SkipWithError("embedded rates image does not read");
        else
            for (auto const& s : *sources) {
                auto d = figura::detail::read_rates_image_source(image, s.offset);
                if (!d || !b.add(*d)) state.SkipWithError("embedded rates do not load");
            }
        auto t = b.build();
        benchmark::DoNotOptimize(t);
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * image.size()));
}
BENCHMARK(BM_rates_embedded_load)->Unit(benchmark::kMillisecond);

// ../shared beside the checkout ($FIGURA_SHARED_DIR overrides); benchmarks only, never the library.
std::filesystem::path shared_dir() {
    if (char const* d = std::getenv("FIGURA_SHARED_DIR")) return d;
    return std::filesystem::path(__FILE__).parent_path().parent_path().parent_path() / "shared";
}

// The ECB's eurofxref-hist.csv as downloaded (skipped when ../shared is absent).
void BM_rates_ecb_history_load(benchmark::State& state) {
    auto const path = shared_dir() / "rates-sources" / "ecb-eurofxref-hist.csv";
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        state.SkipWithError("../shared/rates-sources/ecb-eurofxref-hist.csv not found");
        for (auto _ : state) {
        }
        return;
    }
    std::string const text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    for (auto _ : state) {
        auto d = figura::load_ecb_csv(text, "eurofxref-hist.csv");
        benchmark::DoNotOptimize(d);
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_rates_ecb_history_load)->Unit(benchmark::kMillisecond);

void BM_rates_lookup_day_direct(benchmark::State& state) {
    auto const& t = figura::rate_table::embedded();
    int i = 0;
    for (auto _ : state) {
        auto q = t.rate("EUR", "USD", sys_days(2010y / 1 / 1) + days(i++ % 5000));
        benchmark::DoNotOptimize(q);
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_rates_lookup_day_direct);

void BM_rates_lookup_day_cross(benchmark::State& state) {
    auto const& t = figura::rate_table::embedded();
    int i = 0;
    for (auto _ : state) {
        auto q = t.rate("CNY", "USD", sys_days(2010y / 1 / 1) + days(i++ % 5000));
        benchmark::DoNotOptimize(q);
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_rates_lookup_day_cross);

void BM_rates_lookup_year_ecb_cross(benchmark::State& state) {
    auto const& t = figura::rate_table::embedded();
    figura::rate_options o;
    o.basis = figura::rate_basis::year;
    o.sources = {"ecb"};
    for (auto _ : state) {
        auto q = t.rate("CNY", "USD", 2021y / 1 / 1, o);
        benchmark::DoNotOptimize(q);
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_rates_lookup_year_ecb_cross)->Unit(benchmark::kMicrosecond);

void BM_rates_convert_interval(benchmark::State& state) {
    auto const& t = figura::rate_table::embedded();
    figura::interval const amount{figura::bound{figura::decimal(99'500'000'000), true},
                                  figura::bound{figura::decimal(100'500'000'000), false}};
    for (auto _ : state) {
        auto c = t.convert(amount, "CNY", "USD", 2025y / 1 / 29);
        benchmark::DoNotOptimize(c);
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_rates_convert_interval);

}  // namespace
