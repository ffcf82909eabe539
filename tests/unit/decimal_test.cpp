#include "figura/decimal.hpp"

#include <catch2/catch.hpp>

#include <cstdint>
#include <limits>
#include <string>
#include <vector>

using figura::bound;
using figura::decimal;
using figura::interval;
using figura::rounding_mode;
using cpp_int = decimal::coefficient_type;

namespace {

decimal dec(char const* text) { return decimal::from_string(text); }

// Exact representation check: coefficient and exponent, not just value.
void require_repr(decimal const& d, std::string const& coefficient, std::int32_t exponent) {
    CHECK(d.coefficient().str() == coefficient);
    CHECK(d.exponent() == exponent);
}

constexpr std::int32_t int32_max = std::numeric_limits<std::int32_t>::max();
constexpr std::int32_t int32_min = std::numeric_limits<std::int32_t>::min();

std::string decimal_error_id(auto&& f) {
    try {
        f();
    } catch (figura::exception const& e) {
        return e.details().id;
    }
    return "no exception";
}

}  // namespace

TEST_CASE("decimal: parse keeps the written coefficient and exponent", "[decimal]") {
    struct row {
        char const* text;
        char const* coefficient;
        std::int32_t exponent;
    };
    auto const rows = std::vector<row>{
        {"0", "0", 0},
        {"-0", "0", 0},
        {"0.0", "0", -1},
        {"7", "7", 0},
        {"+12", "12", 0},
        {"007", "7", 0},
        {"1.50", "150", -2},
        {"-0.005", "-5", -3},
        {"14000000000", "14000000000", 0},
        {"1e3", "1", 3},
        {"1E3", "1", 3},
        {"1.5E-3", "15", -4},
        {"12.345e+2", "12345", -1},
        {"-2.5e0", "-25", -1},
        {"1e0000000000000000000005", "1", 5},
        {"1e2147483647", "1", int32_max},
        {"1e-2147483648", "1", int32_min},
        {"1.5e-2147483647", "15", int32_min},
        {"9.9E+2147483648", "99", int32_max},  // the written exponent may exceed int32 if the result does not
        {"123456789012345678901234567890", "123456789012345678901234567890", 0},
        {"-98765432109876543210.0123456789", "-987654321098765432100123456789", -10},
    };
    for (auto const& r : rows) {
        INFO("input: " << r.text);
        auto const d = decimal::parse(r.text);
        REQUIRE(d.has_value());
        require_repr(*d, r.coefficient, r.exponent);
    }
}

TEST_CASE("decimal: parse rejects malformed numbers at the offending byte", "[decimal]") {
    struct row {
        std::string text;
        std::size_t column;
    };
    auto const rows = std::vector<row>{
        {"", 1},
        {"+", 2},
        {"-", 2},
        {".", 1},
        {".5", 1},
        {"1.", 3},
        {"-.5", 2},
        {"1,5", 2},
        {"1_000", 2},
        {"12abc", 3},
        {"1.2.3", 4},
        {"--1", 2},
        {"+-1", 2},
        {" 1", 1},
        {"1 ", 2},
        {"1e", 3},
        {"1e+", 4},
        {"1e-", 4},
        {"1e5x", 4},
        {"1e2147483648", 3},
        {"1e-2147483649", 4},
        {"1e99999999999999999999999999", 3},
        {"1.5e-2147483648", 6},  // the fraction digit pushes the exponent below int32
        {"inf", 1},
        {"nan", 1},
        {"0x10", 2},
        {"1\xC3\xA9", 2},
        {"\xD9\xA3", 1},  // ARABIC-INDIC DIGIT THREE is not an ASCII digit
        {std::string("1\0" "2", 3), 2},
    };
    for (auto const& r : rows) {
        INFO("input: '" << r.text << "'");
        auto const d = decimal::parse(r.text);
        REQUIRE_FALSE(d.has_value());
        CHECK(d.error().id == "F-DECIMAL-001");
        CHECK(d.error().where.column == r.column);
        CHECK(d.error().where.begin == r.column - 1);
        CHECK(d.error().where.line == 1);
        CHECK_FALSE(d.error().message.empty());
    }
}

TEST_CASE("decimal: from_string throws the parse error", "[decimal]") {
    CHECK(decimal_error_id([] { (void)decimal::from_string("12abc"); }) == "F-DECIMAL-001");
    CHECK_THROWS_WITH(decimal::from_string("1e"), Catch::Contains("F-DECIMAL-001"));
    require_repr(decimal::from_string("-1.25"), "-125", -2);
}

TEST_CASE("decimal: a 10,000-digit number parses exactly", "[decimal]") {
    std::string digits;
    for (int i = 0; i < 1000; ++i) digits += "1234567890";
    auto const d = decimal::parse(digits);
    REQUIRE(d.has_value());
    CHECK(d->digits() == 10000);
    CHECK(d->exponent() == 0);
    CHECK(d->coefficient() == cpp_int(digits));  // Boost's own conversion as the reference
    CHECK(d->to_string() == digits);

    // 0.999...9 (5,000 nines each side) + 1e-5000 is exactly 10^5000.
    std::string const nines(5000, '9');
    auto const x = decimal::from_string(nines + "." + nines);
    CHECK(x.digits() == 10000);
    CHECK(x.exponent() == -5000);
    auto const sum = (x + decimal(cpp_int(1), -5000)).normalized();
    require_repr(sum, "1", 5000);

    // A digit string past the parser's limit is refused, not ground through.
    auto const longest = decimal::parse(std::string(100'000, '7'));
    REQUIRE(longest.has_value());
    CHECK(longest->digits() == 100'000);
    auto const huge = decimal::parse(std::string(100'001, '7'));
    REQUIRE_FALSE(huge.has_value());
    CHECK(huge.error().id == "F-DECIMAL-001");
    CHECK(huge.error().where.begin == 100'000);
    // The limit counts fraction digits too, and points into the fraction.
    auto const long_fraction = decimal::parse("12." + std::string(99'999, '5'));
    REQUIRE_FALSE(long_fraction.has_value());
    CHECK(long_fraction.error().where.begin == 3 + 99'998);
}

TEST_CASE("decimal: arithmetic is exact and aligns exponents", "[decimal]") {
    CHECK((dec("0.1") + dec("0.2")) == dec("0.3"));
    CHECK((dec("1.50") + dec("2.5")).to_string() == "4.00");
    CHECK((dec("1") - dec("0.001")).to_string() == "0.999");
    CHECK((dec("0.001") - dec("1")).to_string() == "-0.999");
    CHECK((dec("1.5") * dec("-2.25")).to_string() == "-3.375");
    CHECK((dec("14") * decimal(cpp_int(1), 9)).to_string() == "14000000000");
    CHECK((-dec("2.5")).to_string() == "-2.5");
    CHECK(dec("-2.5").abs().to_string() == "2.5");
    CHECK(dec("1.5").scaled(3).to_string() == "1500");

    decimal acc = dec("10");
    acc += dec("0.5");
    acc -= dec("3");
    acc *= dec("2");
    CHECK(acc.to_string() == "15.0");

    decimal const big = dec("123456789012345678901234567890.123");
    CHECK((big * big).to_string() == "15241578753238836750495351562566569157598942236884722755800.955129");
}

TEST_CASE("decimal: huge exponents never materialise huge coefficients", "[decimal]") {
    decimal const far(cpp_int(1), 2000000000);
    decimal const one(1);
    // Adding zero needs no alignment, whatever the exponents.
    CHECK((decimal(cpp_int(0), -2000000000) + one) == one);
    CHECK((far + decimal(cpp_int(0), -2000000000)) == far);
    CHECK((decimal(cpp_int(0), -2000000000) - far) == -far);
    // A real sum would need two billion digits: refused with an id, not attempted.
    CHECK(decimal_error_id([&] { (void)(far + one); }) == "F-DECIMAL-003");
    CHECK(decimal_error_id([&] { (void)(far - one); }) == "F-DECIMAL-003");
    // Products whose exponent leaves int32.
    CHECK(decimal_error_id([&] { (void)(decimal(cpp_int(1), int32_max) * decimal(cpp_int(1), 1)); }) == "F-DECIMAL-003");
    CHECK(decimal_error_id([&] { (void)(decimal(cpp_int(1), int32_min) * decimal(cpp_int(1), -1)); }) == "F-DECIMAL-003");
    require_repr(decimal(cpp_int(3), 1000000000) * decimal(cpp_int(7), 1000000000), "21", 2000000000);
    // Quantizing far below the exponent would also need the huge coefficient.
    CHECK(decimal_error_id([&] { (void)one.quantize(-2000000000, rounding_mode::half_even); }) == "F-DECIMAL-003");
}

TEST_CASE("decimal: comparison is by value", "[decimal]") {
    CHECK(dec("1.50") == dec("1.5"));
    CHECK(dec("10") == decimal(cpp_int(1), 1));
    CHECK(dec("0") == decimal(cpp_int(0), 5));
    CHECK(dec("0.00") == decimal(cpp_int(0), -7));
    CHECK(dec("-0") == dec("0"));
    CHECK(dec("-1") < dec("0"));
    CHECK(dec("0") < dec("0.001"));
    CHECK(dec("-2") < dec("-1.5"));
    CHECK(dec("999.9") < dec("1e3"));
    CHECK(dec("1e3") > dec("999.9"));
    CHECK(dec("1000.0001") > dec("1e3"));
    CHECK(dec("-1000.0001") < dec("-1e3"));
    CHECK((dec("1.23") <=> dec("1.230")) == std::strong_ordering::equal);
    CHECK(dec("1.5") != dec("1.51"));

    decimal const far(cpp_int(1), 2000000000);
    CHECK(far > dec("99999999999999999999999999999999999999"));
    CHECK(-far < dec("-99999999999999999999999999999999999999"));
    CHECK(decimal(cpp_int(-1), 2000000000) < decimal(cpp_int(-1), 0));
    decimal const tiny(cpp_int(1), -2000000000);
    CHECK(tiny > dec("0"));
    CHECK(tiny < decimal(cpp_int(1), -1999999999));
    CHECK(-tiny > decimal(cpp_int(-1), -1999999999));
    CHECK(decimal(cpp_int(10), int32_max - 1) == decimal(cpp_int(1), int32_max));
    CHECK(decimal(cpp_int(1), int32_max) > decimal(cpp_int(9), int32_max - 1));
    CHECK(decimal(cpp_int(1), int32_min) < decimal(cpp_int(2), int32_min));
}

TEST_CASE("decimal: normalized moves trailing zeros into the exponent", "[decimal]") {
    require_repr(dec("1500").normalized(), "15", 2);
    require_repr(dec("1.50").normalized(), "15", -1);
    require_repr(dec("-120").normalized(), "-12", 1);
    require_repr(dec("0.00").normalized(), "0", 0);
    require_repr(dec("7").normalized(), "7", 0);
    require_repr(decimal(cpp_int(1000), int32_max - 1).normalized(), "100", int32_max);  // stops at int32
    require_repr(decimal(boost::multiprecision::pow(cpp_int(10), 10000) * 3, -20).normalized(), "3", 9980);
}

TEST_CASE("decimal: quantize rounds with every mode", "[decimal]") {
    // The classic table (as in Java's RoundingMode docs): input, then up, down, ceiling, floor,
    // half_up, half_even.
    struct row {
        char const* input;
        char const* up;
        char const* down;
        char const* ceiling;
        char const* floor;
        char const* half_up;
        char const* half_even;
    };
    auto const rows = std::vector<row>{
        {"5.5", "6", "5", "6", "5", "6", "6"},
        {"2.5", "3", "2", "3", "2", "3", "2"},
        {"1.6", "2", "1", "2", "1", "2", "2"},
        {"1.1", "2", "1", "2", "1", "1", "1"},
        {"1.0", "1", "1", "1", "1", "1", "1"},
        {"0.5", "1", "0", "1", "0", "1", "0"},
        {"0.4", "1", "0", "1", "0", "0", "0"},
        {"-0.4", "-1", "0", "0", "-1", "0", "0"},
        {"-0.5", "-1", "0", "0", "-1", "-1", "0"},
        {"-1.0", "-1", "-1", "-1", "-1", "-1", "-1"},
        {"-1.1", "-2", "-1", "-1", "-2", "-1", "-1"},
        {"-1.6", "-2", "-1", "-1", "-2", "-2", "-2"},
        {"-2.5", "-3", "-2", "-2", "-3", "-3", "-2"},
        {"-5.5", "-6", "-5", "-5", "-6", "-6", "-6"},
        {"2.50000000000000000000000000001", "3", "2", "3", "2", "3", "3"},
        {"-2.49999999999999999999999999999", "-3", "-2", "-2", "-3", "-2", "-2"},
    };
    for (auto const& r : rows) {
        INFO("input: " << r.input);
        auto const v = dec(r.input);
        CHECK(v.quantize(0, rounding_mode::up).to_string() == r.up);
        CHECK(v.quantize(0, rounding_mode::down).to_string() == r.down);
        CHECK(v.quantize(0, rounding_mode::ceiling).to_string() == r.ceiling);
        CHECK(v.quantize(0, rounding_mode::floor).to_string() == r.floor);
        CHECK(v.quantize(0, rounding_mode::half_up).to_string() == r.half_up);
        CHECK(v.quantize(0, rounding_mode::half_even).to_string() == r.half_even);
    }

    CHECK(dec("1.25").quantize(-1, rounding_mode::half_even).to_string() == "1.2");
    CHECK(dec("1.35").quantize(-1, rounding_mode::half_even).to_string() == "1.4");
    CHECK(dec("1.25").quantize(-1, rounding_mode::half_up).to_string() == "1.3");
    CHECK(dec("14.2e9").quantize(9, rounding_mode::half_even).to_string() == "14000000000");
    CHECK(dec("14.5e9").quantize(9, rounding_mode::half_even).to_string() == "14000000000");
    CHECK(dec("15.5e9").quantize(9, rounding_mode::half_even).to_string() == "16000000000");
    require_repr(dec("14.5e9").quantize(9, rounding_mode::half_up), "15", 9);
    // Finer exponent: exact, keeps the requested scale.
    CHECK(dec("1.5").quantize(-3, rounding_mode::down).to_string() == "1.500");
    CHECK(dec("-7").quantize(-2, rounding_mode::up).to_string() == "-7.00");
    // Far coarser than the value: only the directional modes leave zero.
    decimal const v = dec("123.456");
    require_repr(v.quantize(2000000000, rounding_mode::up), "1", 2000000000);
    require_repr(v.quantize(2000000000, rounding_mode::ceiling), "1", 2000000000);
    require_repr(v.quantize(2000000000, rounding_mode::down), "0", 2000000000);
    require_repr(v.quantize(2000000000, rounding_mode::half_up), "0", 2000000000);
    require_repr((-v).quantize(2000000000, rounding_mode::floor), "-1", 2000000000);
    require_repr((-v).quantize(2000000000, rounding_mode::ceiling), "0", 2000000000);
    // Exactly one digit coarser than the leading digit: 0.5 -> ties.
    CHECK(dec("500").quantize(3, rounding_mode::half_up).to_string() == "1000");
    CHECK(dec("500").quantize(3, rounding_mode::half_even).to_string() == "0");
    CHECK(dec("501").quantize(3, rounding_mode::half_even).to_string() == "1000");
    CHECK(dec("0").quantize(5, rounding_mode::up).to_string() == "0");
}

TEST_CASE("decimal: divide rounds the true quotient exactly", "[decimal]") {
    struct row {
        char const* a;
        char const* b;
        std::int32_t exponent;
        rounding_mode mode;
        char const* expected;
    };
    using rm = rounding_mode;
    auto const rows = std::vector<row>{
        {"1", "3", -5, rm::half_even, "0.33333"},
        {"1", "3", -5, rm::half_up, "0.33333"},
        {"1", "3", -5, rm::down, "0.33333"},
        {"1", "3", -5, rm::up, "0.33334"},
        {"1", "3", -5, rm::floor, "0.33333"},
        {"1", "3", -5, rm::ceiling, "0.33334"},
        {"-1", "3", -5, rm::half_even, "-0.33333"},
        {"-1", "3", -5, rm::half_up, "-0.33333"},
        {"-1", "3", -5, rm::down, "-0.33333"},
        {"-1", "3", -5, rm::up, "-0.33334"},
        {"-1", "3", -5, rm::floor, "-0.33334"},
        {"-1", "3", -5, rm::ceiling, "-0.33333"},
        {"1", "-3", -5, rm::floor, "-0.33334"},
        {"-1", "-3", -5, rm::floor, "0.33333"},
        {"2", "3", -5, rm::half_even, "0.66667"},
        {"2", "3", -5, rm::down, "0.66666"},
        // Exact ties: 1/8 = 0.125, 3/8 = 0.375.
        {"1", "8", -2, rm::half_even, "0.12"},
        {"1", "8", -2, rm::half_up, "0.13"},
        {"3", "8", -2, rm::half_even, "0.38"},
        {"1", "-8", -2, rm::half_up, "-0.13"},
        {"1", "-8", -2, rm::half_even, "-0.12"},
        // Exact quotients need no rounding whatever the mode.
        {"14000000000", "7.0", 0, rm::up, "2000000000"},
        {"100000000000", "7.25", -2, rm::half_even, "13793103448.28"},
        {"1.5", "0.5", -3, rm::up, "3.000"},
        {"0", "7", -2, rm::up, "0.00"},
        // Quotient far below the scale.
        {"1e-2000000000", "1", 0, rm::half_even, "0"},
        {"1e-2000000000", "1", 0, rm::up, "1"},
        {"-1e-2000000000", "1", 0, rm::floor, "-1"},
        {"1e2000000000", "1e1999999999", 0, rm::down, "10"},
    };
    for (auto const& r : rows) {
        INFO(r.a << " / " << r.b << " at exponent " << r.exponent << " mode " << static_cast<int>(r.mode));
        auto const q = figura::divide(dec(r.a), dec(r.b), r.exponent, r.mode);
        REQUIRE(q.has_value());
        CHECK(q->to_string() == r.expected);
        CHECK(q->exponent() == r.exponent);
    }

    auto const by_zero = figura::divide(dec("1"), dec("0.00"), -2, rm::half_even);
    REQUIRE_FALSE(by_zero.has_value());
    CHECK(by_zero.error().id == "F-DECIMAL-002");

    auto const too_fine = figura::divide(dec("1"), dec("3"), -2000000, rm::half_even);
    REQUIRE_FALSE(too_fine.has_value());
    CHECK(too_fine.error().id == "F-DECIMAL-003");
}

TEST_CASE("decimal: to_string is positional and keeps the written scale", "[decimal]") {
    CHECK(decimal(cpp_int(140), -1).to_string() == "14.0");
    CHECK(decimal(cpp_int(14), 9).to_string() == "14000000000");
    CHECK(decimal(cpp_int(-5), -3).to_string() == "-0.005");
    CHECK(decimal(cpp_int(0), -2).to_string() == "0.00");
    CHECK(decimal(cpp_int(0), 3).to_string() == "0");
    CHECK(decimal().to_string() == "0");
    CHECK(decimal(-123).to_string() == "-123");
    CHECK(decimal(cpp_int(-123), -1).to_string() == "-12.3");
    CHECK(decimal(cpp_int(123), -3).to_string() == "0.123");
    CHECK(decimal(std::numeric_limits<std::int64_t>::min()).to_string() == "-9223372036854775808");
    CHECK(decimal(std::numeric_limits<std::uint64_t>::max()).to_string() == "18446744073709551615");
    CHECK(decimal(cpp_int(1), 1000).to_string() == "1" + std::string(1000, '0'));
    CHECK(decimal(cpp_int(1), -1000).to_string() == "0." + std::string(999, '0') + "1");
}

TEST_CASE("decimal: to_string switches to scientific form past exponent 1000", "[decimal]") {
    struct row {
        decimal value;
        char const* text;
    };
    auto const rows = std::vector<row>{
        {decimal(cpp_int(1), 2000000000), "1E+2000000000"},
        {decimal(cpp_int(123), 2000000000), "1.23E+2000000002"},
        {decimal(cpp_int(-5), -1001), "-5E-1001"},
        {decimal(cpp_int(12345), -2000), "1.2345E-1996"},
        {decimal(cpp_int(0), 1001), "0E+1001"},
        {decimal(cpp_int(1), int32_min), "1E-2147483648"},
        {decimal(cpp_int(99), int32_max), "9.9E+2147483648"},
    };
    for (auto const& r : rows) {
        INFO(r.text);
        CHECK(r.value.to_string() == r.text);
        auto const back = decimal::parse(r.value.to_string());
        REQUIRE(back.has_value());
        CHECK(back->coefficient() == r.value.coefficient());
        CHECK(back->exponent() == r.value.exponent());
    }
}

TEST_CASE("decimal: digits counts significant digits of the coefficient", "[decimal]") {
    CHECK(decimal().digits() == 0);
    CHECK(decimal(1).digits() == 1);
    CHECK(decimal(9).digits() == 1);
    CHECK(decimal(10).digits() == 2);
    CHECK(decimal(-999).digits() == 3);
    CHECK(dec("1.50").digits() == 3);
    CHECK(decimal(std::numeric_limits<std::uint64_t>::max()).digits() == 20);
    cpp_int const p19 = boost::multiprecision::pow(cpp_int(10), 19);
    CHECK(decimal(p19, 0).digits() == 20);
    CHECK(decimal(cpp_int(p19 - 1), 0).digits() == 19);
    cpp_int const p100 = boost::multiprecision::pow(cpp_int(10), 100);
    CHECK(decimal(p100, 0).digits() == 101);
    CHECK(decimal(cpp_int(p100 - 1), 0).digits() == 100);
    CHECK(decimal(cpp_int(-p100), 0).digits() == 101);
}

TEST_CASE("decimal: interval membership respects open and closed ends", "[decimal][interval]") {
    interval const bn14{bound{dec("13500000000"), true}, bound{dec("14500000000"), false}};
    CHECK(bn14.contains(dec("13.5e9")));
    CHECK(bn14.contains(dec("14499999999.999")));
    CHECK_FALSE(bn14.contains(dec("14.5e9")));
    CHECK_FALSE(bn14.contains(dec("13499999999.99")));

    interval const above{bound{dec("6000000"), false}, std::nullopt};
    CHECK_FALSE(above.contains(dec("6e6")));
    CHECK(above.contains(dec("6000000.01")));
    CHECK(above.contains(decimal(cpp_int(1), 2000000000)));

    interval const at_most{std::nullopt, bound{dec("5"), true}};
    CHECK(at_most.contains(dec("5.000")));
    CHECK(at_most.contains(decimal(cpp_int(-1), 100)));
    CHECK_FALSE(at_most.contains(dec("5.0001")));

    CHECK(interval{}.contains(dec("-7")));
    CHECK(interval::point(dec("1.50")).contains(dec("1.5")));
    CHECK_FALSE(interval::point(dec("1.50")).contains(dec("1.51")));
}

TEST_CASE("decimal: interval emptiness", "[decimal][interval]") {
    auto iv = [](char const* lo, bool lo_closed, char const* hi, bool hi_closed) {
        return interval{bound{dec(lo), lo_closed}, bound{dec(hi), hi_closed}};
    };
    CHECK_FALSE(iv("1", true, "1", true).is_empty());
    CHECK(iv("1", true, "1", false).is_empty());
    CHECK(iv("1", false, "1.0", true).is_empty());
    CHECK(iv("2", false, "1", false).is_empty());
    CHECK(iv("2", true, "1", true).is_empty());
    CHECK_FALSE(iv("1", false, "1.0000001", false).is_empty());
    CHECK_FALSE(interval{}.is_empty());
    CHECK_FALSE((interval{std::nullopt, bound{dec("1"), false}}.is_empty()));
}

TEST_CASE("decimal: interval overlap", "[decimal][interval]") {
    auto iv = [](char const* lo, bool lo_closed, char const* hi, bool hi_closed) {
        return interval{bound{dec(lo), lo_closed}, bound{dec(hi), hi_closed}};
    };
    struct row {
        interval a;
        interval b;
        bool overlaps;
    };
    auto const rows = std::vector<row>{
        {iv("1", true, "2", false), iv("2", true, "3", true), false},
        {iv("1", true, "2", true), iv("2", true, "3", true), true},
        {iv("1", true, "2", true), iv("2", false, "3", true), false},
        {iv("1", true, "3", true), iv("1.5", false, "2", false), true},
        {iv("1", true, "2", true), iv("2.5", true, "3", true), false},
        {iv("13.5e9", true, "14.5e9", false), iv("14.4e9", true, "14.6e9", false), true},
        {interval{std::nullopt, bound{dec("5"), true}}, interval{bound{dec("5"), true}, std::nullopt}, true},
        {interval{std::nullopt, bound{dec("5"), false}}, interval{bound{dec("5"), true}, std::nullopt}, false},
        {interval{std::nullopt, bound{dec("5"), false}}, interval{std::nullopt, bound{dec("-5"), false}}, true},
        {interval{}, interval::point(dec("42")), true},
        {interval{}, iv("1", true, "1", false), false},  // empty overlaps nothing
        {iv("3", true, "1", true), interval{}, false},
    };
    for (std::size_t i = 0; i < rows.size(); ++i) {
        INFO("row " << i << ": " << rows[i].a.to_string() << " vs " << rows[i].b.to_string());
        CHECK(rows[i].a.overlaps(rows[i].b) == rows[i].overlaps);
        CHECK(rows[i].b.overlaps(rows[i].a) == rows[i].overlaps);
    }
}

TEST_CASE("decimal: interval to_string", "[decimal][interval]") {
    CHECK((interval{bound{dec("13500000000"), true}, bound{dec("14500000000"), false}}.to_string()) ==
          "[13500000000, 14500000000)");
    CHECK((interval{bound{dec("6000000"), false}, std::nullopt}.to_string()) == "(6000000, +inf)");
    CHECK((interval{std::nullopt, bound{dec("5"), true}}.to_string()) == "(-inf, 5]");
    CHECK(interval{}.to_string() == "(-inf, +inf)");
    CHECK(interval::point(dec("-1.50")).to_string() == "[-1.50, -1.50]");
}

// The coefficient lives inline as an int64 while it fits and in a heap big integer past that; the
// fast paths must give exactly what the big-integer arithmetic gives on both sides of the line.
namespace {

constexpr std::int64_t i64_max = std::numeric_limits<std::int64_t>::max();
constexpr std::int64_t i64_min = std::numeric_limits<std::int64_t>::min();

}  // namespace

TEST_CASE("decimal: a coefficient is inline exactly while it fits in int64", "[decimal]") {
    CHECK(decimal(i64_max).small_coefficient() == i64_max);
    CHECK(decimal(i64_min).small_coefficient() == i64_min);
    CHECK(decimal(cpp_int(i64_max) + 1, 0).small_coefficient() == std::nullopt);
    CHECK(decimal(cpp_int(i64_min) - 1, 0).small_coefficient() == std::nullopt);
    CHECK(decimal(std::numeric_limits<std::uint64_t>::max()).small_coefficient() == std::nullopt);
    CHECK(decimal(static_cast<std::uint64_t>(i64_max)).small_coefficient() == i64_max);
    // A big-integer result that fits again comes back inline, so equal values look alike.
    decimal const past = decimal(i64_max) + decimal(1);
    CHECK(past.small_coefficient() == std::nullopt);
    CHECK((past - decimal(1)).small_coefficient() == i64_max);
    CHECK((past - past).is_zero());
    CHECK((past - past).sign() == 0);
    CHECK(decimal(cpp_int("-18446744073709551616"), 0).sign() == -1);
}

TEST_CASE("decimal: sums and differences across the int64 boundary are exact", "[decimal]") {
    require_repr(decimal(i64_max) + decimal(1), "9223372036854775808", 0);
    require_repr(decimal(i64_min) - decimal(1), "-9223372036854775809", 0);
    require_repr(decimal(i64_min) + decimal(-1), "-9223372036854775809", 0);
    require_repr(decimal(i64_max) + decimal(i64_max), "18446744073709551614", 0);
    require_repr(decimal(i64_max) - decimal(i64_min), "18446744073709551615", 0);
    require_repr(decimal(i64_min) + decimal(i64_max), "-1", 0);
    require_repr(-decimal(i64_min), "9223372036854775808", 0);
    require_repr(decimal(i64_min).abs(), "9223372036854775808", 0);
    require_repr(-(-decimal(i64_min)), "-9223372036854775808", 0);
    // Aligning exponents overflows before the sum does: 10 x 10^18 + 1 and 1 x 10^19 + 1.
    require_repr(decimal(10, 18) + decimal(1), "10000000000000000001", 0);
    require_repr(decimal(1, 19) + decimal(1), "10000000000000000001", 0);
    require_repr(decimal(1, 19) - decimal(1, -1), "99999999999999999999", -1);
    require_repr(decimal(1, 18) + decimal(1), "1000000000000000001", 0);
    // The big side going back below the line.
    require_repr((decimal(1, 19) + decimal(5)) - decimal(1, 19), "5", 0);
}

TEST_CASE("decimal: products that overflow int64 fall back exactly", "[decimal]") {
    require_repr(decimal(i64_max) * decimal(2), "18446744073709551614", 0);
    require_repr(decimal(i64_min) * decimal(-1), "9223372036854775808", 0);
    require_repr(decimal(i64_min) * decimal(1), "-9223372036854775808", 0);
    require_repr(decimal(4294967296, -2) * decimal(4294967296, -3), "18446744073709551616", -5);
    require_repr(decimal(3037000500) * decimal(3037000500), "9223372037000250000", 0);
    require_repr(decimal(3037000499) * decimal(-3037000499), "-9223372030926249001", 0);
    CHECK((decimal(3037000499) * decimal(3037000499)).small_coefficient() == 9223372030926249001);
    decimal const big = decimal(i64_max) * decimal(i64_max);
    CHECK(big.coefficient() == cpp_int(i64_max) * cpp_int(i64_max));
    CHECK(big * decimal(0) == decimal(0));
    CHECK((big * decimal(0)).small_coefficient() == 0);
}

TEST_CASE("decimal: comparison across the int64 boundary", "[decimal]") {
    decimal const past = decimal(i64_max) + decimal(1);
    CHECK(decimal(i64_max) < past);
    CHECK(past > decimal(i64_max));
    CHECK(-past == decimal(i64_min));
    CHECK((-past).small_coefficient() == i64_min);
    CHECK(-past - decimal(1) < decimal(i64_min));
    CHECK(decimal(i64_min) > -past - decimal(1));
    CHECK(decimal(i64_max, 1) > decimal(i64_max));
    CHECK(decimal(i64_max, 1) == decimal(cpp_int("92233720368547758070"), 0));
    // Aligning 922337203685477581 x 10 overflows int64: still compared by value.
    CHECK(decimal(922337203685477581, 1) > decimal(i64_max));
    CHECK(decimal(922337203685477580, 1) < decimal(i64_max));
    CHECK(decimal(-922337203685477581, 1) < decimal(i64_min));
    CHECK(decimal(1, 19) == decimal(cpp_int("10000000000000000000"), 0));
    CHECK(decimal(1, 19) != decimal(i64_max));
    CHECK((decimal(5, -1) <=> decimal(50, -2)) == std::strong_ordering::equal);
}

TEST_CASE("decimal: quantize across the int64 boundary", "[decimal]") {
    using rm = rounding_mode;
    // Finer scale overflows the inline coefficient.
    CHECK(decimal(i64_max).quantize(-1, rm::down).to_string() == "9223372036854775807.0");
    CHECK(decimal(i64_min).quantize(-2, rm::down).to_string() == "-9223372036854775808.00");
    // Coarser: 10^18 is the largest power of ten in int64, 10^19 is past it.
    CHECK(decimal(i64_max).quantize(18, rm::half_even).to_string() == "9000000000000000000");
    CHECK(decimal(i64_max).quantize(18, rm::up).to_string() == "10000000000000000000");
    CHECK(decimal(i64_max).quantize(19, rm::half_up).to_string() == "10000000000000000000");
    CHECK(decimal(i64_max).quantize(19, rm::down).to_string() == "0");
    CHECK(decimal(i64_min).quantize(19, rm::floor).to_string() == "-10000000000000000000");
    CHECK(decimal(i64_min).quantize(1, rm::floor).to_string() == "-9223372036854775810");
    CHECK(decimal(i64_min).quantize(1, rm::ceiling).to_string() == "-9223372036854775800");
    CHECK(decimal(i64_max).quantize(1, rm::half_even).to_string() == "9223372036854775810");
    // From the big side back to inline.
    auto const down = dec("9223372036854775806.5").quantize(0, rm::half_even);
    CHECK(down.to_string() == "9223372036854775806");
    CHECK(down.small_coefficient() == 9223372036854775806);
    auto const up = dec("9223372036854775806.5").quantize(0, rm::half_up);
    CHECK(up.small_coefficient() == i64_max);
    CHECK(dec("9223372036854775808.5").quantize(0, rm::half_even).to_string() == "9223372036854775808");
    CHECK(dec("-9223372036854775808.5").quantize(0, rm::half_up).to_string() == "-9223372036854775809");
    CHECK(dec("-9223372036854775808.5").quantize(0, rm::half_even).to_string() == "-9223372036854775808");
}

TEST_CASE("decimal: divide across the int64 boundary", "[decimal]") {
    using rm = rounding_mode;
    auto quotient = [](decimal const& a, decimal const& b, std::int32_t exponent, rm mode) {
        auto const q = figura::divide(a, b, exponent, mode);
        REQUIRE(q.has_value());
        CHECK(q->exponent() == exponent);
        return q->to_string();
    };
    CHECK(quotient(decimal(i64_max), decimal(1), -1, rm::down) == "9223372036854775807.0");
    CHECK(quotient(decimal(i64_min), decimal(-1), 0, rm::down) == "9223372036854775808");
    CHECK(quotient(decimal(i64_min), decimal(2), 0, rm::down) == "-4611686018427387904");
    CHECK(quotient(decimal(1), decimal(i64_min), -19, rm::floor) == "-0.0000000000000000002");
    CHECK(quotient(decimal(1), decimal(i64_max), -19, rm::half_even) == "0.0000000000000000001");
    CHECK(quotient(decimal(i64_max), decimal(1, 18), -2, rm::half_up) == "9.22");
    CHECK(quotient(decimal(i64_max), decimal(i64_max), -18, rm::down) == "1.000000000000000000");
    // d x 10^19 does not fit: the quotient 0.92... at 10^19.
    CHECK(quotient(decimal(i64_max), decimal(1), 19, rm::half_up) == "10000000000000000000");
    CHECK(quotient(decimal(i64_max), decimal(1), 19, rm::down) == "0");
    CHECK(quotient(decimal(-i64_max), decimal(3), 18, rm::floor) == "-4000000000000000000");
    // Big operands whose quotient is small, and the reverse.
    decimal const big = decimal(i64_max) * decimal(4);
    CHECK(quotient(big, decimal(4), 0, rm::down) == "9223372036854775807");
    CHECK(quotient(big, decimal(i64_max), -1, rm::down) == "4.0");
    CHECK(quotient(decimal(7), decimal(3), -20, rm::half_even) == "2.33333333333333333333");
}

TEST_CASE("decimal: to_string and parse round-trip huge and tiny values", "[decimal]") {
    auto const texts = std::vector<std::string>{
        "0",
        "999999999999999999",  // 18 digits: read without a big integer
        "-999999999999999999",
        "9223372036854775807",
        "-9223372036854775808",
        "9223372036854775808",
        "-9223372036854775809",
        "18446744073709551616",
        "0.000000000000000001",
        "1234567890123456789.0",
        "12345678901234567890.123456789",
        "-0.00000000000000000000000000000000000001",
        "1" + std::string(300, '0'),
        "0." + std::string(500, '0') + "123456789012345678901234567890",
        "1.23456789012345678901234567890E+2000000000",
        "-9.87654321098765432109876543210E-1999999000",
    };
    for (auto const& text : texts) {
        INFO(text);
        auto const d = decimal::parse(text);
        REQUIRE(d.has_value());
        CHECK(d->to_string() == text);
        auto const again = decimal::parse(d->to_string());
        REQUIRE(again.has_value());
        CHECK(again->coefficient() == d->coefficient());
        CHECK(again->exponent() == d->exponent());
        CHECK(*again == *d);
    }
    require_repr(dec("9223372036854775808"), "9223372036854775808", 0);
    CHECK(dec("9223372036854775808").small_coefficient() == std::nullopt);
    CHECK(dec("922337203685477580.7").small_coefficient() == i64_max);
    CHECK(dec("-0.000000000000000009223372036854775808").small_coefficient() == i64_min);
}

TEST_CASE("decimal: copies and moves of big coefficients own their own storage", "[decimal]") {
    decimal a = decimal(i64_max) * decimal(1000);
    decimal b = a;  // copy
    CHECK(b == a);
    b += decimal(1);
    CHECK(b != a);
    require_repr(a, "9223372036854775807000", 0);
    decimal c = std::move(b);
    require_repr(c, "9223372036854775807001", 0);
    c = a;  // big over big
    CHECK(c == a);
    c = decimal(5);  // small over big
    require_repr(c, "5", 0);
    c = a;  // big over small
    require_repr(c, "9223372036854775807000", 0);
    c = std::move(a);
    require_repr(c, "9223372036854775807000", 0);
    decimal& self = c;
    c = self;
    require_repr(c, "9223372036854775807000", 0);
    std::vector<decimal> many(100, c);
    many.resize(1000, decimal(7));
    CHECK(many[99] == c);
    CHECK(many[999] == decimal(7));
}
