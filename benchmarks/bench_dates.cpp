// figura::find_dates throughput, single thread: the generated news corpus (corpus.hpp; mixed
// English and Vietnamese, ~400 KB, few dates) and a date-dense text (~400 KB, a date every ~40
// bytes, both languages, relative forms resolved against a reference date). Reports MB/s and
// mentions found.

#include <benchmark/benchmark.h>

#include <array>
#include <chrono>
#include <cstddef>
#include <string>
#include <string_view>

#include "corpus.hpp"
#include "figura/dates.hpp"

namespace {

using figura::bench::corpus_mix;

std::string const& news_text() {
    static std::string const text = figura::bench::make_news_corpus(corpus_mix::mixed, 400'000).text;
    return text;
}

/// Sentences with dates of every kind, cycled to about 400 KB.
std::string const& dense_text() {
    static std::string const text = [] {
        static constexpr std::array<std::string_view, 12> sentences{
            "In 2021 the fund claimed to manage 100bn yuan ($14bn). ",
            "Two years later, in May 2023, it had $20bn. ",
            "On Jan 29th 2025 the board met; the meeting of January 20th was cancelled.\n",
            "Năm 2021, quỹ tuyên bố quản lý 100 tỷ nhân dân tệ (14 tỷ USD). ",
            "Hai năm sau, vào tháng 5/2023, quỹ có 20 tỷ USD.\n",
            "Ngày 29 tháng 1 năm 2025, hội đồng họp; ngày 28/1 bị hoãn. ",
            "Doanh thu quý 1/2024 tăng so với năm ngoái và tháng 5 năm ngoái.\n",
            "Revenue in Q1 2024 rose from last year, and May last year was weak. ",
            "Sales grew 5% in the first half of 2024, early 2021 and late last year.\n",
            "Hôm qua, 2.500 tỷ đồng đã được giải ngân; đầu năm nay dự kiến thêm 2021 tỷ đồng. ",
            "The 2,021 staff were told yesterday that 2025-01-29 is the deadline.\n",
            "Giá vàng ngày 29/1/2025 đạt 88 triệu đồng mỗi lượng, cao hơn hai năm trước.\n",
        };
        std::string out;
        std::size_t i = 0;
        while (out.size() < 400'000) out += sentences[i++ % sentences.size()];
        return out;
    }();
    return text;
}

void bm_find_dates(benchmark::State& state, std::string const& (*text_of)()) {
    std::string const& text = text_of();
    figura::date_options options;
    options.reference = std::chrono::year_month_day{std::chrono::year{2025}, std::chrono::January, std::chrono::day{29}};
    std::size_t found = 0;
    for (auto _ : state) {
        auto r = figura::find_dates(text, options);
        if (!r) {
            state.SkipWithError((r.error().id + ": " + r.error().message).c_str());
            return;
        }
        found = r->size();
        benchmark::DoNotOptimize(r);
    }
    auto const bytes = static_cast<double>(text.size());
    state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(text.size()));
    state.counters["MB"] = benchmark::Counter(bytes * static_cast<double>(state.iterations()) / 1e6,
                                              benchmark::Counter::kIsRate);
    state.counters["size_KB"] = bytes / 1e3;
    state.counters["mentions"] = static_cast<double>(found);
}

/// One dateline, as `--date` or a header line would be read.
void bm_parse_date(benchmark::State& state) {
    for (auto _ : state) {
        auto r = figura::parse_date("Ngày 4 tháng 3 năm 2025 | Hà Nội");
        benchmark::DoNotOptimize(r);
    }
}

}  // namespace

BENCHMARK_CAPTURE(bm_find_dates, news_mixed, &news_text)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(bm_find_dates, date_dense, &dense_text)->Unit(benchmark::kMillisecond);
BENCHMARK(bm_parse_date);
