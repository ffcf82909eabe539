// `figura check` end to end over a ~20 KB bilingual news item: read_article + check_article with the
// embedded rates (dated conversions in both languages, summary bullets, a dropped and a merged
// paragraph). The embedded table is built once per process, before timing, as in the CLI.

#include <benchmark/benchmark.h>

#include <array>
#include <cstddef>
#include <string>

#include "figura/article.hpp"
#include "figura/check.hpp"
#include "figura/rates.hpp"

namespace {

struct pair_template {
    char const* en;
    char const* vi;
};

// {0} and {1} are replaced by numbers that vary per paragraph; {2} by a year.
constexpr std::array<pair_template, 6> templates = {{
    {"In {2} the fund claimed to manage Rmb{0}bn (${1}bn) of assets, according to filings seen by reporters.",
     "Năm {2}, quỹ này tuyên bố quản lý {0} tỷ nhân dân tệ ({1} tỷ USD) tài sản, theo các hồ sơ mà phóng viên xem được."},
    {"The company bought {0},000 GPUs before export controls tightened, and spent less than ${1}m on training.",
     "Công ty đã mua {0}.000 GPU trước khi kiểm soát xuất khẩu được siết chặt và chi dưới {1} triệu USD cho huấn luyện."},
    {"In May last year revenue rose by about {1}% to ${0}m, while costs grew more slowly than analysts had expected.",
     "Vào tháng 5/2024, doanh thu tăng khoảng {1}% lên {0} triệu USD, trong khi chi phí tăng chậm hơn dự kiến."},
    {"Its founder, aged {1}, rarely gives interviews and has never explained how the firm chose its projects.",
     "Nhà sáng lập, {1} tuổi, hiếm khi trả lời phỏng vấn và chưa bao giờ giải thích cách công ty chọn dự án."},
    {"The city plans to spend €{0}m ($ {1}m) on a new bridge and to add {1} stalls to the river market by 2026.",
     "Thành phố dự kiến chi {0} triệu euro ({1} triệu USD) cho cây cầu mới và thêm {1} sạp vào chợ trước năm 2026."},
    {"Officials said the project was backed by a local bank and would be finished within two years of approval.",
     "Giới chức cho biết dự án được một ngân hàng địa phương hậu thuẫn và sẽ hoàn thành trong hai năm sau khi được duyệt."},
}};

std::string fill(char const* pattern, int a, int b, int y) {
    std::string out = pattern;
    auto put = [&](std::string const& key, int v) {
        for (auto at = out.find(key); at != std::string::npos; at = out.find(key, at)) out.replace(at, key.size(), std::to_string(v));
    };
    put("{0}", a);
    put("{1}", b);
    put("{2}", y);
    return out;
}

std::string make_article(std::size_t target_bytes) {
    std::string vi = "Một quỹ ở Hàng Châu đặt cược vào chip\nNgày 29 tháng 1 năm 2025 | Hàng Châu\n";
    std::string en = "A fund in Hangzhou bets on chips\nJan 29th 2025|Hangzhou\n";
    for (std::size_t i = 0; vi.size() + en.size() < target_bytes; ++i) {
        auto const& t = templates[i % templates.size()];
        int const a = static_cast<int>(100 + (i * 37) % 900);
        int const b = static_cast<int>(2 + (i * 11) % 60);
        int const y = static_cast<int>(2015 + i % 10);
        en += fill(t.en, a, b, y) + "\n";
        if (i == 7) continue;  // dropped in translation
        vi += fill(t.vi, a, b, y);
        vi += i == 12 ? " " : "\n";  // paragraphs 12 and 13 merged in translation
    }
    return "📌 Quỹ quản lý 100 tỷ nhân dân tệ vào năm 2021\n- Doanh thu tăng lên 137 triệu USD vào tháng 5/2024\n"
           "https://example.com/business/2025/01/29/fund-chips\n" +
           vi + en;
}

std::string const& article_text() {
    static std::string const text = make_article(20'000);
    return text;
}

void bm_read_and_check(benchmark::State& state) {
    auto const& text = article_text();
    (void)figura::rate_table::embedded();
    std::size_t findings = 0, conversions = 0;
    for (auto _ : state) {
        auto a = figura::read_article(text, "bench.txt");
        if (!a) {
            state.SkipWithError((a.error().id + ": " + a.error().message).c_str());
            return;
        }
        auto r = figura::check_article(*a);
        if (!r) {
            state.SkipWithError((r.error().id + ": " + r.error().message).c_str());
            return;
        }
        findings = r->findings.size();
        conversions = r->conversions_checked;
        benchmark::DoNotOptimize(r);
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
    state.counters["bytes"] = static_cast<double>(text.size());
    state.counters["findings"] = static_cast<double>(findings);
    state.counters["conversions"] = static_cast<double>(conversions);
}
BENCHMARK(bm_read_and_check)->Unit(benchmark::kMillisecond);

void bm_check_only(benchmark::State& state) {
    auto const& text = article_text();
    (void)figura::rate_table::embedded();
    auto a = figura::read_article(text, "bench.txt");
    if (!a) {
        state.SkipWithError((a.error().id + ": " + a.error().message).c_str());
        return;
    }
    for (auto _ : state) {
        auto r = figura::check_article(*a);
        benchmark::DoNotOptimize(r);
    }
}
BENCHMARK(bm_check_only)->Unit(benchmark::kMillisecond);

}  // namespace
