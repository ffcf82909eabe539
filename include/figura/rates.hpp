#pragma once
/// Dated exchange rates: a rate table (shipped embedded default plus user sources), loaders for the
/// publishers' own files, and exact conversion of figure intervals with provenance. See docs/rates.md.
///
///     auto const& t = figura::rate_table::embedded();
///     auto q = t.rate("CNY", "USD", 2025y / 1 / 29);          // ECB cross via EUR, exact rational
///     auto c = t.convert(figura::interval::point(figura::decimal(100'000'000'000)), "CNY", "USD",
///                        2021y / 1 / 1, {.basis = figura::rate_basis::year});
///
/// A rate is quote-currency units per one base-currency unit. Values are exact: published figures are
/// decimals, derived rates (inverses, crosses, averages) are rationals. Rounding happens only when a
/// caller asks for it, with an explicit mode.

#include <boost/multiprecision/cpp_int.hpp>

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "figura/decimal.hpp"
#include "figura/error.hpp"

namespace figura {

/// Exact rational number (derived rates and converted amounts).
using rational = boost::multiprecision::cpp_rational;

/// What a query asks for: a day's fixing, a month's or year's average, the figure for the last
/// month-end on or before the date (an end-of-period value, not a daily fixing), or the year-end one.
enum class rate_basis { day, month, year, year_end, month_end };

/// What a stored series is: daily fixings, averages published per month or per year, or end-of-period
/// figures published per month (each holds for its month's last day; not a daily fixing).
enum class series_basis { daily, monthly_average, annual_average, month_end };

[[nodiscard]] std::string_view to_string(rate_basis b) noexcept;
[[nodiscard]] std::string_view to_string(series_basis b) noexcept;
/// "day", "month", "year", "year_end", "month_end" (also "year-end", "month-end").
[[nodiscard]] std::optional<rate_basis> parse_rate_basis(std::string_view text) noexcept;

/// An official rate (a central bank's, a statistics office's) or a market indication (a snapshot of
/// trading rates from an aggregator, not fixed by any authority).
enum class rate_kind { official, market };
[[nodiscard]] std::string_view to_string(rate_kind k) noexcept;  ///< "official", "market"
/// The words every output uses beside a market rate.
inline constexpr std::string_view market_label = "market indication, not an official rate";

/// "2025-01-29".
[[nodiscard]] std::string to_string(std::chrono::year_month_day d);

/// A date as a user writes it for a query: "2025-01-29" (day), "2025-01" (month) or "2025" (year).
struct date_spec {
    std::chrono::year_month_day date;  ///< the day, or the first day of the month or year
    rate_basis natural_basis;          ///< day, month or year: what the spelling names
};
/// Reads a `date_spec`; anything else is an error naming the column.
result<date_spec> parse_date_spec(std::string_view text);

/// Who publishes a source and how to cite it.
struct rate_source_info {
    std::string id;           ///< short name used in queries: "ecb", "fed", "imf", or a user's
    std::string title;        ///< "European Central Bank euro foreign exchange reference rates"
    std::string attribution;  ///< the citation the publisher asks for
    std::string url;          ///< where the publisher serves the data (may be empty)
    std::string pivot;        ///< currency crosses go through (EUR for ECB, USD for Fed and IMF)
    rate_kind kind = rate_kind::official;  ///< official sources answer before market ones
    std::vector<std::string> notes;    ///< caveats: inversions, exclusions, official vs market rates
    std::vector<std::string> origins;  ///< files the data came from (names, not paths)
    /// Downloads the data came from (`figura rates update`): "<UTC time> <sha256 hex> <url>" each.
    std::vector<std::string> retrieved;
};

/// One stored series: `quote` units per one `base` unit.
struct series_info {
    std::string source;
    series_basis basis = series_basis::daily;
    std::string base;
    std::string quote;
    std::chrono::year_month_day first;  ///< first observation (first day of its period)
    std::chrono::year_month_day last;   ///< last observation
    std::size_t observations = 0;
};

/// One published figure as read from a file.
struct rate_point {
    std::chrono::year_month_day date;  ///< the day, or the first day of the month / year
    decimal value;                     ///< as published, written scale kept
};

/// The parsed contents of one rates file (one source; any number of series). Cheap to copy.
class rate_source_data {
public:
    rate_source_data();
    [[nodiscard]] rate_source_info const& info() const noexcept;
    [[nodiscard]] std::vector<series_info> series() const;
    /// The points of series `index` (as listed by `series()`), oldest first.
    [[nodiscard]] std::vector<rate_point> points(std::size_t index) const;
    /// True when this file replaces everything a table holds for its source instead of merging.
    [[nodiscard]] bool replaces_source() const noexcept;

    /// Internal representation; not part of the API.
    struct impl;
    explicit rate_source_data(std::shared_ptr<impl const> p) : impl_(std::move(p)) {}
    [[nodiscard]] impl const& internals() const noexcept { return *impl_; }

private:
    std::shared_ptr<impl const> impl_;
};

// ---------------------------------------------------------------------------------------------------
// Loaders. Each takes the file's bytes and a name used in messages; malformed input is an error
// whose message starts `name:line:column:` and whose `where` holds the same place.

/// ECB `eurofxref-hist.csv` as downloaded (newest first, trailing comma, `N/A`) or the single-day
/// `eurofxref.csv` (`Date, USD, ...` / `13 April 2026, 1.1684, ...`). Source id "ecb", pivot EUR.
result<rate_source_data> load_ecb_csv(std::string_view text, std::string_view name);

/// FRED's own CSV download: `observation_date,DEXCHUS[,...]` or `DATE,...`, `.` or empty for missing.
/// The series id gives the pair and basis (DEX.. daily, EX.. monthly, AEX.. annual). Source id "fed".
result<rate_source_data> load_fred_csv(std::string_view text, std::string_view name);

struct fred_long_options {
    /// monthly_average or annual_average; unset: annual when every date is 1 January, else monthly.
    std::optional<series_basis> basis;
    /// The publisher's convention says AUD, EUR, IEP, NZD and GBP are USD per unit. The
    /// datasets/exchange-rates files in ../shared store them already inverted (units per USD, 4 dp);
    /// set this when reading a file that keeps the publisher's convention.
    bool usd_per_unit_for_inverted_five = false;
};
/// The long `Date,Country,Exchange rate` format of Fed H.10 averages. Country names map to ISO codes;
/// an unknown country is an error. Source id "fed", pivot USD.
result<rate_source_data> load_fred_long_csv(std::string_view text, std::string_view name,
                                            fred_long_options const& options = {});

/// A two-column `date,<QUOTE>_per_<BASE>` CSV with `#` comment lines (the IMF VND files, the VND
/// market indication). The series basis is `basis` when set; else a comment saying "end of period"
/// (or "month-end") makes month-end figures, one saying "annual" annual averages; else the dates
/// decide: all on the 1st of a month, monthly averages; all on 31 December, annual averages; all on
/// a month's last day (two rows or more), month-end figures; otherwise daily. Dates must fit the
/// basis. Source metadata comes from `info`; when `info.id` is empty, a comment saying "market
/// indication" makes the `market` source (kind market), anything else the IMF.
result<rate_source_data> load_simple_csv(std::string_view text, std::string_view name,
                                         rate_source_info info = {}, std::optional<series_basis> basis = {});

/// The ECB's XML files as downloaded (eurofxref-hist.xml, eurofxref-hist-90d.xml,
/// eurofxref-daily.xml): `<Cube time="...">` days of `<Cube currency="USD" rate="1.1684"/>`. A file
/// that ends before `</gesmes:Envelope>` is an error (a cut-off download). Source id "ecb".
result<rate_source_data> load_ecb_xml(std::string_view text, std::string_view name);

/// One daily snapshot of the currency-api aggregate as served (`{"date": "2026-09-29", "usd":
/// {"vnd": 25947.76804973, ...}}`): the `quotes` (ISO codes, e.g. {"VND"}) per the snapshot's base,
/// read exactly from the numbers as written. Source id "market", kind market.
result<rate_source_data> load_currency_api_json(std::string_view text, std::string_view name,
                                                std::vector<std::string> const& quotes);

/// figura's own format (rates/README.md).
result<rate_source_data> load_figura_rates(std::string_view text, std::string_view name);

/// Writes figura's own format; `load_figura_rates(write_figura_rates(d))` gives back the same data.
[[nodiscard]] std::string write_figura_rates(rate_source_data const& data, bool replace_source = false);

enum class rate_file_format { ecb, fred, fred_long, simple, figura, ecb_xml, currency_api };
[[nodiscard]] std::string_view to_string(rate_file_format f) noexcept;
/// "ecb" (CSV or XML, told apart by the first line), "fred" (FRED CSV or the long format, told apart by
/// the header), "imf"/"simple", "market" (a simple CSV or a currency-api JSON snapshot of VND), "figura".
[[nodiscard]] std::optional<rate_file_format> parse_rate_file_format(std::string_view text) noexcept;
/// Guesses the format from the first lines; unset when none fits.
[[nodiscard]] std::optional<rate_file_format> detect_rate_file_format(std::string_view text) noexcept;

/// Loads any supported file (format detected when unset). I/O failures are errors naming the path.
result<rate_source_data> load_rates_file(std::filesystem::path const& file,
                                         std::optional<rate_file_format> format = {});

// ---------------------------------------------------------------------------------------------------
// Queries and results.

struct rate_options {
    rate_basis basis = rate_basis::day;
    /// A missing day uses the last fixing at most this many calendar days before the date.
    int max_stale_days = 7;
    /// Sources to try, in order. Empty: the table's order with official sources before market
    /// ones, and for month/year a source with a published average wins over one that averages its
    /// daily fixings.
    std::vector<std::string> sources{};
    /// When no single source has both currencies, chain two sources through USD or EUR.
    bool chain_sources = true;
    /// For basis month or year: also give the range [lowest, highest] of the period's daily fixings
    /// (`rate_quote::range`), so `convert` spans every day's rate instead of using one average. Only
    /// sources with daily fixings answer (one with only published averages is error F-RATE-205), and
    /// sources are not chained. Ignored for day and year_end (one fixing).
    bool period_range = false;
    /// For `rate_table::rates()` with basis month or year (without `period_range`): when some
    /// source publishes an average for the period, list only the published averages, without
    /// averaging any source's daily fixings; when none does, every source answers as without it.
    /// For callers that prefer a published average, as `rate()` does, and would drop the means.
    bool published_first = false;
};

/// One published series used by a rate.
struct rate_leg {
    std::string source;
    series_basis basis = series_basis::daily;
    std::string base;   ///< the series as published: `quote` per `base`
    std::string quote;
    bool inverted = false;  ///< this leg is used as 1 / value
    std::chrono::year_month_day first;  ///< first observation used
    std::chrono::year_month_day last;   ///< last observation used (== first for one observation)
    std::size_t observations = 1;
    std::optional<decimal> published;   ///< the published figure, when exactly one was used
};

/// One day's rate inside a period range.
struct rate_extreme {
    std::chrono::year_month_day date;  ///< the earliest day in the period with this value
    rational value;                    ///< exact: `quote` units per one `base` unit on that day
    std::vector<rate_leg> legs;        ///< the published figures of that day, one per leg
};

/// The range of a period's daily rates (each day crossed through the pivot on that day).
struct rate_range {
    rate_extreme low;
    rate_extreme high;
    std::size_t fixings = 0;  ///< days in the period with a rate (every leg fixed that day)
};

/// A source that was tried before the one that answered, and why it could not answer.
struct rate_source_skip {
    std::string source;
    std::string reason;
};

/// A rate with its provenance.
struct rate_quote {
    std::string base;
    std::string quote;
    rational value;          ///< exact: `quote` units per one `base` unit
    std::string source;      ///< "ecb", "fed", or "imf+ecb" for a chain across sources
    rate_kind kind = rate_kind::official;  ///< market when any source used is a market indication
    rate_basis basis = rate_basis::day;
    std::chrono::year_month_day requested;
    std::chrono::year_month_day used_from;  ///< date used (day, year_end), or the period's first fixing / period start
    std::chrono::year_month_day used_to;    ///< == used_from for one fixing; the period's last used date otherwise
    int stale_days = 0;      ///< requested - used_from for day, year_end and month_end bases
    bool published_average = false;  ///< month/year: from a published average series
    std::string method;      ///< "daily fixing", "published annual average", "mean of 249 daily fixings", ...
    std::vector<std::string> path;  ///< currencies crossed, e.g. {"CNY", "EUR", "USD"}
    std::vector<rate_leg> legs;
    /// With `rate_options::period_range` (month, year): the lowest and highest daily rate; `value`
    /// is then the mean of the same fixings and the method starts "range of N daily fixings".
    std::optional<rate_range> range;
    /// Sources before this one in the order that have the pair but could not answer (a market rate
    /// that answers says here why no official one did). Sources without the pair are not listed.
    std::vector<rate_source_skip> skipped;

    /// The value rounded to a multiple of 10^exponent.
    [[nodiscard]] decimal rounded(std::int32_t exponent, rounding_mode mode) const;
};

/// An end of an exact interval.
struct exact_bound {
    rational value;
    bool closed = true;
    friend bool operator==(exact_bound const&, exact_bound const&) = default;
};

/// An interval with exact rational ends; a missing end is unbounded.
struct exact_interval {
    std::optional<exact_bound> lower;
    std::optional<exact_bound> upper;

    [[nodiscard]] bool contains(rational const& v) const;
    /// True when every value of this interval lies in `outer`.
    [[nodiscard]] bool within(interval const& outer) const;
    /// Rounds each end to a multiple of 10^exponent with its own mode (closedness kept).
    [[nodiscard]] interval rounded(std::int32_t exponent, rounding_mode lower_mode, rounding_mode upper_mode) const;
    /// Rounds outward (floor the lower end, ceiling the upper): the result contains this interval.
    [[nodiscard]] interval enclosing(std::int32_t exponent) const {
        return rounded(exponent, rounding_mode::floor, rounding_mode::ceiling);
    }
    friend bool operator==(exact_interval const&, exact_interval const&) = default;
};

/// A converted figure interval.
struct conversion {
    std::string from;
    std::string to;
    interval amount;        ///< the input, in `from`
    exact_interval value;   ///< the result, in `to`: amount times the rate (or the rates' range)
    rational rate_low;      ///< smallest rate used (a range's low end when the quote has one)
    rational rate_high;     ///< largest rate used (a range's high end when the quote has one)
    std::vector<rate_quote> rates;  ///< every rate used, with provenance
};

/// An immutable, thread-safe table of dated rates. Copies share the data; lookups take no locks.
class rate_table {
public:
    /// Empty table.
    rate_table();

    /// The shipped default compiled into the library (rates/*.figrates). Built once, on first use.
    static rate_table const& embedded();

    /// Adds sources to a copy of an existing table, then `build()`s a new immutable table.
    class builder {
    public:
        builder();
        explicit builder(rate_table const& start);
        builder(builder&&) noexcept;
        builder& operator=(builder&&) noexcept;
        ~builder();

        /// Merges `data` into its source (same id), or replaces the source when the data says so.
        /// A date present in both with different values is an error naming source, series and date.
        result<std::size_t> add(rate_source_data const& data);
        /// Removes a source (no effect when absent).
        void remove_source(std::string_view id);
        /// The finished table; the builder is left empty.
        [[nodiscard]] rate_table build();

    private:
        struct state;
        std::unique_ptr<state> state_;
    };

    [[nodiscard]] bool empty() const noexcept;
    [[nodiscard]] std::vector<rate_source_info> sources() const;
    /// Everything the table holds for one source, as a file would carry it; unset when unknown.
    [[nodiscard]] std::optional<rate_source_data> source_data(std::string_view id) const;
    [[nodiscard]] std::vector<series_info> series() const;
    /// Every currency any series names, sorted.
    [[nodiscard]] std::vector<std::string> currencies() const;

    /// `quote` per `base` on `on` for `options.basis`: the first source (see `rate_options::sources`)
    /// that can answer. When none can, the error lists each source's reason.
    result<rate_quote> rate(std::string_view base, std::string_view quote, std::chrono::year_month_day on,
                            rate_options const& options = {}) const;

    /// The rate from every source that can answer (in order); an error only when none can.
    result<std::vector<rate_quote>> rates(std::string_view base, std::string_view quote,
                                          std::chrono::year_month_day on, rate_options const& options = {}) const;

    /// Converts `amount` (in `from`) into `to`. With `all_sources`, every answering source's rate is
    /// used and the result spans their range; with `options.period_range`, each quote's daily range.
    result<conversion> convert(interval const& amount, std::string_view from, std::string_view to,
                               std::chrono::year_month_day on, rate_options const& options = {},
                               bool all_sources = false) const;

    struct data;  ///< internal

private:
    explicit rate_table(std::shared_ptr<data const> d) : data_(std::move(d)) {}
    std::shared_ptr<data const> data_;
};

/// `rational` rounded to a multiple of 10^exponent.
[[nodiscard]] decimal round_rational(rational const& value, std::int32_t exponent, rounding_mode mode);

// ---------------------------------------------------------------------------------------------------
// User rates directory (used by `figura rates import` and by the CLI at start-up).

/// $FIGURA_RATES_DIR, else $XDG_DATA_HOME/figura/rates, else $HOME/.local/share/figura/rates.
[[nodiscard]] std::filesystem::path default_user_rates_dir();

/// Loads and validates `file`, then writes it in figura's format into `dir` (created when missing) as
/// `<source>-<file stem>.figrates`. Returns the path written. Nothing is written when the file is bad.
result<std::filesystem::path> import_rates_file(std::filesystem::path const& file, std::optional<rate_file_format> format,
                                                std::filesystem::path const& dir, bool replace_source = false);

/// The embedded table plus every `*.figrates` file in `dir` (by name order). A missing directory is
/// not an error; a bad or conflicting file is, naming the file.
result<rate_table> load_table_with_user_rates(std::filesystem::path const& dir);

}  // namespace figura
