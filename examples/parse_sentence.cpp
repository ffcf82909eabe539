// Every figure in a Vietnamese sentence, read exactly: the value as written with its scale word
// applied, the interval of values the wording allows, the currency and how it was identified, and the
// qualifier (`khoảng` about, `hơn` more than, `dưới` less than, ...).
//
//     build/dev/examples/figura_example_parse_sentence
//
// See docs/figures.md for what each field means.

#include <figura/figura.hpp>

#include <iostream>
#include <string_view>
#include <vector>

namespace {

// [print_figure]
// One figure, as the library returns it. Values are figura::decimal (exact, never a double);
// to_string() writes them in plain positional notation.
void print_figure(figura::figure const& f, std::vector<figura::figure> const& all) {
    std::cout << '"' << f.text << "\" at column " << f.span.column << " (bytes " << f.span.begin << ".."
              << f.span.end << ")\n";
    std::cout << "  kind " << to_string(f.kind) << ", qualifier " << to_string(f.qual) << ", language "
              << to_string(f.lang) << '\n';

    // A range (`từ 5 đến 6 triệu USD`) has a low end in `value` and a high end in `range_high`.
    std::cout << "  value " << f.value.to_string();
    if (f.is_range()) std::cout << ".." << f.range_high->value.to_string();
    if (!f.currency.code.empty()) {
        std::cout << ' ' << f.currency.code << " (" << to_string(f.currency.source);
        if (!f.currency.written.empty()) std::cout << " \"" << f.currency.written << '"';
        std::cout << ')';
    }
    std::cout << '\n';

    // The interval: the stated precision (`14 tỷ` stands for [13.5, 14.5) tỷ), then the qualifier.
    std::cout << "  interval " << f.bounds.to_string() << '\n';
    if (!f.written.exact)
        std::cout << "  written with resolution " << f.written.resolution.to_string() << " (\""
                  << f.written.scale_word << "\")\n";

    // `A (B)`: B states the same amount as A in another currency.
    if (f.equivalent_of) std::cout << "  equivalent of \"" << all[*f.equivalent_of].text << "\"\n";
}
// [/print_figure]

}  // namespace

int main() {
    // "China pledged 100 billion yuan (about 14 billion USD) for the metro line, more than the 20
    // billion USD it spent in 2021; each carriage costs from 5 to 6 million USD, a station costs
    // 1.5 billion dong and the depot less than 300 billion (dong, left unsaid)."
    std::string_view const sentence =
        "Trung Quốc cam kết 100 tỷ nhân dân tệ (khoảng 14 tỷ USD) cho tuyến metro, hơn 20 tỷ USD mà "
        "nước này đã chi năm 2021; mỗi toa tàu có giá từ 5 đến 6 triệu USD, một nhà ga tốn 1,5 tỷ đồng "
        "và khu depot dưới 300 tỷ.";

    // extract() finds every figure; the language is detected per line (Vietnamese here), so
    // `1,5` is one and a half. A failure (invalid UTF-8) is a value, not an exception.
    auto figures = figura::extract(sentence);
    if (!figures) {
        std::cerr << figures.error().id << ": " << figures.error().message << '\n';
        return 1;
    }
    for (auto const& f : *figures) print_figure(f, *figures);
}
