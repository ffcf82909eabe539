// Loaders for the publishers' rate files (ECB, FRED, the Fed long format, simple two-column CSV)
// and figura's own format. Every malformed input is an error naming file, line and column.

#include "rates/model.hpp"
#include "rates/text.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <tuple>
#include <utility>

namespace figura {

namespace {

using detail::field_ref;
using detail::line_ref;
using detail::rate_obs;
using detail::series_data;

// Error ids (docs/rates.md lists them).
constexpr std::string_view err_header = "F-RATE-101";
constexpr std::string_view err_date = "F-RATE-102";
constexpr std::string_view err_value = "F-RATE-103";
constexpr std::string_view err_not_positive = "F-RATE-104";
constexpr std::string_view err_currency = "F-RATE-105";
constexpr std::string_view err_duplicate = "F-RATE-106";
constexpr std::string_view err_order = "F-RATE-107";
constexpr std::string_view err_fields = "F-RATE-108";
constexpr std::string_view err_empty = "F-RATE-109";

struct pending_obs {
    rate_obs obs;
    std::size_t offset;  ///< where the date (or value) was written, for duplicate messages
};

/// Collects observations per series, then sorts them and rejects duplicate dates.
class collector {
public:
    collector(std::string_view text, std::string_view name) : text_(text), name_(name) {}

    std::size_t series_index(series_basis basis, std::string const& base, std::string const& quote) {
        auto key = std::make_tuple(static_cast<int>(basis), base, quote);
        auto it = index_.find(key);
        if (it != index_.end()) return it->second;
        auto const i = series_.size();
        series_.push_back(series_data{base, quote, basis, {}});
        pending_.emplace_back();
        index_.emplace(std::move(key), i);
        return i;
    }

    void add(std::size_t series, rate_obs const& o, std::size_t offset) { pending_[series].push_back({o, offset}); }

    std::size_t pending_count(std::size_t series) const { return pending_[series].size(); }

    /// Sorted, duplicate-free series (series with no figure at all are dropped: nothing to keep).
    result<std::vector<series_data>> finish() {
        std::vector<series_data> out;
        for (std::size_t s = 0; s < series_.size(); ++s) {
            auto& p = pending_[s];
            // Publishers write newest-first (ECB) or oldest-first; sort only when neither holds.
            auto const by_day = [](pending_obs const& a, pending_obs const& b) { return a.obs.day < b.obs.day; };
            auto const by_day_desc = [](pending_obs const& a, pending_obs const& b) { return a.obs.day > b.obs.day; };
            if (std::is_sorted(p.begin(), p.end(), by_day_desc) && !std::is_sorted(p.begin(), p.end(), by_day))
                std::reverse(p.begin(), p.end());
            else if (!std::is_sorted(p.begin(), p.end(), by_day))
                std::stable_sort(p.begin(), p.end(), by_day);
            for (std::size_t i = 1; i < p.size(); ++i) {
                if (p[i].obs.day != p[i - 1].obs.day) continue;
                auto const& first = p[i - 1].offset < p[i].offset ? p[i - 1] : p[i];
                auto const& second = p[i - 1].offset < p[i].offset ? p[i] : p[i - 1];
                auto first_pos = detail::file_error("", "", text_, first.offset, 0, "");
                bool const same = first.obs.coefficient == second.obs.coefficient &&
                                  first.obs.exponent == second.obs.exponent;
                return detail::file_error(
                    err_duplicate, name_, text_, second.offset, 10,
                    "duplicate date " + to_string(detail::from_day_number(p[i].obs.day)) + " for " +
                        series_[s].quote + " per " + series_[s].base + " (also on line " +
                        std::to_string(first_pos.where.line) + (same ? ", same value" : ", different value") + ")");
            }
            if (p.empty()) continue;
            series_data d = std::move(series_[s]);
            d.obs.reserve(p.size());
            for (auto const& x : p) d.obs.push_back(x.obs);
            out.push_back(std::move(d));
        }
        return out;
    }

private:
    std::string_view text_;
    std::string_view name_;
    std::vector<series_data> series_;
    std::vector<std::vector<pending_obs>> pending_;
    std::map<std::tuple<int, std::string, std::string>, std::size_t> index_;
};

/// Reads a value field into `o`; on failure returns the error.
std::optional<error> read_value(std::string_view text, std::string_view name, std::size_t offset, std::string_view field,
                                rate_obs& o) {
    auto r = detail::scan_rate_value(field, o);
    switch (r.code) {
        case detail::value_scan::ok:
            return std::nullopt;
        case detail::value_scan::not_positive:
            return detail::file_error(err_not_positive, name, text, offset, field.size(), r.message);
        case detail::value_scan::bad:
        case detail::value_scan::too_long:
            break;
    }
    std::string msg = r.code == detail::value_scan::too_long ? r.message + " in " + detail::quote_text(field) : r.message;
    auto const at = std::min(r.offset, field.size());
    return detail::file_error(err_value, name, text, offset + at, field.size() - at, msg);
}

std::shared_ptr<rate_source_data::impl const> make_impl(rate_source_info info, std::vector<series_data> series,
                                                        bool replace = false) {
    auto p = std::make_shared<rate_source_data::impl>();
    p->info = std::move(info);
    p->series = std::move(series);
    p->replace = replace;
    return p;
}

bool iequals(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               auto lx = (x >= 'A' && x <= 'Z') ? static_cast<char>(x - 'A' + 'a') : x;
               auto ly = (y >= 'A' && y <= 'Z') ? static_cast<char>(y - 'A' + 'a') : y;
               return lx == ly;
           });
}

/// First line that is not blank (and, when asked, not a `#` comment).
std::size_t first_content_line(std::vector<line_ref> const& lines, bool skip_comments) {
    std::size_t i = 0;
    while (i < lines.size()) {
        auto t = lines[i].text;
        bool blank = t.find_first_not_of(" \t") == std::string_view::npos;
        if (!blank && !(skip_comments && t.front() == '#')) break;
        ++i;
    }
    return i;
}

bool is_blank(std::string_view t) { return t.find_first_not_of(" \t") == std::string_view::npos; }

rate_source_info ecb_info(std::string_view name) {
    rate_source_info info;
    info.id = "ecb";
    info.title = "European Central Bank euro foreign exchange reference rates (daily, about 14:10 CET concertation)";
    info.attribution =
        "Source: European Central Bank (ECB), euro foreign exchange reference rates; cross rates derived by figura";
    info.url = "https://www.ecb.europa.eu/stats/policy_and_exchange_rates/euro_reference_exchange_rates/html/index.en.html";
    info.pivot = "EUR";
    info.notes.emplace_back(
        "Reference rates are published for information purposes only; the ECB discourages using them for transactions.");
    info.notes.emplace_back("Rates are units of currency per 1 EUR; other pairs are crossed through EUR on the same day.");
    info.origins.emplace_back(name);
    return info;
}

rate_source_info fed_info(std::string_view name) {
    rate_source_info info;
    info.id = "fed";
    info.title = "Federal Reserve H.10 foreign exchange rates (noon buying rates in New York), via FRED";
    info.attribution =
        "Source: Board of Governors of the Federal Reserve System (US), H.10/G.5/G.5A foreign exchange rates, "
        "retrieved from FRED, Federal Reserve Bank of St. Louis";
    info.url = "https://www.federalreserve.gov/releases/h10/";
    info.pivot = "USD";
    info.origins.emplace_back(name);
    return info;
}

rate_source_info imf_info(std::string_view name) {
    rate_source_info info;
    info.id = "imf";
    info.title = "IMF International Financial Statistics, domestic currency per U.S. dollar: period averages and end of period";
    info.attribution = "Source: International Monetary Fund, International Financial Statistics (IFS)";
    info.url = "https://data.imf.org/";
    info.pivot = "USD";
    info.notes.emplace_back(
        "Official rate (State Bank of Vietnam central rate based); market USD/VND differs by about -1 % .. +3 % a year through "
        "2022 and runs 2.6 % .. 5.0 % above it in 2024-2026.");
    info.origins.emplace_back(name);
    return info;
}

rate_source_info market_info(std::string_view name) {
    rate_source_info info;
    info.id = "market";
    info.title = "Market indication (not an official rate): daily snapshot of the fawazahmed0 currency-api aggregate";
    info.attribution =
        "Market indication, not an official rate: daily snapshots of the community aggregate @fawazahmed0/currency-api "
        "(github.com/fawazahmed0/exchange-api, licence CC0-1.0); its upstream sources are not disclosed";
    info.url = "https://github.com/fawazahmed0/exchange-api";
    info.pivot = "USD";
    info.kind = rate_kind::market;
    info.notes.emplace_back(
        "One snapshot a day, taken early in the morning UTC (about 01:45-05:15), weekends included; days the registry does not "
        "serve are missing, nothing is filled in.");
    info.notes.emplace_back(
        "Not fixed by any authority: VND per USD here ran 2.6 % .. 5.0 % above the official (IMF/SBV) rate in 2024-2026.");
    info.origins.emplace_back(name);
    return info;
}

}  // namespace

// ---------------------------------------------------------------------------------------------------
// rate_source_data

rate_source_data::rate_source_data() : impl_(std::make_shared<impl>()) {}

rate_source_info const& rate_source_data::info() const noexcept { return impl_->info; }

bool rate_source_data::replaces_source() const noexcept { return impl_->replace; }

std::vector<series_info> rate_source_data::series() const {
    std::vector<series_info> out;
    for (auto const& s : impl_->series) {
        series_info i;
        i.source = impl_->info.id;
        i.basis = s.basis;
        i.base = s.base;
        i.quote = s.quote;
        if (!s.obs.empty()) {
            i.first = detail::from_day_number(s.obs.front().day);
            i.last = detail::from_day_number(s.obs.back().day);
        }
        i.observations = s.obs.size();
        out.push_back(std::move(i));
    }
    return out;
}

std::vector<rate_point> rate_source_data::points(std::size_t index) const {
    std::vector<rate_point> out;
    if (index >= impl_->series.size()) return out;
    for (auto const& o : impl_->series[index].obs) out.push_back({detail::from_day_number(o.day), detail::to_decimal(o)});
    return out;
}

// ---------------------------------------------------------------------------------------------------
// ECB

result<rate_source_data> load_ecb_csv(std::string_view text, std::string_view name) {
    auto lines = detail::split_lines(text);
    auto h = first_content_line(lines, false);
    if (h == lines.size()) return detail::file_error(err_empty, name, text, 0, 0, "empty file: expected an ECB header `Date,USD,...`");
    auto const& header_line = lines[h];
    auto header = detail::split_fields(header_line.text, ',', true);
    if (!iequals(header[0].text, "Date"))
        return detail::file_error(err_header, name, text, header_line.offset + header[0].offset, header[0].text.size(),
                                  "expected `Date` as the first header field, found " + detail::quote_text(header[0].text));
    collector col(text, name);
    std::vector<std::optional<std::size_t>> series_of(header.size());
    for (std::size_t i = 1; i < header.size(); ++i) {
        auto const& f = header[i];
        auto const off = header_line.offset + f.offset;
        if (f.text.empty()) {
            if (i + 1 == header.size()) continue;  // the ECB's trailing comma
            return detail::file_error(err_header, name, text, off, 0, "empty currency code in header column " + std::to_string(i + 1));
        }
        if (!detail::is_rate_currency(f.text))
            return detail::file_error(err_currency, name, text, off, f.text.size(),
                                      "unknown currency " + detail::quote_text(f.text) + " in header");
        if (f.text == "EUR")
            return detail::file_error(err_header, name, text, off, 3, "EUR cannot be a column: rates are per 1 EUR");
        for (std::size_t j = 1; j < i; ++j)
            if (header[j].text == f.text)
                return detail::file_error(err_header, name, text, off, 3, "currency " + std::string(f.text) + " appears twice in header");
        series_of[i] = col.series_index(series_basis::daily, "EUR", std::string(f.text));
    }
    std::size_t rows = 0;
    for (std::size_t li = h + 1; li < lines.size(); ++li) {
        auto const& line = lines[li];
        if (is_blank(line.text)) continue;
        auto fields = detail::split_fields(line.text, ',', true);
        if (fields.size() != header.size())
            return detail::file_error(err_fields, name, text, line.offset, line.text.size(),
                                      "expected " + std::to_string(header.size()) + " fields like the header, found " +
                                          std::to_string(fields.size()));
        auto date = detail::parse_iso_day(fields[0].text);
        if (!date) date = detail::parse_ecb_long_day(fields[0].text);
        if (!date)
            return detail::file_error(err_date, name, text, line.offset + fields[0].offset, fields[0].text.size(),
                                      "expected a date like 2025-01-29, found " + detail::quote_text(fields[0].text));
        auto const day = detail::to_day_number(*date);
        for (std::size_t i = 1; i < fields.size(); ++i) {
            auto const& f = fields[i];
            auto const off = line.offset + f.offset;
            if (!series_of[i]) {
                if (!f.text.empty())
                    return detail::file_error(err_fields, name, text, off, f.text.size(),
                                              "value " + detail::quote_text(f.text) + " under the header's empty last column");
                continue;
            }
            if (f.text == "N/A" || f.text.empty()) continue;  // the ECB's marker for "no fixing"
            rate_obs o{day, 0, 0};
            if (auto e = read_value(text, name, off, f.text, o)) return *e;
            col.add(*series_of[i], o, line.offset + fields[0].offset);
        }
        ++rows;
    }
    if (rows == 0) return detail::file_error(err_empty, name, text, text.size(), 0, "no data rows after the header");
    auto series = col.finish();
    if (!series) return series.error();
    if (series->empty()) {
        // Only missing values (`N/A`, `.`): a file with nothing to convert with is as good as empty.
        return detail::file_error(err_empty, name, text, text.size(), 0, "no rates: every value in the file is missing");
    }
    return rate_source_data(make_impl(ecb_info(name), std::move(*series)));
}

// ---------------------------------------------------------------------------------------------------
// FRED

namespace {

struct fred_country {
    std::string_view fred;  ///< FRED's two-letter code in series ids
    std::string_view iso;
};
constexpr std::array<fred_country, 33> fred_codes{{
    {"US", "USD"}, {"EU", "EUR"}, {"UK", "GBP"}, {"AL", "AUD"}, {"NZ", "NZD"}, {"CA", "CAD"}, {"CH", "CNY"},
    {"JP", "JPY"}, {"BZ", "BRL"}, {"DN", "DKK"}, {"HK", "HKD"}, {"IN", "INR"}, {"KO", "KRW"}, {"MA", "MYR"},
    {"MX", "MXN"}, {"NO", "NOK"}, {"SD", "SEK"}, {"SF", "ZAR"}, {"SI", "SGD"}, {"SL", "LKR"}, {"SZ", "CHF"},
    {"TA", "TWD"}, {"TH", "THB"}, {"GE", "DEM"}, {"FR", "FRF"}, {"IT", "ITL"}, {"NE", "NLG"}, {"BE", "BEF"},
    {"AU", "ATS"}, {"SP", "ESP"}, {"PO", "PTE"}, {"GR", "GRD"}, {"IR", "IEP"},
}};

std::optional<std::string_view> fred_iso(std::string_view two) {
    for (auto const& c : fred_codes)
        if (c.fred == two) return c.iso;
    return std::nullopt;
}

struct fred_series_id {
    series_basis basis;
    std::string base;
    std::string quote;
};

/// DEXCHUS -> daily CNY per USD; EXUSEU -> monthly USD per EUR; AEXJPUS -> annual JPY per USD.
std::optional<fred_series_id> parse_fred_series(std::string_view id) {
    series_basis basis{};
    if (id.starts_with("AEX")) {
        basis = series_basis::annual_average;
        id.remove_prefix(3);
    } else if (id.starts_with("DEX")) {
        basis = series_basis::daily;
        id.remove_prefix(3);
    } else if (id.starts_with("EX")) {
        basis = series_basis::monthly_average;
        id.remove_prefix(2);
    } else {
        return std::nullopt;
    }
    if (id.size() != 4) return std::nullopt;
    auto quote = fred_iso(id.substr(0, 2));
    auto base = fred_iso(id.substr(2, 2));
    if (!quote || !base || *quote == *base) return std::nullopt;
    return fred_series_id{basis, std::string(*base), std::string(*quote)};
}

}  // namespace

result<rate_source_data> load_fred_csv(std::string_view text, std::string_view name) {
    auto lines = detail::split_lines(text);
    auto h = first_content_line(lines, false);
    if (h == lines.size()) return detail::file_error(err_empty, name, text, 0, 0, "empty file: expected a FRED header `observation_date,DEXCHUS`");
    auto const& header_line = lines[h];
    auto header = detail::split_fields(header_line.text, ',', true);
    if (!iequals(header[0].text, "observation_date") && !iequals(header[0].text, "DATE"))
        return detail::file_error(err_header, name, text, header_line.offset + header[0].offset, header[0].text.size(),
                                  "expected `observation_date` or `DATE` as the first header field, found " +
                                      detail::quote_text(header[0].text));
    if (header.size() < 2)
        return detail::file_error(err_header, name, text, header_line.offset + header_line.text.size(), 0,
                                  "expected at least one FRED series id after the date column");
    collector col(text, name);
    std::vector<std::size_t> series_of(header.size());
    std::vector<series_basis> basis_of(header.size());
    for (std::size_t i = 1; i < header.size(); ++i) {
        auto const& f = header[i];
        auto id = parse_fred_series(f.text);
        if (!id)
            return detail::file_error(err_currency, name, text, header_line.offset + f.offset, f.text.size(),
                                      "unknown FRED exchange-rate series " + detail::quote_text(f.text) +
                                          " (expected DEX/EX/AEX + two FRED country codes, e.g. DEXCHUS)");
        series_of[i] = col.series_index(id->basis, id->base, id->quote);
        basis_of[i] = id->basis;
    }
    std::size_t rows = 0;
    for (std::size_t li = h + 1; li < lines.size(); ++li) {
        auto const& line = lines[li];
        if (is_blank(line.text)) continue;
        auto fields = detail::split_fields(line.text, ',', true);
        if (fields.size() != header.size())
            return detail::file_error(err_fields, name, text, line.offset, line.text.size(),
                                      "expected " + std::to_string(header.size()) + " fields like the header, found " +
                                          std::to_string(fields.size()));
        auto date = detail::parse_iso_day(fields[0].text);
        if (!date)
            return detail::file_error(err_date, name, text, line.offset + fields[0].offset, fields[0].text.size(),
                                      "expected a date like 2025-01-29, found " + detail::quote_text(fields[0].text));
        for (std::size_t i = 1; i < fields.size(); ++i) {
            auto const& f = fields[i];
            if (f.text == "." || f.text.empty()) continue;  // FRED's marker for "no observation"
            auto const off = line.offset + f.offset;
            if (basis_of[i] != series_basis::daily &&
                (date->day() != std::chrono::day(1) ||
                 (basis_of[i] == series_basis::annual_average && date->month() != std::chrono::January)))
                return detail::file_error(err_date, name, text, line.offset + fields[0].offset, fields[0].text.size(),
                                          std::string("an average for ") + std::string(header[i].text) +
                                              " must be dated the first day of its period, found " + to_string(*date));
            rate_obs o{detail::to_day_number(*date), 0, 0};
            if (auto e = read_value(text, name, off, f.text, o)) return *e;
            col.add(series_of[i], o, line.offset + fields[0].offset);
        }
        ++rows;
    }
    if (rows == 0) return detail::file_error(err_empty, name, text, text.size(), 0, "no data rows after the header");
    auto series = col.finish();
    if (!series) return series.error();
    if (series->empty()) {
        // Only missing values (`N/A`, `.`): a file with nothing to convert with is as good as empty.
        return detail::file_error(err_empty, name, text, text.size(), 0, "no rates: every value in the file is missing");
    }
    auto info = fed_info(name);
    for (std::size_t i = 1; i < header.size(); ++i)
        info.notes.push_back("FRED series " + std::string(header[i].text) + ".");
    return rate_source_data(make_impl(std::move(info), std::move(*series)));
}

// ---------------------------------------------------------------------------------------------------
// Fed H.10 long format

namespace {

struct country_code {
    std::string_view country;
    std::string_view iso;
    bool inverted;  ///< H.10 quotes it as USD per unit
};
constexpr std::array<country_code, 33> h10_countries{{
    {"Australia", "AUD", true},     {"Austria", "ATS", false},      {"Belgium", "BEF", false},
    {"Brazil", "BRL", false},       {"Canada", "CAD", false},       {"China", "CNY", false},
    {"Denmark", "DKK", false},      {"Euro", "EUR", true},          {"Finland", "FIM", false},
    {"France", "FRF", false},       {"Germany", "DEM", false},      {"Greece", "GRD", false},
    {"Hong Kong", "HKD", false},    {"India", "INR", false},        {"Ireland", "IEP", true},
    {"Italy", "ITL", false},        {"Japan", "JPY", false},        {"Malaysia", "MYR", false},
    {"Mexico", "MXN", false},       {"Netherlands", "NLG", false},  {"New Zealand", "NZD", true},
    {"Norway", "NOK", false},       {"Portugal", "PTE", false},     {"Singapore", "SGD", false},
    {"South Africa", "ZAR", false}, {"South Korea", "KRW", false},  {"Spain", "ESP", false},
    {"Sri Lanka", "LKR", false},    {"Sweden", "SEK", false},       {"Switzerland", "CHF", false},
    {"Taiwan", "TWD", false},       {"Thailand", "THB", false},     {"United Kingdom", "GBP", true},
}};

// Venezuela's H.10 series runs through three redenominations (VEF, VES, VED) in one column with no
// unit marker; no single ISO code is right for it, so it is excluded by name rather than guessed.
constexpr std::string_view excluded_country = "Venezuela";

}  // namespace

result<rate_source_data> load_fred_long_csv(std::string_view text, std::string_view name, fred_long_options const& options) {
    auto lines = detail::split_lines(text);
    auto h = first_content_line(lines, false);
    if (h == lines.size()) return detail::file_error(err_empty, name, text, 0, 0, "empty file: expected the header `Date,Country,Exchange rate`");
    auto const& header_line = lines[h];
    auto header = detail::split_fields(header_line.text, ',', true);
    static constexpr std::array<std::string_view, 3> expected{"Date", "Country", "Exchange rate"};
    for (std::size_t i = 0; i < expected.size(); ++i) {
        if (i >= header.size() || !iequals(header[i].text, expected[i]))
            return detail::file_error(err_header, name, text, header_line.offset + (i < header.size() ? header[i].offset : header_line.text.size()),
                                      i < header.size() ? header[i].text.size() : 0,
                                      "expected the header `Date,Country,Exchange rate`");
    }
    if (header.size() != 3)
        return detail::file_error(err_header, name, text, header_line.offset + header[3].offset, header[3].text.size(),
                                  "unexpected extra header column " + detail::quote_text(header[3].text));

    struct row {
        std::chrono::year_month_day date;
        std::size_t country;  // index into h10_countries
        rate_obs obs;
        std::size_t date_offset;
    };
    std::vector<row> data;
    bool all_january_first = true;
    std::size_t excluded_rows = 0;
    for (std::size_t li = h + 1; li < lines.size(); ++li) {
        auto const& line = lines[li];
        if (is_blank(line.text)) continue;
        auto fields = detail::split_fields(line.text, ',', true);
        if (fields.size() != 3)
            return detail::file_error(err_fields, name, text, line.offset, line.text.size(),
                                      "expected 3 fields (Date,Country,Exchange rate), found " + std::to_string(fields.size()));
        auto date = detail::parse_iso_day(fields[0].text);
        auto const date_off = line.offset + fields[0].offset;
        if (!date)
            return detail::file_error(err_date, name, text, date_off, fields[0].text.size(),
                                      "expected a date like 2021-01-01, found " + detail::quote_text(fields[0].text));
        if (date->day() != std::chrono::day(1))
            return detail::file_error(err_date, name, text, date_off, fields[0].text.size(),
                                      "an average must be dated the first day of its period, found " + to_string(*date));
        if (fields[1].text == excluded_country) {
            ++excluded_rows;
            continue;
        }
        std::optional<std::size_t> country;
        for (std::size_t c = 0; c < h10_countries.size(); ++c)
            if (h10_countries[c].country == fields[1].text) country = c;
        if (!country)
            return detail::file_error(err_currency, name, text, line.offset + fields[1].offset, fields[1].text.size(),
                                      "unknown country " + detail::quote_text(fields[1].text) + " (no known H.10 currency)");
        if (fields[2].text.empty() || fields[2].text == ".") continue;  // no observation
        rate_obs o{detail::to_day_number(*date), 0, 0};
        if (auto e = read_value(text, name, line.offset + fields[2].offset, fields[2].text, o)) return *e;
        if (date->month() != std::chrono::January) all_january_first = false;
        data.push_back({*date, *country, o, date_off});
    }
    if (data.empty()) return detail::file_error(err_empty, name, text, text.size(), 0, "no data rows after the header");
    auto const basis = options.basis.value_or(all_january_first ? series_basis::annual_average : series_basis::monthly_average);
    if (basis == series_basis::daily)
        return detail::file_error(err_header, name, text, 0, 0, "the long format holds monthly or annual averages, not daily fixings");
    collector col(text, name);
    for (auto const& r : data) {
        if (basis == series_basis::annual_average && r.date.month() != std::chrono::January)
            return detail::file_error(err_date, name, text, r.date_offset, 10,
                                      "an annual average must be dated 1 January, found " + to_string(r.date));
        auto const& c = h10_countries[r.country];
        bool const usd_per_unit = c.inverted && options.usd_per_unit_for_inverted_five;
        auto s = usd_per_unit ? col.series_index(basis, std::string(c.iso), "USD") : col.series_index(basis, "USD", std::string(c.iso));
        col.add(s, r.obs, r.date_offset);
    }
    auto series = col.finish();
    if (!series) return series.error();
    if (series->empty()) {
        // Only missing values (`N/A`, `.`): a file with nothing to convert with is as good as empty.
        return detail::file_error(err_empty, name, text, text.size(), 0, "no rates: every value in the file is missing");
    }
    auto info = fed_info(name);
    if (!options.usd_per_unit_for_inverted_five)
        info.notes.emplace_back(
            "AUD, EUR, IEP, NZD and GBP: H.10 publishes USD per unit; this file stores units per USD as inverted and "
            "rounded to 4 decimals by the datasets/exchange-rates packaging, so those five carry double rounding.");
    if (excluded_rows > 0)
        info.notes.emplace_back(
            "Venezuela is excluded: its H.10 series mixes VEF, VES and VED units across redenominations.");
    return rate_source_data(make_impl(std::move(info), std::move(*series)));
}

// ---------------------------------------------------------------------------------------------------
// Simple two-column CSV (IMF VND)

namespace {

/// True when a `#` comment line says `what` (ASCII, any case).
bool comments_say(std::vector<line_ref> const& lines, std::string_view what) {
    for (auto const& l : lines) {
        auto t = l.text;
        if (t.empty() || t.front() != '#') continue;
        if (t.size() < what.size()) continue;
        for (std::size_t i = 0; i + what.size() <= t.size(); ++i)
            if (iequals(t.substr(i, what.size()), what)) return true;
    }
    return false;
}

bool is_month_last_day(std::chrono::year_month_day d) {
    return d == std::chrono::year_month_day{std::chrono::year_month_day_last{d.year(), std::chrono::month_day_last{d.month()}}};
}

}  // namespace

result<rate_source_data> load_simple_csv(std::string_view text, std::string_view name, rate_source_info info,
                                         std::optional<series_basis> basis) {
    auto lines = detail::split_lines(text);
    auto h = first_content_line(lines, true);
    if (h == lines.size()) return detail::file_error(err_empty, name, text, 0, 0, "empty file: expected a header `date,VND_per_USD`");
    auto const& header_line = lines[h];
    auto header = detail::split_fields(header_line.text, ',', true);
    if (header.size() != 2 || !iequals(header[0].text, "date"))
        return detail::file_error(err_header, name, text, header_line.offset, header_line.text.size(),
                                  "expected a header `date,<QUOTE>_per_<BASE>`, found " + detail::quote_text(header_line.text));
    auto const pair = header[1].text;
    auto const pair_off = header_line.offset + header[1].offset;
    if (pair.size() != 11 || !iequals(pair.substr(3, 5), "_per_"))
        return detail::file_error(err_header, name, text, pair_off, pair.size(),
                                  "expected the second column to be named like VND_per_USD, found " + detail::quote_text(pair));
    // Publishers write the column either way (VND_per_USD, vnd_per_usd).
    auto upper = [](std::string_view c) {
        std::string out(c);
        for (auto& ch : out)
            if (ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 'a' + 'A');
        return out;
    };
    std::string quote = upper(pair.substr(0, 3)), base = upper(pair.substr(8, 3));
    for (auto const& [code, at] : {std::pair{quote, std::size_t{0}}, std::pair{base, std::size_t{8}}})
        if (!detail::is_rate_currency(code))
            return detail::file_error(err_currency, name, text, pair_off + at, 3, "unknown currency " + detail::quote_text(code));
    if (quote == base) return detail::file_error(err_header, name, text, pair_off, pair.size(), "a rate needs two different currencies");

    struct row {
        rate_obs obs;
        std::size_t offset;
        std::size_t length;
        std::chrono::year_month_day date;
    };
    std::vector<row> rows;
    for (std::size_t li = h + 1; li < lines.size(); ++li) {
        auto const& line = lines[li];
        if (is_blank(line.text) || line.text.front() == '#') continue;
        auto fields = detail::split_fields(line.text, ',', true);
        if (fields.size() != 2)
            return detail::file_error(err_fields, name, text, line.offset, line.text.size(),
                                      "expected 2 fields (date,value), found " + std::to_string(fields.size()));
        auto date = detail::parse_iso_day(fields[0].text);
        if (!date)
            return detail::file_error(err_date, name, text, line.offset + fields[0].offset, fields[0].text.size(),
                                      "expected a date like 2024-08-01, found " + detail::quote_text(fields[0].text));
        if (fields[1].text.empty() || fields[1].text == "." || fields[1].text == "N/A") continue;
        rate_obs o{detail::to_day_number(*date), 0, 0};
        if (auto e = read_value(text, name, line.offset + fields[1].offset, fields[1].text, o)) return *e;
        rows.push_back({o, line.offset + fields[0].offset, fields[0].text.size(), *date});
    }
    if (rows.empty()) return detail::file_error(err_empty, name, text, text.size(), 0, "no data rows after the header");
    auto all = [&](auto pred) { return std::all_of(rows.begin(), rows.end(), [&](row const& r) { return pred(r.date); }); };
    auto first_of_month = [](std::chrono::year_month_day d) { return d.day() == std::chrono::day(1); };
    auto new_year = [](std::chrono::year_month_day d) { return d.month() == std::chrono::January && d.day() == std::chrono::day(1); };
    auto new_years_eve = [](std::chrono::year_month_day d) {
        return d.month() == std::chrono::December && d.day() == std::chrono::day(31);
    };
    if (!basis) {
        // The publisher's own words first: an end-of-period file dated 31 December is year-ends.
        if (comments_say(lines, "end of period") || comments_say(lines, "end-of-period") || comments_say(lines, "month-end"))
            basis = series_basis::month_end;
        else if (comments_say(lines, "annual"))
            basis = series_basis::annual_average;
        else if (all(first_of_month))
            basis = series_basis::monthly_average;
        else if (all(new_years_eve))
            basis = series_basis::annual_average;
        else if (rows.size() > 1 && all(is_month_last_day))
            basis = series_basis::month_end;
        else
            basis = series_basis::daily;
    }
    // Every date must fit the basis; averages are kept on the first day of their period.
    for (auto& r : rows) {
        bool ok = true;
        std::string_view want;
        switch (*basis) {
            case series_basis::daily: break;
            case series_basis::monthly_average:
                ok = first_of_month(r.date) || is_month_last_day(r.date);
                want = "the first or last day of a month";
                r.obs.day = detail::to_day_number(std::chrono::year_month_day{r.date.year(), r.date.month(), std::chrono::day{1}});
                break;
            case series_basis::annual_average:
                ok = new_year(r.date) || new_years_eve(r.date);
                want = "1 January or 31 December";
                r.obs.day = detail::to_day_number(std::chrono::year_month_day{r.date.year(), std::chrono::January, std::chrono::day{1}});
                break;
            case series_basis::month_end:
                ok = is_month_last_day(r.date);
                want = "the last day of a month";
                break;
        }
        if (!ok)
            return detail::file_error(err_date, name, text, r.offset, r.length,
                                      "dates of " + std::string(to_string(*basis)) + " figures must be " + std::string(want) +
                                          ", found " + to_string(r.date));
    }
    collector col(text, name);
    auto s = col.series_index(*basis, base, quote);
    for (auto const& r : rows) col.add(s, r.obs, r.offset);
    auto series = col.finish();
    if (!series) return series.error();
    if (series->empty()) {
        // Only missing values (`N/A`, `.`): a file with nothing to convert with is as good as empty.
        return detail::file_error(err_empty, name, text, text.size(), 0, "no rates: every value in the file is missing");
    }
    if (info.id.empty()) {
        info = comments_say(lines, "market indication") ? market_info(name) : imf_info(name);
    } else {
        if (info.pivot.empty()) info.pivot = base;
        info.origins.emplace_back(name);
    }
    return rate_source_data(make_impl(std::move(info), std::move(*series)));
}

// ---------------------------------------------------------------------------------------------------
// figura's own format (rates/README.md)

namespace {

std::optional<series_basis> parse_table_basis(std::string_view s) {
    if (s == "daily") return series_basis::daily;
    if (s == "monthly") return series_basis::monthly_average;
    if (s == "annual") return series_basis::annual_average;
    if (s == "month_end") return series_basis::month_end;
    return std::nullopt;
}

std::string_view table_basis_name(series_basis b) {
    switch (b) {
        case series_basis::daily: return "daily";
        case series_basis::monthly_average: return "monthly";
        case series_basis::annual_average: return "annual";
        case series_basis::month_end: return "month_end";
    }
    return "daily";
}

bool valid_source_id(std::string_view id) {
    if (id.empty() || id.size() > 32) return false;
    return std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    });
}

std::string format_date_for(series_basis b, detail::day_number day) {
    auto s = to_string(detail::from_day_number(day));
    switch (b) {
        case series_basis::daily:
        case series_basis::month_end: return s;
        case series_basis::monthly_average: return s.substr(0, 7);
        case series_basis::annual_average: return s.substr(0, 4);
    }
    return s;
}

}  // namespace

result<rate_source_data> load_figura_rates(std::string_view text, std::string_view name) {
    auto lines = detail::split_lines(text);
    std::size_t li = first_content_line(lines, true);
    if (li == lines.size()) return detail::file_error(err_empty, name, text, 0, 0, "empty file: expected `figura-rates 1`");
    if (lines[li].text != "figura-rates 1")
        return detail::file_error(err_header, name, text, lines[li].offset, lines[li].text.size(),
                                  "expected the first line `figura-rates 1`, found " + detail::quote_text(lines[li].text));
    rate_source_info info;
    bool replace = false;
    bool seen_table = false;
    collector col(text, name);

    // The current table.
    series_basis basis = series_basis::daily;
    std::vector<std::size_t> columns;
    // A flag beside the day, not std::optional: GCC 12 -O2 misreports the optional as uninitialised.
    bool have_previous_day = false;
    detail::day_number previous_day{};
    std::size_t table_line_offset = 0;

    for (++li; li < lines.size(); ++li) {
        auto const& line = lines[li];
        if (line.text.empty() || line.text.front() == '#') continue;
        auto const sp = line.text.find(' ');
        auto const key = line.text.substr(0, sp);
        auto const rest = sp == std::string_view::npos ? std::string_view{} : line.text.substr(sp + 1);
        auto const rest_off = line.offset + (sp == std::string_view::npos ? line.text.size() : sp + 1);

        if (key == "table") {
            auto f = detail::split_fields(rest, ' ', false);
            if (f.size() < 3)
                return detail::file_error(err_header, name, text, line.offset, line.text.size(),
                                          "expected `table <daily|monthly|annual|month_end> <BASE> <QUOTE>...`");
            auto b = parse_table_basis(f[0].text);
            if (!b)
                return detail::file_error(err_header, name, text, rest_off + f[0].offset, f[0].text.size(),
                                          "unknown basis " + detail::quote_text(f[0].text) + " (daily, monthly, annual or month_end)");
            for (std::size_t i = 1; i < f.size(); ++i) {
                if (!detail::is_rate_currency(f[i].text))
                    return detail::file_error(err_currency, name, text, rest_off + f[i].offset, f[i].text.size(),
                                              "unknown currency " + detail::quote_text(f[i].text));
                for (std::size_t j = 1; j < i; ++j)
                    if (f[j].text == f[i].text)
                        return detail::file_error(err_header, name, text, rest_off + f[i].offset, 3,
                                                  "currency " + std::string(f[i].text) + " appears twice in the table line");
            }
            if (info.id.empty() || info.pivot.empty() || info.attribution.empty())
                return detail::file_error(err_header, name, text, line.offset, 5,
                                          "`source`, `pivot` and `attribution` must come before the first table");
            basis = *b;
            columns.clear();
            for (std::size_t i = 2; i < f.size(); ++i)
                columns.push_back(col.series_index(basis, std::string(f[1].text), std::string(f[i].text)));
            have_previous_day = false;
            table_line_offset = line.offset;
            seen_table = true;
            continue;
        }

        if (!seen_table) {
            if (key == "source") {
                if (!valid_source_id(rest))
                    return detail::file_error(err_header, name, text, rest_off, rest.size(),
                                              "a source id is 1-32 of [a-z0-9_-], found " + detail::quote_text(rest));
                info.id = std::string(rest);
            } else if (key == "title") {
                info.title = std::string(rest);
            } else if (key == "attribution") {
                info.attribution = std::string(rest);
            } else if (key == "url") {
                info.url = std::string(rest);
            } else if (key == "pivot") {
                if (!detail::is_rate_currency(rest))
                    return detail::file_error(err_currency, name, text, rest_off, rest.size(), "unknown currency " + detail::quote_text(rest));
                info.pivot = std::string(rest);
            } else if (key == "note") {
                info.notes.emplace_back(rest);
            } else if (key == "origin") {
                info.origins.emplace_back(rest);
            } else if (key == "retrieved") {
                info.retrieved.emplace_back(rest);
            } else if (key == "kind") {
                if (rest != "official" && rest != "market")
                    return detail::file_error(err_header, name, text, rest_off, rest.size(),
                                              "a source kind is official or market, found " + detail::quote_text(rest));
                info.kind = rest == "market" ? rate_kind::market : rate_kind::official;
            } else if (key == "replace" && rest.empty()) {
                replace = true;
            } else {
                return detail::file_error(err_header, name, text, line.offset, key.size(),
                                          "unknown header line " + detail::quote_text(key) +
                                              " (source, title, attribution, url, pivot, kind, note, origin, retrieved, replace, table)");
            }
            continue;
        }

        // A data row: <date> <value|->...
        auto f = detail::split_fields(line.text, ' ', false);
        if (f.size() != columns.size() + 1)
            return detail::file_error(err_fields, name, text, line.offset, line.text.size(),
                                      "expected a date and " + std::to_string(columns.size()) + " values, found " +
                                          std::to_string(f.size()) + " fields");
        std::optional<std::chrono::year_month_day> date;
        switch (basis) {
            case series_basis::daily: date = detail::parse_iso_day(f[0].text); break;
            case series_basis::monthly_average: date = detail::parse_iso_month(f[0].text); break;
            case series_basis::annual_average: date = detail::parse_iso_year(f[0].text); break;
            case series_basis::month_end:
                // A month-end figure holds for its month's last day, and is dated so.
                date = detail::parse_iso_day(f[0].text);
                if (date && !is_month_last_day(*date)) date.reset();
                break;
        }
        if (!date)
            return detail::file_error(err_date, name, text, line.offset, f[0].text.size(),
                                      std::string("expected a ") +
                                          (basis == series_basis::daily ? "date like 2025-01-29"
                                           : basis == series_basis::monthly_average ? "month like 2025-01"
                                           : basis == series_basis::month_end       ? "month's last day like 2025-01-31"
                                                                                    : "year like 2025") +
                                          ", found " + detail::quote_text(f[0].text));
        auto const day = detail::to_day_number(*date);
        if (have_previous_day && day <= previous_day)
            return detail::file_error(err_order, name, text, line.offset, f[0].text.size(),
                                      "date " + std::string(f[0].text) + " is not after the previous row (" +
                                          format_date_for(basis, previous_day) + "); rows must be in increasing date order");
        previous_day = day;
        have_previous_day = true;
        for (std::size_t i = 1; i < f.size(); ++i) {
            if (f[i].text == "-") continue;
            rate_obs o{day, 0, 0};
            if (auto e = read_value(text, name, line.offset + f[i].offset, f[i].text, o)) return *e;
            col.add(columns[i - 1], o, line.offset);
        }
    }
    (void)table_line_offset;
    if (!seen_table) {
        if (info.id.empty() || info.pivot.empty() || info.attribution.empty())
            return detail::file_error(err_header, name, text, text.size(), 0, "missing `source`, `pivot` or `attribution`");
        return detail::file_error(err_empty, name, text, text.size(), 0, "no `table` in the file");
    }
    auto series = col.finish();
    if (!series) return series.error();
    if (series->empty()) {
        // Only missing values (`N/A`, `.`): a file with nothing to convert with is as good as empty.
        return detail::file_error(err_empty, name, text, text.size(), 0, "no rates: every value in the file is missing");
    }
    if (info.origins.empty()) info.origins.emplace_back(name);
    return rate_source_data(make_impl(std::move(info), std::move(*series), replace));
}

std::string write_figura_rates(rate_source_data const& data, bool replace_source) {
    auto const& d = data.internals();
    std::string out = "figura-rates 1\n";
    auto kv = [&out](std::string_view k, std::string_view v) {
        if (v.empty()) return;
        out += k;
        out += ' ';
        // Header values are one line each.
        for (char c : v) out += (c == '\n' || c == '\r') ? ' ' : c;
        out += '\n';
    };
    kv("source", d.info.id);
    kv("title", d.info.title);
    kv("attribution", d.info.attribution);
    kv("url", d.info.url);
    kv("pivot", d.info.pivot);
    if (d.info.kind == rate_kind::market) kv("kind", "market");
    for (auto const& n : d.info.notes) kv("note", n);
    for (auto const& o : d.info.origins) kv("origin", o);
    for (auto const& r : d.info.retrieved) kv("retrieved", r);
    if (replace_source || d.replace) out += "replace\n";
    // One table per (basis, base), columns in the order the series were first seen.
    std::vector<std::pair<series_basis, std::string>> groups;
    for (auto const& s : d.series) {
        std::pair<series_basis, std::string> g{s.basis, s.base};
        if (std::find(groups.begin(), groups.end(), g) == groups.end()) groups.push_back(g);
    }
    for (auto const& [basis, base] : groups) {
        std::vector<detail::series_data const*> cols;
        for (auto const& s : d.series)
            if (s.basis == basis && s.base == base) cols.push_back(&s);
        out += "table ";
        out += table_basis_name(basis);
        out += ' ';
        out += base;
        for (auto const* c : cols) {
            out += ' ';
            out += c->quote;
        }
        out += '\n';
        std::vector<std::size_t> pos(cols.size(), 0);
        while (true) {
            std::optional<detail::day_number> next;
            for (std::size_t i = 0; i < cols.size(); ++i)
                if (pos[i] < cols[i]->obs.size() && (!next || cols[i]->obs[pos[i]].day < *next)) next = cols[i]->obs[pos[i]].day;
            if (!next) break;
            out += format_date_for(basis, *next);
            for (std::size_t i = 0; i < cols.size(); ++i) {
                out += ' ';
                if (pos[i] < cols[i]->obs.size() && cols[i]->obs[pos[i]].day == *next) {
                    auto const& o = cols[i]->obs[pos[i]++];
                    out += detail::format_obs_value(o.coefficient, o.exponent);
                } else {
                    out += '-';
                }
            }
            out += '\n';
        }
    }
    return out;
}

// ---------------------------------------------------------------------------------------------------
// ECB XML (eurofxref-hist.xml, eurofxref-hist-90d.xml, eurofxref-daily.xml)

namespace {

/// The value of attribute `key` in a tag's text (`time="2026-04-13"` or with single quotes), and
/// its offset within the tag; unset when the tag has no such attribute.
std::optional<std::pair<std::string_view, std::size_t>> xml_attribute(std::string_view tag, std::string_view key) {
    std::size_t at = 0;
    while ((at = tag.find(key, at)) != std::string_view::npos) {
        bool const starts = at > 0 && (tag[at - 1] == ' ' || tag[at - 1] == '\t' || tag[at - 1] == '\n' || tag[at - 1] == '\r');
        std::size_t p = at + key.size();
        while (p < tag.size() && (tag[p] == ' ' || tag[p] == '\t')) ++p;
        if (starts && p < tag.size() && tag[p] == '=') {
            ++p;
            while (p < tag.size() && (tag[p] == ' ' || tag[p] == '\t')) ++p;
            if (p < tag.size() && (tag[p] == '"' || tag[p] == '\'')) {
                auto const close = tag.find(tag[p], p + 1);
                if (close == std::string_view::npos) return std::nullopt;
                return std::pair{tag.substr(p + 1, close - p - 1), p + 1};
            }
        }
        at += key.size();
    }
    return std::nullopt;
}

}  // namespace

result<rate_source_data> load_ecb_xml(std::string_view text, std::string_view name) {
    collector col(text, name);
    std::optional<detail::day_number> day;
    std::vector<std::string> today;  // currencies already read for the current day
    bool opened = false, closed = false;
    std::size_t days = 0;
    std::size_t i = text.starts_with("\xEF\xBB\xBF") ? 3 : 0;
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\r' || text[i] == '\n')) ++i;
    if (i == text.size() || text[i] != '<')
        return detail::file_error(err_header, name, text, i, 1,
                                  "expected the ECB's XML (<gesmes:Envelope> with <Cube> rates), found " +
                                      detail::quote_text(text.substr(i, 20)));
    while (true) {
        auto const lt = text.find('<', i);
        if (lt == std::string_view::npos) break;
        if (text.substr(lt, 4) == "<!--") {
            auto const end = text.find("-->", lt + 4);
            if (end == std::string_view::npos)
                return detail::file_error(err_header, name, text, lt, 4, "unterminated comment: the file is cut off");
            i = end + 3;
            continue;
        }
        auto const gt = text.find('>', lt);
        if (gt == std::string_view::npos)
            return detail::file_error(err_header, name, text, lt, text.size() - lt, "unterminated tag: the file is cut off");
        auto const tag = text.substr(lt + 1, gt - lt - 1);
        i = gt + 1;
        if (tag.empty() || tag.front() == '?' || tag.front() == '!') continue;
        bool const closing = tag.front() == '/';
        auto const name_start = closing ? std::size_t{1} : std::size_t{0};
        auto const name_end = std::min(tag.find_first_of(" \t\r\n/", name_start), tag.size());
        auto element = tag.substr(name_start, name_end - name_start);
        if (auto colon = element.find(':'); colon != std::string_view::npos) element.remove_prefix(colon + 1);
        if (element == "Envelope") {
            (closing ? closed : opened) = true;
            continue;
        }
        if (element != "Cube" || closing) continue;
        auto const tag_offset = lt + 1;
        auto const time = xml_attribute(tag, "time");
        auto const currency = xml_attribute(tag, "currency");
        auto const rate = xml_attribute(tag, "rate");
        if (time) {
            auto const date = detail::parse_iso_day(time->first);
            if (!date)
                return detail::file_error(err_date, name, text, tag_offset + time->second, time->first.size(),
                                          "expected a date like 2026-04-13, found " + detail::quote_text(time->first));
            day = detail::to_day_number(*date);
            today.clear();
            ++days;
            continue;
        }
        if (!currency && !rate) continue;  // the outer <Cube>
        if (!currency || !rate)
            return detail::file_error(err_fields, name, text, lt, tag.size() + 2, "a <Cube> needs both currency and rate");
        auto const code = currency->first;
        auto const code_offset = tag_offset + currency->second;
        if (!day) return detail::file_error(err_date, name, text, lt, tag.size() + 2, "a rate before any <Cube time=\"...\">");
        if (!detail::is_rate_currency(code) || code == "EUR")
            return detail::file_error(err_currency, name, text, code_offset, code.size(), "unknown currency " + detail::quote_text(code));
        if (std::find(today.begin(), today.end(), code) != today.end())
            return detail::file_error(err_duplicate, name, text, code_offset, code.size(),
                                      "currency " + std::string(code) + " appears twice on " + to_string(detail::from_day_number(*day)));
        today.emplace_back(code);
        rate_obs o{*day, 0, 0};
        if (auto e = read_value(text, name, tag_offset + rate->second, rate->first, o)) return *e;
        col.add(col.series_index(series_basis::daily, "EUR", std::string(code)), o, lt);
    }
    if (!opened)
        return detail::file_error(err_header, name, text, 0, 0, "expected the ECB's XML (<gesmes:Envelope> with <Cube> rates)");
    if (!closed)
        return detail::file_error(err_header, name, text, text.size(), 0,
                                  "the file ends before </gesmes:Envelope>: it is cut off (a truncated download?)");
    if (days == 0) return detail::file_error(err_empty, name, text, text.size(), 0, "no <Cube time=\"...\"> days in the file");
    auto series = col.finish();
    if (!series) return series.error();
    if (series->empty()) return detail::file_error(err_empty, name, text, text.size(), 0, "no rates in the file");
    return rate_source_data(make_impl(ecb_info(name), std::move(*series)));
}

// ---------------------------------------------------------------------------------------------------
// The currency-api JSON snapshot: {"date": "2026-09-29", "usd": {"vnd": 25947.76804973, ...}}

namespace {

/// A tiny reader for that one shape: objects, strings, numbers (kept as written), literals, arrays.
class json_scan {
public:
    json_scan(std::string_view text, std::string_view name) : text_(text), name_(name) {}

    std::size_t pos = 0;

    void skip_space() {
        while (pos < text_.size() && (text_[pos] == ' ' || text_[pos] == '\t' || text_[pos] == '\n' || text_[pos] == '\r')) ++pos;
    }
    bool at(char c) {
        skip_space();
        return pos < text_.size() && text_[pos] == c;
    }
    std::optional<error> expect(char c) {
        if (at(c)) {
            ++pos;
            return std::nullopt;
        }
        return fail(pos >= text_.size() ? "the file ends early: it is cut off (a truncated download?)"
                                         : std::string("expected '") + c + "'");
    }
    error fail(std::string const& message) const {
        return detail::file_error(err_header, name_, text_, std::min(pos, text_.size()), 1, message);
    }
    /// A string's raw contents (escapes kept; keys and dates here have none).
    result<std::string_view> string() {
        if (auto e = expect('"')) return *e;
        auto const start = pos;
        while (pos < text_.size() && text_[pos] != '"') pos += text_[pos] == '\\' ? 2 : 1;
        if (pos >= text_.size()) return fail("the file ends inside a string: it is cut off (a truncated download?)");
        return text_.substr(start, pos++ - start);
    }
    /// Any value; `number` receives a number's text as written.
    std::optional<error> value(std::string_view* number = nullptr, std::size_t depth = 0) {
        if (depth > 64) return fail("nested too deeply");
        skip_space();
        if (pos >= text_.size()) return fail("the file ends early: it is cut off (a truncated download?)");
        char const c = text_[pos];
        if (c == '"') {
            auto s = string();
            return s ? std::nullopt : std::optional<error>(s.error());
        }
        if (c == '{' || c == '[') {
            char const close = c == '{' ? '}' : ']';
            ++pos;
            if (at(close)) {
                ++pos;
                return std::nullopt;
            }
            while (true) {
                if (c == '{') {
                    auto k = string();
                    if (!k) return k.error();
                    if (auto e = expect(':')) return e;
                }
                if (auto e = value(nullptr, depth + 1)) return e;
                if (at(',')) {
                    ++pos;
                    continue;
                }
                return expect(close);
            }
        }
        auto const start = pos;
        while (pos < text_.size() && std::string_view("0123456789+-.eEtruefalsn").find(text_[pos]) != std::string_view::npos) ++pos;
        if (pos == start) return fail("expected a value");
        if (number != nullptr) *number = text_.substr(start, pos - start);
        return std::nullopt;
    }

private:
    std::string_view text_;
    std::string_view name_;
};

std::string ascii_upper(std::string_view s) {
    std::string out(s);
    for (auto& c : out)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    return out;
}

}  // namespace

result<rate_source_data> load_currency_api_json(std::string_view text, std::string_view name, std::vector<std::string> const& quotes) {
    json_scan j(text, name);
    if (auto e = j.expect('{')) return *e;
    std::optional<std::chrono::year_month_day> date;
    std::size_t date_offset = 0;
    std::string base;
    struct found {
        std::string quote;
        std::string_view number;
        std::size_t offset;
    };
    std::vector<found> rates;
    if (!j.at('}')) {
        while (true) {
            auto key = j.string();
            if (!key) return key.error();
            if (auto e = j.expect(':')) return *e;
            j.skip_space();
            if (*key == "date") {
                date_offset = j.pos + 1;
                auto d = j.string();
                if (!d) return d.error();
                date = detail::parse_iso_day(*d);
                if (!date)
                    return detail::file_error(err_date, name, text, date_offset, d->size(),
                                              "expected a date like 2026-09-29, found " + detail::quote_text(*d));
            } else if (j.at('{') && key->size() == 3) {
                if (!base.empty()) return j.fail("two currency objects in one snapshot");
                base = ascii_upper(*key);
                if (!detail::is_rate_currency(base)) return j.fail("unknown base currency " + detail::quote_text(*key));
                ++j.pos;
                if (!j.at('}')) {
                    while (true) {
                        auto code = j.string();
                        if (!code) return code.error();
                        if (auto e = j.expect(':')) return *e;
                        j.skip_space();
                        auto const at = j.pos;
                        std::string_view number;
                        if (auto e = j.value(&number)) return *e;
                        auto const upper = ascii_upper(*code);
                        if (std::find(quotes.begin(), quotes.end(), upper) != quotes.end()) {
                            if (number.empty()) return detail::file_error(err_value, name, text, at, 1, "expected a number for " + upper);
                            rates.push_back({upper, number, at});
                        }
                        if (j.at(',')) {
                            ++j.pos;
                            continue;
                        }
                        if (auto e = j.expect('}')) return *e;
                        break;
                    }
                } else {
                    ++j.pos;
                }
            } else {
                if (auto e = j.value()) return *e;
            }
            if (j.at(',')) {
                ++j.pos;
                continue;
            }
            if (auto e = j.expect('}')) return *e;
            break;
        }
    }
    j.skip_space();
    if (j.pos != text.size()) return j.fail("text after the end of the snapshot");
    if (!date) return detail::file_error(err_date, name, text, 0, 0, "no \"date\" in the snapshot");
    if (base.empty()) return detail::file_error(err_header, name, text, 0, 0, "no currency object (like \"usd\": {...}) in the snapshot");
    collector col(text, name);
    for (auto const& q : quotes) {
        auto it = std::find_if(rates.begin(), rates.end(), [&](found const& f) { return f.quote == q; });
        if (it == rates.end()) return detail::file_error(err_empty, name, text, text.size(), 0, "no " + q + " rate in the snapshot");
        if (q == base) continue;
        rate_obs o{detail::to_day_number(*date), 0, 0};
        if (auto e = read_value(text, name, it->offset, it->number, o)) return *e;
        col.add(col.series_index(series_basis::daily, base, q), o, date_offset);
    }
    auto series = col.finish();
    if (!series) return series.error();
    if (series->empty()) return detail::file_error(err_empty, name, text, text.size(), 0, "no rates in the snapshot");
    auto info = market_info(name);
    info.pivot = base;
    return rate_source_data(make_impl(std::move(info), std::move(*series)));
}

// ---------------------------------------------------------------------------------------------------
// Formats and files

std::string_view to_string(rate_file_format f) noexcept {
    switch (f) {
        case rate_file_format::ecb: return "ecb";
        case rate_file_format::fred: return "fred";
        case rate_file_format::fred_long: return "fred_long";
        case rate_file_format::simple: return "simple";
        case rate_file_format::figura: return "figura";
        case rate_file_format::ecb_xml: return "ecb_xml";
        case rate_file_format::currency_api: return "currency_api";
    }
    return "figura";
}

std::optional<rate_file_format> parse_rate_file_format(std::string_view text) noexcept {
    if (text == "ecb") return rate_file_format::ecb;
    if (text == "fred") return rate_file_format::fred;
    if (text == "fred_long" || text == "fred-long") return rate_file_format::fred_long;
    if (text == "simple" || text == "imf" || text == "market") return rate_file_format::simple;
    if (text == "ecb_xml") return rate_file_format::ecb_xml;
    if (text == "currency_api") return rate_file_format::currency_api;
    if (text == "figura") return rate_file_format::figura;
    return std::nullopt;
}

std::optional<rate_file_format> detect_rate_file_format(std::string_view text) noexcept {
    auto lines = detail::split_lines(text.substr(0, std::min<std::size_t>(text.size(), 4096)));
    auto i = first_content_line(lines, true);
    if (i == lines.size()) return std::nullopt;
    auto first = lines[i].text;
    if (first == "figura-rates 1") return rate_file_format::figura;
    // The ECB's XML starts with the XML declaration or the envelope; a currency-api snapshot is JSON.
    if (first.starts_with("<?xml") || first.starts_with("<gesmes:Envelope")) {
        if (text.find("gesmes:Envelope") != std::string_view::npos || text.find("<Cube") != std::string_view::npos)
            return rate_file_format::ecb_xml;
        return std::nullopt;
    }
    if (first.starts_with("{")) return rate_file_format::currency_api;
    auto comma = first.find(',');
    auto head = first.substr(0, comma);
    while (!head.empty() && head.back() == ' ') head.remove_suffix(1);
    if (iequals(head, "Date") && first.size() > 5 && first.find("Country") != std::string_view::npos)
        return rate_file_format::fred_long;
    if (iequals(head, "observation_date")) return rate_file_format::fred;
    if (first.substr(0, 5) == "DATE,") return rate_file_format::fred;
    if (first.substr(0, 5) == "date," && first.find("_per_") != std::string_view::npos) return rate_file_format::simple;
    if (first.substr(0, 5) == "Date," || first.substr(0, 5) == "Date ") return rate_file_format::ecb;
    return std::nullopt;
}

}  // namespace figura

namespace figura::detail {

result<rate_source_data> merge_source_data(rate_source_data const& a, rate_source_data const& b) {
    auto const& x = a.internals();
    auto const& y = b.internals();
    auto fail = [](std::string m) {
        error e;
        e.id = "F-RATE-111";
        e.message = std::move(m);
        return e;
    };
    if (x.info.id != y.info.id) return fail("cannot merge sources " + x.info.id + " and " + y.info.id);
    auto p = std::make_shared<rate_source_data::impl>(x);
    for (auto const& s : y.series) {
        for (auto const& t : x.series)
            if (t.basis == s.basis && t.base == s.base && t.quote == s.quote)
                return fail("series " + s.quote + " per " + s.base + " (" + std::string(to_string(s.basis)) + ") is in both files");
        p->series.push_back(s);
    }
    for (auto const& n : y.info.notes)
        if (std::find(p->info.notes.begin(), p->info.notes.end(), n) == p->info.notes.end()) p->info.notes.push_back(n);
    for (auto const& o : y.info.origins) p->info.origins.push_back(o);
    for (auto const& r : y.info.retrieved) p->info.retrieved.push_back(r);
    return rate_source_data(std::shared_ptr<rate_source_data::impl const>(std::move(p)));
}

}  // namespace figura::detail
