#pragma once
// Units of mass a price is given per (`USD/ounce`, `đồng/lượng`, `USD/tấn`), with exact factors, so
// that a price restated per another unit (`71 USD/ounce, tương đương 2,26 triệu đồng/lượng`) can be
// linked to its original and checked once the unit is converted.

#include <optional>
#include <string_view>

#include "figura/decimal.hpp"

namespace figura::detail {

/// A figure's `per` unit (as `figure::per` holds it, any case) as a mass: its name as shown in
/// evidence and its exact weight in grams; nullopt for any other unit. An ounce in a price is the
/// troy ounce (31.1034768 g): gold, silver and platinum, the only things priced per ounce in the news,
/// are weighed in it; `lượng`/`cây` is the Vietnamese tael of 37.5 g, `chỉ` a tenth of it.
struct mass_unit {
    std::string_view name;  ///< "troy ounce", "lượng", "kg", ...
    decimal grams;
};
std::optional<mass_unit> mass_unit_of(std::string_view per);

}  // namespace figura::detail
