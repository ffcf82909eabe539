// libFuzzer target for figura's loader of currency-api JSON snapshots (see rates_fuzz_common.hpp).

#include "rates_fuzz_common.hpp"

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size) {
    return figura_fuzz::run_rates_loader(data, size,
                                         [](std::string_view t) { return figura::load_currency_api_json(t, "fuzz.json", {"VND"}); });
}
