// figura::extract throughput over generated news-like text (see corpus.hpp): a mixed English and
// Vietnamese corpus (~6 MB), an English-only one (mostly ASCII) and a Vietnamese-only one (~4 MB
// each), single thread. Reports MB/s (10^6 bytes), figures found and figures written.

#include <benchmark/benchmark.h>

#include <cstddef>
#include <string>

#include "corpus.hpp"
#include "figura/parse.hpp"

namespace {

using figura::bench::corpus_mix;
using figura::bench::news_corpus;

// Built on first use, so a filtered run does not pay for the others.
news_corpus const& corpus(corpus_mix mix) {
    static news_corpus const mixed = figura::bench::make_news_corpus(corpus_mix::mixed, 6'000'000);
    static news_corpus const english = figura::bench::make_news_corpus(corpus_mix::english, 4'000'000);
    static news_corpus const vietnamese = figura::bench::make_news_corpus(corpus_mix::vietnamese, 4'000'000);
    switch (mix) {
    case corpus_mix::english: return english;
    case corpus_mix::vietnamese: return vietnamese;
    default: return mixed;
    }
}

void bm_extract(benchmark::State& state, corpus_mix mix) {
    auto const& c = corpus(mix);
    std::size_t found = 0;
    for (auto _ : state) {
        auto r = figura::extract(c.text);
        if (!r) {
            state.SkipWithError((r.error().id + ": " + r.error().message).c_str());
            return;
        }
        found = r->size();
        benchmark::DoNotOptimize(r);
    }
    auto const bytes = static_cast<double>(c.text.size());
    state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(c.text.size()));
    // "MB=123/s": decimal megabytes per second (bytes_per_second is shown in binary units).
    state.counters["MB"] = benchmark::Counter(bytes * static_cast<double>(state.iterations()) / 1e6,
                                              benchmark::Counter::kIsRate);
    state.counters["size_MB"] = bytes / 1e6;
    state.counters["figures"] = static_cast<double>(found);
    state.counters["written"] = static_cast<double>(c.figures_written);
    state.counters["bytes/figure"] = bytes / static_cast<double>(c.figures_written);
}

// One article-sized text (~5 KB, first paragraphs of the mixed corpus): per-call overhead.
void bm_extract_article(benchmark::State& state) {
    auto const& c = corpus(corpus_mix::mixed);
    std::string const article = c.text.substr(0, c.text.find('\n', 5000) + 1);
    std::size_t found = 0;
    for (auto _ : state) {
        auto r = figura::extract(article);
        found = r ? r->size() : 0;
        benchmark::DoNotOptimize(r);
    }
    state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(article.size()));
    state.counters["MB"] = benchmark::Counter(static_cast<double>(article.size()) *
                                                    static_cast<double>(state.iterations()) / 1e6,
                                                benchmark::Counter::kIsRate);
    state.counters["figures"] = static_cast<double>(found);
}

void bm_generate_corpus(benchmark::State& state) {
    for (auto _ : state) {
        auto c = figura::bench::make_news_corpus(corpus_mix::mixed, 1'000'000);
        benchmark::DoNotOptimize(c);
    }
    state.SetBytesProcessed(state.iterations() * 1'000'000);
}

}  // namespace

BENCHMARK_CAPTURE(bm_extract, mixed, corpus_mix::mixed)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(bm_extract, english, corpus_mix::english)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(bm_extract, vietnamese, corpus_mix::vietnamese)->Unit(benchmark::kMillisecond);
BENCHMARK(bm_extract_article)->Unit(benchmark::kMicrosecond);
BENCHMARK(bm_generate_corpus)->Unit(benchmark::kMillisecond);
