// Uses a freshly downloaded ECB file next to the rates shipped inside the library. The ECB serves
// its latest day as `eurofxref.csv` inside https://www.ecb.europa.eu/stats/eurofxref/eurofxref.zip;
// figura reads it as published, no conversion step (the same code reads the full history
// `eurofxref-hist.csv`).
//
//     build/dev/examples/figura_example_fresh_ecb_file [examples/data]
//
// examples/data/eurofxref.csv is the ECB's file for 13 April 2026, the last day the embedded data
// holds, so the example shows both things a download is for: merged into the embedded table, every
// fixing is compared with the one already there (a contradiction is an error, never an overwrite);
// used on its own, it answers for its day. A download of a later day adds that day the same way.

#include <figura/figura.hpp>

#include <chrono>
#include <iostream>
#include <string>

namespace {

void show(figura::result<figura::rate_quote> const& q) {
    if (!q) {
        std::cout << "  " << q.error().id << ": " << q.error().message << '\n';
        return;
    }
    std::cout << "  " << q->rounded(-7, figura::rounding_mode::half_even).to_string() << ' ' << q->quote << " per "
              << q->base << " from " << q->source << ", " << q->method << ", fixing of "
              << figura::to_string(q->used_from) << '\n';
    for (auto const& leg : q->legs) {
        if (!leg.published) continue;  // set for a single fixing; averages have none
        std::cout << "    published " << leg.quote << " per " << leg.base << ' ' << leg.published->to_string() << " ("
                  << leg.source << ", " << figura::to_string(leg.first) << ")\n";
    }
}

}  // namespace

int main(int argc, char** argv) {
    using namespace std::chrono;
    std::string const data = argc > 1 ? argv[1] : "examples/data";
    auto const day = 2026y / April / 13;

    std::cout << "embedded table:\n";
    show(figura::rate_table::embedded().rate("CNY", "USD", day));
    show(figura::rate_table::embedded().rate("CNY", "USD", year_month_day{sys_days{day} + days{1}}));

    // [load]
    // The format is detected from the first lines (ECB, FRED, IMF-style CSV, figura's own).
    auto fresh = figura::load_rates_file(data + "/eurofxref.csv");
    if (!fresh) {  // a malformed file names its line and column: "eurofxref.csv:2:17: ..."
        std::cerr << fresh.error().id << ": " << fresh.error().message << '\n';
        return 2;
    }

    // Start from the embedded table and merge the new file into its source (`ecb`). A fixing that
    // contradicts one already in the table is an error (F-RATE-111), never a silent overwrite.
    figura::rate_table::builder merged(figura::rate_table::embedded());
    auto added = merged.add(*fresh);
    if (!added) {
        std::cerr << added.error().id << ": " << added.error().message << '\n';
        return 2;
    }
    figura::rate_table const table = merged.build();  // immutable; share it between threads freely
    // [/load]

    std::cout << "\nread " << fresh->info().origins.front() << ": source " << fresh->info().id << ", "
              << fresh->series().size() << " series; merged: " << *added
              << " new fixings, none contradicting the embedded table\n";
    show(table.rate("CNY", "USD", day));

    // The download on its own: drop the embedded ECB data and answer from the file alone.
    figura::rate_table::builder alone(figura::rate_table::embedded());
    alone.remove_source("ecb");
    if (auto const n = alone.add(*fresh); !n) {
        std::cerr << n.error().id << ": " << n.error().message << '\n';
        return 2;
    }
    figura::rate_table const only_file = alone.build();
    for (auto const& s : only_file.series()) {
        if (s.source == "ecb" && s.quote == "CNY")
            std::cout << "\nthe file alone: ecb CNY per EUR runs " << figura::to_string(s.first) << ".."
                      << figura::to_string(s.last) << " (" << s.observations << " fixing)\n";
    }
    show(only_file.rate("CNY", "USD", day));

    // The provenance names the publisher, as its terms ask.
    for (auto const& source : table.sources())
        if (source.id == "ecb") std::cout << '\n' << source.attribution << '\n';
}
