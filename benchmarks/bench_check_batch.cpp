// Articles per second through `figura check --jsonl`'s library path: read a JSON Lines batch of
// invented bilingual articles, then check each one (embedded rates). Reporting is excluded: it is
// string building that scales with findings, not with the article.

#include <benchmark/benchmark.h>

#include <cstdint>
#include <string>

#include "corpus.hpp"
#include "figura/article.hpp"
#include "figura/check.hpp"

namespace {

void bm_check_jsonl_batch(benchmark::State& state) {
    std::string const stream = figura::bench::make_jsonl_batch(static_cast<int>(state.range(0)));
    std::size_t findings = 0;
    for (auto _ : state) {
        auto articles = figura::read_article_lines(stream, "bench.jsonl");
        for (auto const& a : articles) {
            if (!a) continue;
            auto report = figura::check_article(*a);
            if (report) findings += report->findings.size();
        }
        benchmark::DoNotOptimize(findings);
    }
    state.counters["articles/s"] =
        benchmark::Counter(static_cast<double>(state.range(0)) * static_cast<double>(state.iterations()),
                           benchmark::Counter::kIsRate);
    state.SetBytesProcessed(static_cast<std::int64_t>(stream.size()) * state.iterations());
}
BENCHMARK(bm_check_jsonl_batch)->Arg(1)->Arg(100)->Unit(benchmark::kMillisecond);

}  // namespace
