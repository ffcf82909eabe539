#pragma once
// Rules shared by the English and Vietnamese grammars: spaces, word boundaries, numerals, and the
// generic shape of an amount, a range and a rate, assembled from each language's symbol tables.

#include <array>
#include <string>
#include <string_view>
#include <initializer_list>
#include <mutex>
#include <type_traits>

#include "parse/config.hpp"
#include "parse/numbers.hpp"
#include "unicode/text.hpp"

namespace figura::detail::grammar {

// ---------------------------------------------------------------------------------------------
// Primitive parsers.

/// Succeeds, consuming nothing, when the next code point is not a letter, digit or mark: the end of
/// a word. Keeps `5m` from matching inside `5mm` and `ten` inside `tenth`.
struct word_end_parser : x3::parser<word_end_parser> {
    using attribute_type = x3::unused_type;
    static bool const has_attribute = false;

    template <class Iterator, class Context, class RContext, class Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const&, RContext&, Attribute&) const {
        if (first == last) return true;
        auto const c = static_cast<unsigned char>(*first);
        if (c < 0x80) return !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_');
        std::size_t length = 0;
        return !is_word_code_point(decode_code_point(first, last, length));
    }
};
inline word_end_parser const word_end{};

/// One letter of a unit name after '/', in any script ("kg", "tấn", "tháng").
struct unit_letter_parser : x3::parser<unit_letter_parser> {
    using attribute_type = x3::unused_type;
    static bool const has_attribute = false;

    template <class Iterator, class Context, class RContext, class Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const&, RContext&, Attribute&) const {
        if (first == last) return false;
        auto const c = static_cast<unsigned char>(*first);
        if (c < 0x80) {
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                ++first;
                return true;
            }
            return false;
        }
        std::size_t length = 0;
        if (!is_word_code_point(decode_code_point(first, last, length))) return false;
        first += static_cast<std::ptrdiff_t>(length);
        return true;
    }
};
inline unit_letter_parser const unit_letter{};

/// Horizontal space inside an expression: space, tab, NBSP, narrow NBSP, thin space.
inline auto const space_char = x3::lit(' ') | x3::lit('\t') | x3::lit("\xC2\xA0") | x3::lit("\xE2\x80\xAF") |
                               x3::lit("\xE2\x80\x89");
inline auto const sp = x3::omit[+space_char];
inline auto const osp = x3::omit[*space_char];

/// Hyphen, en dash, em dash (ranges: `5-6`, `5–6`).
inline auto const dash = x3::lit('-') | x3::lit("\xE2\x80\x93") | x3::lit("\xE2\x80\x94");

/// Digits with ',' and '.' between digit runs; which convention applies is decided by read_numeral.
inline auto const numeral_shape = x3::raw[+x3::ascii::digit >> *((x3::lit(',') | x3::lit('.')) >> +x3::ascii::digit)];

/// Reads an amount once per start: the expression tries a rate, a range and a lone amount at the
/// same start (and a range's alternatives re-read its first amount), so without this X3 reads the
/// same amount up to three times. Sound because an amount's reading depends only on where it
/// starts: its actions read nothing from the builder but the language, fixed for one parse.
template <class Subject>
struct memo_parser : x3::unary_parser<Subject, memo_parser<Subject>> {
    using base_type = x3::unary_parser<Subject, memo_parser<Subject>>;
    using attribute_type = x3::unused_type;
    static bool const has_attribute = false;

    constexpr explicit memo_parser(Subject const& inner) : base_type(inner) {}

    template <class Iterator, class Context, class RContext, class Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const& ctx, RContext& rctx, Attribute&) const {
        expression_builder& b = x3::get<builder_tag>(ctx);
        for (auto const& m : b.memo) {
            if (m.begin != nullptr && m.begin == first) {
                if (!m.ok) return false;
                b.current = m.parts;
                first = m.end;
                return true;
            }
        }
        Iterator const start = first;
        bool const ok = this->subject.parse(first, last, ctx, rctx, x3::unused);
        amount_memo& slot = b.memo[b.memo_next];
        b.memo_next = static_cast<std::uint8_t>(b.memo_next ^ 1U);
        slot.begin = start;
        slot.ok = ok;
        if (ok) {
            slot.end = first;
            slot.parts = b.current;
        } else {
            first = start;
        }
        return ok;
    }
};

template <class Subject>
constexpr memo_parser<Subject> memo(Subject const& subject) {
    return memo_parser<Subject>(subject);
}

/// The bytes an expression can start with: digits and the first bytes of the words and symbols
/// that may open one. Candidate starts whose first byte is not among them fail without running
/// the grammar, which is most of the starts the extractor tries.
struct first_byte_set {
    std::array<bool, 256> allowed{};

    void add(std::string_view s) noexcept {
        if (!s.empty()) allowed[static_cast<unsigned char>(s.front())] = true;
    }
    template <class T>
    void add_keys(x3::symbols<T> const& table) {
        table.for_each([this](std::string const& key, T const&) { add(key); });
    }
    void add_digits() noexcept {
        for (char c = '0'; c <= '9'; ++c) allowed[static_cast<unsigned char>(c)] = true;
    }
    [[nodiscard]] bool may_start(char const* first, char const* last) const noexcept {
        return first != last && allowed[static_cast<unsigned char>(*first)];
    }
};

// ---------------------------------------------------------------------------------------------
// Semantic actions. Each writes into the builder reachable through the context; every amount
// starts from a clean slate so backtracking never leaves stale parts behind.

template <class Context>
expression_builder& builder_of(Context const& ctx) {
    return x3::get<builder_tag>(ctx);
}

/// The input matched by an `x3::raw[...]` subject. (X3's `_where` is the input *after* the match.)
template <class Context>
piece matched(Context const& ctx) {
    auto const& range = x3::_attr(ctx);
    return {range.begin(), range.end()};
}

/// From the last `mark` to the end of the current match, for subjects with a value attribute.
template <class Context>
piece since_mark(Context const& ctx) {
    return {builder_of(ctx).mark, x3::_where(ctx).begin()};
}

inline auto const mark = [](auto& ctx) { builder_of(ctx).mark = x3::_where(ctx).begin(); };

/// Drops leading spaces from a matched piece (`osp >> suffix` includes them).
inline piece trim_leading_space(piece p) {
    while (p.begin != p.end) {
        auto const c = static_cast<unsigned char>(*p.begin);
        if (c == ' ' || c == '\t') {
            ++p.begin;
        } else if (p.end - p.begin >= 2 && c == 0xC2 && static_cast<unsigned char>(p.begin[1]) == 0xA0) {
            p.begin += 2;
        } else if (p.end - p.begin >= 3 && c == 0xE2 && static_cast<unsigned char>(p.begin[1]) == 0x80 &&
                   (static_cast<unsigned char>(p.begin[2]) == 0xAF || static_cast<unsigned char>(p.begin[2]) == 0x89)) {
            p.begin += 3;
        } else {
            break;
        }
    }
    return p;
}

inline auto const begin_amount = [](auto& ctx) {
    auto& b = builder_of(ctx);
    b.current = {};
    b.current.begin = x3::_where(ctx).begin();
};
inline auto const end_amount = [](auto& ctx) { builder_of(ctx).current.end = x3::_where(ctx).begin(); };
inline auto const on_prefix = [](auto& ctx) {
    auto& b = builder_of(ctx);
    b.current.prefix = x3::_attr(ctx);
};
inline auto const on_prefix_text = [](auto& ctx) { builder_of(ctx).current.prefix_text = matched(ctx); };
inline auto const on_numeral = [](auto& ctx) {
    auto& b = builder_of(ctx);
    b.current.numeral = matched(ctx);
    x3::_pass(ctx) = is_numeral(b.current.numeral.view(), b.lang);
};
/// Spelled numbers start with a digit word ("two", "hai", "mười") and stay short, so a run of
/// "million million ..." costs one failed attempt, not a quadratic rescan.
inline constexpr std::size_t max_number_words = 16;
inline auto const on_number_word = [](auto& ctx) {
    auto& words = builder_of(ctx).current.words;
    number_word const& w = x3::_attr(ctx);
    bool const opener = w.role == word_role::unit || w.role == word_role::teen || w.role == word_role::tens;
    if ((words.empty() && !opener) || words.size() >= max_number_words) {
        x3::_pass(ctx) = false;
        return;
    }
    words.push_back(w);
};
inline auto const on_words_done = [](auto& ctx) {
    auto& b = builder_of(ctx);
    b.current.words_text = matched(ctx);
    x3::_pass(ctx) = read_spelled(b.current.words, b.lang).has_value();
};
inline auto const on_scale = [](auto& ctx) {
    auto& b = builder_of(ctx);
    b.current.scale = x3::_attr(ctx);
    b.current.scale_text = trim_leading_space(since_mark(ctx));
};
inline auto const on_half = [](auto& ctx) { builder_of(ctx).current.half_text = trim_leading_space(since_mark(ctx)); };
inline auto const on_suffix = [](auto& ctx) {
    auto& b = builder_of(ctx);
    b.current.suffix = x3::_attr(ctx);
    b.current.suffix_text = trim_leading_space(since_mark(ctx));
};
inline auto const on_classified_suffix = [](auto& ctx) {
    // "đồng nhân dân tệ": the whole match is the written form; the classifier is recorded apart.
    auto& b = builder_of(ctx);
    b.current.suffix = x3::_attr(ctx);
    b.current.suffix_text = trim_leading_space(since_mark(ctx));
    b.current.classifier_text = b.current.suffix_text;
};
inline auto const on_percent = [](auto& ctx) { builder_of(ctx).current.marker = unit_marker::percent; };
inline auto const on_age = [](auto& ctx) { builder_of(ctx).current.marker = unit_marker::age; };
inline auto const on_per_unit = [](auto& ctx) { builder_of(ctx).current.per_unit = matched(ctx); };
inline auto const to_low = [](auto& ctx) {
    auto& b = builder_of(ctx);
    b.low = b.current;
};
inline auto const to_high = [](auto& ctx) {
    auto& b = builder_of(ctx);
    b.high = b.current;
};
inline auto const on_lead = [](auto& ctx) {
    auto& b = builder_of(ctx);
    b.lead = x3::_attr(ctx);
};
inline auto const on_lead_text = [](auto& ctx) { builder_of(ctx).lead_text = matched(ctx); };
inline auto const on_approx_sign = [](auto& ctx) {
    auto& b = builder_of(ctx);
    b.lead = lead_word::approx;
    b.lead_text = matched(ctx);
};
inline auto const reset_expression = [](auto& ctx) {
    auto& b = builder_of(ctx);
    bool const allow = b.allow_range;
    language const lang = b.lang;
    b.reset();
    b.allow_range = allow;
    b.lang = lang;
};
inline auto const ranges_allowed = [](auto& ctx) { x3::_pass(ctx) = builder_of(ctx).allow_range; };
inline auto const mark_range = [](auto& ctx) { builder_of(ctx).is_range = true; };
inline auto const mark_rate = [](auto& ctx) { builder_of(ctx).is_rate = true; };

// ---------------------------------------------------------------------------------------------
// Symbol tables one language needs. Values index the currency lexicon's lists or carry the
// meaning directly (scale powers, qualifiers, number words).

struct language_tables {
    x3::symbols<int> currency_prefix;
    x3::symbols<int> currency_suffix;
    x3::symbols<std::int32_t> scale_attached;  ///< may touch the digits: `14bn`, `5tr`
    x3::symbols<std::int32_t> scale_spaced;    ///< after a space: `14 billion`, `100 tỷ`
    x3::symbols<lead_word> lead;
    x3::symbols<x3::unused_type> range_openers;  ///< "between", "từ", "~": leads paired by the grammar
    x3::symbols<number_word> number_words;
};

// ---------------------------------------------------------------------------------------------
// Generic shapes. `Number` reads the number itself, `Tail` what may follow the currency slot.

/// Optional currency prefix, a number, an optional scale with an optional "and a half" before it
/// (`HalfBefore`, en `one and a half billion`) or after it (`HalfAfter`, vi `một tỷ rưỡi`), then a
/// currency suffix, a percent/age marker or a per-unit tail; always ending at a word boundary.
template <class Words, class HalfBefore, class HalfAfter, class Tail>
auto make_amount(language_tables const& t, Words const& spelled, HalfBefore const& half_before, HalfAfter const& half_after,
                 Tail const& tail) {
    auto const prefix = (x3::rule<struct prefix_class, int>{"currency"} = t.currency_prefix)[on_prefix];
    auto const scale = (x3::rule<struct scale_class, std::int32_t>{"scale"} =
                            (t.scale_attached | (sp >> t.scale_spaced)) >> word_end)[on_scale];
    auto const per_unit = x3::raw[x3::lit('/') >> +unit_letter][on_per_unit] >> word_end;
    // omit[]: the builder records everything, so no attribute is synthesised.
    return memo(x3::omit[x3::eps[begin_amount]                               //
                    >> -(x3::raw[prefix][on_prefix_text] >> osp)            //
                    >> (numeral_shape[on_numeral] | spelled)                //
                    >> -(x3::eps[mark] >> half_before)                       //
                    >> -(x3::eps[mark] >> scale)                             //
                    >> -(x3::eps[mark] >> half_after)                        //
                    >> -(x3::eps[mark] >> tail) >> -per_unit                //
                    >> word_end                                             //
                    >> x3::eps[end_amount]]);
}

/// The spelled-out number: number words separated by spaces (and, in English, "and" or hyphens).
template <class Separator>
auto make_spelled(language_tables const& t, Separator const& separator) {
    auto const word = (x3::rule<struct number_word_class, number_word>{"number word"} = t.number_words >> word_end);
    return x3::omit[x3::raw[word[on_number_word] >> *(separator >> word[on_number_word])][on_words_done]];
}

/// A currency suffix as one unit so a failed word boundary leaves nothing recorded.
inline auto make_suffix(language_tables const& t) {
    return (x3::rule<struct suffix_class, int>{"currency"} = osp >> t.currency_suffix >> word_end)[on_suffix];
}

/// A qualifier or cue word before the amount ("less than", "dưới", "aged"), or a tilde.
inline auto make_lead(language_tables const& t) {
    auto const word = (x3::rule<struct lead_class, lead_word>{"qualifier"} = t.lead >> sp)[on_lead];
    return x3::omit[x3::raw[word][on_lead_text] | (x3::raw[x3::lit('~')][on_approx_sign] >> osp)];
}

}  // namespace figura::detail::grammar

namespace figura::detail::grammar {

/// Adds `phrase` in each of its case variants ("less than", "Less than", "LESS THAN"); an existing
/// key keeps its first value.
template <class T>
void add_with_case_variants(x3::symbols<T>& table, std::string_view phrase, T const& value) {
    for (auto const& variant : case_variants(phrase)) {
        if (table.find(variant) == nullptr) table.add(variant, value);
    }
}

/// Adds exactly `key` (single-letter scale symbols are case-sensitive: vi `T` is 10^9, `t` is not a scale).
template <class T>
void add_exact(x3::symbols<T>& table, std::string_view key, T const& value) {
    if (table.find(std::string(key)) == nullptr) table.add(key, value);
}

}  // namespace figura::detail::grammar

namespace figura::detail::grammar {

/// The Spirit-free entry to one language's grammar: fills its tables once, rejects a start by its
/// first byte, then by a cheap probe for anything an expression or a lead can open with, and only
/// then runs the full grammar. One instance per language (grammar_en.cpp, grammar_vi.cpp).
template <class Expression>
class grammar_entry {
public:
    /// `openers` are the words that open a range ("between"/"from", "từ"/"giữa"): leads that are
    /// not in the qualifier table because the grammar pairs them with their closing word.
    grammar_entry(language lang, language_tables& tables, Expression const& expression, void (*fill)(language_tables&),
                  std::initializer_list<std::string_view> openers)
        : lang_(lang), tables_(tables), expression_(expression), fill_(fill) {
        for (auto opener : openers) tables_.range_openers.add(opener);
        tables_.range_openers.add("~");
    }

    bool parse(char const*& first, char const* last, expression_builder& builder) {
        fill_once();
        builder.lang = lang_;
        if (!expression_starts_.may_start(first, last)) return false;
        // Every alternative of the expression opens with one of these; most candidate starts the
        // extractor tries open with none, and this says so for a fraction of the grammar's cost.
        static auto const opener = x3::omit[tables_.lead] | x3::omit[tables_.range_openers] |
                                   x3::omit[tables_.currency_prefix] | x3::omit[tables_.number_words] | x3::ascii::digit;
        if (char const* probe = first; !x3::parse(probe, last, opener)) return false;
        builder.clear_memo();
        return x3::parse(first, last, x3::with<builder_tag>(builder)[expression_]);
    }

    bool may_lead(char const* first, char const* last) {
        fill_once();
        // Built once: copying a symbols parser per call would touch its shared table's reference count.
        // A currency written before the number with a space (`CNY 100bn`, `USD 200`) leads too.
        static auto const lead =
            x3::omit[tables_.lead] | x3::omit[tables_.range_openers] | x3::omit[tables_.currency_prefix];
        return lead_starts_.may_start(first, last) && x3::parse(first, last, lead);
    }

private:
    void fill_once() {
        std::call_once(filled_, [this] {
            fill_(tables_);
            for (first_byte_set* set : {&expression_starts_, &lead_starts_}) {
                set->add_keys(tables_.lead);
                set->add_keys(tables_.range_openers);
                set->add_keys(tables_.currency_prefix);
            }
            expression_starts_.add_digits();
            expression_starts_.add_keys(tables_.number_words);
        });
    }

    language lang_;
    language_tables& tables_;
    Expression const& expression_;
    void (*fill_)(language_tables&);
    std::once_flag filled_;
    first_byte_set expression_starts_;
    first_byte_set lead_starts_;
};

}  // namespace figura::detail::grammar
