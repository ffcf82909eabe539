// Reading the bilingual news item: lines, roles, parts and their figures.

#include "article/structure.hpp"

#include <unicode/uchar.h>

#include <algorithm>
#include <array>
#include <cstring>

#include "unicode/text.hpp"

namespace figura {

paragraph const* article_part::find(paragraph_role role) const noexcept {
    for (auto const& p : paragraphs) {
        if (p.role == role) return &p;
    }
    return nullptr;
}

std::string_view to_string(paragraph_role r) noexcept {
    switch (r) {
        case paragraph_role::bullet: return "bullet";
        case paragraph_role::source_url: return "source_url";
        case paragraph_role::headline: return "headline";
        case paragraph_role::subheadline: return "subheadline";
        case paragraph_role::dateline: return "dateline";
        case paragraph_role::body: return "body";
    }
    return "unknown";
}

namespace detail {
namespace {

bool is_space_byte(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f'; }

// Trims ASCII spaces, NBSP (U+00A0) and a BOM (U+FEFF) at both ends: editors leave them around.
std::pair<std::size_t, std::size_t> trim(std::string_view s, std::size_t b, std::size_t e) {
    auto starts_with_at = [&](std::size_t at, std::string_view what) {
        return at + what.size() <= e && s.substr(at, what.size()) == what;
    };
    auto ends_with_at = [&](std::size_t at, std::string_view what) {
        return at >= b + what.size() && s.substr(at - what.size(), what.size()) == what;
    };
    for (;;) {
        if (b < e && is_space_byte(s[b])) ++b;
        else if (starts_with_at(b, "\xC2\xA0")) b += 2;
        else if (starts_with_at(b, "\xEF\xBB\xBF")) b += 3;
        else break;
    }
    for (;;) {
        if (e > b && is_space_byte(s[e - 1])) --e;
        else if (ends_with_at(e, "\xC2\xA0")) e -= 2;
        else if (ends_with_at(e, "\xEF\xBB\xBF")) e -= 3;
        else break;
    }
    return {b, e};
}

bool ascii_iequal_prefix(std::string_view s, std::string_view prefix) {
    if (s.size() < prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if (c != prefix[i]) return false;
    }
    return true;
}

bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// `word` at the start of `s` (case-insensitive), not followed by a letter.
bool starts_with_word(std::string_view s, std::string_view word) {
    return ascii_iequal_prefix(s, word) && (s.size() == word.size() || !is_ascii_alpha(s[word.size()]));
}

}  // namespace

result<std::vector<article_line>> split_article_lines(std::string_view text) {
    if (auto bad = find_invalid_utf8(text)) {
        auto const b = static_cast<unsigned char>(text[*bad]);
        static constexpr char hex[] = "0123456789ABCDEF";
        std::string byte = "0x";
        byte += hex[b >> 4];
        byte += hex[b & 0xF];
        return error{"F-UTF8-001", "invalid UTF-8: byte " + byte + " does not start a well-formed sequence",
                     line_index(text).span(*bad, *bad + 1)};
    }
    // Control bytes other than tab, line breaks and form feed mean binary data, not an article.
    for (std::size_t i = 0; i < text.size(); ++i) {
        auto const c = static_cast<unsigned char>(text[i]);
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F) {
            static constexpr char hex[] = "0123456789ABCDEF";
            std::string byte = "0x";
            byte += hex[c >> 4];
            byte += hex[c & 0xF];
            return error{"F-ARTICLE-002", "control byte " + byte + " in the text: binary data is not an article",
                         line_index(text).span(i, i + 1)};
        }
    }
    line_index const index(text);
    std::vector<article_line> lines;
    std::size_t start = 0;
    while (start <= text.size()) {
        // memchr must not see a null pointer, which an empty string_view may hold.
        auto const* nl = start < text.size()
                             ? static_cast<char const*>(std::memchr(text.data() + start, '\n', text.size() - start))
                             : nullptr;
        std::size_t const end = nl != nullptr ? static_cast<std::size_t>(nl - text.data()) : text.size();
        auto const [b, e] = trim(text, start, end);
        if (b < e) {
            article_line line;
            line.text = text.substr(b, e - b);
            line.span = index.span(b, e);
            line.lang = detect_language(line.text);
            lines.push_back(line);
        }
        if (nl == nullptr) break;
        start = end + 1;
    }
    return lines;
}

std::size_t bullet_marker_length(std::string_view line) {
    if (line.empty()) return 0;
    auto after_marker = [&](std::size_t at) -> std::size_t {
        std::size_t p = at;
        while (p < line.size()) {
            if (line[p] == ' ' || line[p] == '\t') ++p;
            else if (line.substr(p, 2) == "\xC2\xA0") p += 2;
            else break;
        }
        return p;
    };
    char const c = line[0];
    // ASCII markers need a space after them: "-5%" and "*Note" are text.
    if (c == '-' || c == '*' || c == '+') {
        if (line.size() > 1 && (line[1] == ' ' || line[1] == '\t')) return after_marker(1);
        return 0;
    }
    if (static_cast<unsigned char>(c) < 0x80) return 0;
    std::size_t len = 0;
    char32_t const cp = decode_code_point(line.data(), line.data() + line.size(), len);
    bool marker = false;
    bool needs_space = false;
    switch (cp) {
        case U'•': case U'◦': case U'▪': case U'▫': case U'‣': case U'⁃': case U'►': case U'▶':
        case U'➤': case U'➢': case U'→': case U'✓': case U'✔': case U'☑': case U'·':
            marker = true;
            break;
        case U'–': case U'—':  // dashes start quoted speech too; require a space after
            marker = true;
            needs_space = true;
            break;
        default:
            // Emoji and dingbats (📌, 🔹, ✅) are "other symbol" in Unicode.
            marker = u_charType(static_cast<UChar32>(cp)) == U_OTHER_SYMBOL;
    }
    if (!marker) return 0;
    std::size_t p = len;
    // Variation selectors, joiners and skin tones that complete an emoji belong to the marker.
    while (p < line.size()) {
        std::size_t l = 0;
        char32_t const next = decode_code_point(line.data() + p, line.data() + line.size(), l);
        if (next == 0xFE0F || next == 0xFE0E || next == 0x200D || (next >= 0x1F3FB && next <= 0x1F3FF) ||
            (next >= 0x1F000 && u_charType(static_cast<UChar32>(next)) == U_OTHER_SYMBOL)) {
            p += l;
        } else {
            break;
        }
    }
    std::size_t const q = after_marker(p);
    if (needs_space && q == p) return 0;
    if (q >= line.size()) return 0;  // a marker alone is no bullet
    return q;
}

std::string_view url_in_line(std::string_view line) {
    auto is_url = [](std::string_view s) {
        return (ascii_iequal_prefix(s, "https://") || ascii_iequal_prefix(s, "http://")) &&
               s.find_first_of(" \t") == std::string_view::npos && s.size() > 8;
    };
    if (is_url(line)) return line;
    // "Source: https://...", "Nguồn: https://..." (a label of at most three words).
    auto const colon = line.find(':');
    if (colon == std::string_view::npos || colon == 0) return {};
    std::string_view const label = line.substr(0, colon);
    if (std::count(label.begin(), label.end(), ' ') > 2 || label.find("//") != std::string_view::npos) return {};
    std::size_t p = colon + 1;
    while (p < line.size() && (line[p] == ' ' || line[p] == '\t')) ++p;
    std::string_view const rest = line.substr(p);
    return is_url(rest) ? rest : std::string_view{};
}

bool looks_like_dateline(std::string_view raw) {
    normalized_text const nfc(raw);
    std::string_view const line = nfc.text();
    if (count_code_points(line) > 100) return false;
    if (line.find('|') != std::string_view::npos) return true;
    bool const has_digit = std::any_of(line.begin(), line.end(), is_digit);
    if (!has_digit) return false;
    static constexpr std::array<std::string_view, 26> english = {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
        "dec", "updated", "published"};
    for (auto w : english) {
        if (starts_with_word(line, w)) return true;
    }
    static constexpr std::array<std::string_view, 7> weekdays = {"monday", "tuesday", "wednesday", "thursday",
                                                                 "friday", "saturday", "sunday"};
    for (auto w : weekdays) {
        if (starts_with_word(line, w)) return true;
    }
    // NFC literals: "Ngày", "Thứ", "Tháng", "Cập nhật" (and lower case).
    static constexpr std::array<std::string_view, 10> vietnamese = {
        "Ngày ", "ngày ", "Thứ ", "thứ ", "Tháng ", "tháng ", "Cập nhật", "cập nhật", "Chủ nhật", "chủ nhật"};
    for (auto w : vietnamese) {
        if (line.substr(0, w.size()) == w) return true;
    }
    // A numeric date first: 2025-01-29, 29/1/2025, 29.01.2025.
    std::size_t digits = 0;
    while (digits < line.size() && is_digit(line[digits])) ++digits;
    if (digits >= 1 && digits <= 4 && digits < line.size() &&
        (line[digits] == '-' || line[digits] == '/' || line[digits] == '.') && digits + 1 < line.size() &&
        is_digit(line[digits + 1])) {
        return true;
    }
    return false;
}

paragraph make_paragraph(article_line const& line, paragraph_role role, std::size_t source) {
    paragraph p;
    p.role = role;
    p.text = std::string(line.text);
    p.span = line.span;
    p.source = source;
    p.lang = line.lang;
    return p;
}

article_part make_part(std::vector<article_line> const& lines, std::size_t first, std::size_t last, std::size_t source) {
    article_part part;
    std::size_t vi = 0;
    std::size_t en = 0;
    for (std::size_t i = first; i < last; ++i) {
        paragraph_role role = paragraph_role::body;
        std::size_t const k = i - first;
        if (k == 0) {
            role = paragraph_role::headline;
        } else if (k == 1 && looks_like_dateline(lines[i].text)) {
            role = paragraph_role::dateline;
        } else if (k == 1 && i + 1 < last && looks_like_dateline(lines[i + 1].text) &&
                   count_code_points(lines[i].text) <= 300) {
            // Headline, standfirst, dateline (the Economist's layout).
            role = paragraph_role::subheadline;
        } else if (k == 2 && part.paragraphs.back().role == paragraph_role::subheadline) {
            role = paragraph_role::dateline;
        }
        part.paragraphs.push_back(make_paragraph(lines[i], role, source));
        if (lines[i].lang == language::vi) ++vi;
        if (lines[i].lang == language::en) ++en;
    }
    if (vi + en > 0) part.lang = vi > en ? language::vi : language::en;
    return part;
}

result<bool> attach_figures(article& a, std::size_t source, parse_options const& options) {
    auto figures = extract(a.sources[source].text, options);
    if (!figures) return figures.error();
    // Every paragraph of this source, by position.
    std::vector<paragraph*> lines;
    for (auto& p : a.summary) lines.push_back(&p);
    for (auto& p : a.translation.paragraphs) lines.push_back(&p);
    for (auto& p : a.original.paragraphs) lines.push_back(&p);
    if (a.source_url) lines.push_back(&*a.source_url);
    std::erase_if(lines, [&](paragraph const* p) { return p->source != source; });
    std::sort(lines.begin(), lines.end(), [](paragraph const* x, paragraph const* y) { return x->span.begin < y->span.begin; });
    // Where each figure of the run went: `equivalent_of` indexes the run and is rebased onto the
    // paragraph's own list (a conversion never spans two lines).
    std::vector<std::pair<paragraph*, std::size_t>> placed(figures->size(), {nullptr, 0});
    // Each paragraph's list is sized once before it is filled: grown figure by figure it moved every
    // figure (over a kilobyte each) several times in a paragraph of thousands (a pasted table).
    std::vector<paragraph*> owners(figures->size(), nullptr);
    std::vector<std::size_t> counts(lines.size(), 0);
    for (std::size_t i = 0; i < figures->size(); ++i) {
        auto& f = (*figures)[i];
        auto it = std::upper_bound(lines.begin(), lines.end(), f.span.begin,
                                   [](std::size_t at, paragraph const* p) { return at < p->span.begin; });
        // Figures start inside a line's trimmed text; one in a bullet's marker or a URL goes to that line too.
        if (it == lines.begin()) continue;  // before the first line: only blank text there, so none
        paragraph* owner = *(it - 1);
        if (owner->role == paragraph_role::source_url) continue;  // digits of a URL are not figures
        owners[i] = owner;
        ++counts[static_cast<std::size_t>(it - 1 - lines.begin())];
    }
    // The whole run in one paragraph that has none yet (a single-line text): it is that list.
    bool const one_owner = !figures->empty() && owners.front() != nullptr && owners.front()->figures.empty() &&
                           std::all_of(owners.begin(), owners.end(), [&](paragraph* p) { return p == owners.front(); });
    if (one_owner) {
        for (std::size_t i = 0; i < figures->size(); ++i) placed[i] = {owners.front(), i};
        owners.front()->figures = std::move(*figures);
    }
    for (std::size_t k = 0; k < lines.size() && !one_owner; ++k) lines[k]->figures.reserve(lines[k]->figures.size() + counts[k]);
    for (std::size_t i = 0; i < figures->size() && !one_owner; ++i) {
        paragraph* owner = owners[i];
        if (owner == nullptr) continue;
        placed[i] = {owner, owner->figures.size()};
        owner->figures.push_back(std::move((*figures)[i]));
    }
    for (auto const& [owner, local] : placed) {
        if (owner == nullptr) continue;
        auto& eq = owner->figures[local].equivalent_of;
        if (!eq) continue;
        if (*eq < placed.size() && placed[*eq].first == owner) eq = placed[*eq].second;
        else eq.reset();
    }
    return true;
}

}  // namespace detail

namespace {

using detail::article_line;

// Where the translation ends and the original starts: the split that disagrees least with the line
// languages (vi before, en after), each line weighted by its length since a long line's language is
// surer than a short quote's. Ties go to a split at a line of the second language, then the earliest.
struct split_choice {
    std::size_t at = 0;
    std::size_t cost = 0;
};

split_choice best_split(std::vector<article_line> const& lines, std::size_t first, std::size_t last, language before,
                        language after) {
    std::size_t cost = 0;
    auto weight = [&](std::size_t i) { return detail::count_code_points(lines[i].text); };
    for (std::size_t i = first; i < last; ++i) cost += lines[i].lang == before ? weight(i) : 0;  // split at `first`
    split_choice best{first, cost};
    bool best_at_switch = first < last && lines[first].lang == after;
    for (std::size_t k = first + 1; k <= last; ++k) {
        // moving line k-1 to the "before" side
        if (lines[k - 1].lang == after) cost += weight(k - 1);
        if (lines[k - 1].lang == before) cost -= weight(k - 1);
        bool const at_switch = k < last && lines[k].lang == after;
        if (cost < best.cost || (cost == best.cost && at_switch && !best_at_switch)) {
            best = {k, cost};
            best_at_switch = at_switch;
        }
    }
    return best;
}

}  // namespace

namespace {

// An article with both an original and its translation is read for parity: translators write
// `seven` as `7` and `ba` as `three`, so small spelled-out numbers are kept as counts
// (parse_options::spelled_counts) on both sides, or every such number would look dropped or added.
parse_options parity_options(article const& a, parse_options const& options) {
    parse_options o = options;
    if (!a.original.paragraphs.empty() && !a.translation.paragraphs.empty()) o.spelled_counts = true;
    return o;
}

}  // namespace

result<article> read_article(std::string_view text, std::string_view path, parse_options const& options) {
    auto split = detail::split_article_lines(text);
    if (!split) return split.error();
    auto const& lines = *split;
    if (lines.empty()) return error{"F-ARTICLE-001", "empty article: no text but blank lines", {}};

    article a;
    a.path = std::string(path);
    a.sources.push_back({std::string(path), std::string(text)});

    std::size_t i = 0;
    // Header: bullets, and the source URL among or right after them.
    for (; i < lines.size(); ++i) {
        if (!a.source_url) {
            if (auto url = detail::url_in_line(lines[i].text); !url.empty()) {
                auto const offset = static_cast<std::size_t>(url.data() - lines[i].text.data());
                article_line u = lines[i];
                u.text = url;
                u.span.begin += offset;
                u.span.column += detail::count_code_points(lines[i].text.substr(0, offset));
                a.source_url = detail::make_paragraph(u, paragraph_role::source_url, 0);
                continue;
            }
        }
        std::size_t const marker = detail::bullet_marker_length(lines[i].text);
        if (marker == 0) break;
        article_line b = lines[i];
        b.text = lines[i].text.substr(marker);
        b.span.begin += marker;
        b.span.column += detail::count_code_points(lines[i].text.substr(0, marker));
        b.lang = detect_language(b.text);
        auto p = detail::make_paragraph(b, paragraph_role::bullet, 0);
        p.marker = std::string(lines[i].text.substr(0, marker));
        while (!p.marker.empty() && (p.marker.back() == ' ' || p.marker.back() == '\t')) p.marker.pop_back();
        if (p.marker.size() >= 2 && p.marker.substr(p.marker.size() - 2) == "\xC2\xA0") p.marker.resize(p.marker.size() - 2);
        a.summary.push_back(std::move(p));
    }
    std::size_t last = lines.size();
    // A source URL may also close the file.
    if (!a.source_url && last > i) {
        if (auto url = detail::url_in_line(lines[last - 1].text); !url.empty()) {
            auto const offset = static_cast<std::size_t>(url.data() - lines[last - 1].text.data());
            article_line u = lines[last - 1];
            u.text = url;
            u.span.begin += offset;
            u.span.column += detail::count_code_points(lines[last - 1].text.substr(0, offset));
            a.source_url = detail::make_paragraph(u, paragraph_role::source_url, 0);
            --last;
        }
    }

    // Translation (vi) then original (en); the reverse order only when it fits strictly better.
    auto const vi_en = best_split(lines, i, last, language::vi, language::en);
    auto const en_vi = best_split(lines, i, last, language::en, language::vi);
    if (en_vi.cost < vi_en.cost) {
        a.original = detail::make_part(lines, i, en_vi.at, 0);
        a.translation = detail::make_part(lines, en_vi.at, last, 0);
    } else {
        a.translation = detail::make_part(lines, i, vi_en.at, 0);
        a.original = detail::make_part(lines, vi_en.at, last, 0);
    }
    if (auto ok = detail::attach_figures(a, 0, parity_options(a, options)); !ok) return ok.error();
    return a;
}

namespace {

// Reads one separately given text into `a`: a part, or the summary when `part` is null.
result<bool> read_input(article& a, article_input const& input, article_part* part) {
    auto split = detail::split_article_lines(input.text);
    if (!split) return split.error();
    auto const& lines = *split;
    if (lines.empty()) return true;
    std::size_t const source = a.sources.size();
    a.sources.push_back({input.path, std::string(input.text)});
    std::size_t i = 0;
    if (part == nullptr) {
        for (auto const& line : lines) {
            if (auto url = detail::url_in_line(line.text); !url.empty() && !a.source_url) {
                auto const offset = static_cast<std::size_t>(url.data() - line.text.data());
                article_line u = line;
                u.text = url;
                u.span.begin += offset;
                u.span.column += detail::count_code_points(line.text.substr(0, offset));
                a.source_url = detail::make_paragraph(u, paragraph_role::source_url, source);
                continue;
            }
            std::size_t const marker = detail::bullet_marker_length(line.text);
            article_line b = line;
            b.text = line.text.substr(marker);
            b.span.begin += marker;
            b.span.column += detail::count_code_points(line.text.substr(0, marker));
            b.lang = detect_language(b.text);
            auto p = detail::make_paragraph(b, paragraph_role::bullet, source);
            std::string_view m = line.text.substr(0, marker);
            while (!m.empty() && (m.back() == ' ' || m.back() == '\t')) m.remove_suffix(1);
            p.marker = std::string(m);
            a.summary.push_back(std::move(p));
        }
        return true;
    }
    // A URL line may head a part file.
    if (auto url = detail::url_in_line(lines[0].text); !url.empty()) {
        if (!a.source_url) {
            auto const offset = static_cast<std::size_t>(url.data() - lines[0].text.data());
            article_line u = lines[0];
            u.text = url;
            u.span.begin += offset;
            u.span.column += detail::count_code_points(lines[0].text.substr(0, offset));
            a.source_url = detail::make_paragraph(u, paragraph_role::source_url, source);
        }
        i = 1;
    }
    *part = detail::make_part(lines, i, lines.size(), source);
    return true;
}

}  // namespace

result<article> read_article_parts(article_input const& original, article_input const& translation,
                                   article_input const& summary, parse_options const& options) {
    article a;
    a.path = !original.path.empty() ? original.path : !translation.path.empty() ? translation.path : summary.path;
    // Errors name the file they come from in their message; the span is into that file.
    auto named = [](error e, std::string const& path) {
        if (!path.empty()) e.message = path + ": " + e.message;
        return e;
    };
    if (auto r = read_input(a, original, &a.original); !r) return named(r.error(), original.path);
    if (auto r = read_input(a, translation, &a.translation); !r) return named(r.error(), translation.path);
    std::size_t const summary_source = a.sources.size();  // the summary's source, when it has one
    if (auto r = read_input(a, summary, nullptr); !r) return named(r.error(), summary.path);
    if (a.sources.empty()) {
        return error{"F-ARTICLE-001", "empty article: the original, translation and summary are all blank or missing", {}};
    }
    // The summary keeps the caller's reading: only a translation is compared word for digit.
    for (std::size_t s = 0; s < a.sources.size(); ++s) {
        parse_options const o = s == summary_source ? options : parity_options(a, options);
        if (auto ok = detail::attach_figures(a, s, o); !ok) return named(ok.error(), a.sources[s].name);
    }
    return a;
}

}  // namespace figura
