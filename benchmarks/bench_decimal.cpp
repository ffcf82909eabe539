// Micro benchmarks for the exact decimal type and UTF-8 validation.
#include "figura/decimal.hpp"

#include "unicode/text.hpp"

#include <benchmark/benchmark.h>

#include <cstddef>
#include <string>

namespace {

std::string repeat(std::string const& piece, std::size_t min_bytes) {
    std::string out;
    out.reserve(min_bytes + piece.size());
    while (out.size() < min_bytes) out += piece;
    return out;
}

std::string long_digits(std::size_t n) {
    std::string s;
    s.reserve(n);
    for (std::size_t i = 0; i < n; ++i) s.push_back(static_cast<char>('0' + (i * 7 + 3) % 10));
    return s;
}

void BM_decimal_parse(benchmark::State& state, std::string const& text) {
    for (auto _ : state) {
        auto d = figura::decimal::parse(text);
        benchmark::DoNotOptimize(d);
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(text.size()));
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
}
BENCHMARK_CAPTURE(BM_decimal_parse, short_money, std::string("14500000000.25"));
BENCHMARK_CAPTURE(BM_decimal_parse, scientific, std::string("-1.2345e-7"));
BENCHMARK_CAPTURE(BM_decimal_parse, digits_10000, long_digits(10'000));
BENCHMARK_CAPTURE(BM_decimal_parse, digits_100000, long_digits(100'000));

void BM_decimal_multiply(benchmark::State& state, std::string const& a_text, std::string const& b_text) {
    auto const a = figura::decimal::from_string(a_text);
    auto const b = figura::decimal::from_string(b_text);
    for (auto _ : state) {
        auto p = a * b;
        benchmark::DoNotOptimize(p);
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
}
// An amount times an exchange rate, the common case in conversion checks.
BENCHMARK_CAPTURE(BM_decimal_multiply, amount_by_rate, std::string("100000000000"), std::string("0.13793"));
BENCHMARK_CAPTURE(BM_decimal_multiply, digits_1000, long_digits(1000), "0." + long_digits(1000));

void BM_utf8_validate(benchmark::State& state, std::string const& text) {
    for (auto _ : state) {
        auto r = figura::detail::find_invalid_utf8(text);
        benchmark::DoNotOptimize(r);
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(text.size()));
}
BENCHMARK_CAPTURE(BM_utf8_validate, ascii_1mb,
                  repeat("China's central bank injected Rmb100bn ($14bn) into the market on Monday. ", 1 << 20));
BENCHMARK_CAPTURE(BM_utf8_validate, vietnamese_1mb,
                  repeat("Ng\xC3\xA2n h\xC3\xA0ng trung \xC6\xB0\xC6\xA1ng b\xC6\xA1m 100 t\xE1\xBB\xB7 nh\xC3\xA2n d"
                         "\xC3\xA2n t\xE1\xBB\x87 (kho\xE1\xBA\xA3ng 14 t\xE1\xBB\xB7 USD) v\xC3\xA0o th\xE1\xBB\x8B "
                         "tr\xC6\xB0\xE1\xBB\x9Dng. ",
                         1 << 20));

void BM_utf8_normalize(benchmark::State& state, std::string const& text) {
    for (auto _ : state) {
        figura::detail::normalized_text n(text);
        benchmark::DoNotOptimize(n.text().data());
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(text.size()));
}
// Already-NFC Vietnamese: the quick check, no copy. Decomposed: full normalisation plus offset map.
BENCHMARK_CAPTURE(BM_utf8_normalize, vietnamese_nfc_64kb,
                  repeat("Ng\xC3\xA2n h\xC3\xA0ng b\xC6\xA1m 100 t\xE1\xBB\xB7 nh\xC3\xA2n d\xC3\xA2n t\xE1\xBB\x87. ",
                         1 << 16));
BENCHMARK_CAPTURE(BM_utf8_normalize, vietnamese_nfd_64kb,
                  repeat("Nga\xCC\x82n ha\xCC\x80ng bo\xCC\x9Bm 100 ty\xCC\x89 nha\xCC\x82n da\xCC\x82n te\xCC\xA3\xCC\x82. ",
                         1 << 16));

}  // namespace
