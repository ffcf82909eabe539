// Fuzz target: figura::find_dates and figura::parse_date on arbitrary bytes, with the language
// detected, forced English and forced Vietnamese, with and without a publication date. Mentions must
// lie in the input, in order, match their text, and resolve to a well-formed period.

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "figura/dates.hpp"
#include "fuzz_check.hpp"

namespace {

void check_mentions(std::string_view input, figura::date_options const& options) {
    auto found = figura::find_dates(input, options);
    if (!found) {
        figura::fuzz::check_error(input, found.error());
        return;
    }
    std::size_t previous_end = 0;
    for (std::size_t i = 0; i < found->size(); ++i) {
        auto const& m = (*found)[i];
        figura::fuzz::check_span(input, m.span, input.size());
        FIGURA_FUZZ_CHECK(m.span.begin < m.span.end);
        FIGURA_FUZZ_CHECK(m.span.begin >= previous_end);
        previous_end = m.span.end;
        FIGURA_FUZZ_CHECK(m.text == input.substr(m.span.begin, m.span.end - m.span.begin));
        if (m.resolved) FIGURA_FUZZ_CHECK(m.resolved->first <= m.resolved->last);
        // A relative mention resolves only from something: a reference date or an earlier mention.
        if (m.relative && m.resolved && !options.reference) {
            bool const counted_from_earlier_mention =
                m.relation.anchor == figura::date_anchor::mention && m.relation.anchor_index && *m.relation.anchor_index < i;
            FIGURA_FUZZ_CHECK(counted_from_earlier_mention);
        }
        if (m.relation.anchor_index) FIGURA_FUZZ_CHECK(*m.relation.anchor_index < i);
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size) {
    std::string_view const input(reinterpret_cast<char const*>(data), size);
    using namespace std::chrono;
    for (int variant = 0; variant < 6; ++variant) {
        figura::date_options options;
        if (variant % 3 == 1) options.lang = figura::language::en;
        if (variant % 3 == 2) options.lang = figura::language::vi;
        if (variant >= 3) options.reference = figura::calendar_date{year{2025}, month{1}, day{29}};
        check_mentions(input, options);
        auto one = figura::parse_date(input, options);
        if (one) {
            if (one->resolved) FIGURA_FUZZ_CHECK(one->resolved->first <= one->resolved->last);
        } else {
            figura::fuzz::check_error(input, one.error());
        }
    }
    return 0;
}
