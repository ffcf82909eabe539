#pragma once
/// Internal representation of rates: compact observations, series and sources, shared by the
/// loaders, the writer and the table.

#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "figura/rates.hpp"

namespace figura::detail {

/// Days since 1970-01-01.
using day_number = std::int32_t;

[[nodiscard]] inline day_number to_day_number(std::chrono::year_month_day d) noexcept {
    return static_cast<day_number>(std::chrono::sys_days(d).time_since_epoch().count());
}
[[nodiscard]] inline std::chrono::year_month_day from_day_number(day_number n) noexcept {
    return std::chrono::year_month_day(std::chrono::sys_days(std::chrono::days(n)));
}

/// One published figure: coefficient * 10^exponent on a day (the first day of its period for
/// averages). 16 bytes, so the embedded ECB history (about 180k figures) stays small and loads fast.
struct rate_obs {
    day_number day;
    std::int32_t exponent;
    std::int64_t coefficient;
};

struct series_data {
    std::string base;
    std::string quote;
    series_basis basis = series_basis::daily;
    std::vector<rate_obs> obs;  ///< strictly ascending by day
};

}  // namespace figura::detail

namespace figura {

struct rate_source_data::impl {
    rate_source_info info;
    std::vector<detail::series_data> series;
    bool replace = false;
};

}  // namespace figura

namespace figura::detail {

[[nodiscard]] inline decimal to_decimal(rate_obs const& o) { return decimal(decimal::coefficient_type(o.coefficient), o.exponent); }

/// Exact value of an observation.
[[nodiscard]] rational to_rational(rate_obs const& o);

/// Writes coefficient * 10^exponent in plain positional notation keeping the scale ("0.58231").
[[nodiscard]] std::string format_obs_value(std::int64_t coefficient, std::int32_t exponent);

/// True for an ISO 4217 code (current or historic) figura accepts in rate files.
[[nodiscard]] bool is_rate_currency(std::string_view code);

/// Error with `name:line:column:` prefix; column counts code points of `line_text` up to `byte_col`.
[[nodiscard]] figura::error file_error(std::string_view id, std::string_view name, std::string_view text,
                                       std::size_t byte_offset, std::size_t length, std::string const& message);

}  // namespace figura::detail

namespace figura::detail {

/// Both files' series in one source (ids must match; the same series in both is an error). For the
/// importer, which writes the Fed monthly and annual files as one source.
[[nodiscard]] result<rate_source_data> merge_source_data(rate_source_data const& a, rate_source_data const& b);

}  // namespace figura::detail
