#pragma once
// A deterministic news-like text for extraction benchmarks: English and/or Vietnamese paragraphs
// (one per line) of realistic filler with about one figure per 300 bytes, drawn from many forms
// (qualifiers, ranges, parenthetical conversions, counts, years, percents, spelled-out numbers).
// Same seed, same bytes, on every platform: the generator uses its own PRNG, not std distributions.

#include <cstddef>
#include <cstdint>
#include <string>

namespace figura::bench {

enum class corpus_mix {
    mixed,       ///< each paragraph English or Vietnamese at random
    english,     ///< English only (mostly ASCII)
    vietnamese,  ///< Vietnamese only
};

struct news_corpus {
    std::string text;
    std::size_t figures_written = 0;  ///< figures inserted: a range is one, `Rmb10bn ($1.4bn)` is two
    std::size_t paragraphs = 0;
};

/// About `target_bytes` of text (stops at the first paragraph end past it).
news_corpus make_news_corpus(corpus_mix mix, std::size_t target_bytes, std::uint64_t seed = 20250304);

}  // namespace figura::bench
