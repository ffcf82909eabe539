// The CLI's display helpers for rates (src/cli/rates_output.cpp): where amounts and rates are rounded.

#include <catch2/catch.hpp>

#include "cli/rates_output.hpp"

using figura::rational;
using namespace figura::cli;

TEST_CASE("cli_rates: magnitude is the power of ten at or below the value", "[cli_rates]") {
    CHECK(magnitude(rational(1)) == 0);
    CHECK(magnitude(rational(999)) == 2);
    CHECK(magnitude(rational(1000)) == 3);
    CHECK(magnitude(rational(-1000)) == 3);
    CHECK(magnitude(rational(1, 10)) == -1);
    CHECK(magnitude(rational(99, 1000)) == -2);
    CHECK(magnitude(rational(10396, 75385)) == -1);
    CHECK(magnitude(rational(206880400000000, 15077)) == 10);
}

TEST_CASE("cli_rates: amounts keep four significant digits of the larger end", "[cli_rates]") {
    figura::exact_interval i{figura::exact_bound{rational(206880400000000, 15077), true},
                             figura::exact_bound{rational(208959600000000, 15077), false}};
    std::int32_t const e = display_exponent(i, 4);
    CHECK(e == 7);
    auto const shown = i.enclosing(e);
    CHECK(interval_text(shown, true) == "[13,720,000,000, 13,860,000,000)");
    CHECK(display_exponent(figura::exact_interval{}, 4) == 0);
}

TEST_CASE("cli_rates: rates show six decimals or seven significant digits", "[cli_rates]") {
    CHECK(rate_display_exponent(rational(7)) == -6);
    CHECK(rate_display_exponent(rational(10396, 75385)) == -7);
    CHECK(rate_display_exponent(rational(25, 599872)) == -11);
}

TEST_CASE("cli_rates: text forms", "[cli_rates]") {
    CHECK(rational_text(rational(10396, 75385)) == "10396/75385");
    CHECK(rational_text(rational(42)) == "42");
    CHECK(rational_text(to_rational(figura::decimal::from_string("6.4508"))) == "16127/2500");
    CHECK(rational_text(to_rational(figura::decimal::from_string("1.5e3"))) == "1500");
    CHECK(grouped("13720000000") == "13,720,000,000");
    CHECK(grouped("-1234.5678") == "-1,234.5678");
    CHECK(grouped("999") == "999");
}
