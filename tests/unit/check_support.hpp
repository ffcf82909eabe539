#pragma once
// Helpers shared by the check tests: articles from tests/data/check, edited copies of them, and a
// check run that fails the test when the article cannot be read or checked.

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>

#include "figura/check.hpp"

namespace figura::test {

inline std::string slurp(std::string const& name) {
    std::ifstream in(std::string(FIGURA_TEST_DATA_DIR) + "/check/" + name, std::ios::binary);
    REQUIRE(in);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

/// `text` with the first `from` replaced by `to`; `from` must be there, so an edited fixture
/// cannot silently stop testing anything.
inline std::string replaced(std::string text, std::string const& from, std::string const& to) {
    auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

inline check_report run(std::string const& text, check_options const& o = {}) {
    auto a = read_article(text, "fund.txt");
    REQUIRE(a);
    auto r = check_article(*a, o);
    REQUIRE(r);
    return *r;
}

}  // namespace figura::test
