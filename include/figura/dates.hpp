#pragma once
/// Dates in English and Vietnamese news text: absolute (`in 2021`, `tháng 5/2024`, `Jan 29th 2025`)
/// and relative (`May last year`, `năm ngoái`, `two years later`), each resolved to the calendar
/// interval it names. See docs/dates.md.
///
///     figura::date_options o;
///     o.reference = std::chrono::year_month_day{std::chrono::year{2025}, std::chrono::January, std::chrono::day{29}};
///     auto found = figura::find_dates("In May last year the fund ...", o);   // May 2024
///     auto pub = figura::parse_date("Ngày 29 tháng 1 năm 2025 | Hà Nội");    // 2025-01-29

#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "figura/error.hpp"
#include "figura/figure.hpp"

namespace figura {

/// A calendar day.
using calendar_date = std::chrono::year_month_day;

/// The days a date expression names, both ends inclusive: `in 2021` is 2021-01-01..2021-12-31.
struct date_interval {
    calendar_date first;
    calendar_date last;

    [[nodiscard]] bool contains(calendar_date d) const noexcept { return first <= d && d <= last; }
    friend bool operator==(date_interval const&, date_interval const&) = default;
};

/// True when both name exactly the same days (`May last year` in a January 2025 article and
/// `tháng 5/2024`); what a check that a restated date agrees uses.
[[nodiscard]] bool same_period(date_interval const& a, date_interval const& b) noexcept;
/// True when the intervals share at least one day.
[[nodiscard]] bool overlaps(date_interval const& a, date_interval const& b) noexcept;
/// True when every day of `inner` is in `outer` (`tháng 5/2024` is within `in 2024`).
[[nodiscard]] bool within(date_interval const& inner, date_interval const& outer) noexcept;

/// How precisely a mention names its period.
enum class date_granularity { day, month, quarter, half, year };

/// A vague part of the period, kept as written; the interval stays the whole period
/// (`early 2021`, `đầu năm 2021` resolve to all of 2021).
enum class date_part { whole, early, middle, late };

/// What a relative mention counts from.
enum class date_anchor {
    none,         ///< absolute: the text fixes the period by itself
    publication,  ///< the reference (publication) date: `last year`, `năm ngoái`, `in July`
    mention,      ///< the nearest earlier resolved mention in the text: `two years later`, `hai năm sau`
};

/// Unit of a relative offset.
enum class date_unit { day, month, year };

/// How a relative mention is counted from its anchor: `May last year` is publication, -1 year
/// (then May); `two years later` is mention, +2 years.
struct date_relation {
    date_anchor anchor = date_anchor::none;
    int offset = 0;
    date_unit unit = date_unit::year;
    /// For `anchor == mention`: index of the anchoring mention in the `find_dates` result, when found.
    std::optional<std::size_t> anchor_index;
    /// The text gives month (and day) but not the year, which comes from the reference date
    /// (`in July`, `January 20th`, `ngày 28/1`); `offset` is then 0 or -1 (see docs/dates.md).
    bool implied_year = false;
};

struct date_mention {
    source_span span{};  ///< the date expression, without a leading preposition (`in`, `vào`)
    language lang = language::en;
    std::string text;    ///< as written (original bytes)
    date_granularity granularity = date_granularity::year;
    date_part part = date_part::whole;
    bool relative = false;  ///< needs a reference date or an earlier mention to resolve
    date_relation relation;
    /// The period named; unset for a relative mention with no reference date (or no earlier
    /// mention to count from), never invented.
    std::optional<date_interval> resolved;
};

struct date_options {
    /// The text's language; unset means detect per line (figura::detect_language). It decides the
    /// order of numeric dates: day first in Vietnamese, and in English only an unambiguous order.
    std::optional<language> lang;
    /// The publication date that relative mentions count from.
    std::optional<calendar_date> reference;
};

/// Every date mention in a text, in order. Invalid UTF-8 is an error with its position; text with
/// no dates gives an empty vector. Impossible dates (`31/2/2025`) are not mentions.
result<std::vector<date_mention>> find_dates(std::string_view text, date_options const& options = {});

/// Exactly one date expression (surrounding spaces allowed), e.g. `2025-01-29`, `Jan 29th 2025`,
/// `Ngày 29 tháng 1 năm 2025`, a bare year `2021`, or a dateline with a place after `|`
/// (`Mar 4th 2025|Hanoi`). Errors: F-DATE-001..004 (docs/dates.md).
result<date_mention> parse_date(std::string_view text, date_options const& options = {});

[[nodiscard]] std::string_view to_string(date_granularity g) noexcept;
[[nodiscard]] std::string_view to_string(date_part p) noexcept;
[[nodiscard]] std::string_view to_string(date_anchor a) noexcept;
[[nodiscard]] std::string_view to_string(date_unit u) noexcept;
/// "2024-05-01..2024-05-31".
[[nodiscard]] std::string to_string(date_interval const& i);

}  // namespace figura
