#pragma once
// Rules shared by the English and Vietnamese grammars: spaces, word boundaries, numerals, and the
// generic shape of an amount, a range and a rate, assembled from each language's symbol tables.

#include <array>
#include <string>
#include <string_view>
#include <initializer_list>
#include <type_traits>

#include "parse/config.hpp"
#include "parse/numbers.hpp"
#include "parse/word_table.hpp"
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

/// `¼`, `½`, `¾` right after the digits (`9¾p` in share prices).
inline auto const vulgar_fraction = x3::lit("\xC2\xBC") | x3::lit("\xC2\xBD") | x3::lit("\xC2\xBE");

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
    void add_keys(word_table<T> const& table) {
        table.for_each([this](std::string_view key) { add(key); });
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
inline constexpr std::size_t max_number_words = spelled_words::capacity;
inline auto const on_number_word = [](auto& ctx) {
    auto& words = builder_of(ctx).current.words;
    number_word const& w = x3::_attr(ctx);
    bool const vietnamese = builder_of(ctx).lang == language::vi;
    // Vietnamese may open with a bare `trăm`, `chục` or scale word (`trăm triệu`, `chục triệu`, `triệu đô`).
    bool const opener = w.role == word_role::unit || w.role == word_role::teen || w.role == word_role::tens ||
                        w.role == word_role::article || w.role == word_role::half ||
                        (vietnamese && (w.role == word_role::hundred || w.role == word_role::vi_chuc || w.role == word_role::scale));
    // "a" and "half" only open a number (`one and a half billion` keeps its own reading of "and a half"),
    // but "half" may follow a lone "a" (`a half-million dollars`, `a quarter-billion`) and "a" a lone
    // "half" (`half a billion`).
    bool const after_lone = words.size() == 1;
    bool const opening_only = (w.role == word_role::half && !(after_lone && words.back().role == word_role::article)) ||
                              (w.role == word_role::article && !(after_lone && words.back().role == word_role::half));
    if ((words.empty() && !opener) || (!words.empty() && opening_only) || words.size() >= max_number_words) {
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
/// `1 tỷ 250 triệu`: a whole number under a smaller scale word adds to the amount. It must fit
/// below the scale before it (`1 tỷ 2000 triệu` is no compound), and the amount before it must be
/// whole in the text's convention (`1,5 tỷ 200 triệu` is none).
inline auto const on_compound = [](auto& ctx) {
    auto& b = builder_of(ctx);
    auto& a = b.current;
    std::int32_t const scale = x3::_attr(ctx);
    piece const text = trim_leading_space(since_mark(ctx));
    char const* digits_end = text.begin;
    while (digits_end != text.end && *digits_end >= '0' && *digits_end <= '9') ++digits_end;
    std::int32_t const above = a.compound_count == 0 ? a.scale : a.compound[a.compound_count - 1].scale;
    char const decimal_mark = b.lang == language::vi ? ',' : '.';
    bool const whole_before = a.compound_count > 0 || (!a.numeral.empty() && a.numeral.view().find(decimal_mark) == std::string_view::npos);
    bool const fits = scale > 0 && scale < above && digits_end - text.begin <= above - scale;
    x3::_pass(ctx) = whole_before && fits && a.compound_count < a.compound.size() && !a.scale_text.empty();
    if (x3::_pass(ctx)) a.compound[a.compound_count++] = {piece{text.begin, digits_end}, scale};
};
inline auto const on_suffix = [](auto& ctx) {
    auto& b = builder_of(ctx);
    b.current.suffix = x3::_attr(ctx);
    b.current.suffix_text = trim_leading_space(since_mark(ctx));
    if (b.current.suffix_text.begin != b.current.suffix_text.end && *b.current.suffix_text.begin == '-') {
        ++b.current.suffix_text.begin;  // `110 billion-euro`
    }
};
inline auto const on_classified_suffix = [](auto& ctx) {
    // "đồng nhân dân tệ": the whole match is the written form; the classifier is recorded apart.
    auto& b = builder_of(ctx);
    b.current.suffix = x3::_attr(ctx);
    b.current.suffix_text = trim_leading_space(since_mark(ctx));
    b.current.classifier_text = b.current.suffix_text;
};
inline auto const on_glyph = [](auto& ctx) { builder_of(ctx).current.fraction_glyph = matched(ctx); };
inline auto const on_spoken_point = [](auto& ctx) { builder_of(ctx).current.spoken_point = matched(ctx); };
/// The digits of a whole minor-unit tail (` and 20c`, ` 40`): the action runs on the complete match,
/// so a tail that fails half-way leaves nothing recorded.
inline piece digits_in(piece p) {
    while (p.begin != p.end && !(*p.begin >= '0' && *p.begin <= '9')) ++p.begin;
    char const* e = p.begin;
    while (e != p.end && *e >= '0' && *e <= '9') ++e;
    return {p.begin, e};
}
/// Cents after a code (`12 USD 40`) only: after a name or symbol two digits start something else.
inline auto const on_code_minor = [](auto& ctx) {
    auto& b = builder_of(ctx);
    auto const code = b.current.suffix_text.view();
    x3::_pass(ctx) = code.size() == 3 && std::all_of(code.begin(), code.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    if (x3::_pass(ctx)) b.current.minor = digits_in(matched(ctx));
};
/// Cents after whole units only: after `30 cents`, ` and 5c` is another amount, never 0.3005.
inline auto const on_minor = [](auto& ctx) {
    auto& b = builder_of(ctx);
    auto const unit = b.current.suffix_text.view();
    bool const subunit = unit.ends_with("cent") || unit.ends_with("cents");
    x3::_pass(ctx) = !subunit;
    if (!subunit) b.current.minor = digits_in(matched(ctx));
};
inline auto const on_late_scale = [](auto& ctx) {
    auto& b = builder_of(ctx);
    // Only an amount without its own scale word takes one after the currency.
    x3::_pass(ctx) = b.current.scale_text.empty() && b.current.suffix >= 0;
    if (x3::_pass(ctx)) {
        b.current.scale = x3::_attr(ctx);
        b.current.late_scale_text = trim_leading_space(since_mark(ctx));
    }
};
inline auto const on_percent = [](auto& ctx) { builder_of(ctx).current.marker = unit_marker::percent; };
inline auto const on_age = [](auto& ctx) { builder_of(ctx).current.marker = unit_marker::age; };
inline auto const on_per_tail = [](auto& ctx) { builder_of(ctx).current.per_tail = matched(ctx); };
inline auto const on_per_unit = [](auto& ctx) { builder_of(ctx).current.per_unit = matched(ctx); };
inline auto const on_quote_per = [](auto& ctx) { builder_of(ctx).current.quote_per = matched(ctx); };
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
inline auto const on_inner_lead = [](auto& ctx) {
    // Only a qualifier stacks: `hơn năm triệu` is "more than five million", not "more than" + "year".
    lead_word const w = x3::_attr(ctx);
    x3::_pass(ctx) = w != lead_word::year && w != lead_word::aged && w != lead_word::from;
    if (x3::_pass(ctx)) builder_of(ctx).inner_lead = w;
};
inline auto const on_trailing = [](auto& ctx) {
    auto& b = builder_of(ctx);
    b.trailing = x3::_attr(ctx);
    b.trailing_text = trim_leading_space(since_mark(ctx));
};
inline auto const mark_core = [](auto& ctx) { builder_of(ctx).core_begin = x3::_where(ctx).begin(); };
/// Vietnamese `từ` leads only an amount that can be money (a currency or a scale word): `từ năm 2020`
/// and `từ 5 người` are "from", read without it at once instead of being built and dropped.
inline auto const from_leads_money = [](auto& ctx) {
    auto const& b = builder_of(ctx);
    auto const money_like = [](amount_parts const& a) { return a.prefix >= 0 || a.suffix >= 0 || !a.scale_text.empty(); };
    x3::_pass(ctx) = b.lead != lead_word::from || b.is_range || money_like(b.low);
};
/// A Vietnamese number that opens with a bare `trăm`, `chục` or scale word (`triệu đô`, `trăm triệu
/// USD`) is money only with a currency: `tỷ giá`, `triệu người` fail here, before any figure is built.
inline auto const bare_start_has_currency = [](auto& ctx) {
    auto const& b = builder_of(ctx);
    auto const bare = [](amount_parts const& a) {
        if (a.words.empty()) return false;
        auto const r = a.words.front().role;
        return r == word_role::scale || r == word_role::hundred || r == word_role::vi_chuc;
    };
    auto const priced = [](amount_parts const& a) { return a.prefix >= 0 || a.suffix >= 0; };
    x3::_pass(ctx) = (!bare(b.low) || priced(b.low) || (b.is_range && priced(b.high))) && (!bare(b.high) || priced(b.high));
};
/// "in"/"năm" lead a year in digits only: `năm trăm nghìn đồng` is five hundred thousand đồng.
inline auto const year_lead_takes_digits = [](auto& ctx) {
    auto const& b = builder_of(ctx);
    x3::_pass(ctx) = b.lead != lead_word::year || b.low.words.empty();
};
inline auto const mark_change = [](auto& ctx) { builder_of(ctx).is_change = true; };
inline auto const mark_coordination = [](auto& ctx) {
    auto& b = builder_of(ctx);
    b.is_change = true;
    b.is_coordination = true;
};
inline auto const on_approx_sign = [](auto& ctx) {
    auto& b = builder_of(ctx);
    b.lead = lead_word::approx;
    b.lead_text = matched(ctx);
};
inline auto const reset_expression = [](auto& ctx) {
    auto& b = builder_of(ctx);
    bool const allow = b.allow_range;
    bool const coordination = b.allow_coordination;
    language const lang = b.lang;
    b.reset();
    b.allow_range = allow;
    b.allow_coordination = coordination;
    b.lang = lang;
};
inline auto const ranges_allowed = [](auto& ctx) { x3::_pass(ctx) = builder_of(ctx).allow_range; };
inline auto const coordination_allowed = [](auto& ctx) { x3::_pass(ctx) = builder_of(ctx).allow_coordination; };
inline auto const mark_range = [](auto& ctx) { builder_of(ctx).is_range = true; };
inline auto const mark_rate = [](auto& ctx) { builder_of(ctx).is_rate = true; };

// ---------------------------------------------------------------------------------------------
// Unit-price tails: `25.000 đồng/kg`, `48 triệu đồng/người/năm`, `20 triệu đồng/m2`, `5.000đ/1 hộp`.
// The tail is recorded apart from the amount (`per_tail`, `per_unit`): it is not in the span.

/// One unit after '/': letters in any script, optionally led by a count (`/1 hộp`) and followed by
/// digits or a superscript (`m2`, `m²`).
inline auto const unit_word = -(+x3::ascii::digit >> osp) >> +unit_letter >>
                              *(x3::ascii::digit | x3::lit("\xC2\xB2") | x3::lit("\xC2\xB3")) >> word_end;
/// `/kg`, `/ người / năm`, and a stray closing slash (`đồng/lít/`).
inline auto const slash_per =
    osp >> x3::lit('/') >> osp >> x3::raw[unit_word >> *(osp >> x3::lit('/') >> osp >> unit_word)][on_per_unit] >>
    -x3::lit('/');

// ---------------------------------------------------------------------------------------------
// Generic shapes. `Number` reads the number itself, `Tail` what may follow the currency slot.

/// Optional currency prefix, a number, an optional scale with an optional "and a half" before it
/// (`HalfBefore`, en `one and a half billion`) or after it (`HalfAfter`, vi `một tỷ rưỡi`), then a
/// currency suffix, a percent/age marker or a per-unit tail; always ending at a word boundary.
template <class Words, class HalfBefore, class HalfAfter, class Tail, class PerWords>
constexpr auto make_amount(language_tables const& t, Words const& spelled, HalfBefore const& half_before, HalfAfter const& half_after,
                 Tail const& tail, PerWords const& per_words) {
    auto const prefix = (x3::rule<struct prefix_class, int>{"currency"} = t.currency_prefix)[on_prefix];
    // `14bn`, `14 billion`, `$3.2-billion`; a currency may touch the scale word (`58,4 triệuđồng`).
    // `3 tỷ phú` is three billionaires: a scale word that makes a noun with the next word scales nothing.
    auto const not_noun = !(t.scale_nouns >> word_end);
    auto const scale = (x3::rule<struct scale_class, std::int32_t>{"scale"} =
                            ((not_noun >> t.scale_attached) | (sp >> not_noun >> t.scale_spaced) |
                             (x3::lit('-') >> not_noun >> t.scale_spaced)) >>
                            (word_end | &t.currency_suffix))[on_scale];
    // The per tail's raw match starts at the spaces before it, so the span ends where the amount does.
    auto const per_tail = x3::raw[slash_per | per_words][on_per_tail];
    // `75-point-six million won`, `3 chấm 45 đô la`: a decimal point spoken as a word.
    auto const digit_word = t.digit_words >> word_end;
    auto const spoken_point = ((x3::lit('-') >> t.point_words >> x3::lit('-')) | (sp >> t.point_words >> sp)) >>
                              x3::raw[(+x3::ascii::digit >> word_end) | (digit_word >> *((x3::lit('-') | sp) >> digit_word))][on_spoken_point];
    // `$35 and 20c`, `$35 and 20 cents`; `12 USD 40` (then the line or clause ends).
    auto const minor_tail =
        x3::raw[sp >> x3::lit("and") >> sp >> x3::ascii::digit >> -x3::ascii::digit >>
                (x3::lit('c') | (sp >> (x3::lit("cents") | x3::lit("cent")))) >> word_end][on_minor] |
        x3::raw[sp >> x3::ascii::digit >> x3::ascii::digit >> word_end >>
                &(osp >> (x3::eoi | x3::lit('.') | x3::lit(',') | x3::lit(';') | x3::lit(')') | x3::lit('\n') | x3::lit('\r')))][on_code_minor];
    auto const late_scale = (x3::rule<struct late_scale_class, std::int32_t>{"scale"} = sp >> t.scale_late >> word_end)[on_late_scale];
    auto const compound = (x3::rule<struct compound_class, std::int32_t>{"scale"} =
                               sp >> x3::omit[x3::repeat(1, 3)[x3::ascii::digit]] >> sp >> not_noun >> t.scale_spaced >> word_end)[on_compound];
    // omit[]: the builder records everything, so no attribute is synthesised.
    return memo(x3::omit[x3::eps[begin_amount]                               //
                    >> -(x3::raw[prefix][on_prefix_text] >> osp)            //
                    >> ((numeral_shape[on_numeral] >> -spoken_point >> -x3::raw[vulgar_fraction][on_glyph]) | spelled)  //
                    >> -(x3::eps[mark] >> half_before)                       //
                    >> -(x3::eps[mark] >> scale)                             //
                    >> *(x3::eps[mark] >> compound)                          //
                    >> -(x3::eps[mark] >> half_after)                        //
                    >> -(x3::eps[mark] >> tail)                              //
                    >> -(x3::eps[mark] >> late_scale) >> -minor_tail >> -per_tail  //
                    >> word_end                                             //
                    >> x3::eps[end_amount]]);
}

/// A per-unit tail in words: `per month`, `each visit`, `mỗi tháng` take any one word; `a barrel`,
/// `một kg` only a unit the table knows (`a year ago` and `một số` are not prices per anything).
template <class AnyUnit, class KnownUnit, class Guard>
constexpr auto make_per_words(language_tables const& t, AnyUnit const& any_unit_lead, KnownUnit const& known_unit_lead, Guard const& not_after) {
    auto const word = +unit_letter >> word_end;
    auto const known = t.per_units >> word_end;
    // The guard is inside raw[]: a tail that fails leaves no unit recorded.
    return (sp >> any_unit_lead >> sp >> x3::raw[word >> !not_after][on_per_unit]) |
           (sp >> known_unit_lead >> sp >> x3::raw[known >> !not_after][on_per_unit]);
}

/// A qualifier written after the amount (and after its per-unit tail): `or more`, `trở lên`, and a
/// plus glued to it (`$5m+`, `$1bn-plus`) unless another amount follows (`$5m+$3m` is a sum).
constexpr auto make_trailing(language_tables const& t) {
    auto const after_plus = x3::eoi | x3::lit(' ') | x3::lit('\t') | x3::lit('\r') | x3::lit('\n') | x3::lit(',') | x3::lit('.') |
                            x3::lit(';') | x3::lit(':') | x3::lit(')') | x3::lit(']') | x3::lit('!') | x3::lit('?');
    auto const plus = (x3::lit('+') >> &after_plus) | (x3::lit("-plus") >> word_end);
    return x3::eps[mark] >>
           (x3::rule<struct trailing_class, lead_word>{"qualifier"} = (sp >> t.trailing >> word_end) | (plus >> x3::attr(lead_word::ge)))[on_trailing];
}

/// The spelled-out number: number words separated by spaces (and, in English, "and" or hyphens).
template <class Separator>
constexpr auto make_spelled(language_tables const& t, Separator const& separator) {
    // `ba tỷ phú` (three billionaires): the scale word belongs to the noun (`scale_nouns`).
    auto const word = (x3::rule<struct number_word_class, number_word>{"number word"} =
                           !(t.scale_nouns >> word_end) >> t.number_words >> word_end);
    return x3::omit[x3::raw[word[on_number_word] >> *(separator >> word[on_number_word])][on_words_done]];
}

/// A currency suffix as one unit so a failed word boundary leaves nothing recorded.
constexpr auto make_suffix(language_tables const& t) {
    // `110 billion-euro`, `a 20-million-dong fine`: a hyphen may join it too.
    return (x3::rule<struct suffix_class, int>{"currency"} = (x3::lit('-') | osp) >> t.currency_suffix >> word_end)[on_suffix];
}

/// A suffix that must touch the digits and is not an abbreviation's first letter (`64p`, not `5 p.m.`).
constexpr auto make_attached_suffix(language_tables const& t) {
    return (x3::rule<struct attached_class, int>{"currency"} =
                t.currency_attached >> !(x3::lit('.') >> (x3::lit('m') | x3::lit('M'))) >> word_end)[on_suffix];
}

/// A qualifier or cue word before the amount ("less than", "dưới", "aged"), or a tilde; a second
/// qualifier may follow the first (`lên tới khoảng`, `tối đa không quá`, `cao hơn đến`).
constexpr auto make_lead(language_tables const& t) {
    auto const word = (x3::rule<struct lead_class, lead_word>{"qualifier"} = t.lead >> sp)[on_lead];
    auto const inner = (x3::rule<struct inner_lead_class, lead_word>{"qualifier"} = t.lead >> sp)[on_inner_lead];
    return x3::omit[(x3::raw[word][on_lead_text] >> -inner) | (x3::raw[x3::lit('~')][on_approx_sign] >> osp)];
}

}  // namespace figura::detail::grammar

namespace figura::detail::grammar {

/// The Spirit-free entry to one language's grammar: rejects a start by its first byte, then by a
/// cheap probe for anything an expression or a lead can open with, and only then runs the full
/// grammar. One instance per language (grammar_en.cpp, grammar_vi.cpp).
template <class Expression>
class grammar_entry {
public:
    grammar_entry(language lang, language_tables const& tables, Expression const& expression)
        : lang_(lang), tables_(tables), expression_(expression) {
        for (first_byte_set* set : {&expression_starts_, &lead_starts_}) {
            set->add_keys(tables_.lead);
            set->add_keys(tables_.range_openers);
            set->add_keys(tables_.currency_prefix);
        }
        expression_starts_.add_digits();
        expression_starts_.add_keys(tables_.number_words);
    }

    bool parse(char const*& first, char const* last, expression_builder& builder) const {
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

    bool number_word_at(char const* first, char const* last) const {
        static auto const word = x3::omit[tables_.number_words] >> word_end;
        return expression_starts_.may_start(first, last) && x3::parse(first, last, word);
    }

    bool may_lead(char const* first, char const* last) const {
        // A currency written before the number with a space (`CNY 100bn`, `USD 200`) leads too.
        static auto const lead =
            x3::omit[tables_.lead] | x3::omit[tables_.range_openers] | x3::omit[tables_.currency_prefix];
        return lead_starts_.may_start(first, last) && x3::parse(first, last, lead);
    }

private:
    language lang_;
    language_tables const& tables_;
    Expression const& expression_;
    first_byte_set expression_starts_;
    first_byte_set lead_starts_;
};

}  // namespace figura::detail::grammar
