// Converts `100bn yuan` to US dollars twice: at the rate of 29 January 2025 (the day's fixing) and at
// the 2021 annual average, and prints where each rate came from. The rates are the ones shipped inside
// the library (ECB daily reference rates, Fed H.10 averages, IMF VND); nothing is downloaded.
//
//     build/dev/examples/figura_example_convert_provenance
//
// See docs/rates.md for the bases, the choice of source and the look-back for missing days.

#include <figura/figura.hpp>

#include <chrono>
#include <iostream>
#include <string>

namespace {

// "[a/b, c/d)": an exact interval of rationals; a missing end is unbounded.
std::string exact_text(figura::exact_interval const& v) {
    std::string out = v.lower ? (v.lower->closed ? "[" : "(") + v.lower->value.str() : "(-inf";
    out += ", ";
    out += v.upper ? v.upper->value.str() + (v.upper->closed ? "]" : ")") : "+inf)";
    return out;
}

// [convert]
void convert(figura::figure const& amount, std::string const& to, std::chrono::year_month_day on,
             figura::rate_basis basis) {
    auto const& table = figura::rate_table::embedded();
    figura::rate_options options;
    options.basis = basis;

    // The figure's interval, not just its value: `100bn` stands for [99.5bn, 100.5bn).
    auto result = table.convert(amount.bounds, amount.currency.code, to, on, options);
    if (!result) {
        std::cout << "  no rate: " << result.error().id << ' ' << result.error().message << '\n';
        return;
    }
    figura::rate_quote const& q = result->rates.front();

    // Rates are exact rationals (a cross through EUR is a quotient of two published figures);
    // round only to show them, with an explicit mode.
    std::cout << "  rate       " << q.rounded(-7, figura::rounding_mode::half_even).to_string() << ' ' << q.quote
              << " per " << q.base << " (exact " << q.value.str() << ")\n";
    std::cout << "  source     " << q.source << ", basis " << to_string(q.basis) << ": " << q.method << '\n';
    std::cout << "  requested  " << figura::to_string(q.requested) << ", used " << figura::to_string(q.used_from);
    if (q.used_to != q.used_from) std::cout << ".." << figura::to_string(q.used_to);
    std::cout << '\n';
    std::cout << "  path      ";
    for (auto const& currency : q.path) std::cout << ' ' << currency;
    std::cout << '\n';
    for (auto const& leg : q.legs) {
        std::cout << "  published  " << leg.quote << " per " << leg.base << ' '
                  << (leg.published ? leg.published->to_string() : std::string("(average)"))
                  << (leg.inverted ? ", used inverted" : "") << '\n';
    }

    // The converted interval is exact; enclosing(7) rounds it outward to tens of millions, so the
    // printed interval still contains every possible value.
    std::cout << "  exact      " << exact_text(result->value) << ' ' << to << '\n';
    std::cout << "  rounded    " << result->value.enclosing(7).to_string() << ' ' << to << '\n';

    // The written value alone (100000000000 CNY) at the same rate, rounded half-even to cents.
    auto central = table.convert(figura::interval::point(amount.value), amount.currency.code, to, on, options);
    if (central)
        std::cout << "  central    "
                  << figura::round_rational(central->value.lower->value, -2, figura::rounding_mode::half_even).to_string()
                  << ' ' << to << '\n';
}
// [/convert]

}  // namespace

int main() {
    using namespace std::chrono;

    auto amount = figura::parse("100bn yuan");
    if (!amount) {
        std::cerr << amount.error().id << ": " << amount.error().message << '\n';
        return 1;
    }
    std::cout << amount->text << " = " << amount->bounds.to_string() << ' ' << amount->currency.code << "\n\n";

    std::cout << "at the rate of 2025-01-29 (day basis):\n";
    convert(*amount, "USD", 2025y / January / 29, figura::rate_basis::day);

    std::cout << "\nat the 2021 average (year basis):\n";
    convert(*amount, "USD", 2021y / January / 1, figura::rate_basis::year);

    // Who to credit, as the publishers ask.
    std::cout << '\n';
    for (auto const& source : figura::rate_table::embedded().sources())
        std::cout << source.id << ": " << source.attribution << '\n';
}
