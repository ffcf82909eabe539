#pragma once
/// The binary image of the shipped rates (rates/*.figrates), made at build time by
/// tools/rates_embed.cpp with the library's own loader and compiled into the library, so a process
/// copies the published figures out in blocks instead of parsing 1.9 MB of text. Layout (native byte order; made
/// and read by the same build), every string a u32 length then its bytes:
///
///     "FIGRATE1"  u32 sources
///     per source: id title attribution url pivot  u8 kind  u8 replace
///                 u32 n + n notes   u32 n + n origins   u32 n + n retrieved
///                 u32 series, per series: base quote  u8 basis  u32 n  (pad to 16)  n x rate_obs
///
/// The text files stay the source of truth; the image is rebuilt whenever one changes.

#include <cstddef>
#include <string_view>
#include <vector>

#include "figura/error.hpp"
#include "figura/rates.hpp"

namespace figura::detail {

/// The image compiled into the library (generated rates_embedded.cpp).
extern char const* const embedded_rates_image;
extern std::size_t const embedded_rates_image_size;

/// Writes `sources` as an image.
std::string write_rates_image(std::vector<rate_source_data> const& sources);

/// One source of an image: where it starts, and its id (read without decoding the rest).
struct image_source {
    std::string_view id;
    std::size_t offset = 0;
};

/// The sources of an image, in order; an error when it is not one (a build fault).
result<std::vector<image_source>> list_rates_image(std::string_view image);

/// Decodes the source at `offset`: its series' figures are copied out of the image in one block
/// each, or with `in_place` read where they are (for an image that outlives the data: the embedded
/// one; `image` must then be 16-byte aligned).
result<rate_source_data> read_rates_image_source(std::string_view image, std::size_t offset, bool in_place = false);

}  // namespace figura::detail
