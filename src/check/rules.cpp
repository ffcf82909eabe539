// The catalogue of `figura check` rules: ids, default severities and their documentation (also the
// source of SARIF `rules`). Keep in step with docs/checks.md.
#include "figura/check.hpp"

namespace figura {

std::string_view to_string(severity s) noexcept {
    switch (s) {
    case severity::note: return "note";
    case severity::warning: return "warning";
    case severity::error: return "error";
    }
    return "warning";
}

std::string_view to_string(text_part p) noexcept {
    switch (p) {
    case text_part::summary: return "summary";
    case text_part::translation: return "translation";
    case text_part::original: return "original";
    }
    return "original";
}

std::optional<severity> parse_severity(std::string_view text) noexcept {
    if (text == "note" || text == "info") return severity::note;
    if (text == "warning") return severity::warning;
    if (text == "error") return severity::error;
    return std::nullopt;
}

std::vector<rule_info> const& check_rules() {
    static std::vector<rule_info> const rules{
        {"fx.conversion", severity::error, "A stated currency conversion agrees with no admissible rate",
         "For a stated conversion `A (B)` (`Rmb100bn ($14bn)`, `100 tỷ nhân dân tệ (khoảng 14 tỷ USD)`), "
         "the written figures (A at its stated precision, B at its last significant digit; a qualifier "
         "outside the brackets set aside) are compared with every published rate of every admissible "
         "basis: the figure's own period (the year's or month's averages, or the week up to its day) and "
         "the week up to the publication date, every source. The conversion agrees when some rate lies "
         "within the tolerance (2%) of the rates the figures allow; up to 5% off it is a warning, beyond "
         "that an error (both configurable). Evidence: the deviation in percent, the closest rate with its "
         "source and date, and per basis the rates, dates and converted interval."},
        {"fx.basis", severity::note, "A dated amount was converted at the publication-date rate",
         "Reported when an amount tied to an earlier date (`in 2021`) agrees with its stated conversion only "
         "at the publication-date rate, not at the rate of its own date. Style guides (AP) advise against "
         "converting historical amounts at today's rate; the figures are consistent, so this is a note. "
         "Evidence: both rates, their sources and dates, and both converted intervals. Nothing is reported "
         "when the figure's own date fits. Also reported when a price restated per another unit of mass "
         "(`USD/ounce` as `đồng/lượng`) agrees once the unit is converted, naming the unit factor."},
        {"fx.unverifiable", severity::warning, "A stated conversion cannot be checked",
         "A stated conversion between two currencies where figura has no rate for a basis that would "
         "decide it (a currency or a date the rate table does not cover, beyond the staleness limit), or "
         "the figure has no date at all (no publication date). A bare `$` read as the configured default "
         "(USD) is normal and is not reported by itself. Evidence: each basis tried and why it failed."},
        {"parity.missing", severity::warning, "A figure of the original has no counterpart in the translation",
         "A figure of the original (money, count, percent, age, rate) that no figure of the linked "
         "translation paragraphs matches by value, kind and currency. Years and other dates are checked by "
         "the date rules instead, and dateline numbers are never reported."},
        {"parity.extra", severity::warning, "A figure of the translation has no counterpart in the original",
         "A figure of the translation that no figure of the linked original paragraphs matches by value, "
         "kind and currency (the reverse of `parity.missing`). Years, dates and datelines are left out."},
        {"parity.value", severity::error, "A translated figure has a different value",
         "A figure of the original and its counterpart in the translation (paired by place, kind and "
         "currency) whose intervals, stated precision and qualifier included, do not overlap: `$14bn` "
         "translated as `18 tỷ USD`. Separator conventions are read per language, so `10,000` and `10.000` "
         "agree. Absolute dates are figures too: a date the translation changed (`in 2021` as `năm 2020`, "
         "`On May 4, 2019` as `tháng 4 năm 2019`) is reported here, as a warning."},
        {"parity.qualifier", severity::warning, "A translated figure lost or changed its qualifier",
         "Paired figures whose qualifiers differ: `less than $6m` translated as `6 triệu USD` (the `dưới` "
         "dropped), or `about` turned into an exact figure. The values may agree; the claim does not."},
        {"parity.currency", severity::error, "A translated figure is in another currency",
         "Paired figures whose currencies differ (`$14bn` and `14 tỷ nhân dân tệ`), or a money figure "
         "whose counterpart has no currency. Writing styles of one currency (`$`, `USD`, `đô la Mỹ`) agree, "
         "and an ambiguous `$` agrees with any of its readings."},
        {"summary.unsupported", severity::warning, "A summary bullet's figure is not supported by the body",
         "A figure in a summary bullet that no figure of the body (either language) supports: same kind, "
         "same currency, overlapping intervals. Also reported when the only supporting figures are tied to "
         "a different date than the bullet gives (`tháng 5/2023` in the bullet, `May last year` in a "
         "January 2025 body); a bullet's `tháng 5/2024` for that body agrees."},
        {"summary.qualifier", severity::warning, "A summary bullet drops or changes the qualifier of the body's figure",
         "A figure in a summary bullet whose value the body supports, but only with a bound the bullet "
         "leaves out or turns: `6 tri\u1ec7u USD` in a bullet for the body's `d\u01b0\u1edbi 6 tri\u1ec7u USD` "
         "(less than), `more than $5m` for `up to $5m`. A bullet may round: `about` against an exact figure, "
         "and `less than` against `up to`, agree."},
        {"date.relative", severity::warning, "A relative date disagrees with the absolute date it restates",
         "In a paragraph and its translation, a relative date (`May last year`, `năm ngoái`, `two years "
         "later`) resolved against the publication date (or the earlier date it counts from) names a "
         "different period than the absolute date on the other side (`tháng 5/2023` for `May last year` "
         "in an article published 2025-01-29)."},
        {"date.publication", severity::warning, "The publication date is unknown or inconsistent",
         "No publication date could be found (no option, no usable metadata `date`, no dateline that names "
         "a day), so relative dates and publication-date rates cannot be checked; or the datelines of the "
         "translation and the original (or the metadata) name different days."},
        {"age.birth_year", severity::warning, "An age disagrees with a birth year and the publication date",
         "An age (`aged 45`, `45 tuổi`) in the same sentence as a birth year (`born in 1980`, `sinh năm "
         "1980`) must equal the publication year minus the birth year, or one less (before the birthday). "
         "Reported with the expected ages."},
    };
    return rules;
}

}  // namespace figura
