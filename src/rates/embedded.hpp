#pragma once
/// The rates files compiled into the library (generated from rates/*.figrates at build time).

#include <cstddef>

namespace figura::detail {

struct embedded_rate_file {
    char const* name;  ///< file name only, e.g. "ecb.figrates"
    char const* data;
    std::size_t size;
};

extern embedded_rate_file const* const embedded_rate_files;
extern std::size_t const embedded_rate_file_count;

}  // namespace figura::detail
