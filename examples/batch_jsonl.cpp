// Checks a batch of articles given as JSON Lines, one article per line:
//     {"id": "...", "date": "2025-01-29", "original": "...", "translation": "...", "summary": [...]}
// A bad line is reported with its place and the batch goes on. Prints one line per finding and a
// total. Exits as `figura check --jsonl` does: 2 when a line could not be read (errors win), else 1
// when an article has an error-level finding, else 0.
//
//     build/dev/examples/figura_example_batch_jsonl [examples/data]
//
// The line format is in docs/article.md ("JSON Lines").

#include <figura/figura.hpp>

#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

int main(int argc, char** argv) {
    std::string const data = argc > 1 ? argv[1] : "examples/data";
    std::string const path = data + "/articles.jsonl";
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        std::cerr << path << ": cannot open\n";
        return 2;
    }
    std::ostringstream bytes;
    bytes << in.rdbuf();

    std::size_t errors = 0;
    std::size_t findings = 0;
    std::size_t unreadable = 0;

    // [batch]
    // One result per non-blank line: an article, or an error naming the stream's line and column.
    for (auto const& item : figura::read_article_lines(bytes.str(), path)) {
        if (!item) {
            auto const& e = item.error();
            std::cout << path << ':' << e.where.line << ':' << e.where.column << ": " << e.id << ' ' << e.message
                      << '\n';
            ++unreadable;
            continue;
        }
        // The publication date comes from the line's "date" field; the embedded rate table is built
        // once, on first use, and shared by every check.
        auto report = figura::check_article(*item);
        if (!report) return 2;  // only unusable options fail; content problems are findings
        auto const n = report->findings.size();
        std::cout << item->path << " (id " << item->id << "): " << n << (n == 1 ? " finding\n" : " findings\n");
        for (auto const& f : report->findings) {
            // Spans are into the decoded field, whose name says which one: `...:2:original`.
            std::cout << "  " << f.primary.path << ':' << f.primary.span.line << ':' << f.primary.span.column << ": "
                      << to_string(f.level) << '[' << f.rule << "]: " << f.message << '\n';
            ++findings;
            if (f.level == figura::severity::error) ++errors;
        }
    }
    // [/batch]

    std::cout << "findings: " << findings << ", errors: " << errors << ", unreadable lines: " << unreadable << '\n';
    if (unreadable > 0) return 2;
    return errors > 0 ? 1 : 0;
}
