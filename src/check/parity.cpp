// parity.*, summary.unsupported, date.relative, dates moved (parity.value) and age.birth_year.
#include <algorithm>
#include <cctype>
#include <iterator>
#include <span>

#include "check/context.hpp"
#include "unicode/text.hpp"

namespace figura::detail::check {
namespace {

// Years and dates are the date rules' business; dateline numbers are never figures to compare.
bool excluded(site const* s) {
    return !s || s->in_date || s->fig->kind == figure_kind::year || s->para->role == paragraph_role::dateline;
}

// Words after which a bare number names a thing instead of counting it: a grade, level, ordinal or
// weekday, an issue, phase or version (`l\u1edbp 9`, `c\u1ea5p 3`, `th\u1ee9 7`, `phase 2`).
constexpr std::string_view designators[] = {
    "grade", "class", "level", "phase", "version", "season", "episode", "chapter", "no.", "number", "part",
    "series", "model", "generation", "gen", "round", "stage", "tier", "room", "gate", "route", "line", "channel",
    "district", "ward", "article", "clause", "section", "item", "week", "day", "game", "match", "term", "year",
    "call", "called", "calls", "calling", "dial", "dialed", "dialled", "dialling", "dialing",  // a phone number: `called 911`
    "l\u1edbp",        // lop: school grade
    "c\u1ea5p",        // cap: level (school level, alert level)
    "th\u1ee9",        // thu: ordinal, and weekdays (thu 7 is Saturday)
    "t\u1eadp",        // tap: episode, volume
    "ph\u1ea7n",       // phan: part
    "ch\u01b0\u01a1ng",  // chuong: chapter
    "\u0111\u1eddi",  // doi: generation, model year
    "h\u1ea1ng",       // hang: rank, class
    "kh\u1ed1i",       // khoi: school block
    "ph\u00f2ng",      // phong: room
    "tuy\u1ebfn",      // tuyen: route, line
    "v\u00f2ng",       // vong: round
    "qu\u1eadn",       // quan: district
    "ph\u01b0\u1eddng",  // phuong: ward
    "\u0111i\u1ec1u",  // dieu: article (of a law)
    "kho\u1ea3n",      // khoan: clause
    "k\u1ef3",         // ky: term, session
    "n\u0103m",       // nam: a year or decade written short (`n\u0103m 80`, `nh\u1eefng n\u0103m 90`)
    "ni\u00ean",      // nien: `th\u1eadp ni\u00ean 80`, a decade
};

// The word right before byte `at` of `text` (spaces skipped), hyphens kept (`Sky-Net`).
std::string_view word_before(std::string_view text, std::size_t at) {
    std::size_t end = std::min(at, text.size());
    while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '\t')) --end;
    std::size_t begin = end;
    while (begin > 0) {
        std::size_t start = begin - 1;
        while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
        std::size_t length = 0;
        char32_t const cp = detail::decode_code_point(text.data() + start, text.data() + text.size(), length);
        if (!detail::is_word_code_point(cp) && cp != U'-' && cp != U'.') break;
        begin = start;
    }
    return text.substr(begin, end - begin);
}

// True when the words before `at` end a sentence or start the line: a capital there is grammar,
// not a name.
bool sentence_start(std::string_view text, std::size_t word_begin) {
    std::size_t i = word_begin;
    while (i > 0 && (text[i - 1] == ' ' || text[i - 1] == '\t')) --i;
    if (i == 0) return true;
    char const ch = text[i - 1];
    return ch == '.' || ch == '!' || ch == '?' || ch == ':' || ch == '"' || ch == '(' || ch == '-';
}

// A number that names rather than counts (DESIGN.md: numbers inside names, grades, versions and
// model names are not figures): a plain integer after a designator word (`l\u1edbp 9`, `phase 2`),
// glued to letters (`GPT-4`, `V3`), or after a name (`Sky-Net 2`, `Windows 11`).
bool is_label(site const& s) {
    figure const& f = *s.fig;
    if (f.kind != figure_kind::count || f.qual != qualifier::exact || f.range_high || !f.written.exact ||
        !f.currency.code.empty() || f.value.exponent() < 0)
        return false;
    std::string_view const text = s.para->text;
    if (f.span.begin < s.para->span.begin) return false;
    std::size_t const at = f.span.begin - s.para->span.begin;
    if (at > text.size()) return false;
    // Glued to a letter, or to a letter and a hyphen: `V3`, `GPT-4`, `H100`.
    std::size_t p = at;
    if (p > 0 && text[p - 1] == '-') --p;
    if (p > 0) {
        unsigned char const before = static_cast<unsigned char>(text[p - 1]);
        if ((before >= 'A' && before <= 'Z') || (before >= 'a' && before <= 'z')) return true;
    }
    // A year or decade written short: `'71`, `the '80s` (an apostrophe, maybe spaced or escaped).
    std::string_view before = text.substr(0, at);
    while (!before.empty() && (before.back() == ' ' || before.back() == '\t')) before.remove_suffix(1);
    if (before.ends_with("'") || before.ends_with("\u2019") || before.ends_with("&apos;")) return true;
    std::string_view const word = word_before(text, at);
    if (word.empty()) return false;
    std::string const lower = detail::to_lower(word);
    if (std::find(std::begin(designators), std::end(designators), lower) != std::end(designators)) return true;
    // After a name: a capitalised word (or one with a capital inside, `iPhone`) that does not start
    // the sentence.
    std::size_t const word_begin = static_cast<std::size_t>(word.data() - text.data());
    bool const capital = lower != word;
    return capital && !sentence_start(text, word_begin);
}

// A lone 1: a count, or an amount of one unit written without digits (`a dollar`, `one euro`), where
// `a`/`one` is as much the article as a number.
bool is_one(figure const& f) {
    if (f.range_high || f.value != decimal(1)) return false;
    if (f.kind == figure_kind::count) return f.currency.code.empty();
    return f.kind == figure_kind::money && std::none_of(f.text.begin(), f.text.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
}

// The minutes of a clock time (`08:00`, `7:30`): the hour may be compared, the minutes are no count.
bool clock_minutes(site const& s) {
    std::string_view const text = s.para->text;
    if (s.fig->span.begin < s.para->span.begin + 2) return false;
    std::size_t const at = s.fig->span.begin - s.para->span.begin;
    auto const digit = [](char ch) { return ch >= '0' && ch <= '9'; };
    return at < text.size() && text[at - 1] == ':' && digit(text[at - 2]) && s.fig->text.size() == 2 && digit(s.fig->text[0]) &&
           digit(s.fig->text[1]) && s.fig->value < decimal(60);
}

// A count written in words alone (`three`, `ba`), read for a translation's sake
// (parse_options::spelled_counts): not a figure a summary is held to.
bool spelled_count(figure const& f) {
    return f.kind == figure_kind::count && f.written.scale_word.empty() &&
           std::none_of(f.text.begin(), f.text.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
}

// A Vietnamese number word is as often an ordinary word (`ba` is also "dad", `n\u0103m` "year",
// `t\u01b0` "private"): it may answer a figure of the other side, never accuse one. English number
// words are not ambiguous that way (`one`, which often means "a", is never read).
bool weak_evidence(figure const& f) { return f.lang == language::vi && spelled_count(f); }

// Whether the number `f` stands for is written in the other side's linked paragraphs in any form: a
// figure's value or range end (a repeated number, `18 and 30` against `t\u1eeb 18 \u0111\u1ebfn 30`),
// digits the reader took for no figure (`5cm`, `57th`), or a number word it left a word (`seven years
// old`, `hai`). Then the number was not dropped or added, only written or paired another way.
bool written_on(article_part const& part, std::vector<std::size_t> const& paragraphs, figure const& f) {
    std::vector<decimal> wanted{f.value};
    if (f.range_high) wanted.push_back(f.range_high->value);
    auto const want = [&](decimal const& v) { return std::find(wanted.begin(), wanted.end(), v) != wanted.end(); };
    for (auto i : paragraphs) {
        if (i >= part.paragraphs.size()) continue;
        auto const& para = part.paragraphs[i];
        for (auto const& g : para.figures)
            if (want(g.value) || (g.range_high && want(g.range_high->value))) return true;
        std::string_view const text = para.text;
        std::size_t k = 0;
        while (k < text.size()) {
            unsigned char const ch = static_cast<unsigned char>(text[k]);
            if (ch >= '0' && ch <= '9') {
                std::size_t e = k;
                while (e < text.size() && text[e] >= '0' && text[e] <= '9') ++e;
                if (e - k <= 9 && want(decimal(std::stoll(std::string(text.substr(k, e - k)))))) return true;
                k = e;
            } else if (ch >= 0x80 || std::isalpha(ch)) {
                // A word (letters, marks; split at hyphens: `ten-forty`) read alone as a number.
                std::size_t e = k;
                while (e < text.size() && (static_cast<unsigned char>(text[e]) >= 0x80 || std::isalpha(static_cast<unsigned char>(text[e]))))
                    ++e;
                if (auto r = parse(text.substr(k, e - k), {.lang = para.lang}); r && r->kind == figure_kind::count && want(r->value))
                    return true;
                k = e;
            } else {
                ++k;
            }
        }
    }
    return false;
}

std::string_view qualifier_words(qualifier q) {
    switch (q) {
    case qualifier::exact: return "no qualifier";
    case qualifier::approx: return "about";
    case qualifier::lt: return "less than";
    case qualifier::le: return "up to";
    case qualifier::gt: return "more than";
    case qualifier::ge: return "at least";
    }
    return "no qualifier";
}

std::string ticked(std::string_view text) { return "`" + std::string(text) + "`"; }

std::string described(site const& s, context const& c) {
    std::string out = bounds_text(figure_bounds(*s.fig, c.options), s.fig->value);
    auto const code = effective_currency(*s.fig, c.options);
    if (!code.empty()) out += " " + code;
    return out;
}

bool same_currency(figure const& a, figure const& b, check_options const& o) {
    auto const ca = effective_currency(a, o), cb = effective_currency(b, o);
    if (ca == cb) return true;
    auto const among = [](std::string const& code, currency_ref const& r) {
        return std::find(r.alternatives.begin(), r.alternatives.end(), code) != r.alternatives.end();
    };
    return among(ca, b.currency) || among(cb, a.currency);
}

void pair_finding(context& c, std::string rule, std::string message, site const& t, site const& o) {
    finding f;
    f.rule = std::move(rule);
    f.message = std::move(message);
    f.primary = c.where(t);
    f.related.push_back(c.where(o));
    f.facts.push_back({"original", o.fig->text + " = " + described(o, c) + " (" + std::string(qualifier_words(o.fig->qual)) + ")"});
    f.facts.push_back({"translation", t.fig->text + " = " + described(t, c) + " (" + std::string(qualifier_words(t.fig->qual)) + ")"});
    c.report(std::move(f), t.para->source);
}

std::string relative_note(date_mention const& m, context const& c) {
    if (!m.relative) return "";
    if (m.relation.anchor == date_anchor::mention) return " counting from an earlier date";
    return c.publication ? " for an article published " + figura::to_string(*c.publication) : "";
}

// ----------------------------------------------------------------------------------------------------
// Vague magnitudes: `hundreds of thousands`, `h\u00e0ng ch\u1ee5c ng\u00e0n`, `several hundred`. No figure
// (the reader keeps only numbers), but an order of magnitude a translation must keep: the head
// word (`hundreds`, `h\u00e0ng tr\u0103m`) is two to ten of its unit, the words after it multiply
// exactly (`of thousands`, `ng\u00e0n`), so `hundreds of thousands` is [200000, 1000000). A bare
// `thousand` that no figure covers (`a thousand-year-old tree`) is 1000 exactly.

struct magnitude {
    paragraph const* para = nullptr;
    std::size_t begin = 0;  ///< bytes into `para->text`
    std::size_t end = 0;
    interval range;
    bool used = false;
};

struct word_at {
    std::size_t begin = 0, end = 0;
    std::string lower;
};

// The words of a paragraph, lower case, split at anything that is not a letter or digit.
std::vector<word_at> words_of(std::string_view text) {
    std::vector<word_at> out;
    std::size_t k = 0;
    while (k < text.size()) {
        std::size_t len = 1;
        char32_t const cp = detail::decode_code_point(text.data() + k, text.data() + text.size(), len);
        if (!detail::is_word_code_point(cp)) {
            k += std::max<std::size_t>(len, 1);
            continue;
        }
        std::size_t e = k;
        while (e < text.size()) {
            std::size_t n = 1;
            if (!detail::is_word_code_point(detail::decode_code_point(text.data() + e, text.data() + text.size(), n))) break;
            e += std::max<std::size_t>(n, 1);
        }
        // ASCII case only: the words looked for start with an ASCII letter when capitalised
        // (`Hundreds`, `H\u00e0ng`), and ICU per word would cost more than the whole comparison.
        std::string lower(text.substr(k, e - k));
        for (auto& ch : lower)
            if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
        out.push_back({k, e, std::move(lower)});
        k = e;
    }
    return out;
}

// The unit a scale word multiplies by, as a power of ten; -1 when it is none.
int scale_power(std::string_view w, language lang) {
    static constexpr std::pair<std::string_view, int> en[] = {
        {"hundred", 2}, {"hundreds", 2}, {"thousand", 3}, {"thousands", 3}, {"million", 6}, {"millions", 6},
        {"billion", 9}, {"billions", 9}, {"trillion", 12}, {"trillions", 12},
    };
    static constexpr std::pair<std::string_view, int> vi[] = {
        {"tr\u0103m", 2}, {"ngh\u00ecn", 3}, {"ng\u00e0n", 3}, {"v\u1ea1n", 4}, {"tri\u1ec7u", 6}, {"t\u1ef7", 9}, {"t\u1ec9", 9},
    };  // tram, nghin, ngan, van, trieu, ty, ti
    using table = std::span<std::pair<std::string_view, int> const>;
    for (auto const& [word, power] : lang == language::vi ? table(vi) : table(en))
        if (word == w) return power;
    return -1;
}

decimal ten_to(int power) { return decimal(1, power); }

std::vector<magnitude> magnitudes_of(paragraph const& para) {
    std::vector<magnitude> out;
    if (!para.lang) return out;
    language const lang = *para.lang;
    // Most paragraphs hold none of the words: a byte search spares reading them word by word.
    static constexpr std::string_view cues_en[] = {"undred", "housand", "illion", "ens", "ozens", "everal", "few"};
    static constexpr std::string_view cues_vi[] = {"\u00e0ng", "\u00e0i", "\u1ea5y", "ngh\u00ecn", "g\u00e0n"};  // -ang, -ai, -ay, nghin, gan
    auto const has = [&](std::string_view cue) { return para.text.find(cue) != std::string::npos; };
    if (lang == language::vi ? std::none_of(std::begin(cues_vi), std::end(cues_vi), has) : std::none_of(std::begin(cues_en), std::end(cues_en), has))
        return out;
    auto const words = words_of(para.text);
    // Bytes of the paragraph that a figure already reads (`two thousand`, `h\u01a1n 3 tri\u1ec7u`).
    auto const covered = [&](std::size_t b, std::size_t e) {
        return std::any_of(para.figures.begin(), para.figures.end(), [&](figure const& f) {
            std::size_t const fb = f.span.begin - para.span.begin, fe = f.span.end - para.span.begin;
            return f.span.begin >= para.span.begin && fb < e && b < fe;
        });
    };
    auto const is_number = [&](std::string_view w) {
        if (!w.empty() && w.front() >= '0' && w.front() <= '9') return true;
        auto const r = parse(w, {.lang = lang});
        return r && r->kind == figure_kind::count;
    };
    for (std::size_t i = 0; i < words.size(); ++i) {
        std::string const& w = words[i].lower;
        std::size_t head_end = i + 1;  // first word after the head
        int unit = -1;                 // power of ten of the head's unit
        bool vague = false;
        int twelve = 1;                // `dozens` counts in twelves
        if (lang == language::en) {
            // `10 thousands`: a plural after a number multiplies it; the figure reads what it can.
            if (i > 0 && is_number(words[i - 1].lower)) continue;
            if (w == "tens") unit = 1, vague = true;
            else if (w == "dozens") unit = 0, twelve = 12, vague = true;
            else if (w.ends_with("s") && (unit = scale_power(w, lang)) >= 0) vague = true;
            else if ((w == "several" || w == "few") && i + 1 < words.size() && !words[i + 1].lower.ends_with("s") &&
                     (unit = scale_power(words[i + 1].lower, lang)) >= 0) {
                vague = true;
                head_end = i + 2;
            } else if ((unit = scale_power(w, lang)) >= 0) {
                // A bare `thousand`: 1000, unless a number word or digits before it make it part of one.
                if (i > 0 && (is_number(words[i - 1].lower) || scale_power(words[i - 1].lower, lang) >= 0)) continue;
            }
        } else {
            bool const few = w == "h\u00e0ng" || w == "v\u00e0i" || w == "m\u1ea5y";  // hang, vai, may
            if (few && i + 1 < words.size()) {
                std::string const& next = words[i + 1].lower;
                if (next == "ch\u1ee5c") unit = 1;  // chuc: tens
                else unit = scale_power(next, lang);
                vague = unit >= 0;
                head_end = i + 2;
            } else if (w == "ngh\u00ecn" || w == "ng\u00e0n") {
                // nghin, ngan: a bare thousand (`ng\u00e0n n\u0103m tu\u1ed5i`), not after a number or `h\u00e0ng`.
                if (i > 0 && (is_number(words[i - 1].lower) || scale_power(words[i - 1].lower, lang) >= 0)) continue;
                unit = 3;
            }
        }
        if (unit < 0) continue;
        // Exact multipliers after the head: `of thousands`, `ng\u00e0n`, `thousand`.
        std::size_t j = head_end;
        int power = unit;
        while (j < words.size()) {
            std::size_t k = j;
            if (lang == language::en && words[k].lower == "of" && k + 1 < words.size()) ++k;
            int const p = scale_power(words[k].lower, lang);
            if (p < 0 || (lang == language::en && !vague && k != j)) break;
            power += p;
            j = k + 1;
        }
        std::size_t const begin = words[i].begin, end = words[j - 1].end;
        if (covered(begin, end)) {
            i = j - 1;
            continue;
        }
        magnitude m{&para, begin, end, {}};
        decimal const base = ten_to(power) * decimal(twelve);
        // Two to ten units (`dozens`: two to twelve dozen); the upper end open, so neighbouring orders
        // (`thousands`, `tens of thousands`) do not overlap.
        m.range = vague ? interval{bound{base * decimal(2), true}, bound{base * decimal(twelve == 12 ? 12 : 10), false}} : interval::point(base);
        out.push_back(std::move(m));
        i = j - 1;
    }
    return out;
}

std::string_view magnitude_text(magnitude const& m) { return std::string_view(m.para->text).substr(m.begin, m.end - m.begin); }

source_span magnitude_span(magnitude const& m) {
    source_span s = m.para->span;
    s.begin = m.para->span.begin + m.begin;
    s.end = m.para->span.begin + m.end;
    s.column = m.para->span.column + detail::count_code_points(std::string_view(m.para->text).substr(0, m.begin));
    return s;
}

std::string magnitude_described(magnitude const& m) {
    auto const& r = m.range;
    if (r.lower && r.upper && r.lower->value == r.upper->value) return r.lower->value.normalized().to_string();
    return "[" + r.lower->value.normalized().to_string() + ", " + r.upper->value.normalized().to_string() + ")";
}

// Qualifiers a summary may use for a body figure: it may round (`about` for an exact figure and
// back), and say `less than` for `up to`, but not drop or turn a bound (`d\u01b0\u1edbi`, `more than`).
int qualifier_group(qualifier q) {
    switch (q) {
    case qualifier::exact:
    case qualifier::approx: return 0;
    case qualifier::lt:
    case qualifier::le: return 1;
    case qualifier::gt:
    case qualifier::ge: return 2;
    }
    return 0;
}

// A count multiplier right after the figure that the reader does not take: `2 dozen`, `2 t\u00e1`.
bool multiplied(site const& s) {
    std::string_view const text = s.para->text;
    if (s.fig->span.end < s.para->span.begin) return false;
    std::size_t const at = s.fig->span.end - s.para->span.begin;
    if (at >= text.size()) return false;
    auto const words = words_of(text.substr(at, std::min<std::size_t>(text.size() - at, 16)));
    if (words.empty() || words.front().begin > 1) return false;
    auto const& w = words.front().lower;
    return w == "dozen" || w == "dozens" || w == "score" || w == "t\u00e1";  // ta: a dozen
}

// Whether two values differ by more than `tolerance` of the larger.
bool beyond_tolerance(decimal const& a, decimal const& b, decimal const& tolerance) {
    decimal const larger = a < b ? b : a;
    decimal const gap = a < b ? b - a : a - b;
    return gap > tolerance * larger;
}

// One side of a parity.value finding: a figure or a magnitude phrase.
struct mention {
    std::string text;
    location at;
    std::string value;
    std::size_t source = 0;
};

mention mention_of(site const& s, context const& c) { return {s.fig->text, c.where(s), described(s, c), s.para->source}; }

mention mention_of(magnitude const& m, context const& c) {
    return {std::string(magnitude_text(m)), c.where(*m.para, magnitude_span(m), std::string(magnitude_text(m))), magnitude_described(m),
            m.para->source};
}

void magnitude_finding(context& c, mention const& t, mention const& o) {
    finding f;
    f.rule = "parity.value";
    f.message = ticked(t.text) + " does not have the magnitude of the original " + ticked(o.text) + " (" + t.value + " against " + o.value + ")";
    f.primary = t.at;
    f.related.push_back(o.at);
    f.facts.push_back({"original", o.text + " = " + o.value});
    f.facts.push_back({"translation", t.text + " = " + t.value});
    c.report(std::move(f), t.source);
}

}  // namespace

void check_parity(context& c, alignment const& al) {
    bool const both = !c.a.original.empty() && !c.a.translation.empty();
    for (auto const& link : al.links) {
        std::vector<magnitude> mo, mt;
        if (both) {
            for (auto i : link.original)
                if (i < c.a.original.paragraphs.size()) std::ranges::move(magnitudes_of(c.a.original.paragraphs[i]), std::back_inserter(mo));
            for (auto i : link.translation)
                if (i < c.a.translation.paragraphs.size())
                    std::ranges::move(magnitudes_of(c.a.translation.paragraphs[i]), std::back_inserter(mt));
        }
        // As many magnitude phrases on each side: they restate each other, paired in order (like
        // leftover figures), and are a finding when they do not overlap. Otherwise they answer the
        // figures left unpaired below.
        if (!mo.empty() && mo.size() == mt.size()) {
            for (std::size_t k = 0; k < mo.size(); ++k) {
                mo[k].used = mt[k].used = true;
                if (!mo[k].range.overlaps(mt[k].range)) magnitude_finding(c, mention_of(mt[k], c), mention_of(mo[k], c));
            }
        }
        for (auto const& p : link.figures) {
            site const* o = p.original ? c.find_site(part_id::original, p.original->paragraph, p.original->figure) : nullptr;
            site const* t = p.translation ? c.find_site(part_id::translation, p.translation->paragraph, p.translation->figure) : nullptr;
            // `one`, `a` and `m\u1ed9t` are words, never figures: a lone 1 on the other side has
            // nothing to be compared with.
            if (!p.translation || !p.original) {
                site const* lone = p.translation ? t : o;
                if (lone && (is_one(*lone->fig) || weak_evidence(*lone->fig) || clock_minutes(*lone))) continue;
                if (lone && (p.translation ? written_on(c.a.original, link.original, *lone->fig)
                                           : written_on(c.a.translation, link.translation, *lone->fig)))
                    continue;
                // A magnitude phrase of the other side (`h\u00e0ng tr\u0103m tri\u1ec7u`) is the lone
                // figure's counterpart when it covers the value; when it is the only one left and
                // does not, the translation changed the order of magnitude.
                auto& others = p.translation ? mo : mt;
                if (lone && !excluded(lone) && !is_label(*lone) && lone->fig->kind != figure_kind::percent && lone->fig->kind != figure_kind::rate) {
                    // An order of magnitude is held against the number written (`a thousand` is
                    // 1000, not [500, 1500)); a qualifier still bounds it.
                    auto const& lf = *lone->fig;
                    auto const bounds = lf.qual != qualifier::exact ? figure_bounds(lf, c.options)
                                        : lf.range_high ? interval{bound{lf.value, true}, bound{lf.range_high->value, true}}
                                                        : interval::point(lf.value);
                    auto const fits = std::find_if(others.begin(), others.end(), [&](magnitude const& m) { return !m.used && m.range.overlaps(bounds); });
                    if (fits != others.end()) {
                        fits->used = true;
                        c.mark(lone);
                        continue;
                    }
                    if (std::count_if(others.begin(), others.end(), [](magnitude const& m) { return !m.used; }) == 1) {
                        auto const m = std::find_if(others.begin(), others.end(), [](magnitude const& x) { return !x.used; });
                        m->used = true;
                        c.mark(lone);
                        if (p.translation) magnitude_finding(c, mention_of(*lone, c), mention_of(*m, c));
                        else magnitude_finding(c, mention_of(*m, c), mention_of(*lone, c));
                        continue;
                    }
                }
            }
            if (!p.translation) {
                // No translation at all: nothing to compare. A label (`GPT-4`) may be dropped or spelled out.
                if (excluded(o) || c.a.translation.empty() || is_label(*o)) continue;
                finding f;
                f.rule = "parity.missing";
                f.message = ticked(o->fig->text) + " has no counterpart in the translation";
                f.primary = c.where(*o);
                f.facts.push_back({"original", o->fig->text + " = " + described(*o, c)});
                c.report(std::move(f), o->para->source);
                continue;
            }
            if (!p.original) {
                if (excluded(t) || c.a.original.empty() || is_label(*t)) continue;
                finding f;
                f.rule = "parity.extra";
                f.message = ticked(t->fig->text) + " in the translation has no counterpart in the original";
                f.primary = c.where(*t);
                f.facts.push_back({"translation", t->fig->text + " = " + described(*t, c)});
                c.report(std::move(f), t->para->source);
                continue;
            }
            if (excluded(o) || excluded(t)) continue;
            c.mark(o);
            c.mark(t);
            bool const money = o->fig->kind == figure_kind::money || t->fig->kind == figure_kind::money;
            // An implied currency (VND read into a bare Vietnamese number) is weaker evidence than a
            // written one: it never makes a currency disagreement.
            bool const implied = o->fig->currency.source == currency_source::implied || t->fig->currency.source == currency_source::implied;
            if (money && !implied && !same_currency(*o->fig, *t->fig, c.options)) {
                auto const co = effective_currency(*o->fig, c.options), ct = effective_currency(*t->fig, c.options);
                pair_finding(c, "parity.currency",
                             ticked(t->fig->text) + " is in " + (ct.empty() ? "no currency" : ct) + " but the original " +
                                 ticked(o->fig->text) + " is in " + (co.empty() ? "no currency" : co),
                             *t, *o);
            }
            bool const words = weak_evidence(*o->fig) || weak_evidence(*t->fig);
            // Two bounds the same way (`over two miles`, `h\u01a1n 3 d\u1eb7m`) claim different limits
            // whenever the written numbers differ, though both open intervals run to infinity.
            // Only numbers read whole count: a multiplier the reader leaves out (`2 dozen`, `2 t\u00e1`)
            // and a difference within the rounding tolerance prove nothing.
            bool const same_bound = o->fig->qual == t->fig->qual && qualifier_group(o->fig->qual) != 0 && !multiplied(*o) &&
                                    !multiplied(*t) && beyond_tolerance(o->fig->value, t->fig->value, c.options.approx_tolerance);
            if (p.value == value_match::differ && !words &&
                (same_bound || !figure_bounds(*o->fig, c.options).overlaps(figure_bounds(*t->fig, c.options)))) {
                pair_finding(c, "parity.value",
                             ticked(t->fig->text) + " does not have the value of the original " + ticked(o->fig->text) + " (" +
                                 described(*t, c) + " against " + described(*o, c) + ")",
                             *t, *o);
            }
            if (p.qualifier_differs()) {
                pair_finding(c, "parity.qualifier",
                             ticked(t->fig->text) + " says " + std::string(qualifier_words(p.translation_qualifier)) +
                                 " where the original " + ticked(o->fig->text) + " says " + std::string(qualifier_words(p.original_qualifier)),
                             *t, *o);
            }
        }
    }
}

void check_summary(context& c) {
    std::vector<site const*> body;
    for (auto const& s : c.sites)
        if (s.part != part_id::summary && !excluded(&s) && s.para->role != paragraph_role::bullet) body.push_back(&s);
    for (auto const& s : c.sites) {
        if (s.part != part_id::summary || excluded(&s) || is_label(s) || spelled_count(*s.fig)) continue;
        auto const bounds = figure_bounds(*s.fig, c.options);
        std::vector<site const*> support;
        for (auto const* b : body) {
            if (b->fig->kind != s.fig->kind) continue;
            if (s.fig->kind == figure_kind::money && !same_currency(*s.fig, *b->fig, c.options)) continue;
            if (!bounds.overlaps(figure_bounds(*b->fig, c.options))) continue;
            support.push_back(b);
        }
        c.mark(&s);
        for (auto const* b : support) c.mark(b);
        finding f;
        f.rule = "summary.unsupported";
        f.primary = c.where(s);
        f.facts.push_back({"summary", s.fig->text + " = " + described(s, c) + " (" + std::string(qualifier_words(s.fig->qual)) + ")"});
        if (support.empty()) {
            f.message = ticked(s.fig->text) + " in the summary is not supported by any figure of the body";
            c.report(std::move(f), s.para->source);
            continue;
        }
        // The same comparison as a translation's: a bullet that drops the body's `d\u01b0\u1edbi` claims more.
        auto const same_claim = [&](site const* b) { return qualifier_group(b->fig->qual) == qualifier_group(s.fig->qual); };
        if (std::none_of(support.begin(), support.end(), same_claim)) {
            // The body figure the bullet restates: its value in its language, else its value, else the first.
            auto const score = [&](site const* b) { return (b->fig->value == s.fig->value ? 2 : 0) + (b->fig->lang == s.fig->lang ? 1 : 0); };
            site const* b = *std::max_element(support.begin(), support.end(),
                                              [&](site const* x, site const* y) { return score(x) < score(y); });
            finding q;
            q.rule = "summary.qualifier";
            q.primary = c.where(s);
            q.related.push_back(c.where(*b));
            q.message = ticked(s.fig->text) + " in the summary says " + std::string(qualifier_words(s.fig->qual)) + " where the body's " +
                        ticked(b->fig->text) + " says " + std::string(qualifier_words(b->fig->qual));
            q.facts.push_back(f.facts.front());
            q.facts.push_back({"body", b->fig->text + " = " + described(*b, c) + " (" + std::string(qualifier_words(b->fig->qual)) + ")"});
            c.report(std::move(q), s.para->source);
            continue;
        }
        if (!s.date || !s.date->resolved) continue;
        auto const agrees = [&](site const* b) {
            return !b->date || !b->date->resolved || overlaps(*s.date->resolved, *b->date->resolved);
        };
        if (std::any_of(support.begin(), support.end(), agrees)) continue;
        site const* b = support.front();
        f.message = ticked(s.fig->text) + " is dated " + period_label(*s.date) + " (" + ticked(s.date->text) +
                    ") in the summary but " + period_label(*b->date) + " (" + ticked(b->date->text) + relative_note(*b->date, c) +
                    ") in the body";
        f.related.push_back(c.where(*s.para, *s.date));
        for (auto const* x : support) {
            f.related.push_back(c.where(*x));
            f.related.push_back(c.where(*x->para, *x->date));
        }
        f.facts.push_back({"summary date", s.date->text + " = " + figura::to_string(*s.date->resolved)});
        for (auto const* x : support) f.facts.push_back({"body date", x->date->text + " = " + figura::to_string(*x->date->resolved)});
        c.report(std::move(f), s.para->source);
    }
}

void check_dates(context& c, alignment const& al) {
    struct mention_ref {
        paragraph const* para;
        date_mention const* m;
        bool used = false;
    };
    for (auto const& link : al.links) {
        std::vector<mention_ref> os, ts;
        for (auto i : link.original)
            for (auto const& m : c.original_dates[i].mentions)
                if (m.resolved) os.push_back({&c.a.original.paragraphs[i], &m});
        for (auto i : link.translation)
            for (auto const& m : c.translation_dates[i].mentions)
                if (m.resolved) ts.push_back({&c.a.translation.paragraphs[i], &m});
        // The same period on both sides restates itself; then the rest pair in order by granularity.
        for (auto& o : os)
            for (auto& t : ts)
                if (!t.used && same_period(*o.m->resolved, *t.m->resolved)) {
                    o.used = t.used = true;
                    break;
                }
        for (auto& o : os) {
            if (o.used) continue;
            for (auto& t : ts) {
                if (t.used || t.m->granularity != o.m->granularity) continue;
                o.used = t.used = true;
                bool const relative = o.m->relative || t.m->relative;
                finding f;
                // An absolute date the translation changed is a figure of another value (a year decides a
                // conversion's rate): parity.value, as a warning (a date's reading leans on more
                // conventions than a number's: day and month order, an implied year).
                f.rule = relative ? "date.relative" : "parity.value";
                f.message = ticked(t.m->text) + " names " + period_label(*t.m) + relative_note(*t.m, c) + " but the original " +
                            ticked(o.m->text) + " names " + period_label(*o.m) + relative_note(*o.m, c);
                f.primary = c.where(*t.para, *t.m);
                f.related.push_back(c.where(*o.para, *o.m));
                f.facts.push_back({"original", o.m->text + " = " + figura::to_string(*o.m->resolved)});
                f.facts.push_back({"translation", t.m->text + " = " + figura::to_string(*t.m->resolved)});
                if (relative && c.publication) f.facts.push_back({"publication date", figura::to_string(*c.publication)});
                c.report(std::move(f), t.para->source, relative ? std::nullopt : std::optional{severity::warning});
                break;
            }
        }
        // One absolute day or month left on each side, of different granularity (`March 11, 2011`
        // against `th\u00e1ng 11 n\u0103m 2011`): a restatement whose periods do not even overlap
        // moved the date. With more left over nothing says which restates which.
        auto const left = [](std::vector<mention_ref> const& v) {
            std::vector<mention_ref const*> out;
            for (auto const& x : v)
                if (!x.used && !x.m->relative && !x.m->relation.implied_year && x.m->part == date_part::whole &&
                    (x.m->granularity == date_granularity::day || x.m->granularity == date_granularity::month))
                    out.push_back(&x);
            return out;
        };
        auto const lo = left(os), lt = left(ts);
        if (lo.size() != 1 || lt.size() != 1 || lo[0]->m->granularity == lt[0]->m->granularity) continue;
        if (overlaps(*lo[0]->m->resolved, *lt[0]->m->resolved)) continue;
        auto const& o = *lo[0];
        auto const& t = *lt[0];
        finding f;
        f.rule = "parity.value";
        f.message = ticked(t.m->text) + " names " + period_label(*t.m) + " but the original " + ticked(o.m->text) + " names " + period_label(*o.m);
        f.primary = c.where(*t.para, *t.m);
        f.related.push_back(c.where(*o.para, *o.m));
        f.facts.push_back({"original", o.m->text + " = " + figura::to_string(*o.m->resolved)});
        f.facts.push_back({"translation", t.m->text + " = " + figura::to_string(*t.m->resolved)});
        c.report(std::move(f), t.para->source, severity::warning);
    }
}

void check_ages(context& c) {
    if (!c.publication) return;
    int const pub_year = static_cast<int>(c.publication->year());
    for (auto const& s : c.sites) {
        if (s.fig->kind != figure_kind::age || !s.fig->bounds.lower) continue;
        auto const& ds = c.dates(s.part)[s.paragraph].mentions;
        std::string_view const text = s.para->text;
        date_mention const* birth = nullptr;
        bool other_year = false;
        for (auto const& m : ds) {
            if (!m.resolved || m.granularity != date_granularity::year) continue;
            auto const rel = m.span.begin - s.para->span.begin;
            std::string_view const before = text.substr(rel >= 14 ? rel - 14 : 0, rel >= 14 ? 14 : rel);
            bool const is_birth = before.find("born") != std::string_view::npos || before.find("sinh") != std::string_view::npos;
            if (is_birth) birth = &m;
            else other_year = true;
        }
        // An age stated at another date (`in 2015, aged 35`) is not checked against the publication year.
        if (!birth || other_year) continue;
        int const born = static_cast<int>(birth->resolved->first.year());
        auto const age = s.fig->value;
        if (age == decimal(pub_year - born) || age == decimal(pub_year - born - 1)) continue;
        finding f;
        f.rule = "age.birth_year";
        f.message = "age " + ticked(s.fig->text) + " disagrees with birth year " + std::to_string(born) + ": in " +
                    std::to_string(pub_year) + " the age is " + std::to_string(pub_year - born - 1) + " or " +
                    std::to_string(pub_year - born);
        f.primary = c.where(s);
        f.related.push_back(c.where(*s.para, *birth));
        f.facts.push_back({"publication date", figura::to_string(*c.publication)});
        f.facts.push_back({"birth year", birth->text});
        c.report(std::move(f), s.para->source);
    }
}

}  // namespace figura::detail::check
