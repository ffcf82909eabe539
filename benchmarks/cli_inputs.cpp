// figura_bench_inputs DIR: writes the inputs of the whole-process benchmarks (benchmarks/cli.sh) into
// DIR. Everything is generated (deterministic, no network, no shared data), so any machine times the
// same bytes:
//   english-8mb.txt        8 MB of English news-like text (corpus.hpp, English only)
//   article-20kb.txt       a bilingual single-file news item of about 20 KB (summary, URL, translation,
//                          original), with stated conversions, qualifiers, ranges, counts and dates
//   batch-10000.jsonl      10,000 bilingual JSON Lines articles, no two alike
//   same-5m-100k.jsonl     one JSON Lines article whose original is 100,000 `$5m` in one paragraph
//   figures-1mb.txt        a bilingual 1 MB article of 100,000 figures (50,000 per side, one paragraph each)

#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "corpus.hpp"

namespace {

bool write_file(std::string const& path, std::string_view bytes) {
    std::FILE* file = std::fopen(path.c_str(), "wb");
    if (file == nullptr) return false;
    bool const ok = std::fwrite(bytes.data(), 1, bytes.size(), file) == bytes.size();
    return std::fclose(file) == 0 && ok;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: figura_bench_inputs DIR\n");
        return 2;
    }
    std::string const dir = argv[1];
    using namespace figura::bench;
    struct output {
        char const* name;
        std::string bytes;
    };
    output const outputs[] = {
        {"english-8mb.txt", make_news_corpus(corpus_mix::english, 8'000'000).text},
        {"article-20kb.txt", make_bilingual_article(20'000)},
        {"batch-10000.jsonl", make_jsonl_batch(10'000)},
        {"same-5m-100k.jsonl", make_repeated_figure_jsonl("$5m", 100'000)},
        {"figures-1mb.txt", make_figure_dense_article(50'000)},
    };
    for (auto const& o : outputs) {
        std::string const path = dir + "/" + o.name;
        if (!write_file(path, o.bytes)) {
            std::fprintf(stderr, "figura_bench_inputs: cannot write %s\n", path.c_str());
            return 1;
        }
        std::printf("%s %zu bytes\n", path.c_str(), o.bytes.size());
    }
    return 0;
}
