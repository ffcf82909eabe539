// figura::parse latency: one benchmark per expression (20 English, 20 Vietnamese), 5 repetitions
// reported as aggregates, so the `_median` rows are the per-expression medians; plus one benchmark
// per language cycling through its 20 expressions (items/s = expressions per second).
//
// The language is given, as extract() knows it per paragraph; detection has its own benchmark.

#include <benchmark/benchmark.h>

#include <array>
#include <string>
#include <string_view>

#include "figura/parse.hpp"

namespace {

constexpr std::array<std::string_view, 20> expressions_en = {
    "$14bn",          "100bn yuan",          "less than $6m",       "as much as 100bn yuan",
    "Rmb500bn",       "US$1.75 billion",     "between $5m and $6m", "£1trn",
    "CNY 100bn",      "two hundred million dollars", "about €3.2bn", "$5m-$6m",
    "HK$2.3bn",       "at least 40m yuan",   "10,000 GPUs",         "5 per cent",
    "$1,000.5",       "up to ¥300bn",        "more than 2 billion euros", "USD200",
};

constexpr std::array<std::string_view, 20> expressions_vi = {
    "100 tỷ nhân dân tệ",      "dưới 6 triệu USD",     "1,5 tỷ đồng",        "83,201 tỉ yen",
    "từ 5 đến 6 triệu USD",    "hai trăm triệu đồng",  "khoảng 14 tỷ USD",   "2.500 tỷ đồng",
    "lên tới 3 nghìn tỷ đồng", "hơn 200 triệu euro",   "ít nhất 1,2 tỷ USD", "5–6 tỷ đồng",
    "500.000₫",                "10.000 GPU",           "5 phần trăm",        "280.345 đ/kg",
    "3 tỷ đô la Mỹ",           "một trăm lẻ năm triệu đồng", "xấp xỉ 7 tỷ yên", "4.000 tỷ",
};

figura::parse_options options_for(figura::language lang) {
    figura::parse_options o;
    o.lang = lang;
    return o;
}

void bm_parse_one(benchmark::State& state, std::string_view text, figura::language lang) {
    auto const options = options_for(lang);
    if (auto const check = figura::parse(text, options); !check) {
        // Reported in the output instead of timing an error path by accident.
        state.SkipWithError((check.error().id + ": " + check.error().message).c_str());
        return;
    }
    for (auto _ : state) {
        auto r = figura::parse(text, options);
        benchmark::DoNotOptimize(r);
    }
    state.SetItemsProcessed(state.iterations());
}

template <std::size_t N>
void bm_parse_all(benchmark::State& state, std::array<std::string_view, N> const& texts, figura::language lang) {
    auto const options = options_for(lang);
    std::size_t failed = 0;
    for (auto text : texts) failed += figura::parse(text, options).has_value() ? 0 : 1;
    for (auto _ : state) {
        for (auto text : texts) {
            auto r = figura::parse(text, options);
            benchmark::DoNotOptimize(r);
        }
    }
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(N));
    // A label, not a counter: the CSV reporter aborts when benchmarks have different counters.
    if (failed > 0) state.SetLabel(std::to_string(failed) + " of " + std::to_string(N) + " did not parse");
}

void bm_detect_language(benchmark::State& state) {
    std::string_view const paragraph =
        "Ngân hàng Nhà nước cho biết đã bơm 100 tỷ nhân dân tệ (khoảng 14 tỷ USD) vào hệ thống.";
    for (auto _ : state) {
        auto l = figura::detect_language(paragraph);
        benchmark::DoNotOptimize(l);
    }
    state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(paragraph.size()));
}

// Names are the expressions themselves; RegisterBenchmark takes any string, BENCHMARK_CAPTURE only tokens.
bool register_all() {
    for (auto text : expressions_en)
        benchmark::RegisterBenchmark(("parse/en/" + std::string(text)).c_str(), bm_parse_one, text, figura::language::en)
            ->Repetitions(5)
            ->ReportAggregatesOnly(true);
    for (auto text : expressions_vi)
        benchmark::RegisterBenchmark(("parse/vi/" + std::string(text)).c_str(), bm_parse_one, text, figura::language::vi)
            ->Repetitions(5)
            ->ReportAggregatesOnly(true);
    benchmark::RegisterBenchmark("parse_all20/en", bm_parse_all<20>, expressions_en, figura::language::en)
        ->Repetitions(5)
        ->ReportAggregatesOnly(true);
    benchmark::RegisterBenchmark("parse_all20/vi", bm_parse_all<20>, expressions_vi, figura::language::vi)
        ->Repetitions(5)
        ->ReportAggregatesOnly(true);
    benchmark::RegisterBenchmark("detect_language/vi_paragraph", bm_detect_language);
    return true;
}

[[maybe_unused]] bool const registered = register_all();

}  // namespace
