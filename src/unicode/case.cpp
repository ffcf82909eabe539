// Case variants and lower-casing with ICU full case mapping (root locale), for the lexicons.

#include "unicode/text.hpp"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/stringoptions.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>
#include <unicode/utypes.h>

#include <algorithm>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "figura/error.hpp"

namespace figura::detail {
namespace {

// Lexicon phrases come from figura's tables and ICU data, so ill-formed UTF-8 here is a broken
// precondition, not user input: throw, naming the byte.
icu::UnicodeString from_utf8(std::string_view utf8) {
    auto const* bytes = reinterpret_cast<std::uint8_t const*>(utf8.data());
    auto const length = static_cast<std::int32_t>(utf8.size());
    std::int32_t i = 0;
    while (i < length) {
        std::int32_t const start = i;
        UChar32 c = 0;
        U8_NEXT(bytes, i, length, c);
        if (c < 0) {
            throw figura::exception(figura::error{
                "F-CASE-001",
                "invalid UTF-8 at byte " + std::to_string(start) + " of a phrase to case-map",
                source_span{static_cast<std::size_t>(start), static_cast<std::size_t>(i), 1, 1}});
        }
    }
    return icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), length));
}

// Case mapping can leave a combining mark next to a base it composes with (e.g. after
// upper-casing a decomposed input); lexicon keys are always NFC.
std::string to_nfc_utf8(icu::UnicodeString const& s) {
    UErrorCode status = U_ZERO_ERROR;
    icu::Normalizer2 const* nfc = icu::Normalizer2::getNFCInstance(status);
    std::string out;
    if (U_FAILURE(status)) {
        throw figura::exception(figura::error{"F-CASE-002", std::string("ICU NFC data unavailable: ") + u_errorName(status), {}});
    }
    icu::UnicodeString normalized = nfc->normalize(s, status);
    if (U_FAILURE(status)) {
        throw figura::exception(figura::error{"F-CASE-002", std::string("ICU NFC normalisation failed: ") + u_errorName(status), {}});
    }
    normalized.toUTF8String(out);
    return out;
}

// toTitle(nullptr, ...) would open a fresh word-break iterator per call, which dominates the
// lexicon build; one iterator per thread is reused instead (a BreakIterator is not thread-safe).
icu::BreakIterator* word_iterator() {
    thread_local std::unique_ptr<icu::BreakIterator> iterator = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::BreakIterator> it(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
        if (U_FAILURE(status)) {
            throw figura::exception(figura::error{"F-CASE-002", std::string("ICU word-break data unavailable: ") + u_errorName(status), {}});
        }
        return it;
    }();
    return iterator.get();
}

void add_unique(std::vector<std::string>& out, std::string s) {
    if (std::find(out.begin(), out.end(), s) == out.end()) out.push_back(std::move(s));
}

}  // namespace

std::vector<std::string> case_variants(std::string_view phrase) {
    icu::UnicodeString const original = from_utf8(phrase);
    icu::Locale const& root = icu::Locale::getRoot();

    std::vector<std::string> out;
    out.reserve(5);
    add_unique(out, to_nfc_utf8(original));

    icu::UnicodeString lower = original;
    lower.toLower(root);
    add_unique(out, to_nfc_utf8(lower));

    // "Sentence" and "title" keep the other letters as written (NO_LOWERCASE), so acronyms and
    // proper nouns survive: "do la My" -> "Do la My", "US dollars" -> "US Dollars".
    icu::UnicodeString sentence = original;
    sentence.toTitle(nullptr, root, U_TITLECASE_WHOLE_STRING | U_TITLECASE_NO_LOWERCASE);
    add_unique(out, to_nfc_utf8(sentence));

    icu::UnicodeString title = original;
    title.toTitle(word_iterator(), root, U_TITLECASE_NO_LOWERCASE);
    add_unique(out, to_nfc_utf8(title));

    icu::UnicodeString upper = original;
    upper.toUpper(root);
    add_unique(out, to_nfc_utf8(upper));
    return out;
}

std::string to_lower(std::string_view utf8) {
    icu::UnicodeString s = from_utf8(utf8);
    s.toLower(icu::Locale::getRoot());
    return to_nfc_utf8(s);
}

}  // namespace figura::detail
