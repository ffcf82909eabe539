// libFuzzer target for figura's loader of the ECB's XML files (see rates_fuzz_common.hpp).

#include "rates_fuzz_common.hpp"

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size) {
    return figura_fuzz::run_rates_loader(data, size, [](std::string_view t) { return figura::load_ecb_xml(t, "fuzz.xml"); });
}
