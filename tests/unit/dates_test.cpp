// Tests for figura::find_dates and figura::parse_date: absolute and relative dates in English and
// Vietnamese, resolution against a publication date (2025-01-29 unless a case says otherwise),
// mention-anchored offsets, things that are not dates, impossible days, spans with Vietnamese text,
// NFD input and invalid UTF-8. Expected intervals are worked out by hand from docs/dates.md.

#include <catch2/catch.hpp>

#include <chrono>
#include <string>
#include <string_view>
#include <vector>

#include "figura/dates.hpp"

namespace {

using namespace std::chrono;
using figura::date_interval;
using figura::date_mention;
using figura::date_options;
using figura::language;

constexpr figura::calendar_date pub{year{2025}, January, day{29}};

date_options with_reference(figura::calendar_date d = pub) {
    date_options o;
    o.reference = d;
    return o;
}

date_interval iv(int y1, unsigned m1, unsigned d1, int y2, unsigned m2, unsigned d2) {
    return {year{y1} / month{m1} / day{d1}, year{y2} / month{m2} / day{d2}};
}

/// "'text' granularity first..last anchor" for each mention, joined by "; ". `?` when unresolved;
/// anchor is abs, pub or ref (another mention).
std::string describe(std::vector<date_mention> const& ms) {
    std::string out;
    for (auto const& m : ms) {
        if (!out.empty()) out += "; ";
        out += "'" + m.text + "' " + std::string(figura::to_string(m.granularity)) + " ";
        out += m.resolved ? figura::to_string(*m.resolved) : std::string("?");
        switch (m.relation.anchor) {
        case figura::date_anchor::none: out += " abs"; break;
        case figura::date_anchor::publication: out += " pub"; break;
        case figura::date_anchor::mention: out += " ref"; break;
        }
    }
    return out;
}

std::string find(std::string_view text, date_options const& o = with_reference()) {
    auto r = figura::find_dates(text, o);
    if (!r) return "error " + r.error().id + ": " + r.error().message;
    return describe(*r);
}

struct row {
    std::string_view text;
    std::string_view expected;
};

void run_table(std::vector<row> const& rows, date_options const& o = with_reference()) {
    for (auto const& r : rows) {
        INFO("text: " << r.text);
        CHECK(find(r.text, o) == r.expected);
    }
}

}  // namespace

TEST_CASE("dates: English absolute forms", "[dates]") {
    run_table({
        {"in 2021", "'2021' year 2021-01-01..2021-12-31 abs"},
        {"The fund was set up in 2021.", "'2021' year 2021-01-01..2021-12-31 abs"},
        {"since 1998, when", "'1998' year 1998-01-01..1998-12-31 abs"},
        {"Jan 29th 2025", "'Jan 29th 2025' day 2025-01-29..2025-01-29 abs"},
        {"on January 29, 2025, it said", "'January 29, 2025' day 2025-01-29..2025-01-29 abs"},
        {"29 January 2025", "'29 January 2025' day 2025-01-29..2025-01-29 abs"},
        {"the 1st of March 2024", "'1st of March 2024' day 2024-03-01..2024-03-01 abs"},
        {"2025-01-29", "'2025-01-29' day 2025-01-29..2025-01-29 abs"},
        {"as of 2024-12", "'2024-12' month 2024-12-01..2024-12-31 abs"},
        {"May 2024", "'May 2024' month 2024-05-01..2024-05-31 abs"},
        {"in May of 2024", "'May of 2024' month 2024-05-01..2024-05-31 abs"},
        {"Sept. 5, 2023", "'Sept. 5, 2023' day 2023-09-05..2023-09-05 abs"},
        {"in Sept. 2023", "'Sept. 2023' month 2023-09-01..2023-09-30 abs"},
        {"DECEMBER 31, 2024", "'DECEMBER 31, 2024' day 2024-12-31..2024-12-31 abs"},
        {"on Feb 29, 2024", "'Feb 29, 2024' day 2024-02-29..2024-02-29 abs"},
        {"(in 2021)", "'2021' year 2021-01-01..2021-12-31 abs"},
        {"in 2021's first half", "'2021' year 2021-01-01..2021-12-31 abs"},
        {"Mar 4th 2025|Hanoi", "'Mar 4th 2025' day 2025-03-04..2025-03-04 abs"},
        {"Q1 2024", "'Q1 2024' quarter 2024-01-01..2024-03-31 abs"},
        {"Q4/2023 results", "'Q4/2023' quarter 2023-10-01..2023-12-31 abs"},
        {"H1 2024", "'H1 2024' half 2024-01-01..2024-06-30 abs"},
        {"H2 2024", "'H2 2024' half 2024-07-01..2024-12-31 abs"},
        {"in the first quarter of 2024", "'the first quarter of 2024' quarter 2024-01-01..2024-03-31 abs"},
        {"second half of 2023", "'second half of 2023' half 2023-07-01..2023-12-31 abs"},
        {"in the third quarter of last year", "'the third quarter of last year' quarter 2024-07-01..2024-09-30 pub"},
        {"early 2021", "'early 2021' year 2021-01-01..2021-12-31 abs"},
        {"by mid-2026", "'mid-2026' year 2026-01-01..2026-12-31 abs"},
        {"at the end of 2021", "'the end of 2021' year 2021-01-01..2021-12-31 abs"},
        {"in late 2019", "'late 2019' year 2019-01-01..2019-12-31 abs"},
        {"between 2019 and 2021", "'2019' year 2019-01-01..2019-12-31 abs; '2021' year 2021-01-01..2021-12-31 abs"},
        {"from May to July 2024", "'May' month 2024-05-01..2024-05-31 pub; 'July 2024' month 2024-07-01..2024-07-31 abs"},
        {"29/1/2025", "'29/1/2025' day 2025-01-29..2025-01-29 abs"},
        {"on 1/29/2025", "'1/29/2025' day 2025-01-29..2025-01-29 abs"},
        {"1/5/2025", ""},  // English day/month order is ambiguous: not read
        {"5/2024", "'5/2024' month 2024-05-01..2024-05-31 abs"},
        {"during 1850", ""},  // a lone year is read only in 1900..2100
        {"May 1850", "'May 1850' month 1850-05-01..1850-05-31 abs"},
    });
}

TEST_CASE("dates: English forms with the year implied", "[dates]") {
    run_table({
        {"January 20th", "'January 20th' day 2025-01-20..2025-01-20 pub"},
        {"on Jan 20 the", "'Jan 20' day 2025-01-20..2025-01-20 pub"},
        {"20 January", "'20 January' day 2025-01-20..2025-01-20 pub"},
        {"in July", "'July' month 2024-07-01..2024-07-31 pub"},
        {"in March", "'March' month 2025-03-01..2025-03-31 pub"},
        {"in April", "'April' month 2025-04-01..2025-04-30 pub"},
        {"in May", "'May' month 2024-05-01..2024-05-31 pub"},
        {"on December 5", "'December 5' day 2024-12-05..2024-12-05 pub"},
        {"last May", "'last May' month 2024-05-01..2024-05-31 pub"},
        {"last January", "'last January' month 2024-01-01..2024-01-31 pub"},
        {"this March", "'this March' month 2025-03-01..2025-03-31 pub"},
        {"in early July", "'early July' month 2024-07-01..2024-07-31 pub"},
    });
}

TEST_CASE("dates: English relative forms against the publication date", "[dates]") {
    run_table({
        {"last year", "'last year' year 2024-01-01..2024-12-31 pub"},
        {"Last year, the fund", "'Last year' year 2024-01-01..2024-12-31 pub"},
        {"this year", "'this year' year 2025-01-01..2025-12-31 pub"},
        {"next year", "'next year' year 2026-01-01..2026-12-31 pub"},
        {"May last year", "'May last year' month 2024-05-01..2024-05-31 pub"},
        {"in May last year", "'May last year' month 2024-05-01..2024-05-31 pub"},
        {"March this year", "'March this year' month 2025-03-01..2025-03-31 pub"},
        {"last month", "'last month' month 2024-12-01..2024-12-31 pub"},
        {"next month", "'next month' month 2025-02-01..2025-02-28 pub"},
        {"yesterday", "'yesterday' day 2025-01-28..2025-01-28 pub"},
        {"today", "'today' day 2025-01-29..2025-01-29 pub"},
        {"tomorrow", "'tomorrow' day 2025-01-30..2025-01-30 pub"},
        {"two years ago", "'two years ago' year 2023-01-01..2023-12-31 pub"},
        {"a year ago", "'a year ago' year 2024-01-01..2024-12-31 pub"},
        {"3 months ago", "'3 months ago' month 2024-10-01..2024-10-31 pub"},
        {"two weeks ago", "'two weeks ago' day 2025-01-15..2025-01-15 pub"},
        {"late last year", "'late last year' year 2024-01-01..2024-12-31 pub"},
        {"by the end of this year", "'the end of this year' year 2025-01-01..2025-12-31 pub"},
    });
}

TEST_CASE("dates: offsets from an earlier mention", "[dates]") {
    run_table({
        {"In 2021 it raised money. Two years later it failed.",
         "'2021' year 2021-01-01..2021-12-31 abs; 'Two years later' year 2023-01-01..2023-12-31 ref"},
        {"In May 2021 it opened; a year later it closed.",
         "'May 2021' month 2021-05-01..2021-05-31 abs; 'a year later' month 2022-05-01..2022-05-31 ref"},
        {"On Jan 31, 2024 it began; a month later it stopped.",
         "'Jan 31, 2024' day 2024-01-31..2024-01-31 abs; 'a month later' day 2024-02-29..2024-02-29 ref"},
        {"In 2020 sales fell; a year earlier they rose.",
         "'2020' year 2020-01-01..2020-12-31 abs; 'a year earlier' year 2019-01-01..2019-12-31 ref"},
        {"In 2018 it listed. The following year it merged.",
         "'2018' year 2018-01-01..2018-12-31 abs; 'The following year' year 2019-01-01..2019-12-31 ref"},
        {"In 2018 it listed, and in the previous year it merged.",
         "'2018' year 2018-01-01..2018-12-31 abs; 'the previous year' year 2017-01-01..2017-12-31 ref"},
        {"Two years later it failed.", "'Two years later' year ? ref"},
        {"In March 2022 it opened; three months later it shut.",
         "'March 2022' month 2022-03-01..2022-03-31 abs; 'three months later' month 2022-06-01..2022-06-30 ref"},
        {"In 2018 it listed. The next year it merged.",
         "'2018' year 2018-01-01..2018-12-31 abs; 'The next year' year 2019-01-01..2019-12-31 ref"},
        {"It listed in 2018, and merged the year before.",
         "'2018' year 2018-01-01..2018-12-31 abs; 'the year before' year 2017-01-01..2017-12-31 ref"},
        {"It crashed in 2008; two years after the crash it recovered.", "'2008' year 2008-01-01..2008-12-31 abs"},
        {"In 2021 it began. Three years later, in 2024, it ended. A year later it restarted.",
         "'2021' year 2021-01-01..2021-12-31 abs; 'Three years later' year 2024-01-01..2024-12-31 ref; "
         "'2024' year 2024-01-01..2024-12-31 abs; 'A year later' year 2025-01-01..2025-12-31 ref"},
    });
}

TEST_CASE("dates: Vietnamese absolute forms", "[dates]") {
    run_table({
        {"năm 2021", "'năm 2021' year 2021-01-01..2021-12-31 abs"},
        {"Năm 2021, quỹ này", "'Năm 2021' year 2021-01-01..2021-12-31 abs"},
        {"vào năm 2023", "'năm 2023' year 2023-01-01..2023-12-31 abs"},
        {"tháng 5/2024", "'tháng 5/2024' month 2024-05-01..2024-05-31 abs"},
        {"tháng 5 năm 2024", "'tháng 5 năm 2024' month 2024-05-01..2024-05-31 abs"},
        {"Tháng 12/2023", "'Tháng 12/2023' month 2023-12-01..2023-12-31 abs"},
        {"Ngày 29 tháng 1 năm 2025", "'Ngày 29 tháng 1 năm 2025' day 2025-01-29..2025-01-29 abs"},
        {"ngày 29/1/2025", "'ngày 29/1/2025' day 2025-01-29..2025-01-29 abs"},
        {"ngày 1/5/2025", "'ngày 1/5/2025' day 2025-05-01..2025-05-01 abs"},
        {"vào ngày 29-1-2025", "'ngày 29-1-2025' day 2025-01-29..2025-01-29 abs"},
        {"Hôm 29/1/2025, công ty", "'29/1/2025' day 2025-01-29..2025-01-29 abs"},
        {"Ngày 4 tháng 3 năm 2025 | Hà Nội", "'Ngày 4 tháng 3 năm 2025' day 2025-03-04..2025-03-04 abs"},
        {"29 tháng 1 năm 2025", "'29 tháng 1 năm 2025' day 2025-01-29..2025-01-29 abs"},
        {"quý 1/2024", "'quý 1/2024' quarter 2024-01-01..2024-03-31 abs"},
        {"quý I năm 2024", "'quý I năm 2024' quarter 2024-01-01..2024-03-31 abs"},
        {"quý IV/2023", "'quý IV/2023' quarter 2023-10-01..2023-12-31 abs"},
        {"nửa đầu năm 2024", "'nửa đầu năm 2024' half 2024-01-01..2024-06-30 abs"},
        {"đầu năm 2021", "'đầu năm 2021' year 2021-01-01..2021-12-31 abs"},
        {"cuối năm 2022", "'cuối năm 2022' year 2022-01-01..2022-12-31 abs"},
        {"giữa tháng 5/2024", "'giữa tháng 5/2024' month 2024-05-01..2024-05-31 abs"},
        {"từ năm 2019 đến năm 2021",
         "'năm 2019' year 2019-01-01..2019-12-31 abs; 'năm 2021' year 2021-01-01..2021-12-31 abs"},
        {"từ 2019 đến 2021", "'2019' year 2019-01-01..2019-12-31 abs; '2021' year 2021-01-01..2021-12-31 abs"},
        {"doanh thu 5/2024 tăng", "'5/2024' month 2024-05-01..2024-05-31 abs"},
        {"năm 1975", "'năm 1975' year 1975-01-01..1975-12-31 abs"},
    });
}

TEST_CASE("dates: Vietnamese forms with the year implied", "[dates]") {
    run_table({
        {"ngày 28/1", "'ngày 28/1' day 2025-01-28..2025-01-28 pub"},
        {"ngày 28 tháng 1", "'ngày 28 tháng 1' day 2025-01-28..2025-01-28 pub"},
        {"vào tháng 7", "'tháng 7' month 2024-07-01..2024-07-31 pub"},
        {"tháng 3", "'tháng 3' month 2025-03-01..2025-03-31 pub"},
        {"trong tháng 12", "'tháng 12' month 2024-12-01..2024-12-31 pub"},
        {"quý 2", "'quý 2' quarter 2025-04-01..2025-06-30 pub"},
        {"cuối tháng 5", "'cuối tháng 5' month 2024-05-01..2024-05-31 pub"},
    });
}

TEST_CASE("dates: Vietnamese relative forms", "[dates]") {
    run_table({
        {"năm ngoái", "'năm ngoái' year 2024-01-01..2024-12-31 pub"},
        {"Năm ngoái, công ty", "'Năm ngoái' year 2024-01-01..2024-12-31 pub"},
        {"năm trước", "'năm trước' year 2024-01-01..2024-12-31 pub"},
        {"năm nay", "'năm nay' year 2025-01-01..2025-12-31 pub"},
        {"năm sau", "'năm sau' year 2026-01-01..2026-12-31 pub"},
        {"năm tới", "'năm tới' year 2026-01-01..2026-12-31 pub"},
        {"năm kia", "'năm kia' year 2023-01-01..2023-12-31 pub"},
        {"tháng 5 năm ngoái", "'tháng 5 năm ngoái' month 2024-05-01..2024-05-31 pub"},
        {"tháng 3 năm nay", "'tháng 3 năm nay' month 2025-03-01..2025-03-31 pub"},
        {"tháng trước", "'tháng trước' month 2024-12-01..2024-12-31 pub"},
        {"tháng này", "'tháng này' month 2025-01-01..2025-01-31 pub"},
        {"tháng tới", "'tháng tới' month 2025-02-01..2025-02-28 pub"},
        {"hôm qua", "'hôm qua' day 2025-01-28..2025-01-28 pub"},
        {"hôm nay", "'hôm nay' day 2025-01-29..2025-01-29 pub"},
        {"ngày mai", "'ngày mai' day 2025-01-30..2025-01-30 pub"},
        {"ngày hôm qua", "'ngày hôm qua' day 2025-01-28..2025-01-28 pub"},
        {"hôm kia", "'hôm kia' day 2025-01-27..2025-01-27 pub"},
        {"tháng rồi", "'tháng rồi' month 2024-12-01..2024-12-31 pub"},
        {"năm này", "'năm này' year 2025-01-01..2025-12-31 pub"},
        {"hai năm trước", "'hai năm trước' year 2023-01-01..2023-12-31 pub"},
        {"3 tháng trước", "'3 tháng trước' month 2024-10-01..2024-10-31 pub"},
        {"năm năm trước", "'năm năm trước' year 2020-01-01..2020-12-31 pub"},
        {"đầu năm nay", "'đầu năm nay' year 2025-01-01..2025-12-31 pub"},
        {"cuối năm ngoái", "'cuối năm ngoái' year 2024-01-01..2024-12-31 pub"},
        {"quý 4 năm ngoái", "'quý 4 năm ngoái' quarter 2024-10-01..2024-12-31 pub"},
        {"ngày 5 tháng 5 năm ngoái", "'ngày 5 tháng 5 năm ngoái' day 2024-05-05..2024-05-05 pub"},
        {"Năm 2021, quỹ huy động vốn. Hai năm sau, quỹ đóng cửa.",
         "'Năm 2021' year 2021-01-01..2021-12-31 abs; 'Hai năm sau' year 2023-01-01..2023-12-31 ref"},
        {"Năm 2021 quỹ mở. Một năm sau đó quỹ đóng.",
         "'Năm 2021' year 2021-01-01..2021-12-31 abs; 'Một năm sau đó' year 2022-01-01..2022-12-31 ref"},
        {"Năm 2021 quỹ mở, năm trước đó quỹ lập.",
         "'Năm 2021' year 2021-01-01..2021-12-31 abs; 'năm trước đó' year 2020-01-01..2020-12-31 ref"},
        {"Tháng 5/2020 quỹ mở, hai năm trước đó nó lập.",
         "'Tháng 5/2020' month 2020-05-01..2020-05-31 abs; 'hai năm trước đó' month 2018-05-01..2018-05-31 ref"},
    });
}

TEST_CASE("dates: things that are not dates", "[dates]") {
    run_table({
        {"2,021 people", ""},
        {"$2021", ""},
        {"in $2021", ""},
        {"2021 tỷ đồng", ""},
        {"năm 2021 tỷ đồng", ""},
        {"vào 2021 tỷ đồng", ""},
        {"in 2021 people", ""},
        {"in 2,021 cases", ""},
        {"in 2021.5 seconds", ""},
        {"it rose 2021", ""},
        {"5/2 of the cake", ""},
        {"ngày 5/2 là", "'ngày 5/2' day 2025-02-05..2025-02-05 pub"},
        {"he may 2024", ""},
        {"May 5 people came.", ""},
        {"It rained. May 5 people came.", ""},
        {"May 5, 2024 was wet.", "'May 5, 2024' day 2024-05-05..2024-05-05 abs"},
        {"on May 5 the board met", "'May 5' day 2024-05-05..2024-05-05 pub"},
        {"in march the troops", ""},
        {"in 2021%", ""},
        {"trong 5 tháng", ""},
        {"năm người", ""},
        {"hai năm sau khi quỹ mở", ""},
        {"in 3000", ""},
        {"2020-2021", ""},
    });
}

TEST_CASE("dates: impossible days are not mentions", "[dates]") {
    run_table({
        {"31/2/2025", ""},
        {"ngày 31/2/2025", ""},
        {"ngày 30 tháng 2 năm 2024", ""},
        {"Feb 30, 2024", ""},
        {"Feb 29, 2023", ""},
        {"2025-02-30", ""},
        {"2025-13-01", ""},
        {"tháng 13/2024", ""},
        {"ngày 32/1", ""},
        {"29/2/2024", "'29/2/2024' day 2024-02-29..2024-02-29 abs"},
    }, [] { date_options o = with_reference(); o.lang = language::vi; return o; }());
    // 29 February with the year implied resolves only in a leap year.
    CHECK(find("ngày 29/2", with_reference(year{2024} / March / day{1})) == "'ngày 29/2' day 2024-02-29..2024-02-29 pub");
    CHECK(find("ngày 29/2", with_reference(year{2025} / March / day{1})) == "'ngày 29/2' day ? pub");
}

TEST_CASE("dates: without a reference date relative mentions stay unresolved", "[dates]") {
    date_options const none;
    run_table({
        {"May last year", "'May last year' month ? pub"},
        {"năm ngoái", "'năm ngoái' year ? pub"},
        {"in July", "'July' month ? pub"},
        {"in 2021", "'2021' year 2021-01-01..2021-12-31 abs"},
        {"In 2021 it began. Two years later it ended.",
         "'2021' year 2021-01-01..2021-12-31 abs; 'Two years later' year 2023-01-01..2023-12-31 ref"},
    }, none);
}

TEST_CASE("dates: the must-hold example agrees and disagrees", "[dates]") {
    auto const body = figura::find_dates("In May last year the fund raised $14bn.", with_reference());
    REQUIRE(body);
    REQUIRE(body->size() == 1);
    REQUIRE((*body)[0].resolved);
    auto const summary_ok = figura::find_dates("- Quỹ huy động 14 tỷ USD vào tháng 5/2024", with_reference());
    auto const summary_bad = figura::find_dates("- Quỹ huy động 14 tỷ USD vào tháng 5/2023", with_reference());
    REQUIRE(summary_ok);
    REQUIRE(summary_bad);
    REQUIRE(summary_ok->size() == 1);
    REQUIRE(summary_bad->size() == 1);
    CHECK(figura::same_period(*(*body)[0].resolved, *(*summary_ok)[0].resolved));
    CHECK_FALSE(figura::same_period(*(*body)[0].resolved, *(*summary_bad)[0].resolved));
    CHECK_FALSE(figura::overlaps(*(*body)[0].resolved, *(*summary_bad)[0].resolved));
    auto const vi = figura::find_dates("tháng 5 năm ngoái", with_reference());
    REQUIRE(vi);
    REQUIRE(vi->size() == 1);
    CHECK(figura::same_period(*(*vi)[0].resolved, *(*summary_ok)[0].resolved));
}

TEST_CASE("dates: interval helpers", "[dates]") {
    auto const y2024 = iv(2024, 1, 1, 2024, 12, 31);
    auto const may = iv(2024, 5, 1, 2024, 5, 31);
    auto const span = iv(2024, 12, 1, 2025, 1, 31);
    CHECK(figura::within(may, y2024));
    CHECK_FALSE(figura::within(y2024, may));
    CHECK(figura::overlaps(y2024, span));
    CHECK_FALSE(figura::overlaps(may, span));
    CHECK_FALSE(figura::same_period(may, y2024));
    CHECK(y2024.contains(year{2024} / February / day{29}));
    CHECK_FALSE(y2024.contains(year{2025} / January / day{1}));
    CHECK(figura::to_string(may) == "2024-05-01..2024-05-31");
}

TEST_CASE("dates: mention fields", "[dates]") {
    auto const r = figura::find_dates("In 2021 it began.\nHai năm sau, đầu năm nay, May last year.", with_reference());
    REQUIRE(r);
    REQUIRE(r->size() == 4);
    auto const& a = (*r)[0];
    CHECK_FALSE(a.relative);
    CHECK(a.lang == language::en);
    CHECK(a.relation.anchor == figura::date_anchor::none);
    auto const& b = (*r)[1];
    CHECK(b.relative);
    CHECK(b.lang == language::vi);
    CHECK(b.relation.anchor == figura::date_anchor::mention);
    CHECK(b.relation.offset == 2);
    CHECK(b.relation.unit == figura::date_unit::year);
    REQUIRE(b.relation.anchor_index);
    CHECK(*b.relation.anchor_index == 0);
    auto const& c = (*r)[2];
    CHECK(c.part == figura::date_part::early);
    CHECK(c.relation.anchor == figura::date_anchor::publication);
    CHECK(c.relation.offset == 0);
    auto const& d = (*r)[3];
    CHECK(d.relation.offset == -1);
    CHECK(d.granularity == figura::date_granularity::month);
    // `in July` in January: the year is implied and taken as the previous one.
    auto const j = figura::find_dates("in July", with_reference());
    REQUIRE(j);
    REQUIRE(j->size() == 1);
    CHECK((*j)[0].relation.implied_year);
    CHECK((*j)[0].relation.offset == -1);
}

TEST_CASE("dates: spans count bytes and code-point columns", "[dates]") {
    std::string const text = "Tiêu đề\nQuỹ đã huy động vào tháng 5/2024, và năm ngoái.";
    auto const r = figura::find_dates(text, with_reference());
    REQUIRE(r);
    REQUIRE(r->size() == 2);
    auto const& m = (*r)[0];
    CHECK(m.text == "tháng 5/2024");
    CHECK(text.substr(m.span.begin, m.span.end - m.span.begin) == "tháng 5/2024");
    CHECK(m.span.line == 2);
    // "Quỹ đã huy động vào " is 20 code points.
    CHECK(m.span.column == 21);
    auto const& n = (*r)[1];
    CHECK(n.text == "năm ngoái");
    CHECK(n.span.line == 2);
    CHECK(n.span.column == 38);
}

TEST_CASE("dates: NFD input gives spans into the original bytes", "[dates]") {
    // "tháng" and "năm ngoái" with decomposed marks (a + U+0301, a + U+0306, o + U+0301...).
    std::string const nfd = "Vào tha\xCC\x81ng 5 na\xCC\x86m ngoa\xCC\x81i.";
    auto const r = figura::find_dates(nfd, with_reference());
    REQUIRE(r);
    REQUIRE(r->size() == 1);
    CHECK((*r)[0].text == "tha\xCC\x81ng 5 na\xCC\x86m ngoa\xCC\x81i");
    CHECK((*r)[0].span.begin == 5);  // "Vào " is 5 bytes
    CHECK((*r)[0].span.column == 5);
    CHECK(figura::to_string(*(*r)[0].resolved) == "2024-05-01..2024-05-31");
}

TEST_CASE("dates: invalid UTF-8 is an error with its place", "[dates]") {
    auto const r = figura::find_dates("in 2021\nab\xFF", with_reference());
    REQUIRE_FALSE(r);
    CHECK(r.error().id == "F-UTF8-001");
    CHECK(r.error().where.begin == 10);
    CHECK(r.error().where.line == 2);
    CHECK(r.error().where.column == 3);
    auto const p = figura::parse_date("2025-01-\xC0\x80");
    REQUIRE_FALSE(p);
    CHECK(p.error().id == "F-UTF8-001");
}

TEST_CASE("dates: parse_date reads one expression", "[dates]") {
    struct one {
        std::string_view text;
        std::string_view interval;
        figura::date_granularity granularity;
    };
    using g = figura::date_granularity;
    std::vector<one> const rows{
        {"2025-01-29", "2025-01-29..2025-01-29", g::day},
        {"  2025-01-29  ", "2025-01-29..2025-01-29", g::day},
        {"2025-01", "2025-01-01..2025-01-31", g::month},
        {"2021", "2021-01-01..2021-12-31", g::year},
        {"Jan 29th 2025", "2025-01-29..2025-01-29", g::day},
        {"Mar 4th 2025|Hanoi", "2025-03-04..2025-03-04", g::day},
        {"Mar 4th 2025 | Hanoi, Vietnam", "2025-03-04..2025-03-04", g::day},
        {"Ngày 4 tháng 3 năm 2025 | Hà Nội", "2025-03-04..2025-03-04", g::day},
        {"Ngày 29 tháng 1 năm 2025", "2025-01-29..2025-01-29", g::day},
        {"29/1/2025", "2025-01-29..2025-01-29", g::day},
        {"tháng 5/2024", "2024-05-01..2024-05-31", g::month},
        {"in 2021", "2021-01-01..2021-12-31", g::year},
        {"May 2024", "2024-05-01..2024-05-31", g::month},
        {"quý 1/2024", "2024-01-01..2024-03-31", g::quarter},
    };
    for (auto const& r : rows) {
        INFO(r.text);
        auto const m = figura::parse_date(r.text);
        REQUIRE(m);
        REQUIRE(m->resolved);
        CHECK(figura::to_string(*m->resolved) == r.interval);
        CHECK(m->granularity == r.granularity);
        CHECK_FALSE(m->relative);
    }
    auto const rel = figura::parse_date("May last year", with_reference());
    REQUIRE(rel);
    REQUIRE(rel->resolved);
    CHECK(figura::to_string(*rel->resolved) == "2024-05-01..2024-05-31");
    auto const unresolved = figura::parse_date("năm ngoái");
    REQUIRE(unresolved);
    CHECK(unresolved->relative);
    CHECK_FALSE(unresolved->resolved);
    auto const dateline = figura::parse_date("Mar 4th 2025|Hanoi");
    REQUIRE(dateline);
    CHECK(dateline->text == "Mar 4th 2025");
    CHECK(dateline->span.end == 12);
}

TEST_CASE("dates: parse_date errors name the place", "[dates]") {
    struct bad {
        std::string_view text;
        std::string_view id;
        std::size_t column;
    };
    std::vector<bad> const rows{
        {"", "F-DATE-004", 1},
        {"   ", "F-DATE-004", 1},
        {"hello", "F-DATE-001", 1},
        {"  $2021", "F-DATE-001", 3},
        {"2025-02-30", "F-DATE-003", 1},
        {"2023-02-29", "F-DATE-003", 1},
        {"Ngày 4 tháng 3 năm 2025 Hà Nội", "F-DATE-002", 25},
        {"ngày 31/4/2025", "F-DATE-003", 1},
        {"2025-01-29 and more", "F-DATE-002", 12},
        {"tháng 5/2024 rồi", "F-DATE-002", 14},
        {"1/5/2025", "F-DATE-001", 1},
        {"2025-1-29x", "F-DATE-001", 1},
    };
    for (auto const& r : rows) {
        INFO(r.text);
        auto const m = figura::parse_date(r.text);
        REQUIRE_FALSE(m);
        CHECK(m.error().id == r.id);
        CHECK(m.error().where.column == r.column);
    }
    date_options vi;
    vi.lang = language::vi;
    auto const day_first = figura::parse_date("1/5/2025", vi);
    REQUIRE(day_first);
    CHECK(figura::to_string(*day_first->resolved) == "2025-05-01..2025-05-01");
}

TEST_CASE("dates: a bilingual article", "[dates]") {
    std::string const article =
        "Mar 4th 2025|Hanoi\n"
        "In 2021 the fund claimed to manage 100bn yuan ($14bn). Two years later it had $20bn.\n"
        "Năm 2021, quỹ tuyên bố quản lý 100 tỷ nhân dân tệ (14 tỷ USD). Hai năm sau, quỹ có 20 tỷ USD.\n"
        "In May last year it raised $2bn; tháng 5 năm ngoái.\n";
    auto const r = figura::find_dates(article, with_reference(year{2025} / March / day{4}));
    CHECK(describe(r.value()) ==
          "'Mar 4th 2025' day 2025-03-04..2025-03-04 abs; '2021' year 2021-01-01..2021-12-31 abs; "
          "'Two years later' year 2023-01-01..2023-12-31 ref; 'Năm 2021' year 2021-01-01..2021-12-31 abs; "
          "'Hai năm sau' year 2023-01-01..2023-12-31 ref; 'May last year' month 2024-05-01..2024-05-31 pub; "
          "'tháng 5 năm ngoái' month 2024-05-01..2024-05-31 pub");
}

TEST_CASE("dates: hostile input does not hang or crash", "[dates]") {
    std::string big;
    for (int i = 0; i < 20000; ++i) big += "năm tháng ngày 1/ 2025- Q H1 the end of ";
    auto const r = figura::find_dates(big, with_reference());
    REQUIRE(r);
    std::string digits(100000, '9');
    auto const d = figura::find_dates(digits + "/" + digits, with_reference());
    REQUIRE(d);
    CHECK(d->empty());
    std::string const nested = std::string(5000, '(') + "in 2021" + std::string(5000, ')');
    auto const n = figura::find_dates(nested, with_reference());
    REQUIRE(n);
    CHECK(describe(*n) == "'2021' year 2021-01-01..2021-12-31 abs");
}
