// Mass units of unit prices: the table behind `mass_unit_of`.
#include "parse/units.hpp"

#include <string>

#include "unicode/text.hpp"

namespace figura::detail {

std::optional<mass_unit> mass_unit_of(std::string_view per) {
    struct entry {
        std::string_view word;
        std::string_view name;
        std::int64_t coefficient;
        std::int32_t exponent;  ///< grams = coefficient * 10^exponent, exactly
    };
    // `ton` alone is left out: short, long or metric, a writer rarely says which.
    static constexpr entry table[] = {
        {"ounce", "troy ounce", 311034768, -7},   {"ounces", "troy ounce", 311034768, -7}, {"oz", "troy ounce", 311034768, -7},
        {"troy", "troy ounce", 311034768, -7},    {"troy ounce", "troy ounce", 311034768, -7},
        {"troy oz", "troy ounce", 311034768, -7}, {"ounce troy", "troy ounce", 311034768, -7},
        {"lượng", "lượng", 375, -1},              {"cây", "lượng", 375, -1},                  {"chỉ", "chỉ", 375, -2},
        {"gram", "g", 1, 0},                      {"grams", "g", 1, 0},                       {"gam", "g", 1, 0},
        {"g", "g", 1, 0},                         {"kg", "kg", 1, 3},                         {"kilogram", "kg", 1, 3},
        {"kilo", "kg", 1, 3},                     {"ki-lô-gam", "kg", 1, 3},                  {"ký", "kg", 1, 3},
        {"tấn", "tonne", 1, 6},                   {"tonne", "tonne", 1, 6},                   {"tonnes", "tonne", 1, 6},
        {"metric ton", "tonne", 1, 6},            {"pound", "pound", 45359237, -5},           {"lb", "pound", 45359237, -5},
    };
    std::string const word = to_lower(per);
    for (auto const& e : table)
        if (word == e.word) return mass_unit{e.name, decimal{decimal::coefficient_type{e.coefficient}, e.exponent}};
    return std::nullopt;
}

}  // namespace figura::detail
