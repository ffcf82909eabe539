// `check_article`: reads the dates of every paragraph, ties each figure to its governing date, runs
// the rules and finishes the findings (order, fingerprints).
#include "figura/check.hpp"

#include <algorithm>
#include <cstdint>
#include <set>

#include "check/context.hpp"
#include "figura/dates.hpp"
#include "figura/rates.hpp"

namespace figura {
namespace detail::check {

std::vector<paragraph> const& context::paragraphs(part_id p) const {
    switch (p) {
    case part_id::summary: return a.summary;
    case part_id::translation: return a.translation.paragraphs;
    case part_id::original: return a.original.paragraphs;
    }
    return a.original.paragraphs;
}

std::vector<paragraph_dates> const& context::dates(part_id p) const {
    switch (p) {
    case part_id::summary: return summary_dates;
    case part_id::translation: return translation_dates;
    case part_id::original: return original_dates;
    }
    return original_dates;
}

site const* context::find_site(part_id p, std::size_t paragraph, std::size_t index) const {
    auto const it = site_start.find({p, paragraph});
    if (it == site_start.end() || it->second + index >= sites.size()) return nullptr;
    site const& s = sites[it->second + index];
    return s.part == p && s.paragraph == paragraph && s.index == index ? &s : nullptr;
}

location context::where(paragraph const& p, source_span span, std::string text) const {
    std::string path = p.source < a.sources.size() ? a.sources[p.source].name : std::string{};
    if (path.empty()) path = a.path;
    return location{std::move(path), span, std::move(text)};
}

location context::where(site const& s) const { return where(*s.para, s.fig->span, s.fig->text); }

location context::where(paragraph const& p, date_mention const& m) const { return where(p, m.span, m.text); }

std::optional<severity> context::level(std::string_view rule) const {
    if (auto it = options.rule_levels.find(rule); it != options.rule_levels.end()) return it->second;
    for (auto const& r : check_rules())
        if (r.id == rule) return r.default_level;
    return std::nullopt;
}

void context::report(finding f, std::size_t source, std::optional<severity> at_most) {
    auto const lv = level(f.rule);
    if (!lv) return;
    f.level = at_most && *at_most < *lv ? *at_most : *lv;
    order.emplace_back(source, f.primary.span.begin);
    findings.push_back(std::move(f));
}

void context::mark(site const* s) {
    if (s == nullptr || s < sites.data() || s >= sites.data() + sites.size()) return;
    auto const i = static_cast<std::size_t>(s - sites.data());
    if (compared.size() < sites.size()) compared.resize(sites.size(), false);
    compared[i] = true;
}

figure_place context::place(site const& s) const {
    text_part const p = s.part == part_id::summary ? text_part::summary
                        : s.part == part_id::translation ? text_part::translation
                                                         : text_part::original;
    return figure_place{p, s.paragraph, s.index};
}

std::string effective_currency(figure const& f, check_options const& o) {
    auto const& c = f.currency;
    if (!c.is_ambiguous()) return c.code;
    auto const has = [&](std::string_view code) {
        return c.code == code || std::find(c.alternatives.begin(), c.alternatives.end(), code) != c.alternatives.end();
    };
    // A yen sign means JPY or CNY; every other ambiguous form here is a dollar.
    bool const yen = has("JPY") && has("CNY") && c.alternatives.size() == 1;
    std::string const& want = yen ? (f.lang == language::vi ? o.yen_default_vi : o.yen_default_en) : o.dollar_default;
    return has(want) ? want : c.code;
}

interval figure_bounds(figure const& f, check_options const& o) {
    if (f.qual != qualifier::approx || !f.written.bounds.lower) return f.bounds;
    figure_value const& high = f.range_high ? *f.range_high : f.written;
    if (!high.bounds.upper) return f.bounds;
    // Same widening as the parser's, with the check's tolerance (the article may have been read with another).
    auto lower = f.written.bounds.lower->value - o.approx_tolerance * f.written.value;
    auto upper = high.bounds.upper->value + o.approx_tolerance * high.value;
    if (lower.sign() < 0) lower = decimal{};
    return {bound{lower, true}, bound{upper, true}};
}

std::string period_label(date_mention const& m) {
    if (!m.resolved) return m.text;
    auto const& d = m.resolved->first;
    auto const y = std::to_string(static_cast<int>(d.year()));
    auto const two = [](unsigned v) { return (v < 10 ? "0" : "") + std::to_string(v); };
    switch (m.granularity) {
    case date_granularity::year: return y;
    case date_granularity::month: return y + "-" + two(static_cast<unsigned>(d.month()));
    case date_granularity::day: return figura::to_string(d);
    default: return figura::to_string(*m.resolved);
    }
}

namespace {

// Where the sentences of a line end: after `.`, `!`, `?` or `;` followed by a space (so `10.000` and
// `$1.5bn` do not end one). Found once per line: looking for them again around every figure was
// quadratic in a line of thousands of figures (a pasted table).
std::vector<std::size_t> sentence_ends(std::string_view text) {
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i + 1 < text.size(); ++i) {
        char const ch = text[i];
        if ((ch == '.' || ch == '!' || ch == '?' || ch == ';') && text[i + 1] == ' ') out.push_back(i);
    }
    return out;
}

// Sentence bounds around byte `at` of a line, from its `sentence_ends`.
std::pair<std::size_t, std::size_t> sentence_around(std::vector<std::size_t> const& ends, std::size_t size, std::size_t at) {
    at = std::min(at, size);
    auto const next = std::lower_bound(ends.begin(), ends.end(), at);  // first end at or after `at`
    std::size_t const begin = next == ends.begin() ? 0 : *std::prev(next) + 1;
    std::size_t const end = next == ends.end() ? size : *next + 1;
    return {begin, end};
}

std::vector<paragraph_dates> read_dates(std::vector<paragraph> const& ps, std::optional<calendar_date> pub) {
    std::vector<paragraph_dates> out(ps.size());
    for (std::size_t i = 0; i < ps.size(); ++i) {
        auto const& p = ps[i];
        if (p.role == paragraph_role::dateline || p.role == paragraph_role::source_url) continue;
        date_options o;
        o.lang = p.lang;
        o.reference = pub;
        auto found = find_dates(p.text, o);
        if (!found) continue;  // the article reader already rejected invalid UTF-8
        for (auto& m : *found) {
            // Spans come relative to the line; make them point into the source like figures do.
            m.span.column = p.span.column + m.span.column - 1;
            m.span.line = p.span.line;
            m.span.begin += p.span.begin;
            m.span.end += p.span.begin;
            out[i].mentions.push_back(std::move(m));
        }
    }
    return out;
}

// The governing date of a figure: the nearest mention in its sentence (by gap in bytes), earlier ones
// winning ties since news puts the date first (`In 2021 the fund ...`).
void tie_dates(context& c, part_id part) {
    auto const& ps = c.paragraphs(part);
    auto const& ds = c.dates(part);
    for (std::size_t i = 0; i < ps.size(); ++i) {
        auto const& p = ps[i];
        c.site_start[{part, i}] = c.sites.size();
        auto const ends = sentence_ends(p.text);
        auto const& mentions = ds[i].mentions;
        // find_dates gives mentions in text order without overlaps; should that ever not hold, every
        // mention is looked at as before (quadratic, but the same answer).
        bool ordered = true;
        for (std::size_t k = 1; k < mentions.size() && ordered; ++k)
            ordered = mentions[k - 1].span.end <= mentions[k].span.begin;
        for (std::size_t k = 0; k < p.figures.size(); ++k) {
            auto const& f = p.figures[k];
            site s;
            s.part = part;
            s.paragraph = i;
            s.index = k;
            s.para = &p;
            s.fig = &f;
            auto const rel_begin = f.span.begin - p.span.begin;
            // Not a structured binding: clang 14 (the fuzz build) cannot capture one in the lambda below.
            auto const sentence = sentence_around(ends, p.text.size(), rel_begin);
            auto const sb = sentence.first;
            auto const se = sentence.second;
            // Mentions come in text order and never overlap (find_dates), so the candidates are the
            // last one ending before the figure, those overlapping it, and the first one after it;
            // the nearest wins, the earlier on a tie.
            auto const first = std::partition_point(mentions.begin(), mentions.end(),
                                                    [&](date_mention const& m) { return m.span.end <= f.span.begin; });
            std::size_t best_gap = SIZE_MAX;
            auto consider = [&](date_mention const& m) {
                auto const mb = m.span.begin - p.span.begin;
                if (mb < sb || mb >= se) return;
                std::size_t const gap = m.span.end <= f.span.begin ? f.span.begin - m.span.end : m.span.begin - f.span.end;
                if (gap < best_gap) {
                    best_gap = gap;
                    s.date = &m;
                }
            };
            auto const overlapping = [&](date_mention const& m) { return m.span.begin < f.span.end && f.span.begin < m.span.end; };
            if (!ordered) {
                for (auto const& m : mentions) {
                    if (overlapping(m)) s.in_date = true;
                    else consider(m);
                }
                c.sites.push_back(s);
                continue;
            }
            if (first != mentions.begin()) consider(*std::prev(first));
            auto after = first;
            while (after != mentions.end() && after->span.begin < f.span.end) {
                s.in_date = true;  // overlaps the figure
                ++after;
            }
            if (after != mentions.end()) consider(*after);
            c.sites.push_back(s);
        }
    }
}

std::optional<calendar_date> day_of(result<date_mention> const& m) {
    if (!m || !m->resolved || m->granularity != date_granularity::day) return std::nullopt;
    return m->resolved->first;
}

// The publication date: the option, else the metadata, else the datelines. Disagreements and a
// missing date are `date.publication` findings, not errors.
void find_publication(context& c) {
    struct candidate {
        calendar_date day;
        paragraph const* line;  // nullptr for metadata
    };
    std::vector<candidate> found;
    std::optional<std::string> bad_metadata;
    if (!c.a.date.empty()) {
        if (auto d = day_of(parse_date(c.a.date))) found.push_back({*d, nullptr});
        else bad_metadata = c.a.date;
    }
    for (auto const* part : {&c.a.original, &c.a.translation})
        if (auto const* dl = part->dateline()) {
            date_options o;
            o.lang = dl->lang;
            if (auto d = day_of(parse_date(dl->text, o))) found.push_back({*d, dl});
        }

    if (c.options.publication_date) {
        c.publication = c.options.publication_date;
        c.publication_from = "option";
    } else if (!found.empty()) {
        c.publication = found.front().day;
        c.publication_from = found.front().line ? "dateline" : "metadata";
    }

    // An article that states no date is not inconsistent: what needs one says so itself
    // (`fx.unverifiable` names the missing publication date). Metadata that is not a day is.
    if (!c.publication) {
        if (!bad_metadata) return;
        finding f;
        f.rule = "date.publication";
        f.message = "the metadata date `" + *bad_metadata + "` does not name a day, and no dateline gives one";
        f.facts.push_back({"metadata date (not a day)", *bad_metadata});
        f.primary.path = c.a.sources.empty() ? c.a.path : c.a.sources.front().name;
        c.report(std::move(f), 0);
        return;
    }
    if (c.options.publication_date) return;  // the user said so: datelines are not second-guessed
    for (auto const& cand : found) {
        if (cand.day == *c.publication || !cand.line) continue;
        finding f;
        f.rule = "date.publication";
        f.message = "the dateline gives " + figura::to_string(cand.day) + " but the publication date is " +
                    figura::to_string(*c.publication) + " (from the " + c.publication_from + ")";
        f.primary = c.where(*cand.line, cand.line->span, cand.line->text);
        f.facts.push_back({"publication date", figura::to_string(*c.publication)});
        f.facts.push_back({"dateline", figura::to_string(cand.day)});
        c.report(std::move(f), cand.line->source);
    }
}

// FNV-1a, 64 bits: tiny, stable across platforms and releases (unlike std::hash).
std::uint64_t fnv1a(std::string_view s, std::uint64_t h = 1469598103934665603ULL) {
    for (unsigned char ch : s) {
        h ^= ch;
        h *= 1099511628211ULL;
    }
    return h;
}

std::string hex16(std::uint64_t v) {
    static char const digits[] = "0123456789abcdef";
    std::string out(16, '0');
    for (int i = 15; i >= 0; --i, v >>= 4) out[static_cast<std::size_t>(i)] = digits[v & 0xF];
    return out;
}

void finish(context& c) {
    // Source order; ties keep the order rules ran in.
    std::vector<std::size_t> idx(c.findings.size());
    for (std::size_t i = 0; i < idx.size(); ++i) idx[i] = i;
    std::stable_sort(idx.begin(), idx.end(), [&](std::size_t x, std::size_t y) { return c.order[x] < c.order[y]; });
    std::vector<finding> sorted;
    sorted.reserve(idx.size());
    for (auto i : idx) sorted.push_back(std::move(c.findings[i]));
    c.findings = std::move(sorted);

    // Fingerprint: rule, path and the texts involved; a repeat of the same texts gets its ordinal
    // mixed in so fingerprints stay unique and stable.
    std::map<std::uint64_t, int> seen;
    for (auto& f : c.findings) {
        std::uint64_t h = fnv1a(f.rule);
        h = fnv1a(std::string_view("\x1f", 1), h);
        h = fnv1a(f.primary.path, h);
        h = fnv1a(std::string_view("\x1f", 1), h);
        h = fnv1a(f.primary.text, h);
        for (auto const& r : f.related) {
            h = fnv1a(std::string_view("\x1f", 1), h);
            h = fnv1a(r.text, h);
        }
        int const n = seen[h]++;
        if (n > 0) h = fnv1a("#" + std::to_string(n), h);
        f.fingerprint = hex16(h);
    }
}

}  // namespace
}  // namespace detail::check

result<check_report> check_article(article const& a, check_options const& options) {
    using namespace detail::check;
    for (auto const& entry : options.rule_levels) {
        auto const& id = entry.first;  // a named reference, not a structured binding: clang 14 cannot capture those
        auto const& rules = check_rules();
        if (std::none_of(rules.begin(), rules.end(), [&](rule_info const& r) { return r.id == id; }))
            return error{"F-CHECK-001", "unknown rule '" + id + "' in the rule settings", {}};
    }
    rate_table const& table = options.rates ? *options.rates : rate_table::embedded();
    context c{a, options, table, {}, {}, {}, {}, {}, {}, {}, {}, {}, 0, {}, {}, {}, {}};

    find_publication(c);
    c.summary_dates = read_dates(a.summary, c.publication);
    c.translation_dates = read_dates(a.translation.paragraphs, c.publication);
    c.original_dates = read_dates(a.original.paragraphs, c.publication);
    for (auto p : {part_id::original, part_id::translation, part_id::summary}) tie_dates(c, p);
    c.compared.assign(c.sites.size(), false);

    alignment const al = align(a);
    check_conversions(c, al);
    check_parity(c, al);
    check_summary(c);
    check_dates(c, al);
    check_ages(c);
    finish(c);

    check_report out;
    out.findings = std::move(c.findings);
    out.figures_checked = c.sites.size();
    out.conversions_checked = c.conversions_checked;
    if (!options.detail) return out;
    out.figures.reserve(c.sites.size());
    for (std::size_t i = 0; i < c.sites.size(); ++i) {
        auto const& s = c.sites[i];
        out.figures.push_back({c.place(s), c.where(s), c.compared[i], s.date ? period_label(*s.date) : std::string{}});
    }
    out.conversions = std::move(c.conversions);
    out.aligned = al;
    return out;
}

}  // namespace figura
