// Fuzz target: figura.toml (src/cli/config.cpp) on arbitrary bytes. A text is either settings that
// apply cleanly to the check and parse options, or an error with an F-CONFIG/F-IO id, a message and
// a line and column inside the text; never an exception or a crash.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "cli/config.hpp"
#include "figura/check.hpp"
#include "fuzz_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size) {
    std::string_view const input(reinterpret_cast<char const*>(data), size);
    auto config = figura::cli::parse_config(input, "figura.toml", figura::check_rules());
    if (!config) {
        auto const& e = config.error();
        FIGURA_FUZZ_CHECK(e.id.rfind("F-", 0) == 0);
        FIGURA_FUZZ_CHECK(!e.message.empty());
        FIGURA_FUZZ_CHECK(e.where.line >= 1);
        FIGURA_FUZZ_CHECK(e.where.column >= 1);
        std::size_t lines = 1;
        for (char c : input) lines += c == '\n' ? 1 : 0;
        FIGURA_FUZZ_CHECK(e.where.line <= lines);
        return 0;
    }
    figura::check_options check;
    figura::parse_options parse;
    figura::cli::apply_config(*config, check, parse);
    if (config->max_stale_days) FIGURA_FUZZ_CHECK(*config->max_stale_days >= 0);
    if (config->approx_tolerance) FIGURA_FUZZ_CHECK(config->approx_tolerance->sign() >= 0);
    for (auto const& [rule, level] : config->rule_levels) {
        bool known = false;
        for (auto const& r : figura::check_rules()) known = known || r.id == rule;
        FIGURA_FUZZ_CHECK(known);
    }
    return 0;
}
