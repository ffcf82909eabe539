#pragma once
// The X3 parser over one of the grammars' compiled word tables (parse/word_list.hpp): what
// x3::symbols did (longest match, case as written) on a sorted array compiled in at build time
// instead of a ternary search tree filled at start-up, one allocation per key byte, which was most
// of what a short command like `figura parse '$5m'` cost.

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string_view>
#include <type_traits>

#include "parse/config.hpp"
#include "parse/word_list.hpp"

namespace figura::detail::grammar {

/// An X3 parser matching the longest key of a compiled table the input starts with; its attribute
/// is that key's value (none for a table of `no_value`). Holds only a pointer, so the grammar's
/// copies of it cost nothing.
template <class T>
class word_table : public x3::parser<word_table<T>> {
public:
    using attribute_type = std::conditional_t<std::is_same_v<T, no_value>, x3::unused_type, T>;
    static bool const has_attribute = !std::is_same_v<T, no_value>;
    static bool const handles_container = false;

    constexpr explicit word_table(word_table_data<T> const& data) noexcept : data_(&data) {}

    /// Calls `f(key)` for every key, each once, in byte order.
    template <class F>
    void for_each(F&& f) const {
        for (std::uint32_t i = 0; i < data_->size; ++i) {
            auto const& e = data_->entries[i];
            f(std::string_view(data_->bytes + e.offset, e.length));
        }
    }

    /// The entry of the longest key `[first, last)` starts with, advancing `first` past it; null
    /// (and `first` unchanged) when no key matches.
    word_entry<T> const* match(char const*& first, char const* last) const noexcept {
        if (first == last) return nullptr;
        word_table_data<T> const& d = *data_;
        auto const c0 = static_cast<unsigned char>(*first);
        // Invariant: the entries in [lo, hi) are the keys at least `i` bytes long whose first `i`
        // bytes are the input's; sorted, so the one exactly `i` long (if any) comes first.
        word_entry<T> const* lo = d.entries + d.starts[c0];
        word_entry<T> const* hi = d.entries + d.starts[c0 + 1U];
        word_entry<T> const* best = nullptr;
        std::size_t i = 1;
        char const* const bytes = d.bytes;
        while (lo < hi) {
            if (lo->length == i) {
                best = lo;
                if (++lo == hi) break;
            }
            if (hi - lo == 1) {
                // One key left, longer than `i`: the rest of it follows or nothing longer matches.
                std::size_t const n = lo->length;
                if (static_cast<std::size_t>(last - first) >= n && std::memcmp(first + i, bytes + lo->offset + i, n - i) == 0) best = lo;
                break;
            }
            if (static_cast<std::size_t>(last - first) == i) break;
            auto const c = static_cast<unsigned char>(first[i]);
            auto const byte_at = [bytes, i](word_entry<T> const& e) { return static_cast<unsigned char>(bytes[e.offset + i]); };
            if (hi - lo <= 16) {
                // A few keys: a walk is cheaper than two binary searches.
                while (lo < hi && byte_at(*lo) < c) ++lo;
                word_entry<T> const* e = lo;
                while (e < hi && byte_at(*e) == c) ++e;
                hi = e;
            } else {
                lo = std::partition_point(lo, hi, [&](word_entry<T> const& e) { return byte_at(e) < c; });
                hi = std::partition_point(lo, hi, [&](word_entry<T> const& e) { return byte_at(e) == c; });
            }
            ++i;
        }
        if (best != nullptr) first += best->length;
        return best;
    }

    template <class Iterator, class Context, class RContext, class Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&, Attribute& attr) const {
        x3::skip_over(first, last, context);
        word_entry<T> const* found = match(first, last);
        if (found == nullptr) return false;
        if constexpr (has_attribute) x3::traits::move_to(found->value, attr);
        return true;
    }

private:
    word_table_data<T> const* data_;
};

/// The parsers over one language's compiled tables, under the names the grammar rules use.
struct language_tables {
    constexpr explicit language_tables(language_words const& w) noexcept
        : currency_prefix(w.currency_prefix), currency_suffix(w.currency_suffix), currency_attached(w.currency_attached),
          scale_attached(w.scale_attached), scale_spaced(w.scale_spaced), lead(w.lead), trailing(w.trailing),
          range_openers(w.range_openers), number_words(w.number_words), per_units(w.per_units), point_words(w.point_words),
          digit_words(w.digit_words), scale_late(w.scale_late), scale_nouns(w.scale_nouns) {}

    word_table<int> currency_prefix;
    word_table<int> currency_suffix;
    word_table<int> currency_attached;
    word_table<std::int32_t> scale_attached;
    word_table<std::int32_t> scale_spaced;
    word_table<lead_word> lead;
    word_table<lead_word> trailing;
    word_table<no_value> range_openers;
    word_table<number_word> number_words;
    word_table<no_value> per_units;
    word_table<no_value> point_words;
    word_table<int> digit_words;
    word_table<std::int32_t> scale_late;
    word_table<no_value> scale_nouns;
};

}  // namespace figura::detail::grammar
