// A program outside figura that uses it the way a stranger would: only the public headers and the
// figura::figura target (or `pkg-config --cflags --libs figura`). tests/package.cmake builds it against
// the install tree, through pkg-config and through add_subdirectory, and compares its output with
// expected.txt.

#include <figura/figura.hpp>

#include <chrono>
#include <cstdio>
#include <string>

namespace {

int fail(figura::error const& e) {
    std::fprintf(stderr, "consumer: error[%s]: %s\n", e.id.c_str(), e.message.c_str());
    return 1;
}

std::string exact(figura::exact_bound const& b) { return b.value.str(); }

}  // namespace

int main() {
    using namespace std::chrono_literals;

    std::printf("figura %s\n", FIGURA_VERSION_STRING);

    auto const figure = figura::parse("100 tỷ nhân dân tệ");
    if (!figure) return fail(figure.error());
    std::printf("parsed: %s %s (%s \"%s\"), interval %s\n", figure->value.to_string().c_str(),
                figure->currency.code.c_str(), std::string(figura::to_string(figure->currency.source)).c_str(),
                figure->currency.written.c_str(), figure->bounds.to_string().c_str());

    // The embedded table needs no files: the rates are compiled into the library.
    auto const& table = figura::rate_table::embedded();
    auto const converted = table.convert(figure->bounds, figure->currency.code, "USD", 2025y / 1 / 29);
    if (!converted) return fail(converted.error());
    auto const& value = converted->value;
    if (!value.lower || !value.upper) {
        std::fprintf(stderr, "consumer: unbounded conversion\n");
        return 1;
    }
    std::printf("converted exactly: %s%s, %s%s USD\n", value.lower->closed ? "[" : "(", exact(*value.lower).c_str(),
                exact(*value.upper).c_str(), value.upper->closed ? "]" : ")");
    std::printf("rounded outward to 10^7: %s USD\n", value.enclosing(7).to_string().c_str());
    for (auto const& rate : converted->rates) {
        std::string path;
        for (auto const& currency : rate.path) path += (path.empty() ? "" : " -> ") + currency;
        std::printf("rate: %s USD per CNY (%s), source %s, used %s, path %s\n", rate.value.str().c_str(),
                    rate.rounded(-7, figura::rounding_mode::half_even).to_string().c_str(), rate.source.c_str(),
                    figura::to_string(rate.used_from).c_str(), path.c_str());
    }
    return 0;
}
