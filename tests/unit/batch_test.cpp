// Parallel batches (src/cli/batch.hpp) and the library under them: results come out in input order
// and equal to a run on one thread, whatever the number of jobs, while figura::extract and
// figura::check_article run on several threads at once. The ThreadSanitizer build (preset ci-tsan,
// .ci/run) runs this test to show the library is reentrant.

#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "cli/batch.hpp"
#include "figura/article.hpp"
#include "figura/check.hpp"
#include "figura/parse.hpp"
#include "test_random.hpp"

namespace {

// A bilingual JSON Lines article of our own; `i` varies its figures.
std::string article_line(int i) {
    std::string const n = std::to_string(10 + i % 37);
    std::string const usd = std::to_string(1 + i % 5);
    return "{\"id\":\"t" + std::to_string(i) + "\",\"date\":\"2025-01-29\",\"original\":\"Port deal\\nJan 29th 2025|Hanoi\\n"
           "The port took Rmb" + n + "bn ($" + usd + "bn) in 2024 and less than $" + n + "m this year.\","
           "\"translation\":\"Thỏa thuận cảng\\nNgày 29 tháng 1 năm 2025 | Hà Nội\\nCảng nhận " + n +
           " tỷ nhân dân tệ (" + usd + " tỷ USD) năm 2024 và dưới " + n + " triệu USD năm nay.\"}";
}

// Everything a check says about one article, as text to compare.
std::string check_summary(std::string const& line, std::size_t number) {
    auto a = figura::read_article_line(line, 0, number, "batch.jsonl");
    if (!a) return "error " + a.error().id;
    auto report = figura::check_article(*a);
    if (!report) return "error " + report.error().id;
    std::string out = std::to_string(report->figures_checked) + " figures\n";
    for (auto const& f : report->findings) out += f.rule + " " + f.primary.path + " " + f.message + "\n";
    return out;
}

}  // namespace

TEST_CASE("batch: results come out in input order for any number of jobs", "[batch]") {
    for (unsigned jobs : {1U, 2U, 3U, 8U}) {
        for (std::size_t window : {std::size_t{1}, std::size_t{2}, std::size_t{16}}) {
            std::vector<int> seen;
            figura::test::splitmix64 random{jobs * 100 + window};
            {
                figura::cli::ordered_batch<int> batch(jobs, window, [&](int&& v) { seen.push_back(v); });
                for (int i = 0; i < 200; ++i) {
                    auto const pause = std::chrono::microseconds(random.below(200));
                    batch.submit([i, pause] {
                        std::this_thread::sleep_for(pause);
                        return i;
                    });
                }
                batch.finish();
            }
            REQUIRE(seen.size() == 200);
            for (int i = 0; i < 200; ++i) CHECK(seen[static_cast<std::size_t>(i)] == i);
        }
    }
}

TEST_CASE("batch: at most `window` results wait at a time", "[batch]") {
    std::atomic<int> started{0};
    std::size_t sunk = 0;
    figura::cli::ordered_batch<int> batch(4, 3, [&](int&&) {
        ++sunk;
        // The tasks started so far: the ones sunk and at most `window` waiting or running.
        CHECK(started.load() <= static_cast<int>(sunk) + 3);
    });
    for (int i = 0; i < 50; ++i) {
        batch.submit([&started, i] {
            ++started;
            return i;
        });
    }
    batch.finish();
    CHECK(sunk == 50);
}

TEST_CASE("batch: a task's exception reaches the caller after the results before it", "[batch]") {
    for (unsigned jobs : {1U, 3U}) {
        std::vector<int> seen;
        auto run = [&] {
            figura::cli::ordered_batch<int> batch(jobs, 4, [&](int&& v) { seen.push_back(v); });
            for (int i = 0; i < 10; ++i) {
                batch.submit([i]() -> int {
                    if (i == 6) throw std::runtime_error("task 6");
                    return i;
                });
            }
            batch.finish();
        };
        CHECK_THROWS_WITH(run(), "task 6");
        REQUIRE(seen.size() == 6);
        for (int i = 0; i < 6; ++i) CHECK(seen[static_cast<std::size_t>(i)] == i);
    }
}

TEST_CASE("batch: checking articles on several threads gives what one thread gives", "[batch]") {
    std::vector<std::string> lines;
    for (int i = 0; i < 48; ++i) lines.push_back(article_line(i));
    lines[7] = "{\"original\": 5}";  // an article that cannot be read, in the middle
    std::vector<std::string> one;
    for (std::size_t i = 0; i < lines.size(); ++i) one.push_back(check_summary(lines[i], i + 1));
    CHECK(one[0].find("figures") != std::string::npos);
    CHECK(one[7] == "error F-ARTICLE-012");

    for (unsigned jobs : {2U, 4U}) {
        std::vector<std::string> many;
        figura::cli::ordered_batch<std::string> batch(jobs, 2 * jobs, [&](std::string&& s) { many.push_back(std::move(s)); });
        for (std::size_t i = 0; i < lines.size(); ++i) {
            batch.submit([&lines, i] { return check_summary(lines[i], i + 1); });
        }
        batch.finish();
        CHECK(many == one);
    }
}

TEST_CASE("batch: extracting on several threads at once gives the same figures", "[batch]") {
    std::string const text =
        "Rmb100bn ($14bn) went to the metro line in 2021, and less than $6m to each carriage.\n"
        "Trung Quốc cam kết 100 tỷ nhân dân tệ (khoảng 14 tỷ USD), từ 5 đến 6 triệu USD mỗi toa.\n";
    auto const expected = figura::extract(text);
    REQUIRE(expected);
    std::vector<std::size_t> counts(4);
    std::vector<std::thread> threads;
    for (std::size_t t = 0; t < counts.size(); ++t) {
        threads.emplace_back([&, t] {
            for (int round = 0; round < 20; ++round) {
                auto got = figura::extract(text);
                if (got && got->size() == expected->size() && got->front().text == expected->front().text) ++counts[t];
            }
        });
    }
    for (auto& th : threads) th.join();
    for (auto c : counts) CHECK(c == 20);
}
