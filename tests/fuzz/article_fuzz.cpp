// Fuzz target: figura::read_article on arbitrary bytes (as one file, and cut into three separate
// parts), then figura::align. Spans of lines and figures must lie in their sources and match their
// text; alignment indices must be in range and monotone (fuzz_article.hpp).

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "figura/article.hpp"
#include "fuzz_article.hpp"

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size) {
    std::string_view const input(reinterpret_cast<char const*>(data), size);

    auto whole = figura::read_article(input, "item.txt");
    if (whole) {
        figura::fuzz::check_article_shape(*whole);
    } else {
        figura::fuzz::check_error(input, whole.error());
    }

    // The same bytes as --original, --translation and --summary files.
    std::size_t const third = size / 3;
    auto parts = figura::read_article_parts({input.substr(0, third), "original.txt"},
                                            {input.substr(third, third), "translation.txt"},
                                            {input.substr(2 * third), "summary.txt"});
    if (parts) figura::fuzz::check_article_shape(*parts);
    else FIGURA_FUZZ_CHECK(parts.error().id.rfind("F-", 0) == 0);
    return 0;
}
