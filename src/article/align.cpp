// Translation alignment: a monotone paragraph alignment (dynamic programming over both paragraph
// sequences, scored by shared figure values and length ratio), then figure pairing inside each link
// by value, kind and currency.

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <functional>
#include <limits>
#include <map>

#include "figura/article.hpp"
#include "unicode/text.hpp"

namespace figura {

std::string_view to_string(value_match m) noexcept {
    switch (m) {
        case value_match::equal: return "equal";
        case value_match::overlap: return "overlap";
        case value_match::alternative: return "alternative";
        case value_match::differ: return "differ";
    }
    return "unknown";
}

namespace {

// ----------------------------------------------------------------------------------------------------
// Figure pairing.

// Money and plain counts compare with each other (a currency dropped in translation is still the
// same number); the other kinds only with their own.
int kind_class(figure_kind k) {
    switch (k) {
        case figure_kind::money:
        case figure_kind::count: return 0;
        case figure_kind::percent: return 1;
        case figure_kind::year: return 2;
        case figure_kind::age: return 3;
        case figure_kind::rate: return 4;
    }
    return 5;
}

bool same_currency(currency_ref const& a, currency_ref const& b) {
    if (a.code == b.code) return true;
    if (a.code.empty() || b.code.empty()) return false;
    auto has = [](std::vector<std::string> const& v, std::string const& c) { return std::find(v.begin(), v.end(), c) != v.end(); };
    if (has(a.alternatives, b.code) || has(b.alternatives, a.code)) return true;
    return std::any_of(a.alternatives.begin(), a.alternatives.end(), [&](std::string const& c) { return has(b.alternatives, c); });
}

// The values a written number stands for from its precision; a point when the parser left it open.
interval precision_of(figure_value const& v) {
    if (!v.bounds.lower || !v.bounds.upper) return interval::point(v.value);
    return v.bounds;
}

// The whole stretch a figure's written numbers cover (a range's low end to its high end).
interval extent(figure const& f) {
    interval low = precision_of(f.written);
    if (!f.range_high) return low;
    interval high = precision_of(*f.range_high);
    return {low.lower, high.upper};
}

bool equal_values(figure const& a, figure const& b) {
    if (a.value != b.value) return false;
    if (a.range_high.has_value() != b.range_high.has_value()) return false;
    return !a.range_high || a.range_high->value == b.range_high->value;
}

std::optional<value_match> compare_values(figure const& a, figure const& b) {
    if (equal_values(a, b)) return value_match::equal;
    if (!a.range_high && !b.range_high) {
        if ((a.alternative_value && *a.alternative_value == b.value) ||
            (b.alternative_value && *b.alternative_value == a.value)) {
            return value_match::alternative;
        }
    }
    if (extent(a).overlaps(extent(b))) return value_match::overlap;
    return std::nullopt;
}

int value_rank(value_match m) {
    switch (m) {
        case value_match::equal: return 3;
        case value_match::alternative: return 2;
        case value_match::overlap: return 1;
        case value_match::differ: return 0;
    }
    return 0;
}

struct candidate {
    std::size_t i = 0;
    std::size_t j = 0;
    int rank = 0;                 // higher first
    std::int64_t distance = 0;    // relative position apart, lower first
    value_match match = value_match::differ;
};

// Lists with more candidate pairs than this (about 500 figures a side) are paired within a band.
constexpr std::size_t exhaustive_pairs = 250'000;
// How far from i's place on the other side (i*m/n) a candidate may be, in figures, past that size.
constexpr std::size_t pairing_band = 8;

std::vector<figure_pair> pair_lists(std::vector<figure const*> const& a, std::vector<figure const*> const& b) {
    std::size_t const n = a.size();
    std::size_t const m = b.size();
    auto distance = [&](std::size_t i, std::size_t j) {
        // |i/n - j/m| scaled by n*m, in integers.
        auto const x = static_cast<std::int64_t>(i * m) - static_cast<std::int64_t>(j * n);
        return x < 0 ? -x : x;
    };
    std::vector<candidate> candidates;
    auto consider = [&](std::size_t i, std::size_t j) {
        figure const& x = *a[i];
        figure const& y = *b[j];
        bool const kinds = x.kind == y.kind;
        if (kind_class(x.kind) != kind_class(y.kind) && !(equal_values(x, y))) return;
        auto const match = compare_values(x, y);
        if (!match) return;
        bool const currency = same_currency(x.currency, y.currency);
        // Same kind and currency first, then the value's closeness, then kind alone.
        int const rank = (kinds && currency ? 100 : 0) + (kind_class(x.kind) == kind_class(y.kind) ? 20 : 0) +
                         value_rank(*match) * 2 + (kinds ? 1 : 0);
        candidates.push_back({i, j, rank, distance(i, j), *match});
    };
    if (n * m <= exhaustive_pairs) {
        for (std::size_t i = 0; i < n; ++i)
            for (std::size_t j = 0; j < m; ++j) consider(i, j);
    } else {
        // Hundreds of figures a side (a pasted table): only the figures near i's place on the other
        // side are candidates. The pairing prefers near pairs anyway; this keeps it linear.
        for (std::size_t i = 0; i < n; ++i) {
            std::size_t const centre = (i * m + n / 2) / n;
            std::size_t const from = centre > pairing_band ? centre - pairing_band : 0;
            std::size_t const to = std::min(m, centre + pairing_band + 1);
            for (std::size_t j = from; j < to; ++j) consider(i, j);
        }
    }
    std::stable_sort(candidates.begin(), candidates.end(), [](candidate const& x, candidate const& y) {
        if (x.rank != y.rank) return x.rank > y.rank;
        return x.distance < y.distance;
    });
    std::vector<std::optional<std::size_t>> partner_of_a(n);
    std::vector<std::optional<std::size_t>> partner_of_b(m);
    std::vector<value_match> match_of_a(n, value_match::differ);
    for (auto const& c : candidates) {
        if (partner_of_a[c.i] || partner_of_b[c.j]) continue;
        partner_of_a[c.i] = c.j;
        partner_of_b[c.j] = c.i;
        match_of_a[c.i] = c.match;
    }
    // Left over on both sides with the same kind and currency, as many on each side: the translation
    // changed the value (parity.value). Paired in order; with unequal counts nothing is guessed.
    // For the i-th unpaired figure, `left_a` is every unpaired figure from i on with its kind and
    // currency code, and `left_b` every unpaired one of the translation with its kind and currency.
    // Both are kept per group as i advances instead of rescanning the lists for every i, which was
    // quadratic in a long list.
    {
        struct group_key {
            figure_kind kind;
            std::string const* code;
            bool operator<(group_key const& o) const { return kind != o.kind ? kind < o.kind : *code < *o.code; }
        };
        std::map<group_key, std::vector<std::size_t>> groups;  // unpaired figures of `a` by kind and code
        for (std::size_t i = 0; i < n; ++i)
            if (!partner_of_a[i]) groups[{a[i]->kind, &a[i]->currency.code}].push_back(i);
        std::map<group_key, std::size_t> passed;  // members of each group before i
        // left_b depends on a[i]'s kind and currency (code and alternatives); kept until a pairing
        // changes which translation figures are left.
        std::size_t pairings = 0;
        struct cached_b {
            std::size_t pairings = SIZE_MAX;
            std::vector<std::size_t> list;
        };
        std::map<std::pair<figure_kind, currency_ref const*>, cached_b> left_b_cache;
        auto left_b_of = [&](figure const& x) -> std::vector<std::size_t> const& {
            // Figures with an equal currency reference share an entry: look for one first.
            currency_ref const* key = &x.currency;
            for (auto const& [k, v] : left_b_cache) {
                if (k.first == x.kind && k.second->code == x.currency.code && k.second->alternatives == x.currency.alternatives) {
                    key = k.second;
                    break;
                }
            }
            auto& entry = left_b_cache[{x.kind, key}];
            if (entry.pairings != pairings) {
                entry.list.clear();
                for (std::size_t j = 0; j < m; ++j)
                    if (!partner_of_b[j] && b[j]->kind == x.kind && same_currency(b[j]->currency, x.currency)) entry.list.push_back(j);
                entry.pairings = pairings;
            }
            return entry.list;
        };
        for (std::size_t i = 0; i < n; ++i) {
            if (partner_of_a[i]) continue;
            group_key const key{a[i]->kind, &a[i]->currency.code};
            auto const& members = groups[key];
            std::size_t& before = passed[key];
            std::size_t const left_a_size = members.size() - before;  // members from i on (all unpaired)
            ++before;
            auto const& left_b = left_b_of(*a[i]);
            if (left_a_size != left_b.size()) continue;
            std::vector<std::size_t> const pair_b = left_b;  // the cache changes below
            for (std::size_t k = 0; k < pair_b.size(); ++k) {
                std::size_t const ai = members[before - 1 + k];
                partner_of_a[ai] = pair_b[k];
                partner_of_b[pair_b[k]] = ai;
                match_of_a[ai] = value_match::differ;
            }
            ++pairings;
        }
    }
    std::vector<figure_pair> out;
    out.reserve(n + m);
    for (std::size_t i = 0; i < n; ++i) {
        figure_pair p;
        p.original = figure_ref{0, i};
        p.original_qualifier = a[i]->qual;
        if (auto j = partner_of_a[i]) {
            p.translation = figure_ref{0, *j};
            p.translation_qualifier = b[*j]->qual;
            p.value = match_of_a[i];
            p.same_kind = a[i]->kind == b[*j]->kind;
            p.same_currency = same_currency(a[i]->currency, b[*j]->currency);
        }
        out.push_back(p);
    }
    for (std::size_t j = 0; j < m; ++j) {
        if (partner_of_b[j]) continue;
        figure_pair p;
        p.translation = figure_ref{0, j};
        p.translation_qualifier = b[j]->qual;
        out.push_back(p);
    }
    return out;
}

// ----------------------------------------------------------------------------------------------------
// Paragraph alignment.

// What the DP needs of a paragraph, computed once: length and the figures' value keys.
struct unit {
    double length = 0;                // code points
    std::vector<std::uint64_t> keys;  // (kind class, normalised value) hashed, sorted
    paragraph_role role = paragraph_role::body;
};

std::vector<unit> units_of(article_part const& part) {
    std::vector<unit> out;
    out.reserve(part.paragraphs.size());
    for (auto const& p : part.paragraphs) {
        unit u;
        u.length = static_cast<double>(detail::count_code_points(p.text));
        u.role = p.role;
        for (auto const& f : p.figures) {
            std::string key = std::to_string(kind_class(f.kind));
            key += ':';
            key += f.value.normalized().to_string();
            if (f.range_high) {
                key += '-';
                key += f.range_high->value.normalized().to_string();
            }
            u.keys.push_back(std::hash<std::string>{}(key));
        }
        std::sort(u.keys.begin(), u.keys.end());
        out.push_back(std::move(u));
    }
    return out;
}

std::size_t shared_keys(std::vector<std::uint64_t> const& a, std::vector<std::uint64_t> const& b) {
    std::size_t i = 0;
    std::size_t j = 0;
    std::size_t n = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i] < b[j]) ++i;
        else if (b[j] < a[i]) ++j;
        else { ++n; ++i; ++j; }
    }
    return n;
}

std::vector<std::uint64_t> merged(std::vector<std::uint64_t> const& a, std::vector<std::uint64_t> const& b) {
    std::vector<std::uint64_t> out;
    out.reserve(a.size() + b.size());
    std::merge(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out));
    return out;
}

// Scores are alignment weights, never money (figures are compared by exact keys above), so they are
// plain doubles. Shared figure values dominate; length ratio (against the article's own ratio) breaks ties
// among figure-less paragraphs; a skipped paragraph costs more than an imperfect pair.
constexpr double figure_match = 3.0;
constexpr double figure_unmatched = 1.0;
constexpr double pair_bonus = 1.0;
constexpr double length_weight = 2.0;
constexpr double skip_cost = 1.5;
constexpr double skip_figure_cost = 0.5;
constexpr double merge_cost = 1.5;
constexpr double role_bonus = 4.0;

double block_score(std::vector<std::uint64_t> const& ka, double la, std::vector<std::uint64_t> const& kb, double lb,
                   double ratio) {
    std::size_t const shared = shared_keys(ka, kb);
    double s = pair_bonus + figure_match * static_cast<double>(shared) -
               figure_unmatched * static_cast<double>(ka.size() + kb.size() - 2 * shared);
    double const dev = std::fabs(std::log((lb + 10.0) / (ratio * la + 10.0)));
    s -= length_weight * std::min(dev, 3.0);
    return s;
}

bool is_heading(paragraph_role r) { return r == paragraph_role::headline || r == paragraph_role::subheadline || r == paragraph_role::dateline; }

double role_score(paragraph_role a, paragraph_role b) {
    if (a == b && is_heading(a)) return role_bonus;
    if (a == paragraph_role::headline || b == paragraph_role::headline) return -role_bonus;  // headlines pair only with headlines
    return 0.0;
}

enum move : std::uint8_t { none, one_one, one_zero, zero_one, two_one, one_two };

std::vector<std::pair<std::vector<std::size_t>, std::vector<std::size_t>>> align_units(std::vector<unit> const& a,
                                                                                        std::vector<unit> const& b) {
    std::size_t const n = a.size();
    std::size_t const m = b.size();
    double total_a = 0;
    double total_b = 0;
    for (auto const& u : a) total_a += u.length;
    for (auto const& u : b) total_b += u.length;
    double const ratio = total_a > 0 && total_b > 0 ? total_b / total_a : 1.0;

    // A band around the diagonal keeps time and memory linear for very long inputs; short articles
    // (the usual case) get the full table.
    std::size_t const diff = n > m ? n - m : m - n;
    std::size_t width = std::max<std::size_t>(200, diff + 100);
    width = std::min(width, std::max<std::size_t>(diff + 20, 4'000'000 / (n + 1) / 2 + 1));
    auto lo = [&](std::size_t i) -> std::size_t {
        std::size_t const c = n == 0 ? 0 : i * m / n;
        return c > width ? c - width : 0;
    };
    auto hi = [&](std::size_t i) -> std::size_t {
        std::size_t const c = n == 0 ? m : i * m / n;
        return std::min(m, c + width);
    };
    std::vector<std::size_t> row_start(n + 2, 0);
    for (std::size_t i = 0; i <= n; ++i) row_start[i + 1] = row_start[i] + (hi(i) - lo(i) + 1);
    double const minus_inf = -std::numeric_limits<double>::infinity();
    std::vector<double> score(row_start[n + 1], minus_inf);
    std::vector<std::uint8_t> back(row_start[n + 1], move::none);
    auto cell = [&](std::size_t i, std::size_t j) -> std::optional<std::size_t> {
        if (j < lo(i) || j > hi(i)) return std::nullopt;
        return row_start[i] + (j - lo(i));
    };
    auto get = [&](std::size_t i, std::size_t j) {
        auto c = cell(i, j);
        return c ? score[*c] : minus_inf;
    };
    auto skip = [&](unit const& u) { return -skip_cost - skip_figure_cost * static_cast<double>(u.keys.size()); };
    // The keys of two neighbouring paragraphs read as one, once per pair rather than once per cell
    // of the table (entry k joins paragraphs k - 1 and k).
    auto joined = [](std::vector<unit> const& u) {
        std::vector<std::vector<std::uint64_t>> out(u.size());
        for (std::size_t k = 1; k < u.size(); ++k)
            if (u[k - 1].role == paragraph_role::body && u[k].role == paragraph_role::body) out[k] = merged(u[k - 1].keys, u[k].keys);
        return out;
    };
    auto const a_joined = joined(a);
    auto const b_joined = joined(b);

    score[*cell(0, 0)] = 0;
    for (std::size_t i = 0; i <= n; ++i) {
        for (std::size_t j = lo(i); j <= hi(i); ++j) {
            if (i == 0 && j == 0) continue;
            double best = minus_inf;
            move how = move::none;
            auto consider = [&](double prev, double add, move mv) {
                if (prev == minus_inf) return;
                if (prev + add > best) {
                    best = prev + add;
                    how = mv;
                }
            };
            if (i >= 1 && j >= 1) {
                auto const& x = a[i - 1];
                auto const& y = b[j - 1];
                consider(get(i - 1, j - 1), block_score(x.keys, x.length, y.keys, y.length, ratio) + role_score(x.role, y.role),
                         move::one_one);
            }
            if (i >= 1) consider(get(i - 1, j), skip(a[i - 1]), move::one_zero);
            if (j >= 1) consider(get(i, j - 1), skip(b[j - 1]), move::zero_one);
            // Merges join body paragraphs only.
            if (i >= 2 && j >= 1 && a[i - 2].role == paragraph_role::body && a[i - 1].role == paragraph_role::body &&
                b[j - 1].role == paragraph_role::body) {
                consider(get(i - 2, j - 1),
                         block_score(a_joined[i - 1], a[i - 2].length + a[i - 1].length, b[j - 1].keys,
                                     b[j - 1].length, ratio) - merge_cost,
                         move::two_one);
            }
            if (i >= 1 && j >= 2 && a[i - 1].role == paragraph_role::body && b[j - 2].role == paragraph_role::body &&
                b[j - 1].role == paragraph_role::body) {
                consider(get(i - 1, j - 2),
                         block_score(a[i - 1].keys, a[i - 1].length, b_joined[j - 1],
                                     b[j - 2].length + b[j - 1].length, ratio) - merge_cost,
                         move::one_two);
            }
            auto const c = *cell(i, j);
            score[c] = best;
            back[c] = how;
        }
    }

    std::vector<std::pair<std::vector<std::size_t>, std::vector<std::size_t>>> links;
    std::size_t i = n;
    std::size_t j = m;
    // The corner is always inside the band (width >= |n - m|), so a path exists.
    while (i > 0 || j > 0) {
        auto const c = cell(i, j);
        move const how = c ? static_cast<move>(back[*c]) : move::none;
        std::pair<std::vector<std::size_t>, std::vector<std::size_t>> link;
        switch (how) {
            case move::one_one: link = {{i - 1}, {j - 1}}; --i; --j; break;
            case move::one_zero: link = {{i - 1}, {}}; --i; break;
            case move::zero_one: link = {{}, {j - 1}}; --j; break;
            case move::two_one: link = {{i - 2, i - 1}, {j - 1}}; i -= 2; --j; break;
            case move::one_two: link = {{i - 1}, {j - 2, j - 1}}; --i; j -= 2; break;
            case move::none:
                // Unreachable cell (outside the band): fall back to skipping, never loop.
                if (i > 0) { link = {{i - 1}, {}}; --i; }
                else { link = {{}, {j - 1}}; --j; }
                break;
        }
        links.push_back(std::move(link));
    }
    std::reverse(links.begin(), links.end());
    return links;
}

}  // namespace

std::vector<figure_pair> pair_figures(std::vector<figure> const& original, std::vector<figure> const& translation) {
    std::vector<figure const*> a;
    std::vector<figure const*> b;
    for (auto const& f : original) a.push_back(&f);
    for (auto const& f : translation) b.push_back(&f);
    return pair_lists(a, b);
}

alignment align(article const& art) {
    alignment out;
    auto const ua = units_of(art.original);
    auto const ub = units_of(art.translation);
    for (auto& [oa, tb] : align_units(ua, ub)) {
        paragraph_link link;
        link.original = std::move(oa);
        link.translation = std::move(tb);
        // The linked paragraphs' figures as one list per side, remembering where each came from.
        std::vector<figure const*> fa;
        std::vector<figure_ref> ra;
        std::vector<figure const*> fb;
        std::vector<figure_ref> rb;
        for (auto p : link.original) {
            auto const& figs = art.original.paragraphs[p].figures;
            for (std::size_t k = 0; k < figs.size(); ++k) {
                fa.push_back(&figs[k]);
                ra.push_back({p, k});
            }
        }
        for (auto p : link.translation) {
            auto const& figs = art.translation.paragraphs[p].figures;
            for (std::size_t k = 0; k < figs.size(); ++k) {
                fb.push_back(&figs[k]);
                rb.push_back({p, k});
            }
        }
        link.figures = pair_lists(fa, fb);
        for (auto& pr : link.figures) {
            if (pr.original) pr.original = ra[pr.original->figure];
            if (pr.translation) pr.translation = rb[pr.translation->figure];
        }
        out.links.push_back(std::move(link));
    }
    return out;
}

}  // namespace figura
