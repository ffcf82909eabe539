#pragma once
// The date recogniser: one line of NFC text split into tokens, then small hand-written matchers
// (plain C++ and keyword tables, no X3) that say which tokens form a date and what it names.
// Resolution against a reference date happens in dates.cpp.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "figura/dates.hpp"

namespace figura::detail::dates {

enum class token_kind { word, number, punct };

struct token {
    token_kind kind = token_kind::punct;
    std::size_t begin = 0;  ///< byte offsets in the line
    std::size_t end = 0;
    bool glued = false;     ///< no space between the previous token and this one
    bool capitalized = false;
    std::size_t lower_begin = 0;  ///< the lower-cased word in the scanner's buffer
    std::size_t lower_size = 0;
    unsigned value = 0;     ///< numbers: value (saturated), digits
    unsigned digits = 0;
    /// Words: one of the words a date can start with (a month name, `ngày`, `last`, a number
    /// word, ...); any other word starts none, so the matchers skip it without comparing.
    bool head = false;
    bool marker = false;    ///< words: a word after which a lone year or month is a date (`in`, `vào`)
};

/// What a match names before resolution.
enum class spec_kind {
    absolute,          ///< year (and month, day, quarter, half) all written
    implied_year,      ///< month/day written, year from the reference date
    from_publication,  ///< offset from the reference date, optionally then month/day
    from_mention,      ///< offset from the nearest earlier resolved mention
    last_named_month,  ///< `last May`: the latest such month before the reference month
};

struct date_spec {
    spec_kind kind = spec_kind::absolute;
    int year = 0;
    unsigned month = 0;
    unsigned day = 0;
    unsigned quarter = 0;
    unsigned half = 0;
    date_part part = date_part::whole;
    int offset = 0;
    date_unit unit = date_unit::year;
};

struct match {
    std::size_t first = 0;  ///< token indices [first, last)
    std::size_t last = 0;
    date_spec spec;
    bool invalid = false;  ///< shaped like a date but impossible (31/2/2025)
};

/// Splits lines into tokens and finds date matches in them. Reused across lines (no allocation
/// once the buffers have grown).
class scanner {
public:
    /// Tokenises one line (no line breaks inside).
    void tokenise(std::string_view line);

    /// Matches in the current line, left to right, non-overlapping. `day_first` says how to read
    /// numeric dates (`1/5/2025`); `std::nullopt` means only unambiguous ones.
    void find(std::optional<bool> day_first, std::vector<match>& out) const;

    /// One match starting at the first token that must cover all tokens up to the end or to a `|`
    /// (dateline place). With `allow_bare_year`, a lone `2021` is a date.
    [[nodiscard]] std::optional<match> match_whole(std::optional<bool> day_first) const;

    [[nodiscard]] std::vector<token> const& tokens() const noexcept { return tokens_; }

private:
    friend struct matcher;
    std::string_view line_;
    std::vector<token> tokens_;
    std::string lower_;
};

/// Whether `d` is a day of month `m` in some year (29 February allowed) / in year `y`.
bool possible_day(unsigned m, unsigned d) noexcept;

}  // namespace figura::detail::dates
