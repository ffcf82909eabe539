// Fuzz target: figura::parse on arbitrary bytes, in English, Vietnamese and detected language, and
// with non-default currency options. Every result must satisfy the invariants in fuzz_check.hpp.

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
    // The defaults change which currency is chosen, so they reach different code.
    figura::parse_options unusual;
    unusual.dollar_default = "HKD";
    unusual.yen_default_en = "CNY";
    unusual.yen_default_vi = "JPY";
    unusual.implied_vnd = false;

    figura::fuzz::check_parse(input, detected);
    figura::fuzz::check_parse(input, en);
    figura::fuzz::check_parse(input, vi);
    figura::fuzz::check_parse(input, unusual);
    return 0;
}
