// figura::check_article on generated worst cases: one paragraph holding N figures (a pasted table or
// CSV dump), so every stage that looks at pairs of figures, or rescans the paragraph per figure,
// shows up as time growing faster than N. Each case runs at 1,000, 10,000 and 100,000 figures;
// the per-figure time (`us/figure`) should stay flat.

#include <benchmark/benchmark.h>

#include <cstdint>
#include <string>

#include "figura/article.hpp"
#include "figura/check.hpp"

namespace {

std::string repeated(char const* expression, std::int64_t n, char const* separator) {
    std::string out;
    for (std::int64_t i = 0; i < n; ++i) {
        if (i > 0) out += separator;
        out += expression;
    }
    return out;
}

void run_case(benchmark::State& state, figura::article const& a, std::int64_t figures) {
    std::size_t findings = 0;
    for (auto _ : state) {
        auto report = figura::check_article(a);
        if (report) findings = report->findings.size();
        benchmark::DoNotOptimize(findings);
    }
    state.counters["findings"] = static_cast<double>(findings);
    state.counters["us/figure"] = benchmark::Counter(static_cast<double>(figures) * static_cast<double>(state.iterations()),
                                                     benchmark::Counter::kIsRate | benchmark::Counter::kInvert,
                                                     benchmark::Counter::kIs1000);
    state.SetItemsProcessed(figures * state.iterations());
}

// The case: an original of N `$5m` in one paragraph, nothing else.
void bm_check_worst_original_only(benchmark::State& state) {
    auto const n = state.range(0);
    auto a = figura::read_article_parts({repeated("$5m", n, " "), "original.txt"}, {});
    if (!a) {
        state.SkipWithError("not read");
        return;
    }
    run_case(state, *a, n);
}

// Both sides: N `$5m` against N `5 triệu USD`, every figure equal to every figure of the other side.
void bm_check_worst_both_sides(benchmark::State& state) {
    auto const n = state.range(0);
    auto a = figura::read_article_parts({repeated("$5m", n, ", "), "original.txt"},
                                        {repeated("5 tri\xe1\xbb\x87u USD", n, ", "), "translation.txt"});
    if (!a) {
        state.SkipWithError("not read");
        return;
    }
    run_case(state, *a, 2 * n);
}

// Stated conversions and years: `Rmb100bn ($14bn) in 2021` N times, so dates and pairs are many too.
void bm_check_worst_conversions(benchmark::State& state) {
    auto const n = state.range(0);
    auto a = figura::read_article_parts({repeated("Rmb100bn ($14bn) in 2021", n, ", "), "original.txt"}, {});
    if (!a) {
        state.SkipWithError("not read");
        return;
    }
    run_case(state, *a, 3 * n);
}

BENCHMARK(bm_check_worst_original_only)->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK(bm_check_worst_both_sides)->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK(bm_check_worst_conversions)->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);

}  // namespace
