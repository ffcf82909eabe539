// Fuzz target: figura::read_article_lines on arbitrary bytes (a JSON Lines batch), and
// figura::read_article_line on each line as `figura check --jsonl --jobs N` reads them: both must
// give the same articles and errors, every error must name a line of the stream, and every article
// must satisfy fuzz_article.hpp.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "figura/article.hpp"
#include "fuzz_article.hpp"

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size) {
    std::string_view const input(reinterpret_cast<char const*>(data), size);
    auto const batch = figura::read_article_lines(input, "batch.jsonl");

    std::size_t lines = 0;
    for (char c : input) lines += c == '\n' ? 1 : 0;
    std::size_t index = 0;
    std::size_t start = 0;
    std::size_t line_no = 0;
    while (start < input.size()) {
        ++line_no;
        auto const nl = input.find('\n', start);
        std::size_t const end = nl == std::string_view::npos ? input.size() : nl;
        std::string_view line = input.substr(start, end - start);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (line.find_first_not_of(" \t") != std::string_view::npos) {
            FIGURA_FUZZ_CHECK(index < batch.size());
            if (index >= batch.size()) return 0;
            auto const one = figura::read_article_line(line, start, line_no, "batch.jsonl");
            auto const& same = batch[index++];
            FIGURA_FUZZ_CHECK(one.has_value() == same.has_value());
            if (one && same) {
                FIGURA_FUZZ_CHECK(one->path == same->path);
                FIGURA_FUZZ_CHECK(one->sources.size() == same->sources.size());
                figura::fuzz::check_article_shape(*one);
            } else if (!one && !same) {
                FIGURA_FUZZ_CHECK(one.error().id == same.error().id);
                FIGURA_FUZZ_CHECK(one.error().where == same.error().where);
                auto const& e = one.error();
                FIGURA_FUZZ_CHECK(e.id.rfind("F-", 0) == 0);
                FIGURA_FUZZ_CHECK(!e.message.empty());
                bool const error_on_its_line = e.where.line == line_no && e.where.begin >= start && e.where.begin <= end;
                FIGURA_FUZZ_CHECK(error_on_its_line);
                FIGURA_FUZZ_CHECK(e.where.line <= lines + 1);
            }
        }
        start = end + 1;
    }
    FIGURA_FUZZ_CHECK(index == batch.size());
    return 0;
}
