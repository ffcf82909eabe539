#include "figura/figure.hpp"

#include "figura/currency.hpp"

namespace figura {

// These names are the stable spellings used in JSON output and docs; the switches have no default
// so a new enumerator is a compiler warning here, and the trailing return covers corrupt values.

std::string_view to_string(language l) noexcept {
    switch (l) {
        case language::en: return "en";
        case language::vi: return "vi";
    }
    return "unknown";
}

std::string_view to_string(figure_kind k) noexcept {
    switch (k) {
        case figure_kind::money: return "money";
        case figure_kind::count: return "count";
        case figure_kind::percent: return "percent";
        case figure_kind::year: return "year";
        case figure_kind::age: return "age";
        case figure_kind::rate: return "rate";
    }
    return "unknown";
}

std::string_view to_string(qualifier q) noexcept {
    switch (q) {
        case qualifier::exact: return "exact";
        case qualifier::approx: return "approx";
        case qualifier::lt: return "lt";
        case qualifier::le: return "le";
        case qualifier::gt: return "gt";
        case qualifier::ge: return "ge";
    }
    return "unknown";
}

std::string_view to_string(currency_source s) noexcept {
    switch (s) {
        case currency_source::none: return "none";
        case currency_source::symbol: return "symbol";
        case currency_source::code: return "code";
        case currency_source::name: return "name";
        case currency_source::implied: return "implied";
    }
    return "unknown";
}

}  // namespace figura
