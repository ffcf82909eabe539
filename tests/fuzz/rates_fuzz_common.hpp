#pragma once
// Shared body of the rates loader fuzz targets: any input must give a value or an error (never a
// crash or hang); an accepted file must survive figura's own format and answer a lookup.

#include <figura/rates.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace figura_fuzz {

inline void rates_check(bool ok, char const* what) {
    if (!ok) {
        std::fprintf(stderr, "rates fuzz invariant failed: %s\n", what);
        std::abort();
    }
}

template <class Loader>
int run_rates_loader(std::uint8_t const* data, std::size_t size, Loader load) {
    std::string_view const text(reinterpret_cast<char const*>(data), size);
    auto r = load(text);
    if (!r) {
        auto const& e = r.error();
        rates_check(!e.id.empty() && !e.message.empty(), "error has an id and a message");
        rates_check(e.where.line >= 1 && e.where.column >= 1 && e.where.begin <= size, "error position inside the input");
        return 0;
    }
    // Round trip through figura's format keeps every figure.
    auto const written = figura::write_figura_rates(*r);
    auto back = figura::load_figura_rates(written, "roundtrip.figrates");
    rates_check(back.has_value(), "written figura file reads back");
    rates_check(figura::write_figura_rates(*back) == written, "figura format is stable");
    // The data builds a table that answers (or refuses) a query without crashing.
    figura::rate_table::builder b;
    if (b.add(*r)) {
        auto t = b.build();
        for (auto const& s : t.series()) {
            (void)t.rate(s.base, s.quote, s.last);
            (void)t.rate(s.quote, s.base, s.first, {.basis = figura::rate_basis::month});
            break;
        }
    }
    return 0;
}

}  // namespace figura_fuzz
