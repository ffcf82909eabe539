// Cost of building the currency lexicon (ICU/CLDR reads, case variants, NFC) and of the case
// mapping it relies on. The lexicon is built once per process; this measures that one-off cost.

#include <benchmark/benchmark.h>

#include <cstdint>
#include <string>

#include "currency/lexicon.hpp"
#include "unicode/text.hpp"

namespace {

void BM_lexicon_build(benchmark::State& state) {
    std::size_t forms = 0;
    for (auto _ : state) {
        figura::detail::currency_lexicon lexicon = figura::detail::build_currency_lexicon();
        forms = lexicon.prefixes.size() + lexicon.suffixes_en.size() + lexicon.suffixes_vi.size();
        benchmark::DoNotOptimize(lexicon);
    }
    auto const& built = figura::detail::builtin_currency_lexicon();
    state.counters["prefixes"] = static_cast<double>(built.prefixes.size());
    state.counters["suffixes_en"] = static_cast<double>(built.suffixes_en.size());
    state.counters["suffixes_vi"] = static_cast<double>(built.suffixes_vi.size());
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(forms));
}
BENCHMARK(BM_lexicon_build)->Unit(benchmark::kMillisecond);

void BM_lexicon_case_variants(benchmark::State& state) {
    std::string const phrase = "\u0111\u00f4 la H\u1ed3ng K\u00f4ng";  // "do la Hong Kong" (HKD)
    for (auto _ : state) benchmark::DoNotOptimize(figura::detail::case_variants(phrase));
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_lexicon_case_variants);

}  // namespace
