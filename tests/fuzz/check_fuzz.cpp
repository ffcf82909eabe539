// Fuzz target: a whole figura::check_article (embedded rates) on arbitrary bytes read as a
// single-file article, with and without a publication date. Every finding must name a known rule
// and places inside the article's sources whose text matches (fuzz_article.hpp).

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "figura/article.hpp"
#include "figura/check.hpp"
#include "fuzz_article.hpp"

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size) {
    std::string_view const input(reinterpret_cast<char const*>(data), size);
    auto a = figura::read_article(input, "item.txt");
    if (!a) return 0;  // reading is the article target's business
    figura::check_options dated;
    using namespace std::chrono;
    dated.publication_date = year_month_day{year{2025}, month{1}, day{29}};
    figura::check_options const* const variants[] = {&dated, nullptr};
    for (auto const* options : variants) {
        auto report = options ? figura::check_article(*a, *options) : figura::check_article(*a);
        // Content problems are findings; an error is only for unusable options, which these are not.
        FIGURA_FUZZ_CHECK(report.has_value());
        if (report) figura::fuzz::check_report_shape(*a, *report);
    }
    return 0;
}
