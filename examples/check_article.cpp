// Checks a bilingual news item (a Vietnamese translation and its English original, with summary
// bullets) and walks the findings: each has a rule, a severity, a place, a message and its evidence.
//
//     build/dev/examples/figura_example_check_article [examples/data]
//
// The article, examples/data/metro-article.txt, has four deliberate mistakes. See docs/checks.md for
// every rule and docs/article.md for the file layout.

#include <figura/figura.hpp>

#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

namespace {

// "examples/data/metro-article.txt:8:48 "3,8 tỷ USD"": a place as editors and compilers write it.
std::string place(figura::location const& where) {
    return where.path + ':' + std::to_string(where.span.line) + ':' + std::to_string(where.span.column) + " \"" +
           where.text + '"';
}

}  // namespace

int main(int argc, char** argv) {
    std::string const data = argc > 1 ? argv[1] : "examples/data";
    std::string const path = data + "/metro-article.txt";

    // The library never does I/O on an article: read the bytes, hand them over with a name for messages.
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        std::cerr << path << ": cannot open\n";
        return 2;
    }
    std::ostringstream bytes;
    bytes << in.rdbuf();

    // [check]
    auto article = figura::read_article(bytes.str(), path);  // bullets, URL, translation, original
    if (!article) {
        auto const& e = article.error();
        std::cerr << path << ':' << e.where.line << ':' << e.where.column << ": " << e.id << ' ' << e.message << '\n';
        return 2;
    }

    // Default options: the publication date comes from the datelines, rates from the embedded table.
    auto report = figura::check_article(*article);
    if (!report) {
        std::cerr << report.error().id << ' ' << report.error().message << '\n';
        return 2;
    }

    std::cout << report->findings.size() << " findings; " << report->figures_checked << " figures and "
              << report->conversions_checked << " conversions checked\n";
    for (figura::finding const& f : report->findings) {
        std::cout << '\n' << to_string(f.level) << ' ' << f.rule << " at " << place(f.primary) << '\n';
        std::cout << "  " << f.message << '\n';
        for (auto const& other : f.related) std::cout << "  related: " << place(other) << '\n';
        // Evidence is an ordered list of facts: rates, their sources and dates, intervals.
        for (auto const& fact : f.facts) std::cout << "  " << fact.key << ": " << fact.value << '\n';
    }
    // [/check]
}
