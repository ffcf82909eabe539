// Articles per second through `figura check --jsonl`'s library path: read a JSON Lines batch of
// invented bilingual articles, then check each one (embedded rates). Reporting is excluded: it is
// string building that scales with findings, not with the article.

#include <benchmark/benchmark.h>

#include <cstdint>
#include <string>

#include "figura/article.hpp"
#include "figura/check.hpp"

namespace {

// One JSON Lines article: a stated conversion, a qualified figure, a count, and a summary bullet.
// `i` varies the figures so no two articles are the same text.
std::string jsonl_article(int i) {
    auto const n = [](int v) { return std::to_string(v); };
    int const yuan = 100 + i % 50;
    int const usd = (yuan * 100 + 36) / 72;  // about 7.2 CNY per USD, in tenths of a billion
    std::string const en_usd = n(usd / 10) + "." + n(usd % 10);
    std::string const vi_usd = n(usd / 10) + "," + n(usd % 10);
    std::string const cost = n(3 + i % 9);
    std::string const gpus = n(1 + i % 40);
    return "{\"id\":\"a" + n(i) + "\",\"date\":\"2025-01-29\",\"summary\":[\"- Quỹ quản lý " + n(yuan) +
           " tỷ nhân dân tệ (" + vi_usd + " tỷ USD).\"],\"original\":\"Fund expands\\nJan 29th 2025|Hanoi\\n" +
           "In 2021 the fund claimed to manage " + n(yuan) + "bn yuan ($" + en_usd + "bn).\\n" +
           "The project cost less than $" + cost + "m, and the company bought " + gpus + ",000 GPUs.\"," +
           "\"translation\":\"Quỹ mở rộng\\nNgày 29 tháng 1 năm 2025 | Hà Nội\\nNăm 2021, quỹ tuyên bố quản lý " +
           n(yuan) + " tỷ nhân dân tệ (" + vi_usd + " tỷ USD).\\nChi phí của dự án dưới " + cost +
           " triệu USD, và công ty đã mua " + gpus + ".000 GPU.\"}\n";
}

std::string batch(int articles) {
    std::string out;
    for (int i = 0; i < articles; ++i) out += jsonl_article(i);
    return out;
}

void bm_check_jsonl_batch(benchmark::State& state) {
    std::string const stream = batch(static_cast<int>(state.range(0)));
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
