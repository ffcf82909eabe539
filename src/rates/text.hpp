#pragma once
/// Text helpers for the rate loaders: lines and fields with byte offsets, dates, values.

#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rates/model.hpp"

namespace figura::detail {

struct line_ref {
    std::size_t offset;     ///< byte offset of the line in the file
    std::string_view text;  ///< without the line break (and without a trailing '\r')
};
/// Lines of a file; a leading UTF-8 BOM is skipped; a final empty line after '\n' is not listed.
[[nodiscard]] std::vector<line_ref> split_lines(std::string_view text);

struct field_ref {
    std::size_t offset;  ///< byte offset within the line
    std::string_view text;
};
[[nodiscard]] std::vector<field_ref> split_fields(std::string_view line, char sep, bool trim);

[[nodiscard]] std::optional<std::chrono::year_month_day> make_date(int y, unsigned m, unsigned d);
[[nodiscard]] std::optional<std::chrono::year_month_day> parse_iso_day(std::string_view s);    // 2025-01-29
[[nodiscard]] std::optional<std::chrono::year_month_day> parse_iso_month(std::string_view s);  // 2025-01
[[nodiscard]] std::optional<std::chrono::year_month_day> parse_iso_year(std::string_view s);   // 2025
[[nodiscard]] std::optional<std::chrono::year_month_day> parse_ecb_long_day(std::string_view s);  // 13 April 2026

struct value_scan {
    enum status { ok, bad, not_positive, too_long } code;
    std::size_t offset;   ///< byte within the value the problem is at
    std::string message;
};
/// Reads a positive rate exactly into `out` (coefficient and exponent).
[[nodiscard]] value_scan scan_rate_value(std::string_view s, rate_obs& out);

/// `"text"` shortened and with control bytes escaped, for messages.
[[nodiscard]] std::string quote_text(std::string_view s);

}  // namespace figura::detail
