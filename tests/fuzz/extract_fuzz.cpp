// Fuzz target: figura::extract on arbitrary bytes (detected language per line, forced English,
// forced Vietnamese). Spans must lie inside the input, in order, and match the figure text.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "figura/parse.hpp"
#include "fuzz_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size) {
    std::string_view const input(reinterpret_cast<char const*>(data), size);

    figura::parse_options detected;
    figura::parse_options en;
    en.lang = figura::language::en;
    figura::parse_options vi;
    vi.lang = figura::language::vi;
    vi.implied_vnd = false;

    figura::fuzz::check_extract(input, detected);
    figura::fuzz::check_extract(input, en);
    figura::fuzz::check_extract(input, vi);
    return 0;
}
