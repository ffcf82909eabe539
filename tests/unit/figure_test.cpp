#include "figura/figure.hpp"

#include "figura/currency.hpp"

#include <catch2/catch.hpp>

#include <string_view>
#include <utility>
#include <vector>

// These spellings are what JSON output and docs show; a rename is a breaking change.

TEST_CASE("figure: language names", "[figure]") {
    CHECK(figura::to_string(figura::language::en) == "en");
    CHECK(figura::to_string(figura::language::vi) == "vi");
}

TEST_CASE("figure: kind names", "[figure]") {
    using figura::figure_kind;
    auto const rows = std::vector<std::pair<figure_kind, std::string_view>>{
        {figure_kind::money, "money"}, {figure_kind::count, "count"}, {figure_kind::percent, "percent"},
        {figure_kind::year, "year"},   {figure_kind::age, "age"},     {figure_kind::rate, "rate"},
    };
    for (auto const& [kind, name] : rows) CHECK(figura::to_string(kind) == name);
}

TEST_CASE("figure: qualifier names", "[figure]") {
    using figura::qualifier;
    auto const rows = std::vector<std::pair<qualifier, std::string_view>>{
        {qualifier::exact, "exact"}, {qualifier::approx, "approx"}, {qualifier::lt, "lt"},
        {qualifier::le, "le"},       {qualifier::gt, "gt"},         {qualifier::ge, "ge"},
    };
    for (auto const& [q, name] : rows) CHECK(figura::to_string(q) == name);
}

TEST_CASE("figure: currency source names", "[figure]") {
    using figura::currency_source;
    auto const rows = std::vector<std::pair<currency_source, std::string_view>>{
        {currency_source::none, "none"}, {currency_source::symbol, "symbol"}, {currency_source::code, "code"},
        {currency_source::name, "name"}, {currency_source::implied, "implied"},
    };
    for (auto const& [s, name] : rows) CHECK(figura::to_string(s) == name);
}

TEST_CASE("figure: out-of-range enumerators do not crash", "[figure]") {
    // 7 is the largest value these enums can hold without a fixed underlying type.
    CHECK(figura::to_string(static_cast<figura::qualifier>(7)) == "unknown");
    CHECK(figura::to_string(static_cast<figura::figure_kind>(7)) == "unknown");
}
