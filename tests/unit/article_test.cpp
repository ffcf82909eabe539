#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>

#include "figura/article.hpp"

namespace {

std::string slurp(std::string const& name) {
    std::ifstream in(std::string(FIGURA_TEST_DATA_DIR) + "/articles/" + name, std::ios::binary);
    REQUIRE(in.good());
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

figura::figure const& fig(figura::article_part const& part, figura::figure_ref r) {
    return part.paragraphs.at(r.paragraph).figures.at(r.figure);
}

// The link holding original paragraph `o` (or, when `o` is npos, translation paragraph `t`).
figura::paragraph_link const& link_of_original(figura::alignment const& al, std::size_t o) {
    for (auto const& l : al.links) {
        for (auto i : l.original) {
            if (i == o) return l;
        }
    }
    FAIL("no link holds original paragraph " << o);
    throw std::logic_error("unreachable");
}

using figura::paragraph_role;
using V = std::vector<std::size_t>;

}  // namespace

TEST_CASE("article: single file gives bullets, URL, parts, headlines and datelines", "[article]") {
    auto const text = slurp("fund.txt");
    auto a = figura::read_article(text, "fund.txt");
    REQUIRE(a.has_value());
    CHECK(a->path == "fund.txt");
    REQUIRE(a->sources.size() == 1);
    CHECK(a->sources[0].text == text);

    REQUIRE(a->summary.size() == 2);
    CHECK(a->summary[0].marker == "📌");
    CHECK(a->summary[0].text == "Quỹ quản lý 100 tỷ nhân dân tệ vào năm 2021");
    CHECK(a->summary[0].span.line == 1);
    CHECK(a->summary[0].span.column == 3);  // after "📌 "
    CHECK(a->summary[0].lang == figura::language::vi);
    CHECK(a->summary[1].marker == "-");
    CHECK(a->summary[1].text == "Chi phí huấn luyện dưới 6 triệu USD");
    REQUIRE(a->summary[1].figures.size() == 1);
    CHECK(a->summary[1].figures[0].qual == figura::qualifier::lt);

    REQUIRE(a->source_url.has_value());
    CHECK(a->source_url->text == "https://example.com/business/2025/01/29/fund-chips");
    CHECK(a->source_url->span.line == 3);

    auto const& t = a->translation;
    CHECK(t.lang == figura::language::vi);
    REQUIRE(t.paragraphs.size() == 6);  // the blank line between body paragraphs is skipped
    REQUIRE(t.headline() != nullptr);
    CHECK(t.headline()->text == "Một quỹ ở Hàng Châu đặt cược vào chip");
    REQUIRE(t.dateline() != nullptr);
    CHECK(t.dateline()->text == "Ngày 29 tháng 1 năm 2025 | Hàng Châu");
    CHECK(t.paragraphs[2].role == paragraph_role::body);
    CHECK(t.paragraphs[5].span.line == 10);
    CHECK(t.find(paragraph_role::subheadline) == nullptr);

    auto const& o = a->original;
    CHECK(o.lang == figura::language::en);
    REQUIRE(o.paragraphs.size() == 7);
    CHECK(o.headline()->text == "A fund in Hangzhou bets on chips");
    CHECK(o.paragraphs[1].role == paragraph_role::subheadline);
    CHECK(o.dateline()->text == "Jan 29th 2025|Hangzhou");
    CHECK(o.paragraphs[3].lang == figura::language::en);
    CHECK(o.paragraphs[3].span.line == 14);

    // Spans index the whole file, for paragraphs and figures alike.
    for (auto const* part : {&t, &o}) {
        for (auto const& p : part->paragraphs) {
            CHECK(text.substr(p.span.begin, p.span.end - p.span.begin) == p.text);
            for (auto const& f : p.figures) CHECK(text.substr(f.span.begin, f.span.end - f.span.begin) == f.text);
        }
    }
    auto const& conv = o.paragraphs[3].figures;
    REQUIRE(conv.size() == 3);
    CHECK(conv[1].text == "Rmb100bn");
    CHECK(conv[1].currency.code == "CNY");
    CHECK(conv[1].value == figura::decimal::from_string("100000000000"));
    CHECK(conv[2].text == "$14bn");
}

TEST_CASE("article: the part boundary is where the language switches, not a fixed line", "[article]") {
    // A Vietnamese paragraph quoting an English name stays in the translation.
    std::string const text =
        "Tiêu đề tiếng Việt\n"
        "Công ty nói rằng họ đã chi 5 triệu USD.\n"
        "Nvidia H800 GPUs\n"
        "Đây là đoạn cuối cùng của bản dịch.\n"
        "English headline\n"
        "The company says it spent $5m.\n";
    auto a = figura::read_article(text, "x.txt");
    REQUIRE(a.has_value());
    CHECK(a->summary.empty());
    CHECK_FALSE(a->source_url.has_value());
    REQUIRE(a->translation.paragraphs.size() == 4);
    CHECK(a->translation.paragraphs[2].text == "Nvidia H800 GPUs");
    CHECK(a->translation.paragraphs[2].lang == figura::language::en);
    REQUIRE(a->original.paragraphs.size() == 2);
    CHECK(a->original.headline()->text == "English headline");
    // No dateline-like second line: it is body.
    CHECK(a->original.dateline() == nullptr);
    CHECK(a->original.paragraphs[1].role == paragraph_role::body);
}

TEST_CASE("article: one language only gives an empty other part", "[article]") {
    auto a = figura::read_article("Headline only in English\nIt cost $5m.\n", "en.txt");
    REQUIRE(a.has_value());
    CHECK(a->translation.empty());
    CHECK(a->original.paragraphs.size() == 2);
    auto v = figura::read_article("Chỉ có tiếng Việt\nChi phí là 5 triệu USD.\n", "vi.txt");
    REQUIRE(v.has_value());
    CHECK(v->original.empty());
    CHECK(v->translation.paragraphs.size() == 2);
    // Alignment of a one-sided article: every paragraph unlinked, figures unmatched.
    auto al = figura::align(*v);
    REQUIRE(al.links.size() == 2);
    CHECK(al.links[1].original.empty());
    REQUIRE(al.links[1].figures.size() == 1);
    CHECK_FALSE(al.links[1].figures[0].original.has_value());
}

TEST_CASE("article: a restated amount points at its amount within the paragraph", "[article]") {
    auto a = figura::read_article("Fund raises money\nIt paid $5m for 10 GPUs.\nIt raised Rmb100bn ($14bn; about €13bn).\n",
                                  "en.txt");
    REQUIRE(a.has_value());
    REQUIRE(a->original.paragraphs.size() == 3);
    auto const& figures = a->original.paragraphs[2].figures;
    REQUIRE(figures.size() == 3);
    // Indices into this paragraph's figures, not into the whole file's (where Rmb100bn is the third).
    CHECK_FALSE(figures[0].equivalent_of);
    REQUIRE(figures[1].equivalent_of);
    CHECK(*figures[1].equivalent_of == 0);
    REQUIRE(figures[2].equivalent_of);
    CHECK(*figures[2].equivalent_of == 0);
    for (auto const& f : a->original.paragraphs[1].figures) CHECK_FALSE(f.equivalent_of);
}

TEST_CASE("article: CRLF, NBSP and trailing spaces are trimmed from lines", "[article]") {
    std::string const text = "- bullet one \r\n\xC2\xA0\r\nHeadline here\r\nJan 2nd 2025 | Hanoi\r\n";
    auto a = figura::read_article(text, "crlf.txt");
    REQUIRE(a.has_value());
    REQUIRE(a->summary.size() == 1);
    CHECK(a->summary[0].text == "bullet one");
    CHECK(a->original.headline()->text == "Headline here");
    CHECK(a->original.dateline()->text == "Jan 2nd 2025 | Hanoi");
    CHECK(a->original.dateline()->span.line == 4);
}

TEST_CASE("article: bad input is an error naming its place", "[article]") {
    SECTION("empty") {
        auto a = figura::read_article(" \n\n\t\n", "e.txt");
        REQUIRE_FALSE(a.has_value());
        CHECK(a.error().id == "F-ARTICLE-001");
    }
    SECTION("invalid UTF-8") {
        auto a = figura::read_article("Headline\nbad \xFF byte\n", "u.txt");
        REQUIRE_FALSE(a.has_value());
        CHECK(a.error().id == "F-UTF8-001");
        CHECK(a.error().where.line == 2);
        CHECK(a.error().where.column == 5);
        CHECK(a.error().where.begin == 13);
    }
    SECTION("binary") {
        std::string const bin("ab\ncd\0ef", 8);
        auto a = figura::read_article(bin, "b.bin");
        REQUIRE_FALSE(a.has_value());
        CHECK(a.error().id == "F-ARTICLE-002");
        CHECK(a.error().where.line == 2);
        CHECK(a.error().where.column == 3);
    }
    SECTION("a number too long for the parser") {
        auto a = figura::read_article("Headline\nIt cost $" + std::string(25000, '9') + ".\n", "long.txt");
        REQUIRE_FALSE(a.has_value());
        CHECK(a.error().id == "F-PARSE-005");
        CHECK(a.error().where.line == 2);
    }
}

TEST_CASE("article: bullet markers", "[article]") {
    auto a = figura::read_article("* star\n• dot\n✅ check\n-5% is no bullet\nHeadline\n", "b.txt");
    REQUIRE(a.has_value());
    REQUIRE(a->summary.size() == 3);
    CHECK(a->summary[0].marker == "*");
    CHECK(a->summary[1].marker == "•");
    CHECK(a->summary[2].marker == "✅");
    CHECK(a->summary[2].text == "check");
    // "-5% is no bullet" ends the summary and heads the body.
    CHECK(a->original.headline()->text == "-5% is no bullet");
}

TEST_CASE("article: separate original, translation and summary files", "[article]") {
    auto const o = slurp("parts/original.txt");
    auto const t = slurp("parts/translation.txt");
    auto const s = slurp("parts/summary.txt");
    auto a = figura::read_article_parts({o, "original.txt"}, {t, "translation.txt"}, {s, "summary.txt"});
    REQUIRE(a.has_value());
    REQUIRE(a->sources.size() == 3);
    CHECK(a->sources[0].name == "original.txt");
    REQUIRE(a->source_url.has_value());
    CHECK(a->source_url->source == 0);
    CHECK(a->source_url->text == "https://example.com/energy/2024/06/10/solar");
    CHECK(a->original.headline()->text == "Solar farm doubles its output");
    CHECK(a->original.dateline()->text == "Jun 10th 2024|Ninh Thuan");
    CHECK(a->original.paragraphs.size() == 4);
    CHECK(a->translation.dateline()->text == "Ngày 10 tháng 6 năm 2024 | Ninh Thuận");
    CHECK(a->translation.paragraphs[2].source == 1);
    CHECK(a->translation.paragraphs[2].span.line == 3);
    REQUIRE(a->summary.size() == 2);
    CHECK(a->summary[0].marker == "•");
    CHECK(a->summary[1].marker.empty());  // every summary line is a bullet, marker or not
    CHECK(a->summary[1].text == "Sản lượng tăng gấp đôi");
    // Spans point into each paragraph's own source.
    auto const& p = a->translation.paragraphs[2];
    REQUIRE(p.figures.size() == 2);
    auto const& src = a->sources[p.source].text;
    CHECK(src.substr(p.figures[0].span.begin, p.figures[0].span.end - p.figures[0].span.begin) == "120 triệu USD");

    // The translation dropped the output paragraph: 1-0, figures missing.
    auto al = figura::align(*a);
    auto const& dropped = link_of_original(al, 2);
    CHECK(dropped.translation.empty());
    auto const& loan = link_of_original(al, 3);
    CHECK(loan.translation == V{2});
    REQUIRE(loan.figures.size() == 2);
    CHECK(loan.figures[1].paired());
    CHECK(fig(a->original, *loan.figures[1].original).kind == figura::figure_kind::percent);

    SECTION("a missing part is fine; all missing is an error") {
        auto only = figura::read_article_parts({o, "original.txt"}, {});
        REQUIRE(only.has_value());
        CHECK(only->translation.empty());
        auto none = figura::read_article_parts({"", "o.txt"}, {"\n", "t.txt"});
        REQUIRE_FALSE(none.has_value());
        CHECK(none.error().id == "F-ARTICLE-001");
    }
    SECTION("an error names its file") {
        auto bad = figura::read_article_parts({o, "original.txt"}, {"ok\nbad \xC0\n", "translation.txt"});
        REQUIRE_FALSE(bad.has_value());
        CHECK(bad.error().id == "F-UTF8-001");
        CHECK(bad.error().message.rfind("translation.txt: ", 0) == 0);
        CHECK(bad.error().where.line == 2);
    }
}

TEST_CASE("article: JSON Lines, good and malformed lines", "[article]") {
    auto const text = slurp("batch.jsonl");
    auto const all = figura::read_article_lines(text, "batch.jsonl");
    REQUIRE(all.size() == 8);  // the blank line is skipped

    REQUIRE(all[0].has_value());
    auto const& a1 = *all[0];
    CHECK(a1.id == "a1");
    CHECK(a1.date == "2025-01-29");
    CHECK(a1.path == "batch.jsonl:1");
    CHECK(a1.original.headline()->text == "Chips fund");
    CHECK(a1.translation.paragraphs[1].text == "Quỹ đã mua 10.000 GPU.");
    REQUIRE(a1.summary.size() == 1);
    CHECK(a1.summary[0].text == "Quỹ mua 10.000 GPU");
    auto al = figura::align(a1);
    REQUIRE(al.links.size() == 2);
    REQUIRE(al.links[1].figures.size() == 1);
    CHECK(al.links[1].figures[0].value == figura::value_match::equal);

    REQUIRE(all[1].has_value());
    CHECK(all[1]->id == "7");
    CHECK(all[1]->path == "batch.jsonl:3");
    CHECK(all[1]->translation.empty());

    REQUIRE_FALSE(all[2].has_value());
    CHECK(all[2].error().id == "F-ARTICLE-010");
    CHECK(all[2].error().where.line == 4);
    CHECK(all[2].error().where.column == 40);  // just past the unterminated string

    REQUIRE_FALSE(all[3].has_value());
    CHECK(all[3].error().id == "F-ARTICLE-011");
    CHECK(all[3].error().where.line == 5);

    REQUIRE_FALSE(all[4].has_value());
    CHECK(all[4].error().id == "F-ARTICLE-012");
    CHECK(all[4].error().where.line == 6);
    CHECK(all[4].error().where.column == 14);  // at "original"

    REQUIRE(all[5].has_value());
    REQUIRE(all[5]->summary.size() == 2);
    CHECK(all[5]->summary[1].marker == "📌");
    CHECK(all[5]->summary[1].figures.size() == 1);
    CHECK(all[5]->date.empty());

    REQUIRE_FALSE(all[6].has_value());
    CHECK(all[6].error().id == "F-ARTICLE-013");
    CHECK(all[6].error().where.line == 8);

    REQUIRE_FALSE(all[7].has_value());
    CHECK(all[7].error().id == "F-ARTICLE-012");
    CHECK(all[7].error().where.line == 9);
}

TEST_CASE("article: alignment with merged, dropped, inserted and split paragraphs", "[article]") {
    auto a = figura::read_article(slurp("market.txt"), "market.txt");
    REQUIRE(a.has_value());
    REQUIRE(a->original.paragraphs.size() == 10);
    REQUIRE(a->translation.paragraphs.size() == 10);
    auto const al = figura::align(*a);
    std::vector<std::pair<V, V>> got;
    for (auto const& l : al.links) got.emplace_back(l.original, l.translation);
    std::vector<std::pair<V, V>> const want = {
        {{0}, {0}},       // headlines
        {{1}, {1}},       // datelines
        {{2, 3}, {2}},    // two English paragraphs merged into one
        {{4}, {3}},
        {{5}, {}},        // dropped: "35 stalls by 2026"
        {{6}, {4}},
        {{}, {5}},        // translator's note added
        {{7}, {6}},
        {{8}, {7}},       // no figures: paired by order and length
        {{9}, {8, 9}},    // one paragraph split in two
    };
    CHECK(got == want);

    auto const& dropped = al.links[4];
    REQUIRE(dropped.figures.size() == 2);
    CHECK_FALSE(dropped.figures[0].translation.has_value());
    CHECK(fig(a->original, *dropped.figures[0].original).text == "35");

    auto const& merged = al.links[2];
    REQUIRE(merged.figures.size() == 3);
    for (auto const& p : merged.figures) {
        REQUIRE(p.paired());
        CHECK(p.value == figura::value_match::equal);
    }
    CHECK(merged.figures[2].original == figura::figure_ref{3, 0});     // "$40" in the second merged paragraph
    CHECK(merged.figures[2].translation == figura::figure_ref{2, 2});  // "40 USD"

    auto const& split = al.links[9];
    REQUIRE(split.figures.size() == 2);
    CHECK(split.figures[1].translation == figura::figure_ref{9, 0});  // "năm 2025" in the second half
}

TEST_CASE("article: figures pair by value, kind and currency", "[article]") {
    auto const a = figura::read_article(slurp("fund.txt"), "fund.txt").value();
    auto const al = figura::align(a);

    SECTION("a converted pair pairs CNY with CNY and USD with USD") {
        auto const& l = link_of_original(al, 3);
        CHECK(l.translation == V{2});
        REQUIRE(l.figures.size() == 3);
        auto const& cny = l.figures[1];
        REQUIRE(cny.paired());
        CHECK(fig(a.original, *cny.original).text == "Rmb100bn");
        CHECK(fig(a.translation, *cny.translation).text == "100 tỷ nhân dân tệ");
        auto const& usd = l.figures[2];
        REQUIRE(usd.paired());
        CHECK(fig(a.original, *usd.original).text == "$14bn");
        CHECK(fig(a.translation, *usd.translation).text == "14 tỷ USD");
        CHECK(usd.value == figura::value_match::equal);
        CHECK(usd.same_currency);
    }
    SECTION("10,000 GPUs and 10.000 GPU") {
        auto const& l = link_of_original(al, 4);
        REQUIRE(l.figures.size() == 1);
        CHECK(l.figures[0].paired());
        CHECK(l.figures[0].value == figura::value_match::equal);
        CHECK_FALSE(l.figures[0].qualifier_differs());
    }
    SECTION("less than $6m and 6 triệu USD pair but differ in qualifier") {
        auto const& l = link_of_original(al, 5);
        REQUIRE(l.figures.size() == 1);
        auto const& p = l.figures[0];
        REQUIRE(p.paired());
        CHECK(p.value == figura::value_match::equal);
        CHECK(p.original_qualifier == figura::qualifier::lt);
        CHECK(p.translation_qualifier == figura::qualifier::exact);
        CHECK(p.qualifier_differs());
    }
    SECTION("the subheadline has no counterpart") {
        auto const& l = link_of_original(al, 1);
        CHECK(l.translation.empty());
        REQUIRE(l.figures.size() == 1);
        CHECK_FALSE(l.figures[0].translation.has_value());
    }
}

TEST_CASE("article: pair_figures on its own", "[article]") {
    auto ex = [](std::string_view s) { return figura::extract(s).value(); };
    SECTION("a changed value pairs by place when kind and currency agree") {
        auto const p = figura::pair_figures(ex("It raised $14bn."), ex("Quỹ huy động 18 tỷ USD."));
        REQUIRE(p.size() == 1);
        REQUIRE(p[0].paired());
        CHECK(p[0].value == figura::value_match::differ);
    }
    SECTION("same value in another currency pairs with same_currency false") {
        auto const p = figura::pair_figures(ex("It raised $14bn."), ex("Quỹ huy động 14 tỷ nhân dân tệ."));
        REQUIRE(p.size() == 1);
        REQUIRE(p[0].paired());
        CHECK(p[0].value == figura::value_match::equal);
        CHECK_FALSE(p[0].same_currency);
    }
    SECTION("overlapping precision intervals") {
        auto const p = figura::pair_figures(ex("It raised $14bn."), ex("Quỹ huy động 14,2 tỷ USD."));
        REQUIRE(p.size() == 1);
        REQUIRE(p[0].paired());
        CHECK(p[0].value == figura::value_match::overlap);
    }
    SECTION("an extra and a missing figure stay unmatched on both sides") {
        auto const p = figura::pair_figures(ex("It raised $14bn and 5% more."), ex("Quỹ huy động 14 tỷ USD và 300 nhân viên."));
        REQUIRE(p.size() == 3);
        CHECK(p[0].paired());
        CHECK(p[1].original == figura::figure_ref{0, 1});
        CHECK_FALSE(p[1].translation.has_value());
        CHECK_FALSE(p[2].original.has_value());
        CHECK(p[2].translation == figura::figure_ref{0, 1});
    }
    SECTION("with two candidates the equal value wins over order") {
        auto const p = figura::pair_figures(ex("It spent $5m in May and $6m in June."), ex("Tháng 6 chi 6 triệu USD, tháng 5 chi 5 triệu USD."));
        // Translation figures: 6 (count), 6 triệu USD, 5 (count), 5 triệu USD.
        REQUIRE(p.size() == 4);
        CHECK(p[0].translation == figura::figure_ref{0, 3});
        CHECK(p[1].translation == figura::figure_ref{0, 1});
        CHECK(p[0].same_kind);
        CHECK(p[1].same_kind);
    }
}

TEST_CASE("article: every truncation of an article reads or fails cleanly", "[article]") {
    auto const text = slurp("fund.txt");
    for (std::size_t n = 0; n <= text.size(); ++n) {
        auto const cut = std::string_view(text).substr(0, n);
        auto a = figura::read_article(cut, "cut.txt");
        if (!a) {
            CAPTURE(n);
            CHECK((a.error().id == "F-UTF8-001" || a.error().id == "F-ARTICLE-001"));
            CHECK(a.error().where.begin <= n);
            continue;
        }
        auto const al = figura::align(*a);
        std::size_t expected = 0;
        for (auto const* part : {&a->original, &a->translation}) {
            for (auto const& p : part->paragraphs) expected += p.figures.size();
        }
        std::size_t sides = 0;
        for (auto const& l : al.links) {
            for (auto const& p : l.figures) sides += (p.original ? 1 : 0) + (p.translation ? 1 : 0);
        }
        CHECK(sides == expected);  // every figure exactly once
    }
}

TEST_CASE("article: long and lopsided inputs align without blowing up", "[article]") {
    std::string text = "Tiêu đề\n";
    for (int i = 0; i < 5; ++i) text += "Đoạn văn số " + std::to_string(i + 1) + " có 1" + std::to_string(i) + " triệu USD.\n";
    text += "Headline\n";
    for (int i = 0; i < 1500; ++i) text += "Paragraph with $1" + std::to_string(i) + "m in it.\n";
    auto a = figura::read_article(text, "long.txt");
    REQUIRE(a.has_value());
    REQUIRE(a->translation.paragraphs.size() == 6);
    REQUIRE(a->original.paragraphs.size() == 1501);
    auto const al = figura::align(*a);
    std::size_t originals = 0;
    std::size_t translations = 0;
    for (auto const& l : al.links) {
        originals += l.original.size();
        translations += l.translation.size();
    }
    CHECK(originals == 1501);
    CHECK(translations == 6);
    // The five translated paragraphs find their originals ($10m..$14m) among the 1500.
    auto const& first = link_of_original(al, 1);
    CHECK(first.translation == V{1});
    auto const& fifth = link_of_original(al, 5);
    CHECK(fifth.translation == V{5});
}
