#pragma once
// A deterministic news-like text for extraction benchmarks: English and/or Vietnamese paragraphs
// (one per line) of realistic filler with about one figure per 300 bytes, drawn from many forms
// (qualifiers, ranges, parenthetical conversions, counts, years, percents, spelled-out numbers).
// Same seed, same bytes, on every platform: the generator uses its own PRNG, not std distributions.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

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

/// A bilingual single-file news item of about `target_bytes` (docs/article.md: summary bullets, source
/// URL, the Vietnamese translation, the English original), paragraph by paragraph translations with
/// stated conversions, qualifiers, ranges, counts, ages and years; figures vary with the paragraph.
std::string make_bilingual_article(std::size_t target_bytes);

/// One JSON Lines article (`figura check --jsonl`): a stated conversion, a qualified figure, a count
/// and a summary bullet in both languages. `i` varies the figures, so no two articles are alike.
std::string make_jsonl_article(int i);

/// `articles` lines of `make_jsonl_article(0..articles-1)`.
std::string make_jsonl_batch(int articles);

/// One JSON Lines article whose original is one paragraph of `count` copies of `expression`
/// separated by spaces: the worst case of a pasted table (`$5m $5m ...`).
std::string make_repeated_figure_jsonl(std::string_view expression, std::size_t count);

/// A bilingual single-file article whose original is one paragraph of `per_side` `$5m` and whose
/// translation is one paragraph of as many `5 triệu USD`: every figure of one side equals every
/// figure of the other.
std::string make_figure_dense_article(std::size_t per_side);

}  // namespace figura::bench
