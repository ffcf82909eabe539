#pragma once
// The grammars' word and phrase tables: what x3::symbols did (longest match, case as written, the
// first value added for a key kept), stored as one sorted array instead of a ternary search tree.
// x3::symbols allocates one node per key byte, so filling both languages' tables was most of what
// a short command like `figura parse '$5m'` cost; here a table is two allocations and a sort.

#include <algorithm>
#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "parse/config.hpp"

namespace figura::detail::grammar {

/// An X3 parser matching the longest key the input starts with; its attribute is that key's value.
/// Copies share the table (the grammar's rules hold copies made before the tables are filled), so
/// the table is filled through any copy, then frozen once before the first match.
template <class T>
class word_table : public x3::parser<word_table<T>> {
public:
    using attribute_type = T;
    static bool const has_attribute = !std::is_same_v<T, x3::unused_type>;
    static bool const handles_container = false;

    word_table() : data_(std::make_shared<data>()) {}

    /// Adds `key` with `value`; a key added again keeps its first value. Only before `freeze`.
    void add(std::string_view key, T const& value = T{}) {
        data& d = *data_;
        d.entries.push_back({static_cast<std::uint32_t>(d.bytes.size()), static_cast<std::uint32_t>(key.size()), value});
        d.bytes.append(key);
    }

    /// Sorts the keys (byte order), drops repeated keys but the first, and indexes them by first
    /// byte. Before this the table matches nothing.
    void freeze() {
        data& d = *data_;
        auto const key = [&d](entry const& e) { return std::string_view(d.bytes).substr(e.offset, e.length); };
        std::stable_sort(d.entries.begin(), d.entries.end(), [&](entry const& a, entry const& b) { return key(a) < key(b); });
        auto const end = std::unique(d.entries.begin(), d.entries.end(), [&](entry const& a, entry const& b) { return key(a) == key(b); });
        d.entries.erase(end, d.entries.end());
        d.entries.shrink_to_fit();
        // The empty key cannot be matched by a first byte; x3::symbols never matched it either.
        std::size_t i = 0;
        while (i < d.entries.size() && d.entries[i].length == 0) ++i;
        d.entries.erase(d.entries.begin(), d.entries.begin() + static_cast<std::ptrdiff_t>(i));
        d.starts.fill(0);
        for (entry const& e : d.entries) ++d.starts[static_cast<unsigned char>(d.bytes[e.offset]) + 1U];
        for (std::size_t b = 1; b < d.starts.size(); ++b) d.starts[b] += d.starts[b - 1];
    }

    /// Calls `f(key)` for every key (after `freeze`: each once, in byte order).
    template <class F>
    void for_each(F&& f) const {
        data const& d = *data_;
        for (entry const& e : d.entries) f(std::string_view(d.bytes).substr(e.offset, e.length));
    }

    /// The value of the longest key `[first, last)` starts with, advancing `first` past it; null
    /// (and `first` unchanged) when no key matches.
    T const* match(char const*& first, char const* last) const noexcept {
        if (first == last) return nullptr;
        data const& d = *data_;
        auto const c0 = static_cast<unsigned char>(*first);
        // Invariant: the entries in [lo, hi) are the keys longer than `i - 1` bytes whose first `i`
        // bytes are the input's; sorted, so the one exactly `i` long (if any) comes first.
        std::uint32_t lo = d.starts[c0];
        std::uint32_t hi = d.starts[c0 + 1U];
        entry const* best = nullptr;
        std::size_t i = 1;
        char const* const bytes = d.bytes.data();
        while (lo < hi) {
            if (d.entries[lo].length == i) {
                best = &d.entries[lo];
                if (++lo == hi) break;
            }
            if (static_cast<std::size_t>(last - first) == i) break;
            auto const c = static_cast<unsigned char>(first[i]);
            auto const byte_at = [bytes, i](entry const& e) { return static_cast<unsigned char>(bytes[e.offset + i]); };
            auto const* const base = d.entries.data();
            auto const* b = std::partition_point(base + lo, base + hi, [&](entry const& e) { return byte_at(e) < c; });
            auto const* e = std::partition_point(b, base + hi, [&](entry const& x) { return byte_at(x) == c; });
            lo = static_cast<std::uint32_t>(b - base);
            hi = static_cast<std::uint32_t>(e - base);
            ++i;
        }
        if (best == nullptr) return nullptr;
        first += best->length;
        return std::addressof(best->value);  // X3 overloads unary & for its unused_type
    }

    template <class Iterator, class Context, class RContext, class Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&, Attribute& attr) const {
        x3::skip_over(first, last, context);
        if (T const* value = match(first, last)) {
            x3::traits::move_to(*value, attr);
            return true;
        }
        return false;
    }

private:
    struct entry {
        std::uint32_t offset;
        std::uint32_t length;
        T value;
    };
    struct data {
        std::string bytes;                    ///< every key, back to back
        std::vector<entry> entries;           ///< sorted by key after `freeze`
        std::array<std::uint32_t, 257> starts{};  ///< entries whose key starts with byte b: [starts[b], starts[b + 1])
    };
    std::shared_ptr<data> data_;
};

}  // namespace figura::detail::grammar
