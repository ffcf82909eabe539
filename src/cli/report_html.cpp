#include "cli/report_html.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>
#include <string_view>
#include <tuple>

namespace figura::cli {
namespace {

// ---------------------------------------------------------------------------------------------------
// Static parts of the page.

constexpr std::string_view page_css = R"css(
:root { --fg:#1f2328; --muted:#59636e; --line:#d1d9e0; --bg:#ffffff; --panel:#f6f8fa;
  --agree:#1a7f37; --agree-bg:#dafbe1; --note:#0969da; --note-bg:#ddf4ff;
  --warning:#9a6700; --warning-bg:#fff8c5; --error:#cf222e; --error-bg:#ffebe9; --neutral-bg:#eff2f5; }
* { box-sizing: border-box; }
body { margin:0; font:15px/1.55 system-ui,-apple-system,"Segoe UI","Noto Sans",Helvetica,Arial,sans-serif; color:var(--fg); background:var(--bg); }
header.page { padding:20px 32px 14px; border-bottom:1px solid var(--line); background:var(--panel); }
header.page h1 { margin:0 0 4px; font-size:22px; font-weight:600; }
header.page .totals { margin:0; color:var(--muted); }
.legend { display:flex; flex-wrap:wrap; gap:8px 16px; margin:10px 0 0; padding:0; list-style:none; font-size:13px; color:var(--muted); }
.legend li { display:flex; align-items:center; gap:6px; }
main { max-width:1280px; margin:0 auto; padding:8px 32px 40px; }
section.article { margin-top:24px; }
section.article > h2 { font-size:18px; margin:0 0 4px; font-weight:600; word-break:break-all; }
.article-meta { margin:0 0 14px; color:var(--muted); font-size:13px; }
h3 { font-size:15px; margin:26px 0 10px; padding-bottom:4px; border-bottom:1px solid var(--line); font-weight:600; }
.failure { border-left:4px solid var(--error); background:var(--error-bg); padding:8px 12px; margin:8px 0; }
.bullets { margin:0 0 14px; padding:10px 16px; background:var(--panel); border:1px solid var(--line); border-radius:6px; }
.bullets h4, .conversion h4 { margin:0 0 6px; font-size:13px; text-transform:uppercase; letter-spacing:.04em; color:var(--muted); }
.bullets p { margin:2px 0; }
.bullets .marker { color:var(--muted); margin-right:6px; }
.source-url { font-size:13px; color:var(--muted); word-break:break-all; margin:0 0 12px; }
.parallel { border:1px solid var(--line); border-radius:6px; overflow:hidden; }
.parallel .row { display:grid; grid-template-columns:1fr 1fr; border-top:1px solid var(--line); }
.parallel .row:first-child { border-top:none; }
.parallel .head { background:var(--panel); font-size:13px; font-weight:600; color:var(--muted); }
.parallel .cell { padding:6px 14px; min-width:0; }
.parallel .cell + .cell { border-left:1px solid var(--line); }
.parallel p { margin:2px 0; }
.role-headline { font-weight:600; font-size:16px; }
.role-subheadline { font-style:italic; }
.role-dateline { color:var(--muted); font-size:13px; }
.empty-cell { color:var(--muted); font-style:italic; font-size:13px; }
.fig, .mention { border-radius:3px; padding:0 2px; text-decoration:none; color:inherit; }
.fig { border-bottom:2px solid transparent; }
.fig.agree { background:var(--agree-bg); border-bottom-color:var(--agree); }
.fig.neutral { background:var(--neutral-bg); border-bottom:2px dotted #8c959f; }
.fig.sev-note, .mention.sev-note { background:var(--note-bg); border-bottom:2px solid var(--note); }
.fig.sev-warning, .mention.sev-warning { background:var(--warning-bg); border-bottom:2px solid var(--warning); }
.fig.sev-error, .mention.sev-error { background:var(--error-bg); border-bottom:2px solid var(--error); }
a.fig:hover, a.fig:focus, .fig.partner-hover, .fig:target, .mention:target { outline:2px solid #0969da; outline-offset:1px; }
.swatch { display:inline-block; width:14px; height:14px; border-radius:3px; }
.swatch.agree { background:var(--agree-bg); border:2px solid var(--agree); }
.swatch.sev-note { background:var(--note-bg); border:2px solid var(--note); }
.swatch.sev-warning { background:var(--warning-bg); border:2px solid var(--warning); }
.swatch.sev-error { background:var(--error-bg); border:2px solid var(--error); }
.swatch.neutral { background:var(--neutral-bg); border:2px dotted #8c959f; }
.badge { display:inline-block; font-size:12px; font-weight:600; padding:0 7px; border-radius:10px; line-height:20px; margin-right:6px; }
.badge.sev-error { background:var(--error); color:#fff; } .badge.sev-warning { background:#bf8700; color:#fff; }
.badge.sev-note { background:var(--note); color:#fff; } .badge.agree { background:var(--agree); color:#fff; }
.badge.neutral { background:#6e7781; color:#fff; }
details.finding { border:1px solid var(--line); border-left-width:4px; border-radius:6px; margin:8px 0; background:#fff; }
details.finding.sev-error { border-left-color:var(--error); } details.finding.sev-warning { border-left-color:#bf8700; }
details.finding.sev-note { border-left-color:var(--note); }
details.finding > summary { cursor:pointer; padding:8px 12px; }
details.finding:target { box-shadow:0 0 0 2px #0969da; }
details.finding .rule { font:12px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace; color:var(--muted); margin-right:6px; }
details.finding .place { color:var(--muted); font-size:12px; margin-left:6px; }
.finding-body { padding:0 14px 10px 16px; border-top:1px solid var(--line); }
dl.evidence { display:grid; grid-template-columns:max-content 1fr; gap:2px 14px; margin:10px 0; font-size:13px; }
dl.evidence dt { color:var(--muted); } dl.evidence dd { margin:0; font-variant-numeric:tabular-nums; }
.places { font-size:13px; margin:6px 0; }
.conversion { border:1px solid var(--line); border-radius:6px; padding:12px 16px; margin:10px 0; }
.conversion .pair { font-size:15px; margin:0 0 4px; }
.conversion .implied, .conversion .reading { font-size:13px; color:var(--muted); margin:0 0 8px; }
.conversion .deviation { font-size:13px; margin:0 0 8px; }
.chart { overflow-x:auto; }
svg.rate-chart { max-width:100%; height:auto; font:11px system-ui,-apple-system,"Segoe UI",Helvetica,Arial,sans-serif; }
svg.rate-chart .frame { fill:#fff; stroke:var(--line); }
svg.rate-chart .grid { stroke:#eaeef2; }
svg.rate-chart .tick, svg.rate-chart .series-source { fill:var(--muted); }
svg.rate-chart .unit, svg.rate-chart .panel-title { fill:var(--fg); font-weight:600; }
svg.rate-chart .band { fill:#2da44e; fill-opacity:.16; stroke:#2da44e; stroke-opacity:.5; stroke-dasharray:4 3; }
svg.rate-chart .series { fill:none; stroke:#57606a; stroke-width:1.4; }
svg.rate-chart .basis-date { stroke:#8c959f; stroke-dasharray:2 3; }
svg.rate-chart .basis-marker { stroke-width:3; }
svg.rate-chart circle.basis-marker { stroke:#fff; stroke-width:2; }
svg.rate-chart .basis-marker.fits { fill:var(--agree); stroke:var(--agree); } svg.rate-chart circle.basis-marker.fits { stroke:#fff; }
svg.rate-chart .basis-marker.misses { fill:var(--error); stroke:var(--error); } svg.rate-chart circle.basis-marker.misses { stroke:#fff; }
svg.rate-chart .basis-label { font-weight:600; paint-order:stroke; stroke:#fff; stroke-width:3px; stroke-linejoin:round; } svg.rate-chart .basis-label.fits { fill:var(--agree); }
svg.rate-chart .basis-label.misses { fill:var(--error); }
svg.rate-chart .no-data { fill:var(--muted); font-style:italic; }
table.bases { border-collapse:collapse; font-size:13px; margin-top:8px; width:100%; }
table.bases th, table.bases td { text-align:left; padding:4px 10px 4px 0; border-bottom:1px solid #eaeef2; vertical-align:top; }
table.bases th { color:var(--muted); font-weight:600; }
table.bases td.num { font-variant-numeric:tabular-nums; white-space:nowrap; }
.yes { color:var(--agree); font-weight:600; } .no { color:var(--error); font-weight:600; }
.chart-legend { display:flex; flex-wrap:wrap; gap:4px 16px; font-size:12px; color:var(--muted); margin:4px 0 0; padding:0; list-style:none; }
.chart-legend .key { display:inline-block; width:18px; height:10px; vertical-align:middle; margin-right:5px; }
.key.band { background:rgba(45,164,78,.16); border:1px dashed #2da44e; } .key.series { border-top:2px solid #57606a; height:0; }
.key.fits { background:var(--agree); height:4px; } .key.misses { background:var(--error); height:4px; }
.none { color:var(--muted); font-style:italic; }
footer.page { max-width:1280px; margin:0 auto; padding:12px 32px 32px; color:var(--muted); font-size:12px; }
@media (max-width: 800px) { .parallel .row { grid-template-columns:1fr; } .parallel .cell + .cell { border-left:none; border-top:1px dashed var(--line); } }
@media print { details.finding { break-inside:avoid; } details.finding:not([open]) .finding-body { display:block; } }
)css";

// Hover on a figure outlines its partner; following a link to a finding opens it. The page reads
// the same without it (title tooltips, :target highlighting, <details> opened by hand).
constexpr std::string_view page_js = R"js(
(function () {
  var root = document.documentElement;
  root.setAttribute('data-js', 'ready');
  function partnerOf(el) {
    var id = el && el.getAttribute && el.getAttribute('data-partner');
    return id ? document.getElementById(id) : null;
  }
  function toggle(e, on) {
    var el = e.target.closest ? e.target.closest('[data-partner]') : null;
    var partner = partnerOf(el);
    if (!partner) return;
    el.classList.toggle('partner-hover', on);
    partner.classList.toggle('partner-hover', on);
  }
  document.addEventListener('mouseover', function (e) { toggle(e, true); });
  document.addEventListener('mouseout', function (e) { toggle(e, false); });
  document.addEventListener('focusin', function (e) { toggle(e, true); });
  document.addEventListener('focusout', function (e) { toggle(e, false); });
  function openTarget() {
    var id = decodeURIComponent(location.hash.slice(1));
    var el = id ? document.getElementById(id) : null;
    if (el && el.tagName === 'DETAILS') el.open = true;
  }
  window.addEventListener('hashchange', openTarget);
  openTarget();
})();
)js";

// ---------------------------------------------------------------------------------------------------
// Model of one article's page.

std::string part_letter(text_part p) {
    switch (p) {
    case text_part::summary: return "s";
    case text_part::translation: return "t";
    case text_part::original: return "o";
    }
    return "o";
}

std::string figure_id(std::string const& prefix, figure_place const& f) {
    return fmt::format("{}-{}{}-{}", prefix, part_letter(f.part), f.paragraph, f.figure);
}

std::string_view severity_class(severity s) {
    switch (s) {
    case severity::note: return "sev-note";
    case severity::warning: return "sev-warning";
    case severity::error: return "sev-error";
    }
    return "sev-error";
}

// A location key: the source's name and the byte span.
using span_key = std::tuple<std::string, std::size_t, std::size_t>;
span_key key_of(location const& l) { return {l.path, l.span.begin, l.span.end}; }

struct mark {
    std::size_t begin = 0, end = 0;  ///< bytes in the paragraph's text
    std::string open, close;
};

// Text with marks nested where they nest; a mark crossing another is left out (the finding still
// lists it).
std::string marked_text(std::string_view text, std::vector<mark> marks) {
    std::sort(marks.begin(), marks.end(), [](mark const& a, mark const& b) {
        return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
    });
    std::string out;
    std::vector<mark const*> open;
    std::size_t at = 0;
    auto close_until = [&](std::size_t pos) {
        while (!open.empty() && open.back()->end <= pos) {
            out += html_escape(text.substr(at, open.back()->end - at));
            at = open.back()->end;
            out += open.back()->close;
            open.pop_back();
        }
    };
    for (auto const& m : marks) {
        if (m.end > text.size() || m.begin >= m.end) continue;
        close_until(m.begin);
        if (!open.empty() && m.end > open.back()->end) continue;  // crosses the enclosing mark
        if (m.begin < at) continue;
        out += html_escape(text.substr(at, m.begin - at));
        at = m.begin;
        out += m.open;
        open.push_back(&m);
    }
    close_until(text.size());
    out += html_escape(text.substr(at));
    return out;
}

struct finding_ref {
    finding const* f;
    std::string id;
};

struct article_page {
    checked_article const& run;
    html_article const& in;
    std::string prefix;  ///< "a0"
    // Findings pointing at each place.
    std::map<span_key, std::vector<std::size_t>> at;
    // Figure places by key, and partner across the translation.
    std::map<span_key, checked_figure const*> figure_at;
    std::map<std::tuple<text_part, std::size_t, std::size_t>, figure_place> partner;
    // Mentions (finding places that are not figures), with their ids.
    std::map<span_key, std::string> mention_ids;

    [[nodiscard]] std::string finding_id(std::size_t i) const { return fmt::format("{}-f{}", prefix, i); }
    [[nodiscard]] std::string conversion_id(std::size_t i) const { return fmt::format("{}-c{}", prefix, i); }

    // Where a location is on the page (a figure or a mention id), empty when nowhere.
    [[nodiscard]] std::string anchor_of(location const& l) const {
        auto const k = key_of(l);
        if (auto it = figure_at.find(k); it != figure_at.end()) return figure_id(prefix, it->second->place);
        if (auto it = mention_ids.find(k); it != mention_ids.end()) return it->second;
        return {};
    }

    [[nodiscard]] std::optional<severity> worst_at(span_key const& k) const {
        auto it = at.find(k);
        if (it == at.end()) return std::nullopt;
        std::optional<severity> worst;
        for (auto i : it->second) {
            auto const lv = run.findings[i].level;
            if (!worst || lv > *worst) worst = lv;
        }
        return worst;
    }
};

std::string source_name(article const& a, paragraph const& p) {
    std::string name = p.source < a.sources.size() ? a.sources[p.source].name : std::string{};
    return name.empty() ? a.path : name;
}

std::string figure_title(article_page const& page, checked_figure const& f) {
    std::string title;
    auto const k = key_of(f.where);
    if (auto it = page.at.find(k); it != page.at.end()) {
        for (auto i : it->second) {
            auto const& fi = page.run.findings[i];
            title += fmt::format("{} [{}]: {}\n", severity_name(fi.level), fi.rule, fi.message);
        }
    } else {
        title += f.compared ? "agrees: checked, no finding\n" : "not compared by any rule\n";
    }
    if (!f.date.empty()) title += "dated " + f.date + "\n";
    auto const p = page.partner.find({f.place.part, f.place.paragraph, f.place.figure});
    if (p != page.partner.end()) {
        for (auto const& other : page.in.detail.figures)
            if (other.place == p->second) {
                title += std::string(p->second.part == text_part::original ? "original: " : "translation: ") + other.where.text + "\n";
                break;
            }
    }
    if (!title.empty()) title.pop_back();
    return title;
}

std::string render_paragraph(article_page const& page, paragraph const& p, text_part part, std::size_t index) {
    article const& a = page.in.text;
    std::string const name = source_name(a, p);
    std::vector<mark> marks;
    for (std::size_t k = 0; k < p.figures.size(); ++k) {
        figure_place const place{part, index, k};
        auto const* cf = [&]() -> checked_figure const* {
            for (auto const& f : page.in.detail.figures)
                if (f.place == place) return &f;
            return nullptr;
        }();
        auto const& fig = p.figures[k];
        if (fig.span.begin < p.span.begin) continue;
        mark m;
        m.begin = fig.span.begin - p.span.begin;
        m.end = fig.span.end - p.span.begin;
        std::string const id = figure_id(page.prefix, place);
        location const here{name, fig.span, fig.text};
        auto const worst = page.worst_at(key_of(here));
        std::string cls = worst ? std::string(severity_class(*worst)) : (cf && cf->compared ? "agree" : "neutral");
        std::string href, partner_attr;
        auto const pp = page.partner.find({part, index, k});
        if (pp != page.partner.end()) partner_attr = figure_id(page.prefix, pp->second);
        if (auto it = page.at.find(key_of(here)); it != page.at.end()) href = "#" + page.finding_id(it->second.front());
        else if (!partner_attr.empty()) href = "#" + partner_attr;
        std::string const title = cf ? figure_title(page, *cf) : std::string("not compared by any rule");
        std::string const tag = href.empty() ? "span" : "a";
        m.open = fmt::format("<{} class=\"fig {}\" id=\"{}\"{}{} data-outcome=\"{}\" title=\"{}\">", tag, cls, id,
                             href.empty() ? std::string{} : " href=\"" + html_escape(href) + "\"",
                             partner_attr.empty() ? std::string{} : " data-partner=\"" + partner_attr + "\"",
                             worst ? severity_name(*worst) : std::string_view(cf && cf->compared ? "agree" : "neutral"), html_escape(title));
        m.close = "</" + tag + ">";
        marks.push_back(std::move(m));
    }
    // Finding places that are not figures: dates, datelines.
    for (auto const& [k, id] : page.mention_ids) {
        auto const& [path, begin, end] = k;
        if (path != name || begin < p.span.begin || end > p.span.end || begin >= end) continue;
        auto const worst = page.worst_at(k);
        std::string title;
        for (auto i : page.at.at(k)) {
            auto const& fi = page.run.findings[i];
            title += fmt::format("{} [{}]: {}\n", severity_name(fi.level), fi.rule, fi.message);
        }
        if (!title.empty()) title.pop_back();
        mark m;
        m.begin = begin - p.span.begin;
        m.end = end - p.span.begin;
        m.open = fmt::format("<span class=\"mention {}\" id=\"{}\" title=\"{}\">", worst ? severity_class(*worst) : "neutral", id, html_escape(title));
        m.close = "</span>";
        marks.push_back(std::move(m));
    }
    std::string marker;
    if (p.role == paragraph_role::bullet && !p.marker.empty()) marker = "<span class=\"marker\">" + html_escape(p.marker) + "</span>";
    std::string lang;
    if (p.lang) lang = fmt::format(" lang=\"{}\"", *p.lang == language::vi ? "vi" : "en");
    return fmt::format("<p class=\"role-{}\"{}>{}{}</p>\n", to_string(p.role), lang, marker, marked_text(p.text, std::move(marks)));
}

std::string location_link(article_page const& page, location const& l) {
    std::string const anchor = page.anchor_of(l);
    std::string const place = l.span.line > 0 ? place_of(l) : l.path;
    std::string text = l.text.empty() ? place : "\u201c" + l.text + "\u201d " + place;
    if (anchor.empty()) return html_escape(text);
    return fmt::format("<a href=\"#{}\">{}</a>", anchor, html_escape(text));
}

std::string render_finding(article_page const& page, std::size_t i) {
    auto const& f = page.run.findings[i];
    std::string out = fmt::format(
        "<details class=\"finding {}\" id=\"{}\" data-rule=\"{}\"><summary><span class=\"badge {}\">{}</span><span class=\"rule\">{}</span>{}"
        "<span class=\"place\">{}</span></summary>\n<div class=\"finding-body\">\n",
        severity_class(f.level), page.finding_id(i), html_escape(f.rule), severity_class(f.level), severity_name(f.level), html_escape(f.rule),
        html_escape(f.message), html_escape(f.primary.span.line > 0 ? place_of(f.primary) : f.primary.path));
    if (!f.facts.empty()) {
        out += "<dl class=\"evidence\">\n";
        for (auto const& e : f.facts) out += fmt::format("<dt>{}</dt><dd>{}</dd>\n", html_escape(e.key), html_escape(e.value));
        out += "</dl>\n";
    }
    out += "<p class=\"places\">at " + location_link(page, f.primary);
    for (auto const& r : f.related) out += "; related: " + location_link(page, r);
    out += "</p>\n";
    // The chart of the conversion this finding is about.
    auto const& convs = page.in.detail.conversions;
    for (std::size_t c = 0; c < convs.size(); ++c) {
        if (convs[c].rule == f.rule && key_of(convs[c].stated) == key_of(f.primary)) {
            out += fmt::format("<p class=\"places\"><a href=\"#{}\">Rate chart of this conversion</a></p>\n", page.conversion_id(c));
            break;
        }
    }
    return out + "</div></details>\n";
}

// An amount as 13.79bn, 250.5m or 1,234.56-style plain digits, scaled like `scale_of`.
std::string scaled_amount(rational const& v, rational const& scale_of, rounding_mode mode) {
    struct unit { char const* word; unsigned power; };
    static constexpr unit units[] = {{"tn", 12}, {"bn", 9}, {"m", 6}};
    for (auto const& u : units) {
        rational const size{boost::multiprecision::pow(boost::multiprecision::cpp_int{10}, u.power)};
        if (scale_of >= size) return round_rational(v / size, -2, mode).normalized().to_string() + u.word;
    }
    return round_rational(v, -2, mode).normalized().to_string();
}

// A relative deviation as a signed percent with one decimal: "+8.3%", "-0.4%", "0%".
std::string deviation_text(rational const& d) {
    if (d == 0) return "0%";
    rational const mag = d < 0 ? rational{-d} : d;
    auto const shown = round_rational(mag * 100, -1, rounding_mode::half_even);
    return std::string(d < 0 ? "-" : "+") + (shown.is_zero() ? "<0.1" : shown.to_string()) + "%";
}

std::string interval_words(exact_interval const& band, bool invert, std::string const& unit) {
    auto const text = [&](rational const& r) {
        return round_rational(invert ? rational{1} / r : r, -4, rounding_mode::half_even).to_string();
    };
    std::optional<rational> lo, hi;
    if (band.lower && band.lower->value > 0) (invert ? hi : lo) = band.lower->value;
    if (band.upper && band.upper->value > 0) (invert ? lo : hi) = band.upper->value;
    if (!lo && !hi) return "any rate";
    if (!lo) return "up to " + text(*hi) + " " + unit;
    if (!hi) return "at least " + text(*lo) + " " + unit;
    return "from " + text(*lo) + " to " + text(*hi) + " " + unit;
}

std::string render_conversion(article_page const& page, std::size_t c) {
    auto const& conv = page.in.detail.conversions[c];
    // The outcome: the reported finding's severity, "agrees", or "not reported" (turned off, suppressed, baseline).
    std::string cls = "agree", badge = "agrees";
    std::string finding_link;
    if (!conv.rule.empty()) {
        cls = "neutral";
        badge = conv.rule + " (not reported)";
        for (std::size_t i = 0; i < page.run.findings.size(); ++i) {
            auto const& f = page.run.findings[i];
            bool const about = f.rule == conv.rule &&
                               (key_of(f.primary) == key_of(conv.stated) ||
                                std::any_of(f.related.begin(), f.related.end(), [&](location const& r) { return key_of(r) == key_of(conv.stated); }));
            if (!about) continue;
            cls = severity_class(f.level);
            badge = std::string(severity_name(f.level)) + " " + conv.rule;
            finding_link = fmt::format(" <a href=\"#{}\">finding</a>", page.finding_id(i));
            break;
        }
    }
    auto const link = [&](location const& l) {
        std::string const anchor = page.anchor_of(l);
        return anchor.empty() ? html_escape(l.text) : fmt::format("<a href=\"#{}\">{}</a>", anchor, html_escape(l.text));
    };
    std::string out = fmt::format("<div class=\"conversion {}\" id=\"{}\" data-outcome=\"{}\">\n", cls, page.conversion_id(c),
                                  html_escape(conv.rule.empty() ? "agree" : conv.rule));
    out += fmt::format("<p class=\"pair\"><span class=\"badge {}\">{}</span>{} ({}){}", cls, html_escape(badge), link(conv.amount),
                       link(conv.stated), finding_link);
    auto const& convs = page.in.detail.conversions;
    for (std::size_t r = 0; r < convs.size(); ++r) {
        if (convs[r].restates && *convs[r].restates == c)
            out += fmt::format(" &middot; restated as {} ({})", link(convs[r].amount), link(convs[r].stated));
    }
    out += "</p>\n";

    // Which way round the rates read (as the chart shows them).
    std::optional<rational> reference;
    for (auto const& b : conv.bases)
        if (!reference && b.converted) reference = b.converted->rate_low;
    if (!reference && conv.implied_rate.upper) reference = conv.implied_rate.upper->value;
    bool const invert = reference && *reference > 0 && *reference < 1;
    std::string const unit = invert ? conv.from + " per " + conv.to : conv.to + " per " + conv.from;
    out += fmt::format("<p class=\"implied\">{} in {}{}; the stated figures imply a rate {}{}.</p>\n", html_escape(conv.amount.text),
                       html_escape(conv.from), conv.figure_date.empty() ? std::string{} : html_escape(", dated " + conv.figure_date),
                       html_escape(interval_words(conv.implied_rate, invert, unit)),
                       conv.implied_rate.lower && conv.implied_rate.upper && conv.implied_rate.lower->value > 0 ? "" : " (open-ended)");
    // Which reading of the written figures the check used, and how far off the closest rate is.
    auto const value_words = [&](exact_interval const& v, std::string const& code, rational const& scale_of) {
        auto const amount = [&](rational const& r, rounding_mode m) { return scaled_amount(r, scale_of, m); };
        if (v.lower && v.upper && v.lower->value == v.upper->value) return amount(v.lower->value, rounding_mode::half_even) + " " + code;
        return (v.lower ? (v.lower->closed ? "[" : "(") + amount(v.lower->value, rounding_mode::floor) : std::string("(-inf")) + ", " +
               (v.upper ? amount(v.upper->value, rounding_mode::ceiling) + (v.upper->closed ? "]" : ")") : std::string("+inf)")) + " " + code;
    };
    auto const scale_of = [](exact_interval const& v) {
        return v.upper ? v.upper->value : v.lower ? v.lower->value : rational{0};
    };
    out += fmt::format("<p class=\"reading\">Read as {} = {} ({}) and {} = {} ({}).</p>\n", html_escape(conv.amount.text),
                       html_escape(value_words(conv.amount_value, conv.from, scale_of(conv.amount_value))), html_escape(conv.amount_reading),
                       html_escape(conv.stated.text), html_escape(value_words(conv.stated_value, conv.to, scale_of(conv.stated_value))),
                       html_escape(conv.stated_reading));
    if (conv.deviation) {
        std::string closest;
        for (auto const& b : conv.bases) {
            if (!b.converted || !b.closest || b.deviation != *conv.deviation) continue;
            auto const& q = b.converted->rates[*b.closest];
            closest = fmt::format("{} ({} {}, {})", quoted_rate(q.value, conv.from, conv.to), q.source, q.method,
                                  q.used_from == q.used_to ? figura::to_string(q.used_from)
                                                           : figura::to_string(q.used_from) + " to " + figura::to_string(q.used_to));
            break;
        }
        out += fmt::format("<p class=\"deviation\" data-deviation=\"{}\">Deviation at the closest rate, {}: <strong>{}</strong>.</p>\n",
                           html_escape(deviation_text(*conv.deviation)), html_escape(closest), html_escape(deviation_text(*conv.deviation)));
    }

    if (c < page.in.charts.size() && !page.in.charts[c].panels.empty()) {
        out += "<div class=\"chart\">" + render_rate_chart(page.in.charts[c], page.conversion_id(c) + "-chart") + "</div>\n";
        out += "<ul class=\"chart-legend\"><li><span class=\"key band\"></span>rates the stated figures imply</li>"
               "<li><span class=\"key series\"></span>published rates</li>"
               "<li><span class=\"key fits\"></span>basis rate that fits</li><li><span class=\"key misses\"></span>basis rate that does not fit</li></ul>\n";
    }

    // Converted amounts in the stated figure's style (13.79bn), rounded outward.
    rational const scale = conv.stated_value.upper ? conv.stated_value.upper->value
                           : conv.stated_value.lower ? conv.stated_value.lower->value : rational{0};
    out += "<table class=\"bases\"><thead><tr><th>basis</th><th>rate</th><th>source</th><th>rate dates</th><th>closest rate</th><th>converted</th><th>deviation</th><th>fits</th></tr></thead><tbody>\n";
    for (auto const& b : conv.bases) {
        if (!b.converted) {
            std::string why;
            for (auto const& w : b.failures) why += (why.empty() ? "" : "; ") + w;
            out += fmt::format("<tr><td>{}</td><td colspan=\"6\" class=\"none\">no rate: {}</td><td class=\"no\">unknown</td></tr>\n",
                               html_escape(b.label), html_escape(why));
            continue;
        }
        auto const& cv = *b.converted;
        // Lowest to highest in the direction the page quotes rates.
        rational const lo = invert ? cv.rate_high : cv.rate_low, hi = invert ? cv.rate_low : cv.rate_high;
        std::string rate = quoted_rate(lo, conv.from, conv.to);
        if (cv.rate_low != cv.rate_high) rate += " to " + quoted_rate(hi, conv.from, conv.to);
        std::string sources, dates;
        auto first = cv.rates.front().used_from, last = cv.rates.front().used_to;
        for (auto const& q : cv.rates) {
            std::string const s = cv.rates.size() == 1 ? q.source + " (" + q.method + ")" : q.source;
            if (sources.find(s) == std::string::npos) sources += (sources.empty() ? "" : ", ") + s;
            first = std::min(first, q.used_from);
            last = std::max(last, q.used_to);
        }
        dates = first == last ? figura::to_string(first) : figura::to_string(first) + " to " + figura::to_string(last);
        if (cv.rates.size() > 1) dates += fmt::format(" ({} rates)", cv.rates.size());
        std::string closest;
        if (b.closest) {
            auto const& q = cv.rates[*b.closest];
            closest = fmt::format("{} ({} {}, {})", quoted_rate(q.value, conv.from, conv.to), q.source, q.method,
                                  q.used_from == q.used_to ? figura::to_string(q.used_from)
                                                           : figura::to_string(q.used_from) + " to " + figura::to_string(q.used_to));
        }
        std::string converted;
        auto const& v = cv.value;
        auto const amount = [&](rational const& r, rounding_mode m) { return scaled_amount(r, scale, m); };
        converted = (v.lower ? (v.lower->closed ? "[" : "(") + amount(v.lower->value, rounding_mode::floor) : std::string("(-inf")) + ", " +
                    (v.upper ? amount(v.upper->value, rounding_mode::ceiling) + (v.upper->closed ? "]" : ")") : std::string("+inf)")) + " " + conv.to;
        out += fmt::format("<tr data-basis=\"{}\"><td>{}</td><td class=\"num\">{}</td><td>{}</td><td class=\"num\">{}</td><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"{}\">{}</td></tr>\n",
                           html_escape(to_string(b.basis)), html_escape(b.label), html_escape(rate), html_escape(sources), html_escape(dates),
                           html_escape(closest), html_escape(converted), html_escape(deviation_text(b.deviation)), b.fits ? "yes" : "no",
                           b.fits ? "yes" : "no");
    }
    out += "</tbody></table>\n</div>\n";
    return out;
}

std::string plural(std::size_t n, std::string_view word) { return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s"); }

std::string render_article(checked_article const& run_article, std::optional<html_article> const& in, std::size_t index) {
    std::string const prefix = fmt::format("a{}", index);
    std::string out = fmt::format("<section class=\"article\" id=\"{}\">\n<h2>{}</h2>\n", prefix, html_escape(run_article.path));
    severity_counts counts;
    for (auto const& f : run_article.findings) {
        (f.level == severity::error ? counts.error : f.level == severity::warning ? counts.warning : counts.note) += 1;
    }
    std::string meta = plural(run_article.findings.size(), "finding");
    if (!run_article.findings.empty())
        meta += fmt::format(" ({} {}, {} {}, {} {})", counts.error, counts.error == 1 ? "error" : "errors", counts.warning,
                            counts.warning == 1 ? "warning" : "warnings", counts.note, counts.note == 1 ? "note" : "notes");
    meta += fmt::format(" &middot; {} checked &middot; {}", plural(run_article.figures_checked, "figure"),
                        plural(run_article.conversions_checked, "stated conversion"));
    if (run_article.suppressed > 0) meta += fmt::format(" &middot; {} suppressed inline", run_article.suppressed);
    if (!run_article.id.empty()) meta = "id " + html_escape(run_article.id) + " &middot; " + meta;
    out += "<p class=\"article-meta\">" + meta + "</p>\n";
    if (run_article.failure) {
        auto const& e = *run_article.failure;
        out += fmt::format("<p class=\"failure\">not checked: error[{}] {}</p>\n</section>\n", html_escape(e.id), html_escape(e.message));
        return out;
    }
    if (!in) return out + "</section>\n";

    article_page page{run_article, *in, prefix, {}, {}, {}, {}};
    for (std::size_t i = 0; i < run_article.findings.size(); ++i) {
        auto const& f = run_article.findings[i];
        page.at[key_of(f.primary)].push_back(i);
        for (auto const& r : f.related) {
            auto& list = page.at[key_of(r)];
            if (std::find(list.begin(), list.end(), i) == list.end()) list.push_back(i);
        }
    }
    for (auto const& f : in->detail.figures) page.figure_at.emplace(key_of(f.where), &f);
    for (auto const& link : in->detail.aligned.links)
        for (auto const& p : link.figures)
            if (p.paired()) {
                figure_place const o{text_part::original, p.original->paragraph, p.original->figure};
                figure_place const t{text_part::translation, p.translation->paragraph, p.translation->figure};
                page.partner[{o.part, o.paragraph, o.figure}] = t;
                page.partner[{t.part, t.paragraph, t.figure}] = o;
            }
    std::size_t mentions = 0;
    for (auto const& [k, list] : page.at) {
        if (page.figure_at.count(k) || std::get<1>(k) >= std::get<2>(k)) continue;
        page.mention_ids.emplace(k, fmt::format("{}-m{}", prefix, mentions++));
    }

    article const& a = in->text;
    if (!a.summary.empty()) {
        out += "<div class=\"bullets\"><h4>Summary</h4>\n";
        for (std::size_t i = 0; i < a.summary.size(); ++i) out += render_paragraph(page, a.summary[i], text_part::summary, i);
        out += "</div>\n";
    }
    if (a.source_url) out += "<p class=\"source-url\">Source: " + html_escape(a.source_url->text) + "</p>\n";

    // Translation beside the original, row by row as the alignment links them.
    auto const lang_name = [](article_part const& p, std::string_view fallback) -> std::string {
        if (!p.lang) return std::string(fallback);
        return *p.lang == language::vi ? std::string(fallback) + " (Vietnamese)" : std::string(fallback) + " (English)";
    };
    out += "<div class=\"parallel\">\n";
    out += fmt::format("<div class=\"row head\"><div class=\"cell\">{}</div><div class=\"cell\">{}</div></div>\n",
                       html_escape(lang_name(a.translation, "Translation")), html_escape(lang_name(a.original, "Original")));
    auto const& links = in->detail.aligned.links;
    std::set<std::size_t> shown_t, shown_o;
    auto cell = [&](std::vector<std::size_t> const& idx, article_part const& part, text_part which, std::set<std::size_t>& shown) {
        std::string c = "<div class=\"cell\">";
        if (idx.empty()) c += "<span class=\"empty-cell\">(no counterpart)</span>";
        for (auto i : idx) {
            if (i >= part.paragraphs.size()) continue;
            shown.insert(i);
            c += render_paragraph(page, part.paragraphs[i], which, i);
        }
        return c + "</div>";
    };
    for (auto const& link : links) {
        out += "<div class=\"row\">" + cell(link.translation, a.translation, text_part::translation, shown_t) +
               cell(link.original, a.original, text_part::original, shown_o) + "</div>\n";
    }
    // Anything the alignment did not cover (it covers every line; kept so no text is ever lost).
    for (std::size_t i = 0; i < a.translation.paragraphs.size(); ++i)
        if (!shown_t.count(i)) out += "<div class=\"row\">" + cell({i}, a.translation, text_part::translation, shown_t) + cell({}, a.original, text_part::original, shown_o) + "</div>\n";
    for (std::size_t i = 0; i < a.original.paragraphs.size(); ++i)
        if (!shown_o.count(i)) out += "<div class=\"row\">" + cell({}, a.translation, text_part::translation, shown_t) + cell({i}, a.original, text_part::original, shown_o) + "</div>\n";
    out += "</div>\n";

    out += "<h3>Findings</h3>\n";
    if (run_article.findings.empty()) out += "<p class=\"none\">No findings.</p>\n";
    for (std::size_t i = 0; i < run_article.findings.size(); ++i) out += render_finding(page, i);

    auto const& convs = in->detail.conversions;
    out += "<h3>Stated conversions</h3>\n";
    bool any = false;
    for (std::size_t c = 0; c < convs.size(); ++c) {
        if (convs[c].restates) continue;  // shown with the conversion it restates
        out += render_conversion(page, c);
        any = true;
    }
    if (!any) out += "<p class=\"none\">No stated conversions.</p>\n";
    return out + "</section>\n";
}

}  // namespace

html_article make_html_article(article a, check_report detail, rate_table const& table, std::vector<std::string> const& sources) {
    html_article out;
    out.text = std::move(a);
    detail.findings.clear();
    out.detail = std::move(detail);
    out.charts.resize(out.detail.conversions.size());
    for (std::size_t i = 0; i < out.detail.conversions.size(); ++i) {
        if (out.detail.conversions[i].restates) continue;
        out.charts[i] = build_rate_chart(out.detail.conversions[i], table, sources);
    }
    return out;
}

std::string render_html(check_run const& run, html_input const& input) {
    auto const counts = count_findings(run);
    std::size_t const total = counts.error + counts.warning + counts.note;
    std::string totals = total == 0 ? std::string("No findings")
                                    : fmt::format("{} ({} {}, {} {}, {} {})", plural(total, "finding"), counts.error,
                                                  counts.error == 1 ? "error" : "errors", counts.warning,
                                                  counts.warning == 1 ? "warning" : "warnings", counts.note, counts.note == 1 ? "note" : "notes");
    totals += " in " + plural(run.articles.size(), "article");
    if (run.baseline.used) totals += fmt::format("; baseline: {} hidden, {} gone", run.baseline.hidden, run.baseline.gone.size());

    std::string out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n";
    std::string title = "figura check";
    if (run.articles.size() == 1) title += ": " + run.articles.front().path;
    out += "<title>" + html_escape(title) + "</title>\n<style>" + std::string(page_css) + "</style>\n</head>\n<body>\n";
    out += "<header class=\"page\"><h1>figura check</h1>\n<p class=\"totals\" id=\"totals\">" + html_escape(totals) + "</p>\n";
    out += "<ul class=\"legend\"><li><span class=\"swatch agree\"></span>agrees (checked, no finding)</li>"
           "<li><span class=\"swatch sev-note\"></span>note</li><li><span class=\"swatch sev-warning\"></span>warning</li>"
           "<li><span class=\"swatch sev-error\"></span>error</li><li><span class=\"swatch neutral\"></span>not compared by any rule</li></ul>\n"
           "</header>\n<main>\n";
    for (std::size_t i = 0; i < run.articles.size(); ++i) {
        static std::optional<html_article> const none;
        auto const& in = i < input.articles.size() ? input.articles[i] : none;
        out += render_article(run.articles[i], in, i);
    }
    if (!run.baseline.gone.empty()) {
        out += "<section class=\"article\"><h3>Baseline findings no longer reported</h3>\n<ul>\n";
        for (auto const& g : run.baseline.gone)
            out += fmt::format("<li>{}: {} [{}] {}</li>\n", html_escape(g.path), html_escape(g.rule), html_escape(g.fingerprint), html_escape(g.message));
        out += "</ul></section>\n";
    }
    out += "</main>\n<footer class=\"page\">Rates: each chart draws the rate table the check used. Figures are exact; "
           "chart coordinates are rounded for drawing only. Hover a figure for its outcome; click it for its finding or its counterpart.</footer>\n";
    out += "<script>" + std::string(page_js) + "</script>\n</body>\n</html>\n";
    return out;
}

}  // namespace figura::cli
